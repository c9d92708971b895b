import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../diagnostics';
import type { FieldPath, FrontMatterData, FrontMatterValue, PostDocument } from '../../post/types';
import type { PostContext } from '../types';
import { shortcodeRules } from './shortcodes';

/**
 * A read-only stand-in for PostDocument: YAML front matter between `---`
 * lines, the body after it. Unlike parsePost it never reads a body that
 * starts with `{{<` as JSON front matter, so the rule is tested on any body.
 */
function fakePost(text: string): PostDocument {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const bodyFrom = match ? match[0].length : 0;
  const data = match ? (parse(match[1] ?? '') as FrontMatterData) : null;
  const get = (path: FieldPath): FrontMatterValue | undefined => {
    const segments = typeof path === 'string' ? path.split('.') : path;
    let value: FrontMatterValue | undefined = data ?? undefined;
    for (const segment of segments) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, FrontMatterValue>)[segment];
    }
    return value;
  };
  const readOnly = (): never => {
    throw new Error('the rules under test never edit');
  };
  return {
    text,
    frontMatter: match
      ? { format: 'yaml', span: { from: 0, to: bodyFrom }, content: { from: 4, to: bodyFrom - 4 } }
      : null,
    data,
    bodyFrom,
    body: text.slice(bodyFrom),
    diagnostics: [],
    readOnlyReason: null,
    keySpan: () => undefined,
    valueSpan: () => undefined,
    get,
    set: readOnly,
    delete: readOnly,
    insertItem: readOnly,
    removeItem: readOnly,
    moveItem: readOnly,
    replaceBody: readOnly,
  };
}

function contextWith(shortcodes: [string, boolean][] = [['note', true]]): PostContext {
  return {
    path: 'content/blog/2021/0617-x/index.md',
    site: {
      authors: null,
      shortcodes: new Map(shortcodes.map(([name, usesInner]) => [name, { usesInner }])),
      markdownlint: { blog: null, default: null },
    },
    bundleFiles: null,
  };
}

const frontMatter = '---\ntitle: A recap\nparams:\n  author: jason\n---\n';

function check(body: string, context = contextWith()): (Diagnostic & { text: string })[] {
  const text = frontMatter + body;
  return shortcodeRules(fakePost(text), context).map((d) => ({
    ...d,
    text: text.slice(d.from, d.to),
  }));
}

describe('shortcodeRules', () => {
  it('finds nothing wrong in correct calls of built-in and site shortcodes', () => {
    const body = [
      '{{< youtube "BWL4889RKhU" >}}',
      '{{< youtube id="J1fr4mDQlhs" t="10" >}}',
      '{{< x user="Linkerd" id="1174402199549464576" >}}',
      '{{< note >}}',
      'Read this.',
      '{{< /note >}}',
      '{{< highlight go >}}x := 1{{< /highlight >}}',
      '{{</* youtube "not-checked" */>}}',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('reports the scanner problems as errors at their place in the whole file', () => {
    const found = check('Intro.\n\n{{< note >}}\nNever closed.\n{{< youtube a="b" c >}}\n');
    expect(found.map((d) => [d.severity, d.rule, d.text])).toEqual([
      ['error', 'shortcode/unclosed', '{{< note >}}'],
      ['error', 'shortcode/mixed-arguments', 'c'],
    ]);
    expect(found[0]?.message).toBe(
      'The shortcode note is opened here but never closed with {{< /note >}}.',
    );
    expect(found[0]?.from).toBe(frontMatter.length + 'Intro.\n\n'.length);
  });

  it('gives each kind of problem its rule id', () => {
    const body = [
      '{{< youtube BWL4889RKhU',
      '{{< /note >}}',
      '{{< >}}',
      '{{< youtube https://youtu.be/BWL4889RKhU >}}',
      '{{< youtube BWL4889RKhU >}} >}}',
      'a {{< "b',
    ].join('\n');
    expect(check(body).map((d) => [d.rule, d.severity])).toEqual([
      ['shortcode/unclosed', 'error'],
      ['shortcode/unexpected-close', 'error'],
      ['shortcode/missing-name', 'error'],
      ['shortcode/bad-argument', 'error'],
      ['shortcode/stray-delimiter', 'warning'],
      ['shortcode/stray-delimiter', 'error'],
    ]);
  });

  it('warns about a shortcode that neither the site nor Hugo has, at its name', () => {
    const found = check(
      '{{< fig src="a.png" >}}\n{{< note >}}x{{< /note >}}\n{{< details >}}y{{< /details >}}',
    );
    expect(found.map((d) => [d.severity, d.rule, d.text, d.message])).toEqual([
      [
        'warning',
        'shortcode/unknown',
        'fig',
        'Neither the site nor Hugo has a shortcode named fig: Hugo stops with an error unless a theme provides one.',
      ],
    ]);
    expect(check('{{< note >}}x{{< /note >}}', contextWith([])).map((d) => d.rule)).toEqual([
      'shortcode/unknown',
    ]);
  });

  it("takes .Inner from the site's template before Hugo's", () => {
    // The site's own youtube template wraps a caption, so it must be closed.
    const site = contextWith([['youtube', true]]);
    expect(check('{{< youtube BWL4889RKhU >}}Caption{{< /youtube >}}', site)).toEqual([]);
    expect(check('{{< youtube BWL4889RKhU >}}', site).map((d) => d.rule)).toEqual([
      'shortcode/unclosed',
    ]);
    expect(check('{{< youtube BWL4889RKhU >}}{{< /youtube >}}').map((d) => d.rule)).toEqual([
      'shortcode/unexpected-close',
    ]);
  });

  it('reports a youtube call without an ID', () => {
    for (const body of ['{{< youtube >}}', '{{< youtube title="Talk" >}}', '{{< youtube "" >}}']) {
      const found = check(body);
      expect(found.map((d) => [d.severity, d.rule, d.text])).toEqual([
        ['error', 'youtube/missing-id', body],
      ]);
      expect(found[0]?.message).toBe(
        'This youtube shortcode has no video ID: write it after the name, as in {{< youtube "ID" >}}.',
      );
    }
  });

  it('reports an ID that cannot be a YouTube ID, at the argument, saying what to write', () => {
    expect(check('{{< youtube "BWL4889RKhB" >}}').map((d) => [d.rule, d.text, d.message])).toEqual([
      [
        'youtube/invalid-id',
        '"BWL4889RKhB"',
        'BWL4889RKhB cannot be a YouTube video ID: the last character of an ID is always one of 0 4 8 A E I M Q U Y c g k o s w.',
      ],
    ]);
    expect(check('{{< youtube id="https://youtu.be/BWL4889RKhU" >}}')[0]?.message).toBe(
      'The youtube shortcode takes a video ID, not a link: write BWL4889RKhU instead of https://youtu.be/BWL4889RKhU.',
    );
    expect(check('{{< youtube "PLAcAkxlkFC6mQHJWbyR0hj3cqiTvEHGGG" >}}')[0]?.message).toContain(
      'is a playlist',
    );
    expect(check('{{< youtube abc >}}')[0]?.message).toContain('abc is not a YouTube video ID');
  });

  it('does not check the ID of a call whose tag is already broken', () => {
    expect(check('{{< youtube "BWL4889RKhU >}}').map((d) => d.rule)).toEqual([
      'shortcode/bad-argument',
    ]);
    expect(check('{{< youtube https://youtu.be/BWL4889RKhU >}}').map((d) => d.rule)).toEqual([
      'shortcode/bad-argument',
    ]);
  });

  it('checks a post without front matter from the start of the file', () => {
    const text = '{{< youtube >}}';
    const found = shortcodeRules(fakePost(text), contextWith());
    expect(found.map((d) => [d.from, d.to])).toEqual([[0, text.length]]);
  });

  it('finds nothing wrong in the two example recaps', () => {
    const examples = resolve(import.meta.dirname, '../../../../test/fixtures/examples');
    for (const name of ['kubecon-eu-2021-recap.md', 'icymi-march-2019-legacy.md']) {
      const text = readFileSync(resolve(examples, name), 'utf8');
      expect(shortcodeRules(fakePost(text), contextWith()), name).toEqual([]);
    }
  });
});
