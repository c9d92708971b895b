import type { StateInline } from 'markdown-it';
import { isAsciiPunct } from './characters';

// yuin/goldmark extension/linkify.go
const wwwUrl =
  /www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}[\]`]*)?/y;
const schemeUrl =
  /(?:http|https|ftp):\/\/[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/y;
const emailDomain =
  /[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*/y;
const trailingPunctuation = '?!.,:*_~';

/**
 * Goldmark's linkify: bare `http(s)://`, `ftp://`, `www.` and e-mail
 * addresses become links, but only right after a space or `(` (its trigger
 * characters; `~` when not
 * strikethrough), or where Goldmark starts looking afresh: at the start of a
 * line and right after any other inline element (emphasis delimiter, code,
 * link…), which is where markdown-it has no pending text. Never inside a
 * link's text.
 */
export function linkifyRule(wwwProtocol: 'http' | 'https') {
  return function linkify(state: StateInline, silent: boolean): boolean {
    // Goldmark never links inside a link label; markdown-it looks for a
    // label's end in silent mode, where a link must not swallow the `]`.
    if (silent || state.linkLevel > 0) return false;
    const src = state.src;
    const pos = state.pos;
    const c = src[pos];
    let start: number;
    // `*` and `_` are Goldmark triggers too, but emphasis always takes them first.
    if (c === ' ' || c === '(' || c === '~') start = pos + 1;
    else if (state.pending === '') start = pos;
    else return false;

    let end = -1;
    let kind: 'url' | 'www' | 'email' = 'url';
    if (
      src.startsWith('http:', start) ||
      src.startsWith('https:', start) ||
      src.startsWith('ftp:', start)
    ) {
      end = matchAt(schemeUrl, src, start);
    }
    if (end === -1 && src.startsWith('www.', start)) {
      end = matchAt(wwwUrl, src, start);
      kind = 'www';
    }
    if (end !== -1) {
      end = trimUrlEnd(src, start, end);
    } else {
      if (start < src.length && isAsciiPunct(src[start])) return false;
      kind = 'email';
      end = emailEnd(src, start);
      if (end === -1) return false;
    }
    let stop = end - 1;
    while (stop > start && trailingPunctuation.includes(src[stop] ?? '')) stop--;
    end = stop + 1;

    const label = src.slice(start, end);
    if (start > pos) state.pending += src.slice(pos, start);
    const href =
      kind === 'email' ? `mailto:${label}` : kind === 'www' ? `${wwwProtocol}://${label}` : label;
    const open = state.push('link_open', 'a', 1);
    open.attrs = [['href', state.md.normalizeLink(href)]];
    open.markup = 'linkify';
    open.info = 'auto';
    state.push('text', '', 0).content = label;
    const close = state.push('link_close', 'a', -1);
    close.markup = 'linkify';
    close.info = 'auto';
    state.pos = end;
    return true;
  };
}

function matchAt(pattern: RegExp, src: string, start: number): number {
  pattern.lastIndex = start;
  const match = pattern.exec(src);
  return match ? start + match[0].length : -1;
}

/** Goldmark leaves a final `.`, unbalanced `)` and `&entity;` out of the link. */
function trimUrlEnd(src: string, start: number, end: number): number {
  const last = src[end - 1];
  if (last === '.') return end - 1;
  if (last === ')') {
    let closing = 0;
    for (let i = end - 1; i >= start; i--) {
      if (src[i] === ')') closing++;
      else if (src[i] === '(') closing--;
    }
    return closing > 0 ? end - closing : end;
  }
  if (last === ';') {
    let i = end - 2;
    while (i >= start && /[A-Za-z0-9]/.test(src[i] ?? '')) i--;
    if (i !== end - 2 && src[i] === '&') return i;
  }
  return end;
}

/** Characters of an e-mail address's local part (Goldmark's emailTable). */
const emailLocal = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-./=?^_`{|}~") {
  emailLocal[char.charCodeAt(0)] = 1;
}

/** Where the local part starting at `start` ends, if an `@` follows it; else -1. */
function emailAt(src: string, start: number): number {
  let i = start;
  for (; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code >= 128 || emailLocal[code] !== 1) break;
  }
  return i > start && src.charCodeAt(i) === 0x40 ? i : -1;
}

/**
 * Whether a link may start right after `pos` (a space or `(`): lets the text
 * rule run on over spaces that cannot start one.
 */
export function mayStartLink(src: string, pos: number): boolean {
  const next = pos + 1;
  switch (src.charCodeAt(next)) {
    case 0x68: // h
      if (src.startsWith('http', next)) return true;
      break;
    case 0x66: // f
      if (src.startsWith('ftp:', next)) return true;
      break;
    case 0x77: // w
      if (src.startsWith('www.', next)) return true;
      break;
  }
  return emailAt(src, next) !== -1;
}

function emailEnd(src: string, start: number): number {
  const at = emailAt(src, start);
  if (at === -1) return -1;
  const local = at + 1;
  if (local >= src.length) return -1;
  let end = matchAt(emailDomain, src, local);
  if (end === -1) return -1;
  if (!src.slice(at, end - 1).includes('.')) return -1;
  if (src[end - 1] === '.') end--;
  const next = src[end];
  if (next === '-' || next === '_') return -1;
  return end;
}
