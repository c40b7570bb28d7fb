// The TextMate grammar: patterns keep to the syntax Oniguruma and JavaScript share (only the top-of-file rule uses \A
// and \G), tags with and without attributes are read as the engine reads them, HTML residue is marked without catching
// our tags or prose, and vscode-textmate itself leaves prose unscoped and colours only a dateline at the top of a file.
// The scope-by-scope cases are the vscode-tmgrammar-test files in test/grammar/ (npm run test:grammar).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createRegistry } from 'vscode-tmgrammar-test/dist/common/index.js';
import { parseGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index.js';
import { TAG_ATTRIBUTES, parseTaggedText } from '../../server/src/engine/tags';
import { TAG_NAMES } from '../../server/src/engine/types';

interface GrammarRule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: GrammarRule[];
}

interface Grammar extends GrammarRule {
  scopeName: string;
  repository: Record<string, GrammarRule>;
}

const GRAMMAR_PATH = fileURLToPath(new URL('../../syntaxes/article.tmLanguage.json', import.meta.url));
const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** The one rule allowed Oniguruma's document anchors: a dateline can only be told "at the top" with \A and \G. */
const TOP_OF_FILE_RULE = 'article-head';

function allRules(): GrammarRule[] {
  const found: GrammarRule[] = [];
  const visit = (rule: GrammarRule) => {
    found.push(rule);
    rule.patterns?.forEach(visit);
  };
  visit(grammar);
  Object.values(grammar.repository).forEach(visit);
  return found;
}

function repositoryRule(key: string): GrammarRule {
  const rule = grammar.repository[key];
  assert.ok(rule, `the grammar's repository has no "${key}" rule`);
  return rule;
}

/** The first whole match of a repository rule's `match` pattern in `text`, as VS Code would find it on one line. */
function residueMatch(text: string): { scope: string; text: string } | undefined {
  for (const rule of repositoryRule('html-residue').patterns ?? []) {
    const match = new RegExp(rule.match ?? '').exec(text);
    if (match) return { scope: rule.name ?? '', text: match[0] };
  }
  return undefined;
}

/** True when `pattern` matches all of `text` (JavaScript RegExp, which the grammar's tag patterns are written for). */
function matchesWhole(pattern: string | undefined, text: string): boolean {
  return new RegExp(`^(?:${pattern ?? ''})$`).test(text);
}

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

const registry = createRegistry([{ path: GRAMMAR_PATH, scopeName: grammar.scopeName }]);

/** Tokenizes a document line by line with vscode-textmate and Oniguruma, as VS Code does. */
async function tokenizeDocument(text: string): Promise<Token[][]> {
  const loaded = await registry.loadGrammar(grammar.scopeName);
  assert.ok(loaded, 'vscode-textmate loads the grammar');
  let state = null;
  const lines: Token[][] = [];
  for (const line of text.split('\n')) {
    const result = loaded.tokenizeLine(line, state);
    state = result.ruleStack;
    lines.push(result.tokens.map(token => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes })));
  }
  return lines;
}

/** The scopes below text.article of every non-empty token, as "text|scope scope" strings. */
function scopedTokens(lines: readonly Token[][]): string[] {
  return lines.flat().filter(token => token.text !== '' && token.scopes.length > 1).map(token => `${token.text}|${token.scopes.slice(1).join(' ')}`);
}

describe('article grammar', () => {
  it('is the grammar package.json contributes for the article language', () => {
    const contributed = packageJson.contributes.grammars.find((entry: { language?: string }) => entry.language === 'article');
    assert.deepEqual(contributed, { language: 'article', scopeName: grammar.scopeName, path: './syntaxes/article.tmLanguage.json' });
    assert.equal(grammar.scopeName, 'text.article');
  });

  it('has patterns that compile as JavaScript regular expressions and use Oniguruma-only syntax only at the top of the file', () => {
    const topOfFile = repositoryRule(TOP_OF_FILE_RULE);
    const sources = allRules().flatMap(rule => [rule.match, rule.begin, rule.end]).filter((source): source is string => source !== undefined);
    assert.ok(sources.length > TAG_NAMES.length * 2, `only ${sources.length} patterns found`);
    for (const source of sources) {
      assert.doesNotThrow(() => new RegExp(source), `${source} does not compile in JavaScript`);
      // \h, inline flags and possessive quantifiers mean something else (or nothing) to RegExp.
      assert.doesNotMatch(source, /\\[zZh]|\(\?[imx]+[:)]|[*+?}]\+/, `${source} uses Oniguruma-only syntax`);
      if (source !== topOfFile.begin && source !== topOfFile.end) assert.doesNotMatch(source, /\\[AG]/, `${source} uses \\A or \\G outside ${TOP_OF_FILE_RULE}`);
    }
  });

  it('resolves every include to a repository rule', () => {
    for (const rule of allRules()) {
      if (rule.include === undefined) continue;
      assert.match(rule.include, /^#/, `${rule.include} should point into the repository`);
      repositoryRule(rule.include.slice(1));
    }
  });

  for (const tag of TAG_NAMES) {
    it(`highlights <${tag}>…</${tag}> as a tag with the enclosed text in its own scope`, () => {
      const rule = repositoryRule(tag);
      const included = repositoryRule('tagged-passages').patterns?.map(pattern => pattern.include);
      assert.ok(included?.includes(`#${tag}`), `#${tag} is missing from tagged-passages`);
      assert.deepEqual(new RegExp(rule.begin ?? '').exec(`Text <${tag}>inner`)?.slice(1), ['<', tag, '', '>']);
      assert.deepEqual(new RegExp(rule.end ?? '').exec(`inner</${tag}> text`)?.slice(1), ['</', tag, '>']);
      assert.equal(rule.name, `meta.tagged.${tag}.article`);
      assert.match(rule.contentName ?? '', /^[a-z]+(\.[a-z-]+)+\.article$/, `${tag} needs a contentName scope for the enclosed text`);
      assert.equal(new RegExp(rule.begin ?? '').exec(`<${tag}s>`), null, `<${tag}s> is not our tag`);
    });
  }

  it('reads an opening tag with attributes exactly when the engine does', () => {
    for (const tag of TAG_NAMES) {
      const attribute = TAG_ATTRIBUTES[tag][0] ?? 'note';
      const openings = [
        `<${tag} ${attribute}="Andrey Kartapolov">`,
        `<${tag} ${attribute}='Andrey Kartapolov'>`,
        `<${tag}  ${attribute} = "Jan &quot;Janek&quot; Nowak" >`,
        `<${tag} ${attribute}="a" other-name="b">`,
        `<${tag} ${attribute}=Kartapolov>`,
        `<${tag} ${attribute}>`,
        `<${tag} ${attribute}="a<b">`,
        `<${tag} ${attribute}="unclosed>`,
        `<${tag} ="value">`,
      ];
      for (const opening of openings) {
        const engineReadsTag = parseTaggedText(`${opening}passage</${tag}>`).annotations.length === 1;
        assert.equal(matchesWhole(repositoryRule(tag).begin, opening), engineReadsTag, `${opening}: the engine ${engineReadsTag ? 'reads' : 'does not read'} it as a tag`);
      }
    }
    const captured = new RegExp(repositoryRule('quote').begin ?? '').exec('<quote speaker="Andrey Kartapolov">It cannot be ruled out');
    assert.deepEqual(captured?.slice(1), ['<', 'quote', ' speaker="Andrey Kartapolov"', '>']);
  });

  it('marks HTML tags, comments and entities left by scrapers as residue', () => {
    assert.deepEqual(residueMatch('Read <a href="/x">more</a>'), { scope: 'invalid.deprecated.html-tag.article', text: '<a href="/x">' });
    assert.deepEqual(residueMatch('line<br/>break'), { scope: 'invalid.deprecated.html-tag.article', text: '<br/>' });
    assert.deepEqual(residueMatch('OLD <DIV>markup</DIV>'), { scope: 'invalid.deprecated.html-tag.article', text: '<DIV>' });
    assert.deepEqual(residueMatch('<!DOCTYPE html>'), { scope: 'invalid.deprecated.html-tag.article', text: '<!DOCTYPE html>' });
    assert.deepEqual(residueMatch('a <caption/> element'), { scope: 'invalid.deprecated.html-tag.article', text: '<caption/>' });
    assert.deepEqual(residueMatch('x <!-- ad slot --> y'), { scope: 'invalid.deprecated.html-comment.article', text: '<!-- ad slot -->' });
    assert.deepEqual(residueMatch('Tom &amp; Jerry'), { scope: 'invalid.deprecated.html-entity.article', text: '&amp;' });
    assert.deepEqual(residueMatch('caf&#233; and &#x2014;'), { scope: 'invalid.deprecated.html-entity.article', text: '&#233;' });
  });

  it('leaves the tag vocabulary, comparisons, made-up tags and ampersands in prose alone', () => {
    for (const tag of TAG_NAMES) {
      assert.equal(residueMatch(`<${tag}>text</${tag} >`), undefined, `<${tag}> is not residue`);
      assert.equal(residueMatch(`<${tag} ${TAG_ATTRIBUTES[tag][0] ?? 'note'}="x">text`), undefined, `<${tag}> with an attribute is not residue`);
    }
    // The same line characters/html-tags draws: an HTML element's name, and attributes only with values.
    for (const prose of ['if a < b and c > d', 'then a <b and c> d', 'fans wrote <3', 'press <Ctrl> + <Enter>', 'mail <press@example.com>', '<sigh>', '<<quoted>>']) {
      assert.equal(residueMatch(prose), undefined, `${prose} is prose`);
    }
    assert.equal(residueMatch('R&D spending rose 3% at AT&T; analysts agreed'), undefined);
  });

  it('leaves every token of test/grammar/prose.article unscoped in vscode-textmate', async () => {
    const testCase = parseGrammarTestCase(readFileSync(new URL('../grammar/prose.article', import.meta.url), 'utf8'));
    assert.ok(testCase.source.length >= 5, 'the prose fixture has its lines');
    const lines = await tokenizeDocument(testCase.source.join('\n'));
    assert.deepEqual(scopedTokens(lines), []);
  });

  describe('a dateline at the top of the file', () => {
    const datelines = [
      '6 Jun, 2022 15:41',
      '6 June 2022',
      'Nov. 19, 2019 5:50 PM',
      'November 19, 2019',
      '2022-06-06',
      '2019-11-19T12:48:14Z',
      '06/06/2022',
      'Updated: Monday, June 6, 2022 at 3:41 PM EDT',
      'Published 9 Jan, 2024 | 07:45',
    ];
    for (const dateline of datelines) {
      it(`colours "${dateline}" on the second line, after an icon-font line`, async () => {
        const lines = await tokenizeDocument(` date 2022-06-06 icon bookmarkicon cameraicon\n${dateline}\nHeadline of the article\n`);
        assert.deepEqual(scopedTokens(lines), [`${dateline}|constant.other.dateline.untagged.article`]);
      });
    }

    const notDatelines = ['June 2022', '15:41', '2022', 'Posted 3 hours ago', '6 Jun, 2022 and the talks went on', 'On 6 Jun, 2022 the talks ended.', '32 Jun, 2022'];
    for (const text of notDatelines) {
      it(`leaves "${text}" alone`, async () => {
        assert.deepEqual(scopedTokens(await tokenizeDocument(`${text}\nHeadline of the article\n`)), []);
      });
    }

    it('colours only the first date-only line, and nothing after the first blank line', async () => {
      const lines = await tokenizeDocument('Headline\n6 Jun, 2022 15:41\n7 Jun, 2022 09:00\n\n2022-06-08\n');
      assert.deepEqual(scopedTokens(lines), ['6 Jun, 2022 15:41|constant.other.dateline.untagged.article']);
      const later = await tokenizeDocument('Headline\n\n6 Jun, 2022 15:41\n');
      assert.deepEqual(scopedTokens(later), []);
    });
  });
});
