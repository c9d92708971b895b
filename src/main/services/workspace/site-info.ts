import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { isRecord, readDataFile } from '../data-file';
import { findAuthorsFile, type Site } from '../site';
import { readSiteConfig } from '../site-config';
import { isIgnoredSegment, toRelative, type FolderBounds } from './paths';

/** What the site's config says that the page needs: markup, params and permalinks. */
async function siteConfigFacts(site: Site): Promise<{
  markup: Record<string, unknown>;
  params: Record<string, unknown>;
  permalinks?: Record<string, unknown>;
}> {
  if (site.kind !== 'hugo') return { markup: {}, params: {} };
  const { markup, params, permalinks } = await readSiteConfig(site.root);
  return {
    markup: isRecord(markup) ? markup : {},
    params: isRecord(params) ? params : {},
    ...(isRecord(permalinks) ? { permalinks } : {}),
  };
}

/** Each author's name and avatar as `data/authors.*` gives them. */
async function authorProfiles(site: Site): Promise<WorkspaceInfo['authorProfiles']> {
  const file = await findAuthorsFile(site.root);
  if (!file) return undefined;
  const authors = await readDataFile(file).catch(() => ({}));
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return Object.entries(authors).map(([key, entry]) => ({
    key,
    name: isRecord(entry) ? text(entry['name']) : null,
    avatar: isRecord(entry) ? text(entry['avatar']) : null,
  }));
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
      .map(([name, { usesInner, parameters }]) => ({
        name,
        usesInner,
        ...(parameters ? { parameters: [...parameters] } : {}),
      }))
      .sort((a, b) => byName(a.name, b.name)),
    capabilities: { trash: canTrash },
    ...(await siteConfigFacts(site)),
    authorProfiles: await authorProfiles(site),
  };
}
