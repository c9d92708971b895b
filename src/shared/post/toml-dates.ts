/*
 * smol-toml turns dates and times into TomlDate objects, which lose the exact
 * text (`07:32:00-08:00` becomes `15:32:00.000Z`). Front matter data keeps
 * dates as the author wrote them, so before reading the data every bare
 * date/time literal is wrapped in quotes; the validating parse still runs on
 * the original text, so invalid dates are reported.
 */

const dateTime =
  /\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/y;
const tokenStart = /[\s=[,{]/;
const tokenChar = /[A-Za-z0-9_.:+-]/;

export function quoteTomlDates(source: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    if (char === '#') {
      const lineBreak = source.indexOf('\n', i);
      i = lineBreak === -1 ? source.length : lineBreak;
    } else if (char === '"' || char === "'") {
      i = endOfString(source, i);
    } else if (/\d/.test(char) && (i === 0 || tokenStart.test(source.charAt(i - 1)))) {
      dateTime.lastIndex = i;
      const match = dateTime.exec(source);
      const end = match ? i + match[0].length : i;
      if (match && !tokenChar.test(source.charAt(end))) {
        out += `${source.slice(copied, i)}"${match[0]}"`;
        copied = end;
        i = end;
      } else {
        while (i < source.length && tokenChar.test(source.charAt(i))) i += 1;
      }
    } else {
      i += 1;
    }
  }
  return out + source.slice(copied);
}

/** Offset just past the string that starts at `start` (basic, literal, or multi-line). */
export function endOfString(source: string, start: number): number {
  const quote = source.charAt(start);
  const triple = source.startsWith(quote.repeat(3), start);
  const escapes = quote === '"';
  let i = start + (triple ? 3 : 1);
  while (i < source.length) {
    const char = source.charAt(i);
    if (escapes && char === '\\') {
      i += 2;
      continue;
    }
    if (!triple && char === '\n') return i;
    if (triple && source.startsWith(quote.repeat(3), i)) {
      // A triple-quoted string may end with up to two extra quotes.
      let end = i + 3;
      while (end < source.length && source.charAt(end) === quote && end < i + 5) end += 1;
      return end;
    }
    if (!triple && char === quote) return i + 1;
    i += 1;
  }
  return source.length;
}
