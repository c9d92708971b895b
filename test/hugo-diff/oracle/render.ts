/**
 * The reference renderer of `../shared/hugo-oracle/render`, ported to
 * TypeScript so the repository's tests run it without `../shared` and
 * without Python: every `.md` under a content folder (except `_index.md`) is
 * rendered by Hugo with the reference site in `site/`, and each page's body
 * is written to `OUT_DIR/<relative path>.html`. Same conventions: code fences
 * not highlighted, every shortcode an opaque marker
 * `<div data-shortcode="NAME"></div>` (`ref`, `relref`, `param`: the text
 * `shortcode-NAME`), pages whose URLs collide rendered one by one.
 *
 * Run directly: `node --import tsx test/hugo-diff/oracle/render.ts CONTENT_DIR OUT_DIR [MARKUP_YAML]`.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const siteDir = join(dirname(fileURLToPath(import.meta.url)), 'site');

/**
 * Templates of the reference site that must not end with a line break (their
 * output lands inside attributes), which Prettier would add to files.
 */
const generatedTemplates: Record<string, string> = {
  'layouts/_default/list.html': '',
  'layouts/shortcodes/ref.html': 'shortcode-ref',
  'layouts/shortcodes/relref.html': 'shortcode-relref',
  'layouts/shortcodes/param.html': 'shortcode-param',
};

/** Options beyond the reference renderer's conventions, for pages that test one Hugo behaviour. */
export interface OracleOptions {
  /**
   * Site parameters (`params:`) for the pages; with them, `param`, `ref`
   * and `relref` are Hugo's own built-ins instead of `shortcode-NAME`.
   */
  params?: Record<string, unknown>;
  /**
   * The site's `baseURL` and `permalinks` instead of the reference site's
   * (permalinks following file paths), for pages that link to each other
   * with `ref` and `relref`.
   */
  site?: { baseURL?: string; permalinks?: Record<string, unknown> };
  /** A site's own `layouts/shortcodes` folder: its templates instead of markers. */
  shortcodeTemplates?: string;
}

/** Built-in shortcodes that print text, left to Hugo when site parameters are given. */
const builtinTextShortcodes = ['param', 'ref', 'relref'];

export interface HugoRendering {
  /** Posts found, relative to the content folder, with `/`. */
  posts: string[];
  /** Posts Hugo rendered (the others failed to build, even alone). */
  rendered: string[];
  /** Hugo's error output for batches that failed. */
  errors: string[];
}

/** The installed Hugo's version line, or null when `hugo` is not on the PATH. */
export function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * Renders every post under `contentDir` into `outDir`. `markupFile` is a site
 * config file with a `markup:` section or the section itself
 * (`config/_default/markup.yaml`); default: linkerd.io's, `site/markup.yaml`.
 */
export function renderWithHugo(
  contentDir: string,
  outDir: string,
  markupFile = join(siteDir, 'markup.yaml'),
  options: OracleOptions = {},
): HugoRendering {
  const source = resolve(contentDir);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const posts = listPosts(source);
  const errors: string[] = [];
  const batch = renderBatch(source, out, posts, markupFile, options);
  if (batch) errors.push(batch);
  // Pages whose URL collided with another's (front matter `url`, `slug`,
  // `aliases`) are rendered again, each on its own.
  for (const post of posts) {
    if (existsSync(join(out, `${post}.html`))) continue;
    const alone = renderBatch(source, out, [post], markupFile, options);
    if (alone) errors.push(alone);
  }
  const rendered = posts.filter((post) => existsSync(join(out, `${post}.html`)));
  return { posts, rendered, errors };
}

function listPosts(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== '_index.md')
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** One Hugo build of `posts`; writes what it rendered into `out`. Returns Hugo's errors on failure. */
function renderBatch(
  source: string,
  out: string,
  posts: string[],
  markupFile: string,
  options: OracleOptions,
): string | null {
  const work = mkdtempSync(join(tmpdir(), 'hugo-oracle-'));
  try {
    cpSync(siteDir, work, { recursive: true });
    rmSync(join(work, 'markup.yaml'));
    for (const [path, text] of Object.entries(generatedTemplates)) {
      if (options.params && path.includes('/shortcodes/')) continue;
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    }
    const markupData = (parse(readFileSync(markupFile, 'utf8')) ?? {}) as Record<string, unknown>;
    const markup = (markupData['markup'] ?? markupData) as Record<string, unknown>;
    const highlight = (markup['highlight'] ?? {}) as Record<string, unknown>;
    markup['highlight'] = { ...highlight, codeFences: false };

    const content = join(work, 'content');
    for (const post of posts) {
      mkdirSync(dirname(join(content, post)), { recursive: true });
      cpSync(join(source, post), join(content, post));
    }
    if (options.shortcodeTemplates) {
      cpSync(options.shortcodeTemplates, join(work, 'layouts', 'shortcodes'), { recursive: true });
    }
    writeShortcodeMarkers(
      work,
      posts.map((post) => readFileSync(join(content, post), 'utf8')),
      options.params ? builtinTextShortcodes : [],
    );

    // One page per source file, whatever slugs say: permalinks follow file
    // paths, unless the pages are a site's own.
    const permalinks: Record<string, unknown> = options.site?.permalinks ?? {};
    if (!options.site?.permalinks) {
      for (const entry of readdirSync(content, { withFileTypes: true })) {
        if (entry.isDirectory()) permalinks[entry.name] = '/:sections/:filename/';
      }
    }
    let config = readFileSync(join(work, 'config.yaml'), 'utf8');
    if (options.site?.baseURL) {
      config = config.replace(
        /^baseURL: .*$/m,
        stringify({ baseURL: options.site.baseURL }).trim(),
      );
    }
    writeFileSync(
      join(work, 'config.yaml'),
      `${config}${stringify({ markup })}${stringify({ permalinks })}` +
        (options.params ? stringify({ params: options.params }) : ''),
    );

    const build = spawnSync(
      'hugo',
      ['--buildDrafts', '--buildFuture', '--buildExpired', '-d', 'public'],
      {
        cwd: work,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) {
      const log = `${build.stdout ?? ''}${build.stderr ?? ''}${build.error?.message ?? ''}`;
      return (
        log
          .split('\n')
          .filter((line) => /ERROR|Error/.test(line))
          .join('\n') || log
      );
    }
    for (const page of listHtml(join(work, 'public'))) {
      const html = readFileSync(page, 'utf8');
      const newline = html.indexOf('\n');
      const first = /^<source-file path="(.*)"><\/source-file>$/.exec(
        newline === -1 ? html : html.slice(0, newline),
      );
      if (!first?.[1]) continue;
      const target = join(out, `${first[1]}.html`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, newline === -1 ? '' : html.slice(newline + 1));
    }
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Every shortcode renders as an opaque marker element; one that is closed
 * anywhere in the input (`{{< /name >}}`) is taken as one with inner content.
 */
function writeShortcodeMarkers(work: string, texts: string[], builtins: readonly string[]): void {
  const opening = /\{\{[<%]-?\s*(\/?)\s*([A-Za-z0-9_/.-]+)/g;
  const names = new Set<string>();
  const closed = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(opening)) {
      const name = match[2]!.replace(/^\//, '');
      if (name === '') continue;
      names.add(name);
      if (match[1] === '/' || match[2]!.startsWith('/')) closed.add(name);
    }
  }
  for (const name of names) {
    if (builtins.includes(name)) continue;
    const template = join(work, 'layouts', 'shortcodes', `${name}.html`);
    if (existsSync(template)) continue;
    mkdirSync(dirname(template), { recursive: true });
    const marker = `<div data-shortcode="${name}"></div>\n`;
    writeFileSync(template, closed.has(name) ? `{{- $inner := .Inner -}}${marker}` : marker);
  }
}

function listHtml(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [contentDir, outDir, markupFile] = process.argv.slice(2);
  if (!contentDir || !outDir) {
    console.error('Usage: render.ts CONTENT_DIR OUT_DIR [MARKUP_YAML]');
    process.exit(2);
  }
  if (!hugoVersion()) {
    console.error('render: hugo not found (apt-get install hugo)');
    process.exit(2);
  }
  const result = renderWithHugo(contentDir, outDir, markupFile);
  for (const error of result.errors) console.error(error);
  console.log(
    `rendered ${result.rendered.length} of ${result.posts.length} pages into ${resolve(outDir)}`,
  );
}
