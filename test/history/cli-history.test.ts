/**
 * History on the command line (issue 5): `tttt build … --history <csv>` records each build and
 * gives the next year's build its "so với cùng kỳ"; a previous report can stand in for history;
 * rebuilding a period never duplicates its rows.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../../src/core/build';
import { csvToTable, historyRowsToFacts, recordedBuilds } from '../../src/core/history';
import type { SheetGrid } from '../../src/core/model';
import { EXIT, run, type Io } from '../../src/cli/main';
import type { JsonResult } from '../../src/cli/jsonResult';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { expected2016, makeExamples2016 } from '../../scripts/make-examples-2016';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES_2015 = path.join(ROOT, 'examples', '9T-2015');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function tttt(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: ROOT,
    interactive: false,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const readJson = (file: string): JsonResult => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonResult;
const rowsOf = (json: JsonResult) => json.tables.flatMap((t) => t.rows);

async function gridsOf(folder: string): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  for (const name of fs.readdirSync(folder).sort())
    grids.push(...(await readWorkbook(path.join(folder, name), name)).grids);
  return grids;
}

let tmp: string;
let examples2016: string;
const file = (name: string) => path.join(tmp, name);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-history-'));
  examples2016 = file('9T-2016');
  await makeExamples2016(examples2016);
}, 60_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the 2016 examples', () => {
  it('carry no "cùng kỳ" column: without history, no comparison can be made', async () => {
    const result = build(await gridsOf(examples2016), { period: '9T/2016' });
    expect(result.submissions).toHaveLength(11);
    expect(result.facts.filter((f) => f.period === '9T/2015')).toEqual([]);
    expect(result.tables.flatMap((t) => t.rows).map((r) => r.yoy)).toEqual(Array(14).fill(null));
  }, 60_000);
});

describe('tttt build --history, 2015 then 2016', () => {
  let first: Run;
  let second: Run;
  let json2016: JsonResult;

  beforeAll(async () => {
    first = await tttt([
      'build',
      EXAMPLES_2015,
      '--period',
      '9T/2015',
      '--out',
      file('r15.xlsx'),
      '--history',
      file('history.csv'),
    ]);
    second = await tttt([
      'build',
      examples2016,
      '--period',
      '9T/2016',
      '--out',
      file('r16.xlsx'),
      '--json',
      file('r16.json'),
      '--history',
      file('history.csv'),
    ]);
    json2016 = readJson(file('r16.json'));
  }, 120_000);

  it('records the 2015 build, then gives the 2016 build every comparison', () => {
    expect(first.code).toBe(EXIT.ok);
    expect(second.code).toBe(EXIT.ok);
    const expected = expected2016();
    const rows = rowsOf(json2016);
    expect(rows).toHaveLength(14);
    for (const row of rows) {
      const e = expected[row.indicator as keyof typeof expected];
      expect([row.indicator, row.yoy]).toEqual([row.indicator, expect.any(Number)]);
      expect(row.yoy!).toBeCloseTo(e.cur / e.prev - 1, 9);
    }
  });

  it("adds up Gmobile's three quarters and says which figures came from history", () => {
    const gmobile = json2016.submissions.find((s) => s.enterprise === 'Gmobile')!;
    expect(gmobile.period).toBe('9T/2016');
    expect(json2016.issues.filter((i) => i.code === 'cumulative-used').map((i) => i.message)).toContain(
      'Gmobile: 9T/2016 được cộng dồn từ Q1/2016 + Q2/2016 + Q3/2016',
    );
    const fromHistory = json2016.issues.filter((i) => i.code === 'from-history');
    expect(fromHistory.length).toBeGreaterThanOrEqual(37);
    expect(fromHistory.every((i) => i.file.endsWith('.xlsx') && i.file.includes('9T-2015'))).toBe(true);
  });

  it('prints the sentences, with the comparison from history', () => {
    expect(second.stdout).toContain('Câu văn cho báo cáo:');
    expect(second.stdout).toContain('Thuê bao FTTH: 27.639 thuê bao, tăng 10% so với cùng kỳ');
    expect(second.stdout).toMatch(/Doanh thu viễn thông: [\d.]+ triệu đồng, tăng 12% so với cùng kỳ/);
  });

  it('keeps both builds in one CSV; rebuilding 2016 replaces its rows, never duplicates them', async () => {
    const before = csvToTable(fs.readFileSync(file('history.csv'), 'utf8'));
    expect(recordedBuilds(before)).toEqual(['9T/2015', '9T/2016']);
    expect(historyRowsToFacts(before, 'vi').issues).toEqual([]);
    const again = await tttt([
      'build',
      examples2016,
      '--period',
      '9T/2016',
      '--out',
      file('r16b.xlsx'),
      '--history',
      file('history.csv'),
    ]);
    expect(again.code).toBe(EXIT.ok);
    const after = csvToTable(fs.readFileSync(file('history.csv'), 'utf8'));
    expect(after.length).toBe(before.length);
    // The recording time changes; every figure stays.
    const figures = (t: string[][]) => t.map((r) => r.slice(0, 11).join('|')).sort();
    expect(figures(after)).toEqual(figures(before));
  }, 120_000);

  it('reads a history file a person corrected, and names a row it cannot read', async () => {
    const table = csvToTable(fs.readFileSync(file('history.csv'), 'utf8'));
    const value = table[0].indexOf('value');
    const indicator = table[0].indexOf('indicator');
    const period = table[0].indexOf('period');
    const enterprise = table[0].indexOf('enterprise');
    const measure = table[0].indexOf('measure');
    // Correct VNPT's 9T/2015 FTTH stock by hand, and spoil another row.
    const ftth = table.findIndex(
      (r) =>
        r[enterprise] === 'VNPT Quảng Ninh' &&
        r[indicator] === 'ftth' &&
        r[period] === '9T/2015' &&
        r[measure] === 'closing',
    );
    const original = Number(table[ftth][value]);
    table[ftth][value] = String(original + 1000);
    table[ftth + 1][value] = 'nhiều';
    const edited = file('edited.csv');
    fs.writeFileSync(
      edited,
      table.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n'),
    );
    const out = await tttt([
      'build',
      examples2016,
      '--period',
      '9T/2016',
      '--out',
      file('r16c.xlsx'),
      '--json',
      file('r16c.json'),
      '--history',
      edited,
    ]);
    expect(out.code).toBe(EXIT.ok);
    const json = readJson(file('r16c.json'));
    const bad = json.issues.filter((i) => i.code === 'history-bad-row');
    expect(bad).toHaveLength(1);
    expect(bad[0].cell).toBe(`A${ftth + 2}`);
    const e = expected2016().ftth;
    const ftthRow = rowsOf(json).find((r) => r.indicator === 'ftth')!;
    expect(ftthRow.yoy!).toBeCloseTo(e.cur / (e.prev + 1000) - 1, 9);
  }, 120_000);
});

describe('tttt build --previous-report', () => {
  it('compares 2016 with the totals of the 2015 report the add-in wrote, and records them in history', async () => {
    const report2015 = file('r15-only.xlsx');
    expect((await tttt(['build', EXAMPLES_2015, '--period', '9T/2015', '--out', report2015])).code).toBe(EXIT.ok);
    const out = await tttt([
      'build',
      examples2016,
      '--period',
      '9T/2016',
      '--out',
      file('r16d.xlsx'),
      '--json',
      file('r16d.json'),
      '--previous-report',
      report2015,
      '--history',
      file('fresh.csv'),
    ]);
    expect(out.code).toBe(EXIT.ok);
    const json = readJson(file('r16d.json'));
    const expected = expected2016();
    for (const row of rowsOf(json)) {
      const e = expected[row.indicator as keyof typeof expected];
      expect(row.yoy!).toBeCloseTo(e.cur / e.prev - 1, 9);
    }
    expect(json.issues.filter((i) => i.code === 'from-history-total')).toHaveLength(14);
    expect(recordedBuilds(csvToTable(fs.readFileSync(file('fresh.csv'), 'utf8')))).toEqual([
      'report:9T/2015',
      '9T/2016',
    ]);
  }, 180_000);
});
