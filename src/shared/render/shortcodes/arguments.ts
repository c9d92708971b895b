import type { ShortcodeCall } from '../../shortcodes/types';

/** A named argument's value, or undefined. */
export function named(call: ShortcodeCall, name: string): string | undefined {
  return call.open.args.find((arg) => arg.name === name)?.value;
}

/** The `index`-th positional argument's value, or undefined. */
export function positional(call: ShortcodeCall, index: number): string | undefined {
  return call.open.args.filter((arg) => arg.name === null)[index]?.value;
}

/** A named argument, or else the positional one at `index` (Hugo templates often take either). */
export function namedOrPositional(
  call: ShortcodeCall,
  name: string,
  index: number,
): string | undefined {
  return named(call, name) ?? positional(call, index);
}

/** The call's opening tag as written. */
export function openTagText(call: ShortcodeCall, text: string): string {
  return text.slice(call.open.span.from, call.open.span.to);
}

/** The text between the opening and closing tags, or '' when there is none. */
export function innerText(call: ShortcodeCall, text: string): string {
  return call.inner ? text.slice(call.inner.from, call.inner.to) : '';
}
