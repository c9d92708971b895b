/** One `name=value` from an attribute list; values are kept as the HTML attribute text. */
export type AttributeList = [name: string, value: string][];

export interface ParsedAttributes {
  attributes: AttributeList;
  /** Offset just after the closing `}`. */
  end: number;
}

/**
 * Reads a Goldmark attribute list, `{#id .class name="value" flag=true}`,
 * starting at `from` (spaces before the `{` are skipped). Null when the text
 * there is not one. Follows yuin/goldmark parser/attribute.go: ids and classes
 * take letters, digits and `_ - : .`; names start with a letter, `_` or `:`;
 * values are JSON-like strings, numbers, `true`/`false`/`null`, arrays or bare
 * words; classes add up.
 */
export function parseAttributes(text: string, from: number): ParsedAttributes | null {
  const reader = new Reader(text, from);
  reader.skipSpaces();
  if (reader.peek() !== '{') return null;
  reader.pos++;
  const attributes: AttributeList = [];
  for (;;) {
    // Goldmark does not skip spaces here: `{}` and `{ .a }` are lists, `{ }` is not.
    if (reader.peek() === '}') {
      reader.pos++;
      return { attributes, end: reader.pos };
    }
    reader.skipSpaces();
    const attribute = parseAttribute(reader);
    if (!attribute) return null;
    const [name, value] = attribute;
    const existing = name === 'class' ? attributes.find(([n]) => n === 'class') : undefined;
    if (existing) existing[1] = `${existing[1]} ${value}`;
    else attributes.push(attribute);
    reader.skipSpaces();
    if (reader.peek() === ',') {
      reader.pos++;
      reader.skipSpaces();
    }
  }
}

/**
 * Goldmark renders only the attributes an element may carry, plus `data-*`
 * (yuin/goldmark renderer/html GlobalAttributeFilter and the per-element ones).
 */
const globalAttributes = new Set([
  'accesskey',
  'autocapitalize',
  'autofocus',
  'class',
  'contenteditable',
  'dir',
  'draggable',
  'enterkeyhint',
  'hidden',
  'id',
  'inert',
  'inputmode',
  'is',
  'itemid',
  'itemprop',
  'itemref',
  'itemscope',
  'itemtype',
  'lang',
  'part',
  'role',
  'slot',
  'spellcheck',
  'style',
  'tabindex',
  'title',
  'translate',
]);

const elementAttributes: Record<string, readonly string[]> = {
  blockquote: ['cite'],
  ol: ['start', 'reversed', 'type'],
  ul: ['start', 'reversed', 'type'],
  li: ['value'],
  hr: ['align', 'color', 'noshade', 'size', 'width'],
  table: [
    'align',
    'bgcolor',
    'border',
    'cellpadding',
    'cellspacing',
    'frame',
    'rules',
    'summary',
    'width',
  ],
  img: [
    'align',
    'alt',
    'border',
    'crossorigin',
    'decoding',
    'height',
    'importance',
    'intrinsicsize',
    'ismap',
    'loading',
    'referrerpolicy',
    'sizes',
    'srcset',
    'usemap',
    'width',
  ],
};

/** Whether Goldmark renders attribute `name` on element `tag`. */
export function isRenderedAttribute(tag: string, name: string): boolean {
  return (
    globalAttributes.has(name) ||
    name.startsWith('data-') ||
    (elementAttributes[tag]?.includes(name) ?? false)
  );
}

class Reader {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  peek(): string | undefined {
    const char = this.text[this.pos];
    return char === '\n' ? undefined : char;
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /[ \t\f\v\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }
}

function isAsciiPunctuation(char: string): boolean {
  return /[!-/:-@[-`{-~]/.test(char);
}

function isNameStart(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z_:]/.test(char);
}

function readName(reader: Reader): string {
  const start = reader.pos;
  while (/[A-Za-z0-9_:.-]/.test(reader.peek() ?? '')) reader.pos++;
  return reader.text.slice(start, reader.pos);
}

function parseAttribute(reader: Reader): [string, string] | null {
  const first = reader.peek();
  if (first === '#' || first === '.') {
    reader.pos++;
    const start = reader.pos;
    for (;;) {
      const char = reader.peek();
      if (char === undefined || /[ \t\f\v\r]/.test(char)) break;
      if (isAsciiPunctuation(char) && !'_-:.'.includes(char)) break;
      reader.pos++;
    }
    return [first === '#' ? 'id' : 'class', reader.text.slice(start, reader.pos)];
  }
  if (!isNameStart(first)) return null;
  const name = readName(reader);
  reader.skipSpaces();
  if (reader.peek() !== '=') return null;
  reader.pos++;
  reader.skipSpaces();
  const value = parseValue(reader);
  if (value === null) return null;
  if (name === 'class' && value.kind !== 'string') return null;
  return [name, value.text];
}

interface Value {
  kind: 'string' | 'other';
  text: string;
}

function parseValue(reader: Reader): Value | null {
  reader.skipSpaces();
  const char = reader.peek();
  if (char === undefined) return null;
  if (char === '"') return parseString(reader);
  if (char === '[') return parseArray(reader);
  if (char === '{') {
    const start = reader.pos;
    const nested = parseAttributes(reader.text, reader.pos);
    if (!nested) return null;
    reader.pos = nested.end;
    return { kind: 'other', text: reader.text.slice(start, nested.end) };
  }
  if (char === '-' || char === '+' || /[0-9]/.test(char)) return parseNumber(reader);
  if (!isNameStart(char)) return null;
  const word = readName(reader);
  return {
    kind: word === 'true' || word === 'false' || word === 'null' ? 'other' : 'string',
    text: word,
  };
}

function parseString(reader: Reader): Value | null {
  reader.pos++;
  let value = '';
  for (;;) {
    const char = reader.peek();
    if (char === undefined) return null;
    reader.pos++;
    if (char === '"') return { kind: 'string', text: value };
    if (char === '\\') {
      const escaped = reader.peek();
      if (escaped === undefined) return null;
      reader.pos++;
      value += escapes[escaped] ?? escaped;
      continue;
    }
    value += char;
  }
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

function parseNumber(reader: Reader): Value | null {
  const match = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/.exec(
    reader.text.slice(reader.pos),
  );
  if (!match) return null;
  reader.pos += match[0].length;
  return { kind: 'other', text: String(Number(match[0])) };
}

function parseArray(reader: Reader): Value | null {
  const start = reader.pos;
  reader.pos++;
  for (;;) {
    reader.skipSpaces();
    if (reader.peek() === ']') {
      reader.pos++;
      return { kind: 'other', text: reader.text.slice(start, reader.pos) };
    }
    if (parseValue(reader) === null) return null;
    reader.skipSpaces();
    if (reader.peek() === ',') reader.pos++;
  }
}
