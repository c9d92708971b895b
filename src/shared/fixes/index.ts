/**
 * Quick fixes: the mechanical repairs of findings, offered as CodeMirror
 * lint actions and as buttons in the problems panel and the publish check.
 * Pure: a fix is computed from the post's text as it is now, and applied by
 * the caller as one undoable edit.
 */
import type { PostDocument } from '../post/types';
import { authorFixes } from './author-fix';
import { trailingSpaceFix } from './trailing-space-fix';
import type { FixableFinding, FixContext, QuickFix } from './types';
import { videoFixes } from './video-fixes';

export type { FixableFinding, FixContext, QuickFix } from './types';
export { uploadDateWithZone } from './video-fixes';
export { combineFixes } from './combine';

/** The rules some of whose findings have a fix; others need not be looked at. */
export const fixableRules: ReadonlySet<string> = new Set([
  'schema/author-unknown',
  'markdownlint/no-trailing-spaces',
  'video/thumbnail-http',
  'video/upload-date-no-zone',
  'video/duration-zero',
  'video/unused-schema',
  'video/missing-schema',
  'video/site-convention',
]);

/** The fixes for one finding in `doc` (the text it was found in), best first; none when it has none. */
export function fixesFor(
  doc: PostDocument,
  finding: FixableFinding,
  context: FixContext,
): QuickFix[] {
  if (!fixableRules.has(finding.rule)) return [];
  if (finding.rule === 'markdownlint/no-trailing-spaces') {
    return trailingSpaceFix(doc.text, finding.from);
  }
  if (finding.rule === 'schema/author-unknown') return authorFixes(doc, finding, context.authors);
  return videoFixes(doc, finding, context);
}
