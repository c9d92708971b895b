import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listMarkdownFiles, openSite } from '../src/main/services/site';

export interface Timing {
  posts: number;
  milliseconds: number;
}

const project = resolve(import.meta.dirname, '..');

/** Builds the CLI bundle the measurements run, as `npm run build:cli` does. */
export function buildCli(): void {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`Building the CLI failed: ${build.stderr}`);
}

/**
 * The environment both programs run in. This workplace sets
 * NODE_EXTRA_CA_CERTS, which makes every Node process read and parse a
 * certificate bundle as it starts (about 40 ms here, more than Node's own
 * start); the check makes no network connection and never uses it, and a
 * user's machine does not normally set it, so it is left out for the timings.
 */
export function timingEnvironment(): { env: NodeJS.ProcessEnv; note: string | null } {
  const { NODE_EXTRA_CA_CERTS: extraCertificates, ...env } = process.env;
  return {
    env,
    note: extraCertificates
      ? 'NODE_EXTRA_CA_CERTS is unset for the timed commands (it costs every Node start ~40 ms here)'
      : null,
  };
}

/**
 * `recap-studio check SITE` as a user runs it (the built CLI in its own
 * process, worker threads on every core), timed like `hugo list all`.
 * Without markdownlint this is the parse + schema validation figure.
 */
export function cliCheck(siteRoot: string, markdownlint: boolean): Timing {
  const args = ['bin/recap-studio.js', 'check', siteRoot, '--format', 'json'];
  if (!markdownlint) args.push('--skip-markdownlint');
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: project,
    env: timingEnvironment().env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const milliseconds = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`check failed: ${result.stderr}`);
  return { posts: (JSON.parse(result.stdout) as unknown[]).length, milliseconds };
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
    env: timingEnvironment().env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const milliseconds = performance.now() - started;
  if (result.error) return null;
  if (result.status !== 0) throw new Error(`hugo list all failed: ${result.stderr}`);
  // One CSV line per page (posts and section pages) after the header.
  return { posts: result.stdout.trim().split('\n').length - 1, milliseconds };
}
