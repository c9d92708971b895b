import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isRecord, readDataFile } from './data-file';

type ConfigObject = Record<string, unknown>;

const rootConfigNames = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
];
const dataExtensions = new Set(['.toml', '.yaml', '.yml', '.json']);

/**
 * A Hugo site's configuration as one object, merged the way Hugo merges it:
 * the root config file (`hugo.*`, else `config.*`), then
 * `config/_default/`, where `hugo.*` / `config.*` hold top-level keys and
 * every other file is the key named after it (`markup.yaml` → `markup`,
 * `menus.en.toml` → `menus`). A key set earlier wins, as in Hugo; objects
 * merge key by key. Environment folders (`config/production/`) are not read:
 * the preview shows the default environment.
 */
export async function readSiteConfig(root: string): Promise<ConfigObject> {
  return readConfig(root, false);
}

/**
 * Only the top-level settings (`contentDir`, `baseURL`…): the root config
 * file and `config/_default/hugo.*` / `config.*`. The other files there each
 * hold the one key they are named after, so they are not read; opening a
 * site for a check needs no more than this.
 */
export async function readTopLevelConfig(root: string): Promise<ConfigObject> {
  return readConfig(root, true);
}

async function readConfig(root: string, topLevelOnly: boolean): Promise<ConfigObject> {
  const merged: ConfigObject = {};
  const rootFiles = await Promise.all(rootConfigNames.map((name) => isFile(join(root, name))));
  const rootFile = rootConfigNames.find((_, index) => rootFiles[index]);
  if (rootFile) mergeInto(merged, await readDataFile(join(root, rootFile)));
  const folder = join(root, 'config', '_default');
  const entries = await readdir(folder).catch(() => [] as string[]);
  const files = entries
    .filter((name) => dataExtensions.has(extname(name)))
    .filter((name) => !topLevelOnly || holdsTopLevelKeys(name))
    .sort(rootFilesFirst);
  const contents = await Promise.all(files.map((name) => readDataFile(join(folder, name))));
  files.forEach((name, index) => {
    const data = contents[index] ?? {};
    mergeInto(merged, holdsTopLevelKeys(name) ? data : { [configKeyOf(name)]: data });
  });
  return merged;
}

/** `markup.yaml` → `markup`, `menus.en.toml` → `menus`. */
function configKeyOf(name: string): string {
  return basename(name, extname(name)).split('.')[0] ?? '';
}

function holdsTopLevelKeys(name: string): boolean {
  const key = configKeyOf(name);
  return key === 'hugo' || key === 'config';
}

function rootFilesFirst(a: string, b: string): number {
  const rank = (name: string): number => (holdsTopLevelKeys(name) ? 0 : 1);
  // A plain comparison: the first localeCompare call loads a collator, slower than the rest of opening a site.
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Adds keys `source` has and `target` lacks; objects present in both merge recursively. */
function mergeInto(target: ConfigObject, source: ConfigObject): void {
  for (const [key, value] of Object.entries(source)) {
    const existingKey = Object.keys(target).find(
      (name) => name.toLowerCase() === key.toLowerCase(),
    );
    if (existingKey === undefined) {
      target[key] = value;
      continue;
    }
    const existing = target[existingKey];
    if (isRecord(existing) && isRecord(value)) mergeInto(existing, value);
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
