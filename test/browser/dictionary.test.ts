/**
 * Teaching the office's words in the task pane (issue 10): the PRODUCTION bundle in Chromium over
 * the Excel test double, seeded with one submission that holds three words the catalogue does not
 * know — a row label, a column header, a unit. Each "not understood" problem offers the answers in
 * a dropdown; choosing one adds the entry, rebuilds at once and says what changed; the dictionary
 * is listed, kept in the hidden sheet "TTTT Từ điển", edited, exported and imported as CSV.
 *
 * "the same build is exact" needs the reader to call the dictionary's look-ups; until it does,
 * that case fails (the rest passes).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { bundleDouble, DIST, ensureProductionBuild, launchChromium, routeOffice, serveFolder } from './harness';
import { UNKNOWN_WORDS_SHEET } from '../support/unknownWords';
import type { SeedSheet } from './seed';

jest.setTimeout(180_000);

const FPT: SeedSheet = UNKNOWN_WORDS_SHEET;
const SHEET = 'TTTT Từ điển';

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
const errors: string[] = [];

type Cell = string | number | boolean;

/** A sheet of the double's workbook: its values and visibility, or null. */
async function sheet(name: string): Promise<{ values: Cell[][]; visibility: string } | null> {
  return page.evaluate((wanted) => {
    const wb = (
      window as unknown as {
        __double: { workbook: { sheets: { name: string; visibility: string; values: Cell[][] }[] } };
      }
    ).__double.workbook;
    const s = wb.sheets.find((x) => x.name === wanted);
    return s
      ? { visibility: s.visibility, values: Array.from(s.values, (line) => Array.from(line ?? [], (v) => v ?? '')) }
      : null;
  }, name);
}

/** The written row of the tables sheet whose label matches. */
async function tableRow(label: RegExp): Promise<Cell[] | undefined> {
  const tables = await sheet('TTTT Biểu');
  return tables?.values.find((row) => row.some((v) => typeof v === 'string' && label.test(v)));
}

/** Waits until the pane is idle after a build started by a choice (the notice says what changed). */
async function rebuilt(before: number): Promise<string> {
  await page.waitForFunction(
    (n) => {
      const w = window as unknown as { __double: { stats: { syncs: number } } };
      const notice = document.querySelector('[data-testid="notice"]');
      return w.__double.stats.syncs > n && !!notice && !/Đang/.test(notice.textContent ?? '');
    },
    before,
    { timeout: 90_000 },
  );
  await page.locator('[data-testid="build-done"]').waitFor({ timeout: 90_000 });
  return page.locator('[data-testid="notice"]').innerText();
}

const syncs = (): Promise<number> =>
  page.evaluate(() => (window as unknown as { __double: { stats: { syncs: number } } }).__double.stats.syncs);

/** Opens the info group of the problems (unknown units are notes). */
async function openNotes(): Promise<void> {
  const info = page.locator('[data-severity="info"]');
  if ((await info.count()) === 0) return;
  if ((await info.locator('[data-testid="teach"]').count()) === 0) await info.locator('button').first().click();
}

beforeAll(async () => {
  ensureProductionBuild();
  const doubleScript = await bundleDouble(path.join(__dirname, 'double-entry.ts'));
  server = await serveFolder(DIST);
  browser = await launchChromium();
  await routeOffice(browser.context, fs.readFileSync(path.join(__dirname, 'after-office.js'), 'utf8'));
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(`window.__ttttSeed = ${JSON.stringify({ sheets: [FPT] })};\n${doubleScript}`);
  await page.goto(`${server.url}/taskpane.html`);
  await page.locator('[data-testid="submissions"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Tạo biểu' }).click();
  await page.locator('[data-testid="build-done"]').waitFor({ timeout: 90_000 });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the dictionary in the task pane', () => {
  it('offers an answer under each of the three "not understood" problems, and starts empty', async () => {
    await openNotes();
    const kinds = await page
      .locator('[data-testid="teach"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['indicator', 'role', 'unit']);
    // The answers are offered in the person's language.
    const options = await page.locator('[data-testid="teach"][data-kind="role"] option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['Số giảm trong kỳ', 'Số tăng trong kỳ', 'Bỏ qua cột này']));
    await expect(page.locator('[data-section="dictionary"]').innerText()).resolves.toContain('Chưa có mục từ nào');
    expect(await sheet(SHEET)).toBeNull();
  });

  it('choosing an answer adds the entry, rebuilds at once and says what changed', async () => {
    let before = await syncs();
    await page.locator('[data-testid="teach"][data-kind="indicator"]').selectOption('ftth');
    expect(await rebuilt(before)).toMatch(
      /Đã thêm vào từ điển: "Thuê bao GPON-X" → Thuê bao FTTH\. Vấn đề: \d+ → \d+\./,
    );

    before = await syncs();
    await page.locator('[data-testid="teach"][data-kind="role"]').selectOption('decrease');
    await rebuilt(before);

    await openNotes();
    before = await syncs();
    await page.locator('[data-testid="teach"][data-kind="unit"]').selectOption('nghin-thue-bao');
    await rebuilt(before);

    const listed = await page
      .locator('[data-testid="dictionary-entries"] > li')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-word'), e.getAttribute('data-answer')]),
      );
    expect(listed).toEqual([
      ['indicator', 'Thuê bao GPON-X', 'ftth'],
      ['role', 'TB chuyển đi', 'decrease'],
      ['unit', 'nghìn chiếc máy', 'nghin-thue-bao'],
    ]);
    await page.screenshot({ path: '/tmp/tttt-dictionary-pane.png', fullPage: true });
    const kept = await sheet(SHEET);
    expect(kept?.visibility).toBe('Hidden');
    expect(kept?.values.slice(0, 4).map((r) => r.slice(0, 3))).toEqual([
      ['loại', 'từ', 'nghĩa'],
      ['chỉ tiêu', 'Thuê bao GPON-X', 'ftth'],
      ['cột', 'TB chuyển đi', 'decrease'],
      ['đơn vị', 'nghìn chiếc máy', 'nghin-thue-bao'],
    ]);
  });

  it('with the three entries the same build is exact, and no problem asks any more', async () => {
    await openNotes();
    expect(await page.locator('[data-testid="teach"]').count()).toBe(0);
    expect(await tableRow(/^Thuê bao FTTH$/)).toEqual(expect.arrayContaining([1200, 300, 25000]));
    expect(await tableRow(/trả trước/)).toEqual(expect.arrayContaining([12000, 3000, 150000]));
  });

  it('the dictionary survives a rebuild, and an entry can be changed and removed', async () => {
    let before = await syncs();
    await page.getByRole('button', { name: 'Tạo biểu' }).click();
    await page.waitForFunction(
      (n) => (window as unknown as { __double: { stats: { syncs: number } } }).__double.stats.syncs >= n + 3,
      before,
    );
    await page.locator('[data-testid="build-done"]').waitFor();
    expect(await page.locator('[data-testid="dictionary-entries"] > li').count()).toBe(3);

    before = await syncs();
    await page
      .locator('[data-testid="dictionary-entries"] > li[data-kind="role"] [data-testid="dictionary-answer"]')
      .selectOption('ignore');
    expect(await rebuilt(before)).toMatch(/Đã sửa từ điển/);
    expect((await sheet(SHEET))?.values[2].slice(0, 3)).toEqual(['cột', 'TB chuyển đi', 'ignore']);

    before = await syncs();
    await page
      .locator('[data-testid="dictionary-entries"] > li[data-kind="role"] [data-testid="dictionary-remove"]')
      .click();
    await rebuilt(before);
    expect(await page.locator('[data-testid="dictionary-entries"] > li').count()).toBe(2);
    const rows = (await sheet(SHEET))!.values.filter((r) => r.some((v) => v !== ''));
    expect(rows.map((r) => r[1])).toEqual(['từ', 'Thuê bao GPON-X', 'nghìn chiếc máy']);
  });

  it('exports the dictionary as CSV and imports one, reporting its malformed lines', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="dictionary-export"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('tu-dien.csv');
    const file = await download.path();
    const text = fs.readFileSync(file!, 'utf8');
    expect(text.startsWith('\uFEFFloại,từ,nghĩa,hệ số\r\n')).toBe(true);
    expect(text).toContain('chỉ tiêu,Thuê bao GPON-X,ftth,\r\n');

    const before = await syncs();
    await page.locator('[data-testid="dictionary-input"]').setInputFiles({
      name: 'tinh-ban.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('loại;từ;nghĩa;hệ số\ncột;TB chuyển đi;giảm;\nchỉ tiêu;Thuê bao ABC\n', 'utf8'),
    });
    const said = await rebuilt(before);
    expect(said).toContain('Đã nhập 1 mục từ từ tinh-ban.csv.');
    expect(said).toContain('Bỏ qua 1 dòng: 3');
    expect(await page.locator('[data-testid="dictionary-entries"] > li').count()).toBe(3);
    expect(errors).toEqual([]);
  });
});
