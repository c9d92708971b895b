/**
 * Keys the schema does not know (`schema/unknown-key`, information only:
 * they are kept as written and a template might still read them) and keys
 * from the site's older front matter shape (`schema/legacy-shape`).
 */
import type { Diagnostic } from '../../diagnostics';
import type { FrontMatterValue } from '../../post/types';
import { isMapping, knownKeysAt } from '../../schema/known-keys';
import { legacyKeys } from '../../schema/legacy';
import {
  closestMatch,
  diagnostic,
  keySpan,
  shownPath,
  valueAt,
  type FrontMatterCheck,
  type Path,
} from './front-matter-context';

export function checkLegacyKeys(check: FrontMatterCheck): Diagnostic[] {
  return legacyKeys.flatMap(({ path, advice }) => {
    if (valueAt(check.data, path) === undefined) return [];
    return [
      diagnostic(
        'warning',
        'schema/legacy-shape',
        `"${shownPath(check, path)}" is from the site's older front matter shape. ${advice}`,
        keySpan(check, path),
      ),
    ];
  });
}

export function checkUnknownKeys(check: FrontMatterCheck): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const visit = (mapping: { [key: string]: FrontMatterValue }, path: Path): void => {
    const known = knownKeysAt(path);
    if (known === null) return;
    for (const key of Object.keys(mapping)) {
      if (!known.has(key.toLowerCase()))
        findings.push(unknownKey(check, [...path, key], known.values()));
    }
  };
  // `check.written` keeps the author's spelling, so reported paths match the file.
  visit(check.written, []);
  const params = check.data.params;
  if (isMapping(params)) {
    visit(params, ['params']);
    if (isMapping(params.author)) visit(params.author, ['params', 'author']);
    for (const listKey of ['videoSchema', 'faqSchema']) {
      const list = params[listKey];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (isMapping(item)) visit(item, ['params', listKey, index]);
      });
    }
  }
  return findings;
}

function unknownKey(check: FrontMatterCheck, path: Path, known: Iterable<string>): Diagnostic {
  const key = String(path[path.length - 1]);
  const suggestion = closestMatch(key, known);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return diagnostic(
    'info',
    'schema/unknown-key',
    `"${shownPath(check, path)}" is not a key that Hugo or the site's templates are known to use, so it may have no effect. It is kept as written.${hint}`,
    keySpan(check, path),
  );
}
