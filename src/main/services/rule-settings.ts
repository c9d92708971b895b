import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  defaultRuleSettings,
  parseRuleSettings,
  type RuleSettings,
} from '../../shared/rule-settings';
import { siteSettingsFileName } from '../../shared/youtube/site-settings';

/**
 * The `rules` of the site's `.recap-studio.yaml`. Never fails: a file that
 * cannot be read or parsed gives the defaults with the reason as a problem,
 * which every post's check then reports.
 */
export async function readRuleSettings(root: string): Promise<RuleSettings> {
  let text: string;
  try {
    text = await readFile(join(root, siteSettingsFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultRuleSettings;
    return withProblem(`${siteSettingsFileName} could not be read (${(error as Error).message}).`);
  }
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 10 });
  } catch (error) {
    return withProblem(
      `${siteSettingsFileName} is not valid YAML: ${(error as Error).message.split('\n')[0]}.`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return defaultRuleSettings;
  return parseRuleSettings((data as Record<string, unknown>)['rules']);
}

function withProblem(problem: string): RuleSettings {
  return { levels: {}, problems: [`${problem} Every rule keeps its default.`] };
}
