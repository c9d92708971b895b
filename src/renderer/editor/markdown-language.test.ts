import { ensureSyntaxTree, foldable, LanguageDescription } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { EditorState } from '@codemirror/state';
import { classHighlighter, highlightTree } from '@lezer/highlight';
import { beforeAll, describe, expect, it } from 'vitest';
import { frontMatterRange, postMarkdown } from './markdown-language';

function parsed(doc: string): EditorState {
  const state = EditorState.create({ doc, extensions: [postMarkdown()] });
  ensureSyntaxTree(state, doc.length, 5000);
  return state;
}

/** Each highlighted piece as `text:classes`, the way a theme sees the document. */
function highlights(doc: string): string[] {
  const state = parsed(doc);
  const tree = ensureSyntaxTree(state, doc.length, 5000);
  const found: string[] = [];
  if (tree) {
    highlightTree(tree, classHighlighter, (from, to, classes) =>
      found.push(`${doc.slice(from, to)}:${classes}`),
    );
  }
  return found;
}

describe('front matter', () => {
  it('highlights YAML keys, strings and its delimiters, and keeps the Markdown after it', () => {
    const tokens = highlights('---\ntitle: "Hi"\nparams:\n  author: jason\n---\n## Intro\n');
    expect(tokens).toEqual(
      expect.arrayContaining([
        '---:tok-meta',
        'title:tok-propertyName tok-definition',
        '"Hi":tok-string',
        'author:tok-propertyName tok-definition',
        '##:tok-heading tok-meta',
        ' Intro:tok-heading',
      ]),
    );
    // The closing --- is a delimiter, not a Markdown rule or setext heading underline.
    expect(tokens.filter((token) => token === '---:tok-meta')).toHaveLength(2);
  });

  it('highlights TOML front matter between +++ lines', () => {
    const tokens = highlights(
      '+++\ntitle = "Hi" # note\n[params]\ndraft = true\ndate = 2021-06-17\n+++\nBody\n',
    );
    expect(tokens).toEqual([
      '+++:tok-meta',
      'title:tok-propertyName',
      '=:tok-operator',
      '"Hi":tok-string',
      '# note:tok-comment',
      '[params]:tok-heading',
      'draft:tok-propertyName',
      '=:tok-operator',
      'true:tok-bool',
      'date:tok-propertyName',
      '=:tok-operator',
      '2021-06-17:tok-number',
      '+++:tok-meta',
    ]);
  });

  it('highlights TOML multi-line strings, arrays and inline tables', () => {
    const tokens = highlights('+++\na = """one\ntwo"""\nb = [1, "x"]\nc = { d = 2 }\n+++\n');
    expect(tokens).toEqual(
      expect.arrayContaining([
        '"""one:tok-string',
        'two""":tok-string',
        '1:tok-number',
        '"x":tok-string',
        'd:tok-propertyName',
      ]),
    );
  });

  it('highlights a JSON object at the top as front matter', () => {
    const tokens = highlights('{\n  "title": "Hi",\n  "draft": true\n}\n\nBody');
    expect(tokens).toEqual(
      expect.arrayContaining(['"title":tok-propertyName tok-definition', '"Hi":tok-string']),
    );
  });

  it('reports the block and its format', () => {
    expect(frontMatterRange(parsed('---\na: 1\n---\nBody'))).toEqual({
      from: 0,
      to: 12,
      format: 'yaml',
      closed: true,
    });
    expect(frontMatterRange(parsed('+++\na = 1\n+++\n'))).toEqual({
      from: 0,
      to: 13,
      format: 'toml',
      closed: true,
    });
    expect(frontMatterRange(parsed('---toml\na = 1\n---\n'))?.format).toBe('toml');
    expect(frontMatterRange(parsed('{"a": {"b": 1}}\nBody'))).toEqual({
      from: 0,
      to: 15,
      format: 'json',
      closed: true,
    });
    expect(frontMatterRange(parsed('\ufeff---\na: 1\n---\n'))).toEqual({
      from: 1,
      to: 13,
      format: 'yaml',
      closed: true,
    });
  });

  it('reads --- only on the first line, and ---- not at all', () => {
    expect(frontMatterRange(parsed('Text\n\n---\na: 1\n---\n'))).toBeNull();
    expect(frontMatterRange(parsed('----\na: 1\n----\n'))).toBeNull();
    expect(frontMatterRange(parsed('No front matter.'))).toBeNull();
  });

  it('runs an unclosed block to the end while it is being written', () => {
    expect(frontMatterRange(parsed('---\ntitle: x\nauthor: y'))).toEqual({
      from: 0,
      to: 22,
      format: 'yaml',
      closed: false,
    });
    expect(frontMatterRange(parsed('{"a": 1'))?.closed).toBe(false);
    expect(frontMatterRange(parsed('+++\n'))).toMatchObject({ format: 'toml', closed: false });
  });

  it('leaves a block in a language Hugo refuses unhighlighted', () => {
    const tokens = highlights('---js\nmodule.exports = {}\n---\n');
    expect(tokens).toEqual(['---:tok-meta', '---:tok-meta']);
    expect(frontMatterRange(parsed('---js\nx\n---\n'))?.format).toBe('other');
  });

  it('folds between its delimiters', () => {
    const state = parsed('---\ntitle: x\nauthor: y\n---\nBody');
    expect(foldable(state, 0, 3)).toEqual({ from: 3, to: 22 });
  });
});

describe('Markdown body', () => {
  beforeAll(async () => {
    // The app loads a fence's language when it first sees it; a test waits for it.
    await LanguageDescription.matchLanguageName(languages, 'yaml')?.load();
  });

  it('reads GitHub tables, strikethrough and task lists', () => {
    const doc = '| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~\n\n- [x] done\n';
    expect(highlights(doc)).toEqual(
      expect.arrayContaining([
        '|:tok-heading tok-meta',
        ' a :tok-heading',
        '~~:tok-meta',
        '[x]:tok-atom',
      ]),
    );
    const nodes: string[] = [];
    ensureSyntaxTree(parsed(doc), doc.length)?.iterate({
      enter: (node) => {
        nodes.push(node.name);
      },
    });
    expect(nodes).toEqual(expect.arrayContaining(['Table', 'Strikethrough', 'Task']));
  });

  it('highlights a fenced code block in its language', () => {
    const tokens = highlights('Text\n\n```yaml\nkey: "value"\n```\n');
    expect(tokens).toEqual(
      expect.arrayContaining(['key:tok-propertyName tok-definition', '"value":tok-string']),
    );
  });
});
