/**
 * Character classes as Goldmark (Go) sees them; the typographer and linkify
 * rules decide by them, so they follow Go's definitions rather than
 * markdown-it's.
 */

/** Go `unicode.IsSpace`. */
export function isGoSpace(char: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(char);
}

/** Go `unicode.IsPunct`: Unicode category P. */
export function isGoPunct(char: string): boolean {
  return /^\p{P}$/u.test(char);
}

/** Goldmark `util.IsPunctRune`: punctuation or symbol. */
export function isPunctOrSymbol(char: string): boolean {
  return /^[\p{P}\p{S}]$/u.test(char);
}

/** Go `unicode.IsLetter`. */
export function isGoLetter(char: string): boolean {
  return /^\p{L}$/u.test(char);
}

/** Go `unicode.IsDigit`. */
export function isGoDigit(char: string): boolean {
  return /^\p{Nd}$/u.test(char);
}

/** Goldmark `util.IsPunct` on one byte: ASCII punctuation only. */
export function isAsciiPunct(char: string | undefined): boolean {
  return char !== undefined && /^[!-/:-@[-`{-~]$/.test(char);
}

/** Goldmark `util.IsSpace` on one byte. */
export function isAsciiSpace(char: string | undefined): boolean {
  return char !== undefined && /^[ \t\n\v\f\r]$/.test(char);
}

/** The whole character (code point) that ends just before `pos`, or '\n' at the start. */
export function charBefore(text: string, pos: number): string {
  if (pos <= 0) return '\n';
  const code = text.charCodeAt(pos - 1);
  if (code >= 0xdc00 && code <= 0xdfff && pos >= 2) {
    const high = text.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(pos - 2, pos);
  }
  return text[pos - 1] ?? '\n';
}

/** The whole character (code point) starting at `pos`, or ' ' past the end. */
export function charAt(text: string, pos: number): string {
  const code = text.codePointAt(pos);
  return code === undefined ? ' ' : String.fromCodePoint(code);
}
