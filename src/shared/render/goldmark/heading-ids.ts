import type { MarkupSettings } from '../markup-settings';

type IdType = MarkupSettings['autoHeadingIDType'];

/**
 * Hands out element ids the way Hugo's Goldmark id factory does
 * (gohugoio/hugo markup/goldmark/autoid.go): one set per page, explicit ids
 * reserved as they are met, repeats suffixed `-1`, `-2`…
 */
export class HeadingIdFactory {
  private readonly taken: Set<string>;
  private recording: IdRecording | null = null;

  constructor(
    readonly type: IdType,
    taken: Iterable<string> = [],
  ) {
    this.taken = new Set(taken);
  }

  /** The id for a heading whose source text (its last line, raw Markdown) is `text`. */
  generate(text: string): string {
    let id = anchorName(text, this.type);
    if (id === '') id = 'heading';
    if (this.isTaken(id)) {
      let suffix = 1;
      while (this.isTaken(`${id}-${suffix}`)) suffix++;
      id = `${id}-${suffix}`;
    }
    this.reserve(id);
    return id;
  }

  /** Reserves an id written by the author (`{#id}`). */
  reserve(id: string): void {
    this.taken.add(id);
    this.recording?.taken.push(id);
  }

  /**
   * Notes, until `stopRecording`, which ids were looked up (and whether they
   * were taken) and which were taken: what a section's ids depended on and
   * what it added, so the section can be reused while that holds.
   */
  startRecording(): IdRecording {
    this.recording = { lookups: new Map(), taken: [] };
    return this.recording;
  }

  stopRecording(): void {
    this.recording = null;
  }

  /** Whether every lookup of a recording would give the same answer now. */
  agreesWith(recording: IdRecording): boolean {
    for (const [id, wasTaken] of recording.lookups) {
      if (this.taken.has(id) !== wasTaken) return false;
    }
    return true;
  }

  private isTaken(id: string): boolean {
    const taken = this.taken.has(id);
    if (this.recording && !this.recording.lookups.has(id)) this.recording.lookups.set(id, taken);
    return taken;
  }
}

export interface IdRecording {
  lookups: Map<string, boolean>;
  taken: string[];
}

const letterOrDigit = /[\p{L}\p{Nd}_]/u;
const combiningMark = /\p{Mn}/gu;

/** Hugo's `sanitizeAnchorName` for its three id types. */
export function anchorName(text: string, type: IdType): string {
  if (type === 'blackfriday') return blackfridayAnchorName(text);
  let source = text;
  const asciiOnly = type === 'github-ascii';
  if (asciiOnly) source = source.normalize('NFD').replace(combiningMark, '').normalize('NFC');
  let id = '';
  for (const char of trimGoSpace(source)) {
    if (asciiOnly && char.charCodeAt(0) > 0x7f) continue;
    if (char === '-' || char === ' ') id += '-';
    else if (letterOrDigit.test(char)) id += char.toLowerCase();
  }
  return id;
}

const blackfridayKept = /[\p{L}\p{N}]/u;

function blackfridayAnchorName(text: string): string {
  let id = '';
  let pendingDash = false;
  for (const char of text) {
    if (blackfridayKept.test(char)) {
      if (pendingDash && id !== '') id += '-';
      pendingDash = false;
      id += char.toLowerCase();
    } else {
      pendingDash = true;
    }
  }
  return id;
}

// Go's bytes.TrimSpace: Unicode white space at both ends.
function trimGoSpace(text: string): string {
  return text.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');
}
