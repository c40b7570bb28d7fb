// .articlelint.json as data: parsing with comments, validation problems, per-file resolution and edits.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_PHRASE_LENGTH,
  MAX_PHRASES_PER_LIST,
  globToRegExp,
  parseConfig,
  resolveFileOptions,
  withBlockIgnored,
  withRuleDisabled,
} from '../../server/src/engine/config';
import { contentHash } from '../../server/src/engine/hash';
import { RULES } from '../../server/src/engine/rules/registry';

/** A registered rule id (the registry is never empty; the registry test checks it). */
function someRule(): string {
  const id = RULES[0]?.id;
  assert.ok(id, 'the registry has no rules');
  return id;
}

describe('parseConfig', () => {
  it('reads an empty file as the empty config', () => {
    assert.deepEqual(parseConfig('').problems, []);
    assert.deepEqual(parseConfig('').config.rules, {});
  });

  it('reports broken JSON as a problem and falls back to the empty config', () => {
    const parsed = parseConfig('{ "rules": { ');
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0], /not valid JSON/);
    assert.deepEqual(parsed.config.overrides, []);
  });

  it('accepts comments and trailing commas, and keeps valid parts of a partly wrong file', () => {
    const rule = someRule();
    const parsed = parseConfig(`{
      // a comment with "quotes"
      "rules": { "${rule}": "hint", "no/such-rule": "off", },
      /* block */ "ignoredBlocks": [{ "hash": "nothex" }, { "hash": "0123456789abcdef", "preview": "// not a comment" }],
      "colour": "red",
    }`);
    assert.deepEqual(parsed.config.rules, { [rule]: 'hint' });
    assert.deepEqual(parsed.config.ignoredBlocks, [{ hash: '0123456789abcdef', preview: '// not a comment' }]);
    assert.equal(parsed.problems.length, 3, parsed.problems.join('\n'));
  });

  it('rejects severities outside off|hint|info|warning|error', () => {
    const rule = someRule();
    const parsed = parseConfig(JSON.stringify({ rules: { [rule]: 'loud' } }));
    assert.deepEqual(parsed.config.rules, {});
    assert.match(parsed.problems[0], /must be one of off, error, warning, info, hint/);
  });
});

describe('parseConfig lexicons', () => {
  it('keeps literal phrases per known list', () => {
    const parsed = parseConfig(JSON.stringify({ lexicons: { uiChrome: ['Zum Seitenanfang'], adLabels: ['Promoted by partners'] } }));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config.lexicons, { uiChrome: ['Zum Seitenanfang'], adLabels: ['Promoted by partners'] });
  });

  it('refuses pattern lists with a message that says why, and unknown lists with the names that exist', () => {
    const parsed = parseConfig(JSON.stringify({ lexicons: { uiChromePatterns: ['^(a+)+$'], menus: ['Home'] } }));
    assert.equal(parsed.config.lexicons, undefined);
    assert.equal(parsed.problems.length, 2, parsed.problems.join('\n'));
    assert.match(parsed.problems[0], /"uiChromePatterns" is not accepted: only literal phrases/);
    assert.match(parsed.problems[1], /unknown list "menus"; the lists are .*uiChrome/);
  });

  it('drops entries that are not strings, too long or without two letters, and caps a list', () => {
    const tooMany = Array.from({ length: MAX_PHRASES_PER_LIST + 5 }, (_, index) => `footer link ${index}`);
    const parsed = parseConfig(
      JSON.stringify({ lexicons: { uiChrome: [42, 'x'.repeat(MAX_PHRASE_LENGTH + 1), '»', 'a.', 'Back to the top'], footerAnchors: tooMany, shareTokens: 'share' } }),
    );
    assert.deepEqual(parsed.config.lexicons?.uiChrome, ['Back to the top']);
    assert.equal(parsed.config.lexicons?.footerAnchors?.length, MAX_PHRASES_PER_LIST);
    assert.equal(parsed.config.lexicons?.shareTokens, undefined);
    const problems = parsed.problems.join('\n');
    assert.match(problems, /uiChrome\[0\] must be a string/);
    assert.match(problems, new RegExp(`uiChrome\\[1\\] is longer than ${MAX_PHRASE_LENGTH}`));
    assert.match(problems, /uiChrome\[2\] needs at least two letters/);
    assert.match(problems, /uiChrome\[3\] needs at least two letters/);
    assert.match(problems, new RegExp(`footerAnchors has more than ${MAX_PHRASES_PER_LIST} phrases`));
    assert.match(problems, /shareTokens must be an array/);
  });

  it('hands every file of a config the same phrase object, so lists built from it are built once', () => {
    const { config } = parseConfig(JSON.stringify({ lexicons: { uiChrome: ['Back to the top'] } }));
    assert.ok(config.lexicons);
    assert.equal(resolveFileOptions(config, 'a.txt').userPhrases, config.lexicons);
    assert.equal(resolveFileOptions(config, 'b/c.txt').userPhrases, config.lexicons);
    assert.equal(resolveFileOptions(parseConfig('{}').config, 'a.txt').userPhrases, undefined);
  });
});

describe('resolveFileOptions', () => {
  it('applies overrides whose globs match the relative path, later overrides winning', () => {
    const rule = someRule();
    const { config } = parseConfig(
      JSON.stringify({
        rules: { [rule]: 'error' },
        overrides: [
          { files: ['archive/**'], rules: { [rule]: 'hint' } },
          { files: ['archive/2019/*.txt'], rules: { [rule]: 'off' } },
        ],
      }),
    );
    assert.equal(resolveFileOptions(config, 'today.txt').severities[rule], 'error');
    assert.equal(resolveFileOptions(config, 'archive/2020/a.txt').severities[rule], 'hint');
    assert.equal(resolveFileOptions(config, 'archive/2019/a.txt').severities[rule], 'off');
  });

  it('matches globs like editors do', () => {
    assert.ok(globToRegExp('**/*.txt').test('a.txt'));
    assert.ok(globToRegExp('**/*.txt').test('x/y/a.txt'));
    assert.ok(!globToRegExp('*.txt').test('x/a.txt'));
    assert.ok(globToRegExp('a?.txt').test('ab.txt'));
    assert.ok(globToRegExp('a.(1).txt').test('a.(1).txt'));
  });
});

describe('config edits', () => {
  it('turns a rule off for one file, reusing that file\'s override, and round-trips through parseConfig', () => {
    const rule = someRule();
    let text = withRuleDisabled('', rule, 'news/a.txt');
    text = withRuleDisabled(text, rule, 'news/a.txt');
    const { config, problems } = parseConfig(text);
    assert.deepEqual(problems, []);
    assert.equal(config.overrides.length, 1);
    assert.equal(resolveFileOptions(config, 'news/a.txt').severities[rule], 'off');
    assert.equal(resolveFileOptions(config, 'news/b.txt').severities[rule], undefined);
  });

  it('ignores a block by the hash of its text once, however often it is asked', () => {
    let text = withBlockIgnored('{"language": "en"}', 'Share on\nTwitter', 'noise/share-buttons');
    text = withBlockIgnored(text, 'Share on Twitter', 'noise/share-buttons');
    const { config } = parseConfig(text);
    assert.equal(config.language, 'en');
    assert.deepEqual(config.ignoredBlocks.map(block => block.hash), [contentHash('Share on Twitter')]);
  });

  it('refuses to edit a file that is not valid JSON rather than overwrite it', () => {
    assert.throws(() => withRuleDisabled('{ broken', 'noise/x'));
  });
});
