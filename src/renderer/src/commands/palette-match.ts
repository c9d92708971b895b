/**
 * Scores how well a typed query matches a command's title: every query
 * character must appear in order; matches at the start of words and runs of
 * consecutive characters score higher. Null when it does not match.
 */
export function matchScore(query: string, title: string): number | null {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const t = title.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    if (char === ' ') continue;
    const at = t.indexOf(char, from);
    if (at === -1) return null;
    const wordStart = at === 0 || /[\s/:(-]/.test(t.charAt(at - 1));
    score += 1 + (wordStart ? 3 : 0) + (at === previous + 1 ? 2 : 0);
    previous = at;
    from = at + 1;
  }
  // Among equal matches, shorter titles are closer to what was typed.
  return score - t.length / 100;
}

/** The items whose title matches, best first; all of them, in order, for an empty query. */
export function rankByMatch<T>(
  items: readonly T[],
  query: string,
  title: (item: T) => string,
): T[] {
  const scored: { item: T; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    const score = matchScore(query, title(item));
    if (score !== null) scored.push({ item, score, order });
  });
  if (query.trim() === '') return scored.map((entry) => entry.item);
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.item);
}
