// The characters rules, in the order they run. Adding a rule here is the only registration it needs.

import { Rule } from '../../rule';
import { htmlEntitiesRule } from './html-entities';
import { htmlTagsRule } from './html-tags';
import { hyphenationRule } from './hyphenation';
import { invisibleRule } from './invisible';
import { joinersAndBidiRule } from './joiners-and-bidi';
import { mojibakeRule } from './mojibake';
import { nbspRule } from './nbsp';
import { replacementCharacterRule } from './replacement-character';
import { whitespaceRule } from './whitespace';

export const CHARACTERS_RULES: readonly Rule[] = [
  mojibakeRule,
  htmlEntitiesRule,
  htmlTagsRule,
  invisibleRule,
  replacementCharacterRule,
  joinersAndBidiRule,
  nbspRule,
  whitespaceRule,
  hyphenationRule,
];
