import { describe, expect, it } from 'vitest';
import { LineIndex } from '../text/line-index';
import { decodePostBytes } from './decode';
import { parsePost } from './document';
import { PostEditError } from './post-edit-error';

const tomlMessage =
  "This post's front matter is TOML; edit it in the text editor. Form edits only support YAML so that nothing is reformatted.";
const jsonMessage =
  "This post's front matter is JSON; edit it in the text editor. Form edits only support YAML so that nothing is reformatted.";

function roundTrips(text: string): void {
  const bytes = new TextEncoder().encode(text);
  const decoded = decodePostBytes(bytes);
  expect('text' in decoded && decoded.text).toBe(text);
  const document = parsePost(text);
  expect(new TextEncoder().encode(document.text)).toEqual(bytes);
  expect(document.text.slice(0, document.bodyFrom) + document.body).toBe(text);
}

describe('YAML layouts', () => {
  const cases: Record<string, string> = {
    crlf: '---\r\ntitle: A post\r\nparams:\r\n  author: jane\r\n---\r\nBody\r\n',
    bom: '\ufeff---\ntitle: A post\n---\nBody\n',
    'no final newline': '---\ntitle: A post\n---\nBody',
    'only front matter': '---\ntitle: A post\n---\n',
    'only front matter, no final newline': '---\ntitle: A post\n---',
    'empty front matter': '---\n---\nBody\n',
    'mixed line endings': '---\ntitle: A post\r\nparams:\n  author: jane\r\n---\nBody\r\nmore\n',
    comments: '---\n# about\ntitle: A post # short\nparams:\n  # who\n  author: jane\n---\n',
    'block scalars': '---\ndescription: |-\n  One\n\n  Two\ntitle: >\n  Folded\n  text\n---\n',
    quotes: `---\ntitle: 'It''s here'\nslug: "a \\"b\\""\n---\n`,
    sequences: '---\nkeywords: [a, b]\noutputs:\n  - HTML\n  - RSS # feed\nlist:\n- x\n---\n',
    'leading blank line (Hugo reads it)': '\n---\ntitle: A post\n---\nBody\n',
    'no front matter': 'Just a body.\n',
    'body with a rule': '---\ntitle: A post\n---\n\n---\n\nMore\n',
  };

  it.each(Object.entries(cases))('round-trips %s byte for byte', (_, text) => {
    roundTrips(text);
  });

  it('reads CRLF front matter with exact spans', () => {
    const text = cases.crlf as string;
    const document = parsePost(text);
    expect(document.data).toEqual({ title: 'A post', params: { author: 'jane' } });
    expect(document.frontMatter).toEqual({
      format: 'yaml',
      span: { from: 0, to: text.indexOf('Body') },
      content: { from: 5, to: text.lastIndexOf('---') },
    });
    expect(document.body).toBe('Body\r\n');
    const value = document.valueSpan('params.author');
    expect(value && text.slice(value.from, value.to)).toBe('jane');
  });

  it('keeps the BOM out of the front matter and the body', () => {
    const document = parsePost(cases.bom as string);
    expect(document.frontMatter?.span.from).toBe(1);
    expect(document.data).toEqual({ title: 'A post' });
    expect(document.body).toBe('Body\n');
  });

  it('handles empty and only front matter', () => {
    expect(parsePost(cases['empty front matter'] as string).data).toEqual({});
    const only = parsePost(cases['only front matter, no final newline'] as string);
    expect(only.data).toEqual({ title: 'A post' });
    expect(only.body).toBe('');
  });

  it('reads comments, block scalars, quoted strings and both sequence styles', () => {
    expect(parsePost(cases.comments as string).data).toEqual({
      title: 'A post',
      params: { author: 'jane' },
    });
    expect(parsePost(cases['block scalars'] as string).data).toEqual({
      description: 'One\n\nTwo',
      title: 'Folded text\n',
    });
    expect(parsePost(cases.quotes as string).data).toEqual({ title: "It's here", slug: 'a "b"' });
    expect(parsePost(cases.sequences as string).data).toEqual({
      keywords: ['a', 'b'],
      outputs: ['HTML', 'RSS'],
      list: ['x'],
    });
  });

  it('finds front matter after blank lines as Hugo does, and a body rule is not front matter', () => {
    expect(parsePost(cases['leading blank line (Hugo reads it)'] as string).data).toEqual({
      title: 'A post',
    });
    const rule = parsePost(cases['body with a rule'] as string);
    expect(rule.body).toBe('\n---\n\nMore\n');
    expect(parsePost('----\ntitle: x\n----\n').frontMatter).toBeNull();
  });

  it('gives spans for keys, values and list items by dotted path or segments', () => {
    const text =
      '---\nparams:\n  videoSchema:\n    - title: First\n      duration: PT1M\n    - title: |-\n        Second\n---\n';
    const document = parsePost(text);
    const slice = (span: { from: number; to: number } | undefined): string | undefined =>
      span && text.slice(span.from, span.to);
    expect(slice(document.keySpan('params.videoSchema.1.title'))).toBe('title');
    expect(slice(document.valueSpan(['params', 'videoSchema', 1, 'title']))).toBe(
      '|-\n        Second',
    );
    expect(slice(document.keySpan('params.videoSchema.0'))).toBe(
      'title: First\n      duration: PT1M',
    );
    expect(document.get('params.videoSchema.0.duration')).toBe('PT1M');
    expect(document.get('params.videoSchema.2')).toBeUndefined();
    expect(document.get('params.missing.deeper')).toBeUndefined();
    expect(document.keySpan('nothing')).toBeUndefined();
    expect(document.get('constructor')).toBeUndefined();
    expect(document.get('__proto__')).toBeUndefined();
  });

  it('keeps __proto__ as an ordinary key', () => {
    const document = parsePost('---\n__proto__:\n  polluted: true\n---\n');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(document.data)).toBe(Object.prototype);
    expect(document.get('__proto__.polluted')).toBe(true);
  });

  it('keeps YAML dates as written', () => {
    const document = parsePost(
      '---\na: 2021-06-17T00:00:00Z\nb: 2021-05-14\nc: Fri, 29 Mar 2019 12:00:00 +0000\nd: 2001-12-14 21:59:43.10 -5\n---\n',
    );
    expect(document.data).toEqual({
      a: '2021-06-17T00:00:00Z',
      b: '2021-05-14',
      c: 'Fri, 29 Mar 2019 12:00:00 +0000',
      d: '2001-12-14 21:59:43.10 -5',
    });
  });
});

describe('TOML front matter', () => {
  const text = [
    '+++',
    'title = "A TOML post"',
    'date = 1979-05-27T07:32:00-08:00',
    'day = 2021-05-14',
    'at = 07:32:00',
    'keywords = ["a", "b"] # trailing',
    "note = '''",
    'date = 2000-01-01 stays text',
    "'''",
    '',
    '[params]',
    'author = "jane"',
    '',
    '[[params.videoSchema]]',
    'title = "First"',
    'uploadDate = 2021-05-14',
    '+++',
    'Body',
    '',
  ].join('\n');

  it('is readable, with dates as the original text', () => {
    roundTrips(text);
    const document = parsePost(text);
    expect(document.frontMatter?.format).toBe('toml');
    expect(document.diagnostics).toEqual([]);
    expect(document.data).toEqual({
      title: 'A TOML post',
      date: '1979-05-27T07:32:00-08:00',
      day: '2021-05-14',
      at: '07:32:00',
      keywords: ['a', 'b'],
      note: 'date = 2000-01-01 stays text\n',
      params: { author: 'jane', videoSchema: [{ title: 'First', uploadDate: '2021-05-14' }] },
    });
    expect(document.body).toBe('Body\n');
  });

  it('gives best-effort spans', () => {
    const document = parsePost(text);
    const slice = (span: { from: number; to: number } | undefined): string | undefined =>
      span && text.slice(span.from, span.to);
    expect(slice(document.keySpan('title'))).toBe('title');
    expect(slice(document.valueSpan('keywords'))).toBe('["a", "b"]');
    expect(slice(document.valueSpan('params.author'))).toBe('"jane"');
    expect(slice(document.valueSpan('params.videoSchema.0.uploadDate'))).toBe('2021-05-14');
  });

  it('refuses form edits with a plain message but replaces the body', () => {
    const document = parsePost(text);
    expect(document.readOnlyReason).toBe(tomlMessage);
    for (const edit of [
      () => document.set('title', 'x'),
      () => document.delete('title'),
      () => document.insertItem('keywords', 0, 'c'),
      () => document.removeItem('keywords', 0),
      () => document.moveItem('keywords', 0, 1),
    ]) {
      expect(edit).toThrow(PostEditError);
      expect(edit).toThrow(tomlMessage);
    }
    const replaced = document.replaceBody('New body\n');
    expect(replaced.text).toBe(text.replace(/Body\n$/, 'New body\n'));
    expect(replaced.frontMatter?.format).toBe('toml');
  });

  it('reports a TOML error at its line and column', () => {
    const bad = '+++\ntitle = "x"\nbroken = = 3\n+++\n';
    const document = parsePost(bad);
    expect(document.data).toBeNull();
    const [diagnostic] = document.diagnostics;
    expect(diagnostic?.rule).toBe('front-matter/syntax');
    expect(diagnostic?.message).toMatch(/^The front matter is not valid TOML: /);
    expect(new LineIndex(bad).position(diagnostic?.from ?? 0)).toEqual({ line: 3, column: 10 });
    roundTrips(bad);
  });

  it('reports an invalid date that quoting would hide', () => {
    const document = parsePost('+++\ndate = 2021-13-45\n+++\n');
    expect(document.data).toBeNull();
    expect(document.diagnostics[0]?.rule).toBe('front-matter/syntax');
  });

  it('handles CRLF TOML', () => {
    const crlf = '+++\r\ntitle = "x"\r\nbad = \r\n+++\r\n';
    const document = parsePost(crlf);
    expect(new LineIndex(crlf).position(document.diagnostics[0]?.from ?? 0).line).toBe(3);
    roundTrips(crlf);
  });
});

describe('JSON front matter', () => {
  const text =
    '{\n  "title": "A JSON post",\n  "date": "2021-05-14",\n  "params": {"author": "jane", "tags": [1, 2]}\n}\nBody\n';

  it('is readable with spans', () => {
    roundTrips(text);
    const document = parsePost(text);
    expect(document.frontMatter?.format).toBe('json');
    expect(document.frontMatter?.content).toEqual({ from: 0, to: text.indexOf('}\nBody') + 1 });
    expect(document.data).toEqual({
      title: 'A JSON post',
      date: '2021-05-14',
      params: { author: 'jane', tags: [1, 2] },
    });
    expect(document.body).toBe('Body\n');
    const value = document.valueSpan('params.author');
    expect(value && text.slice(value.from, value.to)).toBe('"jane"');
    const item = document.valueSpan('params.tags.1');
    expect(item && text.slice(item.from, item.to)).toBe('2');
  });

  it('refuses form edits with a plain message but replaces the body', () => {
    const document = parsePost(text);
    expect(document.readOnlyReason).toBe(jsonMessage);
    expect(() => document.set('title', 'x')).toThrow(jsonMessage);
    expect(document.replaceBody('Other\n').text).toBe(text.replace(/Body\n$/, 'Other\n'));
  });

  it('reports a JSON error at its line and column', () => {
    const bad = '{\n  "title": "x",\n  "date": \n}\nBody\n';
    const document = parsePost(bad);
    expect(document.data).toBeNull();
    const [diagnostic] = document.diagnostics;
    expect(diagnostic?.rule).toBe('front-matter/syntax');
    expect(diagnostic?.message).toBe(
      'The front matter is not valid JSON: expected a value, but "}" is not expected here.',
    );
    expect(new LineIndex(bad).position(diagnostic?.from ?? 0)).toEqual({ line: 4, column: 1 });
    roundTrips(bad);
  });

  it('reports duplicate keys and trailing commas', () => {
    const duplicate = parsePost('{"a": 1, "a": 2}\n');
    expect(duplicate.diagnostics.map((d) => [d.rule, d.from])).toEqual([
      ['front-matter/duplicate-key', 9],
    ]);
    const trailing = parsePost('{"a": 1,}\n');
    expect(trailing.diagnostics[0]?.from).toBe(8);
  });

  it('ends the block at the matching brace, ignoring braces inside strings', () => {
    const document = parsePost('{"title": "a } b \\" {", "p": {"q": 1}}\nBody {not json}\n');
    expect(document.data).toEqual({ title: 'a } b " {', p: { q: 1 } });
    expect(document.body).toBe('Body {not json}\n');
  });
});
