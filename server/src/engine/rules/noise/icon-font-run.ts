// noise/icon-font-run: icon-font ligature names flattened into text ("bookmarkicon cameraicon chevron downicon …"),
// as scrapers produce when a page's SVG/icon sprite labels end up in the text layer.

import { defineLineRule } from './lineRuns';

// A token that names an icon: glued ("cameraicon", "icon-search"), or the word "icon" itself.
const ICON_TOKEN = /^(?:[\p{L}\d-]*icon|icon[\p{L}\d-]*)$/iu;
const MIN_ICON_TOKENS = 4;
const MIN_ICON_SHARE = 0.25;

export const iconFontRunRule = defineLineRule({
  id: 'noise/icon-font-run',
  summary: 'A line made of icon-font names ("bookmarkicon cameraicon checkicon …") flattened into the text.',
  message: () => 'Icon-font names flattened into text',
  matchLine: ({ article, lineIndex }) => {
    if (!/icon/i.test(article.lines[lineIndex].text)) return undefined;
    const tokens = article.lines[lineIndex].text.slice(0, 20000).split(/\s+/).filter(Boolean);
    const iconTokens = tokens.filter(token => ICON_TOKEN.test(token));
    if (iconTokens.length < MIN_ICON_TOKENS || iconTokens.length / tokens.length < MIN_ICON_SHARE) return undefined;
    return { reason: `${iconTokens.length} of ${tokens.length} words are icon names (${iconTokens.slice(0, 4).join(', ')}, …)` };
  },
});
