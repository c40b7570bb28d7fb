// Push diagnostics (textDocument/publishDiagnostics) for clients without pull diagnostics: debounced per document,
// published only for the version they were computed from (previews of a long lint first), cleared on close and when
// linting fails or is off.

import { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintedDocument, LintPreview, StaleDocumentError } from './documents';
import { describeError } from './containment';
import { toDiagnostics } from './diagnostics';

/** Typing pauses shorter than this do not trigger a lint. The first lint of a document runs right away. */
export const CHANGE_DEBOUNCE_MILLISECONDS = 150;

export interface PushDiagnosticsDependencies {
  document(uri: string): TextDocument | undefined;
  lint(document: TextDocument): Promise<LintedDocument | undefined>;
  send(uri: string, version: number | undefined, diagnostics: readonly Diagnostic[]): void;
  logError(message: string): void;
}

export class PushDiagnostics {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Set<string>();

  constructor(private readonly dependencies: PushDiagnosticsDependencies) {}

  /** Lints the document after the debounce (immediately if it has never been published) and publishes. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const delay = this.published.has(uri) ? CHANGE_DEBOUNCE_MILLISECONDS : 0;
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  /** A long lint's preview: shown while the lint goes on, unless the document has changed since. */
  showPreview(preview: LintPreview): void {
    if (this.dependencies.document(preview.uri)?.version !== preview.version) return;
    this.dependencies.send(preview.uri, preview.version, toDiagnostics(preview));
  }

  /** The document was closed: drop pending work and clear its diagnostics in the editor. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    this.dependencies.send(uri, undefined, []);
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.dependencies.document(uri);
    if (!document) return;
    // The TextDocument object is updated in place by later changes, so the version must be read now, not after await.
    const version = document.version;
    try {
      const linted = await this.dependencies.lint(document);
      // A newer change has its own publish scheduled; a result for an older version would flash stale ranges.
      if (this.dependencies.document(uri)?.version !== version || (linted && linted.version !== version)) return;
      this.dependencies.send(uri, version, linted ? toDiagnostics(linted) : []);
    } catch (error) {
      // The document changed before its lint started: the change scheduled a publish of its own.
      if (error instanceof StaleDocumentError) return;
      this.dependencies.logError(`linting ${uri} failed: ${describeError(error)}`);
      if (this.dependencies.document(uri)?.version === version) this.dependencies.send(uri, version, []);
    }
    this.published.add(uri);
  }
}
