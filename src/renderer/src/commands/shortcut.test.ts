import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut, type KeyLike } from './shortcut';

function key(init: Partial<KeyLike> & { key: string }): KeyLike {
  return { ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...init };
}

describe('matchesShortcut', () => {
  it('reads Mod as Ctrl elsewhere and as ⌘ on a Mac', () => {
    const ctrlS = key({ key: 's', code: 'KeyS', ctrlKey: true });
    const cmdS = key({ key: 's', code: 'KeyS', metaKey: true });
    expect(matchesShortcut('Mod-s', ctrlS, 'other')).toBe(true);
    expect(matchesShortcut('Mod-s', cmdS, 'other')).toBe(false);
    expect(matchesShortcut('Mod-s', cmdS, 'mac')).toBe(true);
    expect(matchesShortcut('Mod-s', ctrlS, 'mac')).toBe(false);
  });

  it('asks for exactly the modifiers written', () => {
    const event = key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    expect(matchesShortcut('Mod-Shift-p', event, 'other')).toBe(true);
    expect(matchesShortcut('Mod-p', event, 'other')).toBe(false);
    expect(matchesShortcut('Mod-Alt-Shift-p', event, 'other')).toBe(false);
  });

  it('finds letters by their key when Alt turns them into other characters on a Mac', () => {
    const altN = key({ key: '˜', code: 'KeyN', altKey: true, metaKey: true });
    expect(matchesShortcut('Mod-Alt-n', altN, 'mac')).toBe(true);
    expect(matchesShortcut('Mod-Alt-m', altN, 'mac')).toBe(false);
  });

  it('matches named keys', () => {
    expect(matchesShortcut('Alt-PageDown', key({ key: 'PageDown', altKey: true }), 'other')).toBe(
      true,
    );
    expect(matchesShortcut('F8', key({ key: 'F8' }), 'other')).toBe(true);
    expect(matchesShortcut('Shift-F8', key({ key: 'F8' }), 'other')).toBe(false);
  });
});

describe('formatShortcut', () => {
  it('writes shortcuts as each system shows them', () => {
    expect(formatShortcut('Mod-Shift-p', 'other')).toBe('Ctrl+Shift+P');
    expect(formatShortcut('Mod-Shift-p', 'mac')).toBe('⇧⌘P');
    expect(formatShortcut('Mod-Alt-n', 'mac')).toBe('⌥⌘N');
    expect(formatShortcut('Alt-PageDown', 'other')).toBe('Alt+Page Down');
    expect(formatShortcut('F8', 'other')).toBe('F8');
  });

  it('refuses a modifier it does not know', () => {
    expect(() => formatShortcut('Hyper-x', 'other')).toThrow('Unknown modifier Hyper');
  });
});
