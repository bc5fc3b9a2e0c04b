/**
 * The report's sentences in the task pane (issue 5): after "Tạo biểu", the production pane in
 * Chromium over the Excel test double lists the sentence of every table row, in the pane's
 * language, the same ones the "TTTT Câu văn" sheet holds; and the hidden history sheet exists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  bundleDouble,
  DIST,
  ensureProductionBuild,
  launchChromium,
  ROOT,
  routeOffice,
  serveFolder,
} from '../browser/harness';
import { exampleWorkbook, type SeedSheet } from '../browser/seed';

jest.setTimeout(180_000);

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let doubleScript: string;
let seed: SeedSheet[];

beforeAll(async () => {
  ensureProductionBuild();
  seed = await exampleWorkbook(path.join(ROOT, 'examples/9T-2015'));
  doubleScript = await bundleDouble(path.join(__dirname, '..', 'browser', 'double-entry.ts'));
  server = await serveFolder(DIST);
  browser = await launchChromium();
  await routeOffice(browser.context, fs.readFileSync(path.join(__dirname, '..', 'browser', 'after-office.js'), 'utf8'));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function buildIn(displayLanguage: string, button: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(
    `window.__ttttSeed = ${JSON.stringify({ sheets: seed, displayLanguage })};\n${doubleScript}`,
  );
  await page.goto(`${server.url}/taskpane.html`);
  await page.locator('[data-testid="submissions"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  await page.locator('[data-testid="build-done"], [data-testid="build-error"]').first().waitFor({ timeout: 90_000 });
  return page;
}

const sheetsOf = (page: Page) =>
  page.evaluate(() => {
    const wb = (
      window as unknown as {
        __double: { workbook: { sheets: { name: string; visibility: string; values: unknown[][] }[] } };
      }
    ).__double.workbook;
    return wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      values: Array.from(s.values, (line) => Array.from(line ?? [], (v) => v ?? '')),
    }));
  });

describe('the sentences in the task pane', () => {
  it('lists every row\'s sentence after a build, as the "TTTT Câu văn" sheet writes them', async () => {
    const page = await buildIn('vi-VN', 'Tạo biểu');
    const shown = await page.locator('[data-testid="sentences"] > li').allInnerTexts();
    expect(shown).toHaveLength(14);
    expect(shown).toContain('Thuê bao FTTH: 25.126 thuê bao, tăng 299% so với cùng kỳ');
    expect(shown).toContain('Doanh thu viễn thông: 2.466.410 triệu đồng, tăng 66% so với cùng kỳ');
    const sheets = await sheetsOf(page);
    const written = sheets.find((s) => s.name === 'TTTT Câu văn')!.values.flat();
    for (const sentence of shown) expect(written).toContain(sentence);
    expect(sheets.find((s) => s.name === 'TTTT Lịch sử')?.visibility).toBe('Hidden');
    await page.close();
  });

  it('speaks English in an English Office', async () => {
    const page = await buildIn('en-US', 'Build tables');
    const shown = await page.locator('[data-testid="sentences"] > li').allInnerTexts();
    expect(shown).toContain('FTTH subscriptions: 25,126 subscriptions, up 299% on the same period last year');
    await page.close();
  });
});
