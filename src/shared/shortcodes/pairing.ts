import type { ShortcodeCall, ShortcodeProblem, ShortcodeScanOptions, ShortcodeTag } from './types';

export interface PairedShortcodes {
  calls: ShortcodeCall[];
  problems: ShortcodeProblem[];
}

/** An opening tag still waiting for its closing tag. */
interface OpenCall {
  call: ShortcodeCall;
  usesInner: boolean | undefined;
}

/**
 * Pairs each closing tag with the nearest unclosed opening tag of the same name.
 * A template that uses `.Inner` must be closed or self-closed; one that does not
 * may be neither (Hugo: "does not evaluate .Inner, yet a closing tag was
 * provided"); one whose template is unknown may be either.
 *
 * `broken` tags already have a problem of their own, so they are not reported
 * as unclosed too.
 */
export function pairShortcodeTags(
  tags: readonly ShortcodeTag[],
  options: ShortcodeScanOptions,
  broken: ReadonlySet<ShortcodeTag> = new Set(),
): PairedShortcodes {
  const calls: ShortcodeCall[] = [];
  const problems: ShortcodeProblem[] = [];
  const stack: OpenCall[] = [];
  // Stack positions of open calls by name, so a closing tag finds its opening
  // tag without searching the stack: pairing stays linear however deep it gets.
  const openByName = new Map<string, number[]>();

  const popUnclosed = (): void => {
    const open = stack.pop();
    if (!open) return;
    openByName.get(open.call.name)?.pop();
    if (open.usesInner === true && !broken.has(open.call.open)) {
      problems.push({
        kind: 'unclosed-call',
        message: `The shortcode ${open.call.name} is opened here but never closed with ${closingTagOf(open.call.open)}.`,
        span: open.call.open.span,
      });
    }
  };

  for (const tag of tags) {
    const usesInner = options.usesInner(tag.name);
    if (!tag.isClosing) {
      const call: ShortcodeCall = {
        name: tag.name,
        open: tag,
        close: null,
        inner: null,
        span: { ...tag.span },
      };
      calls.push(call);
      if (tag.isSelfClosing) {
        if (usesInner === false && !broken.has(tag)) {
          problems.push({
            kind: 'unexpected-close',
            message: `The shortcode ${tag.name} takes no inner content, so it cannot be self-closed: remove the / before ${closerOf(tag)}.`,
            span: tag.span,
          });
        }
        continue;
      }
      if (usesInner === false) continue;
      stack.push({ call, usesInner });
      const positions = openByName.get(tag.name);
      if (positions) positions.push(stack.length - 1);
      else openByName.set(tag.name, [stack.length - 1]);
      continue;
    }

    if (usesInner === false) {
      problems.push({
        kind: 'unexpected-close',
        message: `The shortcode ${tag.name} takes no inner content, so it has no closing tag: remove ${closingTagOf(tag)}.`,
        span: tag.span,
      });
      continue;
    }
    const positions = openByName.get(tag.name);
    const position = positions?.[positions.length - 1];
    if (position === undefined) {
      problems.push({
        kind: 'unexpected-close',
        message: `This ${closingTagOf(tag)} has no ${tag.name} shortcode open before it to close.`,
        span: tag.span,
      });
      continue;
    }
    while (stack.length - 1 > position) popUnclosed();
    const open = stack.pop();
    positions?.pop();
    if (!open) continue;
    open.call.close = tag;
    open.call.inner = { from: open.call.open.span.to, to: tag.span.from };
    open.call.span = { from: open.call.open.span.from, to: tag.span.to };
  }
  while (stack.length > 0) popUnclosed();

  problems.sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to);
  return { calls, problems };
}

function closerOf(tag: ShortcodeTag): string {
  return tag.delimiter === '<' ? '>}}' : '%}}';
}

function closingTagOf(tag: ShortcodeTag): string {
  return `{{${tag.delimiter} /${tag.name} ${closerOf(tag)}`;
}
