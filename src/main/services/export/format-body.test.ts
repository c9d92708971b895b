import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePost } from '../../../shared/post';
import { lexShortcodeTags } from '../../../shared/shortcodes/lexer';
import { formatPostBody, sitePrettierOptions } from './format-body';

const site = resolve(import.meta.dirname, '../../../../test/fixtures/linkerd.io');
const blog = join(site, 'content/blog');

function posts(): string[] {
  return readdirSync(blog, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const tagsOf = (text: string) =>
  lexShortcodeTags(text).tags.map((tag) => text.slice(tag.span.from, tag.span.to));

const blogLintConfig = parse(readFileSync(join(site, '.markdownlint.blog.yaml'), 'utf8'));

function lintFindings(text: string): string[] {
  const results = lint({ strings: { post: text }, config: blogLintConfig });
  return (results['post'] ?? []).map((f) => `${f.lineNumber} ${f.ruleNames[0]} ${f.errorDetail}`);
}

describe('formatPostBody', () => {
  it("reads linkerd.io's .prettierrc", async () => {
    expect(await sitePrettierOptions(join(blog, '_index.md'))).toMatchObject({
      proseWrap: 'always',
      printWidth: 80,
    });
  });

  const files = posts();

  it('finds the corpus', () => {
    expect(files).toHaveLength(157);
  });

  it.each(files.map((file) => [file.slice(blog.length + 1), file]))(
    'formats %s keeping front matter and shortcode tags, idempotent and lint-clean',
    async (_, file) => {
      const options = await sitePrettierOptions(file);
      const source = readFileSync(file, 'utf8');
      const formatted = await formatPostBody(source, options);
      expect(formatted.startsWith(source.slice(0, parsePost(source).bodyFrom))).toBe(true);
      expect(tagsOf(formatted)).toEqual(tagsOf(source));
      expect(await formatPostBody(formatted, options)).toBe(formatted);
      expect(lintFindings(formatted)).toEqual([]);
    },
  );

  it('keeps a call whose arguments Prettier would rewrap, and a commented-out call', async () => {
    const longCall = `{{< figure src="a-very-long-file-name-for-an-image.png" alt="An image with a long description" title="x" >}}`;
    const source = `---\ntitle: x\n---\n\nSome *text* ${longCall} and more words that go on and on past the eightieth column of the line.\n\n{{</* youtube "x" */>}}\n`;
    const formatted = await formatPostBody(source, { proseWrap: 'always', printWidth: 80 });
    expect(formatted).toContain(longCall);
    expect(formatted).toContain('{{</* youtube "x" */>}}');
    expect(formatted).toContain('_text_');
  });

  it('never starts a wrapped line with a #number, which markdownlint reads as a heading', async () => {
    const source = `---\ntitle: x\n---\n\n${'word '.repeat(14)}see issue #11320 for more.\n`;
    const formatted = await formatPostBody(source, { proseWrap: 'always', printWidth: 80 });
    expect(formatted).toContain('issue #11320');
    expect(formatted.split('\n').some((line) => line.startsWith('#'))).toBe(false);
  });

  it('keeps CRLF line endings and the blank lines after the front matter', async () => {
    const source = '---\r\ntitle: x\r\n---\r\n\r\n\r\nA  line\r\nwrapped.\r\n';
    const formatted = await formatPostBody(source, { proseWrap: 'always' });
    expect(formatted).toBe('---\r\ntitle: x\r\n---\r\n\r\n\r\nA line wrapped.\r\n');
  });
});
