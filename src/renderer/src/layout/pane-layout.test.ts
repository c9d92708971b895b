import { describe, expect, it } from 'vitest';
import {
  defaultLayout,
  fitLayout,
  layoutStorageKey,
  minEditorWidth,
  paneLimits,
  readLayout,
  withPaneShown,
  withPaneSize,
  writeLayout,
} from './pane-layout';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the pane layout kept between sessions', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    const layout = withPaneShown(withPaneSize(defaultLayout, 'list', 333), 'side', false);
    writeLayout(storage, layout);
    expect(readLayout(storage)).toEqual({ ...defaultLayout, listWidth: 333, sideShown: false });
  });

  it('falls back to the default for what it cannot read, field by field', () => {
    expect(readLayout(null)).toEqual(defaultLayout);
    expect(readLayout(memoryStorage({ [layoutStorageKey]: '{not json' }))).toEqual(defaultLayout);
    expect(readLayout(memoryStorage({ [layoutStorageKey]: '[1,2]' }))).toEqual(defaultLayout);
    const mixed = JSON.stringify({ listWidth: 'wide', sideShown: false, problemsHeight: 99999 });
    expect(readLayout(memoryStorage({ [layoutStorageKey]: mixed }))).toEqual({
      ...defaultLayout,
      sideShown: false,
      problemsHeight: paneLimits.problems.max,
    });
  });

  it('survives a storage that refuses to keep anything', () => {
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeLayout(refusing, defaultLayout)).not.toThrow();
  });
});

describe('sizes', () => {
  it('keep each pane within its limits', () => {
    expect(withPaneSize(defaultLayout, 'list', 10).listWidth).toBe(paneLimits.list.min);
    expect(withPaneSize(defaultLayout, 'side', 5000).sideWidth).toBe(paneLimits.side.max);
    expect(withPaneSize(defaultLayout, 'problems', 200.4).problemsHeight).toBe(200);
  });

  it('fit the window, narrowing the side panel and then the list to leave the editor room', () => {
    expect(fitLayout(defaultLayout, 1440, 800)).toEqual({
      listWidth: 300,
      sideWidth: Math.round((1440 - 300) * 0.45),
      problemsHeight: 170,
    });
    // A small screen gets a narrower list until the user sizes it.
    expect(fitLayout(defaultLayout, 1024, 640).listWidth).toBe(240);
    const wide = { ...defaultLayout, listWidth: 500, sideWidth: 900 };
    const fitted = fitLayout(wide, 1100, 640);
    expect(fitted.sideWidth).toBe(paneLimits.side.min);
    expect(fitted.listWidth + fitted.sideWidth + minEditorWidth).toBe(1100);
  });

  it('give a hidden pane no room', () => {
    const hidden = { ...defaultLayout, listShown: false, sideShown: false, problemsShown: false };
    expect(fitLayout(hidden, 1024, 640)).toEqual({ listWidth: 0, sideWidth: 0, problemsHeight: 0 });
  });

  it('leave the editor some height under a tall problems panel', () => {
    const tall = withPaneSize(defaultLayout, 'problems', 600);
    expect(fitLayout(tall, 1024, 500).problemsHeight).toBe(500 - 160);
  });
});
