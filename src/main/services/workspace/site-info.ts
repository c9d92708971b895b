import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { isRecord } from '../data-file';
import type { Site } from '../site';
import { readSiteConfig } from '../site-config';
import { isIgnoredSegment, toRelative, type FolderBounds } from './paths';

/** The site's `markup` and `params` sections; a plain folder renders with Hugo's defaults. */
async function sitePreviewConfig(
  site: Site,
): Promise<{ markup: Record<string, unknown>; params: Record<string, unknown> }> {
  if (site.kind !== 'hugo') return { markup: {}, params: {} };
  const config = await readSiteConfig(site.root);
  const { markup, params } = config;
  return { markup: isRecord(markup) ? markup : {}, params: isRecord(params) ? params : {} };
}

/** What the UI needs to know about the open site, before any post is read. */
export async function describeSite(
  site: Site,
  bounds: FolderBounds,
  canTrash: boolean,
): Promise<WorkspaceInfo> {
  const entries = await readdir(site.contentDir, { withFileTypes: true }).catch(() => []);
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    root: site.root,
    name: basename(site.root),
    kind: site.kind,
    contentDir: toRelative(bounds, site.contentDir) || '.',
    sections: entries
      .filter((entry) => entry.isDirectory() && !isIgnoredSegment(entry.name))
      .map((entry) => entry.name)
      .sort(byName),
    authors: site.facts.authors ? [...site.facts.authors].sort(byName) : null,
    shortcodes: [...site.facts.shortcodes]
      .map(([name, { usesInner }]) => ({ name, usesInner }))
      .sort((a, b) => byName(a.name, b.name)),
    capabilities: { trash: canTrash },
    ...(await sitePreviewConfig(site)),
  };
}
