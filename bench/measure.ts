import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFiles } from '../src/main/services/batch-check';
import { scanContentFiles } from '../src/main/services/content-files';
import { listMarkdownFiles, openSite } from '../src/main/services/site';

export interface Timing {
  posts: number;
  milliseconds: number;
}

/**
 * Reads, parses and validates every post of a site as `check` does, on every
 * core (batch-check.ts); `markdownlint: false` is the parse + schema
 * validation figure, comparable with `hugo list all`.
 */
export async function checkSite(siteRoot: string, markdownlint: boolean): Promise<Timing> {
  const started = performance.now();
  const site = await openSite(siteRoot);
  const content = await scanContentFiles(site.contentDir);
  const reports = await checkFiles(site, content.posts, content.bundleFiles, { markdownlint });
  return { posts: reports.length, milliseconds: performance.now() - started };
}

/**
 * Hugo 0.111 cannot load linkerd.io's own config (its `permalinks.page` form
 * is newer) and needs a template for every shortcode, so it lists the same
 * content folder with a minimal config and one marker template per shortcode
 * name, as the hugo-oracle does.
 */
export async function prepareHugoListing(siteRoot: string, work: string): Promise<string[]> {
  const site = await openSite(siteRoot);
  const layouts = join(work, 'layouts');
  await rm(work, { recursive: true, force: true });
  await mkdir(join(layouts, 'shortcodes'), { recursive: true });
  await mkdir(join(work, 'config'), { recursive: true });
  await writeFile(
    join(work, 'hugo.yaml'),
    [
      'baseURL: https://example.org/',
      'title: bench',
      'disableKinds: [taxonomy, term]',
      `layoutDir: ${JSON.stringify(layouts)}`,
      `contentDir: ${JSON.stringify(site.contentDir)}`,
      '',
    ].join('\n'),
  );
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const file of await listMarkdownFiles(site.contentDir)) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/\{\{[<%]-?\s*(\/?)\s*([A-Za-z0-9_.-]+)/g)) {
      (match[1] ? closed : opened).add(match[2] ?? '');
    }
  }
  for (const name of opened) {
    const body = closed.has(name) ? '{{- $inner := .Inner -}}<div></div>' : '<div></div>';
    await writeFile(join(layouts, 'shortcodes', `${name}.html`), body + '\n');
  }
  return ['--config', join(work, 'hugo.yaml'), '--configDir', join(work, 'config')];
}

/** `hugo list all` over the same site, or null when Hugo is not installed. */
export function hugoListAll(siteRoot: string, options: readonly string[]): Timing | null {
  const started = performance.now();
  const result = spawnSync('hugo', ['list', 'all', '--source', siteRoot, ...options], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const milliseconds = performance.now() - started;
  if (result.error) return null;
  if (result.status !== 0) throw new Error(`hugo list all failed: ${result.stderr}`);
  // One CSV line per page (posts and section pages) after the header.
  return { posts: result.stdout.trim().split('\n').length - 1, milliseconds };
}
