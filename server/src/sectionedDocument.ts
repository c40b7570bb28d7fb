// The server's text documents: each version holds its text as a SectionedSource, so a keystroke in a long document
// makes a new string of the section it touched, not a copy of the whole text (which is what vscode-languageserver-
// textdocument does, 10 MB per keystroke in a 5 MiB article). The linter takes the sections as they are (sourceOf);
// the rest of the server reads documents through the TextDocument interface.

import { TextDocumentsConfiguration } from 'vscode-languageserver';
import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { SectionedSource } from './engine/index';
import { PositionMap } from './positions';

export class SectionedDocument implements TextDocument {
  private positionMap?: PositionMap;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private currentSource: SectionedSource,
  ) {}

  get version(): number {
    return this.currentVersion;
  }

  /** This version's text. A new version gets a new value: one read stays this version's. */
  get source(): SectionedSource {
    return this.currentSource;
  }

  get lineCount(): number {
    return this.positions.lineCount;
  }

  /** The whole text (joined from a long document's sections when first asked for this version) or a range of it. */
  getText(range?: Range): string {
    if (!range) return this.currentSource.text();
    const { start, end } = this.positions.spanOf(range);
    // A range whose end comes first reads the same text, as with vscode-languageserver-textdocument (substring).
    return this.currentSource.slice(Math.min(start, end), Math.max(start, end));
  }

  positionAt(offset: number): Position {
    return this.positions.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.positions.offsetAt(position);
  }

  /** Applies the changes of one didChange in order, as vscode-languageserver-textdocument does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        const start = this.offsetAt(change.range.start);
        const end = this.offsetAt(change.range.end);
        // A range whose end comes first is taken the right way round, as by vscode-languageserver-textdocument.
        this.currentSource = this.currentSource.edit({ start: Math.min(start, end), end: Math.max(start, end) }, change.text);
      } else {
        this.currentSource = SectionedSource.of(change.text);
      }
      this.positionMap = undefined;
    }
    this.currentVersion = version;
  }

  private get positions(): PositionMap {
    return (this.positionMap ??= new PositionMap(this.currentSource));
  }
}

/** For `new TextDocuments(SECTIONED_DOCUMENTS)`. */
export const SECTIONED_DOCUMENTS: TextDocumentsConfiguration<SectionedDocument> = {
  create: (uri, languageId, version, content) => new SectionedDocument(uri, languageId, version, SectionedSource.of(content)),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};

/** What the linter reads of a document: the sections of a SectionedDocument, the text of any other. */
export function sourceOf(document: TextDocument): string | SectionedSource {
  return document instanceof SectionedDocument ? document.source : document.getText();
}
