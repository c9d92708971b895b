import type { StateCore } from 'markdown-it';

export const taskCheckboxToken = 'task_checkbox';

// Go's \s is [\t\n\f\r ]; Goldmark's pattern is ^\[([\sxX])\]\s*
const taskMarker = /^\[([\t\n\f\r xX])\][\t\n\f\r ]*/;

/**
 * Goldmark's task lists: `[ ]` / `[x]` at the very start of the first
 * paragraph of any list item becomes a disabled checkbox.
 */
export function taskListRule(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i]!;
    if (
      inline.type !== 'inline' ||
      tokens[i - 1]!.type !== 'paragraph_open' ||
      tokens[i - 2]!.type !== 'list_item_open'
    ) {
      continue;
    }
    const first = inline.children?.[0];
    if (first?.type !== 'text') continue;
    const match = taskMarker.exec(first.content);
    if (!match) continue;
    const checkbox = new state.Token(taskCheckboxToken, 'input', 0);
    checkbox.meta = { checked: match[1] === 'x' || match[1] === 'X' };
    first.content = first.content.slice(match[0].length);
    inline.children!.unshift(checkbox);
  }
}

export function renderTaskCheckbox(checked: boolean, xhtml: boolean): string {
  const attributes = checked
    ? 'checked="" disabled="" type="checkbox"'
    : 'disabled="" type="checkbox"';
  return `<input ${attributes}${xhtml ? ' /> ' : '> '}`;
}
