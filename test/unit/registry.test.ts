// The rule registry, the `articleLint.rules` settings schema in package.json and docs/rules agree: ids, severities,
// summaries, and one doc per rule with the sections docs/rules/README.md asks for; and the contributed semantic token
// types match the entity types the server colours.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { FIX_ALL_SCOPES } from '../../server/src/engine/cleaning';
import { ENTITY_TYPES } from '../../server/src/engine/entities/types';
import { RULES } from '../../server/src/engine/rules/registry';
import { CATEGORIES, SEVERITIES, SEVERITY_SETTINGS } from '../../server/src/engine/types';

const root = new URL('../..', import.meta.url).pathname;
const docsRoot = join(root, 'docs', 'rules');
const settings = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.configuration.properties;
const SYNC_HINT = 'run `npx tsx scripts/sync-manifest.ts` to regenerate it from the registry';

/** The second-level headings a rule doc needs, in order; a heading may continue after these words. */
const REQUIRED_SECTIONS = ['What', 'Why', 'Examples', 'False positives', 'Fix'];

function markdownFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap(name => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** Level-2 sections of a Markdown file as heading → body, ignoring `##` lines inside fenced code blocks. */
function sectionsOf(markdown: string): { heading: string; body: string }[] {
  const sections: { heading: string; body: string }[] = [];
  let insideFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) insideFence = !insideFence;
    const heading = insideFence ? null : /^## +(.+?)\s*$/.exec(line);
    if (heading) sections.push({ heading: heading[1], body: '' });
    else if (sections.length > 0) sections[sections.length - 1].body += `${line}\n`;
  }
  return sections;
}

describe('rule registry', () => {
  it('lists rules', () => assert.ok(RULES.length > 0, 'server/src/engine/rules/registry.ts lists no rules'));

  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = RULES.map(rule => rule.id).filter(id => seen.size === seen.add(id).size);
    assert.deepEqual(duplicates, [], `duplicate rule ids: ${duplicates.join(', ')}`);
  });

  for (const rule of RULES) {
    it(`${rule.id}: id is category/kebab-name, with a known category, severity and a one-line summary`, () => {
      assert.match(rule.id, /^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/, `${rule.id} is not category/kebab-case-name`);
      assert.equal(rule.id.split('/')[0], rule.category, `${rule.id} is registered with category "${rule.category}"`);
      assert.ok((CATEGORIES as readonly string[]).includes(rule.category), `unknown category ${rule.category}`);
      assert.ok((SEVERITIES as readonly string[]).includes(rule.defaultSeverity), `unknown severity ${rule.defaultSeverity}`);
      assert.match(rule.summary, /^\S[^\n]*$/, `${rule.id} needs a one-line summary`);
    });
  }
});

describe('settings schema in package.json', () => {
  const ruleProperties: Record<string, { type?: string; enum?: string[]; default?: string; description?: string }> =
    settings['articleLint.rules']?.properties ?? {};

  it('lists exactly the registry rules, in registry order', () => {
    assert.deepEqual(Object.keys(ruleProperties), RULES.map(rule => rule.id), `articleLint.rules.properties is out of date; ${SYNC_HINT}`);
  });

  for (const rule of RULES) {
    it(`${rule.id}: severity enum, default severity and summary match the registry`, () => {
      const property = ruleProperties[rule.id];
      assert.ok(property, `articleLint.rules has no "${rule.id}"; ${SYNC_HINT}`);
      assert.equal(property.type, 'string');
      assert.deepEqual(property.enum, [...SEVERITY_SETTINGS], `${rule.id}: enum differs; ${SYNC_HINT}`);
      assert.equal(property.default, rule.defaultSeverity, `${rule.id}: default differs; ${SYNC_HINT}`);
      assert.equal(property.description, rule.summary, `${rule.id}: description differs; ${SYNC_HINT}`);
    });
  }

  it('offers the fix-all scopes the engine knows', () => {
    assert.deepEqual(settings['articleLint.fixAll.scope']?.enum, [...FIX_ALL_SCOPES]);
    assert.ok(FIX_ALL_SCOPES.includes(settings['articleLint.fixAll.scope'].default));
  });
});

describe('rule docs', () => {
  for (const rule of RULES) {
    it(`${rule.id}: docs/rules/${rule.id}.md has the title and the sections of docs/rules/README.md`, () => {
      const path = join(docsRoot, `${rule.id}.md`);
      assert.ok(existsSync(path), `missing docs/rules/${rule.id}.md (see docs/rules/README.md for its shape)`);
      const markdown = readFileSync(path, 'utf8');
      assert.equal(markdown.split(/\r?\n/, 1)[0], `# ${rule.id}`, `the first line of docs/rules/${rule.id}.md must be "# ${rule.id}"`);
      const sections = sectionsOf(markdown);
      const found = REQUIRED_SECTIONS.map(required =>
        sections.findIndex(section => section.heading.toLowerCase().startsWith(required.toLowerCase())),
      );
      const missing = REQUIRED_SECTIONS.filter((_, index) => found[index] < 0);
      assert.deepEqual(missing, [], `docs/rules/${rule.id}.md lacks "## ${missing.join('", "## ')}" (have: ${sections.map(s => s.heading).join(', ')})`);
      assert.deepEqual([...found].sort((a, b) => a - b), found, `docs/rules/${rule.id}.md: sections must come in the order ${REQUIRED_SECTIONS.join(', ')}`);
      for (const index of found) {
        assert.match(sections[index].body, /\S/, `docs/rules/${rule.id}.md: "## ${sections[index].heading}" is empty`);
      }
      assert.match(sections[found[2]].body, /^\s*(```|~~~)/m, `docs/rules/${rule.id}.md: Examples needs a fenced block of sample text`);
    });
  }

  it('has no doc without a rule', () => {
    const ids = new Set(RULES.map(rule => rule.id));
    const orphans = markdownFiles(docsRoot)
      .map(path => relative(docsRoot, path).split('\\').join('/'))
      .filter(path => path !== 'README.md' && !ids.has(path.replace(/\.md$/, '')));
    assert.deepEqual(orphans, [], `docs/rules has files for rules that do not exist: ${orphans.join(', ')}`);
  });
});

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  it('lists every rule with its default severity in the rules table', () => {
    for (const rule of RULES) {
      assert.ok(readme.includes(`| \`${rule.id}\` | ${rule.defaultSeverity} |`), `README.md's rules table lacks ${rule.id} (${rule.defaultSeverity})`);
    }
  });
  it('states the number of rules', () => assert.ok(readme.includes(`${RULES.length} rules in four categories`), `README.md should say "${RULES.length} rules in four categories"`));
});

describe('semantic token types in package.json', () => {
  const contributes = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes;
  it('contributes every entity type the server colours, with a super type themes already style', () => {
    const contributed = new Map<string, string>(contributes.semanticTokenTypes.map((type: { id: string; superType: string }) => [type.id, type.superType]));
    for (const type of ENTITY_TYPES) {
      assert.ok(contributed.get(type), `package.json contributes no semanticTokenTypes entry with a superType for "${type}"`);
      assert.ok(contributes.semanticTokenScopes[0].scopes[type]?.length > 0, `no TextMate fallback scopes for "${type}"`);
    }
    assert.equal(contributed.size, ENTITY_TYPES.length, 'a contributed token type the server never sends');
  });
});
