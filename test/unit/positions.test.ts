// PositionMap: offsets ⇄ {line, character} in UTF-16 units, both directions agreeing after emoji, NBSP, ZWSP and CRLF.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PositionMap } from '../../server/src/positions';

describe('PositionMap', () => {
  const text = 'a😀b\u00A0c\r\n\u200Bx\ry\n';
  const map = new PositionMap(text);

  it('counts astral characters as two UTF-16 characters, like LSP and VS Code', () => {
    assert.deepEqual(map.positionAt(3), { line: 0, character: 3 });
    assert.equal(text.slice(3, 4), 'b');
  });

  it('round-trips every offset that is not inside a line break', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between \r and \n: not addressable
      assert.equal(map.offsetAt(map.positionAt(offset)), offset, `offset ${offset}`);
    }
  });

  it('treats CRLF, CR and LF as line ends', () => {
    assert.equal(map.lineCount, 4);
    assert.deepEqual(map.positionAt(text.indexOf('x')), { line: 1, character: 1 });
    assert.deepEqual(map.positionAt(text.indexOf('y')), { line: 2, character: 0 });
  });

  it('clamps characters past the end of a line to the line end, before its break', () => {
    assert.equal(map.offsetAt({ line: 0, character: 99 }), text.indexOf('\r'));
    assert.equal(map.offsetAt({ line: 99, character: 0 }), text.length);
  });
});
