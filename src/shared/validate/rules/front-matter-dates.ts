/**
 * `schema/date-invalid`: a date Hugo cannot read. Hugo drops such a date
 * without a word, so the post silently loses it (and may sort or publish
 * differently); the author should hear about it before publishing.
 */
import type { Diagnostic } from '../../diagnostics';
import { writtenPath } from '../../schema/known-keys';
import { parseHugoDate } from '../../time/hugo-date';
import {
  diagnostic,
  quote,
  shownPath,
  valueSpan,
  type FrontMatterCheck,
} from './front-matter-context';

const dateKeys = [
  'date',
  'publishDate',
  'pubdate',
  'published',
  'lastmod',
  'modified',
  'expiryDate',
  'unpublishdate',
] as const;

/** `published: true` is Hugo's other way of saying `draft: false`, not a date. */
const booleanWords = new Set(['true', 'false', 't', 'f', '1', '0']);

const example = 'Write it like 2021-06-17 or 2021-06-17T09:00:00Z.';

export function checkDates(check: FrontMatterCheck): Diagnostic[] {
  return dateKeys.flatMap((key) => {
    const value = check.data[key];
    if (value === undefined || value === null) return [];
    if (
      key === 'published' &&
      (typeof value === 'boolean' || booleanWords.has(String(value).toLowerCase()))
    ) {
      return [];
    }
    const message = problemWith(check, key, shownPath(check, [key]), value);
    return message
      ? [diagnostic('error', 'schema/date-invalid', message, valueSpan(check, [key]))]
      : [];
  });
}

function problemWith(
  check: FrontMatterCheck,
  key: string,
  shown: string,
  value: unknown,
): string | null {
  if (typeof value === 'number') {
    return `Hugo reads the bare number ${value} in "${shown}" as seconds since 1 January 1970, which is almost certainly not the date meant. ${example}`;
  }
  if (typeof value !== 'string' || isTomlDateTime(check, key)) return null;
  if (value.trim() === '') {
    return `"${shown}" is empty, so Hugo ignores it. Fill in a date or remove the key.`;
  }
  const parsed = parseHugoDate(value);
  if (!parsed.ok) {
    return `Hugo cannot read ${quote(value)} in "${shown}" as a date and would silently ignore it. ${example}`;
  }
  if (!parsed.hasYear) {
    return `Hugo reads ${quote(value)} in "${shown}" as a time of day without a date, so the post would be dated in year 0. Add the full date, for example 2021-06-17T15:04:00Z.`;
  }
  return null;
}

/**
 * In TOML front matter an unquoted date is a date value, which the TOML
 * reader has already checked and Hugo takes as is, whatever its layout.
 */
function isTomlDateTime(check: FrontMatterCheck, key: string): boolean {
  if (check.doc.frontMatter?.format !== 'toml') return false;
  const span = check.doc.valueSpan(writtenPath(check.written, [key]));
  const first = span ? check.doc.text[span.from] : undefined;
  return first !== undefined && first !== '"' && first !== "'";
}
