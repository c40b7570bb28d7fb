// The text rules, in the order they run. Adding a rule here is the only registration it needs.

import { Rule } from '../../rule';
import { tagSyntaxRule } from './tag-syntax';
import { unquotedQuoteRule } from './unquoted-quote';

export const TEXT_RULES: readonly Rule[] = [unquotedQuoteRule, tagSyntaxRule];
