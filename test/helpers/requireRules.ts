// Fails a suite loudly (never skips) when a rule its tests depend on is not registered.

import { ruleById } from '../../server/src/engine/index';

export function requireRules(suite: string, ...ruleIds: string[]): void {
  const missing = ruleIds.filter(id => !ruleById(id));
  if (missing.length > 0) throw new Error(`the ${suite} tests need the rules ${missing.join(', ')}, which are not in the registry`);
}
