import { parsePost } from './document';
import { grayMatterOpinion } from './gray-matter-check';
import type { PostDocument } from './types';

/**
 * `parsePost` with gray-matter's second opinion on a front matter block's
 * language. For main and the CLI only: gray-matter carries an `eval` engine,
 * so the renderer imports `parsePost` from `./index` and never this module
 * (a build test reads the renderer's bundle for it).
 */
export function parsePostChecked(text: string): PostDocument {
  return parsePost(text, grayMatterOpinion);
}
