/**
 * Where a key moves focus in a list of items with one tab stop (a tab strip,
 * a list): arrows step and wrap, Home and End go to the ends. Null for any
 * other key, which the list leaves alone. With no current item (-1), the
 * arrows start from the first or the last.
 */
export function rovingTarget(
  key: string,
  current: number,
  count: number,
  orientation: 'horizontal' | 'vertical',
): number | null {
  if (count === 0) return null;
  const [back, forward] =
    orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const none = current < 0 || current >= count;
  switch (key) {
    case forward:
      return none ? 0 : (current + 1) % count;
    case back:
      return none ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
