import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noExportOptions } from '../../src/shared/ipc/export';
import { parsePost } from '../../src/shared/post';
import { lexShortcodeTags } from '../../src/shared/shortcodes/lexer';
import { exportPost, type ExportOutcome } from '../../src/main/services/export/export-post';
import { openSite, type Site } from '../../src/main/services/site';
import { corpusSite, temporaryCopy } from '../cli/run-cli';

// Every post of the linkerd.io corpus, exported from a copy of the site into
// a folder inside that copy, so that an exported post finds the site's
// `.prettierrc` when it is exported again.

const blog = join(corpusSite, 'content', 'blog');
const posts = readdirSync(blog, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.md')
  .map((entry) => relative(blog, join(entry.parentPath, entry.name)))
  .sort();

let copy: { root: string; remove: () => Promise<void> };
let site: Site;

beforeAll(async () => {
  copy = await temporaryCopy(corpusSite);
  site = await openSite(copy.root);
});
afterAll(() => copy.remove());

// Under a loaded machine a post's two checks and two formats can take a while.
const perPostTimeout = 180_000;

const bundleOf = (post: string): string => join(copy.root, 'content', 'blog', post, '..');

/** The bundle's files besides the post, relative to it, sorted. */
function filesBeside(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'index.md')
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * What the post uses, found without the exporter's code: a file whose name
 * the text holds (as written or URL-encoded), or the cover and thumbnail
 * the site's templates look up by name.
 */
function namedIn(text: string, files: readonly string[]): string[] {
  return files.filter(
    (file) =>
      text.includes(file) || text.includes(encodeURI(file)) || /^(cover|thumbnail)\./.test(file),
  );
}

async function exportInto(out: string, file: string, format: boolean): Promise<ExportOutcome> {
  return exportPost({
    source: { site, file },
    options: { ...noExportOptions, format },
    destination: { out, singleFile: false, force: false },
    warnings: 'acknowledged',
  });
}

// `toEqual` walks a Buffer byte by byte, which takes seconds for a bundle's images.
const sameBytes = (exported: string, source: string): boolean =>
  readFileSync(exported).equals(readFileSync(source));

const tagsOf = (text: string): string[] =>
  lexShortcodeTags(text).tags.map((tag) => text.slice(tag.span.from, tag.span.to));
const frontMatterOf = (text: string): string => text.slice(0, parsePost(text).bodyFrom);
const blogLintConfig: unknown = parse(
  readFileSync(join(corpusSite, '.markdownlint.blog.yaml'), 'utf8'),
);

describe('exporting the corpus', () => {
  it('finds every post', () => {
    expect(posts).toHaveLength(157);
  });

  it.each(posts)(
    '%s, with no options: the same bytes and exactly the files it uses',
    async (post) => {
      const source = join(copy.root, 'content', 'blog', post);
      // Bundles of different years share names: one folder per year.
      const out = join(copy.root, 'exported-plain', dirname(dirname(post)));
      const outcome = await exportInto(out, source, false);
      if (outcome.status !== 'written') throw new Error(outcome.plan.problems.join('\n'));
      const bundle = outcome.written.folder;
      expect(sameBytes(join(bundle, 'index.md'), source)).toBe(true);
      const expected = namedIn(readFileSync(source, 'utf8'), filesBeside(bundleOf(post)));
      expect(filesBeside(bundle)).toEqual(expected);
      for (const asset of expected)
        expect(sameBytes(join(bundle, asset), join(bundleOf(post), asset)), asset).toBe(true);
    },
    perPostTimeout,
  );

  it.each(posts)(
    '%s, with --format: lint-clean, stable when exported again, front matter and shortcodes as written',
    async (post) => {
      const source = join(copy.root, 'content', 'blog', post);
      const sourceText = readFileSync(source, 'utf8');
      const first = await exportInto(
        join(copy.root, 'exported-once', dirname(dirname(post))),
        source,
        true,
      );
      if (first.status !== 'written') throw new Error(first.plan.problems.join('\n'));
      const once = readFileSync(first.written.postFile, 'utf8');
      const findings = lint({ strings: { post: once }, config: blogLintConfig as never })['post'];
      expect(findings?.map((f) => `${f.lineNumber} ${f.ruleNames[0]}`)).toEqual([]);
      expect(frontMatterOf(once)).toBe(frontMatterOf(sourceText));
      expect(tagsOf(once)).toEqual(tagsOf(sourceText));

      const second = await exportInto(
        join(copy.root, 'exported-twice', dirname(dirname(post))),
        first.written.postFile,
        true,
      );
      if (second.status !== 'written') throw new Error(second.plan.problems.join('\n'));
      expect(readFileSync(second.written.postFile, 'utf8')).toBe(once);
    },
    perPostTimeout,
  );
});
