import { describe, expect, it } from 'vitest';
import {
  clampProblemsHeight,
  defaultProblemsLayout,
  maxProblemsHeight,
  minProblemsHeight,
  readProblemsLayout,
  writeProblemsLayout,
} from './problems-layout';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('problems layout', () => {
  it('remembers the height and whether the panel is hidden', () => {
    const storage = memoryStorage();
    expect(readProblemsLayout(storage)).toEqual(defaultProblemsLayout);
    writeProblemsLayout(storage, { height: 260, hidden: true });
    expect(readProblemsLayout(storage)).toEqual({ height: 260, hidden: true });
  });

  it('reads damaged or out-of-range values as something usable', () => {
    const storage = memoryStorage();
    storage.setItem('recap-studio.problems-layout', '{not json');
    expect(readProblemsLayout(storage)).toEqual(defaultProblemsLayout);
    storage.setItem('recap-studio.problems-layout', '{"height": 5, "hidden": "yes"}');
    expect(readProblemsLayout(storage)).toEqual({ height: minProblemsHeight, hidden: false });
    expect(readProblemsLayout(null)).toEqual(defaultProblemsLayout);
    expect(clampProblemsHeight(99999)).toBe(maxProblemsHeight);
    expect(clampProblemsHeight(Number.NaN)).toBe(defaultProblemsLayout.height);
  });
});
