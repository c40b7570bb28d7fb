// The noise rules, in the order they run. Adding a rule here is the only registration it needs.

import { Rule } from '../../rule';

export const NOISE_RULES: readonly Rule[] = [];
