/**
 * Every format a statistician receives, read by the command line (the files are made by
 * scripts/make-format-fixtures.ts and checked in): each file's grid, and `tttt build` over the
 * folder gives one submission per file; the bad files each give one issue, in both languages, and
 * the rest of the folder still builds.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, type Io } from '../../src/cli/main';
import type { JsonResult } from '../../src/cli/jsonResult';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { postalRows, telecomRows } from '../../scripts/make-format-fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const FORMATS = path.join(__dirname, 'formats');
const BAD = path.join(__dirname, 'bad-files');

const read = async (dir: string, file: string, locale: 'vi' | 'en' = 'vi') =>
  readWorkbook(path.join(dir, file), file, locale);

/** The numbers of a fixture's data rows, as the file holds them (CSV: as text). */
const dataRows = (rows: (string | number | null)[][], from: number) => rows.slice(from).map((r) => r.slice(3));

describe('each format reads into the same grid', () => {
  const telecom: [string, string, number][] = [
    ['vnpt.xlsx', 'VNPT Quảng Ninh', 1],
    ['mobifone.xlsm', 'Công ty Dịch vụ MobiFone Khu vực 5', 2],
    ['vietnamobile.xls', 'Vietnamobile Quảng Ninh', 3],
    ['fpt-telecom.ods', 'FPT Telecom Quảng Ninh', 4],
    ['gmobile.xlsx', 'Gmobile Quảng Ninh', 8],
  ];
  it.each(telecom)('%s', async (file, enterprise, seed) => {
    const { grids, issues } = await read(FORMATS, file);
    expect(issues).toEqual([]);
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    const rows = telecomRows(enterprise, seed);
    expect(grid.values[0][0]).toBe(enterprise.toUpperCase());
    expect(grid.values[4].slice(0, 7)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Trong kỳ',
      null,
      'Hiện có',
      'Cùng kỳ năm 2014',
    ]);
    expect(grid.values[5].slice(3, 5)).toEqual(['Tăng', 'Giảm']);
    expect(grid.values.slice(6).map((r) => r.slice(3, 7))).toEqual(dataRows(rows, 6));
    expect(grid.hiddenRows).toBeUndefined();
    expect(grid.formats).toBeUndefined();
  });

  it('xlsx: a date typed as a date is dd/mm/yyyy text, a formula its result, an error the text Excel shows', async () => {
    const [grid] = (await read(FORMATS, 'vnpt.xlsx')).grids;
    expect(grid.values[0][7]).toBe('08/10/2015');
    expect(grid.values[10][6]).toBe(telecomRows('VNPT Quảng Ninh', 1)[10][6]);
    expect(grid.values[6][7]).toBe('#DIV/0!');
  });

  it('an .xls renamed .xlsx reads as what it is', async () => {
    const { grids, issues } = await read(FORMATS, 'gmobile.xlsx');
    expect(issues).toEqual([]);
    expect(grids[0].sheet).toBe('Gmobile');
  });

  it.each([
    ['ems.csv', 'EMS Quảng Ninh', 6],
    ['viettel-post.csv', 'Viettel Post Quảng Ninh', 7],
  ])('%s (UTF-16, tabs): every field as text', async (file, enterprise, seed) => {
    const { grids, issues } = await read(FORMATS, file);
    expect(issues).toEqual([]);
    const [grid] = grids;
    expect(grid.sheet).toBe(file.replace('.csv', ''));
    const rows = postalRows(enterprise, seed);
    expect(grid.values[0][0]).toBe(enterprise.toUpperCase());
    expect(grid.values[4]).toEqual(rows[4]);
    expect(grid.values.slice(5)).toEqual(rows.slice(5).map((r) => r.map((v) => (v === null ? null : String(v)))));
  });

  it('cmc-telecom.csv (UTF-8 with BOM, semicolons): Vietnamese number text kept for the core to read', async () => {
    const [grid] = (await read(FORMATS, 'cmc-telecom.csv')).grids;
    expect(grid.values[1][0]).toBe('BÁO CÁO SỐ LIỆU VIỄN THÔNG, INTERNET');
    expect(grid.values[4][3]).toBe('Tăng trong kỳ');
    expect(grid.values[5][0]).toBe('1');
    expect(grid.values[5][5]).toMatch(/^\d{1,3}(\.\d{3})+$/);
  });

  it('buu-dien.xlsx: hidden row and column, and the formats that change what is seen', async () => {
    const [grid] = (await read(FORMATS, 'buu-dien.xlsx')).grids;
    expect(grid.hiddenRows).toEqual([8]);
    expect(grid.hiddenColumns).toEqual([5]);
    expect(grid.values[8][1]).toBe('Dòng ẩn: số liệu nháp');
    expect(grid.formats?.[9].slice(3, 7)).toEqual(['#,##0,', '#,##0,', null, '0%']);
    expect(grid.formats?.[5][6]).toBe('0%');
    expect(grid.formats?.[5][3]).toBeNull();
    expect(grid.values[9][3]).toBe((postalRows('Bưu điện tỉnh Quảng Ninh', 9)[8][3] as number) * 1000);
  });

  it('legacy fonts of the TCVN3 and VNI samples', async () => {
    const examples = path.join(ROOT, 'examples', '9T-2015');
    const vnm = (await read(examples, 'vietnamobile-quang-ninh.xlsx')).grids[0];
    expect(vnm.fonts?.[8][1]).toBe('.VnTime');
    const gmobile = (await read(examples, 'gmobile-quang-ninh.xlsx')).grids[0];
    expect(gmobile.fonts?.[0][0]).toBe('VNI-Times');
  });
});

describe('bad files', () => {
  const expected: [string, string][] = [
    ['empty.xlsx', 'empty-file'],
    ['not-a-workbook.xlsx', 'unreadable-file'],
    ['password.xls', 'password-protected'],
    ['password.xlsx', 'password-protected'],
    ['random.xlsx', 'unreadable-file'],
    ['text.xlsx', 'unreadable-file'],
  ];
  it('are the checked-in ones', () => {
    expect(fs.readdirSync(BAD).sort()).toEqual(expected.map(([f]) => f));
  });
  it.each(expected)('%s: one clear issue in Vietnamese and English', async (file, code) => {
    const vi = await read(BAD, file, 'vi');
    const en = await read(BAD, file, 'en');
    expect(vi.grids).toEqual([]);
    expect(vi.issues).toHaveLength(1);
    expect(en.issues).toHaveLength(1);
    expect(vi.issues[0]).toMatchObject({ severity: 'error', code, file, sheet: '', cell: '' });
    expect(en.issues[0].code).toBe(code);
    expect(vi.issues[0].message.length).toBeGreaterThan(10);
    expect(en.issues[0].message.length).toBeGreaterThan(10);
    expect(vi.issues[0].message).not.toBe(en.issues[0].message);
    expect(en.issues[0].message).not.toMatch(/Error:|at .*\.js/);
  });
});

describe('tttt build over every format', () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-formats-'))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const build = async (args: string[]) => {
    const json = path.join(tmp, `r${Math.random()}.json`);
    const io: Io = { stdout: () => undefined, stderr: () => undefined, cwd: ROOT, interactive: false };
    const code = await run(['build', ...args, '--out', path.join(tmp, 'report.xlsx'), '--json', json], io);
    return { code, result: JSON.parse(fs.readFileSync(json, 'utf8')) as JsonResult };
  };

  it('gives one submission per file', async () => {
    const { code, result } = await build(['test/files/formats']);
    expect(code).toBe(0);
    const files = fs.readdirSync(FORMATS).sort();
    expect(result.submissions.map((s) => path.basename(s.file)).sort()).toEqual(files);
    expect(result.period).toBe('9T/2015');
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('still builds with the bad files beside them, each named once', async () => {
    const { code, result } = await build(['test/files/formats', 'test/files/bad-files']);
    expect(code).toBe(0);
    expect(result.submissions).toHaveLength(fs.readdirSync(FORMATS).length);
    const bad = result.issues.filter((i) => i.file.startsWith('test/files/bad-files/'));
    expect(bad.map((i) => path.basename(i.file)).sort()).toEqual(fs.readdirSync(BAD).sort());
  });
});

describe('the compiled command (esbuild bundle, files parsed in worker threads)', () => {
  let out: string;
  beforeAll(() => {
    // Inside the repository, so the bundle finds its external packages (ExcelJS) as dist-cli does.
    fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
    out = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'tttt-bundle-'));
    // The same build as `npm run build:cli`, into a folder of its own so a stale dist-cli never counts.
    const script = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts['build:cli'];
    for (const command of script.split('&&')) {
      const args = command
        .trim()
        .split(/\s+/)
        .slice(1)
        .map((a) => (a === '--outdir=dist-cli' ? `--outdir=${out}` : a));
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), args, { cwd: ROOT });
    }
  }, 60_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('starts `tttt --help` without loading ExcelJS or SheetJS', () => {
    const script = `require(${JSON.stringify(path.join(out, 'tttt.cjs'))}).run(['--help'], { stdout: () => {}, stderr: () => {}, cwd: '.', interactive: false })
      .then(() => console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /exceljs|@e965/.test(k)))))`;
    const loaded = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(loaded)).toEqual([]);
  });

  it('reads every format and names every bad file, in worker threads', () => {
    const json = path.join(out, 'r.json');
    const script = `require(${JSON.stringify(path.join(out, 'tttt.cjs'))}).run(process.argv.slice(1)).then((c) => (process.exitCode = c))`;
    execFileSync(
      process.execPath,
      [
        '-e',
        script,
        'build',
        'test/files/formats',
        'test/files/bad-files',
        '--out',
        path.join(out, 'r.xlsx'),
        '--json',
        json,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, TTTT_WORKERS: '2' },
      },
    );
    expect(fs.existsSync(path.join(out, 'read-worker.cjs'))).toBe(true);
    const result = JSON.parse(fs.readFileSync(json, 'utf8')) as JsonResult;
    expect(result.submissions.map((s) => path.basename(s.file)).sort()).toEqual(fs.readdirSync(FORMATS).sort());
    const bad = result.issues.filter((i) => i.file.startsWith('test/files/bad-files/'));
    expect(bad.map((i) => i.code).sort()).toEqual([
      'empty-file',
      'password-protected',
      'password-protected',
      'unreadable-file',
      'unreadable-file',
      'unreadable-file',
    ]);
  }, 60_000);
});
