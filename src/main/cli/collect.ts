import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scanContentFilesSync } from '../services/content-files';
import { listBundleFiles, openSite, SiteError, type Site } from '../services/site';

export interface SiteFiles {
  site: Site;
  files: string[];
  /** Each file's bundle files (see content-files.ts), read once per folder. */
  bundles: Map<string, Set<string> | null>;
}

/**
 * Turns command-line paths (site roots, content folders, files) into the
 * Markdown files to work on, grouped by the site each belongs to, so every
 * site's facts are read once.
 */
export async function collectSiteFiles(paths: readonly string[]): Promise<SiteFiles[]> {
  const bySite = new Map<string, SiteFiles>();
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new SiteError('not-found', `There is no file or folder at ${path}.`);
    const site = await openSite(absolute);
    const group: SiteFiles = bySite.get(site.root) ?? { site, files: [], bundles: new Map() };
    bySite.set(site.root, group);
    if (info.isFile()) {
      group.files.push(absolute);
      group.bundles.set(absolute, await listBundleFiles(absolute));
      continue;
    }
    // A site root means its posts; any other folder means the Markdown in it.
    const folder = site.kind === 'hugo' && absolute === site.root ? site.contentDir : absolute;
    if (!(await stat(folder).catch(() => null))) continue;
    const content = scanContentFilesSync(folder);
    for (const post of content.posts) {
      group.files.push(post);
      group.bundles.set(post, content.bundleFiles(post));
    }
  }
  for (const group of bySite.values()) group.files = [...new Set(group.files)];
  return [...bySite.values()];
}
