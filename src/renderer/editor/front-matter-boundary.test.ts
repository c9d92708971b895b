import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../shared/post/split';
import { frontMatterRange, postMarkdown } from './markdown-language';

/**
 * Every boundary case through both detectors: the post model's split and the
 * editor's syntax tree must find the same block. (The editor holds LF text,
 * so the cases are LF; `split.test.ts` covers CRLF offsets.)
 */
const boundaryCases: readonly string[] = [
  '---\na: 1\n---\nBody',
  '\n---\na: 1\n---\nBody',
  '\n\n+++\na = 1\n+++\n',
  '  \n\t\n---\na: 1\n---\n',
  ' ---\na: 1\n---\n',
  '    ---\na: 1\n---\n',
  '\ufeff---\na: 1\n---\n',
  '\ufeff\n\n---\na: 1\n---\n',
  '---\na: 1\n---trailing\nBody',
  '---\na: 1\n--- \nBody',
  '---\na: 1\n  ---\n---\n',
  '----\na: 1\n----\n',
  '++++\na = 1\n++++\n',
  '\n----\n',
  'Text\n\n---\na: 1\n---\n',
  '\nText\n---\na: 1\n---\n',
  '> ---\na: 1\n---\n',
  '---\ntitle: x\nauthor: y',
  '+++\n',
  '---',
  '\n\n---',
  '---\n---\n',
  '---\n---',
  '---js\nmodule.exports = {}\n---\n',
  '---toml\na = 1\n---\n',
  '---json\n{"a": 1}\n---\n',
  '---yml\n---\n',
  '+++toml\n+++',
  '{"a": {"b": 1}}\nBody',
  '\n{"a": "}"}\nBody',
  '\ufeff  {"a": 1}\n',
  '{"a": 1',
  '{"a": "x\\"}"}\nBody',
  '{\n  "a": "{",\n  "b": [1, 2]\n}\nBody',
  '{"a": "x\\\n"}\nBody',
  '',
  '\n\n',
  'No front matter.',
];

interface Boundary {
  from: number;
  to: number;
  format: string;
  closed: boolean;
}

function fromSplit(text: string): Boundary | null {
  const split = splitFrontMatter(text);
  if (split.status === 'none') return null;
  const closed = split.status === 'closed';
  // The editor's block ends with the closing delimiter (or the brace); the
  // post model's span also takes the line break after it.
  const closingEnd = split.delimiter === null ? 0 : 3;
  return {
    from: split.openLine.from,
    to: closed && split.content ? split.content.to + closingEnd : text.length,
    format: split.format ?? 'other',
    closed,
  };
}

function fromEditor(text: string): Boundary | null {
  const state = EditorState.create({ doc: text, extensions: [postMarkdown()] });
  return frontMatterRange(state);
}

describe('the front matter boundary', () => {
  it.each(boundaryCases.map((text) => [JSON.stringify(text), text]))(
    'is the same for the post model and the editor: %s',
    (_name, text) => {
      expect(fromEditor(text)).toEqual(fromSplit(text));
    },
  );

  it('sees front matter after blank lines, as Hugo does', () => {
    expect(fromEditor('\n---\na: 1\n---\nBody')).toEqual({
      from: 1,
      to: 13,
      format: 'yaml',
      closed: true,
    });
    expect(fromEditor('\n\n+++\na = 1\n+++\n')).toMatchObject({ from: 2, format: 'toml' });
  });
});
