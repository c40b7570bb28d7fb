// Where the VS Code e2e harness keeps things: the code-server cache, the bundled suites, screenshots, and the pinned
// versions. One place, so the runner, the UI suite and the desktop runner agree.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** code-server 4.100.3 bundles VS Code 1.100.3, the last VS Code server that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** npm prefix of the code-server install; git-ignored, reused between runs on one machine. */
export const CODE_SERVER_CACHE = join(REPOSITORY_ROOT, '.vscode-test', 'code-server');

/** The VS Code server entry point inside the code-server package (code-server's own CLI rejects some VS Code flags). */
export const SERVER_MAIN = join(CODE_SERVER_CACHE, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');

/** The extension-host suite, bundled by esbuild; `index.js` exports `run()` (the test-electron contract). */
export const HOST_SUITE_OUT = join(REPOSITORY_ROOT, 'out', 'e2e', 'suite');
export const HOST_SUITE_SOURCES = join(REPOSITORY_ROOT, 'test', 'e2e', 'suite');

export const FIXTURE_WORKSPACE = join(REPOSITORY_ROOT, 'test', 'e2e', 'fixtures', 'workspace');
export const UI_SUITE_SOURCES = join(REPOSITORY_ROOT, 'test', 'e2e', 'ui');

/** Kept by CI as artifacts; git-ignored. */
export const TEST_RESULTS = join(REPOSITORY_ROOT, 'test-results');
export const SCREENSHOTS = join(TEST_RESULTS, 'screenshots');

export const CHROMIUM = process.env.ARTICLE_LINT_CHROMIUM ?? '/usr/bin/chromium';

interface ExtensionManifest {
  readonly name: string;
  readonly version: string;
  readonly publisher: string;
}

export function readManifest(): ExtensionManifest {
  return JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as ExtensionManifest;
}

/** The `name-version.vsix` that `npm run package` writes (vsce's default file name). */
export function vsixPath(): string {
  const manifest = readManifest();
  return join(REPOSITORY_ROOT, `${manifest.name}-${manifest.version}.vsix`);
}

/** `publisher.name`, the id VS Code knows the extension by. */
export function extensionId(): string {
  const manifest = readManifest();
  return `${manifest.publisher}.${manifest.name}`;
}
