/**
 * Warnings a person acts on: clean generated submissions from several provinces give no warning at
 * all, and each kind of error planted into them is found at its cell. Run alone with
 * `npx jest test/files/warnings.test.ts`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, run, type Io } from '../../src/cli/main';
import type { JsonResult } from '../../src/cli/jsonResult';
import { build } from '../../src/core/build';
import type { BuildOptions, Issue, SheetGrid } from '../../src/core/model';
import {
  PROVINCES,
  copySheet,
  generateProvince,
  setFigure,
  toGrid,
  writeLastYearReport,
  writeXlsx,
  type GeneratedSheet,
} from '../support/generatedSubmissions';

/** Seeds of the clean corpus: 8 draws of each province, 24 builds of 8 submissions each. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const serious = (issues: Issue[]) => issues.filter((i) => i.severity !== 'info');
const describeIssue = (i: Issue) => `${i.severity} ${i.code} ${i.file} ${i.cell}: ${i.message}`;

function buildSheets(sheets: GeneratedSheet[], options: BuildOptions = {}) {
  return build(sheets.map(toGrid), { period: '9T/2015', ...options });
}

describe('clean submissions give no warning', () => {
  it.each(SEEDS.flatMap((seed) => PROVINCES.map((province, i) => [province, seed, seed * 100 + i] as const)))(
    '%s, draw %i',
    (province, _draw, seed) => {
      const sheets = generateProvince(province, seed);
      const result = buildSheets(sheets);
      // Every sheet was read as a submission, so "no warning" is not "nothing read".
      expect(result.submissions).toHaveLength(sheets.length);
      expect(serious(result.issues).map(describeIssue)).toEqual([]);
    },
  );

  it('round figures repeated in one submission (1.500, 8.000, 20.000) are not flagged', () => {
    const sheets = generateProvince('Hà Nam', 100);
    const post = sheets.find((s) => s.file.startsWith('buu-dien'))!;
    expect(post.figures.get('parcels/flow')).toBe(post.figures.get('money-orders/flow'));
    expect(buildSheets(sheets).issues.filter((i) => i.code === 'repeated-figure')).toEqual([]);
  });
});

describe('through the command line, with last year from a previous report', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-warnings-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function cli(args: string[]): Promise<{ code: number; json: JsonResult; stdout: string }> {
    let stdout = '';
    const io: Io = { stdout: (s) => void (stdout += s), stderr: () => undefined, cwd: tmp, interactive: false };
    const json = path.join(tmp, `r-${Math.random().toString(36).slice(2)}.json`);
    const code = await run([...args, '--out', path.join(tmp, 'report.xlsx'), '--json', json], io);
    return { code, json: JSON.parse(fs.readFileSync(json, 'utf8')) as JsonResult, stdout };
  }

  it('gives no warning for clean .xlsx files with their own "cùng kỳ"', async () => {
    const dir = path.join(tmp, 'with-last-year');
    fs.mkdirSync(dir);
    await writeXlsx(generateProvince('Bắc Giang', 7), dir);
    const { code, json } = await cli(['build', dir, '--period', '9T/2015']);
    expect(code).toBe(EXIT.ok);
    expect(json.submissions).toHaveLength(8);
    expect(serious(json.issues).map(describeIssue)).toEqual([]);
  });

  it('gives no "partial-previous" (nor any warning) when last year comes whole from --previous-report', async () => {
    const dir = path.join(tmp, 'without-last-year');
    fs.mkdirSync(dir);
    const sheets = generateProvince('Cà Mau', 11, { lastYear: false });
    await writeXlsx(sheets, dir);
    const report = path.join(tmp, 'bao-cao-9T-2014.xlsx');
    await writeLastYearReport(sheets, report);
    const { code, json } = await cli(['build', dir, '--period', '9T/2015', '--previous-report', report]);
    expect(code).toBe(EXIT.ok);
    // last year's totals were used for every indicator…
    expect(json.issues.filter((i) => i.code === 'from-history-total')).toHaveLength(14);
    expect(json.tables.every((t) => t.rows.every((r) => r.yoy !== null))).toBe(true);
    // …and nothing says they lack anyone
    expect(serious(json.issues).map(describeIssue)).toEqual([]);
  });

  it('takes the outlier threshold from --outlier', async () => {
    const dir = path.join(tmp, 'outlier');
    fs.mkdirSync(dir);
    const sheets = generateProvince('Hà Nam', 3).map(copySheet);
    const ems = sheets.find((s) => s.file.startsWith('ems'))!;
    setFigure(ems, 'express/flow', Math.round(ems.figures.get('express/previous')! * 2.5)); // +150%
    await writeXlsx(sheets, dir);
    const outliers = async (extra: string[]) =>
      (await cli(['build', dir, '--period', '9T/2015', ...extra])).json.issues.filter((i) => i.code === 'outlier');
    expect(await outliers([])).toEqual([]);
    expect((await outliers(['--outlier', '100%,-50%'])).map((i) => [i.file, i.cell])).toEqual([
      [path.join(path.relative(tmp, dir), ems.file), ems.cells.get('express/flow')],
    ]);
  });
});

describe('each planted error is found at its cell', () => {
  const clean = () => generateProvince('Bắc Giang', 42).map(copySheet);
  const find = (sheets: GeneratedSheet[], prefix: string) => sheets.find((s) => s.file.startsWith(prefix))!;

  function planted(sheets: GeneratedSheet[], code: string, options: BuildOptions = {}): Issue[] {
    const issues = buildSheets(sheets, options).issues;
    const found = issues.filter((i) => i.code === code);
    expect(found.length).toBeGreaterThan(0);
    return found;
  }

  it("a copied figure (the reference report's slip: a stock copied into the next row)", () => {
    const sheets = clean();
    const vnpt = find(sheets, 'vnpt');
    const copied = vnpt.figures.get('fixed-wired/closing')!;
    setFigure(vnpt, 'fixed-wireless/closing', copied);
    const [issue] = planted(sheets, 'repeated-figure');
    expect(issue).toMatchObject({ file: vnpt.file, cell: vnpt.cells.get('fixed-wired/closing') });
    expect(issue.cells).toEqual([vnpt.cells.get('fixed-wired/closing'), vnpt.cells.get('fixed-wireless/closing')]);
  });

  it('a broken stock identity (opening + increase − decrease ≠ closing)', () => {
    const sheets = clean();
    const withOpening = sheets.find((s) => [...s.cells.keys()].some((k) => k.endsWith('/opening')))!;
    const key = [...withOpening.cells.keys()].find((k) => k.endsWith('/opening'))!.replace('/opening', '');
    setFigure(withOpening, `${key}/closing`, withOpening.figures.get(`${key}/closing`)! + 137);
    const issues = planted(sheets, 'stock-identity');
    expect(issues.map((i) => [i.file, i.cell])).toEqual([[withOpening.file, withOpening.cells.get(`${key}/closing`)]]);
  });

  it('an outlier against the same period (+250% by default, and what a stricter threshold adds)', () => {
    const sheets = clean();
    const ems = find(sheets, 'ems');
    setFigure(ems, 'express/flow', Math.round(ems.figures.get('express/previous')! * 3.5));
    const issues = planted(sheets, 'outlier');
    expect(issues.map((i) => [i.file, i.cell])).toEqual([[ems.file, ems.cells.get('express/flow')]]);
    // A threshold tighter than the clean data's spread finds more; the default found only the planted one.
    expect(planted(sheets, 'outlier', { outlier: { above: 0.1, below: -0.05 } }).length).toBeGreaterThan(1);
  });

  it('a negative value (a decrease written negative is no error: the number that left, with an info)', () => {
    const sheets = clean();
    const viettel = find(sheets, 'viettel-');
    setFigure(viettel, 'ftth/increase', -120);
    const issues = planted(sheets, 'negative-value');
    expect(issues.map((i) => [i.file, i.cell])).toEqual([[viettel.file, viettel.cells.get('ftth/increase')]]);

    const decrease = clean();
    const written = find(decrease, 'viettel-');
    setFigure(written, 'ftth/decrease', -120);
    const said = buildSheets(decrease).issues;
    expect(said.filter((i) => i.code === 'negative-value')).toEqual([]);
    expect(said.filter((i) => i.code === 'negative-decrease').map((i) => [i.severity, i.file, i.cell])).toEqual([
      ['info', written.file, written.cells.get('ftth/decrease')],
    ]);
  });

  it('a wrong percentage the enterprise states against the same period', () => {
    const sheets = clean();
    const stating = sheets.find((s) => [...s.cells.keys()].some((k) => k.endsWith('/reported')))!;
    const key = [...stating.cells.keys()].find((k) => k.endsWith('/reported'))!;
    const [r, c] = [key, stating.cells.get(key)!];
    setFigure(stating, r, '87,5%');
    const issues = planted(sheets, 'reported-change-differs');
    expect(issues.map((i) => [i.file, i.cell])).toEqual([[stating.file, c]]);
  });

  it('a resubmission: the corrected sheet is used, the first one named', () => {
    const sheets = clean();
    const fpt = find(sheets, 'fpt');
    const corrected = copySheet(fpt);
    corrected.file = fpt.file.replace('.xlsx', '-dieu-chinh.xlsx');
    corrected.rows[2] = ['BÁO CÁO KẾT QUẢ PHÁT TRIỂN THUÊ BAO VÀ DOANH THU (BÁO CÁO ĐIỀU CHỈNH)'];
    setFigure(corrected, 'ftth/increase', corrected.figures.get('ftth/increase')! + 10);
    setFigure(corrected, 'ftth/decrease', corrected.figures.get('ftth/decrease')! + 10);
    const result = buildSheets([...sheets, corrected]);
    const issues = result.issues.filter((i) => i.code === 'resubmission');
    expect(issues.map((i) => i.file)).toEqual([fpt.file]);
    expect(result.submissions.filter((s) => s.enterprise === 'FPT Telecom').map((s) => s.file)).toEqual([
      corrected.file,
    ]);
    expect(serious(result.issues).map(describeIssue)).toEqual([]);
  });
});

describe('header rows are never "unrecognised rows"', () => {
  /** A telecom sheet whose two-row header says "Lũy kế 9 tháng" under "Phát triển mới" and "Rời mạng". */
  const grid: SheetGrid = {
    file: 'vnpt-ha-nam.xlsx',
    sheet: 'BC',
    top: 0,
    left: 0,
    values: [
      ['VIỄN THÔNG HÀ NAM (VNPT)'],
      ['BÁO CÁO SỐ LIỆU VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015'],
      [],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có'],
      [null, null, null, 'Lũy kế 9 tháng', 'Lũy kế 9 tháng', 'Đến 30/9/2015'],
      [1, 'Điện thoại cố định có dây', 'Thuê bao', 1234, 567, 45678],
      [2, 'Thuê bao FTTH', 'Thuê bao', 3456, 789, 12345],
    ],
  };

  it('a second header row ("Lũy kế 9 tháng") is not an unrecognised row', () => {
    const result = build([grid], { period: '9T/2015' });
    expect(result.issues.filter((i) => i.code === 'unrecognised-row')).toEqual([]);
  });

  it('…and keeps the role of the column it sits under (increase, decrease, closing)', () => {
    const result = build([grid], { period: '9T/2015' });
    expect(result.facts.map((f) => [f.indicator, f.measure, f.value, f.source.cell]).sort()).toEqual(
      [
        ['fixed-wired', 'increase', 1234, 'D6'],
        ['fixed-wired', 'decrease', 567, 'E6'],
        ['fixed-wired', 'closing', 45678, 'F6'],
        ['ftth', 'increase', 3456, 'D7'],
        ['ftth', 'decrease', 789, 'E7'],
        ['ftth', 'closing', 12345, 'F7'],
      ].sort(),
    );
    expect(serious(result.issues)).toEqual([]);
  });
});
