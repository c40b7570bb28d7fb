// The characters rules, in the order they run. Adding a rule here is the only registration it needs.

import { Rule } from '../../rule';
import { mojibakeRule } from './mojibake';

export const CHARACTERS_RULES: readonly Rule[] = [mojibakeRule];
