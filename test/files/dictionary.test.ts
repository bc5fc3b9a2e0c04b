/**
 * The office's own words, end to end (issue 10): a submission with three words the catalogue
 * does not know — a row label, a column header, a unit — gives a problem for each, and the line
 * to add to the dictionary; with the three entries (in a CSV, through `--dictionary`) the same
 * build is exact.
 *
 * The "with the entries" cases need the reader to call the dictionary's look-ups
 * (src/core/dictionary/lookup.ts) before the catalogue; until it does they fail.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT, run, type Io } from '../../src/cli/main';
import type { JsonResult } from '../../src/cli/jsonResult';
import { build } from '../../src/core/build';
import { readDictionaryCsv, suggestEntry } from '../../src/core/dictionary';
import type { SheetGrid, TableRow } from '../../src/core/model';
import { UNKNOWN_WORDS_SHEET } from '../support/unknownWords';

const ROOT = path.resolve(__dirname, '..', '..');

/** FPT's sheet: "Thuê bao GPON-X" (FTTH), "TB chuyển đi" (decrease), "nghìn chiếc máy" (thousand subscriptions). */
const VALUES = UNKNOWN_WORDS_SHEET.values;
const GRID: SheetGrid = { file: 'fpt.xlsx', sheet: 'FPT', top: 0, left: 0, values: VALUES };

/** The three entries, as the office would write them. */
const CSV = [
  'loại,từ,nghĩa,hệ số',
  'chỉ tiêu,Thuê bao GPON-X,ftth,',
  'cột,TB chuyển đi,giảm,',
  'đơn vị,nghìn chiếc máy,thue-bao,1000',
  '',
].join('\r\n');

const UNKNOWN = ['unrecognised-row', 'unused-figures', 'unknown-unit'];

function row(result: { tables: { rows: TableRow[] }[] }, id: string) {
  const r = result.tables[0].rows.find((x) => x.indicator === id)!;
  return { increase: r.increase, decrease: r.decrease, current: r.current };
}

describe('three unknown words', () => {
  it('give a problem each, and the line to add for each', () => {
    const result = build([GRID], { locale: 'vi' });
    const problems = result.issues.filter((i) => UNKNOWN.includes(i.code));
    expect(problems.map((i) => i.code).sort()).toEqual([...UNKNOWN].sort());
    expect(problems.map((i) => suggestEntry(i, [GRID])?.line).sort()).toEqual([
      'chỉ tiêu,Thuê bao GPON-X,?',
      'cột,TB chuyển đi,?',
      'đơn vị,nghìn chiếc máy,?',
    ]);
    // Read without the entries: FTTH is missing, the decrease unused, prepaid 1000 times too small.
    expect(row(result, 'ftth')).toEqual({ increase: null, decrease: null, current: null });
    expect(row(result, 'mobile-prepaid').current).toBe(150);
  });

  it('with the three entries, the same build is exact and names none of them', () => {
    const { dictionary, issues } = readDictionaryCsv(CSV, 'tu-dien.csv');
    expect(issues).toEqual([]);
    const result = build([GRID], { locale: 'vi', dictionary });
    expect(result.issues.filter((i) => UNKNOWN.includes(i.code))).toEqual([]);
    expect(row(result, 'ftth')).toEqual({ increase: 1200, decrease: 300, current: 25000 });
    expect(row(result, 'mobile-prepaid')).toEqual({ increase: 12000, decrease: 3000, current: 150000 });
  });
});

describe('tttt build --dictionary', () => {
  let tmp: string;
  const exec = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      cwd: tmp,
      interactive: false,
    };
    const code = await run(args, io);
    return { code, stdout, stderr };
  };
  const json = (): JsonResult => JSON.parse(fs.readFileSync(path.join(tmp, 'r.json'), 'utf8')) as JsonResult;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-dictionary-'));
    fs.mkdirSync(path.join(tmp, 'in'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('FPT');
    for (const values of VALUES) ws.addRow(values);
    await wb.xlsx.writeFile(path.join(tmp, 'in', 'fpt.xlsx'));
    fs.writeFileSync(path.join(tmp, 'tu-dien.csv'), '\uFEFF' + CSV, 'utf8');
    fs.writeFileSync(
      path.join(tmp, 'hong.csv'),
      'loại;từ;nghĩa;hệ số\nchỉ tiêu;Thuê bao GPON-X;ftth;\nchỉ tiêu;Thuê bao ABC\ncột;TB chuyển đi;sideways;\n',
      'utf8',
    );
  }, 60_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('without it, prints the three lines to add under the problems', async () => {
    const r = await exec(['build', 'in', '--out', 'out.xlsx']);
    expect(r.code).toBe(EXIT.ok);
    const tail = r.stdout.slice(r.stdout.indexOf('Thêm vào từ điển'));
    expect(tail).toContain('  chỉ tiêu,Thuê bao GPON-X,?');
    expect(tail).toContain('  cột,TB chuyển đi,?');
    expect(tail).toContain('  đơn vị,nghìn chiếc máy,?');
  });

  it('with it, the build is exact', async () => {
    const r = await exec(['build', 'in', '--out', 'out.xlsx', '--json', 'r.json', '--dictionary', 'tu-dien.csv']);
    expect(r.code).toBe(EXIT.ok);
    const result = json();
    expect(result.issues.filter((i) => UNKNOWN.includes(i.code))).toEqual([]);
    expect(row(result, 'ftth')).toEqual({ increase: 1200, decrease: 300, current: 25000 });
    expect(row(result, 'mobile-prepaid')).toEqual({ increase: 12000, decrease: 3000, current: 150000 });
    expect(r.stdout).not.toContain('Thêm vào từ điển');
  });

  it('reports each malformed line with its number and applies the rest', async () => {
    const r = await exec([
      'build',
      'in',
      '--out',
      'out.xlsx',
      '--json',
      'r.json',
      '--dictionary',
      'hong.csv',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(EXIT.ok);
    const lines = json().issues.filter((i) => i.code === 'dictionary-line');
    expect(lines.map((i) => [i.file, i.cell])).toEqual([
      ['hong.csv', 'A3'],
      ['hong.csv', 'A4'],
    ]);
    expect(lines[0].message).toContain('line 3');
    expect(r.stdout).toContain('line 4');
  });

  it('a missing file is an error, and the build goes on without it', async () => {
    const r = await exec(['build', 'in', '--out', 'out.xlsx', '--json', 'r.json', '--dictionary', 'nowhere.csv']);
    expect(r.code).toBe(EXIT.ok);
    expect(json().issues.some((i) => i.code === 'dictionary-unreadable' && i.severity === 'error')).toBe(true);
  });

  it('the example dictionary reads without a problem', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'tu-dien.csv'), 'utf8');
    const { dictionary, issues } = readDictionaryCsv(text, 'tu-dien.csv');
    expect(issues).toEqual([]);
    expect(dictionary.entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['indicator', 'role', 'unit', 'enterprise']),
    );
  });
});
