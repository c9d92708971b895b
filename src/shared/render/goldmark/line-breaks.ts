import type { StateInline } from 'markdown-it';

/**
 * Line ends as Goldmark reads them: two or more trailing spaces make a hard
 * break, anything else a soft one, and trailing white space (tabs too) is
 * dropped either way. markdown-it keeps trailing tabs in the text.
 */
export function lineBreakRule(state: StateInline, silent: boolean): boolean {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x0a) return false;
  if (!silent) {
    const pending = state.pending;
    const hard = pending.endsWith('  ');
    let end = pending.length;
    while (end > 0 && isTrailingSpace(pending.charCodeAt(end - 1))) end--;
    if (end < pending.length) state.pending = pending.slice(0, end);
    state.push(hard ? 'hardbreak' : 'softbreak', 'br', 0);
  }
  pos++;
  const max = state.posMax;
  while (pos < max && (state.src[pos] === ' ' || state.src[pos] === '\t')) pos++;
  state.pos = pos;
  return true;
}

// Goldmark's util.IsSpace without the line breaks: space, tab, vertical tab, form feed.
function isTrailingSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
}
