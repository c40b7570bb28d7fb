// The noise rules, in the order they run. Adding a rule here is the only registration it needs.
// Order matters only for ties: when two noise rules report the same span, the one listed first is kept.

import { Rule } from '../../rule';
import { accountUiRule } from './account-ui';
import { adLabelRule } from './ad-label';
import { breadcrumbRule } from './breadcrumb';
import { codeResidueRule } from './code-residue';
import { commentsRule } from './comments';
import { cookieBannerRule } from './cookie-banner';
import { duplicateRule } from './duplicate';
import { followPromptRule } from './follow-prompt';
import { footerRule } from './footer';
import { iconFontRunRule } from './icon-font-run';
import { menuBlockRule } from './menu-block';
import { relatedLinksRule } from './related-links';
import { separatorRule } from './separator';
import { shareButtonsRule } from './share-buttons';
import { socialCounterRule } from './social-counter';
import { subscribePromptRule } from './subscribe-prompt';
import { uiChromeRule } from './ui-chrome';

export const NOISE_RULES: readonly Rule[] = [
  iconFontRunRule,
  cookieBannerRule,
  subscribePromptRule,
  relatedLinksRule,
  commentsRule,
  menuBlockRule,
  shareButtonsRule,
  socialCounterRule,
  followPromptRule,
  accountUiRule,
  breadcrumbRule,
  uiChromeRule,
  adLabelRule,
  footerRule,
  separatorRule,
  codeResidueRule,
  duplicateRule,
];
