import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { parsePost } from '../post';
import { validatePost, type SiteFacts } from '../validate';
import { applyRuleSettings, parseRuleSettings, ruleSettingsRule } from './index';

const finding = (rule: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  severity,
  rule,
  message: `${rule} found.`,
  from: 4,
  to: 8,
});

describe('rule settings', () => {
  it('reads levels for known rules, with off, note and YAML 1.1 false', () => {
    expect(
      parseRuleSettings({
        'seo/description-length': 'off',
        'video/thumbnail-http': 'error',
        'seo/title-length': 'note',
        'markdownlint/no-trailing-spaces': false,
      }),
    ).toEqual({
      levels: {
        'seo/description-length': 'off',
        'video/thumbnail-http': 'error',
        'seo/title-length': 'info',
        'markdownlint/no-trailing-spaces': 'off',
      },
      problems: [],
    });
    expect(parseRuleSettings(undefined)).toEqual({ levels: {}, problems: [] });
  });

  it('says in plain words what it cannot use, and keeps the default for it', () => {
    const settings = parseRuleSettings({
      'seo/descripton-length': 'off',
      'video/thumbnail-http': 'loud',
      'front-matter/syntax': 'off',
      'seo/title-length': 'warning',
    });
    expect(settings.levels).toEqual({ 'seo/title-length': 'warning' });
    expect(settings.problems).toEqual([
      '"seo/descripton-length" under rules in .recap-studio.yaml is not a rule Recap Studio checks, so it was ignored. Did you mean "seo/description-length"?',
      'The level of "video/thumbnail-http" in .recap-studio.yaml must be off, error, warning or note, not "loud"; the rule keeps its default.',
      '"front-matter/syntax" under rules in .recap-studio.yaml cannot be changed: it reports a post that cannot be read safely, so it was ignored.',
    ]);
    expect(parseRuleSettings(['seo/title-length']).problems).toEqual([
      'rules in .recap-studio.yaml must be a list of rule: level pairs, such as "seo/description-length: off"; every rule keeps its default.',
    ]);
  });

  it('drops rules turned off and changes severities, leaving the rest as found', () => {
    const found = [
      finding('seo/description-length'),
      finding('video/thumbnail-http'),
      finding('schema/type', 'error'),
    ];
    const applied = applyRuleSettings(found, {
      levels: { 'seo/description-length': 'off', 'video/thumbnail-http': 'error' },
      problems: [],
    });
    expect(applied).toEqual([{ ...found[1], severity: 'error' }, found[2]]);
    expect(applyRuleSettings(found, undefined)).toEqual(found);
  });

  it('reports unusable settings once per post, at its start', () => {
    const applied = applyRuleSettings([], { levels: {}, problems: ['One.', 'Two.'] });
    expect(applied).toEqual([
      {
        severity: 'warning',
        rule: ruleSettingsRule,
        message: "The site's rule settings could not all be used. One. Two.",
        from: 0,
        to: 0,
      },
    ]);
  });

  it('is honoured by validatePost', () => {
    const doc = parsePost(
      '---\ntitle: A title\ndate: 2024-01-01\nparams:\n  videoSchema:\n' +
        '    - title: T\n      embedUrl: https://youtu.be/BWL4889RKhU\n' +
        '      thumbnailUrl: http://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg\n' +
        '      uploadDate: 2021-05-14T00:00:00Z\n---\n\n{{< youtube BWL4889RKhU >}}\n',
    );
    const site: SiteFacts = {
      authors: null,
      shortcodes: new Map(),
      markdownlint: { blog: null, default: null },
      videoConvention: 'google',
    };
    const context = { path: 'content/blog/2024/0101-x/index.md', bundleFiles: null };
    const rules = (facts: SiteFacts) =>
      validatePost(doc, { ...context, site: facts }, { markdownlint: false }).map(
        (d) => `${d.severity} ${d.rule}`,
      );
    expect(rules(site)).toEqual(
      expect.arrayContaining(['warning seo/description-missing', 'warning video/thumbnail-http']),
    );
    const tuned = rules({
      ...site,
      rules: parseRuleSettings({
        'seo/description-missing': 'off',
        'video/thumbnail-http': 'error',
      }),
    });
    expect(tuned).not.toContain('warning seo/description-missing');
    expect(tuned).toContain('error video/thumbnail-http');
  });
});
