/**
 * examples/habits/: real-looking submissions in the habits enterprises have (issue 8), each read
 * by the command line's reader and built with its period, scored figure by figure against
 * expected.json. The promise: every figure right, or an issue names its cell — never silent, never
 * a false figure. Files the reader does not handle yet fail here by design.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Fact, Issue } from '../../src/core/model';
import { scoreFile } from '../../scripts/corpus/run';
import { generateWorkbook } from '../../scripts/corpus/generate';
import { workbookBytes } from '../../scripts/corpus/sheet';
import { covers, samePeriod, samePeriodFor, scoreWorkbook, type Figure } from '../../scripts/corpus/score';
import { DEFAULT_OUT, makeHabitExamples, type ExpectedFile } from '../../scripts/make-habit-examples';

describe('scoring (scripts/corpus/score.ts)', () => {
  const figure = (cell: string, value: number): Figure => ({
    file: 'a.xlsx',
    sheet: 'S',
    cell,
    indicator: 'ftth',
    measure: 'closing',
    period: '9T/2015',
    value,
  });
  const fact = (cell: string, value: number, measure: Fact['measure'] = 'closing'): Fact => ({
    enterprise: 'X',
    sector: 'telecom',
    indicator: 'ftth',
    measure,
    period: '9T/2015',
    value,
    source: { file: 'a.xlsx', sheet: 'S', cell },
  });
  const issue = (cell: string, cells?: string[], sheet = 'S'): Issue => ({
    severity: 'warning',
    code: 'unused-figures',
    message: 'x',
    file: 'a.xlsx',
    sheet,
    cell,
    ...(cells ? { cells } : {}),
  });

  it('counts one right, one flagged by a range, one silent and one false', () => {
    const truth = [figure('D5', 100), figure('D6', 200), figure('D7', 300)];
    const facts = [
      fact('D5', 100.00000001), // right (within 1e-6)
      fact('D6', 2), // wrong value, but its cell is named by the range C6:D6 → flagged, not false
      fact('E9', 42), // a figure from a cell not in the truth, named by nothing → false
      fact('D5', 0.1, 'reportedChange'), // an enterprise's own percentage is never false
    ];
    const issues = [issue('C6:D6'), issue('D7', undefined, 'Other sheet')];
    const score = scoreWorkbook(truth, [{ facts, issues }]);
    expect({
      ...score,
      silentFigures: score.silentFigures.map((f) => f.cell),
      falseFacts: score.falseFacts.map((f) => f.source.cell),
    }).toEqual({
      figures: 3,
      right: 1,
      flagged: 1,
      silent: 1,
      false: 1,
      // The warning on another sheet names no figure missed: a false alarm.
      warnings: 2,
      alarms: 1,
      alarmCodes: { 'unused-figures': 1 },
      silentFigures: ['D7'],
      falseFacts: ['E9'],
    });
  });

  it('an issue names a cell by `cell`, by `cells`, or by a range in either', () => {
    expect(covers('H3:H20', 'H7')).toBe(true);
    expect(covers('H3:H20', 'G7')).toBe(false);
    expect(covers('B2', 'B2')).toBe(true);
    expect(covers('C:E', 'D40')).toBe(true);
    expect(covers('3:5', 'Z4')).toBe(true);
    const s = scoreWorkbook([figure('D7', 1)], [{ facts: [], issues: [issue('A1', ['A1', 'C5:E9'])] }]);
    expect(s.flagged).toBe(1);
  });

  it('two codes for the same months are one period, and an equivalent reading is right', () => {
    expect(samePeriod('Q1/2015', '3T/2015')).toBe(true);
    expect(samePeriod('12T/2014', '2014')).toBe(true);
    expect(samePeriod('T9/2015', '9T/2015')).toBe(false);
    expect(samePeriodFor('closing', 'T9/2015', '9T/2015')).toBe(true);
    expect(samePeriodFor('flow', 'T9/2015', '9T/2015')).toBe(false);
    const opening = { ...figure('D5', 500), measure: 'opening', also: [{ measure: 'closing', period: '2014' }] };
    const read = { ...fact('D5', 500), measure: 'closing' as const, period: '2014' };
    expect(scoreWorkbook([opening], [{ facts: [read], issues: [] }])).toMatchObject({ right: 1, false: 0 });
  });
});

describe('layout corpus (scripts/corpus)', () => {
  it('the same seed and index give the same bytes and the same truth; another seed another workbook', async () => {
    const a = generateWorkbook(7, 3);
    const b = generateWorkbook(7, 3);
    expect(b.truth).toEqual(a.truth);
    expect((await workbookBytes(b.sheets)).equals(await workbookBytes(a.sheets))).toBe(true);
    expect(generateWorkbook(8, 3).file === a.file && generateWorkbook(8, 3).truth.length === a.truth.length).toBe(
      false,
    );
  });
});

const expected = JSON.parse(fs.readFileSync(path.join(DEFAULT_OUT, 'expected.json'), 'utf8')) as Record<
  string,
  ExpectedFile
>;
const files = Object.keys(expected).sort();

describe('examples/habits', () => {
  const summary: string[] = [];
  afterAll(() => {
    if (summary.length > 0)
      console.log(`examples/habits (right / flagged / silent / false of figures):\n${summary.sort().join('\n')}`);
  });

  it('has at least 30 files, each with figures', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const f of files) expect({ f, figures: expected[f].figures.length > 0 }).toEqual({ f, figures: true });
  });

  it('the committed files are what the script writes (byte for byte)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-habits-'));
    try {
      const written = await makeHabitExamples(tmp);
      expect(written.map((f) => path.basename(f)).sort()).toEqual(files);
      for (const name of [...files, 'expected.json', 'README.md']) {
        const same = fs.readFileSync(path.join(tmp, name)).equals(fs.readFileSync(path.join(DEFAULT_OUT, name)));
        expect({ name, same }).toEqual({ name, same: true });
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it.each(files)('%s: every figure right or named by an issue, no false figure', async (name) => {
    const e = expected[name];
    const truth: Figure[] = e.figures.map((f) => ({ file: name, ...f }));
    const { withPeriod: s } = await scoreFile(path.join(DEFAULT_OUT, name), {
      file: name,
      period: e.period,
      stated: false,
      truth,
    });
    summary.push(`  ${name}: ${s.right} / ${s.flagged} / ${s.silent} / ${s.false} of ${s.figures}`);
    const where = (x: { sheet: string; cell: string }) => `${x.sheet}!${x.cell}`;
    expect({
      name,
      silent: s.silentFigures.map((f) => `${where(f)} ${f.indicator} ${f.measure} ${f.period} ${f.value}`),
      false: s.falseFacts.map((f) => `${where(f.source)} ${f.indicator} ${f.measure} ${f.period} ${f.value}`),
    }).toEqual({ name, silent: [], false: [] });
  });
});
