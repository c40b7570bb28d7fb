// The parts of the VS Code web workbench the UI test drives, found by the CSS classes VS Code 1.100 renders: the
// Explorer, the editor's lines and squiggles, the Problems panel, the hover and the quick-fix menu.

import { Locator, Page } from 'playwright-core';

const TIMEOUT_MS = 30_000;

/** The little of the DOM the page functions here read; the project compiles without the DOM library. */
interface RenderedElement {
  readonly innerText: string;
  readonly style: { readonly top: string };
}

export class Workbench {
  constructor(readonly page: Page) {}

  async waitUntilLoaded(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
  }

  /** Clicks the file in the Explorer, as a user opens it, and waits for its editor tab. */
  async openFromExplorer(fileName: string): Promise<void> {
    await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"]`).click({ timeout: TIMEOUT_MS });
    await this.page.locator(`.tabs-container .tab[aria-label^="${fileName}"]`).waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    await this.editor().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  }

  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The squiggle VS Code draws under warnings (Article Lint's noise findings, among others). */
  warningSquiggles(): Locator {
    return this.editor().locator('.squiggly-warning');
  }

  /** The rendered editor lines top to bottom, with the no-break spaces Monaco renders turned back into spaces. */
  async visibleLines(): Promise<string[]> {
    return this.editor()
      .locator('.view-lines .view-line')
      .evaluateAll(elements =>
        (elements as unknown as RenderedElement[])
          .map(line => ({ top: parseFloat(line.style.top) || 0, text: line.innerText.replace(/\u00a0/g, ' ') }))
          .sort((a, b) => a.top - b.top)
          .map(line => line.text),
      );
  }

  /** A point in the first row of `lineNumber` (1-based), `offsetX` pixels right of where the text starts. */
  async pointOnLine(lineNumber: number, offsetX: number): Promise<{ x: number; y: number }> {
    const lineNumberBox = await this.editor().locator('.margin-view-overlays .line-numbers').filter({ hasText: new RegExp(`^${lineNumber}$`) }).boundingBox();
    const textBox = await this.editor().locator('.view-lines').boundingBox();
    if (!lineNumberBox || !textBox) throw new Error(`line ${lineNumber} is not rendered`);
    return { x: textBox.x + offsetX, y: lineNumberBox.y + lineNumberBox.height / 2 };
  }

  async openProblemsPanel(): Promise<Locator> {
    await this.page.keyboard.press('Control+Shift+M');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    return rows;
  }

  /** The Problems panel rows' text: one row for the file, then one per problem. */
  async problemRows(): Promise<string[]> {
    return this.page
      .locator('.markers-panel .monaco-list-row')
      .evaluateAll(rows => (rows as unknown as RenderedElement[]).map(row => row.innerText.replace(/\s+/g, ' ').trim()));
  }

  /** The hover widget that holds `text` once it is shown. */
  hoverContaining(text: string): Locator {
    return this.page.locator('.monaco-hover:visible').filter({ hasText: text }).first();
  }

  /** Ctrl+. at the cursor: the quick-fix menu, once it is shown. */
  async openQuickFixMenu(): Promise<Locator> {
    await this.page.keyboard.press('Control+.');
    const menu = this.page.locator('.action-widget').first();
    await menu.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    return menu;
  }
}

/** Polls a condition (the editor's lines, a file on disk) until it holds; fails after `timeoutMs`. */
export async function pollUntil(description: string, condition: () => boolean | Promise<boolean>, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting until ${description}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
