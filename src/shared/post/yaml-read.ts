import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from '../diagnostics';
import { LineIndex } from '../text/line-index';
import { indentQuotedContinuations, originalOffset } from './lenient-quotes';
import { maxFrontMatterLength, tooLargeDiagnostic, tooLargeReason } from './front-matter-reading';
import { PlainDataTooLargeError, toPlainData } from './plain-data';
import { findUnclosedOpening, unclosedOpeningMessage, type UnclosedOpening } from './yaml-unclosed';
import type { FrontMatterData } from './types';

const maxAliasCount = 100;

/*
 * `core` has no timestamp type, so dates stay the strings the author wrote;
 * `resolveKnownTags: false` keeps explicit `!!timestamp` / `!!binary` from
 * turning into Date / bytes (they become unknown-tag warnings instead).
 * `keepSourceTokens` is left off: edits only need the node ranges, which the
 * parser records anyway, and the tokens would be kept in memory for every post.
 */
export const yamlParseOptions = {
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: false,
  maxAliasCount,
  resolveKnownTags: false,
  logLevel: 'error',
} as const;

export function parseYamlText(source: string): Document.Parsed {
  return parseDocument(source, yamlParseOptions);
}

export interface YamlReading {
  data: FrontMatterData | null;
  diagnostics: Diagnostic[];
  /**
   * Parsed document whose node ranges match the content exactly; null when
   * the content could not be read or was read only after adjusting it.
   */
  document: Document.Parsed | null;
  /** The document used for spans, with a map from its offsets to content offsets. */
  spanDocument: Document.Parsed | null;
  toContentOffset: (offset: number) => number;
  /** Why form edits are refused; null when they are possible. */
  readOnlyReason: string | null;
}

type Problem = Omit<Diagnostic, 'from' | 'to'> & { at: readonly [number, number] };

/**
 * Reads YAML front matter; offsets in the result are relative to `source`.
 * `firstLine` is the file's line number of the source's first line, for
 * messages that name a line.
 */
export function readYamlFrontMatter(source: string, firstLine = 1): YamlReading {
  const unreadable = (problems: Problem[], readOnlyReason: string): YamlReading => ({
    data: null,
    diagnostics: problems.map(toDiagnostic),
    document: null,
    spanDocument: null,
    toContentOffset: (offset) => offset,
    readOnlyReason,
  });

  if (source.length > maxFrontMatterLength) {
    return { ...unreadable([], tooLargeReason), diagnostics: [tooLargeDiagnostic()] };
  }

  let document = parseYamlText(source);
  let toContentOffset = (offset: number): number => offset;
  const problems: Problem[] = [];
  let readOnlyReason: string | null = null;

  const syntaxErrors = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  if (syntaxErrors.length > 0) {
    const lenient = indentQuotedContinuations(source);
    const retried = lenient ? parseYamlText(lenient.text) : null;
    if (lenient && retried && retried.errors.every((error) => error.code === 'DUPLICATE_KEY')) {
      document = retried;
      toContentOffset = (offset) => originalOffset(lenient, offset);
      for (const quoteAt of lenient.quoteStarts) {
        problems.push({
          severity: 'warning',
          rule: 'front-matter/quote-indent',
          message:
            'This quoted value continues on lines that start at the left edge. Hugo accepts that, ' +
            'but YAML does not; indent the continuation lines so every tool reads the value the same way.',
          at: [quoteAt, quoteAt + 1],
        });
      }
      readOnlyReason =
        'A quoted value in the front matter continues on unindented lines; indent them in the text editor to use the form.';
    } else {
      const opening = findUnclosedOpening(source);
      const shown = opening
        ? [unclosedProblem(source, opening, firstLine)]
        : syntaxErrors.map((error) => syntaxProblem(error, source.length));
      return unreadable(
        shown,
        'The front matter has a YAML error; fix it in the text editor to use the form.',
      );
    }
  }

  for (const error of document.errors) {
    if (error.code !== 'DUPLICATE_KEY') continue;
    const at = mapRange(error.pos, toContentOffset);
    const key = duplicateKeyName(document, error.pos[0]) ?? source.slice(at[0], at[1]);
    problems.push({
      severity: 'error',
      rule: 'front-matter/duplicate-key',
      message: `The key "${key}" appears more than once in the same group of the front matter. Hugo uses only one of them; remove the others.`,
      at: keyRange(document, error.pos[0], toContentOffset) ?? at,
    });
    readOnlyReason ??= `The front matter has the key "${key}" more than once; remove the extra one in the text editor to use the form.`;
  }

  for (const warning of document.warnings) {
    const at = mapRange(warning.pos, toContentOffset);
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = source.slice(at[0], at[1]).trim() || 'unknown';
      problems.push({
        severity: 'warning',
        rule: 'front-matter/unknown-tag',
        message: `The front matter uses the tag "${tag}", which is not a standard YAML type; the value is read as plain text.`,
        at,
      });
    } else {
      problems.push({
        severity: 'warning',
        rule: 'front-matter/syntax',
        message: sentence(warning.message),
        at,
      });
    }
  }

  const root = document.contents;
  // An explicit `null` (or a lone `...`) reads as no fields, as it does in Hugo.
  const empty = root === null || (isScalar(root) && root.value === null);
  if (!empty && !isMap(root)) {
    const kind = isSeq(root) ? 'a list' : 'a single value';
    const at = mapRange([root.range?.[0] ?? 0, root.range?.[1] ?? source.length], toContentOffset);
    problems.push({
      severity: 'error',
      rule: 'front-matter/not-a-mapping',
      message: `The front matter is ${kind}, but Hugo needs fields such as "title: …" there.`,
      at,
    });
    return {
      ...unreadable(
        problems,
        'The front matter is not a set of fields; fix it in the text editor to use the form.',
      ),
    };
  }

  let data: FrontMatterData;
  try {
    data = toPlainData(document.toJS({ maxAliasCount }));
  } catch (error) {
    if (!(error instanceof ReferenceError) && !(error instanceof PlainDataTooLargeError)) {
      throw error;
    }
    problems.push({
      severity: 'error',
      rule: 'front-matter/alias-limit',
      message:
        'The front matter repeats aliases (*name) so many times that reading it could exhaust memory, so it was not read.',
      at: mapRange(firstAliasRange(document) ?? [0, 0], toContentOffset),
    });
    return unreadable(
      problems,
      'The front matter uses too many aliases to read safely; edit it in the text editor.',
    );
  }

  const editable = readOnlyReason === null;
  return {
    data,
    diagnostics: problems.map(toDiagnostic),
    document: editable ? document : null,
    spanDocument: document,
    toContentOffset,
    readOnlyReason,
  };
}

function syntaxProblem(error: YAMLError, sourceLength: number): Problem {
  // An error found only at the end (an unclosed quote or bracket) is shown on
  // the last line of the front matter rather than on the closing delimiter.
  const from = Math.min(error.pos[0], Math.max(0, sourceLength - 1));
  const to = Math.max(from, Math.min(error.pos[1], sourceLength));
  const messages: Record<string, string> = {
    TAB_AS_INDENT: 'The front matter uses a tab for indentation; YAML allows only spaces there.',
    MULTIPLE_DOCS:
      'The front matter contains a second YAML document; remove the extra "---" or "..." line inside it.',
  };
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    messages.MISSING_CHAR = `A quoted value in the front matter is missing its closing ${quote} quote.`;
  }
  return {
    severity: 'error',
    rule: 'front-matter/syntax',
    message:
      messages[error.code] ??
      `The front matter is not valid YAML: ${sentence(lowerFirst(error.message))}`,
    at: [from, to],
  };
}

/** The opening that was never closed, through the end of its line. */
function unclosedProblem(source: string, opening: UnclosedOpening, firstLine: number): Problem {
  const lineEnd = source.indexOf('\n', opening.offset);
  const to = (lineEnd === -1 ? source.length : lineEnd) - (source[lineEnd - 1] === '\r' ? 1 : 0);
  const line = firstLine - 1 + new LineIndex(source).position(opening.offset).line;
  return {
    severity: 'error',
    rule: 'front-matter/syntax',
    message: unclosedOpeningMessage(opening, line),
    at: [opening.offset, Math.max(opening.offset + 1, to)],
  };
}

function toDiagnostic(problem: Problem): Diagnostic {
  const { at, ...rest } = problem;
  return { ...rest, from: at[0], to: Math.max(at[0], at[1]) };
}

function mapRange(
  range: readonly [number, number],
  map: (offset: number) => number,
): [number, number] {
  return [map(range[0]), map(range[1])];
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}

function duplicateKeyName(document: Document.Parsed, at: number): string | undefined {
  let name: string | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.range?.[0] === at) {
        name = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return name;
}

function keyRange(
  document: Document.Parsed,
  at: number,
  map: (offset: number) => number,
): [number, number] | undefined {
  let range: [number, number] | undefined;
  visit(document, {
    Pair(_, pair) {
      const keyRangeValue = isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRangeValue && keyRangeValue[0] === at) {
        range = [map(keyRangeValue[0]), map(keyRangeValue[1])];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return range;
}

function firstAliasRange(document: Document.Parsed): [number, number] | undefined {
  let range: [number, number] | undefined;
  visit(document, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        range = [node.range[0], node.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return range;
}
