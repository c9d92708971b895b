// @vitest-environment jsdom
import { history, undo } from '@codemirror/commands';
import { forEachDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { diagnosticsUpdate, toLintDiagnostics } from './diagnostics';
import { applyQuickFix, quickFixes } from './quick-fixes';
import { siteFacts } from './site-facts';

const text =
  '---\ntitle: A post\nparams:\n  author: jasn\n  videoSchema:\n' +
  '    - title: Talk\n      thumbnailUrl: http://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg\n' +
  '---\n\n{{< youtube BWL4889RKhU >}}\n';
const unknownAuthor: Diagnostic = {
  severity: 'error',
  rule: 'schema/author-unknown',
  message: 'The author "jasn" is not one of the authors.',
  from: text.indexOf('jasn'),
  to: text.indexOf('jasn') + 4,
};
const httpThumbnail: Diagnostic = {
  severity: 'warning',
  rule: 'video/thumbnail-http',
  message: 'The thumbnailUrl uses http://.',
  from: text.indexOf('http://'),
  to: text.indexOf('.jpg') + 4,
};

let view: EditorView | null = null;
afterEach(() => view?.destroy());

function editor(): EditorView {
  const state = EditorState.create({
    doc: text,
    extensions: [history(), siteFacts.of({ authors: ['jason', 'william'] })],
  });
  view = new EditorView({ state, parent: document.body });
  return view;
}

describe('quick fixes in the editor', () => {
  it('are lint actions named after the fix, beside "Open in the form" for video findings', () => {
    const state = editor().state;
    const [author, thumbnail] = toLintDiagnostics(state.doc, [unknownAuthor, httpThumbnail], state);
    expect(author?.actions?.map((a) => a.name)).toEqual(['Did you mean "jason"?']);
    expect(thumbnail?.actions?.map((a) => a.name)).toEqual([
      'Change to https://',
      'Open in the form',
    ]);
  });

  it('apply from the lint action as one edit that one undo takes back', () => {
    const view = editor();
    view.dispatch(diagnosticsUpdate(view.state, [unknownAuthor]));
    let action: (() => void) | null = null;
    forEachDiagnostic(view.state, (d, from, to) => {
      action = () => d.actions?.[0]?.apply(view, from, to);
    });
    (action as (() => void) | null)?.();
    expect(view.state.doc.toString()).toBe(text.replace('author: jasn', 'author: jason'));
    undo(view);
    expect(view.state.doc.toString()).toBe(text);
  });

  it('follow the text: a fix chosen after an edit above still lands on its value', () => {
    const view = editor();
    view.dispatch(diagnosticsUpdate(view.state, [httpThumbnail]));
    view.dispatch({ changes: { from: 4, insert: 'draft: true\n' } });
    let apply: (() => void) | null = null;
    forEachDiagnostic(view.state, (d, from, to) => {
      apply = () => d.actions?.[0]?.apply(view, from, to);
    });
    (apply as (() => void) | null)?.();
    expect(view.state.doc.toString()).toBe(
      text.replace('---\n', '---\ndraft: true\n').replace('http://i.ytimg', 'https://i.ytimg'),
    );
  });

  it('are computed by quickFixes and applied by applyQuickFix for the panel', () => {
    const view = editor();
    const [fix] = quickFixes(view.state, httpThumbnail);
    applyQuickFix(view, fix!);
    expect(view.state.doc.toString()).toBe(text.replace('http://i.ytimg', 'https://i.ytimg'));
    expect(quickFixes(view.state, { ...httpThumbnail, rule: 'seo/title-length' })).toEqual([]);
  });
});
