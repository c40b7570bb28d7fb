// The one registry of rules: every rule the engine runs, grouped by category (each category lists its own).
// The settings schema in package.json, docs/rules and this list are kept in agreement by test/unit/registry.test.ts.

import { Rule } from '../rule';
import { CHARACTERS_RULES } from './characters/index';
import { METADATA_RULES } from './metadata/index';
import { NOISE_RULES } from './noise/index';
import { TEXT_RULES } from './text/index';

export const RULES: readonly Rule[] = [...NOISE_RULES, ...CHARACTERS_RULES, ...METADATA_RULES, ...TEXT_RULES];

const RULES_BY_ID = new Map(RULES.map(rule => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
