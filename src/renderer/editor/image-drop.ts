import {
  EditorSelection,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
} from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/**
 * Copies an image into the post's bundle and answers with the name it got
 * there (the app wires it to the workspace's `assets.add`), or with why it
 * could not, in plain words.
 */
export type AddImage = (file: File) => Promise<{ name: string } | { error: string }>;

export interface ImageDropConfig {
  addImage: AddImage;
  /** Told about each file that could not be added, with the reason as a full sentence. */
  onError?: (message: string, file: File) => void;
}

interface PendingSpec {
  id: number;
  pos: number;
  label: string;
}

const addPending = StateEffect.define<PendingSpec>({
  map: (spec, mapping) => ({ ...spec, pos: mapping.mapPos(spec.pos) }),
});
const removePending = StateEffect.define<number>();

class PendingImageWidget extends WidgetType {
  constructor(readonly label: string) {
    super();
  }
  override eq(other: PendingImageWidget): boolean {
    return other.label === this.label;
  }
  toDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = 'cm-image-pending';
    dom.textContent = this.label;
    return dom;
  }
}

/** Where images being copied will go, shown as "Adding NAME…" and moved along with edits. */
const pendingImages = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(pending, tr) {
    let next = pending.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(addPending)) {
        const { id, pos, label } = effect.value;
        const widget = Decoration.widget({ widget: new PendingImageWidget(label), side: 1, id });
        next = next.update({ add: [widget.range(pos)] });
      } else if (effect.is(removePending)) {
        next = next.update({ filter: (_from, _to, value) => value.spec.id !== effect.value });
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function pendingPosition(state: EditorState, id: number): number | null {
  let found: number | null = null;
  state.field(pendingImages, false)?.between(0, state.doc.length, (from, _to, value) => {
    if (value.spec.id === id) found = from;
  });
  return found;
}

/** A file name as a Markdown link destination: spaces and brackets would end or break it. */
export function imageDestination(name: string): string {
  return name.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function isImageFile(file: File): boolean {
  return file.type.startsWith('image/');
}

let nextId = 0;

async function addOne(config: ImageDropConfig, file: File): Promise<string | null> {
  try {
    const result = await config.addImage(file);
    if ('name' in result) return result.name;
    config.onError?.(result.error, file);
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` ${error.message}` : '';
    config.onError?.(`${file.name} could not be added to the post's folder.${reason}`, file);
  }
  return null;
}

/**
 * Copies each image file through `addImage`, one after another, then inserts
 * `![](name)` for those that arrived at `pos` (moved along with any edits
 * made meanwhile), one per paragraph. A placeholder shows there until then.
 * When nothing moved in the meantime, the cursor lands between the brackets
 * of the first image, where its description goes: an image needs one (the
 * site's markdownlint asks for it).
 */
export async function insertImages(
  view: EditorView,
  files: readonly File[],
  pos: number,
  config: ImageDropConfig,
): Promise<string[]> {
  const images = files.filter(isImageFile);
  if (images.length === 0 || view.state.readOnly) return [];
  const id = nextId++;
  const label =
    images.length === 1
      ? `Adding ${images[0]?.name ?? 'image'}…`
      : `Adding ${images.length} images…`;
  const effects: StateEffect<unknown>[] = [addPending.of({ id, pos, label })];
  if (!view.state.field(pendingImages, false))
    effects.push(StateEffect.appendConfig.of(pendingImages));
  view.dispatch({ effects });
  const before = view.state;

  const names: string[] = [];
  for (const file of images) {
    const name = await addOne(config, file);
    if (name !== null) names.push(name);
  }
  const at = pendingPosition(view.state, id);
  if (at === null) return names;
  if (names.length === 0) {
    view.dispatch({ effects: removePending.of(id) });
    return names;
  }
  const insert = names.map((name) => `![](${imageDestination(name)})`).join('\n\n');
  const untouched = view.state.doc === before.doc && view.state.selection.eq(before.selection);
  view.dispatch({
    changes: { from: at, insert },
    effects: removePending.of(id),
    selection: untouched ? EditorSelection.cursor(at + 2) : undefined,
    userEvent: 'input.drop',
    scrollIntoView: untouched,
  });
  return names;
}

function imagesIn(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter(isImageFile);
}

function dropPosition(view: EditorView, event: DragEvent): number {
  try {
    return view.posAtCoords({ x: event.clientX, y: event.clientY }, false);
  } catch {
    // No layout to hit-test against (a hidden editor): fall back to the cursor.
    return view.state.selection.main.head;
  }
}

/**
 * Dropping image files on the editor, or pasting them, copies them into the
 * post's bundle through `addImage` and inserts `![](name)` where they were
 * dropped (or at the cursor). Errors go to `onError`. Drops and pastes
 * without images keep the editor's usual behaviour.
 */
export function imageDrop(config: ImageDropConfig): Extension {
  return [
    pendingImages,
    EditorView.domEventHandlers({
      drop(event, view) {
        const images = imagesIn(event.dataTransfer?.files);
        if (images.length === 0) return false;
        event.preventDefault();
        void insertImages(view, images, dropPosition(view, event), config);
        return true;
      },
      paste(event, view) {
        const images = imagesIn(event.clipboardData?.files);
        if (images.length === 0) return false;
        event.preventDefault();
        void insertImages(view, images, view.state.selection.main.head, config);
        return true;
      },
    }),
    EditorView.baseTheme({
      '.cm-image-pending': { opacity: '0.6', fontStyle: 'italic' },
    }),
  ];
}
