// @vitest-environment jsdom
import { history, redo, undo } from '@codemirror/commands';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  runCommand,
  stateToString,
  stateWithCursors,
} from '../../../test/renderer/cursor-notation';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import { siteFacts } from './site-facts';
import {
  addEntryForPastedVideo,
  convertYouTubeLink,
  embedWithEntry,
  youtubePaste,
  youtubeShortcodeFor,
  type EntryForPaste,
  type YouTubePasteConfig,
} from './youtube-paste';

/** A paste of `text` as the browser sends it. */
function pasteEvent(editor: EditorView, text: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/plain' ? text : ''), files: [] },
  });
  editor.contentDOM.dispatchEvent(event);
}

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

  const paste = pasteEvent;

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

describe('pasting a link with a start time', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function pasteInto(doc: string, text: string, extensions: Extension[] = []): EditorView {
    const state = stateWithCursors(doc, [history(), youtubePaste(), ...extensions]);
    view = new EditorView({ state, parent: document.body });
    pasteEvent(view, text);
    return view;
  }

  it("drops the time under Hugo 0.111's built-in shortcode and says so in the hint", () => {
    const editor = pasteInto('|', 'https://www.youtube.com/watch?v=BWL4889RKhU&t=42s');
    expect(editor.state.doc.toString()).toBe('{{< youtube "BWL4889RKhU" >}}');
    expect(editor.dom.querySelector('.cm-youtube-embed-hint')?.textContent).toContain(
      'The start time (0:42) was dropped',
    );
  });

  it('keeps it where the site’s own youtube template reads start', () => {
    const editor = pasteInto('|', 'https://youtu.be/BWL4889RKhU?t=1m2s', [
      siteFacts.of({
        shortcodes: [{ name: 'youtube', usesInner: false, parameters: ['id', 'start'] }],
      }),
    ]);
    expect(editor.state.doc.toString()).toBe('{{< youtube id="BWL4889RKhU" start="62" >}}');
    expect(editor.dom.querySelector('.cm-youtube-embed-hint')?.textContent).not.toContain(
      'dropped',
    );
  });
});

describe('shortcode + videoSchema entry', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  const post = `---
title: Recap
params:
  videoSchema:
    - title: First
      embedUrl: https://youtu.be/dDW1OoTaMdU
---

## First

{{< youtube "dDW1OoTaMdU" >}}

## Second

|
`;

  const lookedUp: EntryForPaste = {
    fields: {
      title: 'Second talk <b>live</b>',
      embedUrl: 'https://youtu.be/BWL4889RKhU',
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      uploadDate: '2021-05-14',
      duration: 'PT31M26S',
    },
    note: null,
  };

  function mount(entryFor: YouTubePasteConfig['entryFor']): EditorView {
    const state = stateWithCursors(post, [history(), youtubePaste({ entryFor })]);
    view = new EditorView({ state, parent: document.body });
    pasteEvent(view, 'https://youtu.be/BWL4889RKhU');
    return view;
  }

  it('offers it in the hint; taking it inserts the embed and adds the entry as one undo step', async () => {
    const asked: string[] = [];
    const editor = mount(async (id) => {
      asked.push(id);
      return lookedUp;
    });
    const offer = editor.dom.querySelector<HTMLButtonElement>('.cm-youtube-entry-offer');
    expect(offer?.textContent).toContain('videoSchema entry');
    const linkText = post.replace('|', 'https://youtu.be/BWL4889RKhU');
    expect(await addEntryForPastedVideo(editor)).toBe(true);
    expect(asked).toEqual(['BWL4889RKhU']);
    const text = editor.state.doc.toString();
    expect(text).toContain('## Second\n\n{{< youtube "BWL4889RKhU" >}}\n');
    expect(text).toContain(
      [
        '    - title: First',
        '      embedUrl: https://youtu.be/dDW1OoTaMdU',
        '    - title: Second talk <b>live</b>',
        '      embedUrl: https://youtu.be/BWL4889RKhU',
        '      thumbnailUrl: http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
        '      uploadDate: 2021-05-14',
        '      duration: PT31M26S',
        '---',
      ].join('\n'),
    );
    expect(stateToString(editor.state)).toContain('{{< youtube "BWL4889RKhU" >}}|');
    expect(editor.dom.querySelector('.cm-youtube-embed-hint')?.textContent).toContain('undo both');
    undo(editor);
    expect(editor.state.doc.toString()).toBe(linkText);
    undo(editor);
    expect(editor.state.doc.toString()).toBe(post.replace('|', ''));
  });

  it('Alt+Enter takes the offer too; without a config there is none', async () => {
    const editor = mount(async () => lookedUp);
    editor.contentDOM.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true }),
    );
    await vi.waitFor(() => expect(editor.state.doc.toString()).toContain('Second talk'));
    editor.destroy();
    view = new EditorView({
      state: stateWithCursors('|', [history(), youtubePaste()]),
      parent: document.body,
    });
    pasteEvent(view, 'https://youtu.be/BWL4889RKhU');
    expect(view.dom.querySelector('.cm-youtube-entry-offer')).toBeNull();
  });

  it('adds the entry on its own when the text changed during the lookup', async () => {
    let answer: (value: EntryForPaste) => void = () => undefined;
    const editor = mount(() => new Promise((resolve) => (answer = resolve)));
    const running = addEntryForPastedVideo(editor);
    editor.dispatch({ changes: { from: editor.state.doc.length, insert: 'More.' } });
    answer({ ...lookedUp, note: 'YouTube could not be reached; the entry follows the site.' });
    await running;
    const text = editor.state.doc.toString();
    expect(text).toContain('{{< youtube "BWL4889RKhU" >}}\nMore.');
    expect(text).toContain('    - title: Second talk <b>live</b>');
    undo(editor);
    expect(editor.state.doc.toString()).not.toContain('Second talk');
    expect(editor.state.doc.toString()).toContain('{{< youtube "BWL4889RKhU" >}}\nMore.');
  });

  it('says so, and adds nothing, when the post already describes the video', () => {
    const state = EditorState.create({
      doc: post.replace('|', '{{< youtube "dDW1OoTaMdU" >}}'),
    });
    const made = embedWithEntry(state, null, 'dDW1OoTaMdU', lookedUp.fields);
    expect(made.note).toBe('This post already has a videoSchema entry for this video.');
    expect(state.update(made.spec).state.doc.toString()).toBe(state.doc.toString());
  });
});
