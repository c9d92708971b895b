import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePost } from './document';
import { lineChange } from './line-diff';
import { PostEditError } from './post-edit-error';
import type { FrontMatterValue, PostDocument } from './types';

const examples = fileURLToPath(new URL('../../../test/fixtures/examples/', import.meta.url));
const legacy = readFileSync(`${examples}icymi-march-2019-legacy.md`, 'utf8');
const recap = readFileSync(`${examples}kubecon-eu-2021-recap.md`, 'utf8');

/** Applies an edit, checks the result reads back as intended, and returns the new text. */
function edited(text: string, edit: (document: PostDocument) => PostDocument): string {
  const document = parsePost(text);
  const result = edit(document);
  const reread = parsePost(result.text);
  expect(reread.data).toEqual(result.data);
  expect(reread.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(reread.body).toBe(document.body);
  return result.text;
}

describe('set', () => {
  it('replaces a scalar in place, keeping its comment and quotes', () => {
    const text = "---\ntitle: 'Old' # keep me\nslug: old\n---\nBody\n";
    expect(edited(text, (d) => d.set('title', "It's new"))).toBe(
      "---\ntitle: 'It''s new' # keep me\nslug: old\n---\nBody\n",
    );
    expect(edited(text, (d) => d.set('slug', 'new-slug'))).toBe(
      "---\ntitle: 'Old' # keep me\nslug: new-slug\n---\nBody\n",
    );
  });

  it('keeps a |- block for a title written that way', () => {
    const text = '---\ntitle: |-\n  Workshop Recap: Vault\nkeywords: [a]\n---\n';
    expect(edited(text, (d) => d.set('title', 'Changed title'))).toBe(
      '---\ntitle: |-\n  Changed title\nkeywords: [a]\n---\n',
    );
    expect(edited(text, (d) => d.set('title', 'Two\nlines'))).toBe(
      '---\ntitle: |-\n  Two\n  lines\nkeywords: [a]\n---\n',
    );
  });

  it('writes multi-line text as a |- block and keeps a same-line comment on the header', () => {
    const text = '---\ndescription: short # why\ntitle: x\n---\n';
    expect(edited(text, (d) => d.set('description', 'First\n\nSecond'))).toBe(
      '---\ndescription: |- # why\n  First\n\n  Second\ntitle: x\n---\n',
    );
  });

  it('quotes only what needs quoting, in the quote style the file uses', () => {
    const plain = '---\ntitle: x\n---\n';
    const value = (v: FrontMatterValue): string =>
      edited(plain, (d) => d.set('value', v))
        .split('\n')[2]
        ?.slice('value: '.length) ?? '';
    expect(value('simple text')).toBe('simple text');
    expect(value('yes')).toBe("'yes'");
    expect(value('2.14')).toBe("'2.14'");
    expect(value('a: b')).toBe("'a: b'");
    expect(value('C# rocks')).toBe('C# rocks');
    expect(value('tag #1')).toBe("'tag #1'");
    expect(value(' padded ')).toBe("' padded '");
    expect(value('2021-05-14')).toBe('2021-05-14');
    expect(value(42)).toBe('42');
    expect(value(true)).toBe('true');
    expect(value(null)).toBe('null');
    expect(edited(plain, (d) => d.set('value', '  starts with spaces\nand breaks'))).toBe(
      '---\ntitle: x\nvalue: "  starts with spaces\\nand breaks"\n---\n',
    );
    const double = '---\ntitle: "x"\nslug: "y"\n---\n';
    expect(edited(double, (d) => d.set('description', 'a: b'))).toContain('description: "a: b"\n');
  });

  it('follows a file that single-quotes every string (the legacy draft)', () => {
    const result = edited(legacy, (d) => d.set('description', 'Talks from the meetup'));
    expect(lineChange(legacy, result).newLines).toContain("description: 'Talks from the meetup'\n");
    expect(lineChange(legacy, result).oldEnd).toBe(lineChange(legacy, result).start);
  });

  it('creates missing groups with the file indentation', () => {
    const text = '---\ntitle: x\nother:\n    deep: 1\n---\n';
    expect(edited(text, (d) => d.set('params.videoSchema.0.title', 'T'))).toBe(
      '---\ntitle: x\nother:\n    deep: 1\nparams:\n    videoSchema:\n        - title: T\n---\n',
    );
  });

  it('adds a key at the end of its group', () => {
    const text = '---\nparams:\n  author: jane # who\n  # note about params\nslug: s\n---\n';
    expect(edited(text, (d) => d.set('params.cover', 'cover.png'))).toBe(
      '---\nparams:\n  author: jane # who\n  cover: cover.png\n  # note about params\nslug: s\n---\n',
    );
  });

  it('fills an empty value or an empty flow group', () => {
    expect(edited('---\nparams:\ntitle: x\n---\n', (d) => d.set('params.author', 'me'))).toBe(
      '---\nparams:\n  author: me\ntitle: x\n---\n',
    );
    expect(edited('---\nparams: {}\n---\n', (d) => d.set('params.author', 'me'))).toBe(
      '---\nparams: {author: me}\n---\n',
    );
    expect(edited('---\ntitle:\n---\n', (d) => d.set('title', 'Now set'))).toBe(
      '---\ntitle: Now set\n---\n',
    );
  });

  it('writes a list or group value as a block in the file style', () => {
    const text = '---\ntitle: x\nkeywords: [a]\n---\n';
    expect(edited(text, (d) => d.set('tags', ['p', 'q']))).toBe(
      '---\ntitle: x\nkeywords: [a]\ntags: [p, q]\n---\n',
    );
    expect(edited(text, (d) => d.set('params', { author: 'me', showCover: true }))).toBe(
      '---\ntitle: x\nkeywords: [a]\nparams:\n  author: me\n  showCover: true\n---\n',
    );
    const blockLists = '---\noutputs:\n- HTML\n---\n';
    expect(edited(blockLists, (d) => d.set('formats', ['a', 'b']))).toBe(
      '---\noutputs:\n- HTML\nformats:\n- a\n- b\n---\n',
    );
  });

  it('changes only the touched keys when a whole group is set', () => {
    const text =
      '---\nparams:\n  author: jane # who\n  # cover comment\n  cover: a.png\n  old: 1\ntitle: x\n---\n';
    expect(edited(text, (d) => d.set('params', { author: 'jane', cover: 'b.png', added: 2 }))).toBe(
      '---\nparams:\n  author: jane # who\n  # cover comment\n  cover: b.png\n  added: 2\ntitle: x\n---\n',
    );
  });

  it('does nothing when the value is unchanged', () => {
    const document = parsePost('---\ntitle: Same\n---\n');
    expect(document.set('title', 'Same')).toBe(document);
  });

  it('creates a front matter block in a file without one', () => {
    expect(edited('Body only\n', (d) => d.set('title', 'New'))).toBe(
      '---\ntitle: New\n---\nBody only\n',
    );
    expect(edited('\ufeffLine one\r\nLine two\r\n', (d) => d.set('params.author', 'me'))).toBe(
      '\ufeff---\r\nparams:\r\n  author: me\r\n---\r\nLine one\r\nLine two\r\n',
    );
    expect(edited('', (d) => d.insertItem('params.videoSchema', 0, { title: 'T' }))).toBe(
      '---\nparams:\n  videoSchema:\n    - title: T\n---\n',
    );
  });

  it('fills empty front matter', () => {
    expect(edited('---\n---\nBody', (d) => d.set('title', 'New'))).toBe(
      '---\ntitle: New\n---\nBody',
    );
    expect(edited('---\n# only a comment\n---\n', (d) => d.set('title', 'New'))).toBe(
      '---\n# only a comment\ntitle: New\n---\n',
    );
  });

  it('refuses impossible paths with a plain message', () => {
    const document = parsePost('---\ntitle: x\nlist: [a]\n---\n');
    expect(() => document.set('title.sub', 'y')).toThrow(/"title" holds a single value/);
    expect(() => document.set('list.5', 'y')).toThrow(/past the end/);
    expect(() => document.set('title', undefined as unknown as string)).toThrow(PostEditError);
    expect(() => document.set('title', new Date() as unknown as string)).toThrow(PostEditError);
  });

  it('refuses an edit that would change other values through an alias', () => {
    const document = parsePost('---\nname: &who jane\nauthor: *who\n---\n');
    expect(document.data).toEqual({ name: 'jane', author: 'jane' });
    expect(() => document.set('name', 'john')).toThrow(PostEditError);
  });
});

describe('unusual layouts', () => {
  const text = [
    '---',
    'nested:',
    '  - - a',
    '    - b',
    'multi: [a,',
    '  b, c]',
    'plain: this is a',
    '  multi line plain',
    'keep: |+',
    '  kept',
    '',
    'tagged: !!str 123',
    'anchor: &a {k: v}',
    'ref: *a',
    '? explicit',
    ': value',
    '---',
    '',
  ].join('\n');

  it('edits compact nested lists, multi-line flow lists and multi-line plain text', () => {
    expect(edited(text, (d) => d.set('nested.0.1', 'B'))).toBe(text.replace('    - b', '    - B'));
    expect(edited(text, (d) => d.insertItem('multi', 1, 'q'))).toBe(
      text.replace('multi: [a,\n  b, c]', 'multi: [a, q, b, c]'),
    );
    expect(edited(text, (d) => d.set('plain', 'short'))).toBe(
      text.replace('plain: this is a\n  multi line plain', 'plain: short'),
    );
  });

  it('keeps a |+ block and its kept blank lines, and drops an explicit tag when the type changes', () => {
    expect(edited(text, (d) => d.set('keep', 'new\n\n'))).toBe(text.replace('  kept\n', '  new\n'));
    expect(edited(text, (d) => d.delete('keep'))).toBe(text.replace('keep: |+\n  kept\n\n', ''));
    expect(edited(text, (d) => d.set('tagged', 42))).toBe(
      text.replace('tagged: !!str 123', 'tagged: 42'),
    );
  });

  it('refuses edits through aliases and explicit keys rather than guess', () => {
    const document = parsePost(text);
    expect(document.get('ref.k')).toBe('v');
    expect(() => document.set('ref.k', 'w')).toThrow(PostEditError);
    expect(() => document.set('anchor.k', 'w')).toThrow(PostEditError);
    expect(() => document.set('explicit', 'w')).toThrow(PostEditError);
  });
});

describe('line endings', () => {
  const crlf = '---\r\ntitle: A\r\nparams:\r\n  author: x\r\n---\r\nBody\r\n';

  it('writes CRLF lines into a CRLF file', () => {
    expect(edited(crlf, (d) => d.set('title', 'B'))).toBe(crlf.replace('title: A', 'title: B'));
    expect(
      edited(crlf, (d) => d.set('params.videoSchema', [{ title: 'T', description: 'a\nb' }])),
    ).toBe(
      '---\r\ntitle: A\r\nparams:\r\n  author: x\r\n  videoSchema:\r\n    - title: T\r\n      description: |-\r\n        a\r\n        b\r\n---\r\nBody\r\n',
    );
    expect(edited(crlf, (d) => d.delete('params.author').set('slug', 's'))).toBe(
      '---\r\ntitle: A\r\nparams: {}\r\nslug: s\r\n---\r\nBody\r\n',
    );
  });

  it('uses the neighbouring line ending in a mixed file', () => {
    const mixed = '---\ntitle: A\nparams:\r\n  author: x\r\n---\nBody\n';
    expect(edited(mixed, (d) => d.set('params.cover', 'c'))).toBe(
      '---\ntitle: A\nparams:\r\n  author: x\r\n  cover: c\r\n---\nBody\n',
    );
    const lfEnd = '---\r\ntitle: A\nslug: s\n---\r\n';
    expect(edited(lfEnd, (d) => d.set('date', '2021-01-01'))).toBe(
      '---\r\ntitle: A\nslug: s\ndate: 2021-01-01\n---\r\n',
    );
  });

  it('edits a file without a final newline', () => {
    expect(edited('---\ntitle: A\n---', (d) => d.set('title', 'B'))).toBe('---\ntitle: B\n---');
    expect(parsePost('---\ntitle: A\n---').replaceBody('Hello').text).toBe(
      '---\ntitle: A\n---\nHello',
    );
  });
});

describe('comments survive edits elsewhere', () => {
  const text = [
    '---',
    '# Front matter for the post',
    'title: A # the title',
    '# keywords below',
    'keywords: [a, b] # kw',
    'params: # params',
    '  author: x # who',
    '  # end of params',
    '---',
    '',
  ].join('\n');

  it('keeps full-line and inline comments', () => {
    const result = edited(text, (d) =>
      d
        .set('title', 'B')
        .insertItem('keywords', 2, 'c')
        .set('params.author', 'z')
        .delete('params.author')
        .set('slug', 's'),
    );
    expect(result).toBe(
      [
        '---',
        '# Front matter for the post',
        'title: B # the title',
        '# keywords below',
        'keywords: [a, b, c] # kw',
        'params: {} # params',
        '  # end of params',
        'slug: s',
        '---',
        '',
      ].join('\n'),
    );
  });
});

describe('delete', () => {
  it('removes exactly the key lines', () => {
    const text = '---\ntitle: x\ndescription: |-\n  long\n  text\n# c\nslug: s\n---\n';
    expect(edited(text, (d) => d.delete('description'))).toBe('---\ntitle: x\n# c\nslug: s\n---\n');
    expect(edited(text, (d) => d.delete('missing'))).toBe(text);
  });

  it('removes the first key of a list item by moving the next one beside the dash', () => {
    expect(edited('---\nlist:\n  - a: 1\n    b: 2\n---\n', (d) => d.delete('list.0.a'))).toBe(
      '---\nlist:\n  - b: 2\n---\n',
    );
    expect(edited('---\nlist:\n  - a: 1\n---\n', (d) => d.delete('list.0.a'))).toBe(
      '---\nlist:\n  - {}\n---\n',
    );
  });

  it('removes a flow entry by rewriting only that collection', () => {
    expect(edited('---\nparams: {a: 1, b: 2} # c\n---\n', (d) => d.delete('params.a'))).toBe(
      '---\nparams: {b: 2} # c\n---\n',
    );
  });
});

describe('list items', () => {
  const entry = {
    title: 'A new talk',
    description: 'What it covered.',
    embedUrl: 'https://youtu.be/abc',
    thumbnailUrl: 'http://i3.ytimg.com/vi/abc/maxresdefault.jpg',
    uploadDate: '2021-05-14',
    duration: 'PT1M2S',
  };

  it('inserts an entry laid out like the others in the recap draft', () => {
    const result = edited(recap, (d) => d.insertItem('params.videoSchema', 2, entry));
    const change = lineChange(recap, result);
    expect(change.oldEnd).toBe(change.start);
    const added = change.newLines.slice(change.start, change.newEnd).join('');
    expect(added).toContain('    - title: A new talk\n');
    expect(added).toContain('      description: |-\n        What it covered.\n');
    expect(added).toContain('      uploadDate: 2021-05-14\n');
    expect(parsePost(result).get('params.videoSchema.2')).toEqual(entry);
  });

  it('removes and moves entries as whole line blocks', () => {
    const document = parsePost(recap);
    const titles = (text: string): unknown[] =>
      (parsePost(text).get('params.videoSchema') as { title: string }[]).map(
        (video) => video.title,
      );
    const before = titles(recap);
    const removed = edited(recap, (d) => d.removeItem('params.videoSchema', 1));
    expect(titles(removed)).toEqual(before.filter((_, i) => i !== 1));
    const change = lineChange(recap, removed);
    expect(change.newEnd).toBe(change.start);
    const moved = edited(recap, (d) => d.moveItem('params.videoSchema', 0, 3));
    const expected = [...before];
    expected.splice(3, 0, ...expected.splice(0, 1));
    expect(titles(moved)).toEqual(expected);
    expect(moved.split('\n').sort()).toEqual(recap.split('\n').sort());
    expect(document.moveItem('params.videoSchema', 2, 2)).toBe(document);
  });

  it('copies the file sequence indentation', () => {
    const text = '---\nlist:\n- a: 1\n  b: 2\ntitle: x\n---\n';
    expect(edited(text, (d) => d.insertItem('list', 0, { a: 0, b: 0 }))).toBe(
      '---\nlist:\n- a: 0\n  b: 0\n- a: 1\n  b: 2\ntitle: x\n---\n',
    );
  });

  it('edits flow sequences without padding, keeping the other items as written', () => {
    const text = "---\nkeywords: [linkerd, '2.14', vault]\n---\n";
    expect(edited(text, (d) => d.insertItem('keywords', 1, 'new'))).toBe(
      "---\nkeywords: [linkerd, new, '2.14', vault]\n---\n",
    );
    expect(edited(text, (d) => d.removeItem('keywords', 0))).toBe(
      "---\nkeywords: ['2.14', vault]\n---\n",
    );
    expect(edited(text, (d) => d.moveItem('keywords', 2, 0))).toBe(
      "---\nkeywords: [vault, linkerd, '2.14']\n---\n",
    );
    expect(edited('---\nlist: [a,b]\n---\n', (d) => d.insertItem('list', 2, 'c'))).toBe(
      '---\nlist: [a,b,c]\n---\n',
    );
  });

  it('turns an empty flow list into a block when it gains an entry', () => {
    expect(edited('---\nlist: []\n---\n', (d) => d.insertItem('list', 0, { a: 1 }))).toBe(
      '---\nlist:\n  - a: 1\n---\n',
    );
  });

  it('leaves an empty list when the last item goes', () => {
    expect(edited('---\nlist:\n  - a\ntitle: x\n---\n', (d) => d.removeItem('list', 0))).toBe(
      '---\nlist: []\ntitle: x\n---\n',
    );
  });

  it('refuses positions that do not exist', () => {
    const document = parsePost('---\nlist:\n  - a\n---\n');
    expect(() => document.insertItem('list', 3, 'b')).toThrow(PostEditError);
    expect(() => document.removeItem('list', 1)).toThrow(/has no item 1/);
    expect(() => document.moveItem('list', 0, 1)).toThrow(PostEditError);
    expect(() => document.removeItem('missing', 0)).toThrow(/no list "missing"/);
    expect(() => parsePost('---\ntitle: x\n---\n').insertItem('title', 0, 'a')).toThrow(
      /not a list/,
    );
  });
});

describe('replaceBody', () => {
  it('replaces everything after the front matter and keeps the block as it was', () => {
    const text = '\ufeff---\r\ntitle: x # c\r\n---\r\nOld body\r\n';
    const replaced = parsePost(text).replaceBody('New body\r\n');
    expect(replaced.text).toBe('\ufeff---\r\ntitle: x # c\r\n---\r\nNew body\r\n');
    expect(replaced.data).toEqual({ title: 'x' });
    expect(parsePost('No front matter').replaceBody('Other').text).toBe('Other');
  });
});
