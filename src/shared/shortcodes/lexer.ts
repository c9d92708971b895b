import type { TextSpan } from '../post/types';
import {
  codePointWidth,
  isAlphaNumeric,
  isAlphaNumericOrHyphen,
  isTagSpace,
  isWhiteSpace,
} from './characters';
import { ForwardFinder } from './forward-finder';
import type { ShortcodeArgument, ShortcodeProblem, ShortcodeTag } from './types';

export interface LexedShortcodeTags {
  /** Every tag with a name, in text order, including broken ones. */
  tags: ShortcodeTag[];
  problems: ShortcodeProblem[];
  comments: TextSpan[];
  /**
   * Tags Hugo would reject. They still take part in pairing, so that the closing
   * tag of a broken opening tag is not reported as well.
   */
  broken: ReadonlySet<ShortcodeTag>;
}

/**
 * Splits text into shortcode tags the way Hugo's page lexer does
 * (gohugoio/hugo parser/pageparser/pagelexer_shortcode.go). Hugo stops at the
 * first error; this lexer reports it and carries on from the end of the broken
 * tag, so an editor can show every problem at once.
 */
export function lexShortcodeTags(text: string): LexedShortcodeTags {
  return new TagLexer(text).run();
}

const SLASH = 0x2f;
const QUOTE = 0x22;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
const PERIOD = 0x2e;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

type Delimiter = '<' | '%';

interface Delimiters {
  open: string;
  close: string;
  /** The other kind's closer: `{{< x %}}` is a common slip. */
  otherClose: string;
}

const delimiters: Record<Delimiter, Delimiters> = {
  '<': { open: '{{<', close: '>}}', otherClose: '%}}' },
  '%': { open: '{{%', close: '%}}', otherClose: '>}}' },
};

/** One tag while it is being read. */
interface TagState {
  tag: ShortcodeTag;
  delimiters: Delimiters;
  mode: 'named' | 'positional' | null;
  mixedReported: boolean;
  namesSeen: Set<string>;
  /** A problem that stops Hugo was reported for this tag. */
  broken: boolean;
  /** Set when the tag has ended (or was given up on): where scanning resumes. */
  resumeAt: number | null;
  /** Where text after a self-closing slash starts, and how many arguments came before it. */
  afterSlash: { from: number; argCount: number } | null;
}

class TagLexer {
  private readonly tags: ShortcodeTag[] = [];
  private readonly problems: ShortcodeProblem[] = [];
  private readonly comments: TextSpan[] = [];
  private readonly broken = new Set<ShortcodeTag>();

  private readonly braces: ForwardFinder;
  private readonly backticks: ForwardFinder;
  private readonly finders: Map<string, ForwardFinder>;

  constructor(private readonly text: string) {
    this.braces = new ForwardFinder(text, '{{');
    this.backticks = new ForwardFinder(text, '`');
    this.finders = new Map(
      ['{{<', '{{%', '>}}', '%}}', '*/>}}', '*/%}}'].map((needle) => [
        needle,
        new ForwardFinder(text, needle),
      ]),
    );
  }

  run(): LexedShortcodeTags {
    let pos = 0;
    while (pos < this.text.length) {
      const start = this.nextTagStart(pos);
      this.reportStrayClosers(pos, start === -1 ? this.text.length : start);
      if (start === -1) break;
      pos = this.lexTagAt(start);
    }
    this.problems.sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to);
    return {
      tags: this.tags,
      problems: this.problems,
      comments: this.comments,
      broken: this.broken,
    };
  }

  private find(needle: string, from: number): number {
    const finder = this.finders.get(needle);
    return finder ? finder.next(from) : this.text.indexOf(needle, from);
  }

  private nextTagStart(from: number): number {
    for (let k = this.braces.next(from); k !== -1; k = this.braces.next(k + 1)) {
      const third = this.text[k + 2];
      if (third === '<' || third === '%') return k;
    }
    return -1;
  }

  private nextOpener(from: number): number {
    const angle = this.find('{{<', from);
    const percent = this.find('{{%', from);
    if (angle === -1) return percent;
    if (percent === -1) return angle;
    return Math.min(angle, percent);
  }

  private startsOpener(pos: number): boolean {
    return this.text.startsWith('{{<', pos) || this.text.startsWith('{{%', pos);
  }

  /** A `>}}` or `%}}` outside any tag: Hugo prints it, but it is usually a typo. */
  private reportStrayClosers(from: number, to: number): void {
    for (const closer of ['>}}', '%}}']) {
      for (let r = this.find(closer, from); r !== -1 && r < to; r = this.find(closer, r + 3)) {
        this.problems.push({
          kind: 'stray-delimiter',
          message: `This ${closer} does not close any shortcode tag, so Hugo prints it as text.`,
          span: { from: r, to: r + 3 },
          buildsAnyway: true,
        });
      }
    }
  }

  /** Reads the tag or comment starting at `start`; returns where scanning resumes. */
  private lexTagAt(start: number): number {
    const delimiter: Delimiter = this.text[start + 2] === '%' ? '%' : '<';
    if (this.text.startsWith('/*', start + 3)) return this.lexComment(start, delimiter);

    const state: TagState = {
      tag: {
        name: '',
        delimiter,
        isClosing: false,
        isSelfClosing: false,
        args: [],
        span: { from: start, to: start + 3 },
        nameSpan: { from: start + 3, to: start + 3 },
      },
      delimiters: delimiters[delimiter],
      mode: null,
      mixedReported: false,
      namesSeen: new Set(),
      broken: false,
      resumeAt: null,
      afterSlash: null,
    };
    const { tag } = state;
    const { close, otherClose } = state.delimiters;
    const text = this.text;

    let pos = start + 3;
    while (state.resumeAt === null) {
      if (text.startsWith(close, pos)) {
        if (!tag.name) return this.nameless(state, pos);
        return this.finish(state, pos + 3);
      }
      if (pos >= text.length || this.startsOpener(pos)) {
        if (!tag.name) return this.nameless(state, pos);
        return this.unclosed(state, pos);
      }
      const code = text.codePointAt(pos) ?? 0;
      if (isTagSpace(code)) {
        pos += 1;
        continue;
      }
      if (text.startsWith(otherClose, pos)) {
        this.report(
          state,
          'unclosed-tag',
          `This shortcode tag starts with ${state.delimiters.open} but ends with ${otherClose}: end it with ${close}.`,
          { from: start, to: pos + 3 },
        );
        return this.finish(state, pos + 3);
      }
      if (!tag.name) {
        if (code === SLASH && !tag.isClosing) {
          tag.isClosing = true;
          pos += 1;
          continue;
        }
        if (!isAlphaNumeric(code)) return this.nameless(state, pos);
        pos = this.lexName(state, pos);
        continue;
      }
      if (tag.isClosing) {
        const end = this.unquotedRunEnd(state, pos);
        this.report(
          state,
          'bad-argument',
          `A closing tag holds only the shortcode's name: remove ${text.slice(pos, end)}.`,
          { from: pos, to: end },
        );
        return this.recover(state, pos);
      }
      if (tag.isSelfClosing) {
        // Hugo's lexer still reads what follows the slash (and may fail on it),
        // but its parser has already finished the call and drops it.
        state.afterSlash ??= { from: pos, argCount: tag.args.length };
        pos = code === SLASH ? pos + 1 : this.lexArgument(state, pos);
        continue;
      }
      if (code === SLASH) {
        tag.isSelfClosing = true;
        pos += 1;
        continue;
      }
      pos = this.lexArgument(state, pos);
    }
    return state.resumeAt;
  }

  private lexComment(start: number, delimiter: Delimiter): number {
    const { open, close } = delimiters[delimiter];
    const end = this.find(`*/${close}`, start + 3);
    // Hugo needs the `*/` to come after the `/*`, not to overlap it (`{{</*/>}}`).
    if (end === -1 || end - (start + 3) <= 1) {
      this.problems.push({
        kind: 'unclosed-tag',
        message: `This commented-out shortcode (${open}/*) is never closed with */${close}.`,
        span: { from: start, to: start + 5 },
      });
      // Skip to the tag's own closer, so it is not reported again as stray.
      const closeAt = this.find(close, start + 5);
      const opener = this.nextOpener(start + 5);
      if (closeAt !== -1 && (opener === -1 || closeAt < opener)) return closeAt + close.length;
      return start + 5;
    }
    this.comments.push({ from: start, to: end + 2 + close.length });
    return end + 2 + close.length;
  }

  private lexName(state: TagState, from: number): number {
    const text = this.text;
    let pos = from;
    while (pos < text.length) {
      const code = text.codePointAt(pos) ?? 0;
      // `/` makes namespaces (`{{< ns/name >}}`); `.` only `name.inline`.
      if (!isAlphaNumericOrHyphen(code) && code !== SLASH && code !== PERIOD) break;
      pos += codePointWidth(code);
    }
    let name = text.slice(from, pos);
    const { tag } = state;
    const { close } = state.delimiters;
    if (name.endsWith('/') && text.startsWith(close, pos) && !tag.isClosing) {
      // `{{< name/>}}`: Hugo reads the slash as part of the name.
      name = name.slice(0, -1);
      tag.name = name;
      tag.nameSpan = { from, to: pos - 1 };
      tag.isSelfClosing = true;
      this.report(
        state,
        'bad-argument',
        `Put a space between ${name} and /${close}: without it, Hugo reads the / as part of the name.`,
        { from, to: pos + close.length },
      );
      return pos;
    }
    tag.name = name;
    tag.nameSpan = { from, to: pos };
    if (name.includes('.') && !(/^[^.]+\.inline$/.test(name) && text[pos] === ' ')) {
      this.report(
        state,
        'bad-argument',
        `The shortcode name ${name} may hold a period only as name.inline followed by a space.`,
        { from, to: pos },
      );
    }
    return pos;
  }

  private lexArgument(state: TagState, pos: number): number {
    const text = this.text;
    const code = text.charCodeAt(pos);
    if (code === QUOTE) return this.lexQuoted(state, pos, pos, null, false);
    if (code === BACKTICK) return this.lexRaw(state, pos, pos, null);
    if (code === BACKSLASH) {
      const next = text.charCodeAt(pos + 1);
      if (next === QUOTE) return this.lexQuoted(state, pos, pos, null, true);
      if (next === BACKTICK) return this.badBacktickEscape(state, pos);
      // Hugo skips a backslash that escapes nothing.
      return pos + 1;
    }
    if (code === EQUALS) return this.lexValueWithoutName(state, pos);

    const wordEnd = this.wordEnd(pos);
    if (wordEnd > pos && text.charCodeAt(wordEnd) === EQUALS) {
      return this.lexValue(state, pos, text.slice(pos, wordEnd), wordEnd + 1);
    }
    if (wordEnd > pos && this.endsWord(state, wordEnd)) {
      this.addArgument(state, {
        name: null,
        value: text.slice(pos, wordEnd),
        quoting: 'none',
        span: { from: pos, to: wordEnd },
      });
      return wordEnd;
    }
    // Hugo stops at the first character that is not allowed unquoted; the whole
    // run is what the author meant as one value.
    const end = Math.max(this.unquotedRunEnd(state, pos), pos + 1);
    const value = text.slice(pos, end);
    const argument: ShortcodeArgument = {
      name: null,
      value,
      quoting: 'none',
      span: { from: pos, to: end },
    };
    this.addArgument(state, argument);
    this.report(
      state,
      'bad-argument',
      `Put double quotes around ${value}: a value with characters other than letters, digits, -, _ and . must be quoted.`,
      argument.span,
    );
    return end;
  }

  /** `{{< x id = "a" >}}`: Hugo's parser gives the value to the word before the `=`. */
  private lexValueWithoutName(state: TagState, pos: number): number {
    const args = state.tag.args;
    const last = args[args.length - 1];
    if (last && last.name === null && last.quoting === 'none' && this.isWord(last.value)) {
      args.pop();
      const first = args[0];
      state.mode = first ? (first.name === null ? 'positional' : 'named') : null;
      return this.lexValue(state, last.span.from, last.value, pos + 1);
    }
    return this.lexValue(state, pos, '', pos + 1);
  }

  /**
   * Reads the value after `name=`. `name` is '' for a value with no name, which
   * Hugo drops.
   */
  private lexValue(state: TagState, from: number, name: string, afterEquals: number): number {
    const text = this.text;
    let pos = afterEquals;
    while (pos < text.length && isWhiteSpace(text.codePointAt(pos) ?? 0)) pos += 1;
    const code = text.charCodeAt(pos);
    if (code === QUOTE) return this.lexQuoted(state, from, pos, name, false);
    if (code === BACKSLASH && text.charCodeAt(pos + 1) === QUOTE) {
      return this.lexQuoted(state, from, pos, name, true);
    }
    if (code === BACKTICK) return this.lexRaw(state, from, pos, name);

    // Hugo reads an unquoted value up to the next white space, closer included.
    let end = pos;
    while (end < text.length) {
      const c = text.codePointAt(end) ?? 0;
      if (isWhiteSpace(c)) break;
      end += codePointWidth(c);
    }
    const { close } = state.delimiters;
    const label = name ? `The argument ${name}` : 'This argument';
    const closeAt = text.slice(pos, end).indexOf(close);
    if (closeAt !== -1) {
      const value = text.slice(pos, pos + closeAt);
      if (value === '') {
        this.report(state, 'bad-argument', `${label} has no value.`, {
          from,
          to: pos + closeAt + close.length,
        });
      } else {
        this.addArgument(state, {
          name,
          value,
          quoting: 'none',
          span: { from, to: pos + closeAt },
        });
        this.report(
          state,
          'bad-argument',
          `Put a space between ${value} and ${close}: without it, Hugo reads ${close} as part of the value.`,
          { from, to: pos + closeAt + close.length },
        );
      }
      return this.finish(state, pos + closeAt + close.length);
    }
    if (end === pos) {
      this.report(state, 'bad-argument', `${label} has no value.`, { from, to: pos });
      return pos;
    }
    this.addArgument(state, {
      name,
      value: text.slice(pos, end),
      quoting: 'none',
      span: { from, to: end },
    });
    return end;
  }

  /**
   * A double-quoted value starting at `quoteAt`. `escapedStart`: written as
   * `\"value\"`, which Hugo ends at the next `\"`.
   */
  private lexQuoted(
    state: TagState,
    from: number,
    quoteAt: number,
    name: string | null,
    escapedStart: boolean,
  ): number {
    const text = this.text;
    const open = escapedStart ? quoteAt + 2 : quoteAt + 1;
    let escapedQuote = false;
    let pos = open;
    for (;;) {
      const code = text.charCodeAt(pos);
      if (pos >= text.length || code === NEWLINE) {
        const lineEnd = pos > open && text.charCodeAt(pos - 1) === CARRIAGE_RETURN ? pos - 1 : pos;
        this.report(
          state,
          'bad-argument',
          'This quoted value is never closed: add a " before the end of the line.',
          { from, to: Math.max(lineEnd, quoteAt + 1) },
        );
        return this.recover(state, quoteAt);
      }
      if (code === BACKSLASH) {
        const next = text.charCodeAt(pos + 1);
        if (next === QUOTE) {
          if (escapedStart) {
            return this.addQuoted(state, from, name, text.slice(open, pos), false, pos + 2);
          }
          escapedQuote = true;
          pos += 2;
          continue;
        }
        if (next === BACKTICK) return this.badBacktickEscape(state, pos);
      }
      if (code === QUOTE) {
        return this.addQuoted(state, from, name, text.slice(open, pos), escapedQuote, pos + 1);
      }
      pos += 1;
    }
  }

  private addQuoted(
    state: TagState,
    from: number,
    name: string | null,
    written: string,
    escapedQuote: boolean,
    end: number,
  ): number {
    // Like Hugo, a value holding an escaped quote loses all its backslashes.
    const value = escapedQuote ? written.replaceAll('\\', '') : written;
    this.addArgument(state, { name, value, quoting: 'double', span: { from, to: end } });
    return end;
  }

  /** A backtick string: taken as written, line breaks included. */
  private lexRaw(state: TagState, from: number, tickAt: number, name: string | null): number {
    const end = this.backticks.next(tickAt + 1);
    if (end === -1) {
      this.report(state, 'bad-argument', 'This raw string is never closed with a backtick (`).', {
        from,
        to: tickAt + 1,
      });
      return this.recover(state, tickAt);
    }
    this.addArgument(state, {
      name,
      value: this.text.slice(tickAt + 1, end),
      quoting: 'raw',
      span: { from, to: end + 1 },
    });
    return end + 1;
  }

  private badBacktickEscape(state: TagState, pos: number): number {
    this.report(
      state,
      'bad-argument',
      'A backslash cannot come before a backtick in a shortcode: remove the backslash.',
      { from: pos, to: pos + 2 },
    );
    return this.recover(state, pos);
  }

  private addArgument(state: TagState, argument: ShortcodeArgument): void {
    if (argument.name === '') {
      this.report(
        state,
        'bad-argument',
        'This value has no argument name before the =, so Hugo ignores it.',
        argument.span,
        true,
      );
      return;
    }
    const named = argument.name !== null;
    if (state.mode === null) {
      state.mode = named ? 'named' : 'positional';
    } else if ((state.mode === 'named') !== named && !state.mixedReported) {
      state.mixedReported = true;
      this.report(
        state,
        'mixed-arguments',
        'A shortcode takes either named arguments (name="value") or positional ones, not both: give every argument a name, or none.',
        argument.span,
      );
    }
    if (argument.name !== null) {
      if (state.namesSeen.has(argument.name)) {
        this.report(
          state,
          'bad-argument',
          `The argument ${argument.name} is given more than once; Hugo keeps only the last value.`,
          argument.span,
          true,
        );
      }
      state.namesSeen.add(argument.name);
    }
    state.tag.args.push(argument);
  }

  /** End of a run of letters, digits, `_`, `-` and `.` (Hugo's unquoted value). */
  private wordEnd(from: number): number {
    const text = this.text;
    let pos = from;
    while (pos < text.length) {
      const code = text.codePointAt(pos) ?? 0;
      if (!isAlphaNumericOrHyphen(code) && code !== PERIOD) break;
      pos += codePointWidth(code);
    }
    return pos;
  }

  private isWord(value: string): boolean {
    return value.length > 0 && this.wordEndIn(value) === value.length;
  }

  private wordEndIn(value: string): number {
    let pos = 0;
    while (pos < value.length) {
      const code = value.codePointAt(pos) ?? 0;
      if (!isAlphaNumericOrHyphen(code) && code !== PERIOD) break;
      pos += codePointWidth(code);
    }
    return pos;
  }

  /** Whether Hugo's lexer can carry on after an unquoted word ending at `pos`. */
  private endsWord(state: TagState, pos: number): boolean {
    const text = this.text;
    if (pos >= text.length) return true;
    const code = text.charCodeAt(pos);
    return (
      isTagSpace(code) ||
      code === QUOTE ||
      code === BACKTICK ||
      code === SLASH ||
      code === BACKSLASH ||
      text.startsWith(state.delimiters.close, pos) ||
      text.startsWith(state.delimiters.otherClose, pos) ||
      this.startsOpener(pos)
    );
  }

  /** End of a run of anything up to white space, the closer or the next tag. */
  private unquotedRunEnd(state: TagState, from: number): number {
    const text = this.text;
    let pos = from;
    while (pos < text.length) {
      const code = text.charCodeAt(pos);
      if (
        isTagSpace(code) ||
        text.startsWith(state.delimiters.close, pos) ||
        this.startsOpener(pos)
      ) {
        break;
      }
      pos += 1;
    }
    return pos;
  }

  private report(
    state: TagState,
    kind: ShortcodeProblem['kind'],
    message: string,
    span: TextSpan,
    buildsAnyway = false,
  ): void {
    this.problems.push(
      buildsAnyway ? { kind, message, span, buildsAnyway: true } : { kind, message, span },
    );
    if (!buildsAnyway) {
      state.broken = true;
      this.broken.add(state.tag);
    }
  }

  private finish(state: TagState, end: number): number {
    this.dropAfterSlash(state);
    state.tag.span.to = end;
    if (state.tag.name) this.tags.push(state.tag);
    state.resumeAt = end;
    return end;
  }

  /** After a problem: the tag ends at its closer if one comes before the next tag. */
  private recover(state: TagState, from: number): number {
    const close = this.find(state.delimiters.close, from);
    const opener = this.nextOpener(from);
    if (close !== -1 && (opener === -1 || close < opener)) {
      return this.finish(state, close + state.delimiters.close.length);
    }
    return this.unclosed(state, opener === -1 ? this.text.length : opener);
  }

  private dropAfterSlash(state: TagState): void {
    const after = state.afterSlash;
    if (!after) return;
    const dropped = state.tag.args.splice(after.argCount);
    if (state.broken) return;
    const to = dropped[dropped.length - 1]?.span.to ?? after.from + 1;
    this.report(
      state,
      'bad-argument',
      `Hugo ignores ${this.text.slice(after.from, to)} after the / that self-closes a shortcode: move it before the /.`,
      { from: after.from, to },
      true,
    );
  }

  /** The tag never reaches its closer: it stops where the next tag starts. */
  private unclosed(state: TagState, stop: number): number {
    const { tag } = state;
    if (!state.broken) {
      this.report(
        state,
        'unclosed-tag',
        `This ${tag.name} shortcode tag is never closed with ${state.delimiters.close}.`,
        { from: tag.span.from, to: tag.nameSpan.to },
      );
    }
    this.dropAfterSlash(state);
    let end = stop;
    while (end > tag.nameSpan.to && isTagSpace(this.text.charCodeAt(end - 1))) end -= 1;
    tag.span.to = Math.max(end, tag.nameSpan.to);
    this.tags.push(tag);
    this.broken.add(tag);
    state.resumeAt = stop;
    return stop;
  }

  /** `{{<` with no name after it: a tag missing its name, or not a tag at all. */
  private nameless(state: TagState, pos: number): number {
    const { open, close } = state.delimiters;
    const start = state.tag.span.from;
    const closeAt = this.text.startsWith(close, pos) ? pos : this.find(close, pos);
    const opener = this.nextOpener(pos);
    if (closeAt !== -1 && (opener === -1 || closeAt < opener)) {
      const end = closeAt + close.length;
      this.problems.push({
        kind: 'missing-name',
        message: `This shortcode tag has no name: write the shortcode's name right after ${open}.`,
        span: { from: start, to: end },
      });
      state.resumeAt = end;
      return end;
    }
    this.problems.push({
      kind: 'stray-delimiter',
      message: `Hugo reads ${open} as the start of a shortcode, but no name follows it and no ${close} closes it.`,
      span: { from: start, to: start + open.length },
    });
    const resume = opener === -1 ? this.text.length : opener;
    state.resumeAt = resume;
    return resume;
  }
}
