/**
 * Which era a post's front matter comes from. Older posts put the site's own
 * options (author, thumbnail, featured…) at the top level; today's put them
 * under `params`. The editor uses this to write new fields where the post's
 * other fields already are, and to offer moving a post to today's shape.
 */
import type { FrontMatterData } from '../post/types';
import { canonicalizeKeys, isMapping } from './known-keys';
import { legacyKeys } from './legacy';

export type FrontMatterShape = 'current' | 'legacy' | 'mixed';

const structuralLegacyKeys = legacyKeys.flatMap((key) =>
  key.structural && key.path.length === 1 ? [key.path[0]] : [],
);

/**
 * `legacy` when site options sit at the top level only, `mixed` when some
 * are also under `params`, `current` otherwise — including posts that only
 * use Hugo's own keys (`title`, `date`, `slug`…), which both eras share.
 * Renamed keys such as `tags` or `params.thumbnailProcess` do not change the
 * shape; the front matter rule reports them.
 */
export function detectFrontMatterShape(data: FrontMatterData): FrontMatterShape {
  const canonical = canonicalizeKeys(data);
  const usesTopLevelOptions = structuralLegacyKeys.some((key) => Object.hasOwn(canonical, key));
  const params = canonical.params;
  const usesParams = isMapping(params) && Object.keys(params).length > 0;
  if (!usesTopLevelOptions) return 'current';
  return usesParams ? 'mixed' : 'legacy';
}
