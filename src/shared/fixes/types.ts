import type { Diagnostic } from '../diagnostics';
import type { TextChange } from '../videos';
import type { VideoConvention } from '../youtube/convention';

/**
 * A mechanical repair of one finding: what to call it on a button, and the
 * changes against the text the finding was made in (in order, not
 * overlapping), which the editor applies as one undoable transaction.
 */
export interface QuickFix {
  /** Plain words for a button or a lint action: `Change to https://`. */
  title: string;
  changes: TextChange[];
}

/** What a fix may need to know besides the post. */
export interface FixContext {
  /** Keys of the site's `data/authors.yaml`; null when it has none. */
  authors: readonly string[] | null;
  /**
   * How a new video entry is written. Absent: as the post's own entries are,
   * else Google's way.
   */
  convention?: VideoConvention | null;
  /** Whether a site shortcode reads `.Inner`, for finding the body's videos. */
  usesInner?: (name: string) => boolean | undefined;
}

/** The part of a finding a fix looks at. */
export type FixableFinding = Pick<Diagnostic, 'rule' | 'from' | 'to'>;
