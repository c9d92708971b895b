import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { LineIndex } from '../text/line-index';
import { decodePostBytes } from './decode';
import { parsePost } from './document';
import { PostEditError } from './post-edit-error';
import type { PostDocument } from './types';

function only(document: PostDocument, rule: string): Diagnostic {
  const found = document.diagnostics.filter((diagnostic) => diagnostic.rule === rule);
  expect(found, `${rule} in ${JSON.stringify(document.diagnostics)}`).toHaveLength(1);
  return found[0] as Diagnostic;
}

function where(document: PostDocument, diagnostic: Diagnostic): { line: number; column: number } {
  return new LineIndex(document.text).position(diagnostic.from);
}

/** Unreadable front matter: no data, form edits refused, body and text still there. */
function expectUnreadable(document: PostDocument, text: string): void {
  expect(document.text).toBe(text);
  expect(document.data).toBeNull();
  expect(document.readOnlyReason).toMatch(/\.$/);
  expect(() => document.set('title', 'x')).toThrow(PostEditError);
  expect(document.replaceBody('New body\n').text.endsWith('New body\n')).toBe(true);
}

describe('malformed front matter', () => {
  it('reports a YAML syntax error at its line and column', () => {
    const text = '---\ntitle: A post\nparams:\n\tauthor: jane\n---\nBody\n';
    const document = parsePost(text);
    const diagnostic = only(document, 'front-matter/syntax');
    expect(diagnostic.severity).toBe('error');
    expect(where(document, diagnostic)).toEqual({ line: 4, column: 1 });
    expect(diagnostic.message).toMatch(/tab/);
    expectUnreadable(document, text);
    expect(document.body).toBe('Body\n');
  });

  it('reports an error inside a line at the right column', () => {
    const text = '---\ntitle: x: y\n---\n';
    const document = parsePost(text);
    expect(where(document, only(document, 'front-matter/syntax'))).toEqual({ line: 2, column: 8 });
  });

  it('points an unclosed quote at its opening, naming the line, not at the delimiter', () => {
    const text = '---\ndate: 2021-01-01\ntitle: "Unclosed\n---\n';
    const document = parsePost(text);
    const diagnostic = only(document, 'front-matter/syntax');
    expect(diagnostic.message).toBe(
      'The quoted value that starts at line 3 is never closed: add the closing " quote at its end.',
    );
    expect(where(document, diagnostic)).toEqual({ line: 3, column: 8 });
  });

  it('points an unclosed list at its opening when the parser notices only at the next key', () => {
    const text = '\n---\ntitle: x\nkeywords: [a, b\nparams:\n  author: jason\n---\n';
    const document = parsePost(text);
    const diagnostic = only(document, 'front-matter/syntax');
    expect(diagnostic.message).toBe(
      'The list that starts at line 4 is never closed: add the missing "]" at its end.',
    );
    expect(where(document, diagnostic)).toEqual({ line: 4, column: 11 });
    expect(text.slice(diagnostic.from, diagnostic.to)).toBe('[a, b');
  });

  it('refuses a second YAML document inside the front matter instead of dropping it', () => {
    const document = parsePost('---\ntitle: a\n...\nauthor: b\n---\n');
    expect(where(document, only(document, 'front-matter/syntax'))).toEqual({ line: 4, column: 1 });
    expect(document.data).toBeNull();
  });

  it('treats an unterminated block as body and says so', () => {
    const text = '---\ntitle: Draft\n\nStill writing this.\n';
    const document = parsePost(text);
    const diagnostic = only(document, 'front-matter/unterminated');
    expect(where(document, diagnostic)).toEqual({ line: 1, column: 1 });
    expect(document.frontMatter).toBeNull();
    expect(document.bodyFrom).toBe(0);
    expect(document.body).toBe(text);
    expectUnreadable(document, text);
    expect(document.replaceBody('Replaced\n').text).toBe('Replaced\n');
  });

  it('treats an unterminated block after a BOM and a lone opening line the same way', () => {
    const withBom = parsePost('\ufeff---\ntitle: x\n');
    expect(where(withBom, only(withBom, 'front-matter/unterminated'))).toEqual({
      line: 1,
      column: 2,
    });
    expect(withBom.bodyFrom).toBe(1);
    const lone = parsePost('---');
    expect(only(lone, 'front-matter/unterminated').from).toBe(0);
    const json = parsePost('{"title": "x"\n');
    expect(only(json, 'front-matter/unterminated').message).toMatch(/"}"/);
  });

  it('refuses front matter that is a list or a single value', () => {
    const list = parsePost('---\n- title\n- date\n---\nBody\n');
    expect(where(list, only(list, 'front-matter/not-a-mapping'))).toEqual({ line: 2, column: 1 });
    expect(only(list, 'front-matter/not-a-mapping').message).toMatch(/a list/);
    expectUnreadable(list, '---\n- title\n- date\n---\nBody\n');
    const scalar = parsePost('---\n\n  just some text\n---\n');
    expect(where(scalar, only(scalar, 'front-matter/not-a-mapping'))).toEqual({
      line: 3,
      column: 3,
    });
    expect(scalar.data).toBeNull();
  });

  it('reports duplicate keys as errors but keeps the data readable and the text editable', () => {
    const text =
      '---\ntags: [a]\ntitle: x\nparams:\n  author: a\n  author: b\ntags: [b]\n---\nBody\n';
    const document = parsePost(text);
    const duplicates = document.diagnostics.filter(
      (diagnostic) => diagnostic.rule === 'front-matter/duplicate-key',
    );
    expect(
      duplicates.map((diagnostic) => [where(document, diagnostic), diagnostic.severity]),
    ).toEqual([
      [{ line: 6, column: 3 }, 'error'],
      [{ line: 7, column: 1 }, 'error'],
    ]);
    expect(duplicates[0]?.message).toMatch(/"author"/);
    expect(document.data?.title).toBe('x');
    expect(document.readOnlyReason).toMatch(/more than once/);
    expect(() => document.set('title', 'y')).toThrow(PostEditError);
    expect(document.replaceBody('Other\n').text).toBe(text.replace('Body\n', 'Other\n'));
  });

  it('stops an alias bomb quickly with a diagnostic', () => {
    const lol = (name: string, item: string): string =>
      `${name}: &${name} [${Array(9).fill(item).join(',')}]`;
    const lines = [lol('a', '"lol"')];
    const names = 'bcdefghi'.split('');
    names.forEach((name, i) => lines.push(lol(name, `*${i === 0 ? 'a' : names[i - 1]}`)));
    const text = `---\n${lines.join('\n')}\n---\nBody\n`;
    const started = performance.now();
    const document = parsePost(text);
    expect(performance.now() - started).toBeLessThan(1000);
    const diagnostic = only(document, 'front-matter/alias-limit');
    expect(where(document, diagnostic)).toEqual({ line: 3, column: 8 });
    expectUnreadable(document, text);
  });

  it('reads a few aliases as independent copies', () => {
    const document = parsePost('---\nbase: &base [a, b]\ncopy: *base\n---\n');
    expect(document.diagnostics).toEqual([]);
    const data = document.data as { base: string[]; copy: string[] };
    data.copy.push('c');
    expect(data.base).toEqual(['a', 'b']);
  });

  it('warns about unknown tags and reads the value as text', () => {
    const text = '---\ntitle: !foo Hello\nwhen: !!timestamp 2021-01-01\n---\n';
    const document = parsePost(text);
    const warnings = document.diagnostics.filter(
      (diagnostic) => diagnostic.rule === 'front-matter/unknown-tag',
    );
    expect(warnings.map((warning) => [where(document, warning), warning.severity])).toEqual([
      [{ line: 2, column: 8 }, 'warning'],
      [{ line: 3, column: 7 }, 'warning'],
    ]);
    expect(warnings[0]?.message).toMatch(/"!foo"/);
    expect(document.data).toEqual({ title: 'Hello', when: '2021-01-01' });
    expect(document.readOnlyReason).toBeNull();
  });

  it('refuses front matter larger than 1 MB without parsing it', () => {
    const text = `---\ndescription: ${'x'.repeat(1_100_000)}\n---\nBody\n`;
    const document = parsePost(text);
    expect(where(document, only(document, 'front-matter/too-large'))).toEqual({
      line: 2,
      column: 1,
    });
    expectUnreadable(document, text);
  });

  it('reports NUL characters anywhere in the file', () => {
    const inFrontMatter = parsePost('---\ntitle: a\u0000b\n---\nBody\n');
    const diagnostic = only(inFrontMatter, 'file/nul-byte');
    expect(diagnostic.severity).toBe('error');
    expect(where(inFrontMatter, diagnostic)).toEqual({ line: 2, column: 9 });
    expect(inFrontMatter.data).toBeNull();
    expect(inFrontMatter.readOnlyReason).toMatch(/NUL/);

    const inBody = parsePost('---\ntitle: a\n---\nBo\u0000dy \u0000\n');
    const bodyDiagnostic = only(inBody, 'file/nul-byte');
    expect(where(inBody, bodyDiagnostic)).toEqual({ line: 4, column: 3 });
    expect(bodyDiagnostic.message).toMatch(/2 NUL/);
    expect(inBody.data).toEqual({ title: 'a' });
  });

  it('reads Hugo-style quoted values continued at the left edge, with a warning', () => {
    const text = '---\ntitle: x\ndescription: "First line\nsecond line"\n---\n';
    const document = parsePost(text);
    const warning = only(document, 'front-matter/quote-indent');
    expect(warning.severity).toBe('warning');
    expect(where(document, warning)).toEqual({ line: 3, column: 14 });
    expect(document.data).toEqual({ title: 'x', description: 'First line second line' });
    expect(document.valueSpan('title')).toEqual({ from: 11, to: 12 });
    expect(document.readOnlyReason).toMatch(/indent/);
    expect(() => document.set('title', 'y')).toThrow(PostEditError);
  });
});

describe('invalid UTF-8', () => {
  const encode = (text: string): number[] => [...new TextEncoder().encode(text)];

  function problem(bytes: number[]): { diagnostic: Diagnostic; byteOffset: number } {
    const decoded = decodePostBytes(new Uint8Array(bytes));
    if ('text' in decoded) throw new Error('expected an encoding problem');
    expect(decoded.diagnostic.rule).toBe('file/encoding');
    expect(decoded.diagnostic.severity).toBe('error');
    return decoded;
  }

  it('reports the first invalid byte with its offset, line and column', () => {
    const bytes = [...encode('---\ntitle: Café\n---\nab'), 0xff, ...encode('cd\n')];
    const { diagnostic, byteOffset } = problem(bytes);
    expect(byteOffset).toBe(23);
    // UTF-16 offset: "é" is two bytes but one code unit.
    expect(diagnostic.from).toBe(22);
    expect(diagnostic.message).toContain('offset 23 (line 4, column 3)');
  });

  it('catches truncated, overlong and surrogate sequences', () => {
    expect(problem([...encode('ok'), 0xe2, 0x82]).byteOffset).toBe(2);
    expect(problem([0xc0, 0x80]).byteOffset).toBe(0);
    expect(problem([...encode('a'), 0xed, 0xa0, 0x80]).byteOffset).toBe(1);
    expect(problem([0xf4, 0x90, 0x80, 0x80]).byteOffset).toBe(0);
  });

  it('recognises UTF-16 files', () => {
    expect(problem([0xff, 0xfe, 0x2d, 0x00]).diagnostic.message).toMatch(/UTF-16/);
  });

  it('keeps a UTF-8 BOM in the text', () => {
    const decoded = decodePostBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...encode('---\ntitle: x\n---\n')]),
    );
    expect('text' in decoded && decoded.text).toBe('\ufeff---\ntitle: x\n---\n');
  });

  it('decodes the next file in full after a file that ended inside a character', () => {
    // One decoder serves every file; a truncated sequence must not carry over.
    expect(problem([0x61, 0xe2, 0x82]).byteOffset).toBe(1);
    const decoded = decodePostBytes(new Uint8Array([0xac, ...encode('x')]));
    expect('diagnostic' in decoded).toBe(true);
    const clean = decodePostBytes(new Uint8Array(encode('caf\u00e9')));
    expect('text' in clean && clean.text).toBe('caf\u00e9');
  });
});

describe('executable front matter', () => {
  const globals = globalThis as { __pwned?: unknown };

  it.each(['js', 'javascript', 'JS', 'JavaScript', 'coffee', ' js '])(
    'refuses ---%s without running it',
    (tag) => {
      delete globals.__pwned;
      const text = `---${tag}\n{title: (globalThis.__pwned = 1, 'x')}\n---\nBody\n`;
      const document = parsePost(text);
      expect(globals.__pwned).toBeUndefined();
      const diagnostic = only(document, 'front-matter/executable');
      expect(diagnostic.severity).toBe('error');
      expect(where(document, diagnostic)).toEqual({ line: 1, column: 1 });
      expect(document.data).toBeNull();
      expect(document.frontMatter?.languageTag).toBe(tag.trim());
      expect(document.body).toBe('Body\n');
      expectUnreadable(document, text);
      expect(globals.__pwned).toBeUndefined();
    },
  );

  it('refuses an unterminated ---js block too', () => {
    delete globals.__pwned;
    const document = parsePost('---js\nglobalThis.__pwned = 1\n');
    expect(globals.__pwned).toBeUndefined();
    expect(only(document, 'front-matter/executable').severity).toBe('error');
    expect(document.data).toBeNull();
  });

  it('accepts a yaml/toml/json language name with a warning, since Hugo does not read it', () => {
    const document = parsePost('---yaml\ntitle: x\n---\n');
    expect(document.data).toEqual({ title: 'x' });
    expect(only(document, 'front-matter/language-tag').severity).toBe('warning');
    expect(document.frontMatter?.languageTag).toBe('yaml');
    expect(parsePost('---toml\ntitle = "x"\n---\n').data).toEqual({ title: 'x' });
  });
});

describe("gray-matter's cache", () => {
  it('is never used, so changing one result cannot change another', () => {
    const text = '---\ntitle: Cached?\nparams:\n  author: jane\n---\nBody\n';
    const first = parsePost(text);
    (first.data as { title: string }).title = 'mutated';
    (first.data as { params: { author: string } }).params.author = 'mutated';
    const second = parsePost(text);
    expect(second.data).toEqual({ title: 'Cached?', params: { author: 'jane' } });
    // gray-matter 4 caches by content only when called without options.
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    expect(Object.keys(cache)).not.toContain(text);
  });
});
