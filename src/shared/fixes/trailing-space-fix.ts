import type { QuickFix } from './types';

/**
 * `markdownlint/no-trailing-spaces`: deletes the spaces and tabs that end
 * the finding's line. markdownlint only reports them when the site's config
 * does not take them as a line break, so all of them go.
 */
export function trailingSpaceFix(text: string, at: number): QuickFix[] {
  const newline = text.indexOf('\n', at);
  let end = newline === -1 ? text.length : newline;
  if (text[end - 1] === '\r') end -= 1;
  let start = end;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
  if (start === end) return [];
  return [{ title: 'Remove the trailing spaces', changes: [{ from: start, to: end, insert: '' }] }];
}
