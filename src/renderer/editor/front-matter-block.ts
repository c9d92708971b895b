import { foldNodeProp } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { Tree } from '@lezer/common';
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown';
import { formatForLanguageTag } from '../../shared/post/split';

/** Node names of the front matter's text, by the language it is written in. */
export const frontMatterContentNodes = {
  yaml: 'FrontMatterYAML',
  toml: 'FrontMatterTOML',
  json: 'FrontMatterJSON',
  /** `---js` and other languages Hugo refuses to run. */
  other: 'FrontMatterOther',
} as const;

type ContentFormat = keyof typeof frontMatterContentNodes;

/** Parsers for the front matter's text, by format; a format without one is left plain. */
export type FrontMatterParsers = Partial<Record<ContentFormat, (text: string) => Tree>>;

const BOM = '\ufeff';

/** The language a block is read as: the reader's own rule, `other` for code it refuses. */
function formatOfTag(tag: string, delimiter: '---' | '+++'): ContentFormat {
  if (tag === '') return delimiter === '---' ? 'yaml' : 'toml';
  return formatForLanguageTag(tag) ?? 'other';
}

/** Where the opening line's delimiter starts, past a byte order mark and spaces. */
function openingAt(line: Line): number {
  let pos = line.text.startsWith(BOM) ? 1 : 0;
  while (line.text.charAt(pos) === ' ' || line.text.charAt(pos) === '\t') pos += 1;
  return pos;
}

/**
 * The node holding the front matter's text, with the tree of its own
 * language inside. Parsing it here, rather than through a mixed-language
 * wrapper, keeps edits in the body cheap: a wrapper walks the whole
 * document's tree on every reparse, while this block is simply reused.
 */
function contentElement(
  cx: BlockContext,
  format: ContentFormat,
  from: number,
  text: string,
  parsers: FrontMatterParsers,
): Element {
  const parse = parsers[format];
  const inner = parse ? [cx.elt(parse(text), from)] : [];
  return cx.elt(frontMatterContentNodes[format], from, from + text.length, inner);
}

function parseDelimited(
  cx: BlockContext,
  line: Line,
  start: number,
  delimiter: '---' | '+++',
  parsers: FrontMatterParsers,
): boolean {
  const from = cx.lineStart + start;
  const tag = line.text.slice(start + 3).trim();
  const format = formatOfTag(tag, delimiter);
  const children: Element[] = [cx.elt('FrontMatterMark', from, from + 3)];
  let contentFrom = -1;
  const lines: string[] = [];
  let closing: Element | null = null;
  while (cx.nextLine()) {
    if (line.text.startsWith(delimiter)) {
      closing = cx.elt('FrontMatterMark', cx.lineStart, cx.lineStart + 3);
      cx.nextLine();
      break;
    }
    if (contentFrom < 0) contentFrom = cx.lineStart;
    lines.push(line.text);
  }
  if (contentFrom >= 0) {
    children.push(contentElement(cx, format, contentFrom, lines.join('\n'), parsers));
  }
  if (closing) children.push(closing);
  cx.addElement(cx.elt('FrontMatter', from, cx.prevLineEnd(), children));
  return true;
}

/** Hugo's JSON front matter: from `{` to its matching brace, counted outside strings. */
function parseJson(
  cx: BlockContext,
  line: Line,
  start: number,
  parsers: FrontMatterParsers,
): boolean {
  const from = cx.lineStart + start;
  const lines: string[] = [];
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let pos = start; end < 0;) {
    const text = line.text;
    for (; pos < text.length; pos++) {
      const char = text.charAt(pos);
      if (char === '\\') pos += 1;
      else if (char === '"') inString = !inString;
      else if (!inString && char === '{') depth += 1;
      else if (!inString && char === '}' && --depth === 0) {
        end = cx.lineStart + pos + 1;
        break;
      }
    }
    const first = lines.length === 0 ? start : 0;
    lines.push(text.slice(first, end >= 0 ? end - cx.lineStart : text.length));
    if (end >= 0 || !cx.nextLine()) break;
    pos = 0;
  }
  const to = end >= 0 ? end : cx.prevLineEnd();
  if (end >= 0) cx.nextLine();
  const content = contentElement(cx, 'json', from, lines.join('\n'), parsers);
  cx.addElement(cx.elt('FrontMatter', from, to, [content]));
  return true;
}

/**
 * A Markdown extension that reads the front matter block at the top of a
 * post as Hugo finds it: `---` (YAML, or the language named after it),
 * `+++` (TOML) or a JSON object. The block must start on the first line. A
 * block that is never closed runs to the end of the document, so the front
 * matter of a post being written is highlighted before its closing line is
 * typed; validation reports the missing delimiter.
 */
export function frontMatterBlock(parsers: FrontMatterParsers = {}): MarkdownConfig {
  return {
    defineNodes: [
      { name: 'FrontMatter', block: true },
      { name: 'FrontMatterMark', style: tags.meta },
      ...Object.values(frontMatterContentNodes).map((name) => ({ name })),
    ],
    parseBlock: [
      {
        name: 'FrontMatter',
        before: 'LinkReference',
        parse(cx, line) {
          if (cx.lineStart !== 0 || cx.depth !== 1) return false;
          const start = openingAt(line);
          const text = line.text;
          if (text.startsWith('---', start) && text.charAt(start + 3) !== '-') {
            return parseDelimited(cx, line, start, '---', parsers);
          }
          if (text.startsWith('+++', start) && text.charAt(start + 3) !== '+') {
            return parseDelimited(cx, line, start, '+++', parsers);
          }
          if (text.charAt(start) === '{') return parseJson(cx, line, start, parsers);
          return false;
        },
      },
    ],
    props: [
      foldNodeProp.add({
        FrontMatter: (node, state) => {
          const firstLine = state.doc.lineAt(node.from);
          const lastLine = state.doc.lineAt(node.to);
          return firstLine.to < lastLine.from
            ? { from: firstLine.to, to: lastLine.from - 1 }
            : null;
        },
      }),
    ],
  };
}
