/**
 * Shortcuts written as CodeMirror writes key bindings: `Mod-Shift-p`,
 * `Alt-PageDown`, `F8`. `Mod` is ⌘ on a Mac and Ctrl elsewhere.
 */
export type Platform = 'mac' | 'other';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

interface ParsedShortcut {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export function currentPlatform(): Platform {
  const nav = globalThis.navigator as
    (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  const name = nav?.userAgentData?.platform ?? nav?.platform ?? '';
  return /mac|iphone|ipad/i.test(name) ? 'mac' : 'other';
}

function parse(shortcut: string, platform: Platform): ParsedShortcut {
  // The key itself may be `-` (as in `Mod--`), so split off modifiers from the left only.
  const parts = shortcut.split(/-(?!$)/);
  const key = parts.pop() ?? '';
  const parsed: ParsedShortcut = { key, ctrl: false, alt: false, shift: false, meta: false };
  for (const modifier of parts) {
    if (modifier === 'Mod') {
      if (platform === 'mac') parsed.meta = true;
      else parsed.ctrl = true;
    } else if (modifier === 'Ctrl') parsed.ctrl = true;
    else if (modifier === 'Alt') parsed.alt = true;
    else if (modifier === 'Shift') parsed.shift = true;
    else if (modifier === 'Meta' || modifier === 'Cmd') parsed.meta = true;
    else throw new Error(`Unknown modifier ${modifier} in the shortcut ${shortcut}.`);
  }
  return parsed;
}

/** The `code` of the physical key for a letter or digit: Alt changes `key` on a Mac (Alt-n is ˜). */
function codeFor(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return null;
}

export function matchesShortcut(
  shortcut: string,
  event: KeyLike,
  platform: Platform = currentPlatform(),
): boolean {
  const wanted = parse(shortcut, platform);
  if (
    wanted.ctrl !== event.ctrlKey ||
    wanted.alt !== event.altKey ||
    wanted.shift !== event.shiftKey ||
    wanted.meta !== event.metaKey
  )
    return false;
  if (event.key.toLowerCase() === wanted.key.toLowerCase()) return true;
  const code = codeFor(wanted.key);
  return code !== null && event.code === code;
}

const keyNames: Record<string, string> = {
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** As menus show it: `Ctrl+Shift+P` elsewhere, `⇧⌘P` on a Mac. */
export function formatShortcut(shortcut: string, platform: Platform = currentPlatform()): string {
  const parsed = parse(shortcut, platform);
  const key =
    keyNames[parsed.key] ?? (parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key);
  if (platform === 'mac') {
    return `${parsed.ctrl ? '⌃' : ''}${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.meta ? '⌘' : ''}${key}`;
  }
  const names = [
    parsed.ctrl ? 'Ctrl' : null,
    parsed.alt ? 'Alt' : null,
    parsed.shift ? 'Shift' : null,
    parsed.meta ? 'Meta' : null,
    key,
  ];
  return names.filter((name) => name !== null).join('+');
}
