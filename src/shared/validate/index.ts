import { compareDiagnostics, type Diagnostic } from '../diagnostics';
import type { PostDocument } from '../post/types';
import { applyRuleSettings } from '../rule-settings/rule-settings';
import { bundleFileRule } from './rules/bundle-files';
import { frontMatterRules } from './rules/front-matter';
import { loadMarkdownlint, markdownlintRule } from './rules/markdownlint';
import { rewriteMarkerRule } from './rules/rewrite-markers';
import { shortcodeRules } from './rules/shortcodes';
import { videoRules } from './rules/videos';
import type { PostContext, Rule } from './types';

export type { PostContext, Rule, SiteFacts } from './types';

export interface ValidateOptions {
  /** markdownlint is by far the slowest rule; the editor may run it less often. */
  markdownlint?: boolean;
}

/**
 * Loads what `validatePost` needs for these options; await it first. Only
 * markdownlint needs loading, so a check that leaves it out never loads it.
 */
export async function prepareValidation(options: ValidateOptions = {}): Promise<void> {
  if (options.markdownlint !== false) await loadMarkdownlint();
}

const structuralRules: readonly Rule[] = [
  frontMatterRules,
  shortcodeRules,
  videoRules,
  bundleFileRule,
  rewriteMarkerRule,
];

/**
 * Every finding about one post: what the reader found in its front matter,
 * then each rule's, as the site's rule settings want them, ordered by
 * position. Pure: the caller gathers the site's
 * facts and the bundle's files, and awaits `prepareValidation(options)` once.
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
  return applyRuleSettings(diagnostics, context.site.rules).sort(compareDiagnostics);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
