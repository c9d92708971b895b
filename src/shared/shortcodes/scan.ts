import { lexShortcodeTags } from './lexer';
import { pairShortcodeTags } from './pairing';
import type { ShortcodeScan, ShortcodeScanOptions } from './types';

/**
 * Finds every shortcode call in Markdown text, as Hugo's page lexer does. Like
 * Hugo, it does not skip code fences or indented code: Hugo runs shortcodes
 * there too. Offsets are into `text`.
 */
export function scanShortcodes(text: string, options: ShortcodeScanOptions): ShortcodeScan {
  const lexed = lexShortcodeTags(text);
  const paired = pairShortcodeTags(lexed.tags, options, lexed.broken);
  const problems = [...lexed.problems, ...paired.problems].sort(
    (a, b) => a.span.from - b.span.from || a.span.to - b.span.to,
  );
  return { calls: paired.calls, problems, comments: lexed.comments };
}
