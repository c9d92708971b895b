import type { FrontMatterData } from '../post/types';

/**
 * Hugo's `.Param KEY` as the built-in `param` shortcode prints it: the
 * page's front matter first, then the site's `params`; keys are matched
 * without regard to case and may be dotted (`social.twitter`). Only values
 * that print as plain text are given (strings, numbers, booleans, dates).
 */
export function paramLookup(
  frontMatter: FrontMatterData | null,
  siteParams: Readonly<Record<string, unknown>> | undefined,
): (key: string) => string | undefined {
  return (key) => printable(find(frontMatter, key)) ?? printable(find(siteParams, key));
}

function find(data: unknown, key: string): unknown {
  let value: unknown = data;
  for (const segment of key.toLowerCase().split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entry = Object.entries(value).find(([name]) => name.toLowerCase() === segment);
    value = entry?.[1];
  }
  return value;
}

function printable(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
