import type { ReactNode } from 'react';
import type { PostDocument, TextSpan } from '../../../shared/post';
import type { FormPost } from './use-form-post';

interface VideosSectionProps {
  post: FormPost;
  readOnly: boolean;
  onGoTo: (span: TextSpan | null) => void;
  /** The videoSchema editor; without it (or for a read-only post) a summary with "Edit in text". */
  editor?: ReactNode;
}

/** The "Videos" section of the form: `params.videoSchema`, edited in the videoSchema editor. */
export function VideosSection({ post, readOnly, onGoTo, editor }: VideosSectionProps) {
  const entries = videoEntries(post.doc);
  // The editor brings its own "Videos" heading and count.
  if (editor && !readOnly) return <div className="form-section">{editor}</div>;
  return (
    <section className="form-section" aria-labelledby="form-videos">
      <h3 id="form-videos" className="form-section-title">
        Videos
      </h3>
      {entries === null ? (
        <p className="form-section-note">This post lists no videos in params.videoSchema.</p>
      ) : (
        <p className="form-section-note">
          {entries} {entries === 1 ? 'entry' : 'entries'} in params.videoSchema.{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => onGoTo(post.doc.keySpan(['params', 'videoSchema']) ?? null)}
          >
            Edit in text
          </button>
        </p>
      )}
    </section>
  );
}

function videoEntries(doc: PostDocument): number | null {
  const list = doc.get(['params', 'videoSchema']);
  return Array.isArray(list) ? list.length : null;
}
