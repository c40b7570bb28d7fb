// noise/separator: lines made only of separator symbols ("_________", "* * *", "|", "•").

import { defineLineRule, quote } from './lineRuns';

const SEPARATOR_LINE = /^[\s\-_=*~#•·|/\\.+<>^:;,…—–§¶°×✕☰≡─━═]+$/u;
// "* * *" and "***" can be a deliberate section break inside an article; they are still removable noise for a
// corpus, but a fix-on-save should not take them without the user looking.
const SECTION_BREAK = /^(?:\*\s*){3}$|^(?:#\s*){3}$/u;

export const separatorRule = defineLineRule({
  id: 'noise/separator',
  summary: 'Lines made only of separator symbols, such as "__________", "|" or "• • •".',
  message: count => (count === 1 ? 'Separator line' : `${count} separator lines`),
  matchLine: ({ article, lineIndex, layout }) => {
    const text = article.lines[lineIndex].text;
    if (!SEPARATOR_LINE.test(text)) return undefined;
    // Inside the article body a separator is a section break ("___" in wire copy, "* * *"): structure, not noise.
    if (lineIndex > layout.contentFirstLine && lineIndex < layout.contentLastLine) return undefined;
    return { reason: `${quote(text)} holds only separator symbols`, confidence: SECTION_BREAK.test(text.trim()) ? 'medium' : 'high' };
  },
});
