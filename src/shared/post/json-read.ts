import {
  formEditsUnsupported,
  maxFrontMatterLength,
  pathKey,
  tooLargeDiagnostic,
  type FrontMatterReading,
} from './front-matter-reading';
import { scanJson, type JsonScan } from './json-scan';
import { PlainDataTooLargeError, isPlainObject, toPlainValue } from './plain-data';

/** Reads JSON front matter (`{ … }` at the top, as Hugo accepts): readable, never form-edited. */
export function readJsonFrontMatter(source: string): FrontMatterReading {
  const readOnlyReason = formEditsUnsupported('JSON');
  let scan: JsonScan | undefined;
  const scanned = (): JsonScan => (scan ??= scanJson(source));
  const fieldSpans: FrontMatterReading['fieldSpans'] = (path) => scanned().spans.get(pathKey(path));
  if (source.length > maxFrontMatterLength) {
    return {
      data: null,
      diagnostics: [tooLargeDiagnostic()],
      readOnlyReason,
      fieldSpans,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    const error = scanned().error ?? { at: 0, message: 'it could not be read' };
    return {
      data: null,
      diagnostics: [
        {
          severity: 'error',
          rule: 'front-matter/syntax',
          message: `The front matter is not valid JSON: ${error.message}.`,
          from: error.at,
          to: Math.min(error.at + 1, source.length),
        },
      ],
      readOnlyReason,
      fieldSpans,
    };
  }
  let value;
  try {
    value = toPlainValue(parsed);
  } catch (error) {
    if (!(error instanceof PlainDataTooLargeError)) throw error;
    value = null;
  }
  if (!isPlainObject(value)) {
    return {
      data: null,
      diagnostics: [
        {
          severity: 'error',
          rule: 'front-matter/not-a-mapping',
          message:
            'The front matter is not a JSON object, but Hugo needs fields such as "title" there.',
          from: 0,
          to: source.length,
        },
      ],
      readOnlyReason,
      fieldSpans,
    };
  }
  const diagnostics = scanned().duplicates.map((duplicate) => ({
    severity: 'error' as const,
    rule: 'front-matter/duplicate-key',
    message: `The key "${duplicate.key}" appears more than once in the same object of the front matter. Hugo uses only one of them; remove the others.`,
    from: duplicate.from,
    to: duplicate.to,
  }));
  return { data: value, diagnostics, readOnlyReason, fieldSpans };
}
