import matter from 'gray-matter';
import type { FrontMatterSplit } from './split';

/*
 * gray-matter is the project's reference splitter, but it cannot be trusted
 * with the file itself: it evaluates `---js` / `---javascript` front matter,
 * caches results in a shared mutable object when called without options,
 * strips the BOM, folds CRLF and reports no offsets. So the exact spans come
 * from `splitFrontMatter` and gray-matter is only asked for a second opinion on
 * the language and the split, with engines that parse nothing and refuse code.
 * Options are passed on every call, which also keeps it out of its cache.
 */

function refuseExecutableFrontMatter(): never {
  throw new Error('Executable front matter is never run.');
}

const captureOnly = { parse: (): object => ({}) };
const refuse = { parse: refuseExecutableFrontMatter };

/** Another reader's view of a front matter block's language, or null when it has none. */
export type FrontMatterLanguageOpinion = (
  text: string,
  split: FrontMatterSplit,
) => GrayMatterOpinion | null;

export interface GrayMatterOpinion {
  /** Language gray-matter would use (`yaml`, `toml`, or whatever follows the delimiter). */
  language: string;
  /** True when its front matter and body are exactly the ones `splitFrontMatter` found. */
  agrees: boolean;
}

/**
 * Asks gray-matter about a closed `---` / `+++` block that starts the file.
 * Returns null when gray-matter cannot run here (it needs Node's `Buffer`,
 * which a sandboxed renderer does not have) or does not see the same block.
 */
export function grayMatterOpinion(text: string, split: FrontMatterSplit): GrayMatterOpinion | null {
  if (split.status !== 'closed' || split.delimiter === null || split.content === null) return null;
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (split.openLine.from !== bomLength) return null;
  let file: { language: string; matter: string; content: string };
  try {
    file = matter(text, {
      delimiters: split.delimiter,
      language: split.delimiter === '+++' ? 'toml' : 'yaml',
      excerpt: false,
      engines: {
        yaml: captureOnly,
        toml: captureOnly,
        json: captureOnly,
        js: refuse,
        javascript: refuse,
      },
    });
  } catch {
    return null;
  }
  // gray-matter keeps the line break after the opening line and drops the one
  // before the closing delimiter.
  const matterEnd = Math.max(split.afterOpening, split.content.to - 1);
  const agrees =
    file.content === text.slice(split.bodyFrom) &&
    file.matter === text.slice(split.afterOpening, matterEnd);
  return { language: file.language.toLowerCase(), agrees };
}
