/**
 * The `rules` key of a site's `.recap-studio.yaml`: a site turns a rule off
 * or changes its severity for everyone who writes for it, the app and
 * `recap-studio check` alike:
 *
 *     rules:
 *       seo/description-length: off
 *       video/thumbnail-http: error
 *
 * A setting that cannot be used is reported in plain words and left out, so
 * that rule keeps its default; the others still apply.
 */
import type { Diagnostic, Severity } from '../diagnostics';
import { closestMatches } from '../validate/rules/front-matter-context';
import { lockedRulePrefixes, tunableRules } from './known-rules';

export type RuleLevel = Severity | 'off';

/** Plain data, so it crosses to the check's worker threads as it is. */
export interface RuleSettings {
  /** By rule id; rules not listed keep their own severity. */
  levels: Readonly<Record<string, RuleLevel>>;
  /** What was wrong with the settings, in full sentences; empty when nothing was. */
  problems: readonly string[];
}

export const defaultRuleSettings: RuleSettings = { levels: {}, problems: [] };

/** The rule under which a site's unusable settings are reported on each post. */
export const ruleSettingsRule = 'settings/rules';

const fileName = '.recap-studio.yaml';

/** What each written level means: `note` is how `check` prints `info`. */
const levelWords: Record<string, RuleLevel> = {
  off: 'off',
  error: 'error',
  warning: 'warning',
  info: 'info',
  note: 'info',
};

function isTunable(rule: string): boolean {
  return tunableRules.includes(rule);
}

function unknownRule(rule: string): string {
  const [suggestion] = closestMatches(rule, tunableRules, 1);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return `"${rule}" under rules in ${fileName} is not a rule Recap Studio checks, so it was ignored.${hint}`;
}

/**
 * Reads the value of the `rules` key (already parsed from YAML; undefined
 * when the file has none). Never throws: problems are collected.
 */
export function parseRuleSettings(value: unknown): RuleSettings {
  if (value === undefined || value === null) return defaultRuleSettings;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      levels: {},
      problems: [
        `rules in ${fileName} must be a list of rule: level pairs, such as "seo/description-length: off"; every rule keeps its default.`,
      ],
    };
  }
  const levels: Record<string, RuleLevel> = {};
  const problems: string[] = [];
  for (const [rule, written] of Object.entries(value as Record<string, unknown>)) {
    const locked = lockedRulePrefixes.find((prefix) => rule.startsWith(prefix));
    if (locked) {
      problems.push(
        `"${rule}" under rules in ${fileName} cannot be changed: it reports a post that cannot be read safely, so it was ignored.`,
      );
      continue;
    }
    if (!isTunable(rule)) {
      problems.push(unknownRule(rule));
      continue;
    }
    // YAML 1.1 readers take `off` for false; a site may have written it either way.
    const level =
      written === false ? 'off' : typeof written === 'string' ? levelWords[written] : undefined;
    if (!level) {
      problems.push(
        `The level of "${rule}" in ${fileName} must be off, error, warning or note, not ${JSON.stringify(written)}; the rule keeps its default.`,
      );
      continue;
    }
    levels[rule] = level;
  }
  return { levels, problems };
}

/**
 * The findings as the site's settings want them: rules turned off dropped,
 * severities changed, and one warning at the top of the post when the
 * settings themselves had problems (so the app and `check` both say so).
 */
export function applyRuleSettings(
  diagnostics: readonly Diagnostic[],
  settings: RuleSettings | undefined,
): Diagnostic[] {
  if (!settings) return [...diagnostics];
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const level = settings.levels[diagnostic.rule];
    if (level === 'off') continue;
    result.push(
      level && level !== diagnostic.severity ? { ...diagnostic, severity: level } : diagnostic,
    );
  }
  if (settings.problems.length > 0) {
    result.push({
      severity: 'warning',
      rule: ruleSettingsRule,
      message: `The site's rule settings could not all be used. ${settings.problems.join(' ')}`,
      from: 0,
      to: 0,
    });
  }
  return result;
}
