import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePostBytes, parsePost } from '../src/shared/post';
import { validatePost } from '../src/shared/validate';
import { checkPostFile, postContext } from '../src/main/services/post-check';
import { listMarkdownFiles, openSite } from '../src/main/services/site';

export interface Timing {
  posts: number;
  milliseconds: number;
}

/** Reads, parses and schema-validates every post (no markdownlint), as an index would. */
export async function parseAndValidate(siteRoot: string): Promise<Timing & { parseOnly: number }> {
  const started = performance.now();
  const site = await openSite(siteRoot);
  const files = await listMarkdownFiles(site.contentDir);
  let parseOnly = 0;
  for (const file of files) {
    const decoded = decodePostBytes(await readFile(file));
    if ('diagnostic' in decoded) continue;
    const parseStarted = performance.now();
    const document = parsePost(decoded.text);
    const context = await postContext(site, file);
    validatePost(document, context, { markdownlint: false });
    parseOnly += performance.now() - parseStarted;
  }
  return { posts: files.length, milliseconds: performance.now() - started, parseOnly };
}

/** What `recap-studio check` does for every post, markdownlint included. */
export async function fullCheck(siteRoot: string): Promise<Timing> {
  const started = performance.now();
  const site = await openSite(siteRoot);
  const files = await listMarkdownFiles(site.contentDir);
  for (const file of files) await checkPostFile(site, file);
  return { posts: files.length, milliseconds: performance.now() - started };
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
