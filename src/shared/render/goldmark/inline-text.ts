import type { StateInline } from 'markdown-it';

// markdown-it's own stop characters (rules_inline/text.mjs).
const markdownItStops = [
  0x0a, 0x21, 0x23, 0x24, 0x25, 0x26, 0x2a, 0x2b, 0x2d, 0x3a, 0x3c, 0x3d, 0x3e, 0x40, 0x5b, 0x5c,
  0x5d, 0x5e, 0x5f, 0x60, 0x7b, 0x7d, 0x7e,
];

const always = 1;
const sometimes = 2;

export interface TextStops {
  /** Characters where other rules must get their chance (quotes and dots for the typographer). */
  always: readonly string[];
  /**
   * Characters worth stopping at only when `worthStopping(src, pos)` says so
   * (a space before what may be a link): stopping at every space is slow.
   */
  sometimes?: { chars: readonly string[]; worthStopping: (src: string, pos: number) => boolean };
}

/**
 * markdown-it's plain-text rule, stopping also where rules Goldmark triggers
 * on other characters (quotes and dots for the typographer, spaces and `(`
 * for linkify) need their chance.
 */
export function textRule(stops: TextStops) {
  const kind = new Uint8Array(128);
  for (const code of markdownItStops) kind[code] = always;
  for (const char of stops.sometimes?.chars ?? []) kind[char.charCodeAt(0)] = sometimes;
  for (const char of stops.always) kind[char.charCodeAt(0)] = always;
  const worthStopping = stops.sometimes?.worthStopping;
  return function text(state: StateInline, silent: boolean): boolean {
    const src = state.src;
    let pos = state.pos;
    const max = state.posMax;
    while (pos < max) {
      const code = src.charCodeAt(pos);
      if (code < 128) {
        const stop = kind[code];
        if (stop === always) break;
        if (stop === sometimes && worthStopping?.(src, pos)) break;
      }
      pos++;
    }
    if (pos === state.pos) return false;
    if (!silent) state.pending += src.slice(state.pos, pos);
    state.pos = pos;
    return true;
  };
}
