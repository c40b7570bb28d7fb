// UI test in headless Chromium against VS Code with the packaged .vsix installed: open the seed-like article from
// the Explorer, read the Problems panel, hover the icon-font line, remove it with Ctrl+. and Enter, check the text,
// open a tagged article and check the grammar colours its tags, and save screenshots of each step
// (test-results/screenshots/, the README's pictures come from there).
// Started by scripts/e2e/run.ts, which passes the server URL, the workspace copy and a scratch folder.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, workbenchUrl } from '../../../scripts/e2e/browser';
import { SCREENSHOTS } from '../../../scripts/e2e/paths';
import { RenderedToken, Workbench, pollUntil } from './workbench';

const ARTICLE = 'baltic-ferries.txt';
const TAGGED_ARTICLE = 'ferry-warnings.article';

/**
 * The rendered tokens that hold the `occurrence`-th `text` of the editor, found in the concatenated text of all tokens
 * (Monaco splits long tokens and merges neighbours of one colour, so a word is not always a token of its own).
 */
function tokensCovering(tokens: readonly RenderedToken[], text: string, occurrence = 0): RenderedToken[] {
  const whole = tokens.map(token => token.text).join('');
  let start = -1;
  for (let found = 0; found <= occurrence; found++) {
    start = whole.indexOf(text, start + 1);
    if (start < 0) return [];
  }
  const end = start + text.length;
  const covering: RenderedToken[] = [];
  let offset = 0;
  for (const token of tokens) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) covering.push(token);
    offset = tokenEnd;
  }
  return covering;
}

function requiredEnvironment(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the UI suite through scripts/e2e/run.ts (npm run test:e2e)`);
  return value;
}

describe('the packaged extension in the VS Code window', () => {
  const serverUrl = requiredEnvironment('ARTICLE_LINT_UI_SERVER_URL');
  const workspace = requiredEnvironment('ARTICLE_LINT_UI_WORKSPACE');
  const scratch = requiredEnvironment('ARTICLE_LINT_UI_SCRATCH');
  const originalText = readFileSync(join(workspace, ARTICLE), 'utf8');
  let browser: BrowserContext;
  let page: Page;
  let workbench: Workbench;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

  before(async () => {
    browser = await launchBrowser(scratch, 'chromium-ui');
    page = browser.pages()[0] ?? (await browser.newPage());
    workbench = new Workbench(page);
    await page.goto(workbenchUrl(serverUrl, workspace));
    await workbench.waitUntilLoaded();
  });
  after(async () => {
    await browser?.close();
  });

  it('opens the article from the Explorer and squiggles its noise', async () => {
    await workbench.openFromExplorer(ARTICLE);
    // The icon-font line and the ad label.
    await workbench.warningSquiggles().nth(1).waitFor({ state: 'attached', timeout: 30_000 });
    const lines = await workbench.visibleLines();
    assert.match(lines[0], /bookmarkicon cameraicon/);
  });

  it('lists the findings in the Problems panel', async () => {
    const rows = await workbench.openProblemsPanel();
    await rows.filter({ hasText: 'noise/ad-label' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const problemRows = await workbench.problemRows();
    await screenshot('problems-panel');
    // Seven problems: the hint (text/unquoted-quote) shows in the editor only, as VS Code keeps hints out of Problems.
    assert.equal(problemRows[0], `${ARTICLE} 7`);
    const expectedRules = ['noise/icon-font-run', 'metadata/dateline', 'metadata/headline', 'metadata/standfirst', 'metadata/caption', 'metadata/credit', 'noise/ad-label'];
    for (const rule of expectedRules) assert.ok(problemRows.some(row => row.includes(` ${rule} `)), `a row for ${rule} in ${JSON.stringify(problemRows)}`);
    assert.ok(problemRows.some(row => row.includes('Icon-font names flattened into text') && row.includes('[Ln 1, Col 2]')), JSON.stringify(problemRows));
    assert.ok(problemRows.some(row => row.includes('Ad label left by the scraper') && row.includes('[Ln 12, Col 1]')), JSON.stringify(problemRows));
  });

  it('explains the icon-font line on hover', async () => {
    const point = await workbench.pointOnLine(1, 120);
    await page.mouse.move(point.x, point.y);
    const hover = workbench.hoverContaining('noise/icon-font-run');
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await hover.innerText();
    await screenshot('hover');
    assert.match(text, /Icon-font names flattened into text/);
    assert.match(text, /Why:/);
    assert.match(text, /Fix: Remove this line — deletes this block\./);
  });

  it('removes the icon-font line with Ctrl+. and Enter', async () => {
    const point = await workbench.pointOnLine(1, 120);
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Escape');
    const menu = await workbench.openQuickFixMenu();
    const focused = menu.locator('.monaco-list-row.focused');
    await focused.waitFor({ state: 'visible', timeout: 30_000 });
    const items = await menu.locator('.monaco-list-row').allInnerTexts();
    await screenshot('quick-fix-menu');
    assert.equal((await focused.innerText()).trim(), 'Remove this line', `the preferred fix is focused; the menu holds ${JSON.stringify(items)}`);
    assert.ok(items.some(item => item.includes('Ignore noise/icon-font-run in this file')), JSON.stringify(items));

    await page.keyboard.press('Enter');
    const dateline = '9 Jan, 2024 07:45';
    await pollUntil('the dateline is the first line', async () => (await workbench.visibleLines())[0] === dateline);
    const lines = await workbench.visibleLines();
    assert.equal(lines[0], dateline);
    assert.ok(!lines.some(line => line.includes('bookmarkicon')), 'no icon-font names are left');
    // Let the faded squiggle of the removed line go before the picture is taken.
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'noise/icon-font-run' }).waitFor({ state: 'detached', timeout: 30_000 });
    await screenshot('after-quick-fix');
  });

  it('saves exactly the article without its first line', async () => {
    await page.keyboard.press('Control+S');
    const expected = originalText.slice(originalText.indexOf('\n') + 1);
    const readSaved = () => readFileSync(join(workspace, ARTICLE), 'utf8');
    // The browser saves through the server, so the file changes a moment after the key press.
    await pollUntil('the saved file changes', () => readSaved() !== originalText);
    assert.equal(readSaved(), expected);
  });

  it('colours the tags of a tagged article and leaves its prose plain', async () => {
    // The picture for the README shows the tagged article alone, in the window's full height.
    await workbench.hidePanel();
    await workbench.closeEditor(ARTICLE);
    await workbench.openFromExplorer(TAGGED_ARTICLE);
    assert.equal(await workbench.languageMode(), 'Article');
    const prose = 'A joint storm-warning service for ferries on the';
    // Monaco paints the text first and the grammar's tokens when they arrive, so wait for the tag to take its colour.
    let tokens: RenderedToken[] = [];
    await pollUntil('the <headline> tag is coloured unlike the prose', async () => {
      tokens = await workbench.renderedTokens();
      const tagName = tokensCovering(tokens, 'headline');
      const plain = tokensCovering(tokens, prose);
      return tagName.length > 0 && plain.length > 0 && tagName[0].color !== plain[0].color;
    });
    const colourOf = (text: string): string => {
      const colours = [...new Set(tokensCovering(tokens, text).map(token => token.color))];
      assert.equal(colours.length, 1, `"${text}" is rendered in one colour, not ${JSON.stringify(colours)}`);
      return colours[0];
    };
    const proseColour = colourOf(prose);
    const tagColour = colourOf('headline');
    assert.notEqual(tagColour, proseColour);
    // Prose has the editor's default colour (Monaco's first colour class).
    assert.ok(tokensCovering(tokens, prose).every(token => /\bmtk1\b/.test(token.className)), JSON.stringify(tokensCovering(tokens, prose)));
    // Every tag, structure or entity, opening and closing, has the tag colour (entity.name.tag in the theme).
    for (const name of ['dateline', 'headline', 'standfirst', 'caption', 'credit', 'place', 'person', 'org', 'quote']) {
      assert.equal(colourOf(`<${name}`), tagColour, `<${name}> has the tag colour`);
      assert.equal(colourOf(`</${name}>`), tagColour, `</${name}> has the tag colour`);
    }
    // The attribute name has a colour of its own, and so has its quoted value.
    const attributeColour = colourOf('speaker');
    assert.notEqual(attributeColour, proseColour);
    assert.notEqual(attributeColour, tagColour);
    assert.notEqual(colourOf('"Annika Lindqvist"'), proseColour);
    // Text after closing tags and attributes is plain again.
    assert.equal(colourOf(' said talks with operators in '), proseColour);
    await page.screenshot({ path: join(SCREENSHOTS, 'tagged-article.png'), clip: await workbench.editorGroupClip() });
  });
});
