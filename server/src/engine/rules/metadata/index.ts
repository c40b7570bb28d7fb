// The metadata rules, in the order they run. Adding a rule here is the only registration it needs.

import { Rule } from '../../rule';
import { bylineRule } from './byline';
import { captionRule } from './caption';
import { creditRule } from './credit';
import { datelineRule } from './dateline';
import { headlineRule } from './headline';
import { standfirstRule } from './standfirst';

export const METADATA_RULES: readonly Rule[] = [headlineRule, datelineRule, bylineRule, standfirstRule, captionRule, creditRule];
