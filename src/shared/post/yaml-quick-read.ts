import { segmentIndex, segmentKey, type PathSegment } from './field-path';
import { maxFrontMatterLength, type FieldSpans } from './front-matter-reading';
import type { FrontMatterData, FrontMatterValue, TextSpan } from './types';

/*
 * A fast reader for the plain front matter nearly every post has: block
 * mappings and lists, one-line scalars, one-line flow lists of scalars and
 * `|` / `|-` blocks. Reading a post with `yaml`'s parseDocument builds a full
 * syntax tree first and was about half the time of checking a site; this
 * reads the same values and spans in one pass over the lines.
 *
 * It never guesses: on anything outside that subset (comment lines, anchors,
 * tags, flow mappings, multi-line plain or quoted values, folded blocks,
 * tabs, duplicate keys, odd keys…) it returns null and the caller reads the
 * text with `yaml` as before. Whatever it does accept, `yaml` reads to the
 * same data with no error or warning and the same key and value spans; the
 * differential tests in yaml-quick-read.test.ts hold it to that.
 */

/** A value read by the quick reader, with where it is in the text. */
export interface QuickNode {
  /** Start of the value (its first key or `-` for a block collection). */
  from: number;
  /** End of the value, trailing blanks left out, as `contentRange` gives it. */
  to: number;
  entries?: Map<string, QuickEntry>;
  items?: QuickNode[];
}

export interface QuickEntry {
  keyFrom: number;
  keyTo: number;
  node: QuickNode;
}

export interface QuickYamlReading {
  data: FrontMatterData;
  root: QuickNode;
}

/** Values the reader declines to read; `yaml` reads them instead. */
class Decline extends Error {}
const decline = new Decline();

/*
 * Characters whose handling in YAML has corner cases the reader does not
 * reproduce: tabs, control characters, lone CRs, BOMs and Unicode line
 * separators, lone surrogates.
 */
const unusualCharacter =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const nullPlain = /^(?:~|[Nn]ull|NULL)$/;
const boolPlain = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octPlain = /^0o[0-7]+$/;
const intPlain = /^[-+]?[0-9]+$/;
const hexPlain = /^0x[0-9a-fA-F]+$/;
const specialFloatPlain = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const expFloatPlain = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatPlain = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Keys read as plain strings by YAML's core schema and kept as they are by JavaScript objects. */
const reservedKey = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

/** Reads `source` (YAML front matter without its delimiters), or null when it is not plain. */
export function quickReadYaml(source: string): QuickYamlReading | null {
  // Oversized front matter gets its diagnostic from the full reader.
  if (source.length > maxFrontMatterLength || unusualCharacter.test(source)) return null;
  try {
    return new QuickReader(source).read();
  } catch (error) {
    if (error instanceof Decline) return null;
    throw error;
  }
}

/** The key and value spans of the field at `path`, as `yamlFieldSpans` gives them. */
export function quickFieldSpans(
  root: QuickNode,
  path: readonly PathSegment[],
): FieldSpans | undefined {
  let node = root;
  let key: TextSpan | undefined;
  for (const segment of path) {
    if (node.entries) {
      const entry = node.entries.get(segmentKey(segment));
      if (!entry) return undefined;
      key = { from: entry.keyFrom, to: entry.keyTo };
      node = entry.node;
    } else if (node.items) {
      const index = segmentIndex(segment);
      const item = index === undefined ? undefined : node.items[index];
      if (!item) return undefined;
      key = { from: item.from, to: item.to };
      node = item;
    } else {
      return undefined;
    }
  }
  if (!key) return undefined;
  return { key, value: { from: node.from, to: node.to } };
}

const space = 32;

class QuickReader {
  /** Start, end (before the line break) and indentation of every line; indent -1 for blank lines. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];

  constructor(private readonly text: string) {
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      const next = end === -1 ? text.length : end + 1;
      if (end === -1) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      let indent = start;
      while (indent < end && text.charCodeAt(indent) === space) indent += 1;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(indent === end ? -1 : indent - start);
      start = next;
    }
  }

  read(): QuickYamlReading {
    const first = this.nextContentLine(0);
    if (first === this.lineCount || this.indents[first] !== 0) throw decline;
    const result = this.readMapping(first, 0);
    if (this.nextContentLine(result.nextLine) !== this.lineCount) throw decline;
    return { data: result.value as FrontMatterData, root: result.node };
  }

  private get lineCount(): number {
    return this.starts.length;
  }

  /** The first non-blank line from `line`; comment lines are declined. */
  private nextContentLine(line: number): number {
    const current = this.nextNonBlank(line);
    if (current < this.lineCount) {
      const at = (this.starts[current] as number) + (this.indents[current] as number);
      if (this.text.charCodeAt(at) === 0x23 /* # */) throw decline;
    }
    return current;
  }

  /** A block mapping whose keys start at column `column`, the first on line `line`. */
  private readMapping(line: number, column: number): Reading {
    const text = this.text;
    const value: { [key: string]: FrontMatterValue } = {};
    const entries = new Map<string, QuickEntry>();
    let current = line;
    let from = -1;
    let to = 0;
    for (;;) {
      const lineStart = this.starts[current] as number;
      const lineEnd = this.ends[current] as number;
      const keyFrom = lineStart + column;
      let keyTo = keyFrom;
      const firstCode = text.charCodeAt(keyTo);
      if (!isKeyStart(firstCode)) throw decline;
      keyTo += 1;
      while (keyTo < lineEnd && isKeyPart(text.charCodeAt(keyTo))) keyTo += 1;
      if (text.charCodeAt(keyTo) !== 0x3a /* : */) throw decline;
      const afterColon = keyTo + 1;
      if (afterColon < lineEnd && text.charCodeAt(afterColon) !== space) throw decline;
      const key = text.slice(keyFrom, keyTo);
      if (key.length > 1000 || reservedKey.test(key) || entries.has(key)) throw decline;
      if (from === -1) from = keyFrom;

      const read = this.readValue(current, afterColon, column, true);
      value[key] = read.value;
      entries.set(key, { keyFrom, keyTo, node: read.node });
      to = read.tail;

      const next = this.nextContentLine(read.nextLine);
      if (next === this.lineCount)
        return { value, node: { from, to, entries }, tail: to, nextLine: next };
      const indent = this.indents[next] as number;
      if (indent > column) throw decline;
      if (indent < column) return { value, node: { from, to, entries }, tail: to, nextLine: next };
      current = next;
    }
  }

  /** A block list whose `-` marks are at column `column`, the first on line `line`. */
  private readSequence(line: number, column: number): Reading {
    const text = this.text;
    const value: FrontMatterValue[] = [];
    const items: QuickNode[] = [];
    const from = (this.starts[line] as number) + column;
    let current = line;
    let to = from;
    for (;;) {
      const lineStart = this.starts[current] as number;
      const lineEnd = this.ends[current] as number;
      const dash = lineStart + column;
      const afterDash = dash + 1;
      if (afterDash < lineEnd && text.charCodeAt(afterDash) !== space) throw decline;
      const read = this.readValue(current, afterDash, column, false);
      value.push(read.value);
      items.push(read.node);
      to = read.tail;

      const next = this.nextContentLine(read.nextLine);
      const done = (): Reading => ({
        value,
        node: { from, to, items },
        tail: to,
        nextLine: next,
      });
      if (next === this.lineCount) return done();
      const indent = this.indents[next] as number;
      if (indent > column) throw decline;
      if (indent < column || !this.startsItem(next, column)) return done();
      current = next;
    }
  }

  private startsItem(line: number, column: number): boolean {
    const at = (this.starts[line] as number) + column;
    const after = this.text.charCodeAt(at + 1);
    return (
      this.text.charCodeAt(at) === 0x2d /* - */ &&
      (at + 1 >= (this.ends[line] as number) || after === space)
    );
  }

  /**
   * The value after a `key:` (inMapping) or a `-`, starting at `at` on line
   * `line`; `column` is the column of the key or the dash.
   */
  private readValue(line: number, at: number, column: number, inMapping: boolean): Reading {
    const text = this.text;
    const lineEnd = this.ends[line] as number;
    let start = at;
    while (start < lineEnd && text.charCodeAt(start) === space) start += 1;

    if (start === lineEnd || text.charCodeAt(start) === 0x23 /* # */) {
      const next = this.nextContentLine(line + 1);
      if (next < this.lineCount) {
        const indent = this.indents[next] as number;
        if (inMapping && indent === column && this.startsItem(next, column)) {
          return this.readSequence(next, column);
        }
        if (indent > column) {
          if (this.startsItem(next, indent)) return this.readSequence(next, indent);
          const nextStart = (this.starts[next] as number) + indent;
          const nextEnd = this.ends[next] as number;
          if (isKeyStart(text.charCodeAt(nextStart)) && this.looksLikeKey(nextStart, nextEnd)) {
            return this.readMapping(next, indent);
          }
          // A scalar written on the lines below its key, as Prettier wraps long values.
          if (start !== lineEnd) throw decline;
          return this.readScalar(next, nextStart, column, false);
        }
      }
      // An empty value is null; a list item has to say what it is.
      if (!inMapping) throw decline;
      return {
        value: null,
        node: { from: start, to: start },
        tail: this.trimmedLineEnd(line),
        nextLine: line + 1,
      };
    }

    const code = text.charCodeAt(start);
    if (!inMapping && isKeyStart(code) && this.looksLikeKey(start, lineEnd)) {
      return this.readMapping(line, start - (this.starts[line] as number));
    }
    return this.readScalar(line, start, column, inMapping);
  }

  /**
   * A scalar starting at `start` on `line`; continuation lines of a plain
   * scalar must be indented deeper than `column`. Block scalars only directly
   * after a key.
   */
  private readScalar(line: number, start: number, column: number, blockAllowed: boolean): Reading {
    const text = this.text;
    const lineEnd = this.ends[line] as number;
    const code = text.charCodeAt(start);
    if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      const quoted =
        code === 0x22 ? this.doubleQuoted(start, lineEnd) : this.singleQuoted(start, lineEnd);
      this.expectLineEnd(quoted.end, lineEnd);
      return this.scalarReading(quoted.value, start, quoted.end, line);
    }
    if (code === 0x5b /* [ */) return this.flowSequence(line, start, lineEnd);
    if (code === 0x7c /* | */ && blockAllowed) return this.literalBlock(line, start, column);
    if (!canStartPlain(code, text.charCodeAt(start + 1), start + 1 < lineEnd)) throw decline;

    const first = this.plainLine(start, lineEnd);
    let plain = first.text;
    let end = first.end;
    let last = line;
    // Continuation lines fold into one line, joined by spaces.
    while (!first.commented && last + 1 < this.lineCount) {
      const indent = this.indents[last + 1] as number;
      if (indent <= column) break;
      const lineStart = (this.starts[last + 1] as number) + indent;
      const continuation = this.plainLine(lineStart, this.ends[last + 1] as number);
      const startCode = text.charCodeAt(lineStart);
      if (
        continuation.commented ||
        !canStartPlain(startCode, text.charCodeAt(lineStart + 1), true)
      ) {
        throw decline;
      }
      plain += ` ${continuation.text}`;
      end = continuation.end;
      last += 1;
    }
    return { ...this.scalarReading(resolvePlain(plain), start, end, last), nextLine: last + 1 };
  }

  /** One line of a plain scalar: up to a comment, trailing blanks left out. */
  private plainLine(
    start: number,
    lineEnd: number,
  ): { text: string; end: number; commented: boolean } {
    const text = this.text;
    let end = start;
    while (
      end < lineEnd &&
      !(text.charCodeAt(end) === 0x23 && text.charCodeAt(end - 1) === space)
    ) {
      end += 1;
    }
    const commented = end < lineEnd;
    while (end > start && text.charCodeAt(end - 1) === space) end -= 1;
    const plain = text.slice(start, end);
    if (plain.includes(': ') || plain.endsWith(':')) throw decline;
    return { text: plain, end, commented };
  }

  private looksLikeKey(start: number, lineEnd: number): boolean {
    let at = start + 1;
    while (at < lineEnd && isKeyPart(this.text.charCodeAt(at))) at += 1;
    return (
      this.text.charCodeAt(at) === 0x3a &&
      (at + 1 >= lineEnd || this.text.charCodeAt(at + 1) === space)
    );
  }

  private scalarReading(value: FrontMatterValue, from: number, to: number, line: number): Reading {
    return { value, node: { from, to }, tail: this.trimmedLineEnd(line), nextLine: line + 1 };
  }

  /** After a closed value only blanks or a comment may follow on its line. */
  private expectLineEnd(at: number, lineEnd: number): void {
    let current = at;
    while (current < lineEnd && this.text.charCodeAt(current) === space) current += 1;
    if (current === lineEnd) return;
    if (current === at || this.text.charCodeAt(current) !== 0x23) throw decline;
  }

  private trimmedLineEnd(line: number): number {
    let end = this.ends[line] as number;
    while (end > 0 && this.text.charCodeAt(end - 1) === space) end -= 1;
    return end;
  }

  private doubleQuoted(open: number, lineEnd: number): { value: string; end: number } {
    const text = this.text;
    let value = '';
    let runStart = open + 1;
    let at = open + 1;
    while (at < lineEnd) {
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        return { value: value + text.slice(runStart, at), end: at + 1 };
      }
      if (code === 0x5c /* \ */) {
        value += text.slice(runStart, at);
        const escape = text.charAt(at + 1);
        const simple = simpleEscapes[escape];
        if (simple !== undefined) {
          value += simple;
          at += 2;
        } else {
          const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : 0;
          const hex = text.slice(at + 2, at + 2 + digits);
          if (digits === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw decline;
          const codePoint = parseInt(hex, 16);
          if (codePoint >= 0xd800 && codePoint <= 0xdfff) throw decline;
          value += String.fromCharCode(codePoint);
          at += 2 + digits;
        }
        runStart = at;
        continue;
      }
      at += 1;
    }
    throw decline;
  }

  private singleQuoted(open: number, lineEnd: number): { value: string; end: number } {
    const text = this.text;
    let value = '';
    let runStart = open + 1;
    let at = open + 1;
    while (at < lineEnd) {
      if (text.charCodeAt(at) === 0x27) {
        value += text.slice(runStart, at);
        if (text.charCodeAt(at + 1) !== 0x27 || at + 1 >= lineEnd) return { value, end: at + 1 };
        value += "'";
        at += 2;
        runStart = at;
        continue;
      }
      at += 1;
    }
    throw decline;
  }

  /** `[a, "b", c]` on one line, scalars only. */
  private flowSequence(line: number, open: number, lineEnd: number): Reading {
    const text = this.text;
    const value: FrontMatterValue[] = [];
    const items: QuickNode[] = [];
    let at = open + 1;
    for (;;) {
      while (at < lineEnd && text.charCodeAt(at) === space) at += 1;
      if (at >= lineEnd) throw decline;
      const code = text.charCodeAt(at);
      if (code === 0x5d /* ] */) {
        if (items.length > 0) throw decline;
        break;
      }
      let itemEnd: number;
      if (code === 0x22 || code === 0x27) {
        const quoted =
          code === 0x22 ? this.doubleQuoted(at, lineEnd) : this.singleQuoted(at, lineEnd);
        value.push(quoted.value);
        itemEnd = quoted.end;
      } else {
        if (!canStartPlain(code, text.charCodeAt(at + 1), at + 1 < lineEnd)) throw decline;
        let end = at;
        while (end < lineEnd) {
          const inner = text.charCodeAt(end);
          if (inner === 0x2c /* , */ || inner === 0x5d) break;
          if (inner === 0x5b || inner === 0x7b || inner === 0x7d || inner === 0x3a) throw decline;
          if (inner === 0x23 && text.charCodeAt(end - 1) === space) throw decline;
          end += 1;
        }
        itemEnd = end;
        while (itemEnd > at && text.charCodeAt(itemEnd - 1) === space) itemEnd -= 1;
        value.push(resolvePlain(text.slice(at, itemEnd)));
      }
      items.push({ from: at, to: itemEnd });
      at = itemEnd;
      while (at < lineEnd && text.charCodeAt(at) === space) at += 1;
      const separator = text.charCodeAt(at);
      if (at < lineEnd && separator === 0x2c) {
        at += 1;
        continue;
      }
      if (at < lineEnd && separator === 0x5d) break;
      throw decline;
    }
    const close = at + 1;
    this.expectLineEnd(close, lineEnd);
    return {
      value,
      node: { from: open, to: close, items },
      tail: this.trimmedLineEnd(line),
      nextLine: line + 1,
    };
  }

  /** `|` or `|-` with its lines indented deeper than the key at `column`. */
  private literalBlock(line: number, bar: number, column: number): Reading {
    const text = this.text;
    const lineEnd = this.ends[line] as number;
    let at = bar + 1;
    const strip = text.charCodeAt(at) === 0x2d;
    if (strip) at += 1;
    this.expectLineEnd(at, lineEnd);

    const first = this.nextNonBlank(line + 1);
    if (first === this.lineCount) throw decline;
    const indent = this.indents[first] as number;
    if (indent <= column) throw decline;
    let last = first;
    let current = first;
    const parts: string[] = [];
    for (; current < this.lineCount; current += 1) {
      const lineIndent = this.indents[current] as number;
      const start = this.starts[current] as number;
      const end = this.ends[current] as number;
      if (lineIndent === -1) {
        // A blank line with spaces beyond the block's indentation is content in YAML.
        if (end - start > indent) throw decline;
        parts.push('');
        continue;
      }
      if (lineIndent < indent) break;
      parts.push(text.slice(start + indent, end));
      last = current;
    }
    // Blank lines before the first content line hold only line breaks.
    for (let blank = line + 1; blank < first; blank += 1) {
      if ((this.ends[blank] as number) - (this.starts[blank] as number) > indent) throw decline;
    }
    if (last + 1 >= this.lineCount && (this.ends[last] as number) === text.length) throw decline;
    const leading = '\n'.repeat(first - line - 1);
    const content = leading + parts.slice(0, last - first + 1).join('\n');
    return {
      value: strip ? content : `${content}\n`,
      node: { from: bar, to: this.trimmedLineEnd(last) },
      tail: this.trimmedLineEnd(last),
      nextLine: last + 1,
    };
  }

  /** The first non-blank line from `line`; inside a block scalar a `#` line is text. */
  private nextNonBlank(line: number): number {
    let current = line;
    while (current < this.lineCount && this.indents[current] === -1) current += 1;
    return current;
  }
}

interface Reading {
  value: FrontMatterValue;
  node: QuickNode;
  /** End of the value's last line with its comment, blanks left out: where an enclosing block ends. */
  tail: number;
  nextLine: number;
}

const simpleEscapes: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
  a: '\u0007',
  v: '\v',
  e: '\u001b',
};

function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isKeyPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** Whether a plain scalar may start with `code` (followed by `next`); indicators may not. */
function canStartPlain(code: number, next: number, hasNext: boolean): boolean {
  switch (code) {
    case 0x2d: // -
    case 0x3f: // ?
    case 0x3a: // :
      return hasNext && next !== space && next !== 0x2c && next !== 0x5b && next !== 0x5d;
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return false;
    default:
      return true;
  }
}

/** A plain scalar as YAML's core schema reads it. */
function resolvePlain(plain: string): FrontMatterValue {
  const code = plain.charCodeAt(0);
  // Only these can start a null, a boolean or a number.
  const special =
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x2b ||
    code === 0x2e ||
    code === 0x7e ||
    code === 0x6e ||
    code === 0x4e ||
    code === 0x74 ||
    code === 0x54 ||
    code === 0x66 ||
    code === 0x46;
  if (!special) return plain;
  if (nullPlain.test(plain)) return null;
  if (boolPlain.test(plain)) return plain[0] === 't' || plain[0] === 'T';
  if (octPlain.test(plain)) return parseInt(plain.substring(2), 8);
  if (intPlain.test(plain)) return parseInt(plain, 10);
  if (hexPlain.test(plain)) return parseInt(plain.substring(2), 16);
  if (specialFloatPlain.test(plain)) {
    if (plain.slice(-3).toLowerCase() === 'nan') return NaN;
    return plain[0] === '-' ? -Infinity : Infinity;
  }
  if (expFloatPlain.test(plain) || floatPlain.test(plain)) return parseFloat(plain);
  return plain;
}
