// Runs the extension-host suite in desktop VS Code with @vscode/test-electron, for contributors whose machine can
// download VS Code (CI here cannot, and uses code-server instead: scripts/e2e/run.ts). Same suite, same fixtures.
// Usage: npm run test:e2e:desktop   (downloads VS Code 1.100.3 into .vscode-test/ once; on Linux without a display,
// run it under xvfb-run)

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildHostSuite } from '../../scripts/e2e/buildHostSuite';
import { FIXTURE_WORKSPACE, HOST_SUITE_OUT, REPOSITORY_ROOT } from '../../scripts/e2e/paths';

/** The VS Code the code-server run uses, so both paths test the same editor. */
const VSCODE_VERSION = '1.100.3';

async function main(): Promise<number> {
  await buildHostSuite();
  const scratch = mkdtempSync(join(tmpdir(), 'al-e2e-desktop-'));
  const workspace = join(scratch, 'workspace');
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  try {
    return await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: REPOSITORY_ROOT,
      extensionTestsPath: join(HOST_SUITE_OUT, 'index'),
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', join(scratch, 'user-data'), '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: process.env.ARTICLE_LINT_E2E_GREP ? { ARTICLE_LINT_E2E_GREP: process.env.ARTICLE_LINT_E2E_GREP } : {},
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  exitCode => process.exit(exitCode),
  error => {
    console.error(`the desktop e2e run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
