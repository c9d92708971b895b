/**
 * The quick fixes the problems panel and the publish check offer for the
 * findings they list, computed from the editor's text when asked: a title
 * for each button when the list is drawn, the fix itself again when one is
 * chosen (the text may have changed since).
 */
import type { EditorView } from '@codemirror/view';
import { applyQuickFix, quickFixes, shownDiagnostics } from '../../editor';
import type { Diagnostic } from '../../../shared/diagnostics';
import { combineFixes } from '../../../shared/fixes';
import { parsePost } from '../../../shared/post';
import type { PostDocument } from '../../../shared/post/types';

export interface ProblemFixer {
  /** The fixes' titles for a finding, best first; none when it has no mechanical fix. */
  titles(finding: Diagnostic): string[];
  /** Applies the fix called `title`; false when the text no longer needs it. */
  apply(finding: Diagnostic, title: string): boolean;
  /** Applies the first fix of each finding as one edit; false when none applied. */
  applyAll(findings: readonly Diagnostic[]): boolean;
}

/**
 * The finding as the editor shows it now: diagnostics move with edits, so
 * the one of the same rule and message nearest its old place.
 */
function liveFinding(view: EditorView, finding: Diagnostic): Diagnostic | null {
  let best: Diagnostic | null = null;
  for (const shown of shownDiagnostics(view.state)) {
    if (shown.rule !== finding.rule || shown.message !== finding.message) continue;
    if (!best || Math.abs(shown.from - finding.from) < Math.abs(best.from - finding.from)) {
      best = shown;
    }
  }
  return best;
}

/** A fixer for the post `viewOf` returns the editor of (null: no post open, no fixes). */
export function createProblemFixer(viewOf: () => EditorView | null): ProblemFixer {
  let parsed: { text: string; doc: PostDocument } | null = null;
  const docOf = (view: EditorView): PostDocument => {
    const text = view.state.doc.toString();
    if (parsed?.text !== text) parsed = { text, doc: parsePost(text) };
    return parsed.doc;
  };
  const fixesOf = (view: EditorView, finding: Diagnostic) => {
    const live = liveFinding(view, finding);
    return live ? quickFixes(view.state, live, docOf(view)) : [];
  };
  return {
    titles(finding) {
      const view = viewOf();
      return view ? fixesOf(view, finding).map((fix) => fix.title) : [];
    },
    apply(finding, title) {
      const view = viewOf();
      const fix = view ? fixesOf(view, finding).find((f) => f.title === title) : undefined;
      if (!view || !fix) return false;
      applyQuickFix(view, fix);
      return true;
    },
    applyAll(findings) {
      const view = viewOf();
      if (!view) return false;
      const firsts = findings.flatMap((finding) => fixesOf(view, finding).slice(0, 1));
      const all = combineFixes(firsts, `Fix all ${findings.length}`);
      if (!all) return false;
      applyQuickFix(view, all);
      return true;
    },
  };
}
