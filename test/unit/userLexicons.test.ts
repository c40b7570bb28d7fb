// Workspace phrases (`lexicons` in .articlelint.json) extend the bundled noise lists for the rules that read them,
// for that workspace only: a lint without them, before or after, sees the bundled lists alone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, resolveFileOptions } from '../../server/src/engine/config';
import { lintArticle } from '../../server/src/engine/lint';
import { UserPhrases } from '../../server/src/engine/rules/noise/noiseLexicon';

const BODY =
  'The council approved the new budget on Tuesday after a long debate about school funding and road repairs.\n\n' +
  'Members said the plan would be reviewed again in the spring, when the first figures for the year are known.\n\n';

/** The rule ids and texts of the findings on `line` (a whole line of `text`). */
function findingsOn(text: string, line: string, userPhrases?: UserPhrases): string[] {
  const start = text.indexOf(line);
  assert.ok(start >= 0, `fixture has no line ${JSON.stringify(line)}`);
  return lintArticle(text, userPhrases ? { userPhrases } : {})
    .findings.filter(finding => finding.span.start <= start && finding.span.end >= start + line.length)
    .map(finding => `${finding.rule}: ${text.slice(finding.span.start, finding.span.end).trim()}`);
}

describe('workspace lexicons', () => {
  const cases: { list: keyof UserPhrases; line: string; rule: string }[] = [
    { list: 'uiChrome', line: 'Zur Startseite der Redaktion', rule: 'noise/ui-chrome' },
    { list: 'adLabels', line: 'Brought to you by our partners', rule: 'noise/ad-label' },
    { list: 'footerNotices', line: 'Reproduction only with written consent of the Gazette', rule: 'noise/footer' },
  ];
  for (const { list, line, rule } of cases) {
    it(`a phrase added to ${list} makes ${rule} flag its line, and only where the phrases are given`, () => {
      const text = `${BODY}${line}\n\n${BODY}`;
      assert.deepEqual(findingsOn(text, line), [], 'the bundled lists already flag the fixture line');
      const userPhrases: UserPhrases = { [list]: [line.toLowerCase()] };
      assert.deepEqual(findingsOn(text, line, userPhrases), [`${rule}: ${line}`]);
      // The extended list is memoized per phrase object; the bundled one must stay as it was.
      assert.deepEqual(findingsOn(text, line), []);
    });
  }

  it('matches a phrase as a phrase key: case, spacing and edge punctuation do not matter', () => {
    const line = '»  ZUR STARTSEITE der   Redaktion «';
    const text = `${BODY}${line}\n\n${BODY}`;
    assert.deepEqual(findingsOn(text, line, { uiChrome: ['Zur Startseite der Redaktion'] }), [`noise/ui-chrome: ${line.trim()}`]);
  });

  it('takes the phrases from a parsed config through resolveFileOptions', () => {
    const line = 'Zur Startseite der Redaktion';
    const text = `${BODY}${line}\n\n${BODY}`;
    const { config, problems } = parseConfig(JSON.stringify({ lexicons: { uiChrome: [line] } }));
    assert.deepEqual(problems, []);
    const options = resolveFileOptions(config, 'a.txt');
    const found = lintArticle(text, options).findings.map(finding => finding.rule);
    assert.ok(found.includes('noise/ui-chrome'), found.join(', '));
  });
});
