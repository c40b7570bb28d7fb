// Runs the extension-host suite in the web workbench: the page gets the repository as extensionDevelopmentPath and
// the bundled suite as extensionTestsPath through the `payload` parameter, and the workbench reports the result of
// `run()` through `codeAutomationExit`, as in VS Code's own browser integration tests.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, remoteUri, workbenchUrl } from './browser';
import { delay } from './childProcesses';
import { RunningServer, ServerFolders } from './codeServer';
import { HOST_SUITE_OUT, REPOSITORY_ROOT } from './paths';

/** Console messages of a workbench without network or desktop parts, expected on every run (../shared/VSCODE-E2E.md). */
const HARMLESS_CONSOLE_NOISE = [/open-vsx\.org/, /vsda/, /Failed to register a ServiceWorker/, /connection token|Creating a socket/];

interface WebLogFile {
  readonly relativePath: string;
  readonly contents: string;
}

/** The suite's exit code: 0 when `run()` resolved, 1 when it rejected. Throws on timeout or a browser failure. */
export async function runHostSuite(server: RunningServer, folders: ServerFolders, workspace: string, timeoutMs: number): Promise<number> {
  const browser = await launchBrowser(folders.scratch, 'chromium-host');
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>(resolve => (reportExit = resolve));
    // The extension host's console (the mocha reporter) reaches the page and comes out here.
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      // Console calls arrive as their argument list, format string first (mocha's reporter uses "%s" and "%d").
      const text = Array.isArray(message) ? format(...(message as unknown[])) : String(message);
      if (HARMLESS_CONSOLE_NOISE.some(pattern => pattern.test(text))) return;
      for (const line of text.split('\n')) console.log(`  ${level === 'error' ? '!' : '|'} ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number, logs: WebLogFile[] | undefined) => {
      saveWebLogs(join(folders.scratch, 'web-logs'), logs ?? []);
      reportExit(code);
    });
    page.on('pageerror', error => console.log(`  ! page error: ${error.message}`));
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remoteUri(server.url, REPOSITORY_ROOT)],
      ['extensionTestsPath', remoteUri(server.url, join(HOST_SUITE_OUT, 'index'))],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(workbenchUrl(server.url, workspace, payload));
    const outcome = await Promise.race([exitCode, delay(timeoutMs).then(() => 'timeout' as const)]);
    if (outcome === 'timeout') throw new Error(`the extension-host suite did not finish within ${timeoutMs / 1000} s`);
    return outcome;
  } finally {
    await browser.close();
  }
}

/** The workbench's own logs (window, extension host as seen from the page), kept in the run folder for failures. */
function saveWebLogs(directory: string, logs: readonly WebLogFile[]): void {
  for (const log of logs) {
    const path = join(directory, log.relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, log.contents);
  }
}
