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
  const merged: ConfigObject = {};
  for (const name of rootConfigNames) {
    const file = join(root, name);
    if (await isFile(file)) {
      mergeInto(merged, await readDataFile(file));
      break;
    }
  }
  const folder = join(root, 'config', '_default');
  const entries = await readdir(folder).catch(() => [] as string[]);
  const files = entries.filter((name) => dataExtensions.has(extname(name))).sort(rootFilesFirst);
  for (const name of files) {
    const data = await readDataFile(join(folder, name));
    const key = basename(name, extname(name)).split('.')[0] ?? '';
    mergeInto(merged, key === 'hugo' || key === 'config' ? data : { [key]: data });
  }
  return merged;
}

function rootFilesFirst(a: string, b: string): number {
  const rank = (name: string): number => (/^(hugo|config)\./.test(name) ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
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
