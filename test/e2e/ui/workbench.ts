// The parts of the VS Code web workbench the UI test drives, found by the CSS classes VS Code 1.100 renders: the
// Explorer, the editor's lines, tokens and squiggles, the Problems panel, the hover, the quick-fix menu and the status
// bar's language mode.

import { Locator, Page } from 'playwright-core';

const TIMEOUT_MS = 30_000;

/** The little of the DOM the page functions here read; the project compiles without the DOM library. */
interface RenderedElement {
  readonly innerText: string;
  readonly textContent: string | null;
  readonly className: string;
  readonly style: { readonly top: string };
}

/** A token as Monaco renders it: a span whose `mtk<n>` class picks its colour from the theme's colour map. */
export interface RenderedToken {
  /** The span's text, no-break spaces turned back into spaces. */
  readonly text: string;
  readonly className: string;
  /** The computed CSS colour, e.g. `rgb(86, 156, 214)`. */
  readonly color: string;
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

  /** Closes the file's editor with the close button on its tab and waits for the tab to go. */
  async closeEditor(fileName: string): Promise<void> {
    const tab = this.page.locator(`.tabs-container .tab[aria-label^="${fileName}"]`);
    await tab.hover({ timeout: TIMEOUT_MS });
    await tab.locator('.tab-actions .action-label').click({ timeout: TIMEOUT_MS });
    await tab.waitFor({ state: 'detached', timeout: TIMEOUT_MS });
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

  /** Every token span of the rendered editor lines, in DOM order (top to bottom as rendered). */
  async renderedTokens(): Promise<RenderedToken[]> {
    return this.editor()
      .locator('.view-lines .view-line span[class*="mtk"]')
      .evaluateAll(spans => {
        const computedStyle = (globalThis as unknown as { getComputedStyle(element: unknown): { color: string } }).getComputedStyle;
        return (spans as unknown as RenderedElement[]).map(span => ({
          text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
          className: span.className,
          color: computedStyle(span).color,
        }));
      });
  }

  /** The language mode the status bar shows for the active editor ("Article", "Plain Text"). */
  async languageMode(): Promise<string> {
    return (await this.page.locator('.statusbar-item[id="status.editor.mode"]').innerText({ timeout: TIMEOUT_MS })).trim();
  }

  /** Hides the bottom panel (Problems, Output) if it is shown, so the editor gets the window's height. */
  async hidePanel(): Promise<void> {
    const panel = this.page.locator('.part.panel.bottom');
    if (!(await panel.isVisible())) return;
    await this.page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
  }

  /** The active editor group (tabs and text) cut off below its last rendered line, for a screenshot without empty space. */
  async editorGroupClip(): Promise<{ x: number; y: number; width: number; height: number }> {
    const group = await this.page.locator('.editor-group-container.active').boundingBox();
    const lastLineTop = await this.editor().locator('.view-lines .view-line').evaluateAll(
      elements => (elements as unknown as RenderedElement[]).map(line => parseFloat(line.style.top) || 0).reduce((bottom, top) => Math.max(bottom, top), 0),
    );
    const text = await this.editor().locator('.view-lines').boundingBox();
    if (!group || !text) throw new Error('the editor group is not rendered');
    // The last line's top plus two line heights: its own row and a margin under it.
    const lineHeight = await this.editor().locator('.view-lines .view-line').first().evaluate(line => (line as unknown as { offsetHeight: number }).offsetHeight);
    const bottom = Math.min(group.y + group.height, text.y + lastLineTop + 2 * lineHeight);
    return { x: group.x, y: group.y, width: group.width, height: Math.round(bottom - group.y) };
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
