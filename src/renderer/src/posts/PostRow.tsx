import type { PostSummary } from '../../../shared/ipc/data';

/** The date as YYYY-MM-DD when it can be read, else as written. */
export function shortDate(date: string | null): string {
  if (date === null) return 'No date';
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10);
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

/** One post in the list: title, date and author, and what needs attention. */
export function PostRow({ post, chosen }: { post: PostSummary; chosen: boolean }) {
  return (
    <div className={`post-row${chosen ? ' post-row-chosen' : ''}`} title={post.path}>
      <div className="post-row-title">{post.title || post.path}</div>
      <div className="post-row-meta">
        <span>{shortDate(post.date)}</span>
        {post.author ? <span> · {post.author}</span> : null}
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
    </div>
  );
}
