// Settings: the nearest .articlelint.json (rules, per-file overrides), --config, --rule on top of both, and a
// broken config file stopping the run with exit 2 and a message that names the file and the problem.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AD_LABEL_RULE, ARTICLE_WITH_AD_LABEL, checkJson, makeTempFolder, requireRules, runCli } from './helpers';

function adLabelSeverities(report: ReturnType<typeof checkJson>['report']): Record<string, string[]> {
  return Object.fromEntries(
    report.files.map(file => [file.path, file.findings.filter(finding => finding.rule === AD_LABEL_RULE).map(finding => finding.severity)]),
  );
}

describe('check: config files and --rule', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(AD_LABEL_RULE);
    folder = makeTempFolder({
      '.articlelint.json': JSON.stringify({
        rules: { [AD_LABEL_RULE]: 'error' },
        overrides: [{ files: ['archive/**'], rules: { [AD_LABEL_RULE]: 'off' } }],
      }),
      'today.txt': ARTICLE_WITH_AD_LABEL,
      'archive/2019/old.txt': ARTICLE_WITH_AD_LABEL,
      'nested/.articlelint.json': '// the nearest file wins, and comments are allowed\n{ "rules": { "noise/ad-label": "info" } }',
      'nested/story.txt': ARTICLE_WITH_AD_LABEL,
      'alternative.json': JSON.stringify({ rules: { [AD_LABEL_RULE]: 'hint' } }),
      'typo.json': JSON.stringify({ rules: { 'noise/no-such-rule': 'off' } }),
    });
  });
  after(() => folder.remove());

  it('applies the nearest config file and its overrides per file', () => {
    const { run, report } = checkJson(['.'], { cwd: folder.path });
    assert.equal(run.status, 1, 'the ad label is an error in today.txt');
    assert.deepEqual(adLabelSeverities(report), {
      [join('archive/2019/old.txt')]: [],
      [join('nested/story.txt')]: ['info'],
      'today.txt': ['error'],
    });
  });

  it('uses --config for every file instead of searching', () => {
    const { run, report } = checkJson(['--config', 'alternative.json', '.'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(Object.values(adLabelSeverities(report)), [['hint'], ['hint'], ['hint']]);
  });

  it('applies --rule on top of the config file', () => {
    const raised = checkJson(['--rule', `${AD_LABEL_RULE}=warning`, 'today.txt', 'archive/2019/old.txt'], { cwd: folder.path });
    assert.equal(raised.run.status, 0);
    assert.deepEqual(adLabelSeverities(raised.report), { 'today.txt': ['warning'], [join('archive/2019/old.txt')]: ['warning'] });
    const off = checkJson(['--rule', `${AD_LABEL_RULE}=off`, 'today.txt'], { cwd: folder.path });
    assert.deepEqual(adLabelSeverities(off.report), { 'today.txt': [] });
  });

  it('rejects an unknown rule or severity in --rule with exit 2', () => {
    const unknownRule = runCli(['check', '--rule', 'noise/no-such-rule=off', 'today.txt'], { cwd: folder.path });
    assert.equal(unknownRule.status, 2);
    assert.match(unknownRule.stderr, /unknown rule "noise\/no-such-rule"/);
    const badSeverity = runCli(['check', '--rule', `${AD_LABEL_RULE}=loud`, 'today.txt'], { cwd: folder.path });
    assert.equal(badSeverity.status, 2);
    assert.match(badSeverity.stderr, /severity must be one of off, error, warning, info, hint/);
  });

  it('warns about an unknown rule in a config file but still applies the rest', () => {
    const run = runCli(['check', '--config', 'typo.json', 'today.txt'], { cwd: folder.path });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /typo\.json: rules: unknown rule "noise\/no-such-rule"/);
  });
});

describe('check: broken config files', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({
      'good/article.txt': ARTICLE_WITH_AD_LABEL,
      'bad/.articlelint.json': '{ "rules": { "noise/ad-label": "off" ',
      'bad/article.txt': ARTICLE_WITH_AD_LABEL,
      'list.json': '["not", "an", "object"]',
    });
  });
  after(() => folder.remove());

  it('exits 2 naming the broken file and the problem, skipping the files it governs', () => {
    const { run, report } = checkJson(['.'], { cwd: folder.path });
    assert.equal(run.status, 2);
    const configPath = join(folder.path, 'bad', '.articlelint.json');
    assert.match(run.stderr, new RegExp(`broken config file: ${configPath.replace(/[.\\]/g, '\\$&')}: not valid JSON`));
    const bad = report.files.find(file => file.path === join('bad/article.txt'));
    assert.match(bad?.skipped ?? '', /broken config file/);
    assert.ok(report.files.find(file => file.path === join('good/article.txt'))?.findings.length, 'the other folder is still checked');
  });

  it('exits 2 before reading any input when --config is broken or missing', () => {
    const notAnObject = runCli(['check', '--config', 'list.json', 'good'], { cwd: folder.path });
    assert.equal(notAnObject.status, 2);
    assert.match(notAnObject.stderr, /list\.json: the top level must be an object/);
    assert.equal(notAnObject.stdout, '');
    const missing = runCli(['check', '--config', 'nowhere.json', 'good'], { cwd: folder.path });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read nowhere\.json/);
  });
});

describe('check: workspace lexicons', () => {
  const siteChrome = 'Zur Startseite der Redaktion';
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({
      'site/.articlelint.json': JSON.stringify({ lexicons: { uiChrome: [siteChrome], followPatterns: ['(x+x+)+y'] } }),
      'site/article.txt': ARTICLE_WITH_AD_LABEL.replace('Advertisement', siteChrome),
      'plain/article.txt': ARTICLE_WITH_AD_LABEL.replace('Advertisement', siteChrome),
      'huge/.articlelint.json': JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }),
      'huge/article.txt': ARTICLE_WITH_AD_LABEL,
    });
  });
  after(() => folder.remove());

  it('flags the phrases a config adds, only under that config, and warns about a refused pattern list', () => {
    const { run, report } = checkJson(['site', 'plain'], { cwd: folder.path });
    const chromeRules = (path: string) =>
      report.files.find(file => file.path === join(path))?.findings.filter(finding => finding.rule === 'noise/ui-chrome').length;
    assert.equal(chromeRules('site/article.txt'), 1);
    assert.equal(chromeRules('plain/article.txt'), 0);
    assert.match(run.stderr, /lexicons: "followPatterns" is not accepted: only literal phrases can be added, never regular expressions/);
  });

  it('refuses a config file over 1 MiB with exit 2 and says why', () => {
    const run = runCli(['check', 'huge'], { cwd: folder.path });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is 1\.0 MiB; config files over 1 MiB are not read/);
  });
});
