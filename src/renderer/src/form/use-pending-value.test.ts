// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePost, type PostDocument } from '../../../shared/post';
import { usePendingValue } from './use-pending-value';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Shows its value; a click chooses the other one, as a checkbox would. */
function Probe({ doc, value }: { doc: PostDocument; value: boolean }) {
  const [shown, choose] = usePendingValue(doc, value);
  return createElement('button', { onClick: () => choose(!shown) }, String(shown));
}

describe('usePendingValue', () => {
  let root: Root;
  let container: HTMLElement;
  const before = parsePost('---\ntitle: A\n---\n');
  const after = parsePost('---\ntitle: A\ndraft: true\n---\n');
  const undone = parsePost('---\ntitle: A\n---\n');

  beforeEach(() => {
    container = document.createElement('div');
    root = createRoot(container);
  });
  afterEach(() => act(() => root.unmount()));

  const render = (doc: PostDocument, value: boolean) =>
    act(() => root.render(createElement(Probe, { doc, value })));
  const shown = () => container.textContent;
  const click = () => act(() => container.querySelector('button')?.click());

  it('shows the chosen value while the form still has the document it was chosen on', () => {
    render(before, false);
    expect(shown()).toBe('false');
    click();
    expect(shown()).toBe('true');
    render(before, false);
    expect(shown()).toBe('true');
  });

  it('lets every newer document speak for itself, undo included', () => {
    render(before, false);
    click();
    render(after, true);
    expect(shown()).toBe('true');
    render(undone, false);
    expect(shown()).toBe('false');
  });
});
