// @vitest-environment jsdom
import { EditorView } from '@codemirror/view';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubRangeGeometry } from '../../../../test/renderer/dom-test-support';
import { shownDiagnostics } from '../../editor';
import { EditorSession } from './editor-session';
import { MemoryStudio } from '../../../../test/fakes/memory-studio';

const A = 'content/blog/2025/0101-a/index.md';
const B = 'content/blog/2025/0202-b/index.md';

let memory: MemoryStudio;
let session: EditorSession;
let view: EditorView;
let notices: string[];

function type(text: string, at?: number): void {
  const pos = at ?? view.state.doc.length;
  view.dispatch({ changes: { from: pos, insert: text }, userEvent: 'input.type' });
}

function text(path: string): string {
  return session.editors.state(path)!.doc.toString();
}

beforeEach(() => {
  stubRangeGeometry();
  vi.useFakeTimers();
  memory = new MemoryStudio();
  memory.write(A, '---\ntitle: A\n---\nHello.\n');
  memory.write(B, '---\ntitle: B\n---\nWorld.\n');
  notices = [];
  session = new EditorSession({
    client: memory.client,
    notify: (message) => notices.push(message),
    backupDelay: 1000,
    checkDelay: 60_000,
  });
  view = new EditorView({ parent: document.body });
  session.editors.attach(view);
});

afterEach(() => {
  session.dispose();
  view.destroy();
  vi.useRealTimers();
});

describe('tabs', () => {
  it('keeps unsaved text, selection and undo history of each post when switching', async () => {
    await session.open(A, 'Post A');
    type(' More.');
    view.dispatch({ selection: { anchor: 3 } });
    await session.open(B, 'Post B');
    expect(view.state.doc.toString()).toBe(memory.files.get(B));
    session.activate(A);
    expect(view.state.doc.toString()).toBe(`${memory.files.get(A)} More.`);
    expect(view.state.selection.main.head).toBe(3);
    expect(session.tab(A)).toMatchObject({ dirty: true, title: 'Post A' });
    expect(session.tab(B)?.dirty).toBe(false);
  });

  it('reads a post once even when asked twice at once, and says why one cannot open', async () => {
    await Promise.all([session.open(A), session.open(A)]);
    expect(memory.calls.filter((call) => call === `posts.read ${A}`)).toHaveLength(1);
    expect(await session.open('content/missing.md', 'Missing')).toBe(false);
    expect(notices).toEqual([
      'Missing could not be opened. There is no post at content/missing.md.',
    ]);
    expect(session.getState().tabs).toHaveLength(1);
  });

  it('shows nothing, and says so in the status, once every tab is closed', async () => {
    await session.open(A);
    await session.open(B);
    session.closeAll();
    expect(session.getState()).toEqual({ tabs: [], active: null });
    expect(session.shownDocument.get()).toBeNull();
    expect(session.status.get()).toEqual({ line: 1, column: 1, words: 0, minutes: 0 });
    expect(session.editors.paths()).toEqual([]);
  });

  it('becomes clean again when the edit is undone', async () => {
    await session.open(A);
    type('x');
    expect(session.tab(A)?.dirty).toBe(true);
    view.dispatch({ changes: { from: view.state.doc.length - 1, to: view.state.doc.length } });
    expect(session.tab(A)?.dirty).toBe(false);
  });

  it('follows the cursor and counts the words of the post shown', async () => {
    await session.open(A);
    view.dispatch({ selection: { anchor: view.state.doc.line(4).from + 2 } });
    expect(session.status.get()).toMatchObject({ line: 4, column: 3, words: 1, minutes: 1 });
    type(' Two three.');
    vi.advanceTimersByTime(400);
    expect(session.status.get().words).toBe(3);
    expect(session.shownDocument.get()?.doc.toString()).toContain('Two three.');
  });
});

describe('saving', () => {
  it('saves over the version it read, and is clean afterwards', async () => {
    await session.open(A);
    const before = memory.version(A);
    type('Saved text.');
    expect(await session.save(A)).toBe(true);
    expect(memory.files.get(A)).toContain('Saved text.');
    expect(memory.calls).toContain(`posts.save ${A} ${before}`);
    expect(session.tab(A)).toMatchObject({ dirty: false, version: memory.version(A) });
  });

  it('stays dirty when the text changed while saving', async () => {
    await session.open(A);
    type('one');
    const saving = session.save(A);
    type(' two');
    await saving;
    expect(memory.files.get(A)).toMatch(/one$/);
    expect(session.tab(A)?.dirty).toBe(true);
  });

  it('keeps the text and lists the errors when a save is refused', async () => {
    await session.open(A);
    type('date: bad\n', 4);
    expect(await session.save(A)).toBe(false);
    expect(memory.files.get(A)).not.toContain('date: bad');
    expect(session.tab(A)?.refused).toEqual([
      { severity: 'error', rule: 'schema/date-invalid', message: 'Bad date.', from: 4, to: 13 },
    ]);
    expect(text(A)).toContain('date: bad');
    expect(session.tab(A)?.dirty).toBe(true);
  });

  it('reports a conflict when the file changed on disk, then Overwrite writes over it', async () => {
    await session.open(A);
    type('Mine.');
    memory.write(A, 'Theirs.\n');
    expect(await session.save(A)).toBe(false);
    expect(session.tab(A)?.conflict).toEqual({ cause: 'save-refused' });
    expect(memory.files.get(A)).toBe('Theirs.\n');
    expect(await session.save(A, { overwrite: true })).toBe(true);
    expect(memory.files.get(A)).toContain('Mine.');
    expect(session.tab(A)).toMatchObject({ conflict: null, dirty: false });
  });

  it('Reload takes the file on disk, and undo brings the text back', async () => {
    await session.open(A);
    type('Mine.');
    memory.write(A, '---\ntitle: A\n---\nTheirs.\n');
    await session.save(A);
    expect(await session.reload(A)).toBe(true);
    expect(text(A)).toBe('---\ntitle: A\n---\nTheirs.\n');
    expect(session.tab(A)).toMatchObject({
      conflict: null,
      dirty: false,
      version: memory.version(A),
    });
    expect(memory.calls).toContain(`backups.discard ${A}`);
    // The reload is an edit like any other: undo shows the text that was replaced.
    const { undo } = await import('@codemirror/commands');
    undo(view);
    expect(text(A)).toContain('Mine.');
    expect(session.tab(A)?.dirty).toBe(true);
  });

  it('saves every unsaved post', async () => {
    await session.open(A);
    type('1');
    await session.open(B);
    type('2');
    expect(session.unsavedPaths()).toEqual([A, B]);
    expect(await session.saveAll()).toBe(true);
    expect(session.unsavedPaths()).toEqual([]);
    expect(memory.files.get(A)).toMatch(/1$/);
    expect(memory.files.get(B)).toMatch(/2$/);
  });
});

describe('changes on disk', () => {
  it('reloads a clean tab quietly, keeping the cursor', async () => {
    await session.open(A);
    view.dispatch({ selection: { anchor: 2 } });
    memory.write(A, '---\ntitle: A\n---\nHello again.\n');
    await session.filesChanged([{ kind: 'changed', path: A }]);
    expect(text(A)).toBe('---\ntitle: A\n---\nHello again.\n');
    expect(view.state.selection.main.head).toBe(2);
    expect(session.tab(A)).toMatchObject({
      dirty: false,
      conflict: null,
      version: memory.version(A),
    });
  });

  it('marks a tab with unsaved text as conflicted and leaves the text alone', async () => {
    await session.open(A);
    type('Mine.');
    memory.write(A, 'Theirs.\n');
    await session.filesChanged([{ kind: 'changed', path: A }]);
    expect(session.tab(A)?.conflict).toEqual({ cause: 'changed-on-disk' });
    expect(text(A)).toContain('Mine.');
  });

  it('does nothing when the disk already holds the same version or the same text', async () => {
    await session.open(A);
    await session.filesChanged([{ kind: 'changed', path: A }]);
    type('Same.');
    memory.write(A, text(A));
    await session.filesChanged([{ kind: 'changed', path: A }]);
    expect(session.tab(A)).toMatchObject({
      dirty: false,
      conflict: null,
      version: memory.version(A),
    });
  });

  it('marks a deleted file, does not recreate it on a plain save, and writes it back on request', async () => {
    await session.open(A);
    memory.remove(A);
    await session.filesChanged([{ kind: 'removed', path: A }]);
    expect(session.tab(A)?.deleted).toBe(true);
    expect(await session.save(A)).toBe(false);
    expect(memory.files.has(A)).toBe(false);
    expect(await session.save(A, { overwrite: true })).toBe(true);
    expect(memory.files.has(A)).toBe(true);
    expect(session.tab(A)?.deleted).toBe(false);
  });

  it('ignores changes to posts that are not open', async () => {
    await session.open(A);
    await session.filesChanged([
      { kind: 'changed', path: B },
      { kind: 'removed', path: 'x.md' },
    ]);
    // The first call is the session's own, at its start: the site's shortcode counts.
    expect(memory.calls).toEqual(['posts.shortcodeUses', `posts.read ${A}`]);
  });
});

describe('backups', () => {
  it('backs up unsaved text a second after the last edit, and drops it when undone', async () => {
    await session.open(A);
    type('a');
    vi.advanceTimersByTime(600);
    type('b');
    vi.advanceTimersByTime(600);
    expect(memory.backups.size).toBe(0);
    vi.advanceTimersByTime(500);
    await vi.waitFor(() => expect(memory.backups.get(A)).toMatch(/ab$/));
    view.dispatch({ changes: { from: view.state.doc.length - 2, to: view.state.doc.length } });
    await vi.waitFor(() => expect(memory.backups.has(A)).toBe(false));
  });

  it('writes pending backups when the session ends', async () => {
    await session.open(A);
    type('pending');
    session.dispose();
    await vi.waitFor(() => expect(memory.backups.get(A)).toMatch(/pending$/));
  });

  it('restores a backup as unsaved text over the file, or alone when the file is gone', async () => {
    memory.backups.set(A, 'From the backup.\n');
    expect(await session.restoreBackup({ path: A, text: 'From the backup.\n', savedAt: '' })).toBe(
      'restored',
    );
    expect(text(A)).toBe('From the backup.\n');
    expect(session.tab(A)?.dirty).toBe(true);

    memory.remove(B);
    expect(await session.restoreBackup({ path: B, text: 'Lost post.\n', savedAt: '' }, 'B')).toBe(
      'restored',
    );
    expect(session.tab(B)).toMatchObject({ dirty: true, deleted: true, version: null });
    expect(await session.save(B)).toBe(false);
    expect(await session.save(B, { overwrite: true })).toBe(true);
    expect(memory.files.get(B)).toBe('Lost post.\n');
  });

  it('discards a backup that holds what the file already holds', async () => {
    memory.backups.set(A, memory.files.get(A)!);
    expect(await session.restoreBackup({ path: A, text: memory.files.get(A)!, savedAt: '' })).toBe(
      'same-as-disk',
    );
    expect(memory.backups.has(A)).toBe(false);
    expect(session.getState().tabs).toEqual([]);
  });

  it('closing an unsaved tab drops its backup', async () => {
    await session.open(A);
    type('x');
    vi.advanceTimersByTime(1100);
    await vi.waitFor(() => expect(memory.backups.has(A)).toBe(true));
    session.close(A);
    await vi.waitFor(() => expect(memory.backups.has(A)).toBe(false));
    expect(session.getState()).toEqual({ tabs: [], active: null });
  });
});

describe('when the site changes', () => {
  it("checks every open post's current text again and shows what main now finds", async () => {
    await session.open(A);
    await session.open(B);
    type(' Unsaved.');
    const unknownAuthor = {
      severity: 'error' as const,
      rule: 'schema/author-unknown',
      message: 'The author "newbie" is not in data/authors.yaml.',
      from: 4,
      to: 9,
    };
    const checked: string[] = [];
    memory.client.posts.validate = ({ path, text: source }) => {
      checked.push(`${path} ${source.endsWith(' Unsaved.')}`);
      return Promise.resolve({ ok: true, data: [unknownAuthor] });
    };
    await session.recheckAll();
    expect(checked.sort()).toEqual([`${A} false`, `${B} true`]);
    for (const path of [A, B]) {
      expect(session.tab(path)?.diagnostics).toEqual([unknownAuthor]);
      expect(shownDiagnostics(session.editors.state(path)!)).toMatchObject([
        { rule: 'schema/author-unknown', from: 4, to: 9 },
      ]);
    }
  });
});
