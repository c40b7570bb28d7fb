// The engine is a pure library: no vscode, no LSP, no Node built-ins (I/O or otherwise), no process globals.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const engineRoot = new URL('../../server/src/engine', import.meta.url).pathname;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap(name => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  const files = sourceFiles(engineRoot);

  it('finds the engine sources', () => assert.ok(files.length > 10, `only ${files.length} files under ${engineRoot}`));

  for (const file of files) {
    it(`${file.slice(engineRoot.length + 1)} imports only engine code, data files and entities`, () => {
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
        .map(match => match[1] ?? match[2] ?? match[3]);
      for (const specifier of specifiers) {
        const allowed = specifier.startsWith('.') || specifier === 'entities' || specifier.startsWith('entities/');
        assert.ok(allowed, `${specifier} is not allowed in the engine`);
      }
      assert.doesNotMatch(source, /\bprocess\.(env|argv|stdout|stderr|exit)\b/, 'the engine must not read process state');
    });
  }
});
