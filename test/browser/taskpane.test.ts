/**
 * A person clicking "Tạo biểu" in the task pane: the PRODUCTION bundle (dist/taskpane.html) in
 * Debian's Chromium, office.js from @microsoft/office-js/dist, and the Excel test double as the
 * host, seeded with the sample submissions of examples/9T-2015 (whose totals are the reference
 * report's tables). Checks the tables written into the workbook, the problems listed, and that a
 * problem's click (or Enter) selects its source cell.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { BrowserContext, Page } from 'playwright-core';
import {
  aboutTelemetry,
  bundleDouble,
  DIST,
  ensureProductionBuild,
  launchChromium,
  ROOT,
  routeOffice,
  serveFolder,
  TELEMETRY,
} from './harness';
import { exampleWorkbook, type SeedSheet } from './seed';

jest.setTimeout(180_000);

const SCREENSHOT = '/tmp/tttt-taskpane-after-build.png';

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let office: { officeRequests: string[]; refused: string[]; telemetry: string[] };
let doubleScript: string;
let seed: SeedSheet[];
/** Requests to anything but the pane's own files and office.js's CDN (must stay empty). */
const foreign: string[] = [];
/** office.js's telemetry frame, blocked by the pane's Content-Security-Policy or the route. */
const blockedTelemetry: string[] = [];

beforeAll(async () => {
  ensureProductionBuild();
  seed = await exampleWorkbook(path.join(ROOT, 'examples/9T-2015'));
  doubleScript = await bundleDouble(path.join(__dirname, 'double-entry.ts'));
  server = await serveFolder(DIST);
  browser = await launchChromium();
  office = await routeOffice(browser.context, fs.readFileSync(path.join(__dirname, 'after-office.js'), 'utf8'));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  // Any request other than the pane's files and office.js fails the test that made it.
  expect(foreign).toEqual([]);
  foreign.length = 0;
});

/** Opens the pane over a fresh double seeded with `sheets`, in the given display language. */
async function openPane(
  sheets: SeedSheet[],
  displayLanguage?: string,
  requirements?: Record<string, string>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // office.js frames its telemetry page 3 s after loading; the policy blocks it on purpose
    // (nothing remote but office.js), and the route aborts it if it ever asks. Whether that
    // happens during a test is timing: it is counted apart, never an error. Any other violation
    // or error fails the test.
    if (aboutTelemetry(m)) blockedTelemetry.push(m.text());
    else errors.push(m.text());
  });
  // Every request the pane makes: only its own files and office.js's CDN may be asked for.
  page.on('request', (r) => {
    const url = new URL(r.url());
    const own = url.origin === server.url;
    const office = url.hostname === 'appsforoffice.microsoft.com' && url.pathname.startsWith('/lib/1/hosted/');
    if (!own && !office && url.protocol !== 'data:' && !TELEMETRY.test(r.url())) foreign.push(r.url());
  });
  // A Content-Security-Policy violation is an error too.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.addInitScript(
    `window.__ttttSeed = ${JSON.stringify({ sheets, displayLanguage, requirements })};\n${doubleScript}`,
  );
  await page.goto(`${server.url}/taskpane.html`);
  await page.locator('[data-testid="submissions"]').waitFor({ timeout: 60_000 });
  return { page, errors };
}

type Cell = string | number | boolean;

/** Every sheet of the double's workbook: name and values. */
async function workbook(page: Page): Promise<{ name: string; values: Cell[][] }[]> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __double: { workbook: { sheets: { name: string; values: Cell[][] }[] } } })
      .__double.workbook;
    return wb.sheets.map((s) => ({
      name: s.name,
      values: Array.from(s.values, (line) => Array.from(line ?? [], (v) => v ?? '')),
    }));
  });
}

/** The rows of the given sheets whose text matches `label`. */
function rowsLabelled(sheets: { name: string; values: Cell[][] }[], label: RegExp): { sheet: string; row: Cell[] }[] {
  return sheets.flatMap((s) =>
    s.values
      .filter((row) => row.some((v) => typeof v === 'string' && label.test(v)))
      .map((row) => ({ sheet: s.name, row })),
  );
}

/** Clicks Build and waits for the outcome. */
async function build(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.locator('[data-testid="build-done"], [data-testid="build-error"]').first().waitFor({ timeout: 90_000 });
  const failed = await page.locator('[data-testid="build-error"]').count();
  if (failed)
    throw new Error(`build failed in the pane: ${await page.locator('[data-testid="build-error"]').innerText()}`);
}

describe('task pane in Chromium over the Excel test double', () => {
  it('lists the submissions, builds the reference tables, lists problems and selects their cells', async () => {
    const { page, errors } = await openPane(seed);
    const before = (await workbook(page)).map((s) => s.name);

    // The reader's decision is shown: data sheets with a box each, the others apart.
    const items = page.locator('[data-testid="submissions"] > li');
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    const notData = await page.locator('[data-testid="not-data"]').innerText();
    for (const sheet of ['Ghi chú', 'vnpt Hướng dẫn', 'hop-nhat Bìa']) expect(notData).toContain(sheet);
    await expect(page.locator('[data-testid="period-input"]').inputValue()).resolves.toBe('9T/2015');
    expect(await page.locator('[data-testid="progress"]').count()).toBe(0);
    // The corrected re-submission is marked as such (Submission.correction from the reader).
    await expect(page.locator('li[data-sheet="buu-dien-dieu-chinh BC 9 thang"]').innerText()).resolves.toContain(
      'Điều chỉnh',
    );
    await expect(page.locator('li[data-sheet="buu-dien BC 9 thang"]').innerText()).resolves.not.toContain('Điều chỉnh');

    // Record every progress text shown while the build runs.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="progress"]');
        const text = bar?.parentElement?.innerText ?? '';
        if (bar && text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await build(page, 'Tạo biểu');
    const progressSeen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
    expect(progressSeen.some((t) => /\d\/4: /.test(t))).toBe(true);
    await expect(page.locator('[data-testid="build-done"]').innerText()).resolves.toContain('9 tháng đầu năm 2015');
    // What became of the submitted numbers, as the CLI and the checks sheet say it.
    await expect(page.locator('[data-testid="build-figures"]').innerText()).resolves.toMatch(
      /^\d[\d.]* số liệu dùng, \d[\d.]* ô số không dùng$/,
    );

    // The tables written into the workbook carry the reference report's figures.
    const after = await workbook(page);
    const added = after.filter((s) => !before.includes(s.name));
    expect(added.length).toBeGreaterThanOrEqual(1);
    const prepaid = rowsLabelled(added, /trả trước/i).find((r) => r.row.includes(1826191));
    expect(prepaid?.row).toEqual(expect.arrayContaining([826963, 660406, 1826191]));
    const ftth = rowsLabelled(added, /FTTH/i).find((r) => r.row.includes(25126));
    expect(ftth?.row).toEqual(expect.arrayContaining([23346, 6552, 25126]));
    expect(rowsLabelled(added, /^doanh thu/i).some((r) => r.row.includes(2466410))).toBe(true);
    expect(rowsLabelled(added, /^doanh thu/i).some((r) => r.row.includes(74735))).toBe(true);
    // The comparison charts (so với cùng kỳ), one per table, drawn beside the tables.
    const charts = await page.evaluate(() =>
      (
        window as unknown as {
          __double: { workbook: { sheet(n: string): { charts: { name: string; source: string; title: string }[] } } };
        }
      ).__double.workbook
        .sheet('TTTT Biểu')
        .charts.map((c) => ({ name: c.name, source: c.source, title: c.title })),
    );
    expect(charts.map((c) => c.name)).toEqual(['TTTT.telecom', 'TTTT.postal']);
    expect(charts[0].title).toMatch(/VIỄN THÔNG/);
    // The submissions themselves are untouched.
    for (const s of seed) {
      const now = after.find((x) => x.name === s.name);
      expect(now?.values.length).toBe(s.values.length);
    }

    // Problems are listed by severity, each as the checks sheet writes it, and a click selects
    // the source cell in the workbook.
    const problems = page.locator('[data-testid="problem"]');
    expect(await problems.count()).toBeGreaterThan(0);
    const checks = after.find((s) => s.name === 'TTTT Kiểm tra');
    const checkTexts = new Set((checks?.values ?? []).flat().filter((v): v is string => typeof v === 'string'));
    for (const text of await problems.locator('span:first-child').allInnerTexts())
      expect([text, checkTexts.has(text)]).toEqual([text, true]);
    // The reference report's copy error (2.907 in rows 1–2) is shown on VNPT's sheet.
    const copyError = problems.filter({ hasText: '2.907' }).filter({ hasText: 'vnpt BC 9T2015' });
    expect(await copyError.count()).toBeGreaterThan(0);
    const warnings = page.locator('[data-severity="warning"]');
    const badge = await warnings.locator('button').first().innerText();
    expect(badge).toContain(String(await warnings.locator('li').count()));
    const first = problems.first();
    const target = (await first.getAttribute('data-cell')) ?? '';
    const [sheet, cell] = [target.slice(0, target.lastIndexOf('!')), target.slice(target.lastIndexOf('!') + 1)];
    expect(before).toContain(sheet);
    await first.click();
    await expect(selection(page)).resolves.toEqual({ sheet, cell });

    // Keyboard: Tab to another problem and press Enter.
    const second = problems.nth(1);
    if ((await problems.count()) > 1) {
      const target2 = (await second.getAttribute('data-cell')) ?? '';
      await second.focus();
      await page.keyboard.press('Enter');
      await expect(selection(page)).resolves.toEqual({
        sheet: target2.slice(0, target2.lastIndexOf('!')),
        cell: target2.slice(target2.lastIndexOf('!') + 1),
      });
    }

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(office.officeRequests).toContain('office.js');
    expect(office.refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks English when Office does, and leaves out an unticked sheet', async () => {
    const { page, errors } = await openPane(seed, 'en-US');
    await page.getByRole('checkbox', { name: 'Use sheet "vnpt BC 9T2015"' }).click();
    await build(page, 'Build tables');
    const tables = (await workbook(page)).filter((s) => !seed.some((x) => x.name === s.name));
    // Without VNPT: 826.963 − 182.455 new prepaid subscriptions, 1.826.191 − 402.118 on the network.
    const prepaid = rowsLabelled(tables, /trả trước|prepaid/i).find((r) => r.row.includes(1826191 - 402118));
    expect(prepaid?.row).toEqual(expect.arrayContaining([826963 - 182455, 660406 - 151320, 1826191 - 402118]));
    expect(await page.locator('h2').allInnerTexts()).toEqual(
      expect.arrayContaining(['Reporting period', 'Enterprise submissions', 'Problems']),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the ribbon and the pane build alike', () => {
  it("the ribbon's Build tables uses the settings the pane kept in the workbook, and the pane shows its outcome", async () => {
    const { page, errors } = await openPane(seed, 'en-US');
    // The person chooses the index convention in the pane: it is kept in the workbook's settings.
    await page.locator('[data-testid="convention"]').selectOption('index');
    await page.waitForFunction(() => {
      const s = (
        window as unknown as { __double: { workbook: { settings: Map<string, { value: { convention?: string } }> } } }
      ).__double.workbook.settings.get('TTTT.Tables.settings');
      return s?.value.convention === 'index';
    });
    // The ribbon's button (ExecuteFunction) runs in the same runtime.
    await page.evaluate(async () => {
      const d = (window as unknown as { __double: { office: { actions: Map<string, (e: unknown) => Promise<void>> } } })
        .__double;
      await d.office.actions.get('buildTables')!({ completed: () => undefined });
    });
    await page.locator('[data-testid="build-done"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-testid="notice"]').innerText()).resolves.toContain('ribbon');
    // Built with the index convention: the header of the comparison says "previous year = 100".
    const tables = (await workbook(page)).find((s) => s.name === 'TTTT Biểu')!;
    expect(JSON.stringify(tables.values)).toMatch(/= ?100/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Kiểm tra môi trường (self-test)', () => {
  it('runs from the settings and shows a table; only the xlsx insert fails, since the double cannot read xlsx', async () => {
    const { page, errors } = await openPane(seed.slice(0, 3));
    await page.locator('[data-testid="self-test-run"]').click();
    const table = page.locator('[data-testid="self-test-table"]');
    await table.waitFor({ timeout: 30_000 });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.some((r) => r.startsWith('ExcelApi 1.9'))).toBe(true);
    const failed = await table.locator('tbody tr[data-ok="false"]').allInnerTexts();
    expect(failed.map((r) => r.split('\t')[0])).toEqual(['Insert a small xlsx (Import)']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Import (Nhập tệp)', () => {
  it("inserts the chosen files' sheets into the workbook and lists them as submissions", async () => {
    const vnpt = seed.filter((s) => s.name.startsWith('vnpt '));
    const { page, errors } = await openPane(seed.filter((s) => !vnpt.includes(s)));
    const items = page.locator('[data-testid="submissions"] > li');
    const before = await items.count();
    expect(await page.locator('[data-testid="submissions"] li[data-sheet="vnpt BC 9T2015"]').count()).toBe(0);
    // The double reads its own test encoding in place of xlsx bytes (see test/excel/double).
    const file = Buffer.from(JSON.stringify({ 'tttt-double': 1, sheets: vnpt }), 'utf8');
    await page.locator('[data-testid="import-input"]').setInputFiles({
      name: 'vnpt-quang-ninh.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.locator('[data-testid="submissions"] li[data-sheet="vnpt BC 9T2015"]').waitFor({ timeout: 30_000 });
    expect(await items.count()).toBe(before + 1);
    expect(await page.locator('[data-testid="not-data"]').innerText()).toContain('vnpt Hướng dẫn');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Import of .xls and .csv (read in the pane with the command line reader)', () => {
  it('writes an .xls and a .csv as new sheets, text as text, and lists them as submissions', async () => {
    const vnpt = seed.find((s) => s.name === 'vnpt BC 9T2015')!;
    const { page, errors } = await openPane(seed.filter((s) => !s.name.startsWith('vnpt ')));
    // An Excel 97-2003 file made by SheetJS, and a semicolon CSV with a formula-like label.
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(vnpt.values), 'VNPT xls');
    const xls = XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer;
    const csv = Buffer.from('STT;Chỉ tiêu;Hiện có\n1;=Thuê bao FTTH;25.126\n', 'utf8');
    await page.locator('[data-testid="import-input"]').setInputFiles([
      { name: 'vnpt.xls', mimeType: 'application/vnd.ms-excel', buffer: xls },
      { name: 'fpt.csv', mimeType: 'text/csv', buffer: csv },
    ]);
    await page.locator('[data-testid="submissions"] li[data-sheet="VNPT xls"]').waitFor({ timeout: 60_000 });
    const sheets = await workbook(page);
    const fpt = sheets.find((s) => s.name === 'fpt')!;
    // The CSV's cells are text as the file has them (the reader reads "25.126" later): kept as text.
    expect(fpt.values[1]).toEqual(['1', '=Thuê bao FTTH', '25.126']);
    const formulas = await page.evaluate(
      () =>
        (
          window as unknown as { __double: { workbook: { sheet(n: string): { formulas: Map<number, string> } } } }
        ).__double.workbook.sheet('fpt').formulas.size,
    );
    expect(formulas).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a host without ExcelApi 1.12 and 1.13 (Windows 2002, Mac 16.35)', () => {
  it('builds (ownership by the registry alone) and imports an .xlsx by reading it in the pane', async () => {
    const requirements = { ExcelApi: '1.11', SharedRuntime: '1.1' };
    const vnpt = seed.find((s) => s.name === 'vnpt BC 9T2015')!;
    const { page, errors } = await openPane(
      seed.filter((s) => !s.name.startsWith('vnpt ')),
      undefined,
      requirements,
    );
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(vnpt.values), 'VNPT');
    const xlsx = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    await page.locator('[data-testid="import-input"]').setInputFiles({
      name: 'vnpt.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await page.locator('[data-testid="submissions"] li[data-sheet="VNPT"]').waitFor({ timeout: 60_000 });
    await build(page, 'Tạo biểu');
    await build(page, 'Tạo biểu');
    const names = (await workbook(page)).map((s) => s.name);
    // Rebuilt in place: no "TTTT Biểu (2)", though no sheet carries a custom property.
    expect(names.filter((n) => n.startsWith('TTTT Biểu'))).toEqual(['TTTT Biểu']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The double's current selection as sheet and A1 cell. */
async function selection(page: Page): Promise<{ sheet: string; cell: string } | null> {
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const s = (
      window as unknown as { __double: { workbook: { selection: { sheet: string; address: string } | null } } }
    ).__double.workbook.selection;
    if (!s) return null;
    const local = s.address.includes('!') ? s.address.slice(s.address.lastIndexOf('!') + 1) : s.address;
    return { sheet: s.sheet, cell: local.replace(/\$/g, '') };
  });
}

describe('the production build (dist/)', () => {
  const built = (file: string) => path.join(DIST, file);

  it('holds the manifest and every file the manifest points at', () => {
    const manifest = fs.readFileSync(built('manifest.xml'), 'utf8');
    const files = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(files).toEqual(
      expect.arrayContaining([
        'taskpane.html',
        'functions.js',
        'functions.json',
        'functions-vi.json',
        'assets/icon-80.png',
      ]),
    );
    for (const file of new Set(files)) expect([file, fs.existsSync(built(file))]).toEqual([file, true]);
  });

  it('holds every script taskpane.html loads, office.js aside (it comes from Office)', () => {
    const html = fs.readFileSync(built('taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const own = scripts.filter((s) => !/^https?:/.test(s));
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) expect([s, fs.existsSync(built(s))]).toEqual([s, true]);
  });

  it('taskpane.html carries a Content-Security-Policy that allows office.js and nothing else remote', () => {
    const html = fs.readFileSync(built('taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).toMatch(/object-src 'none'/);
    const remote = new Set([...csp.matchAll(/https?:\/\/[^\s;]+/g)].map((m) => m[0]));
    expect([...remote]).toEqual(['https://appsforoffice.microsoft.com']);
  });

  it('registers every custom function id of functions.json in the functions script', () => {
    const metadata = JSON.parse(fs.readFileSync(built('functions.json'), 'utf8')) as { functions: { id: string }[] };
    const vi = JSON.parse(fs.readFileSync(built('functions-vi.json'), 'utf8')) as { functions: { id: string }[] };
    expect(vi.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    const bundles = ['functions.js', 'taskpane.js'].map((f) => fs.readFileSync(built(f), 'utf8'));
    for (const { id } of metadata.functions) {
      for (const bundle of bundles) expect([id, bundle.includes(`"${id}"`)]).toEqual([id, true]);
    }
  });
});
