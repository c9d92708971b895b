/**
 * The quick fixes of `shared/fixes` in the editor: computed from the text
 * the view holds now, applied as one transaction that one undo takes back.
 * The lint tooltip's actions and the problems panel's buttons both go
 * through here.
 */
import { isolateHistory } from '@codemirror/commands';
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import {
  fixableRules,
  fixesFor,
  type FixableFinding,
  type FixContext,
  type QuickFix,
} from '../../shared/fixes';
import { parsePost } from '../../shared/post';
import type { PostDocument } from '../../shared/post/types';
import { siteFacts } from './site-facts';

/** What the fixes need from the site, as the editor knows it. */
export function fixContextOf(state: EditorState): FixContext {
  const facts = state.facet(siteFacts);
  return {
    authors: facts.authors,
    usesInner: (name) => facts.shortcodes.get(name)?.usesInner,
  };
}

/** Whether a finding of this rule may have a fix; the others are not looked at. */
export function mayHaveFix(rule: string): boolean {
  return fixableRules.has(rule);
}

/** The fixes of a finding against the state's text (its offsets must be of that text). */
export function quickFixes(
  state: EditorState,
  finding: FixableFinding,
  doc: PostDocument = parsePost(state.doc.toString()),
): QuickFix[] {
  if (!mayHaveFix(finding.rule)) return [];
  return fixesFor(doc, finding, fixContextOf(state));
}

/** Applies a fix computed from the view's current text as one undoable edit. */
export function applyQuickFix(view: EditorView, fix: QuickFix): void {
  if (fix.changes.length === 0) return;
  view.dispatch({
    changes: fix.changes,
    userEvent: 'input.fix',
    annotations: isolateHistory.of('full'),
  });
}

/**
 * Finds the fix called `title` for the finding again, from the text as it
 * is now, and applies it; false when the text no longer needs it.
 */
export function applyQuickFixNamed(
  view: EditorView,
  finding: FixableFinding,
  title: string,
): boolean {
  const fix = quickFixes(view.state, finding).find((candidate) => candidate.title === title);
  if (!fix) return false;
  applyQuickFix(view, fix);
  return true;
}
