/** Where the body starts: after a `---` (YAML) or `+++` (TOML) front matter block, if any. */
export function bodyStart(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const delimiter = open[1] === '---' ? '---' : '\\+\\+\\+';
  const close = new RegExp(`^${delimiter}[ \\t]*(?:\\r?\\n|$)`, 'm');
  const rest = text.slice(open[0].length);
  const found = close.exec(rest);
  return found ? open[0].length + found.index + found[0].length : 0;
}

/**
 * Words a reader reads in the body: shortcode calls, HTML tags, link targets
 * and Markdown punctuation are not words.
 */
export function countWords(text: string): number {
  const body = text
    .slice(bodyStart(text))
    .replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ');
  let count = 0;
  for (const token of body.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** Minutes to read, as Hugo's `.ReadingTime` computes it for non-CJK text (213 words a minute). */
export function readingMinutes(words: number): number {
  return Math.floor((words + 212) / 213);
}
