/** An argument written in full before the cursor. */
export interface WrittenArgument {
  name: string | null;
  value: string;
}

/** What the cursor is in the middle of, inside a shortcode tag. */
export type ArgumentSlot =
  /** Between arguments, or in a bare word that may become a name or an unquoted value. */
  | { kind: 'argument'; from: number; text: string }
  /** In a value: after `name=` or in a quoted positional value. */
  | {
      kind: 'value';
      /** Null for a positional value. */
      argument: string | null;
      /** How many positional values come before this one. */
      position: number;
      from: number;
      text: string;
      /** The quote the value opened with, or null when unquoted. */
      quote: '"' | '`' | null;
    };

/** A shortcode tag from its opening delimiter up to the cursor. */
export interface ShortcodePrefix {
  delimiter: '<' | '%';
  closing: boolean;
  name: string;
  args: WrittenArgument[];
  /** Null while the cursor is still in the name. */
  slot: ArgumentSlot | null;
}

const openerPattern = /\{\{([<%])/g;
const namePattern = /[\w./-]*/y;
const wordPattern = /[\w.-]*/y;

function readQuoted(text: string, from: number, quote: '"' | '`'): number | null {
  for (let pos = from; pos < text.length; pos++) {
    const char = text.charAt(pos);
    if (char === '\\' && quote === '"') pos += 1;
    else if (char === quote) return pos + 1;
  }
  return null;
}

/**
 * Reads the shortcode tag the cursor is in, from the text of its line before
 * the cursor: which shortcode, the arguments already written and what is
 * being typed. Null when the cursor is not inside a tag (no opener on the
 * line, or the tag was closed). A small reader for completion: Hugo's lexer
 * (`src/shared/shortcodes`) remains the judge of what is valid.
 */
export function readShortcodePrefix(before: string): ShortcodePrefix | null {
  let start = -1;
  let delimiter: '<' | '%' = '<';
  for (const match of before.matchAll(openerPattern)) {
    start = match.index;
    delimiter = match[1] === '%' ? '%' : '<';
  }
  if (start < 0 || before.startsWith('/*', start + 3)) return null;

  let pos = start + 3;
  const skipSpace = (): void => {
    while (pos < before.length && /\s/.test(before.charAt(pos))) pos += 1;
  };
  skipSpace();
  const closing = before.charAt(pos) === '/';
  if (closing) {
    pos += 1;
    skipSpace();
  }
  namePattern.lastIndex = pos;
  const name = namePattern.exec(before)?.[0] ?? '';
  pos += name.length;
  const prefix: ShortcodePrefix = { delimiter, closing, name, args: [], slot: null };
  if (pos === before.length) return prefix;

  let position = 0;
  for (;;) {
    skipSpace();
    if (pos >= before.length) {
      prefix.slot = { kind: 'argument', from: pos, text: '' };
      return prefix;
    }
    const char = before.charAt(pos);
    if (before.startsWith(delimiter === '<' ? '>}}' : '%}}', pos)) return null;
    if (char === '"' || char === '`') {
      const end = readQuoted(before, pos + 1, char);
      if (end === null) {
        const text = before.slice(pos + 1);
        prefix.slot = { kind: 'value', argument: null, position, from: pos + 1, text, quote: char };
        return prefix;
      }
      prefix.args.push({ name: null, value: before.slice(pos + 1, end - 1) });
      position += 1;
      pos = end;
      continue;
    }
    wordPattern.lastIndex = pos;
    const word = wordPattern.exec(before)?.[0] ?? '';
    if (word === '' && char !== '=') {
      pos += 1;
      continue;
    }
    const wordFrom = pos;
    pos += word.length;
    if (pos >= before.length) {
      prefix.slot = { kind: 'argument', from: wordFrom, text: word };
      return prefix;
    }
    skipSpace();
    if (before.charAt(pos) !== '=') {
      prefix.args.push({ name: null, value: word });
      position += 1;
      continue;
    }
    pos += 1;
    skipSpace();
    const quote = before.charAt(pos);
    if (quote === '"' || quote === '`') {
      const end = readQuoted(before, pos + 1, quote);
      if (end === null) {
        const text = before.slice(pos + 1);
        prefix.slot = { kind: 'value', argument: word, position, from: pos + 1, text, quote };
        return prefix;
      }
      prefix.args.push({ name: word, value: before.slice(pos + 1, end - 1) });
      pos = end;
      continue;
    }
    const valueFrom = pos;
    while (pos < before.length && !/\s/.test(before.charAt(pos))) pos += 1;
    const value = before.slice(valueFrom, pos);
    // Hugo reads an unquoted value up to white space, the closer included.
    if (value.includes(delimiter === '<' ? '>}}' : '%}}')) return null;
    if (pos >= before.length) {
      prefix.slot = {
        kind: 'value',
        argument: word,
        position,
        from: valueFrom,
        text: value,
        quote: null,
      };
      return prefix;
    }
    prefix.args.push({ name: word, value });
  }
}
