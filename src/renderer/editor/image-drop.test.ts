// @vitest-environment jsdom
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stateToString, stateWithCursors } from '../../../test/renderer/cursor-notation';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import {
  imageDestination,
  imageDrop,
  insertImages,
  type AddImage,
  type ImageDropConfig,
} from './image-drop';

function png(name: string): File {
  return new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: 'image/png' });
}

/** An addImage that answers only when told to, as the workspace would after copying. */
function deferredAddImage() {
  const calls: { file: File; answer: (result: { name: string } | { error: string }) => void }[] =
    [];
  const addImage: AddImage = (file) =>
    new Promise((resolve) => calls.push({ file, answer: resolve }));
  return { addImage, calls };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('imageDestination', () => {
  it('escapes what would break a Markdown link', () => {
    expect(imageDestination('my diagram (v2).png')).toBe('my%20diagram%20%28v2%29.png');
    expect(imageDestination('cover.jpg')).toBe('cover.jpg');
  });
});

describe('image drop and paste', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function mount(doc: string, config: ImageDropConfig): EditorView {
    view = new EditorView({
      state: stateWithCursors(doc, imageDrop(config)),
      parent: document.body,
    });
    return view;
  }

  it('inserts the image at the given position once it is copied, with a placeholder meanwhile', async () => {
    const { addImage, calls } = deferredAddImage();
    const editor = mount('Intro\n\n|\n\nOutro', { addImage });
    const done = insertImages(editor, [png('diagram.png')], 7, { addImage });
    await settle();
    expect(calls.map((call) => call.file.name)).toEqual(['diagram.png']);
    expect(editor.dom.querySelector('.cm-image-pending')?.textContent).toBe('Adding diagram.png…');

    calls[0]?.answer({ name: 'diagram.png' });
    expect(await done).toEqual(['diagram.png']);
    expect(stateToString(editor.state)).toBe('Intro\n\n![|](diagram.png)\n\nOutro');
    expect(editor.dom.querySelector('.cm-image-pending')).toBeNull();
  });

  it('follows edits made while the image is being copied, and leaves the cursor alone', async () => {
    const { addImage, calls } = deferredAddImage();
    const editor = mount('Intro\n\n\n\nOutro|', { addImage });
    const done = insertImages(editor, [png('a.png')], 7, { addImage });
    await settle();
    editor.dispatch({ changes: { from: 0, insert: 'New ' } });
    calls[0]?.answer({ name: 'a.png' });
    await done;
    expect(stateToString(editor.state)).toBe('New Intro\n\n![](a.png)\n\nOutro|');
  });

  it('adds several images one after another, each in its own paragraph, and reports failures', async () => {
    const onError = vi.fn();
    const addImage: AddImage = async (file) =>
      file.name === 'big.png'
        ? { error: 'big.png is larger than 64 MB, the most a post can hold.' }
        : { name: `copied-${file.name}` };
    const editor = mount('|', { addImage, onError });
    const text = new File(['notes'], 'notes.txt', { type: 'text/plain' });
    const names = await insertImages(
      editor,
      [png('a.png'), png('big.png'), text, png('b.png')],
      0,
      {
        addImage,
        onError,
      },
    );
    expect(names).toEqual(['copied-a.png', 'copied-b.png']);
    expect(editor.state.doc.toString()).toBe('![](copied-a.png)\n\n![](copied-b.png)');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(
      'big.png is larger than 64 MB, the most a post can hold.',
    );
  });

  it('says so in plain words when addImage throws, and leaves the text as it was', async () => {
    const onError = vi.fn();
    const addImage: AddImage = () => Promise.reject(new Error('The folder is read-only.'));
    const editor = mount('Text|', { addImage, onError });
    await insertImages(editor, [png('a.png')], 4, { addImage, onError });
    expect(editor.state.doc.toString()).toBe('Text');
    expect(onError).toHaveBeenCalledWith(
      "a.png could not be added to the post's folder. The folder is read-only.",
      expect.any(File),
    );
    expect(editor.dom.querySelector('.cm-image-pending')).toBeNull();
  });

  function fileEvent(type: 'drop' | 'paste', files: File[]): Event {
    const event = new Event(type, { bubbles: true, cancelable: true });
    const transfer = { files, types: ['Files'], getData: () => '' };
    Object.defineProperty(event, type === 'drop' ? 'dataTransfer' : 'clipboardData', {
      value: transfer,
    });
    return event;
  }

  it('inserts dropped images where they were dropped', async () => {
    const addImage = vi.fn(async (file: File) => ({ name: file.name }));
    const editor = mount('See \n\nthe end|', { addImage });
    // jsdom lays nothing out; stand in for the hit test a browser does.
    const hitTest = vi.spyOn(editor, 'posAtCoords').mockReturnValue(4);
    const drop = fileEvent('drop', [png('shot.png')]);
    Object.defineProperties(drop, { clientX: { value: 120 }, clientY: { value: 40 } });
    editor.contentDOM.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(hitTest).toHaveBeenCalledWith({ x: 120, y: 40 }, false);
    await settle();
    expect(addImage).toHaveBeenCalledTimes(1);
    expect(editor.state.doc.toString()).toBe('See ![](shot.png)\n\nthe end');
  });

  it('handles a paste of image files at the cursor', async () => {
    const addImage = vi.fn(async (file: File) => ({ name: file.name }));
    const editor = mount('A|B', { addImage });
    editor.contentDOM.dispatchEvent(fileEvent('paste', [png('clip.png')]));
    await settle();
    expect(stateToString(editor.state)).toBe('A![|](clip.png)B');
  });

  it('leaves drops without images to the editor', async () => {
    const addImage = vi.fn(async (file: File) => ({ name: file.name }));
    const editor = mount('|', { addImage });
    const drop = fileEvent('drop', []);
    editor.contentDOM.dispatchEvent(drop);
    await settle();
    expect(addImage).not.toHaveBeenCalled();
  });
});
