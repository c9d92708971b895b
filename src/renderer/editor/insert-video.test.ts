// @vitest-environment jsdom
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stateToString, stateWithCursors } from '../../../test/renderer/cursor-notation';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import { insertVideo } from './insert-video';
import { postMarkdown } from './markdown-language';

describe('insertVideo', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function run(doc: string): string {
    view?.destroy();
    view = new EditorView({
      state: stateWithCursors(doc, [postMarkdown()]),
      parent: document.body,
    });
    expect(insertVideo(view)).toBe(true);
    return stateToString(view.state);
  }

  it('writes the shortcode with the cursor where the video goes', () => {
    expect(run('---\ntitle: x\n---\n\n|')).toBe('---\ntitle: x\n---\n\n{{< youtube | >}}');
  });

  it('gives the video a paragraph of its own', () => {
    expect(run('---\ntitle: x\n---\nSome text.|')).toBe(
      '---\ntitle: x\n---\nSome text.\n\n{{< youtube | >}}',
    );
    expect(run('---\ntitle: x\n---\nOne.\n|\nTwo.')).toBe(
      '---\ntitle: x\n---\nOne.\n\n{{< youtube | >}}\n\nTwo.',
    );
    expect(run('---\ntitle: x\n---\nOne.\n\n|Two.')).toBe(
      '---\ntitle: x\n---\nOne.\n\n{{< youtube | >}}\n\nTwo.',
    );
  });

  it('goes to the end of the post from the front matter', () => {
    expect(run('---\ntitle: |x\n---\nBody.')).toBe(
      '---\ntitle: x\n---\nBody.\n\n{{< youtube | >}}',
    );
  });
});
