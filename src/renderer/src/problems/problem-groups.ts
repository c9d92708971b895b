/**
 * How the problems panel and the publish check list findings: errors first,
 * then warnings, then notes; repeated findings of one rule as one group
 * ("uploadDate has no time zone — 11 videos") that opens to show each.
 */
import { severityOrder, type Diagnostic } from '../../../shared/diagnostics';

export interface ProblemGroup {
  rule: string;
  severity: Diagnostic['severity'];
  /** In text order; one for a finding its rule reports once. */
  items: Diagnostic[];
  /** What the findings have in common, for the group's own row. */
  summary: string;
}

/** Short names for rules that repeat, and what they count. */
const ruleSummaries: Record<string, { summary: string; unit: [string, string] }> = {
  'video/upload-date-no-zone': {
    summary: 'uploadDate has no time zone',
    unit: ['video', 'videos'],
  },
  'video/thumbnail-http': { summary: 'thumbnailUrl uses http://', unit: ['video', 'videos'] },
  'video/missing-schema': {
    summary: 'Video with no entry in params.videoSchema',
    unit: ['video', 'videos'],
  },
  'video/unused-schema': {
    summary: 'Entry for a video the post does not show',
    unit: ['entry', 'entries'],
  },
  'video/duration-zero': { summary: 'Duration is zero', unit: ['video', 'videos'] },
  'video/title-missing': { summary: 'Video entry has no title', unit: ['video', 'videos'] },
  'video/thumbnail-missing': {
    summary: 'Video entry has no thumbnailUrl',
    unit: ['video', 'videos'],
  },
  'video/upload-date-missing': {
    summary: 'Video entry has no uploadDate',
    unit: ['video', 'videos'],
  },
  'draft/rewrite-marker': {
    summary: 'Text still marked for rewriting',
    unit: ['paragraph', 'paragraphs'],
  },
  'seo/title-length': { summary: 'Title longer than the SEO limit', unit: ['time', 'times'] },
  'seo/description-length': {
    summary: 'Description longer than the SEO limit',
    unit: ['time', 'times'],
  },
  'seo/description-missing': { summary: 'No description', unit: ['time', 'times'] },
  'seo/slug-length': { summary: 'Slug longer than the SEO limit', unit: ['time', 'times'] },
  'bundle/missing-file': { summary: 'File the post links to is missing', unit: ['file', 'files'] },
  'schema/unknown-key': {
    summary: 'Front matter key the site does not use',
    unit: ['key', 'keys'],
  },
  'schema/legacy-shape': { summary: 'Key in the older front matter shape', unit: ['key', 'keys'] },
};

/**
 * A markdownlint message without its details: "Trailing spaces (Expected: 0
 * or 2; Actual: 1). [MD009]" is "Trailing spaces".
 */
function markdownlintSummary(message: string): string {
  return message.replace(/ \[MD\d+\]$/, '').replace(/\s*\(.*\)\.?$|\.$/, '');
}

/** The group's own row: "uploadDate has no time zone — 11 videos". */
export function groupSummary(rule: string, items: readonly Diagnostic[]): string {
  const known = ruleSummaries[rule];
  const first = items[0]?.message ?? '';
  const summary =
    known?.summary ?? (rule.startsWith('markdownlint/') ? markdownlintSummary(first) : rule);
  if (items.length === 1) return summary;
  const [one, many] = known?.unit ?? ['time', 'times'];
  return `${summary} — ${items.length} ${items.length === 1 ? one : many}`;
}

/**
 * Groups by rule and severity, errors first; within a severity, groups in
 * the order their first finding appears in the text.
 */
export function groupProblems(diagnostics: readonly Diagnostic[]): ProblemGroup[] {
  const groups = new Map<string, Diagnostic[]>();
  const sorted = [...diagnostics].sort((a, b) => a.from - b.from || a.to - b.to);
  for (const diagnostic of sorted) {
    const key = `${diagnostic.severity} ${diagnostic.rule}`;
    const items = groups.get(key);
    if (items) items.push(diagnostic);
    else groups.set(key, [diagnostic]);
  }
  return [...groups.values()]
    .map((items) => {
      const first = items[0]!;
      return {
        rule: first.rule,
        severity: first.severity,
        items,
        summary: groupSummary(first.rule, items),
      };
    })
    .sort(
      (a, b) =>
        severityOrder[a.severity] - severityOrder[b.severity] ||
        a.items[0]!.from - b.items[0]!.from,
    );
}
