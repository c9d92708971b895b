export {
  applyRuleSettings,
  defaultRuleSettings,
  parseRuleSettings,
  ruleSettingsRule,
  type RuleLevel,
  type RuleSettings,
} from './rule-settings';
export { tunableRules } from './known-rules';
