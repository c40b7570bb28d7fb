// noise/icon-font-run: icon-font ligature names flattened into text ("bookmarkicon cameraicon chevron downicon …"),
// as scrapers produce when a page's SVG/icon sprite labels end up in the text layer.

import { defineLineRule } from './lineRuns';

// A token that names an icon: a name glued to "icon" ("cameraicon", "chevron-downicon", "icon-search"). Words that
// merely contain "icon" ("silicon", "iconic", "lexicon") are not icon names.
const ICON_TOKEN = /^(?:[\p{Ll}\d][\p{Ll}\d-]+icon|icon-[\p{Ll}\d-]+)$/u;
const ENGLISH_WORDS_WITH_ICON = new Set(['silicon', 'lexicon', 'rubicon', 'helicon', 'emoticon', 'opticon', 'panopticon', 'technicon']);
const MIN_ICON_TOKENS = 4;
const MIN_ICON_SHARE = 0.25;

export const iconFontRunRule = defineLineRule({
  id: 'noise/icon-font-run',
  summary: 'A line made of icon-font names ("bookmarkicon cameraicon checkicon …") flattened into the text.',
  message: () => 'Icon-font names flattened into text',
  matchLine: ({ article, lineIndex }) => {
    if (!/icon/i.test(article.lines[lineIndex].text)) return undefined;
    const tokens = article.lines[lineIndex].text.slice(0, 20000).split(/\s+/).filter(Boolean);
    const iconTokens = tokens.filter(token => ICON_TOKEN.test(token) && !ENGLISH_WORDS_WITH_ICON.has(token));
    if (iconTokens.length < MIN_ICON_TOKENS || iconTokens.length / tokens.length < MIN_ICON_SHARE) return undefined;
    return { reason: `${iconTokens.length} of ${tokens.length} words are icon names (${iconTokens.slice(0, 4).join(', ')}, …)` };
  },
});
