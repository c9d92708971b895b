import type { PostDocument, TextSpan } from '../../../shared/post';
import type { FormPost } from './use-form-post';

interface VideosSectionProps {
  post: FormPost;
  readOnly: boolean;
  onGoTo: (span: TextSpan | null) => void;
}

/**
 * The "Videos" section of the form: `params.videoSchema`.
 *
 * MOUNT POINT for the videoSchema editor (issue 8 §2,
 * `form/videos/VideoSchemaEditor.tsx`): when it lands, render it here in
 * place of the summary below.
 */
export function VideosSection({ post, onGoTo }: VideosSectionProps) {
  const entries = videoEntries(post.doc);
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
