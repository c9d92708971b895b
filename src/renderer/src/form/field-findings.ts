import type { Diagnostic } from '../../../shared/diagnostics';
import type { FormField } from '../../../shared/front-matter-form';
import type { PostDocument } from '../../../shared/post';
import { frontMatterRules } from '../../../shared/validate/rules/front-matter';
import type { SiteFacts } from '../../../shared/validate';

/**
 * The front matter rules' findings for the form, run on the document the
 * form shows (the same rules save runs, so the form never says something
 * else), each given to the field whose lines it points at. Findings about a
 * field that is not written (a missing title) point at the first line and
 * are matched by their rule instead.
 */
export function fieldFindings(
  doc: PostDocument,
  fields: readonly FormField[],
  path: string,
  site: Pick<SiteFacts, 'authors'>,
): Map<string, Diagnostic[]> {
  const findings = frontMatterRules(doc, {
    path,
    site: { ...site, shortcodes: new Map(), markdownlint: { blog: null, default: null } },
    bundleFiles: null,
  });
  const byField = new Map<string, Diagnostic[]>();
  for (const finding of findings) {
    const field =
      fields.find((candidate) => covers(doc, candidate, finding)) ?? byRule(fields, finding);
    if (!field) continue;
    byField.set(field.id, [...(byField.get(field.id) ?? []), finding]);
  }
  return byField;
}

function covers(doc: PostDocument, field: FormField, finding: Diagnostic): boolean {
  if (!field.span) return false;
  const value = doc.valueSpan(field.written);
  const end = Math.max(field.span.to, value?.to ?? 0);
  return finding.from >= field.span.from && finding.from <= end;
}

const ruleFields: Record<string, string> = {
  'schema/title-missing': 'title',
  'seo/description-missing': 'description',
};

function byRule(fields: readonly FormField[], finding: Diagnostic): FormField | undefined {
  const id = ruleFields[finding.rule];
  return id === undefined ? undefined : fields.find((field) => field.id === id && !field.span);
}
