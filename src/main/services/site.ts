import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { SiteFacts } from '../../shared/validate/types';
import { scanContentFiles } from './content-files';
import { readDataFile, SiteError } from './data-file';
import { readTopLevelConfig } from './site-config';
import { SiteSettingsError } from '../../shared/youtube/site-settings';
import { readRuleSettings } from './rule-settings';
import { readSiteSettings } from './youtube/site-convention';
import { isComputableTemplate } from '../../shared/render/shortcodes/site-template';

export { SiteError };

/** An opened folder: a Hugo site, or a plain folder of Markdown. */
export interface Site {
  root: string;
  kind: 'hugo' | 'plain';
  /** The config file that made this a Hugo site, when it is one. */
  configFile: string | null;
  contentDir: string;
  facts: SiteFacts;
}

/** The names of a Hugo site's root config file, in the order Hugo looks for them. */
export const configNames = [
  'hugo.yaml',
  'hugo.yml',
  'hugo.toml',
  'hugo.json',
  'config.yaml',
  'config.yml',
  'config.toml',
  'config.json',
];

/** The nearest folder at or above `start` that holds a Hugo config, and that config. */
export async function findSiteRoot(
  start: string,
): Promise<{ root: string; configFile: string } | null> {
  let folder = resolve(start);
  if (!(await isDirectory(folder))) folder = dirname(folder);
  for (;;) {
    const configFile = await findConfigFile(folder);
    if (configFile) return { root: folder, configFile };
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** The Hugo config file (or `config/_default` folder) directly in `folder`, if any. */
export async function findConfigFile(folder: string): Promise<string | null> {
  const candidates = [
    ...configNames.map((name) => join(folder, name)),
    ...configNames.map((name) => join(folder, 'config', '_default', name)),
  ];
  const present = await Promise.all(candidates.map(isFile));
  const file = candidates.find((_, index) => present[index]);
  if (file) return file;
  const defaults = join(folder, 'config', '_default');
  return (await isDirectory(defaults)) ? defaults : null;
}

/**
 * Opens the site around `start`. A folder with Markdown but no Hugo config
 * opens in plain mode: no authors, no site shortcodes, fewer rules.
 */
export async function openSite(start: string): Promise<Site> {
  const absolute = resolve(start);
  if (!(await exists(absolute)))
    throw new SiteError('not-found', `There is no file or folder at ${start}.`);
  const found = await findSiteRoot(absolute);
  if (!found) {
    const root = (await isDirectory(absolute)) ? absolute : dirname(absolute);
    return {
      root,
      kind: 'plain',
      configFile: null,
      contentDir: root,
      facts: await readSiteFacts(root),
    };
  }
  const config = await readTopLevelConfig(found.root);
  const contentDir = typeof config['contentDir'] === 'string' ? config['contentDir'] : 'content';
  return {
    root: found.root,
    kind: 'hugo',
    configFile: found.configFile,
    contentDir: resolve(found.root, contentDir),
    facts: await readSiteFacts(found.root),
  };
}

export async function readSiteFacts(root: string): Promise<SiteFacts> {
  // Read side by side: one after another they were most of opening a site.
  const [authors, shortcodes, blog, other, settings, rules] = await Promise.all([
    readAuthors(root),
    readShortcodeTemplates(root),
    readOptionalConfig(join(root, '.markdownlint.blog.yaml')),
    readOptionalConfig(join(root, '.markdownlint.yaml')),
    readSiteSettings(root).catch((error: unknown) => {
      if (error instanceof SiteSettingsError) throw new SiteError('unreadable', error.message);
      throw error;
    }),
    readRuleSettings(root),
  ]);
  return {
    authors,
    shortcodes,
    markdownlint: { blog, default: other },
    videoConvention: settings.videoConvention,
    rules,
  };
}

async function readAuthors(root: string): Promise<ReadonlySet<string> | null> {
  const file = await findAuthorsFile(root);
  return file ? new Set(Object.keys(await readDataFile(file))) : null;
}

/** The site's `data/authors.*` file, or null when it has none. */
export async function findAuthorsFile(root: string): Promise<string | null> {
  const names = ['authors.yaml', 'authors.yml', 'authors.toml', 'authors.json'];
  const files = names.map((name) => join(root, 'data', name));
  const present = await Promise.all(files.map(isFile));
  return files.find((_, index) => present[index]) ?? null;
}

async function readOptionalConfig(file: string): Promise<Record<string, unknown> | null> {
  return (await isFile(file)) ? readDataFile(file) : null;
}

/**
 * Shortcode templates in `layouts/shortcodes` and `layouts/_shortcodes`,
 * whether each reads `.Inner`, and the text of those whose output the
 * preview can compute (one template of that name, a simple one).
 */
async function readShortcodeTemplates(
  root: string,
): Promise<Map<string, { usesInner: boolean; template?: string }>> {
  const shortcodes = new Map<string, { usesInner: boolean; template?: string }>();
  for (const folder of ['layouts/shortcodes', 'layouts/_shortcodes']) {
    const directory = join(root, folder);
    if (!(await isDirectory(directory))) continue;
    for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      // `youtube.html`, `youtube.en.html`, `nested/thing.html` → youtube, thing
      const name = entry.name.replace(/\..*$/, '');
      const template = await readFile(join(entry.parentPath, entry.name), 'utf8');
      const usesInner = /\.Inner(Deindent)?\b/.test(template);
      const before = shortcodes.get(name);
      const computable = before === undefined && isComputableTemplate(template);
      shortcodes.set(name, {
        usesInner: usesInner || (before?.usesInner ?? false),
        ...(computable ? { template } : {}),
      });
    }
  }
  return shortcodes;
}

/** Every Markdown file under `folder`, skipping hidden folders and node_modules, in a stable order. */
export async function listMarkdownFiles(folder: string): Promise<string[]> {
  return (await scanContentFiles(folder)).posts;
}

/**
 * Files of the bundle `postFile` heads, relative to its folder (see
 * content-files.ts); null for a single-file post. For one post: a whole
 * folder is better read once with scanContentFiles.
 */
export async function listBundleFiles(postFile: string): Promise<Set<string> | null> {
  if (!/^_?index\.(md|markdown)$/i.test(basename(postFile))) return null;
  return (await scanContentFiles(dirname(postFile))).bundleFiles(postFile);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
