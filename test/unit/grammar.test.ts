// The TextMate grammar: every pattern compiles as a JavaScript RegExp (the grammar keeps to the syntax Oniguruma and
// JavaScript share), every tag of the vocabulary is highlighted, and HTML residue is marked without catching our tags.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
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

const grammar = JSON.parse(readFileSync(new URL('../../syntaxes/article.tmLanguage.json', import.meta.url), 'utf8')) as Grammar;
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

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

describe('article grammar', () => {
  it('is the grammar package.json contributes for the article language', () => {
    const contributed = packageJson.contributes.grammars.find((entry: { language?: string }) => entry.language === 'article');
    assert.deepEqual(contributed, { language: 'article', scopeName: grammar.scopeName, path: './syntaxes/article.tmLanguage.json' });
    assert.equal(grammar.scopeName, 'text.article');
  });

  it('has patterns that compile as JavaScript regular expressions and use no Oniguruma-only syntax', () => {
    const sources = allRules().flatMap(rule => [rule.match, rule.begin, rule.end]).filter((source): source is string => source !== undefined);
    assert.ok(sources.length > TAG_NAMES.length * 2, `only ${sources.length} patterns found`);
    for (const source of sources) {
      assert.doesNotThrow(() => new RegExp(source), `${source} does not compile in JavaScript`);
      // \A \G \z \Z, \h, inline flags and possessive quantifiers mean something else (or nothing) to RegExp.
      assert.doesNotMatch(source, /\\[AGzZh]|\(\?[imx]+[:)]|[*+?}]\+/, `${source} uses Oniguruma-only syntax`);
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
      assert.deepEqual(new RegExp(rule.begin ?? '').exec(`Text <${tag}>inner`)?.slice(1), ['<', tag, '>']);
      assert.deepEqual(new RegExp(rule.end ?? '').exec(`inner</${tag}> text`)?.slice(1), ['</', tag, '>']);
      assert.equal(rule.name, `meta.tagged.${tag}.article`);
      assert.match(rule.contentName ?? '', /^[a-z]+(\.[a-z-]+)+\.article$/, `${tag} needs a contentName scope for the enclosed text`);
      assert.equal(new RegExp(rule.begin ?? '').exec(`<${tag}s>`), null, `<${tag}s> is not our tag`);
    });
  }

  it('marks HTML tags, comments and entities left by scrapers as residue', () => {
    assert.deepEqual(residueMatch('Read <a href="/x">more</a>'), { scope: 'invalid.deprecated.html-tag.article', text: '<a href="/x">' });
    assert.deepEqual(residueMatch('line<br/>break'), { scope: 'invalid.deprecated.html-tag.article', text: '<br/>' });
    assert.deepEqual(residueMatch('x <!-- ad slot --> y'), { scope: 'invalid.deprecated.html-comment.article', text: '<!-- ad slot -->' });
    assert.deepEqual(residueMatch('Tom &amp; Jerry'), { scope: 'invalid.deprecated.html-entity.article', text: '&amp;' });
    assert.deepEqual(residueMatch('caf&#233; and &#x2014;'), { scope: 'invalid.deprecated.html-entity.article', text: '&#233;' });
  });

  it('leaves the tag vocabulary, comparisons and ampersands in prose alone', () => {
    for (const tag of TAG_NAMES) {
      assert.equal(residueMatch(`<${tag}>text</${tag}>`), undefined, `<${tag}> is not residue`);
    }
    assert.equal(residueMatch('if a < b and c > d'), undefined);
    assert.equal(residueMatch('R&D spending rose 3% at AT&T; analysts agreed'), undefined);
  });
});
