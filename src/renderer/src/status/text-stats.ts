import { splitFrontMatter } from '../../../shared/post/split';

/** Where the body starts: after the front matter block, by the post model's one rule. */
export function bodyStart(text: string): number {
  return splitFrontMatter(text).bodyFrom;
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
