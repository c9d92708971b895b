import { splitFrontMatter } from '../post/split';

/**
 * The file up to the end of its front matter block (closing line break
 * included), or the whole file when the block is missing or not closed.
 * Everything the form reads and edits lies there, and offsets in it are the
 * file's own; reading only it keeps a keystroke in the form independent of
 * how long the body is.
 */
export function frontMatterHead(text: string): string {
  const split = splitFrontMatter(text);
  return split.status === 'closed' && split.span ? text.slice(0, split.span.to) : text;
}
