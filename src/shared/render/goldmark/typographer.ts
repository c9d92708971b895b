import type { StateInline } from 'markdown-it';
import type { TypographerSettings } from '../markup-settings';
import type { OpenQuotes, RenderEnv } from '../render-env';
import {
  charAt,
  charBefore,
  isAsciiPunct,
  isAsciiSpace,
  isGoDigit,
  isGoLetter,
  isGoPunct,
  isGoSpace,
  isPunctOrSymbol,
} from './characters';

/** Token holding one typographic substitution, written out as is (an entity). */
export const typographerToken = 'typographer';

/**
 * Goldmark's typographer as Hugo 0.111 runs it (yuin/goldmark
 * extension/typographer.go): an inline parser, so it never touches code,
 * raw HTML, autolinks or link targets, deciding quotes by the delimiter
 * flanking rules and a few English special cases. `(c)`, `(tm)` and `+-`
 * stay as typed, unlike markdown-it's own typographer.
 */
export function typographerRule(substitutions: TypographerSettings) {
  return function typographer(state: StateInline, silent: boolean): boolean {
    const src = state.src;
    const pos = state.pos;
    const c = src[pos];
    if (c !== "'" && c !== '"' && c !== '-' && c !== '.' && c !== '<' && c !== '>') return false;
    const newline = src.indexOf('\n', pos);
    // Goldmark looks at the rest of the line, its line break included.
    const lineEnd = newline === -1 ? src.length : newline + 1;
    const length = lineEnd - pos;
    const at = (offset: number): string | undefined => charOnLine(src, pos + offset, lineEnd);

    if (length > 2) {
      if (c === '-' && at(1) === '-' && at(2) === '-')
        return emit(state, silent, substitutions.emDash, 3);
      if (c === '.') {
        if (at(1) === '.' && at(2) === '.') return emit(state, silent, substitutions.ellipsis, 3);
        return false;
      }
    }
    if (length > 1) {
      if (c === '<')
        return at(1) === '<' ? emit(state, silent, substitutions.leftAngleQuote, 2) : false;
      if (c === '>')
        return at(1) === '>' ? emit(state, silent, substitutions.rightAngleQuote, 2) : false;
      if (c === '-' && at(1) === '-') return emit(state, silent, substitutions.enDash, 2);
    }
    if (c !== "'" && c !== '"') return false;
    // Quotes depend on the count of open quotes: deciding without changing
    // it is not possible, and markdown-it only skips over text in silent mode.
    if (silent) return false;

    const before = charBefore(src, pos);
    const after = length > 1 ? charAt(src, pos + 1) : ' ';
    const canOpen = isLeftFlanking(before, after);
    const canClose = isRightFlanking(before, after);
    if (!canOpen && !canClose) return false;
    const counter = unclosedQuotes(state);
    // Goldmark: `maybeClose`, a quote between punctuation that closes anyway.
    const maybeClose =
      canClose &&
      canOpen &&
      length > 1 &&
      isGoPunct(after) &&
      (length === 2 || (length > 2 && isAsciiPunct(at(2))) || isAsciiSpace(at(2)));
    const isClose = canClose && !canOpen;

    if (c === "'") {
      const next = at(1);
      // Decades: '90s
      if (canOpen && !canClose && length > 3 && isDigit(next) && isDigit(at(2)) && at(3) === 's') {
        const afterDecade = length > 4 ? charAt(src, pos + 4) : ' ';
        if (isGoSpace(afterDecade) || isPunctOrSymbol(afterDecade)) {
          return emit(state, silent, substitutions.apostrophe, 1);
        }
      }
      // 'twas, 'em, 'net
      if (
        length > 1 &&
        (isGoPunct(before) || isGoSpace(before)) &&
        (next === 't' || next === 'e' || next === 'n' || next === 'l')
      ) {
        return emit(state, silent, substitutions.apostrophe, 1);
      }
      // Between a letter or digit and a letter: it's, Linkerd's
      if (length > 1 && (isGoDigit(before) || isGoLetter(before)) && isGoLetter(after)) {
        return emit(state, silent, substitutions.apostrophe, 1);
      }
      if (canOpen && !canClose) {
        let closing = false;
        // Alice's, I'm, Don't, You'd
        if (
          length > 1 &&
          (next === 's' || next === 'm' || next === 't' || next === 'd') &&
          (length < 3 || isAsciiPunct(at(2)) || isAsciiSpace(at(2)))
        ) {
          closing = true;
        }
        // I've, I'll, You're
        if (
          length > 2 &&
          ((next === 'v' && at(2) === 'e') ||
            (next === 'l' && at(2) === 'l') ||
            (next === 'r' && at(2) === 'e')) &&
          (length < 4 || isAsciiPunct(at(3)) || isAsciiSpace(at(3)))
        ) {
          closing = true;
        }
        if (!closing) counter.single++;
        return emit(
          state,
          silent,
          closing ? substitutions.rightSingleQuote : substitutions.leftSingleQuote,
          1,
        );
      }
      // Goldmark's "plural possessive" test: by Go's operator precedence it
      // holds for any quote with two more characters on the line and no digit next.
      if (length > 2 && !isGoDigit(after))
        return emit(state, silent, substitutions.rightSingleQuote, 1);
      if (counter.single > 0 && (isClose || maybeClose)) {
        counter.single--;
        return emit(state, silent, substitutions.rightSingleQuote, 1);
      }
      return false;
    }
    if (canOpen && !canClose) {
      counter.double++;
      return emit(state, silent, substitutions.leftDoubleQuote, 1);
    }
    if (counter.double > 0 && (isClose || maybeClose)) {
      // "Monitor 21""
      if (length > 1 && at(1) === '"' && isGoDigit(before)) return false;
      counter.double--;
      return emit(state, silent, substitutions.rightDoubleQuote, 1);
    }
    return false;
  };
}

/**
 * Open quotes not closed yet. Hugo 0.111's Goldmark keeps this count for the
 * whole page (later versions reset it per block), so a quote left open in one
 * paragraph lets a lone `"` close in a later one.
 */
function unclosedQuotes(state: StateInline): OpenQuotes {
  const env = state.env as RenderEnv;
  env.quotes ??= { single: 0, double: 0 };
  return env.quotes;
}

function isLeftFlanking(before: string, after: string): boolean {
  return (
    !isGoSpace(after) && (!isPunctOrSymbol(after) || isGoSpace(before) || isPunctOrSymbol(before))
  );
}

function isRightFlanking(before: string, after: string): boolean {
  return (
    !isGoSpace(before) && (!isPunctOrSymbol(before) || isGoSpace(after) || isPunctOrSymbol(after))
  );
}

function emit(state: StateInline, silent: boolean, html: string, advance: number): boolean {
  if (!silent) state.push(typographerToken, '', 0).content = html;
  state.pos += advance;
  return true;
}

function charOnLine(src: string, index: number, lineEnd: number): string | undefined {
  return index < lineEnd ? src[index] : undefined;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
