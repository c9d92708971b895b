import { pathKey, type FieldSpans } from './front-matter-reading';
import type { PathSegment } from './field-path';

export interface JsonScan {
  /** First syntax error, with its offset; undefined when the text is valid JSON. */
  error?: { at: number; message: string };
  /** Keys that appear twice in one object, at their second appearance. */
  duplicates: { key: string; from: number; to: number }[];
  spans: Map<string, FieldSpans>;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A small JSON reader that only records where things are: JSON.parse gives
 * the data but no offsets (and engine-specific error messages), so this finds
 * the error position, duplicate keys and the span of every field.
 */
export function scanJson(text: string): JsonScan {
  const spans = new Map<string, FieldSpans>();
  const duplicates: JsonScan['duplicates'] = [];
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(at, message);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i += 1;
  };
  const describe = (at: number): string =>
    at >= text.length ? 'the text ends too early' : `"${text.charAt(at)}" is not expected here`;

  const readString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length) {
      const char = text.charAt(i);
      if (char === '"') {
        i += 1;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (char === '\\') {
        const escape = text.charAt(i + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            fail('a \\u escape needs four hex digits', i);
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') {
          i += 2;
        } else {
          fail('this backslash escape is not valid in JSON', i);
        }
        continue;
      }
      if (char < ' ') fail('a string cannot contain a line break or control character', i);
      i += 1;
    }
    return fail('a string is missing its closing quote', start);
  };

  const readValue = (path: PathSegment[]): void => {
    skipSpace();
    const char = text.charAt(i);
    if (char === '{') {
      i += 1;
      const seen = new Set<string>();
      skipSpace();
      if (text.charAt(i) === '}') {
        i += 1;
        return;
      }
      for (;;) {
        skipSpace();
        if (text.charAt(i) !== '"') fail(`expected a quoted field name, but ${describe(i)}`);
        const keyFrom = i;
        const key = readString();
        const keyTo = i;
        if (seen.has(key)) duplicates.push({ key, from: keyFrom, to: keyTo });
        seen.add(key);
        skipSpace();
        if (text.charAt(i) !== ':') fail(`expected ":" after the field name, but ${describe(i)}`);
        i += 1;
        skipSpace();
        const valueFrom = i;
        const childPath = [...path, key];
        readValue(childPath);
        spans.set(pathKey(childPath), {
          key: { from: keyFrom, to: keyTo },
          value: { from: valueFrom, to: i },
        });
        skipSpace();
        if (text.charAt(i) === ',') {
          i += 1;
          continue;
        }
        if (text.charAt(i) === '}') {
          i += 1;
          return;
        }
        fail(`expected "," or "}", but ${describe(i)}`);
      }
    }
    if (char === '[') {
      i += 1;
      skipSpace();
      if (text.charAt(i) === ']') {
        i += 1;
        return;
      }
      for (let index = 0; ; index++) {
        skipSpace();
        const valueFrom = i;
        const childPath = [...path, index];
        readValue(childPath);
        const span = { from: valueFrom, to: i };
        spans.set(pathKey(childPath), { key: span, value: span });
        skipSpace();
        if (text.charAt(i) === ',') {
          i += 1;
          continue;
        }
        if (text.charAt(i) === ']') {
          i += 1;
          return;
        }
        fail(`expected "," or "]", but ${describe(i)}`);
      }
    }
    if (char === '"') {
      readString();
      return;
    }
    const literal =
      /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(
        text.slice(i, i + 400),
      );
    if (!literal) fail(`expected a value, but ${describe(i)}`);
    i += literal?.[0].length ?? 0;
  };

  try {
    readValue([]);
    skipSpace();
    if (i < text.length) fail(`${describe(i)} after the end of the JSON object`);
    return { duplicates, spans };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { error: { at: error.at, message: error.message }, duplicates, spans };
  }
}
