import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { DOMPurify } from 'dompurify';
import { decodePostBytes } from '../../shared/post';
import { parsePostChecked } from '../../shared/post/checked-reader';
import {
  paramLookup,
  readMarkupSettings,
  refLookup,
  renderPostBody,
  sanitizePreviewHtml,
  videoInfoFromFrontMatter,
  type MarkupSettings,
  type SiteRefs,
} from '../../shared/render';
import { readSiteConfig } from '../services/site-config';
import { readSiteRefs } from '../services/site-pages';
import type { Site } from '../services/site';
import { collectSiteFiles } from './collect';
import { UsageError, type CommandIO } from './io';

export const renderUsage = `Usage: recap-studio render FILE
       recap-studio render PATH... --out DIR

Prints the preview HTML of a post's body: rendered as the site's Hugo renders
it (its markup settings; shortcodes as the preview shows them) and sanitized
as the preview shows it.

With --out, renders every post given (files, or folders of posts) in one run
and writes each to DIR/<its path relative to the current folder>.html.

Options:
  --out DIR         write one .html file per post under DIR
  --source-lines    tag blocks with data-source-line, as the preview does

Exit status: 0 all rendered, 1 some file could not be rendered, 2 could not run.`;

export async function renderCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'source-lines': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('Name the post file to render.');
  const paths = positionals.map((path) => resolve(io.cwd, path));
  const outDir = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  if (outDir === undefined) {
    const info = await stat(paths[0]!).catch(() => null);
    if (positionals.length > 1 || info?.isDirectory()) {
      throw new UsageError('To render several posts, give --out DIR to write one file per post.');
    }
  }

  const purify = await createNodePurify();
  const groups = await collectSiteFiles(paths);
  let failed = false;
  for (const { site, files } of groups) {
    const settings = await renderSettingsOf(site);
    for (const file of files) {
      const html = await renderPreviewHtml(file, site, settings, purify, values['source-lines']);
      if (typeof html !== 'string') {
        io.stderr(`recap-studio render: ${relative(io.cwd, file) || file}: ${html.problem}\n`);
        failed = true;
        continue;
      }
      if (outDir === undefined) {
        io.stdout(html);
        continue;
      }
      const path = relative(io.cwd, file);
      if (path.startsWith('..') || isAbsolute(path)) {
        io.stderr(
          `recap-studio render: ${file} is outside the current folder, so it has no place under --out; run the command from a folder that holds it.\n`,
        );
        failed = true;
        continue;
      }
      const target = join(outDir, `${path}.html`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, html);
    }
  }
  return failed ? 1 : 0;
}

/** What the preview reads of the site besides the post. */
interface SiteRenderSettings {
  markup: MarkupSettings;
  params: Record<string, unknown> | undefined;
  /** The site's pages for `ref` and `relref`; null for a folder that is no Hugo site. */
  refs: SiteRefs | null;
}

/** The site's Goldmark settings, params and pages; a folder that is no Hugo site gets Hugo's defaults. */
async function renderSettingsOf(site: Site): Promise<SiteRenderSettings> {
  const config = site.kind === 'hugo' ? await readSiteConfig(site.root) : {};
  const params = (config as Record<string, unknown>)['params'];
  return {
    markup: readMarkupSettings(config),
    params:
      typeof params === 'object' && params !== null && !Array.isArray(params)
        ? (params as Record<string, unknown>)
        : undefined,
    refs: await readSiteRefs(site, config),
  };
}

/** One post's body as the preview shows it, or why it cannot be rendered. */
export async function renderPreviewHtml(
  file: string,
  site: Pick<Site, 'facts' | 'contentDir'>,
  { markup, params, refs }: SiteRenderSettings,
  purify: DOMPurify,
  sourceLines = false,
): Promise<string | { problem: string }> {
  const decoded = decodePostBytes(await readFile(file));
  if (!('text' in decoded)) return { problem: decoded.diagnostic.message };
  const document = parsePostChecked(decoded.text);
  const firstLine = document.text.slice(0, document.bodyFrom).split('\n').length;
  const rendered = renderPostBody(document.body.replace(/^\uFEFF/, ''), {
    markup,
    shortcodes: site.facts.shortcodes,
    videoInfo: videoInfoFromFrontMatter(document.data),
    param: paramLookup(document.data, params),
    ref: refs ? refLookup(refs, relative(site.contentDir, file).split(sep).join('/')) : undefined,
    sourceLines,
    firstLine,
  });
  return sanitizePreviewHtml(rendered.html, purify);
}

/** DOMPurify bound to a jsdom window; loaded only when rendering, jsdom being slow to load. */
export async function createNodePurify(): Promise<DOMPurify> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([
    import('jsdom'),
    import('dompurify'),
  ]);
  return createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
}
