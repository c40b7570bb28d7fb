// The extension's commands: fix all, extract the article body, restart the server, show the output channel.
// Every command catches its own failures and reports them to the output channel and a notification.

import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
// Only names and types: the wire protocol is declared once, next to the server that implements it.
import { EXTRACT_BODY_REQUEST, ExtractBodyParams, ExtractBodyResult } from '../../server/src/protocol';

export const COMMAND_IDS = {
  fixAll: 'articleLint.fixAll',
  extractBody: 'articleLint.extractBody',
  restartServer: 'articleLint.restartServer',
  showOutput: 'articleLint.showOutput',
} as const;

/** The code-action kind the server offers for "fix all"; also what `editor.codeActionsOnSave` names. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('articleLint');

/** The article with noise removed and metadata passages left out; null for a document the server does not have open. */
const EXTRACT_BODY = new RequestType<ExtractBodyParams, ExtractBodyResult, void>(EXTRACT_BODY_REQUEST);

export interface CommandHost {
  readonly client: LanguageClient;
  /** Stops the server if it runs and starts it again; reports its own failures. */
  restartServer(): Promise<void>;
}

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const register = (id: string, action: string, run: () => Promise<void>) =>
    vscode.commands.registerCommand(id, async () => {
      try {
        await run();
      } catch (error) {
        reportFailure(host.client, action, error);
      }
    });
  return [
    register(COMMAND_IDS.fixAll, 'Fix all', () => fixAllInActiveDocument()),
    register(COMMAND_IDS.extractBody, 'Extract body', () => extractBodyOfActiveDocument(host.client)),
    register(COMMAND_IDS.restartServer, 'Restart server', () => host.restartServer()),
    register(COMMAND_IDS.showOutput, 'Show output', async () => host.client.outputChannel.show()),
  ];
}

/** Logs to the "Article Lint" output channel and shows an error notification with a "Go to output" button. */
export function reportFailure(client: LanguageClient, action: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  client.error(`${action} failed: ${message}`, error, 'force');
}

async function fixAllInActiveDocument(): Promise<void> {
  const document = activeDocumentOrTell('fix');
  if (!document) return;
  const versionAsked = document.version;
  const wholeDocument = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
    'vscode.executeCodeActionProvider',
    document.uri,
    wholeDocument,
    FIX_ALL_KIND.value,
  );
  const fixAll = (actions ?? []).find(isFixAllAction);
  if (!fixAll || (!fixAll.edit && !fixAll.command)) {
    void vscode.window.showInformationMessage('Article Lint: nothing to fix in this file.');
    return;
  }
  // The edit's offsets belong to the version the server saw; applying them to newer text would corrupt it.
  if (document.version !== versionAsked) {
    throw new Error('the document changed while the fixes were computed; run the command again');
  }
  if (fixAll.edit && !(await vscode.workspace.applyEdit(fixAll.edit))) {
    throw new Error('VS Code did not apply the edit');
  }
  if (fixAll.command) {
    await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
  }
}

function isFixAllAction(item: vscode.CodeAction | vscode.Command): item is vscode.CodeAction {
  return 'kind' in item && item.kind !== undefined && FIX_ALL_KIND.contains(item.kind);
}

async function extractBodyOfActiveDocument(client: LanguageClient): Promise<void> {
  const document = activeDocumentOrTell('extract the body of');
  if (!document) return;
  const result = await client.sendRequest(EXTRACT_BODY, { uri: client.code2ProtocolConverter.asUri(document.uri) });
  if (result === null) throw new Error('the server does not have this document; Article Lint reads article and plain-text files');
  if (typeof result.text !== 'string') throw new Error('the server returned no text');
  const body = await vscode.workspace.openTextDocument({ content: result.text, language: document.languageId });
  await vscode.window.showTextDocument(body, { preview: false });
}

function activeDocumentOrTell(verb: string): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage(`Article Lint: open an article to ${verb} it.`);
  return document;
}
