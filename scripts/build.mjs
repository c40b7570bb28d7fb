// Bundles the three entry points (extension client, language server, CLI) with esbuild into dist/, and copies the
// named-entity model (server/data/ner-model.bin) beside the server and CLI bundles, which read it from there.
// Type checking is a separate step (`npm run typecheck`), so a build never waits on tsc.
// Usage: node scripts/build.mjs [--production] [client|server|cli ...]   (no names: all three)
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const only = process.argv.slice(2).filter(arg => !arg.startsWith('--'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const bundles = {
  client: { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  server: { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  cli: { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
};
const unknown = only.filter(name => !(name in bundles));
if (unknown.length > 0) {
  console.error(`unknown bundle ${unknown.join(', ')}; choose from ${Object.keys(bundles).join(', ')}`);
  process.exit(2);
}
const selected = only.length > 0 ? only : Object.keys(bundles);
await Promise.all(selected.map(name => build({ ...common, ...bundles[name] })));
if (selected.includes('server') || selected.includes('cli')) {
  mkdirSync('dist', { recursive: true });
  copyFileSync('server/data/ner-model.bin', 'dist/ner-model.bin');
}
