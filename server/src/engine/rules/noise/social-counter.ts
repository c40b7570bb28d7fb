// noise/social-counter: engagement counters on their own line ("1.2K shares", "Comments (14)", "345 views · 12 likes").

import { defineLineRule, quote } from './lineRuns';

const COUNTED = '(?:shares?|comments?|likes?|views?|reads?|retweets?|reposts?|reactions?|followers?|subscribers?|votes?|claps?|replies|reply|kommentare?|commentaires?|comentarios?|komentar|комментари(?:й|ев|я))';
const NUMBER = '\\d[\\d.,\\s]*[kKmM]?\\+?';
// A share button with its count ("Facebook 1.2K", "Twitter 214").
const PLATFORM = '(?:facebook|twitter|linkedin|pinterest|reddit|whatsapp|email|tumblr|flipboard|telegram|x)';
// One counter: "1.2K shares", "shares 12", "Comments (14)", "14 comments", "Facebook 1.2K".
const COUNTER = `(?:${NUMBER}\\s*${COUNTED}|(?:${COUNTED}|${PLATFORM})\\s*[:(]?\\s*${NUMBER}\\)?)`;
const COUNTER_LINE = new RegExp(`^(?:${COUNTER})(?:\\s*[|·•,/-]?\\s*${COUNTER})*$`, 'iu');

export const socialCounterRule = defineLineRule({
  id: 'noise/social-counter',
  summary: 'Engagement counters on their own line, such as "1.2K shares" or "Comments (14)".',
  message: count => (count === 1 ? 'Social counter left by the scraper' : `${count} social counters left by the scraper`),
  matchLine: ({ article, lineIndex }) => {
    const text = article.lines[lineIndex].text.trim();
    return text.length <= 80 && COUNTER_LINE.test(text) ? { reason: `${quote(text)} is an engagement counter` } : undefined;
  },
});
