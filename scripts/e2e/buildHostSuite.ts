// Bundles the extension-host suite (test/e2e/suite) with esbuild into out/e2e/suite: one CommonJS file per test
// file plus index.js, with `vscode` (given by the extension host) and `mocha` (one shared instance) left external.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { HOST_SUITE_OUT, HOST_SUITE_SOURCES } from './paths';

export async function buildHostSuite(): Promise<void> {
  const entryPoints = readdirSync(HOST_SUITE_SOURCES)
    .filter(name => name === 'index.ts' || name.endsWith('.test.ts'))
    .map(name => join(HOST_SUITE_SOURCES, name));
  rmSync(HOST_SUITE_OUT, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: HOST_SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    // Stack traces of failed assertions point into the TypeScript sources.
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
