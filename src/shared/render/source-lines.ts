import type { StateCore } from 'markdown-it';
import type { RenderEnv } from './render-env';

/** Attribute that ties a preview block to its source line (1-based, in the file). */
export const sourceLineAttribute = 'data-source-line';

const taggedBlocks = new Set([
  'paragraph_open',
  'heading_open',
  'bullet_list_open',
  'ordered_list_open',
  'list_item_open',
  'blockquote_open',
  'table_open',
  'tr_open',
  'dl_open',
  'dt_open',
  'dd_open',
  'hr',
  'fence',
  'code_block',
]);

/** Puts `data-source-line` on every block that starts on a known line, for scroll sync. */
export function tagSourceLines(state: StateCore): void {
  const sourceLine = (state.env as RenderEnv).sourceLine;
  if (!sourceLine) return;
  for (const token of state.tokens) {
    if (!token.map || !taggedBlocks.has(token.type) || token.hidden) continue;
    token.attrSet(sourceLineAttribute, String(sourceLine(token.map[0])));
  }
}
