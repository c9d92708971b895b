import { defineLanguageFacet, languageDataProp, StringStream } from '@codemirror/language';
import { NodeSet, NodeType, Tree } from '@lezer/common';
import { styleTags, tags } from '@lezer/highlight';

const tokenTags = {
  propertyName: tags.propertyName,
  heading: tags.heading,
  string: tags.string,
  number: tags.number,
  bool: tags.bool,
  comment: tags.lineComment,
  operator: tags.definitionOperator,
  punctuation: tags.punctuation,
  squareBracket: tags.squareBracket,
  brace: tags.brace,
  separator: tags.separator,
} as const;

type TokenName = keyof typeof tokenTags;

const tokenNames = Object.keys(tokenTags) as TokenName[];

const tomlData = defineLanguageFacet({ commentTokens: { line: '#' } });

/**
 * Fixed node types, unlike a `StreamLanguage`, which creates them as tokens
 * first appear: a type created while the tree is being embedded in the
 * Markdown tree lost its highlighting.
 */
const nodeSet = new NodeSet([
  NodeType.define({ id: 0, name: 'TOML', top: true, props: [[languageDataProp, tomlData]] }),
  ...tokenNames.map((name, index) => NodeType.define({ id: index + 1, name })),
]).extend(styleTags(tokenTags));

const typeId = new Map(tokenNames.map((name, index) => [name, index + 1]));

interface TomlState {
  /** Open `[` arrays and `{` inline tables, innermost last. */
  nesting: ('[' | '{')[];
  /** True where a key may come: at the start of a line or after `{` and `,` in an inline table. */
  expectKey: boolean;
  /** The closing delimiter of a multi-line string that runs past the line end. */
  openString: '"""' | "'''" | null;
}

const bareKey = /^[A-Za-z0-9_-]+/;
const dateTime =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|^\d{2}:\d{2}:\d{2}(?:\.\d+)?/;
const number =
  /^[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|inf|nan|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)/;

function readString(stream: StringStream, state: TomlState, close: '"""' | "'''"): TokenName {
  while (!stream.eol()) {
    if (stream.match(close)) {
      // Up to two quotes right after the closer still belong to the string.
      stream.eat(close.charAt(0));
      stream.eat(close.charAt(0));
      state.openString = null;
      return 'string';
    }
    if (stream.next() === '\\' && close === '"""') stream.next();
  }
  state.openString = close;
  return 'string';
}

function readLineString(stream: StringStream, quote: '"' | "'"): void {
  while (!stream.eol()) {
    const char = stream.next();
    if (char === quote) return;
    if (quote === '"' && char === '\\') stream.next();
  }
}

/** Reads one token; null for white space and characters that carry no style. */
function token(stream: StringStream, state: TomlState): TokenName | null {
  if (state.openString) return readString(stream, state, state.openString);
  if (stream.sol() && state.nesting.length === 0) state.expectKey = true;
  if (stream.eatSpace()) return null;
  if (stream.eat('#')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.sol() && state.nesting.length === 0 && stream.match(/^\[\[?[^\]]*\]\]?/)) {
    return 'heading';
  }
  if (state.expectKey) {
    if (stream.match(bareKey)) return 'propertyName';
    const quote = stream.peek();
    if (quote === '"' || quote === "'") {
      stream.next();
      readLineString(stream, quote);
      return 'propertyName';
    }
    if (stream.eat('.')) return 'punctuation';
    if (stream.eat('=')) {
      state.expectKey = false;
      return 'operator';
    }
  }
  if (stream.match('"""')) return readString(stream, state, '"""');
  if (stream.match("'''")) return readString(stream, state, "'''");
  const quote = stream.peek();
  if (quote === '"' || quote === "'") {
    stream.next();
    readLineString(stream, quote);
    return 'string';
  }
  if (stream.match(/^(?:true|false)\b/)) return 'bool';
  if (stream.match(dateTime) || stream.match(number)) return 'number';
  const char = stream.next() ?? '';
  if (char === '[' || char === '{') {
    state.nesting.push(char);
    state.expectKey = char === '{';
    return char === '[' ? 'squareBracket' : 'brace';
  }
  if (char === ']' || char === '}') {
    state.nesting.pop();
    return char === ']' ? 'squareBracket' : 'brace';
  }
  if (char === ',') {
    state.expectKey = state.nesting[state.nesting.length - 1] === '{';
    return 'separator';
  }
  return null;
}

/**
 * A syntax tree for TOML front matter, for highlighting: keys, tables,
 * strings, numbers, dates, booleans and comments. A tokenizer, not a
 * validator: the workspace's validation reports syntax errors.
 */
export function parseToml(text: string): Tree {
  const state: TomlState = { nesting: [], expectKey: true, openString: null };
  const buffer: number[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const stream = new StringStream(line, 4, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      const name = token(stream, state);
      if (stream.pos === stream.start) stream.next();
      const id = name && typeId.get(name);
      if (id) buffer.push(id, lineStart + stream.start, lineStart + stream.pos, 4);
    }
    lineStart += line.length + 1;
  }
  return Tree.build({ buffer, nodeSet, topID: 0, length: text.length });
}
