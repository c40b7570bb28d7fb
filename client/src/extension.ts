// Entry point of the VS Code extension: starts the bundled language server over IPC and wires the status bar and
// commands to it. All linguistics live in the server; the client only transports and displays.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import SERVER_NODE_FLAGS from '../../server/src/serverNodeFlags.json';
import { registerCommands, reportFailure } from './commands';
import { CONFIGURATION_SECTION, DOCUMENT_SELECTOR } from './lintedDocuments';
import { FindingsStatusBar } from './statusBar';
import { reportVisibleRanges } from './visibleRanges';

/** What `activate` returns, for the e2e tests (`vscode.extensions.getExtension(…).exports`). */
export interface ArticleLintApi {
  /** Settles when the latest start of the server (the first, or the one after a restart) has finished or failed. */
  readonly ready: Promise<void>;
  /** The findings status-bar text, or undefined while the item is hidden. */
  readonly statusBarText: string | undefined;
  /** Milliseconds, for the e2e report (VS Code may activate the extension before a test can time it). */
  readonly activationTimings: ActivationTimings;
}

export interface ActivationTimings {
  /** How long `activate` ran. */
  readonly activateMs: number;
  /** From the start of `activate` until the first server start settled; undefined until then. */
  readonly firstServerStartMs: number | undefined;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ArticleLintApi {
  const activateStarted = performance.now();
  const output = vscode.window.createOutputChannel('Article Lint');
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Node flags the server runs with (see server/src/main.ts); the bench and the protocol tests start it with them too.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const configFileWatcher = vscode.workspace.createFileSystemWatcher('**/.articlelint.json');
  const knowledgeFileWatcher = vscode.workspace.createFileSystemWatcher('**/.articlelint/entities.json');
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // Settings are pulled by the server (workspace/configuration); only changes of the config and knowledge files
    // are pushed.
    synchronize: { fileEvents: [configFileWatcher, knowledgeFileWatcher] },
    outputChannel: output,
  };
  // The id makes the client read `articleLint.trace.server` by itself.
  const languageClient = new LanguageClient(CONFIGURATION_SECTION, 'Article Lint', serverOptions, clientOptions);
  client = languageClient;

  let ready = startServer(languageClient);
  const visibleRanges = reportVisibleRanges(languageClient);
  let firstServerStartMs: number | undefined;
  const recordFirstStart = () => (firstServerStartMs = performance.now() - activateStarted);
  ready.then(recordFirstStart, recordFirstStart);
  const restartServer = async () => {
    // A start still in progress cannot be stopped; wait for it to settle first.
    await ready.catch(() => undefined);
    try {
      if (languageClient.isRunning()) await languageClient.stop();
    } catch (error) {
      reportFailure(languageClient, 'Stopping the server', error);
    }
    ready = startServer(languageClient);
    await ready.catch(() => undefined);
    visibleRanges.reportAll();
  };
  const statusBar = new FindingsStatusBar();
  context.subscriptions.push(
    output,
    configFileWatcher,
    knowledgeFileWatcher,
    statusBar,
    visibleRanges,
    ...registerCommands({ client: languageClient, restartServer }),
  );

  const activateMs = performance.now() - activateStarted;
  return {
    get ready() {
      return ready;
    },
    get statusBarText() {
      return statusBar.visibleText;
    },
    get activationTimings() {
      return { activateMs, firstServerStartMs };
    },
  };
}

export function deactivate(): Promise<void> | undefined {
  return client?.isRunning() ? client.stop() : undefined;
}

/** Starts the server. A failed start is logged and notified by the client itself, so the rejection is only marked handled. */
function startServer(languageClient: LanguageClient): Promise<void> {
  const started = languageClient.start();
  started.catch(() => undefined);
  return started;
}
