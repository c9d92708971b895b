/**
 * What in CSS could load or run something: `url(`, `image-set(` (which
 * loads from plain strings), `expression(` (old IE), `@import`, `behavior`
 * and `-moz-binding`. A backslash escape or a comment could hide one of
 * these from a text search, so a piece holding either is refused whole.
 */
const loadsOrRuns =
  /url\s*\(|image-set\s*\(|image\s*\(|expression\s*\(|@import|behavior|-moz-binding|\\|\/\*/i;

/**
 * A `style` attribute's declarations without those that could load or run
 * something (see `loadsOrRuns`); `''` when none is left.
 */
export function safeInlineStyle(value: string): string {
  if (!loadsOrRuns.test(value)) return value;
  const kept = value.split(';').filter((declaration) => !loadsOrRuns.test(declaration));
  return kept.some((declaration) => declaration.trim() !== '') ? kept.join(';').trim() : '';
}

/**
 * A style sheet's text without any declaration, selector or at-rule that
 * could load or run something. The text is cut at `;`, `{` and `}` and each
 * piece that holds a forbidden word is emptied, its delimiter kept so the
 * braces still pair. Comments go first: one could split a forbidden word
 * in two (`ur`, a comment, `l(`).
 */
export function safeStyleSheet(text: string): string {
  const uncommented = text.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
  return uncommented.replace(/[^;{}]*([;{}]?)/g, (piece, delimiter: string) =>
    loadsOrRuns.test(piece.slice(0, piece.length - delimiter.length)) ? delimiter : piece,
  );
}
