/**
 * How well a typed query matches a command's title, or null when it does
 * not. Each typed word must match, in the order typed, one or more of the
 * title's words in order: as the start of a word (`save` in "Save post"), as
 * initials of words (`cwf` in "Compare with the file on disk", skipping
 * "the"), as a mix (`savp` — "sav" + "p"), or, for the last resort, inside
 * a word (`blems` in "problems"). Letters scattered across words do not
 * match: `dark` finds nothing in "Compare with the file on disk".
 */
export function matchScore(query: string, title: string): number | null {
  const typed = wordsOf(query);
  if (typed.length === 0) return 0;
  const words = wordsOf(title);
  const score = matchFrom(typed, 0, words, 0, new Map());
  // Among equal matches, shorter titles are closer to what was typed.
  return score === null ? null : score - title.length / 100;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The best score for typed words from `q` on, matched against title words from `w` on. */
function matchFrom(
  typed: readonly string[],
  q: number,
  words: readonly string[],
  w: number,
  memo: Map<string, number | null>,
): number | null {
  if (q === typed.length) return 0;
  const key = `${q}:${w}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const word = typed[q] ?? '';
  let best: number | null = null;
  const keep = (score: number | null) => {
    if (score !== null && (best === null || score > best)) best = score;
  };
  // The typed word as chunks, each the start of a later title word.
  for (let start = w; start < words.length; start++) {
    const skipped = start - w;
    for (const [score, next] of chunks(word, 0, words, start)) {
      const rest = matchFrom(typed, q + 1, words, next, memo);
      if (rest !== null) keep(score + rest - skipped * 0.5);
    }
  }
  // Inside a word, for a typed word of three letters or more.
  if (word.length >= 3) {
    for (let at = w; at < words.length; at++) {
      if (!(words[at] ?? '').slice(1).includes(word)) continue;
      const rest = matchFrom(typed, q + 1, words, at + 1, memo);
      if (rest !== null) keep(word.length + rest - (at - w) * 0.5);
    }
  }
  memo.set(key, best);
  return best;
}

/**
 * Ways `word` (from `from` on) is the starts of title words `at`, … in order,
 * each with its score and the title word after the last used. A whole typed
 * word that is the start of one title word scores most; each chunk more
 * costs a little, each title word skipped between chunks a little more.
 */
function chunks(
  word: string,
  from: number,
  words: readonly string[],
  at: number,
): [number, number][] {
  const title = words[at] ?? '';
  const found: [number, number][] = [];
  let length = 0;
  while (from + length < word.length && title.charAt(length) === word.charAt(from + length))
    length += 1;
  for (let taken = length; taken >= 1; taken--) {
    const score = taken * 2 + (taken === title.length ? 1 : 0);
    if (from + taken === word.length) {
      found.push([score + 3, at + 1]);
      continue;
    }
    for (let next = at + 1; next < words.length; next++)
      for (const [rest, after] of chunks(word, from + taken, words, next))
        found.push([score + rest - 1 - (next - at - 1) * 0.5, after]);
  }
  return found;
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
