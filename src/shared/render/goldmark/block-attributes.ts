import type { StateBlock, StateCore, Token } from 'markdown-it';
import { parseAttributes, type AttributeList } from './attributes';
import { setAttributes } from './headings';

const attributesToken = 'hugo_block_attributes';

/**
 * Hugo's block attributes (`markup.goldmark.parser.attribute.block`,
 * gohugoio/hugo markup/goldmark/internal/extensions/attributes): a line
 * starting with `{…}` that reads as an attribute list is its own block (it
 * interrupts a paragraph; the rest of the line is dropped) and its
 * attributes go to the block right before it, unless a blank line or a
 * fenced code block comes between.
 */
export function blockAttributesRule(
  state: StateBlock,
  startLine: number,
  _endLine: number,
  silent: boolean,
): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.src.charCodeAt(start) !== 0x7b /* { */) return false;
  const parsed = parseAttributes(state.src.slice(start, state.eMarks[startLine]), 0);
  if (!parsed) return false;
  if (silent) return true;
  const token = state.push(attributesToken, '', 0);
  token.map = [startLine, startLine + 1];
  token.meta = {
    attributes: parsed.attributes,
    afterBlankLine: startLine > 0 && state.isEmpty(startLine - 1),
  };
  state.line = startLine + 1;
  return true;
}

/** Moves each attribute block's attributes to the block before it and drops the attribute blocks. */
export function attachBlockAttributes(state: StateCore): void {
  const tokens = state.tokens;
  if (!tokens.some((token) => token.type === attributesToken)) return;
  // Goldmark decides which attribute blocks apply before moving any.
  const applies = new Set<Token>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== attributesToken) continue;
    const previous = previousSibling(tokens, i);
    if (previous && previous.type !== 'fence' && !(token.meta as unknown as Meta).afterBlankLine) {
      applies.add(token);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== attributesToken) continue;
    if (applies.has(token)) {
      const previous = previousSibling(tokens, i);
      if (previous) setAttributes(previous, (token.meta as unknown as Meta).attributes);
    }
    tokens.splice(i, 1);
    i--;
  }
}

interface Meta {
  attributes: AttributeList;
  afterBlankLine: boolean;
}

/** The opening token of the block just before `tokens[index]` in the same parent, if any. */
function previousSibling(tokens: Token[], index: number): Token | null {
  const token = tokens[index]!;
  let i = index - 1;
  const previous = tokens[i];
  if (!previous || previous.level !== token.level) return null;
  if (previous.nesting === 0) return previous;
  if (previous.nesting === 1) return null;
  let depth = 0;
  for (; i >= 0; i--) {
    const candidate = tokens[i]!;
    depth += candidate.nesting;
    if (depth === 0) return candidate;
  }
  return null;
}
