import { compareDiagnostics, type Diagnostic } from '../diagnostics';
import type { PostDocument } from '../post/types';
import { bundleFileRule } from './rules/bundle-files';
import { frontMatterRules } from './rules/front-matter';
import { markdownlintRule } from './rules/markdownlint';
import { shortcodeRules } from './rules/shortcodes';
import { videoRules } from './rules/videos';
import type { PostContext, Rule } from './types';

export type { PostContext, Rule, SiteFacts } from './types';

export interface ValidateOptions {
  /** markdownlint is by far the slowest rule; the editor may run it less often. */
  markdownlint?: boolean;
}

const structuralRules: readonly Rule[] = [
  frontMatterRules,
  shortcodeRules,
  videoRules,
  bundleFileRule,
];

/**
 * Every finding about one post: what the reader found in its front matter,
 * then each rule's, ordered by position. Pure: the caller gathers the site's
 * facts and the bundle's files.
 */
export function validatePost(
  doc: PostDocument,
  context: PostContext,
  options: ValidateOptions = {},
): Diagnostic[] {
  const rules =
    options.markdownlint === false ? structuralRules : [...structuralRules, markdownlintRule];
  const diagnostics = [...doc.diagnostics];
  for (const rule of rules) diagnostics.push(...rule(doc, context));
  return diagnostics.sort(compareDiagnostics);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
