import type { PostDocument } from '../../../shared/post/types';
import { scanPostShortcodes } from '../../../shared/validate/rules/shortcodes';
import type { SiteFacts } from '../../../shared/validate/types';

/** How many times a post calls each shortcode, by name; empty for a post that calls none. */
export function shortcodeUsesOf(document: PostDocument, site: SiteFacts): Map<string, number> {
  const uses = new Map<string, number>();
  // Most posts call none: skip the scan (it is the one the rules cache per document).
  if (!document.body.includes('{{')) return uses;
  for (const call of scanPostShortcodes(document, site).calls)
    uses.set(call.name, (uses.get(call.name) ?? 0) + 1);
  return uses;
}

/**
 * The site's shortcode calls counted over every post, kept up to date as
 * posts are added, replaced and removed, so completion can offer the
 * shortcodes a site uses most first.
 */
export class ShortcodeTally {
  private readonly totals = new Map<string, number>();

  /** Takes `before` (a replaced or removed post's uses) out and `after` in. */
  change(
    before: ReadonlyMap<string, number> | undefined,
    after: ReadonlyMap<string, number> | undefined,
  ): void {
    if (before === after) return;
    for (const [name, count] of before ?? []) {
      const left = (this.totals.get(name) ?? 0) - count;
      if (left > 0) this.totals.set(name, left);
      else this.totals.delete(name);
    }
    for (const [name, count] of after ?? [])
      this.totals.set(name, (this.totals.get(name) ?? 0) + count);
  }

  /** Calls by shortcode name, most used first. */
  toRecord(): Record<string, number> {
    const sorted = [...this.totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    return Object.fromEntries(sorted);
  }
}
