import type * as Markdownlint from 'markdownlint/sync';
import type { Diagnostic } from '../../diagnostics';
import { LineIndex } from '../../text/line-index';
import type { Rule } from '../types';

let lint: typeof Markdownlint.lint | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads markdownlint once. It is loaded on first need, not imported: with
 * micromark, katex and the rest it took longer to load than checking a
 * site of 158 posts without it.
 */
export function loadMarkdownlint(): Promise<void> {
  loading ??= import('markdownlint/sync').then((module) => {
    lint = module.lint;
  });
  return loading;
}

/**
 * The site's `make lint`: `.markdownlint.blog.yaml` for posts under
 * `content/blog`, `.markdownlint.yaml` elsewhere. A site without the config
 * does not lint, so neither do we.
 */
export const markdownlintRule: Rule = (doc, context) => {
  const config = context.path.startsWith('content/blog/')
    ? (context.site.markdownlint.blog ?? context.site.markdownlint.default)
    : context.site.markdownlint.default;
  if (!config) return [];
  if (!lint) {
    throw new Error('markdownlint is not loaded yet: await prepareValidation() first.');
  }

  const results = lint({ strings: { post: doc.text }, config, handleRuleFailures: true });
  const lines = new LineIndex(doc.text);
  const diagnostics: Diagnostic[] = [];
  for (const finding of results['post'] ?? []) {
    const lineStart = lines.lineStart(finding.lineNumber);
    const lineEnd = lines.lineStart(finding.lineNumber + 1);
    const lineText = doc.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    const [column = 1, length = lineText.length] = finding.errorRange ?? [];
    const from = lineStart + column - 1;
    const detail = finding.errorDetail ? ` (${finding.errorDetail})` : '';
    diagnostics.push({
      severity: 'warning',
      rule: `markdownlint/${finding.ruleNames[1] ?? finding.ruleNames[0]}`,
      message: `${finding.ruleDescription}${detail}. [${finding.ruleNames[0]}]`,
      from,
      to: Math.max(from, Math.min(from + length, lineStart + lineText.length)),
    });
  }
  return diagnostics;
};
