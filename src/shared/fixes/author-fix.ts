import { minimalReplacement } from '../text/minimal-replacement';
import type { PostDocument } from '../post/types';
import { closestMatches } from '../validate/rules/front-matter-context';
import type { FixableFinding, QuickFix } from './types';

/** Where an author key may stand; the finding's place says which one it is about. */
const authorPaths = [['params', 'author'], ['author']] as const;

/** How many "Did you mean" choices a finding offers at most. */
const suggestionLimit = 3;

/**
 * `schema/author-unknown`: one fix per key of `data/authors.yaml` close to
 * the unknown one ("Did you mean "jason"?"), closest first, each replacing
 * the value through the post model so its quoting stays valid YAML.
 */
export function authorFixes(
  doc: PostDocument,
  finding: FixableFinding,
  authors: readonly string[] | null,
): QuickFix[] {
  if (!authors || authors.length === 0) return [];
  const path = authorPaths.find((candidate) => {
    const span = doc.valueSpan([...candidate]);
    return span !== undefined && span.from <= finding.from && finding.from <= span.to;
  });
  if (!path) return [];
  const value = doc.get([...path]);
  if (typeof value !== 'string') return [];
  return closestMatches(value, authors, suggestionLimit).flatMap((key) => {
    const change = minimalReplacement(doc.text, doc.set([...path], key).text);
    return change ? [{ title: `Did you mean "${key}"?`, changes: [change] }] : [];
  });
}
