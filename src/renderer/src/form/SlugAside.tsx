import { postUrlPath } from '../../../shared/front-matter-form/permalink';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import type { ControlProps } from './control-props';
import { TextAside } from './TextControls';

/** The URL the post will have, from the site's permalink settings, beside the slug's counter. */
export function SlugAside({
  field,
  post,
  info,
}: Pick<ControlProps, 'field' | 'post'> & { info: WorkspaceInfo }) {
  const contentDir = info.contentDir === '.' ? '' : `${info.contentDir}/`;
  const inContent = post.path.startsWith(contentDir)
    ? post.path.slice(contentDir.length)
    : post.path;
  const url = postUrlPath(info.permalinks, inContent, post.doc.data ?? {});
  return (
    <span className="form-aside">
      <span className="form-url" title="The address the post will have on the site">
        {url ?? 'The address needs a date.'}
      </span>
      <TextAside field={field} post={post} />
    </span>
  );
}
