// The extension's commands: fix all, extract the article body, export the annotations, restart the server, show the
// output channel.
// Every command catches its own failures and reports them to the output channel and a notification.

import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
// Only names and types: the wire protocol is declared once, next to the server that implements it.
import {
  ANNOTATION_FORMATS,
  EXPORT_ANNOTATIONS_REQUEST,
  ExportAnnotationsParams,
  ExportAnnotationsResult,
  EXTRACT_BODY_REQUEST,
  ExtractBodyParams,
  ExtractBodyResult,
} from '../../server/src/protocol';

export const COMMAND_IDS = {
  fixAll: 'articleLint.fixAll',
  extractBody: 'articleLint.extractBody',
  exportAnnotations: 'articleLint.exportAnnotations',
  restartServer: 'articleLint.restartServer',
  showOutput: 'articleLint.showOutput',
} as const;

/** The code-action kind the server offers for "fix all"; also what `editor.codeActionsOnSave` names. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('articleLint');

/** The article with noise removed and metadata passages left out; null for a document the server does not have open. */
const EXTRACT_BODY = new RequestType<ExtractBodyParams, ExtractBodyResult, void>(EXTRACT_BODY_REQUEST);
const EXPORT_ANNOTATIONS = new RequestType<ExportAnnotationsParams, ExportAnnotationsResult, void>(EXPORT_ANNOTATIONS_REQUEST);
const FORMAT_DESCRIPTIONS: Record<ExportAnnotationsParams['format'], string> = {
  brat: 'brat standoff: the untagged text (.txt) and its annotations (.ann), offsets in code points',
  conll: 'CoNLL columns: token, IOB2 entity label, IOB2 structure label (.conll)',
  jsonl: 'JSON lines for Prodigy and doccano: text and spans in code points (.jsonl)',
  tei: 'TEI XML with <head>, <q>, <persName>, <figDesc>… (.tei.xml)',
};

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
    register(COMMAND_IDS.exportAnnotations, 'Export annotations', () => exportAnnotationsOfActiveDocument(host.client)),
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

/**
 * Asks for a format and a folder, then writes the export files named after the document. The default folder is an
 * `export` folder beside the article, so a brat `.txt` never overwrites the tagged article itself; existing files are
 * only replaced after the user agrees.
 */
async function exportAnnotationsOfActiveDocument(client: LanguageClient): Promise<void> {
  const document = activeDocumentOrTell('export the annotations of');
  if (!document) return;
  const picked = await vscode.window.showQuickPick(
    ANNOTATION_FORMATS.map(format => ({ label: format, detail: FORMAT_DESCRIPTIONS[format] })),
    { title: 'Article Lint: export annotations as…' },
  );
  if (!picked) return;
  const result = await client.sendRequest(EXPORT_ANNOTATIONS, { uri: client.code2ProtocolConverter.asUri(document.uri), format: picked.label });
  if (result === null) throw new Error('the server cannot export this document; Article Lint reads article and plain-text files');
  const baseName = document.uri.path.split('/').pop()?.replace(/\.article\.txt$|\.[^.]+$/, '') || 'article';
  const defaultFolder = document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..', 'export') : undefined;
  const [folder] =
    (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: defaultFolder, openLabel: 'Export here', title: `Export ${picked.label} files` })) ?? [];
  if (!folder) return;
  const targets = result.files.map(file => ({ uri: vscode.Uri.joinPath(folder, baseName + file.extension), content: file.content }));
  if (targets.some(target => target.uri.toString() === document.uri.toString())) throw new Error('the export would overwrite the article itself; choose another folder');
  const existing: string[] = [];
  for (const target of targets) {
    try {
      await vscode.workspace.fs.stat(target.uri);
      existing.push(target.uri.path.split('/').pop() ?? target.uri.path);
    } catch {
      // Not there yet: nothing to confirm.
    }
  }
  if (existing.length > 0) {
    const replace = await vscode.window.showWarningMessage(`Replace ${existing.join(', ')}?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return;
  }
  await vscode.workspace.fs.createDirectory(folder);
  for (const target of targets) await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(target.content));
  void vscode.window.showInformationMessage(`Article Lint: wrote ${targets.map(target => target.uri.path.split('/').pop()).join(', ')}`);
}

function activeDocumentOrTell(verb: string): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage(`Article Lint: open an article to ${verb} it.`);
  return document;
}
