import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstDifference } from './first-difference';
import { normalizeHtml } from './normalize';
import { hugoVersion, renderWithHugo } from './oracle/render';
import { renderWithPreview } from './render-preview';

/**
 * Pages written the ways real posts differ from the corpus (issue 11 §1),
 * one page per way, each rendered by Hugo with the fixture site's markup
 * settings and parameters, and by the preview (`recap-studio render`).
 * Shortcodes compare as markers, except `param`, `ref` and `relref`, whose
 * printed text Hugo's own built-ins give (with the site's base URL and
 * permalinks).
 */
const site = resolve(__dirname, '../fixtures/hugo-cases');
const content = join(site, 'content');
const config = parse(readFileSync(join(site, 'hugo.yaml'), 'utf8')) as {
  baseURL: string;
  params: Record<string, unknown>;
  permalinks: Record<string, unknown>;
};
const pages = readdirSync(content, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.split(sep).join('/'))
  .sort();
const hugo = hugoVersion();

describe.skipIf(!hugo)(`preview of pages written differently against Hugo (${hugo})`, () => {
  const work = mkdtempSync(join(tmpdir(), 'hugo-cases-'));
  const hugoDir = join(work, 'hugo');
  const oursDir = join(work, 'preview');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    const reference = renderWithHugo(content, hugoDir, join(site, 'hugo.yaml'), {
      params: config.params,
      site: { baseURL: config.baseURL, permalinks: config.permalinks },
      shortcodeTemplates: join(site, 'layouts/shortcodes'),
    });
    expect(reference.errors).toEqual([]);
    expect(reference.rendered).toEqual(pages);
    await renderWithPreview(content, oursDir);
  });

  it.each(pages)('%s renders as Hugo renders it', (page) => {
    const expected = normalizeHtml(readFileSync(join(hugoDir, `${page}.html`), 'utf8'));
    const actual = normalizeHtml(readFileSync(join(oursDir, `${page}.html`), 'utf8'));
    expect(expected.length).toBeGreaterThan(100);
    expect(actual, firstDifference(expected, actual)).toBe(expected);
  });
});
