/**
 * build's own decisions (period, re-reading, resubmissions, history, never throwing) with the
 * reader replaced by a table of prepared readings, so these tests do not hang on its layouts.
 * The grid's first cell names the reading to give. What the prepared readings say of a sheet that
 * states no period is pinned to the real reader by the contract test at the end.
 */
import { indicatorById } from './catalogue';
import type { Fact, Issue, SheetGrid, SheetReading, Submission } from './model';

const readings = new Map<string, (period?: string) => SheetReading>();
jest.mock('./reader', () => ({
  readSheet: (grid: SheetGrid, options?: { period?: string }) => {
    const make = readings.get(String(grid.values[0][0]));
    if (!make) throw new Error(`unreadable ${grid.sheet}`);
    return make(options?.period);
  },
}));

import { build } from './build';

const grid = (key: string, file = `${key}.xlsx`): SheetGrid => ({ file, sheet: key, top: 0, left: 0, values: [[key]] });
const at = (key: string, cell: string) => ({ file: `${key}.xlsx`, sheet: key, cell });

function fact(
  key: string,
  enterprise: string,
  indicator: Fact['indicator'],
  measure: Fact['measure'],
  period: string,
  value: number,
  cell: string,
): Fact {
  return {
    enterprise,
    sector: indicatorById(indicator).sector,
    indicator,
    measure,
    period,
    value,
    source: at(key, cell),
  };
}

function reading(
  key: string,
  enterprise: string,
  period: string | null,
  facts: Fact[],
  extra: Partial<Submission> = {},
): SheetReading {
  const sector = facts[0]?.sector ?? 'telecom';
  return {
    file: `${key}.xlsx`,
    sheet: key,
    issues: [],
    periodless: false,
    submissions: [
      {
        file: `${key}.xlsx`,
        sheet: key,
        enterprise,
        sector,
        period,
        facts,
        rows: facts.length,
        unrecognised: 0,
        ...extra,
      },
    ],
  };
}

/**
 * What the real reader gives for a sheet whose table states no period: read without a period, no
 * submission, the sheet marked periodless and a no-period warning; read with one, the submission
 * (its own period still null) whose facts carry the period given, and the no-period note.
 */
function periodless(
  key: string,
  enterprise: string,
  period: string | undefined,
  facts: (period: string) => Fact[],
): SheetReading {
  const issue: Issue = {
    severity: period === undefined ? 'warning' : 'info',
    code: 'no-period',
    message: 'no period',
    file: `${key}.xlsx`,
    sheet: key,
    cell: '',
    enterprise,
  };
  if (period === undefined)
    return { file: `${key}.xlsx`, sheet: key, issues: [issue], periodless: true, submissions: [] };
  return { ...reading(key, enterprise, null, facts(period)), issues: [issue], periodless: true };
}

beforeEach(() => readings.clear());

describe('build (decisions)', () => {
  it('takes the period most submissions state, re-reads sheets without one, and leaves out other periods', () => {
    readings.set('vnpt', () =>
      reading('vnpt', 'VNPT', '9T/2015', [
        fact('vnpt', 'VNPT', 'ftth', 'closing', '9T/2015', 100, 'F5'),
        fact('vnpt', 'VNPT', 'ftth', 'closing', '9T/2014', 50, 'G5'),
      ]),
    );
    readings.set('fpt', () =>
      reading('fpt', 'FPT', '9T/2015', [fact('fpt', 'FPT', 'ftth', 'closing', '9T/2015', 20, 'F6')]),
    );
    readings.set('ems', () =>
      reading('ems', 'EMS', 'Q3/2015', [fact('ems', 'EMS', 'express', 'flow', 'Q3/2015', 300, 'D4')]),
    );
    readings.set('cable', (period) =>
      periodless('cable', 'Cáp QN', period, (p) => [fact('cable', 'Cáp QN', 'ftth', 'closing', p, 5, 'F7')]),
    );
    const progress: [number, number, string][] = [];
    const result = build([grid('vnpt'), grid('fpt'), grid('ems'), grid('cable')], {
      onProgress: (d, t, w) => progress.push([d, t, w]),
    });
    expect(result.period).toBe('9T/2015');
    expect(progress).toEqual([
      [1, 4, 'vnpt.xlsx › vnpt'],
      [2, 4, 'fpt.xlsx › fpt'],
      [3, 4, 'ems.xlsx › ems'],
      [4, 4, 'cable.xlsx › cable'],
    ]);
    expect(result.submissions.map((s) => s.enterprise)).toEqual(['VNPT', 'FPT', 'Cáp QN']);
    expect(result.tables[0].rows[5]).toMatchObject({ indicator: 'ftth', current: 125 });
    expect(result.tables[1].rows[3]).toMatchObject({ indicator: 'express', increase: null });
    const mismatch = result.issues.find((i) => i.code === 'period-mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', sheet: 'ems', enterprise: 'EMS' });
    // FPT and the cable operator have no 9T/2014 figure while VNPT has
    expect(result.issues.filter((i) => i.code === 'partial-previous').map((i) => i.enterprise)).toEqual([
      'FPT',
      'Cáp QN',
    ]);
    expect(result.facts).toHaveLength(4);
  });

  it('uses the chosen period over the common one', () => {
    readings.set('a', () => reading('a', 'A', '9T/2015', [fact('a', 'A', 'parcels', 'flow', '9T/2015', 10, 'D1')]));
    readings.set('b', () => reading('b', 'B', 'Q3/2015', [fact('b', 'B', 'parcels', 'flow', 'Q3/2015', 7, 'D1')]));
    const result = build([grid('a'), grid('b')], { period: 'Q3/2015' });
    expect(result.period).toBe('Q3/2015');
    expect(result.tables[1].rows[2].increase).toBe(7);
    expect(result.tables[1].title).toMatch(/^KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT .*2015$/);
  });

  it('keeps the corrected resubmission and says which was dropped', () => {
    readings.set('p1', () =>
      reading(
        'p1',
        'Bưu điện tỉnh',
        '9T/2015',
        [fact('p1', 'Bưu điện tỉnh', 'parcels', 'flow', '9T/2015', 51980, 'D6')],
        { issued: '2015-10-05' },
      ),
    );
    readings.set('p2', () =>
      reading(
        'p2',
        'Bưu điện tỉnh',
        '9T/2015',
        [fact('p2', 'Bưu điện tỉnh', 'parcels', 'flow', '9T/2015', 52310, 'D6')],
        { issued: '2015-10-12', correction: true },
      ),
    );
    const result = build([grid('p2'), grid('p1')]);
    expect(result.tables[1].rows[2].increase).toBe(52310);
    expect(result.submissions.map((s) => s.sheet)).toEqual(['p2']);
    const issue = result.issues.find((i) => i.code === 'resubmission')!;
    expect(issue).toMatchObject({ severity: 'info', sheet: 'p1' });
    expect(issue.message).toContain('dùng p2.xlsx › p2');
  });

  it('takes last year from history only where the submission lacks it', () => {
    readings.set('v', () =>
      reading('v', 'Viettel', '9T/2015', [
        fact('v', 'Viettel', 'mobile-prepaid', 'closing', '9T/2015', 845306, 'F8'),
        fact('v', 'Viettel', 'mobile-postpaid', 'closing', '9T/2015', 64102, 'F7'),
        fact('v', 'Viettel', 'mobile-postpaid', 'closing', '9T/2014', 43580, 'G7'),
      ]),
    );
    const history: Fact[] = [
      { ...fact('h', 'Viettel', 'mobile-prepaid', 'closing', '9T/2014', 498213, 'C2'), origin: 'history' },
      { ...fact('h', 'Viettel', 'mobile-postpaid', 'closing', '9T/2014', 1, 'C3'), origin: 'history' }, // the sheet has it: not used
      { ...fact('h', 'Viettel', 'mobile-prepaid', 'closing', '6T/2014', 7, 'C4'), origin: 'history' }, // other period
    ];
    const result = build([grid('v')], { history });
    const rows = result.tables[0].rows;
    expect(rows[3].yoy).toBeCloseTo(845306 / 498213 - 1, 12);
    expect(rows[2].yoy).toBeCloseTo(64102 / 43580 - 1, 12);
    const used = result.facts.filter((f) => f.origin === 'history');
    expect(used).toHaveLength(1);
    expect(used[0]).toMatchObject({ indicator: 'mobile-prepaid', value: 498213 });
    const info = result.issues.filter((i) => i.code === 'from-history');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: 'info', enterprise: 'Viettel', indicator: 'mobile-prepaid', cell: 'C2' });
    expect(info[0].message).toContain('498.213');
  });

  it('turns an unreadable sheet into an error issue and still builds from the others', () => {
    readings.set('ok', () =>
      reading('ok', 'FPT', '9T/2015', [fact('ok', 'FPT', 'ftth', 'closing', '9T/2015', 9, 'F5')]),
    );
    const result = build([grid('broken'), grid('ok')], { locale: 'en' });
    expect(result.issues[0]).toMatchObject({ severity: 'warning', code: 'unreadable-sheet', sheet: 'broken' });
    expect(result.issues[0].message).toContain('unreadable broken');
    expect(result.tables[0].rows[5].current).toBe(9);
  });

  it('gives all-null tables and an error when there is no submission', () => {
    readings.set('cover', () => ({ file: 'cover.xlsx', sheet: 'cover', submissions: [], issues: [] }));
    const result = build([grid('cover')], { period: '9T/2015' });
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'no-submissions']]);
    expect(result.tables).toHaveLength(2);
    expect(
      result.tables
        .flatMap((t) => t.rows)
        .every(
          (r) =>
            r.yoy === null &&
            (r.increase ?? null) === null &&
            (r.decrease ?? null) === null &&
            (r.current ?? null) === null,
        ),
    ).toBe(true);
    expect(result.tables[0].title).toMatch(/^KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET .*2015$/);
    expect(build([]).issues.map((i) => i.code)).toEqual(['no-submissions']);
  });

  it('reports a bad chosen period, and a sheet that states none gives nothing; errors first', () => {
    readings.set('a', (period) =>
      periodless('a', 'A', period, (p) => [fact('a', 'A', 'parcels', 'flow', p, 10, 'D1')]),
    );
    const result = build([grid('a')], { period: 'sometime' });
    expect(result.period).toBe('');
    // What is missing is the period, not a submission: the error says to choose one.
    expect(result.issues.map((i) => `${i.severity} ${i.code}`)).toEqual([
      'error bad-period',
      'error no-period',
      'warning no-period',
    ]);
    expect(result.tables[1].title).toBe('KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT');
  });

  it('sorts issues errors first, then warnings, then information', () => {
    readings.set('a', () => reading('a', 'A', '9T/2015', [fact('a', 'A', 'parcels', 'flow', '9T/2015', -10, 'D1')]));
    const result = build([grid('broken'), grid('a')], { period: 'sometime' });
    const order = result.issues.map((i) => i.severity);
    expect(order).toEqual(
      [...order].sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y)),
    );
    expect(order).toContain('error');
    expect(order).toContain('warning');
    expect(order).toContain('info');
  });
});

describe('the prepared readings and the real reader (contract)', () => {
  const { readSheet } = jest.requireActual<typeof import('./reader')>('./reader');
  /** What build relies on in a reading. */
  const shape = (r: SheetReading) => ({
    periodless: r.periodless,
    issues: r.issues.filter((i) => i.code === 'no-period').map((i) => i.severity),
    submissions: r.submissions.map((s) => ({ period: s.period, facts: s.facts.map((f) => f.period) })),
  });
  const stated = (period: string) => [['VNPT QUẢNG NINH'], [`BÁO CÁO ${period}`], ...table];
  const table = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Hiện có'],
    [1, 'Thuê bao FTTH', 'TB', 5],
  ];
  const real = (values: SheetGrid['values'], period?: string) =>
    shape(readSheet({ file: 'a.xlsx', sheet: 'a', top: 0, left: 0, values }, period ? { period } : {}));
  const prepared = (period?: string) =>
    shape(periodless('a', 'A', period, (p) => [fact('a', 'A', 'ftth', 'closing', p, 5, 'D3')]));

  it('a sheet that states no period: no submission until a period is given, then its facts take it', () => {
    const values = [['VNPT QUẢNG NINH'], ...table];
    expect(prepared()).toEqual(real(values));
    expect(prepared('9T/2015')).toEqual(real(values, '9T/2015'));
  });

  it('a sheet that states its period gives a submission of that period and is not periodless', () => {
    expect(shape(reading('a', 'A', '9T/2015', [fact('a', 'A', 'ftth', 'closing', '9T/2015', 5, 'D4')]))).toEqual(
      real(stated('9 THÁNG ĐẦU NĂM 2015')),
    );
  });
});
