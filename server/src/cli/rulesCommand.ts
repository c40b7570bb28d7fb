// `article-lint rules`: the registry as a table for people or as JSON for scripts.

import { RULES } from '../engine/index';
import { RulesArguments } from './arguments';
import { EXIT_CLEAN } from './exitCodes';
import { CliIo } from './io';

export function runRules(args: RulesArguments, io: CliIo): number {
  const rules = RULES.map(rule => ({ id: rule.id, category: rule.category, defaultSeverity: rule.defaultSeverity, summary: rule.summary }));
  if (args.format === 'json') {
    io.stdout.write(`${JSON.stringify({ rules }, null, 2)}\n`);
    return EXIT_CLEAN;
  }
  if (rules.length === 0) {
    io.stdout.write('no rules are registered\n');
    return EXIT_CLEAN;
  }
  const idWidth = Math.max(...rules.map(rule => rule.id.length));
  const categoryWidth = Math.max(...rules.map(rule => rule.category.length));
  const severityWidth = Math.max(...rules.map(rule => rule.defaultSeverity.length));
  const rows = rules.map(
    rule => `${rule.id.padEnd(idWidth)}  ${rule.category.padEnd(categoryWidth)}  ${rule.defaultSeverity.padEnd(severityWidth)}  ${rule.summary}`,
  );
  io.stdout.write(`${rows.join('\n')}\n`);
  return EXIT_CLEAN;
}
