/**
 * Which front matter date strings Hugo can read.
 *
 * Hugo (0.111, and later versions alike) gives a date string to spf13/cast,
 * which tries Go reference layouts in a fixed order and takes the first that
 * parses. When none does, Hugo drops the date without a word, so the post
 * silently loses its date: worth telling the author before they publish.
 */
import { compileLayout, matchesLayout, type Layout } from './go-layout';

export type HugoDateResult =
  | {
      ok: true;
      /** The value carries a numeric offset (`Z`, `+02:00`); otherwise the site's time zone applies. */
      hasZone: boolean;
      hasTime: boolean;
      /**
       * False for time-only layouts (`3:04PM`, `Jan _2 15:04:05`): Hugo reads
       * them, but the page ends up dated in year 0.
       */
      hasYear: boolean;
    }
  | { ok: false };

interface HugoLayout {
  layout: Layout;
  /**
   * cast counts only numeric offsets as a zone: a bare abbreviation such as
   * `MST` is replaced by the site's time zone, so it does not count.
   */
  hasZone: boolean;
}

function layout(source: string, hasZone: boolean): HugoLayout {
  return { layout: compileLayout(source), hasZone };
}

/** cast's list, in cast's order: the first layout that parses decides. */
const hugoLayouts: readonly HugoLayout[] = [
  layout('2006-01-02T15:04:05Z07:00', true), // RFC 3339
  layout('2006-01-02T15:04:05', false),
  layout('Mon, 02 Jan 2006 15:04:05 -0700', true), // RFC 1123 with offset
  layout('Mon, 02 Jan 2006 15:04:05 MST', false), // RFC 1123
  layout('02 Jan 06 15:04 -0700', true), // RFC 822 with offset
  layout('02 Jan 06 15:04 MST', false), // RFC 822
  layout('Monday, 02-Jan-06 15:04:05 MST', false), // RFC 850
  layout('2006-01-02 15:04:05.999999999 -0700 MST', true), // Go's Time.String()
  layout('2006-01-02T15:04:05-0700', true),
  layout('2006-01-02 15:04:05Z0700', true),
  layout('2006-01-02 15:04:05', false),
  layout('Mon Jan _2 15:04:05 2006', false), // ANSI C
  layout('Mon Jan _2 15:04:05 MST 2006', false), // Unix date
  layout('Mon Jan 02 15:04:05 -0700 2006', true), // Ruby date
  layout('2006-01-02 15:04:05Z07:00', true),
  layout('2006-01-02', false),
  layout('02 Jan 2006', false),
  layout('2006-01-02 15:04:05 -07:00', true),
  layout('2006-01-02 15:04:05 -0700', true),
  layout('3:04PM', false), // Kitchen
  layout('Jan _2 15:04:05', false), // Stamp
  layout('Jan _2 15:04:05.000', false),
  layout('Jan _2 15:04:05.000000', false),
  layout('Jan _2 15:04:05.000000000', false),
];

export function parseHugoDate(s: string): HugoDateResult {
  for (const { layout, hasZone } of hugoLayouts) {
    if (matchesLayout(layout, s)) {
      return { ok: true, hasZone, hasTime: layout.hasTime, hasYear: layout.hasYear };
    }
  }
  return { ok: false };
}
