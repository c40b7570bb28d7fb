// The shared recognizers behind the metadata rules (dates.ts, bylines.ts, pictures.ts), as tables of lines and the
// shape each must or must not be read as. The rules' own tests check spans in context; these pin the shapes.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeByline } from '../../../server/src/engine/rules/metadata/bylines';
import { leadingDateEnd, recognizeDateOnlyText, tokenize } from '../../../server/src/engine/rules/metadata/dates';
import { findTrailingCredit, recognizeCaptionLine, recognizeCredit } from '../../../server/src/engine/rules/metadata/pictures';
import { metadataVocabulary } from '../../../server/src/engine/rules/metadata/vocabulary';

const english = metadataVocabulary('en');

describe('recognizeDateOnlyText', () => {
  const dates = [
    '6 Jun, 2022 15:41',
    'Nov. 19, 2019',
    '5:50 PM',
    '7pm',
    'Updated 3 hours ago',
    'Published: 2019-11-19T12:48:14Z',
    'Monday 18 November 2019 11.03 GMT',
    'November 19th, 2019 at 8:40 AM',
    'Nov 20 2019, 11:06am ist',
    '11/20/19 6:38 AM',
    'Today 12:01 AM',
    'an hour ago',
    '| November 18, 2019 12:01 PM',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019',
  ];
  for (const text of dates) it(`reads “${text}” as a date`, () => assert.ok(recognizeDateOnlyText(text, english)));

  const notDates = ['2005', 'May', '5 Min Read', '1 2 3 4 5 6 7 8', '(Published Monday, Nov. 18, 2019)', '10 days', 'Updated', 'May the best team win', '438.3K', ''];
  for (const text of notDates) it(`does not read “${text}” as a date`, () => assert.equal(recognizeDateOnlyText(text, english), undefined));

  it('marks labelled dates', () => {
    assert.equal(recognizeDateOnlyText('Updated Nov 19, 9:41 AM', english)?.labelled, true);
    assert.equal(recognizeDateOnlyText('Nov 19, 9:41 AM', english)?.labelled, false);
  });

  it('uses the article language together with English', () => {
    const german = metadataVocabulary('de');
    assert.ok(recognizeDateOnlyText('25. September 2018', german));
    assert.ok(recognizeDateOnlyText('Nov. 19, 2019', german));
    assert.equal(recognizeDateOnlyText('25. März 2018', english), undefined);
    assert.ok(recognizeDateOnlyText('24 сентября 2018', metadataVocabulary('ru')));
  });
});

describe('leadingDateEnd', () => {
  it('ends a date set off by a separator', () => {
    const text = '21/06/2014 | Books, Reviews';
    assert.equal(text.slice(0, leadingDateEnd(text, english)), '21/06/2014');
    const dashed = 'Nov 18, 2019 - Posted in News';
    assert.equal(dashed.slice(0, leadingDateEnd(dashed, english)), 'Nov 18, 2019');
  });

  it('ignores a date running straight into words', () => {
    assert.equal(leadingDateEnd('date 2022-06-06 icon bookmark', english), undefined);
    assert.equal(leadingDateEnd('11/19/2019 by Lars Roe', english), undefined);
  });
});

describe('recognizeByline', () => {
  const bylines: [string, string][] = [
    ['By Jane Doe', 'prefixed'],
    ['By Meg James Staff Writer', 'prefixed'],
    ['By Jonathan Roe FOXBusiness', 'prefixed'],
    ['11/19/2019 by Lars Roe', 'prefixed'],
    ['Chris Doe - Nov 19, 2019, 10:31 pm CST', 'name-with-date'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'reporting-credit'],
    ['Reuters November 18, 2019 11:03 PM', 'agency'],
    ['PTI, Washington,', 'agency'],
    ['Robert Roe, AP National Security Writer', 'name-with-role'],
    ['Contributing Writer', 'role'],
    ['Anna Menin', 'name'],
  ];
  for (const [text, kind] of bylines) it(`reads “${text}” as a ${kind} byline`, () => assert.equal(recognizeByline(text, english)?.kind, kind));

  const notBylines = [
    'By 2020, the company expects to double its revenue.',
    'By contrast, the new model is lighter',
    'By Monday the streets were empty',
    'Reuters reported on Tuesday that the deal was off.',
    'Latest News',
    'AUTO NEWS',
    'Meet Our Team',
    `By ${'Jane '.repeat(100)}`,
  ];
  for (const text of notBylines) it(`does not read “${text.slice(0, 60)}” as a byline`, () => assert.equal(recognizeByline(text, english), undefined));
});

describe('recognizeCredit', () => {
  const credits = [
    '© Getty Images / Anadolu Agency / Pavel Roe',
    'Image Credit: WeWork',
    '(Reed Roe / Associated Press)',
    'Photo: Jane Roe/Reuters',
    'Credit: ESA',
    'AFP/Getty Images',
    'Getty Images',
    'REUTERS/Brendan Roe',
    'Leonhard Roe / Reuters file',
    '(Image: © Example Collaboration)',
    'Courtesy of Andrew Roe',
  ];
  for (const text of credits) it(`reads “${text}” as a credit`, () => assert.ok(recognizeCredit(text, english)));

  const notCredits = [
    '© 2019 Example News. All rights reserved.',
    'Reuters',
    'Associated Press',
    'Studio B: Unscripted',
    'June 26 -- Arena Center, Allentown, PA',
    'Photo: A view of the harbour at dawn, with fishing boats returning.',
    '(Walt Disney Co.)',
    'Facebook | Twitter',
  ];
  for (const text of notCredits) it(`does not read “${text}” as a credit`, () => assert.equal(recognizeCredit(text, english), undefined));
});

describe('captions and trailing credits', () => {
  it('splits the reference caption line into caption and credit', () => {
    const text = 'FILE PHOTO. Peacekeepers in Kazakhstan. © Getty Images / Anadolu Agency / Pavel Roe';
    const shape = recognizeCaptionLine(text, english);
    assert.equal(text.slice(0, shape?.captionEnd), 'FILE PHOTO. Peacekeepers in Kazakhstan.');
    assert.equal(text.slice(shape?.credit?.start, shape?.credit?.end), '© Getty Images / Anadolu Agency / Pavel Roe');
  });

  it('takes the longest credit at the end of a line', () => {
    const text = 'A worker loads trims into his truck outside a store in Hialeah, Fla. (AP Photo/Alan Roe, File)';
    const credit = findTrailingCredit(text, english);
    assert.equal(text.slice(credit?.start, credit?.end), '(AP Photo/Alan Roe, File)');
  });

  it('needs a caption of a few words before a credit', () => {
    assert.equal(findTrailingCredit('Kazakhstan. © Getty Images', english), undefined);
    assert.equal(recognizeCaptionLine('The minister spoke to reporters. Kartapolov continued.', english), undefined);
  });
});

describe('phrase index', () => {
  const labels = english.phrases.creditLabels;

  it('matches phrases in any case, the longest first, up to a word boundary', () => {
    assert.equal(labels.matchAt('PHOTO COURTESY OF NASA', 0), 'PHOTO COURTESY OF'.length);
    const inside = '… over Jupiter. Credit: NASA';
    assert.equal(labels.matchAt(inside, inside.indexOf('Credit')), 'Credit:'.length);
    assert.equal(labels.matchAt('Photographic', 0), 0);
    assert.equal(labels.matchAt('Photo', 5), 0);
  });

  it('lower-cases characters that are not ASCII as the whole text would be', () => {
    const french = metadataVocabulary('fr').phrases.creditLabels;
    assert.equal(french.matchAt('CRÉDIT PHOTO: AFP', 0), 'CRÉDIT PHOTO:'.length);
    assert.equal(french.matchAt('Crédit photo', 0), 'Crédit photo'.length);
    // The Kelvin sign lower-cases to an ASCII "k"; a dotted capital I to "i" and a combining dot.
    assert.equal(english.phrases.bylinePrefixes.matchAt('Written by \u212Aate Roe', 0), 'Written by'.length);
    assert.equal(labels.matchAt('\u0130mage credit: NASA', 0), 0);
    assert.equal(labels.matchAt('Image cred\u0130t: NASA', 0), 'Image'.length);
  });
});

describe('tokenize', () => {
  it('splits words, keeping inner punctuation and a final dot, and other characters one by one', () => {
    const tokens = tokenize('Nov. 19, 2019 10:31\u00a0p.m. — Jane O’Roe', 100);
    assert.deepEqual(tokens.map(token => token.text), ['Nov.', '19', ',', '2019', '10:31', 'p.m.', '—', 'Jane', 'O’Roe']);
    assert.deepEqual(tokenize('a b c d', 2).map(token => token.text), ['a', 'b']);
    assert.deepEqual(tokenize('  ', 5), []);
  });

  it('counts marks and letters outside ASCII as word characters', () => {
    assert.deepEqual(tokenize('Zoë Ärzte\u0301 日本 x', 10).map(token => token.text), ['Zoë', 'Ärzte\u0301', '日本', 'x']);
  });
});
