import fc from 'fast-check';
import type { CellValue, Fact, IndicatorId, Measure } from '../model';
import { fact } from '../../../test/support/fixtures';
import { csvToTable, tableToCsv } from './csv';
import { factsToHistoryRows, HISTORY_COLUMNS, historyRecords, historyRowsToFacts } from './rows';

const at = (cell: string) => ({ file: 'vnpt-9t-2015.xlsx', sheet: 'Báo cáo', cell });
const ftth = (measure: Measure, period: string, value: number, enterprise = 'VNPT'): Fact =>
  fact({ enterprise, measure, period, value, source: at('F12') });
const stamp = { build: '9T/2015', recordedAt: '2015-10-05T08:00:00.000Z' };
const header = [...HISTORY_COLUMNS];

describe('factsToHistoryRows', () => {
  it('writes one row per fact with the canonical unit, source, build and time', () => {
    expect(factsToHistoryRows([ftth('closing', '9T/2015', 25126)], stamp)).toEqual([
      [
        'VNPT',
        'telecom',
        'ftth',
        'closing',
        '9T/2015',
        25126,
        'thue-bao',
        'vnpt-9t-2015.xlsx',
        'Báo cáo',
        'F12',
        '9T/2015',
        '2015-10-05T08:00:00.000Z',
      ],
    ]);
  });

  it('leaves out facts that came from history (they are recorded already)', () => {
    expect(factsToHistoryRows([{ ...ftth('closing', '9T/2014', 6297), origin: 'history' }], stamp)).toEqual([]);
  });
});

describe('historyRowsToFacts', () => {
  it('reads rows back as history facts, in any column order', () => {
    const rows = factsToHistoryRows([ftth('closing', '9T/2015', 25126)], stamp);
    const reversed = [header.slice().reverse(), ...rows.map((r) => r.slice().reverse())];
    const { facts, issues } = historyRowsToFacts(reversed, 'vi');
    expect(issues).toEqual([]);
    expect(facts).toEqual([{ ...ftth('closing', '9T/2015', 25126), origin: 'history' }]);
  });

  it('reads the text a CSV file gives, and rows without a header in the standard order', () => {
    const row = [
      'VNPT',
      'telecom',
      'ftth',
      'closing',
      '9t/2015',
      '25126',
      'thue-bao',
      'a.xlsx',
      'S',
      'F12',
      '9T/2015',
      '',
    ];
    expect(historyRowsToFacts([row], 'en').facts[0]).toMatchObject({ period: '9T/2015', value: 25126 });
  });

  it('turns each bad row into a warning naming the row, and keeps the good ones', () => {
    const good = ['VNPT', 'telecom', 'ftth', 'closing', '9T/2015', 25126, 'thue-bao', '', '', '', '9T/2015', ''];
    const table: CellValue[][] = [
      header,
      good,
      ['', 'telecom', 'ftth', 'closing', '9T/2015', 1, '', '', '', '', '', ''],
      ['VNPT', 'cable', 'ftth', 'closing', '9T/2015', 1, '', '', '', '', '', ''],
      ['VNPT', 'telecom', 'wimax', 'closing', '9T/2015', 1, '', '', '', '', '', ''],
      ['VNPT', 'postal', 'ftth', 'closing', '9T/2015', 1, '', '', '', '', '', ''],
      ['VNPT', 'telecom', 'ftth', 'stock', '9T/2015', 1, '', '', '', '', '', ''],
      ['VNPT', 'telecom', 'ftth', 'closing', 'năm ngoái', 1, '', '', '', '', '', ''],
      ['VNPT', 'telecom', 'ftth', 'closing', '9T/2015', '25,126', '', '', '', '', '', ''],
      ['VNPT', 'telecom', 'ftth', 'closing', '9T/2015', 25, 'kg', '', '', '', '', ''],
      [null, null, null],
    ];
    const { facts, issues } = historyRowsToFacts(table, 'en', { file: 'history.csv', sheet: '' });
    expect(facts.map((f) => f.value)).toEqual([25126]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((n) => ['history-bad-row', `A${n}`]),
    );
    expect(issues[0].message).toBe('History row 3 is skipped: no enterprise name');
    expect(issues[2].message).toBe('History row 5 is skipped: unknown indicator "wimax"');
    expect(issues[6].message).toBe('History row 9 is skipped: value "25,126" is not a number');
    expect(issues[7].message).toBe(
      'History row 10 is skipped: unit "kg" differs from the indicator\'s canonical unit "thue-bao"',
    );
  });

  it('points a bad row at its cell in the hidden sheet', () => {
    const table = [header, ['VNPT', 'telecom', 'ftth', 'closing', '9T/2015', 'x', '', '', '', '', '', '']];
    const { issues } = historyRowsToFacts(table, 'vi', { file: '', sheet: 'TTTT Lịch sử', top: 0, left: 0 });
    expect(issues[0]).toMatchObject({
      sheet: 'TTTT Lịch sử',
      cell: 'A2',
      message: 'Dòng 2 của lịch sử bị bỏ qua: giá trị "x" không phải là số',
    });
  });

  it('is an error, not a crash, when the header lacks a column', () => {
    const { facts, issues } = historyRowsToFacts(
      [
        ['enterprise', 'value'],
        ['VNPT', 1],
      ],
      'en',
    );
    expect(facts).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'history-columns' });
    expect(issues[0].message).toContain('sector, indicator, measure, period');
  });

  it("uses one build per enterprise, indicator and period: that period's own build first", () => {
    const own = factsToHistoryRows([ftth('closing', '9T/2014', 6297), ftth('increase', '9T/2014', 5000)], {
      build: '9T/2014',
      recordedAt: '2014-10-05T00:00:00.000Z',
    });
    const broughtLater = factsToHistoryRows([ftth('closing', '9T/2014', 6300)], stamp);
    const { facts } = historyRowsToFacts([header, ...broughtLater, ...own], 'vi');
    expect(facts.map((f) => [f.measure, f.value])).toEqual([
      ['closing', 6297],
      ['increase', 5000],
    ]);
  });

  it('otherwise uses the most recently recorded build', () => {
    const older = factsToHistoryRows([ftth('closing', 'T9/2014', 100)], {
      build: 'Q3/2015',
      recordedAt: '2015-10-01T00:00:00.000Z',
    });
    const newer = factsToHistoryRows([ftth('closing', 'T9/2014', 101)], {
      build: '9T/2015',
      recordedAt: '2015-10-05T00:00:00.000Z',
    });
    expect(historyRowsToFacts([header, ...newer, ...older], 'vi').facts.map((f) => f.value)).toEqual([101]);
  });

  it('keeps every row of one build, even two facts with the same key (both were used)', () => {
    const rows = factsToHistoryRows([ftth('closing', '9T/2015', 20000), ftth('closing', '9T/2015', 5126)], stamp);
    expect(historyRowsToFacts([header, ...rows], 'vi').facts.map((f) => f.value)).toEqual([20000, 5126]);
  });
});

describe('history round trip (property)', () => {
  const indicators: [IndicatorId, 'telecom' | 'postal'][] = [
    ['ftth', 'telecom'],
    ['telecom-revenue', 'telecom'],
    ['letter-post', 'postal'],
    ['postal-revenue', 'postal'],
  ];
  const fact = fc.record({
    enterprise: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 10 })
      .map((s) => s.normalize('NFC').trim())
      .filter((s) => s.length > 0),
    pair: fc.constantFrom(...indicators),
    measure: fc.constantFrom<Measure>('opening', 'increase', 'decrease', 'closing', 'flow'),
    period: fc.constantFrom('9T/2015', '9T/2014', 'Q3/2015', 'T7/2015', '2014'),
    value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    cell: fc.constantFrom('D7', 'F12', 'AB100'),
  });

  it('factsToHistoryRows then historyRowsToFacts gives the same facts back', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 20 }), (drawn) => {
        const facts: Fact[] = drawn.map((d) => ({
          enterprise: d.enterprise,
          sector: d.pair[1],
          indicator: d.pair[0],
          measure: d.measure,
          period: d.period,
          value: d.value === 0 ? 0 : d.value,
          source: { file: 'a.xlsx', sheet: 'S', cell: d.cell },
        }));
        const { facts: back, issues } = historyRowsToFacts([header, ...factsToHistoryRows(facts, stamp)], 'vi');
        expect(issues).toEqual([]);
        expect(back).toEqual(facts.map((f) => ({ ...f, origin: 'history' })));
        // …and through the CSV file the command line keeps.
        const csv = tableToCsv([header, ...factsToHistoryRows(facts, stamp)]);
        expect(historyRowsToFacts(csvToTable(csv), 'vi').facts).toEqual(back);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

describe('history rows: what a bad row says, and the cells a person may type', () => {
  const row = (over: Partial<Record<(typeof HISTORY_COLUMNS)[number], CellValue>>): CellValue[] =>
    HISTORY_COLUMNS.map((c) =>
      c in over
        ? over[c]!
        : ({
            enterprise: 'VNPT',
            sector: 'telecom',
            indicator: 'ftth',
            measure: 'closing',
            period: '9T/2015',
            value: 1,
          }[c as string] ?? ''),
    );
  const why = (over: Partial<Record<(typeof HISTORY_COLUMNS)[number], CellValue>>, locale: 'vi' | 'en') =>
    historyRowsToFacts([header, row(over)], locale).issues.map((i) => i.message);

  it('says why a row is skipped, in both languages', () => {
    expect(why({ enterprise: ' ' }, 'vi')).toEqual(['Dòng 2 của lịch sử bị bỏ qua: thiếu tên doanh nghiệp']);
    expect(why({ sector: 'cable' }, 'vi')).toEqual([
      'Dòng 2 của lịch sử bị bỏ qua: lĩnh vực "cable" không phải telecom/postal',
    ]);
    expect(why({ sector: 'cable' }, 'en')).toEqual(['History row 2 is skipped: sector "cable" is not telecom/postal']);
    expect(why({ indicator: 'wimax' }, 'vi')).toEqual(['Dòng 2 của lịch sử bị bỏ qua: không biết chỉ tiêu "wimax"']);
    expect(why({ sector: 'postal' }, 'vi')).toEqual([
      'Dòng 2 của lịch sử bị bỏ qua: chỉ tiêu "ftth" không thuộc lĩnh vực "postal"',
    ]);
    expect(why({ sector: 'postal' }, 'en')).toEqual([
      'History row 2 is skipped: indicator "ftth" does not belong to sector "postal"',
    ]);
    expect(why({ measure: 'stock' }, 'vi')).toEqual(['Dòng 2 của lịch sử bị bỏ qua: không biết loại số liệu "stock"']);
    expect(why({ measure: 'stock' }, 'en')).toEqual(['History row 2 is skipped: unknown measure "stock"']);
    expect(why({ period: 'năm ngoái' }, 'vi')).toEqual(['Dòng 2 của lịch sử bị bỏ qua: không đọc được kỳ "năm ngoái"']);
    expect(why({ period: 'năm ngoái' }, 'en')).toEqual([
      'History row 2 is skipped: cannot read the period "năm ngoái"',
    ]);
    expect(why({ unit: 'kg' }, 'vi')).toEqual([
      'Dòng 2 của lịch sử bị bỏ qua: đơn vị "kg" khác đơn vị chuẩn "thue-bao" của chỉ tiêu',
    ]);
  });

  it('says in Vietnamese which columns the header lacks, and reports no rows then', () => {
    const { issues } = historyRowsToFacts(
      [
        ['enterprise', 'value'],
        ['VNPT', 1],
      ],
      'vi',
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Bảng lịch sử thiếu cột: sector, indicator, measure, period; không đọc được lịch sử',
    ]);
    expect(
      historyRecords([
        ['enterprise', 'value'],
        ['VNPT', 5],
      ]),
    ).toEqual({
      records: [],
      missing: ['sector', 'indicator', 'measure', 'period'],
    });
  });

  it('points a bad row at no file or sheet when given no place', () => {
    const { issues } = historyRowsToFacts([header, row({ value: 'x' })], 'en');
    expect(issues[0]).toMatchObject({ file: '', sheet: '', cell: 'A2' });
  });

  it('trims the cells a person typed', () => {
    const typed = row({
      enterprise: ' VNPT ',
      sector: ' telecom',
      indicator: 'ftth ',
      measure: ' closing ',
      value: ' 25126 ',
    });
    expect(historyRowsToFacts([header, typed], 'vi').facts[0]).toMatchObject({
      enterprise: 'VNPT',
      sector: 'telecom',
      indicator: 'ftth',
      measure: 'closing',
      value: 25126,
    });
  });

  it('reads numbers as JavaScript writes them, and refuses anything else', () => {
    const value = (v: CellValue) => historyRowsToFacts([header, row({ value: v })], 'vi').facts[0]?.value ?? null;
    expect([' 25126 ', '-3', '1485789.125', '.25', '1.5e3', '2E-2', '1e+21'].map(value)).toEqual([
      25126, -3, 1485789.125, 0.25, 1500, 0.02, 1e21,
    ]);
    expect(['', ' ', '0x1F', '25,126', '1.234.567', '12abc', 'abc12', '1e', Infinity].map(value)).toEqual(
      Array(9).fill(null),
    );
  });

  it('takes the first of two columns with the same name, and needs both "enterprise" and "value" to see a header', () => {
    const twice = [
      [...header, 'value'],
      [...row({ value: 7 }), 99],
    ];
    expect(historyRowsToFacts(twice, 'vi').facts.map((f) => f.value)).toEqual([7]);
    // A first row naming "enterprise" but no "value" is data in the standard order, not a header.
    const { facts, issues } = historyRowsToFacts([header.map((c) => (c === 'value' ? 'amount' : c)), row({})], 'en');
    expect(facts.map((f) => f.value)).toEqual([1]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['history-bad-row', 'A1']]);
  });

  it('writes no unit for an indicator it does not know', () => {
    const unknown = { ...ftth('closing', '9T/2015', 1), indicator: 'wimax' as IndicatorId };
    expect(factsToHistoryRows([unknown], stamp)[0][HISTORY_COLUMNS.indexOf('unit')]).toBe('');
  });
});

describe('history rows: which build is used', () => {
  const recorded = (value: number, build: string, recordedAt: string) =>
    factsToHistoryRows([ftth('closing', 'T9/2014', value)], { build, recordedAt });

  it('prefers the most recently recorded build whatever the row order', () => {
    const older = recorded(100, 'Q3/2015', '2015-10-01T00:00:00.000Z');
    const newer = recorded(101, '9T/2015', '2015-10-05T00:00:00.000Z');
    expect(historyRowsToFacts([header, ...older, ...newer], 'vi').facts.map((f) => f.value)).toEqual([101]);
  });

  it("prefers the period's own build even when another is recorded after it", () => {
    const own = recorded(6297, 'T9/2014', '2014-10-05T00:00:00.000Z');
    const later = recorded(6300, '9T/2015', '2015-10-05T00:00:00.000Z');
    expect(historyRowsToFacts([header, ...own, ...later], 'vi').facts.map((f) => f.value)).toEqual([6297]);
  });

  it('takes the row further down when two builds were recorded at the same time', () => {
    const first = recorded(100, 'Q3/2015', '2015-10-05T00:00:00.000Z');
    const second = recorded(101, '9T/2015', '2015-10-05T00:00:00.000Z');
    expect(historyRowsToFacts([header, ...first, ...second], 'vi').facts.map((f) => f.value)).toEqual([101]);
    expect(historyRowsToFacts([header, ...second, ...first], 'vi').facts.map((f) => f.value)).toEqual([100]);
  });
});
