// `npm run screenshot`: a picture of the seed article open in real VS Code for the Web with Seed Reader's highlights
// and a hover on a quotation, written to images/screenshot.png (the README shows it).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, projectRoot, seedsWorkspace, startWorkbenchServer } from './vscode-web.mjs';

const ARTICLE = '000_92a89446f71c2985.txt';
/** A phrase inside the quotation to hover: the words a reader would point at. */
const HOVER_PHRASE = 'I haven’t seen any indications';
const OUTPUT = join(projectRoot, 'images', 'screenshot.png');
const FAILURE_OUTPUT = join(tmpdir(), 'seed-reader-screenshot-failure.png');
const PORT = Number(process.env.PORT) || 3017;

async function main() {
  const text = readFileSync(join(projectRoot, 'seeds', ARTICLE), 'utf8');
  const hoverLine = text.slice(0, text.indexOf(HOVER_PHRASE)).split('\n').length;
  const server = await startWorkbenchServer({ port: PORT, folderPath: seedsWorkspace() });
  const { browser } = await launchChromium({ headless: true });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    await page.goto(`http://localhost:${PORT}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    // Open the article from the Explorer, as a reader would (Quick Open has no file index in this web build).
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seeds' }).first().click();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first().click();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    // Go to the quotation's line so that it is on screen, a few lines below the top.
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(hoverLine));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2500);
    const line = page.locator('.monaco-editor .view-line', { hasText: HOVER_PHRASE.slice(0, 12) }).first();
    const box = await line.boundingBox();
    if (!box) throw new Error(`the line with “${HOVER_PHRASE}” is not on screen`);
    await page.mouse.move(box.x + 120, box.y + box.height / 2);
    await page.locator('.monaco-hover').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(700);
    await page.screenshot({ path: OUTPUT });
    console.log(`Wrote ${OUTPUT}`);
  } catch (error) {
    // A picture of what the page showed instead is the quickest way to see what went wrong.
    await page.screenshot({ path: FAILURE_OUTPUT }).catch(() => undefined);
    console.error(`What the page showed: ${FAILURE_OUTPUT}`);
    throw error;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`Could not take the screenshot: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
