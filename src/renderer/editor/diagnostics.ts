import {
  forEachDiagnostic,
  linter,
  setDiagnostics,
  setDiagnosticsEffect,
  type Diagnostic as LintDiagnostic,
} from '@codemirror/lint';
import type { EditorState, Extension, Text, TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Diagnostic } from '../../shared/diagnostics';
import { parsePost } from '../../shared/post';
import type { PostDocument } from '../../shared/post/types';
import { applyQuickFixNamed, mayHaveFix, quickFixes } from './quick-fixes';

/** Checks a post's whole text; the app passes one that calls the workspace's `posts.validate`. */
export type ValidateText = (text: string) => Promise<readonly Diagnostic[]>;

export interface PostDiagnosticsConfig {
  validate: ValidateText;
  /** Quiet time after the last change before the text is checked, in ms. Defaults to 500. */
  delay?: number;
  /**
   * Called with the diagnostics shown whenever they are replaced (after a
   * check, or by `showDiagnostics`), for a problems panel.
   */
  onChange?: (diagnostics: Diagnostic[]) => void;
  /**
   * Called when `validate` fails (the workspace is gone, the connection
   * dropped). The diagnostics shown stay as they were.
   */
  onError?: (error: unknown) => void;
}

function clamp(pos: number, doc: Text): number {
  return Math.min(Math.max(0, Math.trunc(pos)), doc.length);
}

/**
 * The event a `video/*` finding's "Open in the form" action sends from the
 * editor (through its shadow root) with the finding as `detail`, for the
 * screen to open the video editor at that entry and field.
 */
export const openFindingInFormEvent = 'recap-studio:open-finding-in-form';

export type OpenFindingInFormDetail = Pick<Diagnostic, 'rule' | 'from' | 'to'>;

function openInFormAction(rule: string): LintDiagnostic['actions'] {
  if (!rule.startsWith('video/')) return undefined;
  return [
    {
      name: 'Open in the form',
      apply(view, from, to) {
        const detail: OpenFindingInFormDetail = { rule, from, to };
        view.dom.dispatchEvent(
          new CustomEvent(openFindingInFormEvent, { detail, bubbles: true, composed: true }),
        );
      },
    },
  ];
}

/**
 * A finding's quick fixes as lint actions. The names are those of the fixes
 * for the text checked; the action computes its fix again from the text
 * when it is chosen (with the finding's offsets as edits have moved them).
 */
function quickFixActions(
  state: EditorState,
  doc: () => PostDocument,
  finding: Diagnostic,
): NonNullable<LintDiagnostic['actions']> {
  return quickFixes(state, finding, doc()).map((fix) => ({
    name: fix.title,
    apply(view, from, to) {
      applyQuickFixNamed(view, { rule: finding.rule, from, to }, fix.title);
    },
  }));
}

/**
 * Our diagnostics as `@codemirror/lint` ones: the rule becomes the source,
 * and offsets are kept inside the document (a diagnostic for a text that has
 * since shrunk points at its end rather than failing). With `state` (whose
 * text the diagnostics are of), findings with a mechanical fix get it as an
 * action.
 */
export function toLintDiagnostics(
  doc: Text,
  diagnostics: readonly Diagnostic[],
  state?: EditorState,
): LintDiagnostic[] {
  let post: PostDocument | null = null;
  const parsed = () => (post ??= parsePost(doc.toString()));
  return diagnostics.map((diagnostic) => {
    const from = clamp(diagnostic.from, doc);
    const fixes =
      state && mayHaveFix(diagnostic.rule)
        ? quickFixActions(state, parsed, { ...diagnostic, from, to: clamp(diagnostic.to, doc) })
        : [];
    const formActions = openInFormAction(diagnostic.rule) ?? [];
    const actions = [...fixes, ...formActions];
    return {
      from,
      to: Math.max(from, clamp(diagnostic.to, doc)),
      severity: diagnostic.severity,
      source: diagnostic.rule,
      message: diagnostic.message,
      ...(actions.length > 0 ? { actions } : {}),
    };
  });
}

/** The diagnostics the editor shows, with positions moved along with edits since they were found. */
export function shownDiagnostics(state: EditorState): Diagnostic[] {
  const found: Diagnostic[] = [];
  forEachDiagnostic(state, (diagnostic, from, to) => {
    found.push({
      severity: diagnostic.severity === 'hint' ? 'info' : diagnostic.severity,
      rule: diagnostic.source ?? '',
      message: diagnostic.message,
      from,
      to,
    });
  });
  return found;
}

/** A transaction spec that replaces the shown diagnostics. */
export function diagnosticsUpdate(
  state: EditorState,
  diagnostics: readonly Diagnostic[],
): TransactionSpec {
  return setDiagnostics(state, toLintDiagnostics(state.doc, diagnostics, state));
}

/**
 * Shows diagnostics that came from elsewhere, such as a save result.
 * `checkedDoc` is the document the diagnostics were computed for (the
 * `state.doc` the app saved); when the text has changed since, nothing is
 * shown and false is returned: their offsets no longer fit, and the linter's
 * next run is already due.
 */
export function showDiagnostics(
  view: EditorView,
  diagnostics: readonly Diagnostic[],
  checkedDoc?: Text,
): boolean {
  if (checkedDoc && !checkedDoc.eq(view.state.doc)) return false;
  view.dispatch(diagnosticsUpdate(view.state, diagnostics));
  return true;
}

/** Selects a diagnostic's range, scrolls it to the middle of the view and focuses the editor. */
export function jumpToDiagnostic(
  view: EditorView,
  diagnostic: Pick<Diagnostic, 'from' | 'to'>,
): void {
  const { doc } = view.state;
  const from = clamp(diagnostic.from, doc);
  const to = Math.max(from, clamp(diagnostic.to, doc));
  view.dispatch({
    selection: { anchor: from, head: to },
    effects: EditorView.scrollIntoView(from, { y: 'center' }),
    userEvent: 'select',
  });
  view.focus();
}

/**
 * Shows the post's validation inline, checking the text after each pause
 * in typing (`delay`). The check runs outside the typing path: `validate` is
 * asynchronous (the workspace runs it in the main process), and results for
 * a text that changed meanwhile are dropped by the linter, which checks
 * again.
 */
export function postDiagnostics(config: PostDiagnosticsConfig): Extension {
  const source = async (view: EditorView): Promise<readonly LintDiagnostic[]> => {
    const { doc } = view.state;
    try {
      const found = await config.validate(doc.toString());
      // Dropped by the linter anyway when the text moved on; no fixes to compute then.
      return toLintDiagnostics(doc, found, view.state.doc.eq(doc) ? view.state : undefined);
    } catch (error) {
      config.onError?.(error);
      return toLintDiagnostics(doc, shownDiagnostics(view.state), view.state);
    }
  };
  const extensions: Extension[] = [linter(source, { delay: config.delay ?? 500 })];
  const { onChange } = config;
  if (onChange) {
    extensions.push(
      EditorView.updateListener.of((update) => {
        const replaced = update.transactions.some((tr) =>
          tr.effects.some((effect) => effect.is(setDiagnosticsEffect)),
        );
        if (replaced) onChange(shownDiagnostics(update.state));
      }),
    );
  }
  return extensions;
}
