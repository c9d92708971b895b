import type { Diagnostic } from '../../../shared/diagnostics';
import type { PostSummary } from '../../../shared/ipc/data';
import type { FrontMatterValue, PostDocument } from '../../../shared/post/types';
import { scanPostShortcodes } from '../../../shared/validate/rules/shortcodes';
import type { SiteFacts } from '../../../shared/validate/types';
import { isLeafBundleIndex } from './paths';

/** What the post list shows of a post, before its diagnostics are counted. */
export type PostFacts = Omit<PostSummary, 'errors' | 'warnings'>;

/**
 * Reads the list's columns from a post's front matter: `title`, `date`,
 * `draft`, the author under `params.author` (today's shape) or the older
 * top-level `author` (or an `authors` list), and whether it has videos.
 */
export function postFacts(path: string, document: PostDocument, site: SiteFacts): PostFacts {
  const title = document.get('title');
  const date = document.get('date');
  return {
    path,
    title: typeof title === 'string' && title.trim() !== '' ? title : fallbackTitle(path),
    date: typeof date === 'string' && date.trim() !== '' ? date : null,
    author: authorOf(document),
    draft: document.get('draft') === true,
    hasVideos: hasVideos(document, site),
    bundle: isLeafBundleIndex(path),
  };
}

/** A post without a title is listed under its folder's (or file's) name. */
function fallbackTitle(path: string): string {
  const parts = path.split('/');
  const file = parts.at(-1) ?? path;
  const name = /^_?index\.(md|markdown)$/i.test(file) ? (parts.at(-2) ?? file) : file;
  return name.replace(/\.(md|markdown)$/i, '');
}

function authorOf(document: PostDocument): string | null {
  for (const path of [['params', 'author'], ['author'], ['params', 'authors'], ['authors']]) {
    const name = authorName(document.get(path));
    if (name) return name;
  }
  return null;
}

/** A key (`william`), a group written in the post (`{name, avatar}`), or a list of either. */
function authorName(value: FrontMatterValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(authorName).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && typeof value['name'] === 'string')
    return value['name'].trim() || null;
  return null;
}

/**
 * A post has videos when it embeds a `youtube` shortcode or describes one in
 * `videoSchema`. The shortcode scan is the one the validation rules use (and
 * cache per document), so counting diagnostics afterwards costs nothing more.
 */
function hasVideos(document: PostDocument, site: SiteFacts): boolean {
  for (const path of [['params', 'videoSchema'], ['videoSchema']]) {
    const entries = document.get(path);
    if (Array.isArray(entries) && entries.length > 0) return true;
  }
  if (!/\{\{[<%]-?\s*youtube/.test(document.body)) return false;
  return scanPostShortcodes(document, site).calls.some((call) => call.name === 'youtube');
}

export function countDiagnostics(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors += 1;
    else if (diagnostic.severity === 'warning') warnings += 1;
  }
  return { errors, warnings };
}

/**
 * Milliseconds since 1970 for sorting, or null for a post without a date
 * (listed last). `Date.parse` reads ISO 8601 and RFC 1123 dates, the forms
 * posts use; a form it cannot read sorts with the undated posts. The string
 * itself stays as written in the summary.
 */
export function dateSortKey(date: string | null): number | null {
  if (date === null) return null;
  const time = Date.parse(date.trim());
  return Number.isNaN(time) ? null : time;
}
