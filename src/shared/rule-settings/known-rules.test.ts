import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seoLimits } from '../validate/rules/front-matter-text-fields';
import { lockedRulePrefixes, markdownlintRuleNames, ownRules } from './known-rules';

const shared = join(import.meta.dirname, '..');

/** Every `rule: 'group/name'` or `'group/name'` rule id the checks' source writes. */
function ruleIdsInSource(): Set<string> {
  const ids = new Set<string>();
  const folders = ['validate', 'post'].map((folder) => join(shared, folder));
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts'))
        continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const match of text.matchAll(
        /'((?:bundle|draft|schema|seo|shortcode|video|youtube|file|front-matter)\/[a-z-]+)'/g,
      ))
        ids.add(match[1]!);
    }
  }
  // The SEO limits' rules are named from their keys: `seo/${key}-length`.
  for (const key of Object.keys(seoLimits)) ids.add(`seo/${key}-length`);
  return ids;
}

describe('known rules', () => {
  it('lists every rule the checks report, except those no setting may change', () => {
    const tunable = [...ruleIdsInSource()].filter(
      (id) => !lockedRulePrefixes.some((prefix) => id.startsWith(prefix)),
    );
    expect(tunable.sort()).toEqual([...ownRules].sort());
  });

  it("names markdownlint's rules as the check reports them", async () => {
    // markdownlint exports no list of its rules; its own module of them has no types.
    const module = join(shared, '../../node_modules/markdownlint/lib/rules.mjs');
    const rules = (await import(/* @vite-ignore */ module)) as { default: { names: string[] }[] };
    expect(rules.default.map((rule) => rule.names[1])).toEqual([...markdownlintRuleNames]);
  });
});
