/** How many frames to wait for a panel a command just showed, before giving up. */
const framesToWait = 30;

/**
 * Focuses the element with `id` once it is on screen: a command that shows
 * a panel (the front matter form) and then a field in it has to wait for
 * React to render the panel. Gives up quietly after half a second.
 */
export function focusWhenShown(id: string, frames = framesToWait): void {
  const element = globalThis.document?.getElementById(id);
  if (element) {
    element.focus();
    element.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  if (frames > 0 && globalThis.requestAnimationFrame)
    globalThis.requestAnimationFrame(() => focusWhenShown(id, frames - 1));
}
