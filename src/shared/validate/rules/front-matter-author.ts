/**
 * `schema/author-unknown`: an author key that `data/authors.yaml` does not
 * define. The site looks the key up there to show the author's name and
 * avatar; an unknown key leaves the post without a byline.
 */
import type { Diagnostic } from '../../diagnostics';
import {
  closestMatch,
  diagnostic,
  quote,
  shownPath,
  valueAt,
  valueSpan,
  type FrontMatterCheck,
  type Path,
} from './front-matter-context';

/** Today's key first; the older top-level `author` is looked up the same way. */
const authorPaths: readonly Path[] = [['params', 'author'], ['author']];

export function checkAuthor(
  check: FrontMatterCheck,
  authors: ReadonlySet<string> | null,
): Diagnostic[] {
  if (authors === null) return [];
  return authorPaths.flatMap((path) => {
    const value = valueAt(check.data, path);
    // A group (name, avatar) describes the author in the post itself.
    if (typeof value !== 'string' || value.trim() === '' || authors.has(value)) return [];
    const suggestion = closestMatch(value, authors);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    return [
      diagnostic(
        'error',
        'schema/author-unknown',
        `The author ${quote(value)} in "${shownPath(check, path)}" is not one of the authors defined in the site's data/authors.yaml.${hint} Use a key from that file, or add the author there first.`,
        valueSpan(check, path),
      ),
    ];
  });
}
