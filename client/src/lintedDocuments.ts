// Which documents Article Lint looks at: the selector handed to the language client, and the same decision made
// client-side (with the settings) so the status bar hides itself where the server would not lint.

import * as vscode from 'vscode';

export const CONFIGURATION_SECTION = 'articleLint';
const ARTICLE_LANGUAGE_ID = 'article';

const LINTED_SCHEMES = ['file', 'untitled'];

/**
 * Plain text is always in the selector so the server sees those documents; it decides from
 * `articleLint.lintPlaintext` whether to lint them, which lets that setting change without a window reload.
 */
export const DOCUMENT_SELECTOR: { scheme: string; language: string }[] = LINTED_SCHEMES.flatMap(scheme => [
  { scheme, language: ARTICLE_LANGUAGE_ID },
  { scheme, language: 'plaintext' },
]);

/** Mirrors the server's decision: the article language always, plain text unless switched off, nothing when disabled. */
export function isLintedDocument(document: vscode.TextDocument): boolean {
  if (!LINTED_SCHEMES.includes(document.uri.scheme)) return false;
  const settings = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, document);
  if (!settings.get<boolean>('enable', true)) return false;
  if (document.languageId === ARTICLE_LANGUAGE_ID) return true;
  return document.languageId === 'plaintext' && settings.get<boolean>('lintPlaintext', true);
}
