// @vitest-environment jsdom
import { act, createElement, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowedList, type WindowedListHandle } from './WindowedList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** jsdom lays nothing out: every observed element reports a 100 px high box. */
class FixedHeightObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    this.callback(
      [{ target, contentRect: { height: 100 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve(): void {}
  disconnect(): void {}
}

const items = Array.from({ length: 1000 }, (_, i) => `post ${i}`);
let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FixedHeightObserver);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

function render(props: { chosenKey?: string | null; onChoose?: (item: string) => void } = {}) {
  const handle = createRef<WindowedListHandle>();
  act(() =>
    root.render(
      createElement(WindowedList<string>, {
        ref: handle,
        id: 'rows',
        label: 'Posts',
        items,
        rowHeight: 20,
        itemKey: (item) => item,
        renderItem: (item, { chosen }) =>
          createElement('span', null, chosen ? `${item} (open)` : item),
        onChoose: props.onChoose ?? (() => undefined),
        chosenKey: props.chosenKey,
      }),
    ),
  );
  return handle;
}

const list = () => host.querySelector<HTMLElement>('[role="listbox"]')!;
const rows = () => [...host.querySelectorAll<HTMLElement>('[role="option"]')];
const shown = () => rows().map((row) => Number(row.dataset['index']));

function key(name: string): void {
  act(() => {
    list().dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });
}

describe('WindowedList', () => {
  it('draws only the rows in view, plus a few, over a spacer as tall as the whole list', () => {
    render();
    expect(shown()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(host.querySelector<HTMLElement>('.windowed-spacer')!.style.height).toBe('20000px');
    expect(rows()[3]!.style.top).toBe('60px');
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('1000');
  });

  it('follows scrolling', () => {
    render();
    act(() => {
      list().scrollTop = 400;
      list().dispatchEvent(new Event('scroll'));
    });
    expect(shown()[0]).toBe(16);
    expect(shown().at(-1)).toBe(29);
  });

  it('moves the active row with the keys and chooses it with Enter', () => {
    const chosen: string[] = [];
    render({ onChoose: (item) => chosen.push(item) });
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-0');
    key('ArrowDown');
    key('ArrowDown');
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-2');
    key('Enter');
    key('End');
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-999');
    expect(shown()).toContain(999);
    key('ArrowDown');
    key(' ');
    key('Home');
    key('ArrowUp');
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-0');
    expect(chosen).toEqual(['post 2', 'post 999']);
  });

  it('chooses a row on click', () => {
    const chosen: string[] = [];
    render({ onChoose: (item) => chosen.push(item) });
    act(() => rows()[4]!.click());
    expect(chosen).toEqual(['post 4']);
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-4');
  });

  it('makes the item open elsewhere the active one and marks it', () => {
    render({ chosenKey: 'post 3' });
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-3');
    expect(rows()[3]!.textContent).toBe('post 3 (open)');
    render({ chosenKey: 'post 7' });
    expect(list().getAttribute('aria-activedescendant')).toBe('rows-row-7');
  });

  it('gives focus to the list through its handle', () => {
    const handle = render();
    act(() => handle.current!.focus());
    expect(document.activeElement).toBe(list());
  });
});
