// metadata/dateline: dates and times standing as header lines are tagged; dates inside sentences, schedules in the
// body and parenthesized "(Published …)" notes are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from './badInputs';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs, and the work should take until spring.';

testRule('metadata/dateline', {
  valid: [
    ...BAD_INPUTS,
    { name: 'a date inside a sentence', text: `Storm closes schools\n\nThe meeting is on Nov. 19, 2019 at the town hall, the mayor said on Monday.` },
    { name: 'a parenthesized note of an embedded video', text: `Storm closes schools\n(Published Monday, Nov. 18, 2019)\n\n${BODY}` },
    { name: 'a year alone (an archive list)', text: `Archive\n2005\n2006\n\n${BODY}` },
    { name: 'a date running straight into menu words', text: `date 2022-06-06 icon bookmark icon camera icon check\nStorm closes schools\n\n${BODY}` },
    { name: 'a tour schedule in the body', text: `Storm closes schools\n\n${BODY}\n\nJune 10 -- Amphitheatre, Tampa, FL\nJune 12 -- Arena, Miami, FL` },
    { name: 'a bare date far from any header', text: `Storm closes schools\n\n${BODY}\n\n${BODY}\n\nNovember 16, 2016\n\n${BODY}` },
    { name: 'a reading time is not a date', text: `Storm closes schools\n\n5 Min Read\n\n${BODY}` },
    { name: 'a clip length after a word in capitals', text: `Storm closes schools\n\nVIDEO 3:45 03:45\n\n${BODY}` },
    { name: 'a date already tagged', text: `<dateline>6 Jun, 2022 15:41</dateline>\nStorm closes schools\n\n${BODY}` },
  ],
  invalid: [
    {
      name: 'the reference article: a dateline under the menu line, above the headline',
      text: `home news video icon search icon\n⟦6 Jun, 2022 15:41⟧\nMoscow explains stance on peacekeepers\n\n${BODY}`,
      output: `home news video icon search icon\n<dateline>6 Jun, 2022 15:41</dateline>\nMoscow explains stance on peacekeepers\n\n${BODY}`,
      tag: 'dateline',
      evidence: /nothing but a date or time/,
    },
    {
      name: 'a date and a time on separate lines under a byline',
      text: `Storm closes schools | Example Times\n\nMenu\n\nStorm closes schools\n\nBy Jane Doe Staff Writer\n⟦Nov. 19, 2019⟧\n⟦5:50 PM⟧\n\n${BODY}`,
    },
    {
      name: 'labelled dates count anywhere, even after the body',
      text: `${BODY}\n\n${BODY}\n\n⟦Updated 3 hours ago⟧\n\n⟦Published: 2019-11-19T12:48:14Z⟧`,
      evidence: /labelled date/,
    },
    {
      name: 'a weekday, date and dotted time with a time zone above the headline',
      text: `Menu\n\n⟦Monday 18 November 2019 11.03 GMT⟧\n\nStorm closes schools | Example Times\n\n${BODY}`,
    },
    {
      name: 'publish and update stamps joined on one line',
      text: `Storm closes schools\n\n⟦Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019⟧\n\n${BODY}`,
    },
    {
      name: 'a leading separator and an ordinal day stay in the span, so extraction drops the whole line',
      text: `Storm closes schools\n\nJane Doe\n\n⟦- Nov. 18th 2019 12:12 pm PT⟧\n\n${BODY}`,
    },
    {
      name: 'a date leading a line and set off by a separator: only the date',
      text: `Storm closes schools\n\n⟦21/06/2014⟧ | Books, Reviews, News\n\n${BODY}`,
    },
    {
      name: 'relative and short forms in the header',
      text: `Storm closes schools | Example Times\n\nStorm closes schools\n\nJane Doe\n⟦1 day ago⟧\n\n⟦Nov 18⟧\n\n${BODY}`,
    },
    {
      name: 'a wire dateline line: a place in capitals and a date, under the headline',
      text: `SOCCER - LATE GOAL SINKS THE LEADERS\n⟦LONDON 1996-08-30⟧\n\n${BODY}`,
      evidence: /place in capitals/,
    },
    {
      name: 'CRLF line ends: offsets stay exact and the fix keeps the CRLF',
      text: `Storm closes schools\r\n⟦Nov. 19, 2019⟧\r\n\r\n${BODY}\r\n`,
      output: `Storm closes schools\r\n<dateline>Nov. 19, 2019</dateline>\r\n\r\n${BODY}\r\n`,
    },
    {
      name: 'leading spaces and an emoji before the date line do not shift the span',
      text: `🌧️ Storm closes schools\n   ⟦Nov. 19, 2019⟧   \n\n${BODY}`,
    },
  ],
});
