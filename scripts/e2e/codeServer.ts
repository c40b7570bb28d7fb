// Starts and stops the VS Code server from the code-server package for one e2e run: a fresh user-data, server-data
// and extensions folder under the run's short scratch folder, quiet user settings, and the exact pid stopped after.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { StartedProcess, cleanEnvironment, delay, runProcess, startProcess, tailOf } from './childProcesses';
import { REPOSITORY_ROOT, SERVER_MAIN, extensionId } from './paths';

/** Keeps the workbench from showing welcome pages, tips, update or telemetry prompts over what the tests look at. */
const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  // Whole paragraphs in the screenshots, as articles are read.
  'editor.wordWrap': 'on',
};

/** The folders of one run; all under `scratch`, which must be short (it holds unix sockets, 108-byte limit). */
export interface ServerFolders {
  readonly scratch: string;
  readonly userData: string;
  readonly serverData: string;
  readonly extensions: string;
  readonly temp: string;
}

export function prepareServerFolders(scratch: string): ServerFolders {
  const folders = {
    scratch,
    userData: join(scratch, 'ud'),
    serverData: join(scratch, 'sd'),
    extensions: join(scratch, 'ext'),
    temp: join(scratch, 'tmp'),
  };
  for (const folder of [folders.userData, folders.serverData, folders.extensions, folders.temp]) mkdirSync(folder, { recursive: true });
  mkdirSync(join(folders.userData, 'User'), { recursive: true });
  writeFileSync(join(folders.userData, 'User', 'settings.json'), `${JSON.stringify(QUIET_USER_SETTINGS, null, 2)}\n`);
  return folders;
}

function folderArguments(folders: ServerFolders): string[] {
  return ['--user-data-dir', folders.userData, '--server-data-dir', folders.serverData, '--extensions-dir', folders.extensions];
}

function serverEnvironment(folders: ServerFolders): NodeJS.ProcessEnv {
  return cleanEnvironment({ TMPDIR: folders.temp, VSCODE_CLI_TELEMETRY_LEVEL: 'off' });
}

/** `--install-extension` into the run's extensions folder, as a user would install the packaged .vsix. */
export async function installExtension(folders: ServerFolders, vsix: string): Promise<void> {
  const logFile = join(folders.scratch, 'install-extension.log');
  await runProcess(process.execPath, [SERVER_MAIN, ...folderArguments(folders), '--install-extension', vsix, '--force'], {
    cwd: REPOSITORY_ROOT,
    env: serverEnvironment(folders),
    logFile,
    timeoutMs: 2 * 60_000,
    description: `installing ${vsix} into VS Code`,
  });
  const log = readFileSync(logFile, 'utf8');
  if (!/successfully installed/i.test(log)) throw new Error(`VS Code did not report installing ${vsix}\n${tailOf(logFile)}`);
  const listFile = join(folders.scratch, 'list-extensions.log');
  await runProcess(process.execPath, [SERVER_MAIN, ...folderArguments(folders), '--list-extensions', '--show-versions'], {
    cwd: REPOSITORY_ROOT,
    env: serverEnvironment(folders),
    logFile: listFile,
    timeoutMs: 60_000,
    description: 'listing the installed extensions',
  });
  const listed = readFileSync(listFile, 'utf8').split('\n').find(line => line.startsWith(`${extensionId()}@`));
  if (!listed) throw new Error(`${extensionId()} is not among the installed extensions\n${tailOf(listFile)}`);
  console.log(`e2e: installed ${listed.trim()} from ${vsix}`);
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly process: StartedProcess;
  /** Stops exactly the server's pid. */
  stop(): Promise<void>;
}

export async function startServer(folders: ServerFolders): Promise<RunningServer> {
  const port = await freePort();
  const started = startProcess(
    process.execPath,
    [
      SERVER_MAIN,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--disable-telemetry',
      '--disable-workspace-trust',
      ...folderArguments(folders),
      '--enable-smoke-test-driver',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    { cwd: REPOSITORY_ROOT, env: serverEnvironment(folders), logFile: join(folders.scratch, 'server.log') },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, started, 60_000);
  } catch (error) {
    await started.stop();
    throw error;
  }
  console.log(`e2e: VS Code server pid ${started.pid} answers on ${url}`);
  return { url, port, process: started, stop: () => started.stop() };
}

async function waitUntilAnswering(url: string, started: StartedProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | undefined;
  void started.exited.then(code => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the VS Code server exited with code ${exitCode} before answering\n${tailOf(started.logFile)}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(200);
  }
  throw new Error(`the VS Code server did not answer on ${url} within ${timeoutMs / 1000} s\n${tailOf(started.logFile)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The server's log, then the extension host's log and the "Article Lint" output channel, for a failure report. */
export function printServerLogs(folders: ServerFolders, server: RunningServer | undefined): void {
  if (server) console.error(`\n== VS Code server log\n${tailOf(server.process.logFile, 80)}`);
  // The server writes its own and the extension hosts' logs (with every output channel) under the user-data folder.
  const logsRoot = join(folders.userData, 'logs');
  for (const logFile of findLogFiles(logsRoot)) {
    if (/remoteexthost\.log$|Article Lint\.log$/.test(logFile) && statSync(logFile).size > 0) {
      console.error(`\n== ${logFile.slice(logsRoot.length + 1)}\n${tailOf(logFile, 80)}`);
    }
  }
}

function findLogFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap(name => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? findLogFiles(path) : name.endsWith('.log') ? [path] : [];
  });
}
