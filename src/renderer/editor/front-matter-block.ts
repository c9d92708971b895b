import { foldNodeProp } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { Input, PartialParse, Tree } from '@lezer/common';
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown';
import {
  BYTE_ORDER_MARK,
  JsonBraceMatcher,
  closesFrontMatter,
  formatOfDelimitedBlock,
  isSpaceBeforeFrontMatter,
  openerAt,
  type FrontMatterDelimiter,
} from '../../shared/post/front-matter-boundary';

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

/** The language a block is read as: the reader's own rule, `other` for code it refuses. */
function formatOfTag(tag: string, delimiter: FrontMatterDelimiter): ContentFormat {
  return formatOfDelimitedBlock(tag, delimiter) ?? 'other';
}

/**
 * The text of the parse now advancing. Lezer hands block parsers a line, not
 * the document, but the shared rule lets blank lines stand before the opening
 * delimiter, so the parser must see what comes before the line. Block parsers
 * run synchronously inside `advance`, so the input of the innermost advancing
 * parse is the one they read.
 */
let advancingInput: Input | null = null;

/** Makes a parse's input readable to the block parser while the parse advances. */
class InputScope implements PartialParse {
  constructor(
    private readonly inner: PartialParse,
    private readonly input: Input,
  ) {}

  advance(): Tree | null {
    const outer = advancingInput;
    advancingInput = this.input;
    try {
      return this.inner.advance();
    } finally {
      advancingInput = outer;
    }
  }

  get parsedPos(): number {
    return this.inner.parsedPos;
  }

  get stoppedAt(): number | null {
    return this.inner.stoppedAt;
  }

  stopAt(pos: number): void {
    this.inner.stopAt(pos);
  }
}

/** Whether only a byte order mark and space stand before `lineStart`. */
function onlySpaceBefore(input: Input, lineStart: number): boolean {
  for (let pos = 0; pos < lineStart;) {
    const chunk = input.chunk(pos);
    if (chunk.length === 0) return false;
    for (let i = 0; i < chunk.length && pos + i < lineStart; i++) {
      const char = chunk.charAt(i);
      const allowed = isSpaceBeforeFrontMatter(char) || (pos + i === 0 && char === BYTE_ORDER_MARK);
      if (!allowed) return false;
    }
    pos += chunk.length;
  }
  return true;
}

/** Where the opening line's delimiter may start, past a byte order mark and spaces. */
function openingAt(line: Line, lineStart: number): number {
  let pos = lineStart === 0 && line.text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  while (pos < line.text.length && isSpaceBeforeFrontMatter(line.text.charAt(pos))) pos += 1;
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
  delimiter: FrontMatterDelimiter,
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
    if (closesFrontMatter(line.text, 0, delimiter)) {
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
  // A closed block ends with its closing delimiter, as the post model's does:
  // text after `---` on that line is the body's.
  const to = closing ? closing.to : cx.prevLineEnd();
  cx.addElement(cx.elt('FrontMatter', from, to, children));
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
  const braces = new JsonBraceMatcher();
  let end = -1;
  for (let pos = start; ; pos = 0) {
    const text = line.text;
    const matched = braces.feed(text, pos);
    if (matched >= 0) end = cx.lineStart + matched;
    lines.push(text.slice(pos, matched >= 0 ? matched : text.length));
    if (end >= 0 || !cx.nextLine()) break;
    // The line break the editor's lines leave out, as the post model reads it.
    braces.feed('\n');
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
 * `+++` (TOML) or a JSON object, after nothing but blank space (the rule in
 * `shared/post/front-matter-boundary.ts`). A
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
          if (cx.depth !== 1) return false;
          const start = openingAt(line, cx.lineStart);
          if (cx.lineStart === 0 && start === line.text.length && start > 0) {
            // A line of just a byte order mark (and space) is blank to Hugo;
            // as a paragraph it would stand before the front matter.
            cx.nextLine();
            return true;
          }
          const opener = openerAt(line.text, start);
          if (opener === null) return false;
          if (cx.lineStart > 0) {
            if (!advancingInput || !onlySpaceBefore(advancingInput, cx.lineStart)) return false;
          }
          if (opener === '{') return parseJson(cx, line, start, parsers);
          return parseDelimited(cx, line, start, opener, parsers);
        },
      },
    ],
    wrap: (parse, input) => new InputScope(parse, input),
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
