import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/diagnostics';
import { groupProblems, groupSummary } from './problem-groups';

const at = (
  from: number,
  rule: string,
  severity: Diagnostic['severity'] = 'warning',
  message = `${rule} at ${from}.`,
): Diagnostic => ({ severity, rule, message, from, to: from + 1 });

describe('grouping problems', () => {
  it('puts errors first, then warnings, then notes, each in text order', () => {
    const groups = groupProblems([
      at(50, 'seo/title-length'),
      at(5, 'style/note', 'info'),
      at(90, 'schema/date-invalid', 'error'),
      at(10, 'schema/author-unknown', 'error'),
    ]);
    expect(groups.map((g) => g.rule)).toEqual([
      'schema/author-unknown',
      'schema/date-invalid',
      'seo/title-length',
      'style/note',
    ]);
  });

  it('groups repeated findings of one rule, counting what they are about', () => {
    const dates = Array.from({ length: 11 }, (_, i) =>
      at(100 + i * 40, 'video/upload-date-no-zone'),
    );
    const groups = groupProblems([...dates.reverse(), at(20, 'seo/description-length')]);
    expect(groups.map((g) => [g.summary, g.items.length])).toEqual([
      ['Description longer than the SEO limit', 1],
      ['uploadDate has no time zone — 11 videos', 11],
    ]);
    // Inside a group, findings stay in text order.
    expect(groups[1]!.items.map((d) => d.from)).toEqual(
      dates.map((d) => d.from).sort((a, b) => a - b),
    );
  });

  it('keeps one rule at two severities apart', () => {
    const groups = groupProblems([
      at(1, 'video/thumbnail-http', 'error'),
      at(2, 'video/thumbnail-http', 'warning'),
    ]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning']);
  });

  it("names markdownlint's groups by the rule's description", () => {
    const trailing = (from: number) =>
      at(
        from,
        'markdownlint/no-trailing-spaces',
        'warning',
        'Trailing spaces (Expected: 0 or 2; Actual: 1). [MD009]',
      );
    expect(groupSummary('markdownlint/no-trailing-spaces', [trailing(1), trailing(9)])).toBe(
      'Trailing spaces — 2 times',
    );
    expect(
      groupSummary('draft/rewrite-marker', [
        at(1, 'draft/rewrite-marker'),
        at(2, 'draft/rewrite-marker'),
        at(3, 'draft/rewrite-marker'),
      ]),
    ).toBe('Text still marked for rewriting — 3 paragraphs');
  });
});
