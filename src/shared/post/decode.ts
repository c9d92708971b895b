import type { Diagnostic } from '../diagnostics';

export type DecodedPost = { text: string } | { diagnostic: Diagnostic; byteOffset: number };

// One decoder for every post: a failed decode leaves no state behind.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a post file's bytes as strict UTF-8. The BOM stays in the text so
 * saving writes it back; any invalid byte is reported (not replaced) because
 * saving replacement characters would lose the original bytes.
 */
export function decodePostBytes(bytes: Uint8Array): DecodedPost {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return encodingProblem(bytes);
  }
}

function encodingProblem(bytes: Uint8Array): { diagnostic: Diagnostic; byteOffset: number } {
  const byteOffset = firstInvalidUtf8Byte(bytes);
  // Everything before the first bad byte is valid, so it decodes exactly and
  // gives the UTF-16 offset the editor would use for that spot.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    bytes.subarray(0, byteOffset),
  );
  const line = before.split('\n').length;
  const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
  const utf16 = looksLikeUtf16(bytes);
  const message = utf16
    ? 'The file is saved as UTF-16 text, but Hugo posts must be UTF-8. Save it as UTF-8 and open it again.'
    : `The file is not valid UTF-8 text: the byte at offset ${byteOffset} (line ${line}, column ${column}) ` +
      'is not part of a valid character. Save the file as UTF-8 and open it again.';
  return {
    byteOffset,
    diagnostic: {
      severity: 'error',
      rule: 'file/encoding',
      message,
      from: before.length,
      to: before.length + 1,
    },
  };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

/** Offset of the first byte that starts an invalid or truncated UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let continuationCount: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      continuationCount = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      continuationCount = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuationCount = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= continuationCount; k++) {
      const byte = bytes[i + k];
      const min = k === 1 ? lower : 0x80;
      const max = k === 1 ? upper : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += continuationCount + 1;
  }
  return bytes.length;
}
