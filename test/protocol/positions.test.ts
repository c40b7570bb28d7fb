// Ranges on the wire after emoji (two UTF-16 units), NBSP, zero-width characters and CRLF / CR / LF line breaks,
// compared against an independent offset → position computation, and fixes that edit exactly the right characters.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { AD_LABEL, HTML_ENTITIES, INVISIBLE, applyLspEdits, offsetOf, rangeOf, requireRules } from './fixtures';
import { lintArticle } from '../../server/src/engine/lint';
import { LspClient } from './lspClient';

const text = [
  '😀 Flood warning for the valley 😀\r\n',
  '\r\n',
  'Residents of the 😀 valley were told on Tuesday that the river would peak overnight.\r\n',
  '\r\n',
  'Advertisement\r\n',
  '\r\n',
  'The café at the\u00A0bridge &amp; the 😀 bakery closed early\u200B as water rose.\n',
  '\r',
  'Advertisement\n',
  '\n',
  'Crews worked through the night.\r\n',
].join('');

describe('positions with emoji, NBSP, zero-width characters and mixed line breaks', () => {
  let client: LspClient;
  let diagnostics: Diagnostic[];
  const uri = 'untitled:positions';

  before(async () => {
    requireRules(AD_LABEL, HTML_ENTITIES, INVISIBLE);
    client = await LspClient.start();
    client.openDocument(uri, text);
    diagnostics = await client.publishedDiagnostics(uri, 1);
  });
  after(() => client.stop());

  function diagnosticsOf(rule: string): Diagnostic[] {
    const found = diagnostics.filter(diagnostic => diagnostic.code === rule);
    assert.ok(found.length > 0, `${rule} reports something in the test text`);
    return found;
  }

  it('gives every diagnostic the range of its engine span, computed independently', () => {
    const expected = lintArticle(text).findings.map(finding => ({ code: finding.rule, range: rangeOf(text, finding.span.start, finding.span.end) }));
    assert.deepEqual(
      diagnostics.map(({ code, range }) => ({ code, range })),
      expected,
    );
  });

  it('puts the ad labels on the lines after CRLF, CR and LF breaks', () => {
    assert.deepEqual(
      diagnosticsOf(AD_LABEL).map(diagnostic => diagnostic.range),
      [0, 1].map(occurrence => rangeOf(text, offsetOf(text, 'Advertisement', occurrence), offsetOf(text, 'Advertisement', occurrence) + 13)),
    );
  });

  it('covers the entity and the zero-width space where they are, after an emoji and an NBSP on the same line', () => {
    const [entity] = diagnosticsOf(HTML_ENTITIES);
    const entityStart = offsetOf(text, '&amp;');
    assert.deepEqual(entity.range, rangeOf(text, entityStart, entityStart + '&amp;'.length));
    const [invisible] = diagnosticsOf(INVISIBLE);
    const invisibleStart = offsetOf(text, '\u200B');
    assert.deepEqual(invisible.range, rangeOf(text, invisibleStart, invisibleStart + 1));
  });

  it('repairs exactly the broken characters when the quick fixes are applied by range', async () => {
    for (const diagnostic of [diagnosticsOf(HTML_ENTITIES)[0], diagnosticsOf(INVISIBLE)[0]]) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const preferred = actions.find(action => action.isPreferred);
      const edits = (preferred?.edit?.documentChanges?.[0] as TextDocumentEdit).edits;
      assert.ok(edits.length > 0, `${diagnostic.code} has a quick fix`);
      // Both fixes belong to version 1, so each is applied to the original text on its own.
      const alone = applyLspEdits(text, edits);
      if (diagnostic.code === HTML_ENTITIES) assert.equal(alone, text.replace('&amp;', '&'));
      else assert.equal(alone, text.replace('\u200B', ''));
    }
  });
});
