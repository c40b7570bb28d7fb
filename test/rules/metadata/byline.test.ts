// metadata/byline: "By …" lines and wire credits anywhere; agency, name-and-date, name-and-title and bare-name
// lines only in the article header, a bare name only next to a date, another byline line or the headline.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from './badInputs';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs, and the work should take until spring.';
const HEADER = 'Storm closes schools | Example Times\n\nMenu\n\nStorm closes schools';

testRule('metadata/byline', {
  valid: [
    ...BAD_INPUTS,
    { name: 'a sentence starting with "By" and a year', text: `Storm closes schools\n\nBy 2020, the company expects to double its revenue.` },
    { name: 'a sentence starting with "By contrast"', text: `Storm closes schools\n\nBy contrast, the new model is lighter` },
    { name: 'a sentence starting with "By" and a weekday', text: `Storm closes schools\n\nBy Monday the streets were empty` },
    { name: 'a bare name in the body', text: `${HEADER}\n\n${BODY}\n\nJane Doe\n\n${BODY}` },
    { name: 'a bare name under the headline that is site chrome', text: `${HEADER}\n\nLatest News\n\n${BODY}` },
    { name: 'a bare name in capitals', text: `${HEADER}\n\nAUTO NEWS\n\nNovember 16, 2016\n\n${BODY}` },
    { name: 'an agency starting a sentence', text: `${HEADER}\n\nReuters reported on Tuesday that the deal was off.` },
    { name: 'a wire dateline opening the first paragraph stays body text', text: `${HEADER}\n\nWASHINGTON (Reuters) - ${BODY}` },
    { name: 'reporting as a noun in a sentence', text: `${BODY}\n\nReporting by the local paper suggests the bridge will reopen.` },
    { name: 'a place in capitals and a date is a dateline, not a byline', text: `${HEADER}\n\nNEW YORK 1996-08-30\n\n${BODY}` },
    { name: 'a photo credit is not a byline', text: `${HEADER}\n\nPhoto: Jane Roe/Reuters\n\n${BODY}` },
  ],
  invalid: [
    {
      name: 'a "By" line under the headline',
      text: `Storm closes schools\n\n⟦By Jane Doe⟧\n\n${BODY}`,
      output: `Storm closes schools\n\n<byline>By Jane Doe</byline>\n\n${BODY}`,
      tag: 'byline',
      evidence: /starts with “By”/,
    },
    { name: 'names in capitals, joined by "and"', text: `${BODY}\n\n⟦By DANIELA ROE and JULIAN LOPEZ⟧\n\n${BODY}` },
    { name: '"Written by" and a lower-case generic author', text: `⟦written by Regan⟧\n\n⟦By admin - 2018-09-16⟧\n\n${BODY}` },
    { name: 'a byline with a title, a site, a date and a section', text: `⟦By Jane Doe - Example Science Contributor 2019-11-19T12:48:14Z Space⟧\n\n${BODY}` },
    { name: 'a byline with a handle and a date', text: `⟦By Jane Doe @janedoe Nov 19, 2019, 7:53pm EST⟧\n\n${BODY}` },
    { name: 'a byline naming the employer', text: `⟦By Amy Roe | Example Media for Example.com⟧\n\n${BODY}` },
    {
      name: 'a person and a date on one line: one byline finding for the whole line',
      text: `${HEADER}\n\n⟦Chris Doe - Nov 19, 2019, 10:31 pm CST⟧\n\n${BODY}`,
      evidence: /followed by a date/,
    },
    { name: 'an agency with a date', text: `${HEADER}\n\n⟦Reuters November 18, 2019 11:03 PM⟧\n\n${BODY}` },
    { name: 'an agency with a place', text: `${HEADER}\n\n⟦Reuters, Washington,⟧\n\n${BODY}` },
    { name: 'a name with a job title', text: `${HEADER}\n\n⟦Robert Roe, AP National Security Writer⟧\n\n${BODY}` },
    { name: 'a bare name right under the headline', text: `${HEADER}\n\n⟦Rodrigo Campos⟧\n\n5 Min Read\n\n${BODY}` },
    { name: 'a bare name next to a date, with a handle', text: `${HEADER}\n\nPublished Tue, Nov 19 2019 7:05 AM EST\n⟦Keris Roe @kerisroe⟧\n\n${BODY}` },
    { name: 'a bare name beside a job title', text: `Storm closes schools\n\n⟦By Carrie Roe⟧\n\nNovember 15, 2019\n\n⟦Carrie Roe⟧\n\n⟦Contributing Writer⟧\n\n${BODY}` },
    {
      name: 'a wire reporting credit closing the article',
      text: `${BODY}\n\n⟦(Reporting by Greg Roe, Joshua Lane, with reporting by Herb Doe and Megan Lee, editing by Martin Roe.)⟧`,
      evidence: /credit line/,
    },
    { name: 'a reporting credit without parentheses', text: `${BODY}\n\n⟦Reporting by Rodrigo Roe; additional reporting by Stephanie Lee; Editing by Nick Doe⟧` },
    {
      name: 'a reporting credit glued to the last paragraph: only the parenthetical',
      text: `The ministry declined to comment. ⟦(Reporting by Jane Doe in Oslo; Editing by John Roe)⟧`,
      output: `The ministry declined to comment. <byline>(Reporting by Jane Doe in Oslo; Editing by John Roe)</byline>`,
    },
    {
      name: 'CRLF line ends',
      text: `Storm closes schools\r\n\r\n⟦By Jane Doe⟧\r\n\r\n${BODY}\r\n`,
      output: `Storm closes schools\r\n\r\n<byline>By Jane Doe</byline>\r\n\r\n${BODY}\r\n`,
    },
  ],
});
