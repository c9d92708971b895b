import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { lookUpFolderFile } from '../asset-files';
import { isRecord, readDataFile } from '../data-file';
import { findAuthorsFile, type Site } from '../site';
import { readSiteConfig } from '../site-config';
import { readSiteRefs, type PageSource } from '../site-pages';
import { isIgnoredSegment, toRelative, type FolderBounds } from './paths';

/** What the site's config says that the page needs: markup, params, permalinks, baseURL and pages. */
async function siteConfigFacts(
  site: Site,
  knownPages: readonly PageSource[] | undefined,
): Promise<Pick<WorkspaceInfo, 'markup' | 'params' | 'permalinks' | 'baseURL' | 'refs'>> {
  if (site.kind !== 'hugo') return { markup: {}, params: {} };
  const config = await readSiteConfig(site.root);
  const { markup, params, permalinks } = config;
  // Hugo's keys are case-insensitive: `baseURL`, `baseurl`.
  const baseURL = Object.entries(config).find(([key]) => key.toLowerCase() === 'baseurl')?.[1];
  const refs = await readSiteRefs(site, config, knownPages);
  return {
    markup: isRecord(markup) ? markup : {},
    params: isRecord(params) ? params : {},
    ...(isRecord(permalinks) ? { permalinks } : {}),
    ...(typeof baseURL === 'string' && baseURL.trim() !== '' ? { baseURL: baseURL.trim() } : {}),
    ...(refs ? { refs: { pages: [...refs.pages], baseURL: refs.baseURL } } : {}),
  };
}

/** Each author's name and avatar as `data/authors.*` gives them, with the avatar's file. */
async function authorProfiles(
  site: Site,
  bounds: FolderBounds,
): Promise<WorkspaceInfo['authorProfiles']> {
  const file = await findAuthorsFile(site.root);
  if (!file) return undefined;
  const authors = await readDataFile(file).catch(() => ({}));
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return Promise.all(
    Object.entries(authors).map(async ([key, entry]) => {
      const avatar = isRecord(entry) ? text(entry['avatar']) : null;
      return {
        key,
        name: isRecord(entry) ? text(entry['name']) : null,
        avatar,
        avatarFile: avatar === null ? null : await avatarFileOf(site, bounds, avatar),
      };
    }),
  );
}

/**
 * Where the site keeps an author's avatar: a global resource in `assets/`
 * (linkerd.io's byline takes it with `resources.GetMatch`), else a file of
 * `static/` (what a path like `/images/authors/flynn.png` names). Only image
 * files inside the open folder count; a URL (`https://…`) is left alone, as
 * loading it would be a request to a third party.
 */
export async function avatarFileOf(
  site: Site,
  bounds: FolderBounds,
  avatar: string,
): Promise<string | null> {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(avatar.trim())) return null;
  const path = avatar.trim().replace(/^\/+/, '');
  if (path === '') return null;
  for (const folder of ['assets', 'static']) {
    const relative = toRelative(bounds, join(site.root, folder));
    if (relative.startsWith('..')) continue;
    const segments = [...relative.split('/'), ...path.split('/')].filter((s) => s !== '');
    const found = await lookUpFolderFile(bounds.root, segments.map(encodeURIComponent));
    if (found.ok && found.contentType.startsWith('image/')) return segments.join('/');
  }
  return null;
}

/**
 * What the UI needs to know about the open site, before any post is read.
 * `knownPages`: the posts as an open folder's index already holds them, for
 * the pages of `ref` (read from disk without it).
 */
export async function describeSite(
  site: Site,
  bounds: FolderBounds,
  canTrash: boolean,
  knownPages?: readonly PageSource[],
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
      .map(([name, { usesInner, parameters, template }]) => ({
        name,
        usesInner,
        ...(parameters ? { parameters: [...parameters] } : {}),
        ...(template !== undefined ? { template } : {}),
      }))
      .sort((a, b) => byName(a.name, b.name)),
    capabilities: { trash: canTrash },
    ...(await siteConfigFacts(site, knownPages)),
    authorProfiles: await authorProfiles(site, bounds),
  };
}
