import type { ReactNode } from 'react';
import type { PostSummary } from '../../../shared/ipc/data';
import type { AuthorNames } from './author-names';
import { dateLabel } from './date-label';

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

type Match = NonNullable<PostSummary['match']>;

/** `text` with the matched words in `<mark>`. */
function Marked({ text, marks }: { text: string; marks: Match['marks'] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from < at || to > text.length) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * One post in the list: title, date and author, and what needs attention;
 * in search results, the words that matched, in the title or in an extract
 * under it. Long titles and bylines end with "…"; the badges always show.
 * The author reads by name, its key beside it in a quieter colour.
 */
export function PostRow({
  post,
  chosen,
  authors,
}: {
  post: PostSummary;
  chosen: boolean;
  authors: AuthorNames;
}) {
  const title = post.title || post.path;
  const match = post.match;
  const author = post.author ? authors.label(post.author) : null;
  return (
    <div className={`post-row${chosen ? ' post-row-chosen' : ''}`} title={post.path}>
      <div className="post-row-title">
        {match?.field === 'title' ? <Marked text={title} marks={match.marks} /> : title}
      </div>
      <div className="post-row-meta">
        <span className="post-row-byline">
          {dateLabel(post)}
          {author ? ` · ${author.name}` : null}
          {author?.key && author.key !== author.name ? (
            <span className="post-row-author-key"> {author.key}</span>
          ) : null}
        </span>
        <span className="post-row-badges">
          {post.draft ? <span className="badge badge-draft">Draft</span> : null}
          {post.hasVideos ? (
            <span className="badge badge-video" title="Has videos">
              <span aria-hidden="true">▶</span>
              <span className="visually-hidden">, has videos</span>
            </span>
          ) : null}
          {post.errors > 0 ? (
            <span className="badge badge-error" title={plural(post.errors, 'error')}>
              <span aria-hidden="true">✕ </span>
              <span className="visually-hidden">{plural(post.errors, 'error')}</span>
              <span aria-hidden="true">{post.errors}</span>
            </span>
          ) : null}
          {post.warnings > 0 ? (
            <span className="badge badge-warning" title={plural(post.warnings, 'warning')}>
              <span aria-hidden="true">! </span>
              <span className="visually-hidden">{plural(post.warnings, 'warning')}</span>
              <span aria-hidden="true">{post.warnings}</span>
            </span>
          ) : null}
        </span>
      </div>
      {match && match.field !== 'title' ? (
        <div className="post-row-snippet">
          <Marked text={match.text} marks={match.marks} />
        </div>
      ) : null}
    </div>
  );
}
