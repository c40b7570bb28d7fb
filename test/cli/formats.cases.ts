// Output formats: the JSON shape with 0-based UTF-16 ranges (checked against hand-computed positions in a CRLF
// text with emoji), SARIF 2.1.0 with rule metadata and 1-based regions, and the stylish rows and summary.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AD_LABEL_RULE, ARTICLE_WITH_AD_LABEL, checkJson, ENTITY_AFTER_EMOJI_ARTICLE, JsonRange, makeTempFolder, requireRules, runCli } from './helpers';

const FOLLOW_PROMPT_RULE = 'noise/follow-prompt';

// CRLF line ends, emoji (two UTF-16 code units each) before and inside the noise line.
const EMOJI_CRLF_ARTICLE = [
  'Caf\u00e9 \u{1F600} news', // line 0
  '', // line 1
  'The council met on Tuesday \u{1F600} and voted on the plan for the harbour, which had been debated for years.', // line 2
  '', // line 3
  'Follow us on Twitter \u{1F426}', // line 4: "Follow us on Twitter " is 21 code units, the bird 2 more
  '', // line 5
  'The vote passed with a large majority after a long debate about costs and benefits.', // line 6
  '',
].join('\r\n');

// Worked out by hand from the lines above, not by the code under test.
const FOLLOW_PROMPT_RANGE: JsonRange = { start: { line: 4, character: 0 }, end: { line: 4, character: 23 } };

const HTML_ENTITIES_RULE = 'characters/html-entities';
// ENTITY_AFTER_EMOJI_ARTICLE, line 2: "The café " is 9 code units, the emoji 2, " owner said fish " 17: the entity starts at 28 and is 5 long.
const ENTITY_RANGE: JsonRange = { start: { line: 2, character: 28 }, end: { line: 2, character: 33 } };

describe('check --format json', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(FOLLOW_PROMPT_RULE, AD_LABEL_RULE, HTML_ENTITIES_RULE);
    folder = makeTempFolder({ 'emoji-crlf.txt': EMOJI_CRLF_ARTICLE, 'ad.txt': ARTICLE_WITH_AD_LABEL, 'entity.txt': ENTITY_AFTER_EMOJI_ARTICLE });
  });
  after(() => folder.remove());

  it('has the documented shape, with required fields first', () => {
    const { run, report } = checkJson(['emoji-crlf.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(Object.keys(report), ['files']);
    assert.equal(report.files.length, 1);
    const [file] = report.files;
    assert.deepEqual(Object.keys(file).slice(0, 2), ['path', 'findings']);
    assert.equal(file.path, 'emoji-crlf.txt');
    for (const finding of file.findings) {
      assert.deepEqual(Object.keys(finding).slice(0, 6), ['rule', 'category', 'severity', 'message', 'range', 'fixes']);
      for (const fix of finding.fixes) {
        assert.deepEqual(Object.keys(fix).slice(0, 2), ['title', 'edits']);
        for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['range', 'newText']);
      }
    }
  });

  it('gives 0-based lines and UTF-16 characters that agree with the hand-computed range after emoji and CRLF', () => {
    const { report } = checkJson(['emoji-crlf.txt'], { cwd: folder.path });
    const follow = report.files[0].findings.filter(finding => finding.rule === FOLLOW_PROMPT_RULE);
    assert.equal(follow.length, 1, JSON.stringify(report.files[0].findings));
    assert.deepEqual(follow[0].range, FOLLOW_PROMPT_RANGE);
    // The removal takes the line, its CRLF and the blank line after it, so it ends at the start of line 6.
    const removal = follow[0].fixes[0].edits[0];
    assert.deepEqual(removal.range, { start: { line: 4, character: 0 }, end: { line: 6, character: 0 } });
    assert.equal(removal.newText, '');
  });

  it('counts UTF-16 code units within a line: a mid-line span after an emoji', () => {
    const { report } = checkJson(['entity.txt'], { cwd: folder.path });
    const entity = report.files[0].findings.find(finding => finding.rule === HTML_ENTITIES_RULE);
    assert.deepEqual(entity?.range, ENTITY_RANGE, JSON.stringify(report.files[0].findings));
    assert.deepEqual(entity?.fixes[0].edits, [{ range: ENTITY_RANGE, newText: '&' }]);
    assert.equal(entity?.fixes[0].kind, 'repair');
  });

  it('reads standard input with -, reported as <stdin>', () => {
    const { run, report } = checkJson(['-'], { cwd: folder.path, stdin: ARTICLE_WITH_AD_LABEL });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(report.files[0].path, '<stdin>');
    const ad = report.files[0].findings.find(finding => finding.rule === AD_LABEL_RULE);
    assert.deepEqual(ad?.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 'Advertisement'.length } });
  });

  it('with --quiet prints only findings at or above --fail-on', () => {
    const quiet = checkJson(['--quiet', '--rule', `${FOLLOW_PROMPT_RULE}=error`, 'emoji-crlf.txt'], { cwd: folder.path });
    assert.equal(quiet.run.status, 1);
    assert.ok(quiet.report.files[0].findings.length > 0);
    assert.ok(quiet.report.files[0].findings.every(finding => finding.severity === 'error'));
    const warningsOnly = checkJson(['--quiet', 'ad.txt'], { cwd: folder.path });
    assert.deepEqual(warningsOnly.report.files[0].findings, [], 'the ad label is a warning, below --fail-on error');
  });
});

describe('check --format sarif', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(FOLLOW_PROMPT_RULE);
    folder = makeTempFolder({ 'emoji-crlf.txt': EMOJI_CRLF_ARTICLE });
  });
  after(() => folder.remove());

  it('is SARIF 2.1.0 with every rule, 1-based UTF-16 regions and fixes', () => {
    const run = runCli(['check', '--format', 'sarif', 'emoji-crlf.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.tool.driver.name, 'article-lint');

    const listed = JSON.parse(runCli(['rules', '--format', 'json'], { cwd: folder.path }).stdout).rules.map((rule: { id: string }) => rule.id);
    const sarifRules = sarifRun.tool.driver.rules;
    assert.deepEqual(sarifRules.map((rule: { id: string }) => rule.id), listed);
    for (const rule of sarifRules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(rule.helpUri.startsWith('file://') && rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }

    const result = sarifRun.results.find((candidate: { ruleId: string }) => candidate.ruleId === FOLLOW_PROMPT_RULE);
    assert.ok(result, 'the follow prompt is a result');
    assert.equal(sarifRules[result.ruleIndex].id, FOLLOW_PROMPT_RULE);
    assert.equal(result.level, 'warning');
    const location = result.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'emoji-crlf.txt', uriBaseId: '%SRCROOT%' });
    // FOLLOW_PROMPT_RANGE plus one on every line and column; endColumn is exclusive.
    assert.deepEqual(location.region, { startLine: 5, startColumn: 1, endLine: 5, endColumn: 24 });
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    assert.deepEqual(replacement.deletedRegion, { startLine: 5, startColumn: 1, endLine: 7, endColumn: 1 });
    assert.equal(replacement.insertedContent.text, '');
    assert.ok(sarifRun.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file://'));
    assert.equal(sarifRun.invocations[0].executionSuccessful, true);
  });
});

describe('check --format stylish', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(AD_LABEL_RULE);
    folder = makeTempFolder({ 'ad.txt': ARTICLE_WITH_AD_LABEL });
  });
  after(() => folder.remove());

  it('groups rows under the file with 1-based line:column, severity, message and rule, then a summary', () => {
    const run = runCli(['check', 'ad.txt'], { cwd: folder.path });
    const lines = run.stdout.split('\n');
    assert.ok(lines.includes('ad.txt'), run.stdout);
    assert.ok(lines.some(line => /^\s+5:1\s+warning\s+.+\s+noise\/ad-label$/.test(line)), run.stdout);
    assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning, 0 info, 0 hints\) in 1 file checked/);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  });
});
