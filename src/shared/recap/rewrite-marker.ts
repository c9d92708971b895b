/**
 * Text the recap builder writes for the user to replace (the intro, each
 * talk's paragraph taken from YouTube) carries this marker, an HTML comment
 * the site never shows. The check reports each marker as a warning, so that
 * `check --strict`, the publish check and export stop a draft until every
 * marked paragraph was rewritten and its marker removed.
 */
import { blankOutCode } from '../text/markdown-code';
import type { TextSpan } from '../post/types';

export const rewriteMarker = '<!-- rewrite -->';

/** `<!-- rewrite -->`, also without spaces, in any case, with a note after a colon. */
const markerPattern = /<!--\s*rewrite\b(?::[^\n]*?)?\s*-->/gi;

/** Where the markers are in a post's body, outside code. */
export function findRewriteMarkers(body: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (!/<!--\s*rewrite/i.test(body)) return spans;
  for (const match of blankOutCode(body).matchAll(markerPattern)) {
    spans.push({ from: match.index, to: match.index + match[0].length });
  }
  return spans;
}
