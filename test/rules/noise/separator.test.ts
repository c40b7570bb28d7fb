// noise/separator: symbol-only lines outside the body (medium confidence for "* * *"-style breaks); section breaks
// inside the body are kept.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';
import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/separator', {
  valid: [
    '',
    BODY,
    { name: 'a section break inside the body', text: blocks(PARAGRAPHS[0], '* * *', PARAGRAPHS[1], PARAGRAPHS[2]) },
    { name: 'a wire-copy rule inside the body', text: blocks(PARAGRAPHS[0], PARAGRAPHS[1], '___', PARAGRAPHS[2], PARAGRAPHS[3]) },
    { name: 'a list number is not a symbol line', text: blocks(BODY, '1.') },
    { name: 'a line with a word between rules', text: blocks(BODY, '— 30 —') },
  ],
  invalid: [
    {
      name: 'a rule above the article',
      text: blocks('⟦__________⟧', BODY),
      output: BODY,
      message: /Separator line/,
      evidence: /"__________" holds only separator symbols/,
    },
    { name: 'touching rules after the body are one block', text: blocks(BODY, '⟦=======\n-------⟧'), output: `${BODY}\n`, message: /2 separator lines/ },
    { name: 'a section break after the last paragraph (medium confidence)', text: blocks(BODY, '⟦* * *⟧') },
    { name: 'menu residue: a bar, a bullet and a hamburger icon', text: blocks('⟦|\n•\n☰⟧', BODY), output: BODY },
    {
      name: 'CRLF line breaks',
      text: `⟦────────⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

describe('noise/separator confidence', () => {
  const rule = ruleById('noise/separator')!;
  const confidenceOf = (line: string) => lintArticle(blocks(BODY, line), { rules: [rule] }).findings.map(finding => finding.confidence);

  it('is medium for the classic section breaks', () => {
    for (const line of ['* * *', '***', '# # #', '###']) assert.deepEqual(confidenceOf(line), ['medium'], line);
  });

  it('is high for other separators', () => {
    for (const line of ['__________', '- - -', '=====', '•']) assert.deepEqual(confidenceOf(line), ['high'], line);
  });
});

testHostileInput('noise/separator', '__________');
