// characters/joiners-and-bidi: zero-width joiners/non-joiners and bidirectional marks, embeddings and isolates.
// They are legitimate in Arabic, Persian, Hebrew and Indic text and in emoji sequences, so the rule is a hint that
// skips those uses and offers removal only where the line has no script that needs them.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { codePointName, quoteText } from '../../text/display';

const CONTROL_RUN = /[\u061C\u200C-\u200F\u202A-\u202E\u2066-\u2069]+/g;
const HAS_CONTROL = new RegExp(CONTROL_RUN.source);
const JOINERS = /^[\u200C\u200D]+$/;

// Scripts whose shaping uses ZWJ/ZWNJ (cursive joining, conjuncts, Persian half-spaces).
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Thaana}\p{Script=Hebrew}]/u;
// Right-to-left scripts, where bidi marks and isolates keep numbers and Latin words in order.
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
// Emoji modifiers and variation selectors that sit between a pictograph and its ZWJ.
const EMOJI_TAIL = /[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]/u;

const NAMES: Record<number, string> = {
  0x061c: 'Arabic letter mark',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

export const joinersAndBidiRule: Rule = {
  id: 'characters/joiners-and-bidi',
  category: 'characters',
  defaultSeverity: 'hint',
  summary: 'Zero-width joiners and bidi marks outside the scripts and emoji that need them; removed when clearly stray.',
  check(article: Article): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const line of article.lines) {
      if (line.isPlainAscii || !HAS_CONTROL.test(line.text)) continue;
      const lineHasJoiningScript = JOINING_SCRIPT.test(line.text);
      const lineHasRightToLeft = RIGHT_TO_LEFT_SCRIPT.test(line.text);
      for (const match of line.text.matchAll(CONTROL_RUN)) {
        const start = line.span.start + (match.index ?? 0);
        const end = start + match[0].length;
        const isJoiners = JOINERS.test(match[0]);
        if (isJoiners && (isInEmojiSequence(article.text, start, end) || touchesJoiningScript(article.text, start, end))) continue;
        // Bidi controls in a line with right-to-left text are doing their job (keeping numbers and names in order).
        if (!isJoiners && lineHasRightToLeft) continue;
        // Clearly stray: nothing on the line could use it. Otherwise (a joiner next to Latin letters in a line that
        // also has Arabic or Devanagari) it is shown, but removing it is left to the reader.
        const clearlyStray = isJoiners ? !lineHasJoiningScript : true;
        const kinds = [...new Set(Array.from(match[0], character => `${NAMES[character.charCodeAt(0)]} (${codePointName(character)})`))];
        const what = match[0].length === 1 ? kinds[0] : `${match[0].length} formatting characters: ${kinds.join(', ')}`;
        findings.push({
          span: { start, end },
          message: `${what[0].toUpperCase()}${what.slice(1)} outside the scripts or emoji that use it.`,
          evidence:
            `Found ${quoteText(match[0])} with no ${isJoiners ? 'joining script (Arabic, Persian, Indic…) or emoji' : 'right-to-left text'} ` +
            `${clearlyStray ? 'on the line' : 'next to it'}: it changes nothing visible here and splits words for search and tokenizers.`,
          fixes: clearlyStray ? [{ title: match[0].length === 1 ? `Remove ${kinds[0]}` : 'Remove the formatting characters', kind: 'repair', edits: [{ span: { start, end }, newText: '' }] }] : [],
        });
      }
    }
    return findings;
  },
};

/** A ZWJ between pictographs (👨‍👩‍👧, ❤️‍🔥) or right after one (skipping skin tones and variation selectors). */
function isInEmojiSequence(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0) {
    const previous = codePointBefore(text, before);
    if (!EMOJI_TAIL.test(previous)) break;
    before -= previous.length;
  }
  const previous = before > 0 ? codePointBefore(text, before) : '';
  const next = String.fromCodePoint(text.codePointAt(end) ?? 0x20);
  return PICTOGRAPH.test(previous) || PICTOGRAPH.test(next);
}

function touchesJoiningScript(text: string, start: number, end: number): boolean {
  const previous = start > 0 ? codePointBefore(text, start) : '';
  const next = end < text.length ? String.fromCodePoint(text.codePointAt(end) ?? 0x20) : '';
  return JOINING_SCRIPT.test(previous) || JOINING_SCRIPT.test(next);
}

function codePointBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  const high = text.charCodeAt(offset - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(offset - 2, offset) : text.slice(offset - 1, offset);
}
