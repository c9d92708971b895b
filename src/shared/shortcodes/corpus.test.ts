import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugoBuiltinShortcodes } from './hugo-builtins';
import { scanShortcodes } from './scan';

const blog = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io/content/blog');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The body after YAML front matter; every corpus post has `---` front matter. */
function bodyOf(text: string): string {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return frontMatter ? text.slice(frontMatter[0].length) : text;
}

// linkerd.io's own `note` template wraps its inner content.
const siteTemplates = new Map([['note', true]]);
const options = {
  usesInner: (name: string) =>
    siteTemplates.get(name) ?? hugoBuiltinShortcodes.get(name)?.usesInner,
};

describe('scanShortcodes on every linkerd.io blog post', () => {
  const files = markdownFiles(blog);

  it('finds the corpus', () => {
    expect(files.length).toBe(158);
  });

  it('reads every post without a problem, finding the calls Hugo renders', () => {
    const problems: string[] = [];
    const calls = new Map<string, number>();
    for (const file of files) {
      const body = bodyOf(readFileSync(file, 'utf8'));
      const scan = scanShortcodes(body, options);
      for (const problem of scan.problems) {
        problems.push(`${relative(blog, file)}: ${problem.kind}: ${problem.message}`);
      }
      for (const call of scan.calls) calls.set(call.name, (calls.get(call.name) ?? 0) + 1);
      for (const call of scan.calls) {
        expect(call.close !== null, `${file}: ${call.name}`).toBe(call.name === 'note');
      }
    }
    expect(problems).toEqual([]);
    // The numbers of shortcode markers in Hugo 0.111.3's rendering of the same
    // posts (hugo-oracle/render): 41 youtube, 21 x and 6 note.
    expect(Object.fromEntries(calls)).toEqual({ youtube: 41, x: 21, note: 6 });
  });

  it('reads the three ways the posts write a YouTube ID', () => {
    const texts = files.map((file) => bodyOf(readFileSync(file, 'utf8')));
    const forms = new Set<string>();
    for (const text of texts) {
      for (const call of scanShortcodes(text, options).calls) {
        if (call.name !== 'youtube') continue;
        forms.add(call.open.args.map((a) => `${a.name ?? '#'}:${a.quoting}`).join(' '));
      }
    }
    expect([...forms].sort()).toEqual(['#:double', '#:none', 'id:double t:double']);
  });
});
