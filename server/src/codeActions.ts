// Code actions, computed statelessly from the diagnostics a client sends back and the cached lint of the current
// version: quick fixes, "fix all <rule> in this file", "ignore …" commands, and `source.fixAll.articleLint` for
// fix-on-save.

import { CodeAction, CodeActionKind, CodeActionParams, Command, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editsBetween, Finding, FixAllScope, fixAllEdits, fixUntilStable, isRecord, TextEdit } from './engine/index';
import { COMMANDS, IgnoreBlockArguments, IgnoreRuleArguments } from './protocol';
import { findingOf } from './diagnostics';
import { LintedDocument } from './documents';

/** The kind `editor.codeActionsOnSave: {"source.fixAll.articleLint": "explicit"}` asks for. */
export const SOURCE_FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.articleLint`;

export interface CodeActionOptions {
  /** The client applies versioned `documentChanges` (so it can refuse edits for a changed document). */
  readonly supportsDocumentChanges: boolean;
  /** The document is a file, so "ignore" actions have a `.articlelint.json` to write. */
  readonly canWriteConfig: boolean;
  /**
   * The client asks for an action's edit when the user picks it (codeAction/resolve): "fix all <rule>", which the
   * light bulb asks for on every cursor move onto a finding and which edits the whole document, is then offered
   * without its edit, and `resolveCodeAction` computes it.
   */
  readonly resolvesEdits?: boolean;
}

/** `data` of a "fix all <rule>" action offered without its edit. */
interface FixAllRuleData {
  readonly uri: string;
  readonly version: number;
  readonly rule: string;
}

/**
 * `linted` must be the lint of `document`'s current version. A diagnostic gets actions only when it still names one of
 * its findings (`findingOf`): one from an older version whose text has moved gets none.
 */
export function codeActionsFor(params: CodeActionParams, document: TextDocument, linted: LintedDocument, options: CodeActionOptions): CodeAction[] {
  if (linted.version !== document.version) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (isRequested(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(params.context.diagnostics, document, linted, options));
  if (only !== undefined && isRequested(SOURCE_FIX_ALL_KIND, only)) {
    const edit = fixAllUntilStableEdit(linted, linted.settings.fixAllScope, options);
    if (edit) actions.push({ title: 'Article Lint: fix all auto-fixable problems', kind: SOURCE_FIX_ALL_KIND, edit });
  }
  return actions;
}

/** Per diagnostic its fixes and "ignore this block"; then, once per rule, "fix all" and the "ignore rule" actions. */
function quickFixes(diagnostics: readonly Diagnostic[], document: TextDocument, linted: LintedDocument, options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const ruleActions: CodeAction[] = [];
  const rulesSeen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const finding = findingOf(linted, diagnostic);
    if (!finding) continue;
    finding.fixes.forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: workspaceEditFor(linted, fix.edits, options),
      });
    });
    if (options.canWriteConfig) actions.push(ignoreBlockAction(linted, diagnostic, finding));
    if (rulesSeen.has(finding.rule)) continue;
    rulesSeen.add(finding.rule);
    const fixAllRule = fixAllRuleAction(linted, finding.rule, options);
    if (fixAllRule) ruleActions.push(fixAllRule);
    if (options.canWriteConfig) ruleActions.push(ignoreRuleAction(document.uri, finding.rule, 'file'), ignoreRuleAction(document.uri, finding.rule, 'workspace'));
  }
  return [...actions, ...ruleActions];
}

/** The edits of "fix all" over the findings `include` accepts, merged by the engine; undefined when there are none. */
export function fixAllWorkspaceEdit(
  linted: LintedDocument,
  include: (finding: Finding) => boolean,
  options: Pick<CodeActionOptions, 'supportsDocumentChanges'>,
): WorkspaceEdit | undefined {
  const edits = fixAllEdits(linted.result.article, linted.result.findings.filter(include));
  return edits.length === 0 ? undefined : workspaceEditFor(linted, edits, options);
}

/**
 * Fix-all of a scope as one edit, applied until the text is stable (a removal can reveal more noise), so saving twice
 * changes nothing the second time. Undefined when there is nothing to fix.
 */
export function fixAllUntilStableEdit(linted: LintedDocument, scope: FixAllScope, options: Pick<CodeActionOptions, 'supportsDocumentChanges'>): WorkspaceEdit | undefined {
  const source = linted.result.article.tagged.source;
  const outcome = fixUntilStable(source, linted.options, scope, linted.result);
  const edits = editsBetween(source, outcome.text);
  return edits.length === 0 ? undefined : workspaceEditFor(linted, edits, options);
}

/** Offered when the rule has more than one fixable finding; a single one is covered by its quick fix. */
function fixAllRuleAction(linted: LintedDocument, rule: string, options: CodeActionOptions): CodeAction | undefined {
  let count = 0;
  for (const finding of linted.result.findings) if (isFixableBy(rule)(finding) && ++count === 2) break;
  if (count < 2) return undefined;
  const title = `Fix all ${rule} problems in this file`;
  if (options.resolvesEdits) {
    const data: FixAllRuleData = { uri: linted.uri, version: linted.version, rule };
    return { title, kind: CodeActionKind.QuickFix, data };
  }
  const edit = fixAllWorkspaceEdit(linted, isFixableBy(rule), options);
  return edit && { title, kind: CodeActionKind.QuickFix, edit };
}

const isFixableBy = (rule: string) => (finding: Finding) => finding.rule === rule && finding.fixes.length > 0;

/** The document an action offered without its edit is about, or undefined for any other action. */
export function uriToResolve(action: CodeAction): string | undefined {
  return readFixAllRuleData(action.data)?.uri;
}

/**
 * Adds the edit to a "fix all <rule>" action offered without it, from `linted`, the lint of the document's current
 * version. An action offered for another version comes back without an edit: its document has changed since.
 */
export function resolveCodeAction(action: CodeAction, linted: LintedDocument | undefined, options: Pick<CodeActionOptions, 'supportsDocumentChanges'>): CodeAction {
  const data = readFixAllRuleData(action.data);
  if (!data || !linted || linted.uri !== data.uri || linted.version !== data.version) return action;
  const edit = fixAllWorkspaceEdit(linted, isFixableBy(data.rule), options);
  return edit ? { ...action, edit } : action;
}

function readFixAllRuleData(data: unknown): FixAllRuleData | undefined {
  if (!isRecord(data) || typeof data.uri !== 'string' || !Number.isSafeInteger(data.version) || typeof data.rule !== 'string') return undefined;
  return { uri: data.uri, version: data.version as number, rule: data.rule };
}

function ignoreRuleAction(uri: string, rule: string, scope: IgnoreRuleArguments['scope']): CodeAction {
  const argumentsForCommand: IgnoreRuleArguments = { uri, rule, scope };
  const title = `Ignore ${rule} in this ${scope}`;
  return { title, kind: CodeActionKind.QuickFix, command: Command.create(title, COMMANDS.ignoreRule, argumentsForCommand) };
}

function ignoreBlockAction(linted: LintedDocument, diagnostic: Diagnostic, finding: Finding): CodeAction {
  const argumentsForCommand: IgnoreBlockArguments = { uri: linted.uri, version: linted.version, rule: finding.rule, hash: finding.hash, span: finding.span };
  const title = `Ignore this exact block (${finding.rule})`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: Command.create(title, COMMANDS.ignoreBlock, argumentsForCommand) };
}

function workspaceEditFor(linted: LintedDocument, edits: readonly TextEdit[], options: Pick<CodeActionOptions, 'supportsDocumentChanges'>): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map(edit => ({ range: linted.positions.rangeOf(edit.span), newText: edit.newText }));
  return options.supportsDocumentChanges
    ? { documentChanges: [{ textDocument: { uri: linted.uri, version: linted.version }, edits: lspEdits }] }
    : { changes: { [linted.uri]: lspEdits } };
}

/** Without `only`, the client wants what belongs in the light bulb (no source actions); otherwise kinds under `only`. */
function isRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (only === undefined) return !kind.startsWith(CodeActionKind.Source);
  return only.some(requested => kind === requested || kind.startsWith(`${requested}.`));
}
