// @vitest-environment jsdom
import { history, redo, undo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  runCommand,
  stateToString,
  stateWithCursors,
} from '../../../test/renderer/cursor-notation';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import { convertYouTubeLink, youtubePaste, youtubeShortcodeFor } from './youtube-paste';

describe('youtubeShortcodeFor', () => {
  it('reads every common form of video link', () => {
    for (const link of [
      'https://www.youtube.com/watch?v=BWL4889RKhU',
      'https://youtu.be/BWL4889RKhU?t=30',
      'youtube.com/embed/BWL4889RKhU',
      'https://m.youtube.com/shorts/BWL4889RKhU',
      '  https://www.youtube-nocookie.com/embed/BWL4889RKhU\n',
    ]) {
      expect(youtubeShortcodeFor(link)).toBe('{{< youtube "BWL4889RKhU" >}}');
    }
  });

  it('leaves playlists, other sites, bare words and sentences alone', () => {
    expect(
      youtubeShortcodeFor(
        'https://www.youtube.com/playlist?list=PLj6h78yzYM2Ni0u6Z2OeZpyS-yQFgwhh0',
      ),
    ).toBeNull();
    expect(youtubeShortcodeFor('https://vimeo.com/76979871')).toBeNull();
    expect(youtubeShortcodeFor('BWL4889RKhU')).toBeNull();
    expect(youtubeShortcodeFor('see https://youtu.be/BWL4889RKhU')).toBeNull();
  });
});

describe('convertYouTubeLink', () => {
  it('turns a line holding only a link into the shortcode, keeping its indentation', () => {
    const state = runCommand(
      stateWithCursors('Intro\n\n  https://youtu.be/BWL4889RKhU|\n'),
      convertYouTubeLink,
    );
    expect(stateToString(state)).toBe('Intro\n\n  {{< youtube "BWL4889RKhU" >}}|\n');
  });

  it('does nothing on a line with other text', () => {
    const state = stateWithCursors('Watch https://youtu.be/BWL4889RKhU|');
    expect(runCommand(state, convertYouTubeLink)).toBe(state);
  });
});

describe('pasting a YouTube link', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function mount(doc: string): EditorView {
    const state = stateWithCursors(doc, [history(), youtubePaste()]);
    view = new EditorView({ state, parent: document.body });
    return view;
  }

  function paste(editor: EditorView, text: string): void {
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', {
      value: { getData: (type: string) => (type === 'text/plain' ? text : ''), files: [] },
    });
    editor.contentDOM.dispatchEvent(event);
  }

  it('converts a link pasted on an empty line; undo gives the link back, then nothing', () => {
    const editor = mount('Intro\n\n|\n\nMore');
    paste(editor, 'https://www.youtube.com/watch?v=BWL4889RKhU');
    expect(stateToString(editor.state)).toBe('Intro\n\n{{< youtube "BWL4889RKhU" >}}|\n\nMore');
    expect(editor.dom.querySelector('.cm-youtube-embed-hint')?.textContent).toContain(
      'keep the link',
    );

    undo(editor);
    expect(stateToString(editor.state)).toBe(
      'Intro\n\nhttps://www.youtube.com/watch?v=BWL4889RKhU|\n\nMore',
    );
    expect(editor.dom.querySelector('.cm-youtube-embed-hint')).toBeNull();
    undo(editor);
    expect(editor.state.doc.toString()).toBe('Intro\n\n\n\nMore');
    redo(editor);
    redo(editor);
    expect(editor.state.doc.toString()).toBe('Intro\n\n{{< youtube "BWL4889RKhU" >}}\n\nMore');
  });

  it('keeps typing after the conversion out of its undo step', () => {
    const editor = mount('|');
    paste(editor, 'https://youtu.be/BWL4889RKhU');
    editor.dispatch({
      changes: { from: editor.state.doc.length, insert: '\n' },
      userEvent: 'input.type',
    });
    undo(editor);
    expect(editor.state.doc.toString()).toBe('{{< youtube "BWL4889RKhU" >}}');
    undo(editor);
    expect(editor.state.doc.toString()).toBe('https://youtu.be/BWL4889RKhU');
  });

  it('leaves pastes inside text and other links to the default paste', () => {
    const inText = mount('Watch | now');
    paste(inText, 'https://youtu.be/BWL4889RKhU');
    expect(stateToString(inText.state)).toBe('Watch https://youtu.be/BWL4889RKhU| now');
    inText.destroy();
    const otherLink = mount('|');
    paste(otherLink, 'https://linkerd.io');
    expect(stateToString(otherLink.state)).toBe('https://linkerd.io|');
  });

  it('changes nothing in a read-only document', () => {
    const state = EditorState.create({
      extensions: [youtubePaste(), EditorState.readOnly.of(true)],
    });
    view = new EditorView({ state, parent: document.body });
    paste(view, 'https://youtu.be/BWL4889RKhU');
    expect(view.state.doc.toString()).toBe('');
  });

  it('hides the hint on the next cursor move', () => {
    const editor = mount('a\n|');
    paste(editor, 'https://youtu.be/BWL4889RKhU');
    editor.dispatch({ selection: { anchor: 0 } });
    expect(editor.dom.querySelector('.cm-youtube-embed-hint')).toBeNull();
  });
});
