import fc from 'fast-check';
import type { CellValue, Fact, Measure } from '../model';
import { fact as baseFact } from '../../../test/support/fixtures';
import { layoutHistory } from './layoutHistory';
import { previousReportBuild, TOTAL_ENTERPRISE } from './previousReport';
import { recordBuild, recordedBuilds } from './record';
import { HISTORY_COLUMNS, historyRowsToFacts } from './rows';

const fact = (enterprise: string, measure: Measure, period: string, value: number): Fact =>
  baseFact({ enterprise, measure, period, value, source: { file: `${enterprise}.xlsx`, sheet: 'S', cell: 'F12' } });
const when = '2015-10-05T08:00:00.000Z';

describe('recordBuild', () => {
  const build2015 = [fact('VNPT', 'closing', '9T/2015', 25126), fact('VNPT', 'closing', '9T/2014', 6297)];

  it("starts a table with the header and records this period's and last year's facts under the build", () => {
    const table = recordBuild([], build2015, '9T/2015', when);
    expect(table[0]).toEqual([...HISTORY_COLUMNS]);
    expect(table.slice(1).map((r) => [r[4], r[5], r[10]])).toEqual([
      ['9T/2015', 25126, '9T/2015'],
      ['9T/2014', 6297, '9T/2015'],
    ]);
  });

  it("replaces a period's rows when it is rebuilt, including last year's facts its submissions brought", () => {
    const first = recordBuild([], build2015, '9T/2015', when);
    const corrected = [fact('VNPT', 'closing', '9T/2015', 25130)];
    const second = recordBuild(first, corrected, '9t/2015', '2015-10-06T08:00:00.000Z');
    expect(second.slice(1).map((r) => [r[4], r[5]])).toEqual([['9T/2015', 25130]]);
  });

  it("keeps other builds' rows, and rows a person typed, as they are", () => {
    const typed: CellValue[] = [
      'Viettel',
      'telecom',
      'ftth',
      'closing',
      '9T/2014',
      1000,
      '',
      '',
      '',
      '',
      '9T/2014',
      '',
    ];
    const table = recordBuild([[...HISTORY_COLUMNS], typed], build2015, '9T/2015', when);
    expect(table[1]).toEqual(typed);
    expect(recordedBuilds(table)).toEqual(['9T/2014', '9T/2015']);
  });

  it('does not record history facts again', () => {
    const table = recordBuild(
      [],
      [{ ...fact('VNPT', 'closing', '9T/2014', 6297), origin: 'history' }],
      '9T/2015',
      when,
    );
    expect(table).toEqual([[...HISTORY_COLUMNS]]);
  });

  const facts = fc.array(
    fc
      .record({
        enterprise: fc.constantFrom('VNPT', 'Viettel', 'MobiFone', 'FPT'),
        measure: fc.constantFrom<Measure>('increase', 'decrease', 'closing'),
        period: fc.constantFrom('9T/2015', '9T/2014', '9T/2016'),
        value: fc.integer({ min: 0, max: 10_000_000 }),
      })
      .map((d) => fact(d.enterprise, d.measure, d.period, d.value)),
    { maxLength: 12 },
  );
  const build = fc.constantFrom('9T/2014', '9T/2015', '9T/2016');
  const steps = fc.array(fc.tuple(facts, build), { maxLength: 5 });
  const replay = (list: [Fact[], string][]) =>
    list.reduce<CellValue[][]>((h, [f, b]) => recordBuild(h, f, b, when), []);

  it('is idempotent: recording the same build twice gives the same history (property)', () => {
    fc.assert(
      fc.property(steps, facts, build, (earlier, f, b) => {
        const once = recordBuild(replay(earlier), f, b, when);
        expect(recordBuild(once, f, b, when)).toEqual(once);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });

  it('a rebuild leaves no trace of the build it replaces (property)', () => {
    fc.assert(
      fc.property(steps, facts, facts, build, (earlier, f1, f2, b) => {
        const h = replay(earlier);
        expect(recordBuild(recordBuild(h, f1, b, when), f2, b, when)).toEqual(recordBuild(h, f2, b, when));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });

  it("holds each build's facts exactly once, whatever the order of builds (property)", () => {
    fc.assert(
      fc.property(steps, (list) => {
        const h = replay(list);
        const last = new Map(list.map(([f, b]) => [b, f]));
        const expected = [...last.values()].reduce((n, f) => n + f.length, 0);
        expect(h.length === 0 ? 0 : h.length - 1).toBe(expected);
        expect(historyRowsToFacts(h, 'vi').issues).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

describe('previous report totals in history', () => {
  it('are kept apart from the build of the same period, so recording one never replaces the other', () => {
    const own = [fact('VNPT', 'closing', '9T/2014', 6000)];
    const total = [fact(TOTAL_ENTERPRISE, 'closing', '9T/2014', 6297)];
    let table = recordBuild([], own, '9T/2014', when);
    table = recordBuild(table, total, previousReportBuild('9T/2014'), when);
    table = recordBuild(table, total, previousReportBuild('9T/2014'), when);
    expect(recordedBuilds(table)).toEqual(['9T/2014', 'report:9T/2014']);
    expect(historyRowsToFacts(table, 'vi').facts.map((f) => [f.enterprise, f.value])).toEqual([
      ['VNPT', 6000],
      ['(tổng)', 6297],
    ]);
  });
});

describe('layoutHistory', () => {
  it('lays the table out as a hidden "TTTT Lịch sử" sheet, text as text and numbers as numbers', () => {
    const table = recordBuild([], [fact('VNPT', 'closing', '9T/2015', 25126)], '9T/2015', when);
    const sheet = layoutHistory(table);
    expect(sheet).toMatchObject({ name: 'TTTT Lịch sử', kind: 'history', hidden: true, merges: [] });
    expect(sheet.cells[0][0]).toEqual({ value: 'enterprise', bold: true });
    expect(sheet.cells[1].map((c) => c?.value ?? null)).toEqual(table[1]);
    expect(sheet.cells[1][5]).toEqual({ value: 25126 });
    // Read back as the add-in reads the sheet: the same facts.
    const back = sheet.cells.map((row) => row.map((c) => c?.value ?? null));
    expect(historyRowsToFacts(back, 'vi').facts).toEqual(historyRowsToFacts(table, 'vi').facts);
  });
});

describe('recordBuild and recordedBuilds: labels and tables typed by hand', () => {
  const total = [fact(TOTAL_ENTERPRISE, 'closing', '9T/2014', 6297)];

  it('trims a build label that is no period code, in the call and in the rows', () => {
    const first = recordBuild([], total, ' report:9T/2014 ', when);
    expect(first[1][HISTORY_COLUMNS.indexOf('build')]).toBe('report:9T/2014');
    // A row typed with spaces around the same label belongs to that build and is replaced.
    const typed = first.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === 10 ? ` ${String(c)}  ` : c))));
    const again = recordBuild(typed, [fact(TOTAL_ENTERPRISE, 'closing', '9T/2014', 6300)], 'report:9T/2014', when);
    expect(again.slice(1).map((r) => r[5])).toEqual([6300]);
    expect(recordedBuilds(typed)).toEqual(['report:9T/2014']);
  });

  it('lists no build for rows without one', () => {
    const typed: CellValue[] = ['VNPT', 'telecom', 'ftth', 'closing', '9T/2014', 1, '', '', '', '', null, ''];
    const blank: CellValue[] = ['VNPT', 'telecom', 'ftth', 'increase', '9T/2014', 1, '', '', '', '', '  ', ''];
    expect(recordedBuilds([[...HISTORY_COLUMNS], typed, blank])).toEqual([]);
    // They are kept when a build is recorded.
    const table = recordBuild([[...HISTORY_COLUMNS], typed, blank], total, '9T/2015', when);
    expect(table.slice(1, 3)).toEqual([typed, blank]);
  });

  it('keeps the rows of a table it did not write as they are, without their header', () => {
    const foreign: CellValue[][] = [
      ['enterprise', 'value', 'note'],
      ['VNPT', 5, 'typed'],
      ['Viettel', 7, null],
    ];
    const table = recordBuild(foreign, total, '9T/2015', when);
    expect(table[0]).toEqual([...HISTORY_COLUMNS]);
    expect(table.slice(1, 3)).toEqual([
      ['VNPT', 5, 'typed'],
      ['Viettel', 7, null],
    ]);
    expect(table).toHaveLength(4);
    expect(foreign[1]).toEqual(['VNPT', 5, 'typed']);
    // Only the first row is taken for the header: the same words further down are a row like any other.
    const pasted = [...foreign, ['enterprise', 'value', 'note'], ['FPT', 1, null]];
    expect(recordBuild(pasted, total, '9T/2015', when).slice(1, 5)).toEqual(pasted.slice(1));
  });
});

describe('layoutHistory: empty cells and widths', () => {
  it('leaves blank and empty cells out, writes booleans as text, and gives every column a width', () => {
    const sheet = layoutHistory([[...HISTORY_COLUMNS], ['VNPT', '', null, true, '9T/2015', 0, '', '', '', '', '', '']]);
    expect(sheet.cells[1].slice(0, 6)).toEqual([
      { value: 'VNPT' },
      null,
      null,
      { value: 'true' },
      { value: '9T/2015' },
      { value: 0 },
    ]);
    expect(sheet.columnWidths).toHaveLength(HISTORY_COLUMNS.length);
    expect(sheet.columnWidths.every((w) => typeof w === 'number' && w > 0)).toBe(true);
    const width = (c: (typeof HISTORY_COLUMNS)[number]) => sheet.columnWidths[HISTORY_COLUMNS.indexOf(c)];
    // The long texts (names, files, times) get wider columns than the codes.
    expect(width('enterprise')).toBeGreaterThan(width('measure'));
    expect(width('file')).toBeGreaterThan(width('cell'));
  });
});

describe('recordBuild: a table whose columns a person reordered', () => {
  it('writes its rows back in the standard column order', () => {
    const table = recordBuild([], [fact('VNPT', 'closing', '9T/2014', 6297)], '9T/2014', when);
    const reversed = table.map((row) => [...row].reverse());
    const next = recordBuild(reversed, [fact('VNPT', 'closing', '9T/2015', 25126)], '9T/2015', when);
    expect(next.slice(1, 2)).toEqual(table.slice(1, 2));
    expect(historyRowsToFacts(next, 'vi').facts.map((f) => [f.period, f.value])).toEqual([
      ['9T/2014', 6297],
      ['9T/2015', 25126],
    ]);
  });
});
