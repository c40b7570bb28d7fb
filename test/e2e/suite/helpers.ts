// Shared steps of the extension-host tests: the extension and its API, the fixture workspace, polling for editor
// state with a deadline (never a fixed sleep), and Article Lint's diagnostics in comparable form.

import * as vscode from 'vscode';
import type { ArticleLintApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'article-lint.article-lint';
export const DIAGNOSTIC_SOURCE = 'article-lint';

/** What the extension's `activate` returns; a type-only import, so the suite does not bundle the client. */
export type { ArticleLintApi } from '../../../client/src/extension';

export function articleLintExtension(): vscode.Extension<ArticleLintApi> {
  const extension = vscode.extensions.getExtension<ArticleLintApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded; is extensionDevelopmentPath the repository?`);
  return extension;
}

/** Activates the extension (if nothing has yet) and waits until its language server has started. */
export async function activateExtension(): Promise<ArticleLintApi> {
  const extension = articleLintExtension();
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs the fixture workspace open (test/e2e/fixtures/workspace, copied per run)');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

export async function readWorkspaceFile(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));
}

export async function writeWorkspaceFile(name: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceFile(name), new TextEncoder().encode(text));
}

export async function workspaceFileExists(name: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(workspaceFile(name));
    return true;
  } catch {
    return false;
  }
}

export async function openInEditor(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Polls `probe` until it returns something other than undefined or false, and returns that; fails with
 * `description` and the last value seen (from `describeLast`) after `timeoutMs`.
 */
export async function waitFor<T>(
  description: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeoutMs?: number; describeLast?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const last = options.describeLast ? `; last seen: ${options.describeLast()}` : '';
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting until ${description}${last}`);
    }
    await nextPoll();
  }
}

/** The pause between two polls of `waitFor`; short, so a condition is seen soon after it holds. */
function nextPoll(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 50));
}

export function articleLintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(diagnostic => diagnostic.source === DIAGNOSTIC_SOURCE);
}

/** Waits until Article Lint's diagnostics for `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  description: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${description} (${vscode.workspace.asRelativePath(uri)})`,
    () => {
      const diagnostics = articleLintDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    { timeoutMs, describeLast: () => JSON.stringify(articleLintDiagnostics(uri).map(summarize)) },
  );
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function diagnosticsOfRule(diagnostics: readonly vscode.Diagnostic[], ruleId: string): vscode.Diagnostic[] {
  return diagnostics.filter(diagnostic => ruleIdOf(diagnostic) === ruleId);
}

/** A diagnostic as plain data: rule, [start line, start character, end line, end character], severity, faded. */
export interface DiagnosticSummary {
  readonly rule: string;
  readonly range: [number, number, number, number];
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly unnecessary: boolean;
}

const SEVERITY_NAMES = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
} as const;

export function summarize(diagnostic: vscode.Diagnostic): DiagnosticSummary {
  const { start, end } = diagnostic.range;
  return {
    rule: ruleIdOf(diagnostic),
    range: [start.line, start.character, end.line, end.character],
    severity: SEVERITY_NAMES[diagnostic.severity],
    unnecessary: diagnostic.tags?.includes(vscode.DiagnosticTag.Unnecessary) ?? false,
  };
}

/** In document order, so a comparison does not depend on the order the server sent them in. */
export function summarizeAll(diagnostics: readonly vscode.Diagnostic[]): DiagnosticSummary[] {
  return diagnostics
    .map(summarize)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.rule.localeCompare(b.rule));
}

/**
 * The code actions VS Code collects for `range` (with the diagnostics there as context), optionally of one kind; the
 * first `resolveCount` of them resolved (codeAction/resolve) as when the user picks one.
 */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind, resolveCount?: number): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind?.value,
    resolveCount,
  );
  // A bare Command (as opposed to a CodeAction carrying one) has its command id as a string.
  return (actions ?? []).filter((item): item is vscode.CodeAction => typeof (item as vscode.Command).command !== 'string');
}

export function actionTitled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find(candidate => candidate.title === title);
  if (!action) throw new Error(`no code action "${title}"; offered: ${actions.map(candidate => `"${candidate.title}"`).join(', ')}`);
  return action;
}

/** Runs a code action the way the light bulb does: its edit first, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`VS Code did not apply the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Sets an `articleLint` setting for the workspace (undefined removes it) — what a user does in the Settings editor. */
export async function setWorkspaceSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('articleLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}
