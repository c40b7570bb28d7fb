// Regenerates the `articleLint.rules` settings schema in package.json from the rule registry (one property per rule:
// severity enum, the rule's default severity, its summary), leaving the rest of the manifest as it is.
// Usage: npx tsx scripts/sync-manifest.ts [--check]   (--check writes nothing and exits 1 listing the differences)

import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/engine/rules/registry';
import { SEVERITY_SETTINGS } from '../server/src/engine/types';

const RULES_SETTING = 'articleLint.rules';
const manifestPath = new URL('../package.json', import.meta.url);

interface RuleSettingSchema {
  type: 'string';
  enum: string[];
  default: string;
  description: string;
}

const checkOnly = process.argv.includes('--check');
const currentText = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(currentText);
const rulesSetting = manifest.contributes?.configuration?.properties?.[RULES_SETTING];
if (typeof rulesSetting !== 'object' || rulesSetting === null) {
  console.error(`package.json has no contributes.configuration.properties["${RULES_SETTING}"] to fill in`);
  process.exit(2);
}

const currentProperties: Record<string, RuleSettingSchema> = rulesSetting.properties ?? {};
const expectedProperties: Record<string, RuleSettingSchema> = Object.fromEntries(
  RULES.map(rule => [rule.id, { type: 'string', enum: [...SEVERITY_SETTINGS], default: rule.defaultSeverity, description: rule.summary }]),
);
rulesSetting.properties = expectedProperties;
// npm writes package.json with two-space indentation and a final newline; so does this script.
const expectedText = JSON.stringify(manifest, null, 2) + '\n';

if (expectedText === currentText) {
  console.log(`package.json: ${RULES_SETTING} lists all ${RULES.length} rules`);
} else if (checkOnly) {
  const differences = describeDifferences(currentProperties, expectedProperties);
  console.error(`package.json is out of date with the rule registry; run npx tsx scripts/sync-manifest.ts`);
  for (const difference of differences.length > 0 ? differences : ['rule order or formatting differs']) console.error(`  ${difference}`);
  process.exit(1);
} else {
  writeFileSync(manifestPath, expectedText);
  console.log(`package.json: ${RULES_SETTING} updated to the ${RULES.length} rules of the registry`);
}

function describeDifferences(current: Record<string, RuleSettingSchema>, expected: Record<string, RuleSettingSchema>): string[] {
  const differences: string[] = [];
  for (const [id, schema] of Object.entries(expected)) {
    const existing = current[id];
    if (!existing) {
      differences.push(`${id}: missing`);
      continue;
    }
    for (const field of ['type', 'enum', 'default', 'description'] as const) {
      if (JSON.stringify(existing[field]) !== JSON.stringify(schema[field])) {
        differences.push(`${id}: ${field} is ${JSON.stringify(existing[field])}, the registry says ${JSON.stringify(schema[field])}`);
      }
    }
  }
  for (const id of Object.keys(current)) {
    if (!(id in expected)) differences.push(`${id}: no such rule in the registry`);
  }
  return differences;
}
