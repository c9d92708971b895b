import type { StateCore, Token } from 'markdown-it';
import type { MarkupSettings } from '../markup-settings';
import { isRenderedAttribute, parseAttributes, type AttributeList } from './attributes';
import { HeadingIdFactory } from './heading-ids';
import type { RenderEnv } from '../render-env';

/**
 * Heading attributes and ids as Goldmark's heading parsers set them (before
 * inline parsing, from the heading's source text): a trailing `{#id .class}`
 * when `attribute.title` is on, then an id from the raw text of the
 * heading's last line when `autoHeadingID` is on.
 */
export function headingRule(settings: MarkupSettings) {
  return function headings(state: StateCore): void {
    const env = state.env as RenderEnv;
    env.headingIds ??= new HeadingIdFactory(settings.autoHeadingIDType);
    const ids = env.headingIds;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      const inline = tokens[i + 1];
      if (open?.type !== 'heading_open' || inline?.type !== 'inline') continue;
      const newline = inline.content.lastIndexOf('\n');
      const head = inline.content.slice(0, newline + 1);
      let lastLine = inline.content.slice(newline + 1);
      if (settings.attributeTitle) {
        const found =
          (open.markup.startsWith('#') ? closingSequenceAttributes(lastLine) : null) ??
          lastLineAttributes(lastLine);
        if (found) {
          lastLine = found.text;
          inline.content = head + found.text.trimEnd();
          setAttributes(open, found.attributes);
        }
      }
      if (!settings.autoHeadingID) continue;
      const id = open.attrGet('id');
      if (id !== null) ids.reserve(String(id));
      else open.attrSet('id', ids.generate(lastLine));
    }
  };
}

/** Sets attributes the element may carry, keeping any it already has. */
export function setAttributes(token: Token, attributes: AttributeList): void {
  for (const [name, value] of attributes) {
    if (!isRenderedAttribute(token.tag, name) || token.attrGet(name) !== null) continue;
    token.attrPush([name, value]);
  }
}

interface HeadingAttributes {
  text: string;
  attributes: AttributeList;
}

/** `### Heading ### {#id}`: attributes after a closing sequence (Goldmark's ATX special case). */
function closingSequenceAttributes(line: string): HeadingAttributes | null {
  let closureOpen = -1;
  let closureClose = -1;
  for (let j = 0; j < line.length;) {
    if (line[j] === '\\' && isAsciiPunctuation(line[j + 1])) {
      j += 2;
    } else if ((line[j] === ' ' || line[j] === '\t') && line[j + 1] === '#') {
      closureOpen = j + 1;
      let k = j + 1;
      while (line[k] === '#') k++;
      closureClose = k;
      j = k;
    } else {
      j++;
    }
  }
  if (closureClose < 0) return null;
  const parsed = parseAttributes(line, closureClose);
  if (!parsed || line.slice(parsed.end).trim() !== '') return null;
  return { text: line.slice(0, closureOpen), attributes: parsed.attributes };
}

/** Goldmark's parseLastLineAttributes: the last `{` that reads as attributes, if only spaces follow. */
function lastLineAttributes(line: string): HeadingAttributes | null {
  let result: { start: number; parsed: ReturnType<typeof parseAttributes> } | null = null;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      if (line[i + 1] === '{') i++;
      continue;
    }
    if (line[i] === '{') result = { start: i, parsed: parseAttributes(line, i) };
  }
  if (!result?.parsed || line.slice(result.parsed.end).trim() !== '') return null;
  return { text: line.slice(0, result.start), attributes: result.parsed.attributes };
}

function isAsciiPunctuation(char: string | undefined): boolean {
  return char !== undefined && /[!-/:-@[-`{-~]/.test(char);
}
