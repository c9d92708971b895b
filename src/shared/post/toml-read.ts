import { parse, TomlError } from 'smol-toml';
import {
  formEditsUnsupported,
  maxFrontMatterLength,
  pathKey,
  tooLargeDiagnostic,
  type FrontMatterReading,
} from './front-matter-reading';
import { PlainDataTooLargeError, isPlainObject, toPlainValue } from './plain-data';
import { quoteTomlDates } from './toml-dates';
import { tomlFieldSpans } from './toml-spans';

const parseOptions = { maxDepth: 100 };

/** Reads TOML front matter: validated and readable, never edited through the form. */
export function readTomlFrontMatter(source: string): FrontMatterReading {
  let spans: ReturnType<typeof tomlFieldSpans> | undefined;
  const fieldSpans: FrontMatterReading['fieldSpans'] = (path) => {
    spans ??= tomlFieldSpans(source);
    return spans.get(pathKey(path));
  };
  const readOnlyReason = formEditsUnsupported('TOML');
  if (source.length > maxFrontMatterLength) {
    return {
      data: null,
      diagnostics: [tooLargeDiagnostic()],
      readOnlyReason,
      fieldSpans,
    };
  }
  try {
    parse(source, parseOptions);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const from = offsetOfLineColumn(source, error.line, error.column);
    const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/, '');
    return {
      data: null,
      diagnostics: [
        {
          severity: 'error',
          rule: /already|redefine|overwrite/i.test(reason)
            ? 'front-matter/duplicate-key'
            : 'front-matter/syntax',
          message: `The front matter is not valid TOML: ${reason.replace(/\.?$/, '.')}`,
          from,
          to: Math.min(from + 1, source.length),
        },
      ],
      readOnlyReason,
      fieldSpans,
    };
  }
  try {
    const value = toPlainValue(parse(quoteTomlDates(source), parseOptions));
    return { data: isPlainObject(value) ? value : {}, diagnostics: [], readOnlyReason, fieldSpans };
  } catch (error) {
    if (!(error instanceof TomlError) && !(error instanceof PlainDataTooLargeError)) throw error;
    // Quoting dates can only fail on text the first parse accepted if the
    // scanner misread it; fall back to the parser's own date strings.
    const value = toPlainValue(parse(source, parseOptions));
    return { data: isPlainObject(value) ? value : {}, diagnostics: [], readOnlyReason, fieldSpans };
  }
}

/** smol-toml counts lines at `\n` (CRLF included) and columns from 1. */
function offsetOfLineColumn(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const lineBreak = source.indexOf('\n', offset);
    if (lineBreak === -1) return source.length;
    offset = lineBreak + 1;
  }
  return Math.min(offset + column - 1, source.length);
}
