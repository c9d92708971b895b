import type { ShortcodeArgument, ShortcodeCall } from '../shortcodes/types';

/**
 * The argument holding the video ID of a `youtube` call, as Hugo's template
 * reads it: `id=` when the call has named arguments, else the first positional
 * one. Null when there is none.
 */
export function youtubeIdArgument(call: ShortcodeCall): ShortcodeArgument | null {
  const args = call.open.args;
  const first = args[0];
  if (!first) return null;
  if (first.name === null) return first;
  return args.find((arg) => arg.name === 'id') ?? null;
}

/** The video ID written in a `youtube` call, as written, or null. */
export function youtubeIdOfShortcode(call: ShortcodeCall): string | null {
  return youtubeIdArgument(call)?.value ?? null;
}
