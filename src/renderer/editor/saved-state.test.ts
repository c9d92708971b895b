import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { isDirty, markSaved, nothingSaved, savedState, savedVersion } from './saved-state';

function opened(doc: string, version: string | null = 'v1'): EditorState {
  return EditorState.create({ doc, extensions: [savedState({ version })] });
}

describe('savedState', () => {
  it('starts clean at the version it was read as', () => {
    const state = opened('Hello.');
    expect(isDirty(state)).toBe(false);
    expect(savedVersion(state)).toBe('v1');
  });

  it('is dirty while the text differs from the saved text, and clean when it comes back', () => {
    const typed = opened('Hello.').update({ changes: { from: 6, insert: '!' } }).state;
    expect(isDirty(typed)).toBe(true);
    const undone = typed.update({ changes: { from: 6, to: 7 } }).state;
    expect(isDirty(undone)).toBe(false);
  });

  it('takes a new baseline and version when marked saved', () => {
    const typed = opened('Hello.').update({ changes: { from: 6, insert: '!' } }).state;
    const saved = typed.update({
      effects: markSaved.of({ baseline: typed.doc, version: 'v2' }),
    }).state;
    expect(isDirty(saved)).toBe(false);
    expect(savedVersion(saved)).toBe('v2');
  });

  it('stays dirty when the text moved on while the save was under way', () => {
    const sent = opened('Hello.').update({ changes: { from: 6, insert: '!' } }).state;
    const later = sent.update({ changes: { from: 0, insert: '> ' } }).state;
    const saved = later.update({
      effects: markSaved.of({ baseline: sent.doc, version: 'v2' }),
    }).state;
    expect(isDirty(saved)).toBe(true);
    expect(savedVersion(saved)).toBe('v2');
  });

  it('holds a restored text over nothing on disk as dirty, without a version', () => {
    const state = EditorState.create({
      doc: 'From a backup.',
      extensions: [savedState({ version: null, baseline: nothingSaved })],
    });
    expect(isDirty(state)).toBe(true);
    expect(savedVersion(state)).toBeNull();
  });

  it('reads a state without the field as clean and unversioned', () => {
    const state = EditorState.create({ doc: 'x' });
    expect(isDirty(state)).toBe(false);
    expect(savedVersion(state)).toBeNull();
  });
});
