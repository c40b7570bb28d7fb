// noise/breadcrumb: navigation trails such as "Home > World > Europe" or "News » Politics » Congress".

import { isInsideBody } from './layout';
import { defineLineRule, quote } from './lineRuns';

const SEPARATOR = /\s*(?:>|›|»|→|\/|\\|::)\s*/u;
const MAX_SEGMENT_WORDS = 4;

export const breadcrumbRule = defineLineRule({
  id: 'noise/breadcrumb',
  summary: 'Navigation trails such as "Home > World > Europe" or "News » Politics".',
  message: () => 'Breadcrumb trail left by the scraper',
  matchLine: ({ article, lineIndex, features, layout }) => {
    const text = article.lines[lineIndex].text.trim();
    if (text.length > 160 || features.endsLikeSentence || !/[>›»→/\\]|::/.test(text)) return undefined;
    const segments = text.split(SEPARATOR).filter(Boolean);
    if (segments.length < 2) return undefined;
    const startsAtHome = /^(?:home|homepage|start|startseite|accueil|inicio|início|beranda|главная)$/iu.test(segments[0]);
    // Without "Home", three segments are needed ("2019/2020" and "and/or" are not trails), and the line must lie
    // outside the body, where "AC/DC / Iron Maiden / Metallica" is a sentence fragment, not navigation.
    if (!startsAtHome && (segments.length < 3 || isInsideBody(layout, lineIndex))) return undefined;
    const wellFormed = segments.every(segment => {
      const words = segment.split(/\s+/);
      // Every level is a short name with a letter in it; "11/19/2019" is a date, not a trail.
      return words.length <= MAX_SEGMENT_WORDS && /\p{L}/u.test(segment) && /^[\p{Lu}\p{N}]/u.test(segment);
    });
    return wellFormed ? { reason: `${quote(text)} is a trail of ${segments.length} navigation levels` } : undefined;
  },
});
