import type { IndicatorTotal, IndicatorTotals } from '../compute/aggregate';
import type { IndicatorId, TableRow } from '../model';
import { referenceTables } from '../../../test/support/fixtures';
import { indicatorById } from '../catalogue';
import { buildStandardTables, tableTitle } from './buildStandardTables';
import { buildBreakdown } from './breakdown';

const at = (cell: string) => ({ file: 'a.xlsx', sheet: 'S', cell });

function total(
  indicator: IndicatorId,
  figures: Partial<Pick<IndicatorTotal, 'opening' | 'increase' | 'decrease' | 'current' | 'previous'>>,
): IndicatorTotal {
  const { sector, kind } = indicatorById(indicator);
  const all = { opening: null, increase: null, decrease: null, current: null, previous: null, ...figures };
  const sources = { current: [at('F1')], increase: [at('D1')] };
  return {
    ...all,
    indicator,
    sector,
    kind,
    sources,
    enterprises: [{ ...all, enterprise: 'X', sector, indicator, kind, reportedChange: null, sources }],
  };
}

const totals: IndicatorTotals = {
  period: '9T/2015',
  previousPeriod: '9T/2014',
  indicators: [
    total('postal-revenue', { current: 74735, previous: 64427 }),
    total('fixed-wired', { increase: 2907, decrease: 24060, current: 2907, previous: 4038 }),
    total('telecom-revenue', { current: 2466410, previous: 1485789 }),
    total('express', { current: 85104, previous: null }),
    total('ftth', { increase: 23346, decrease: 6552, current: 25126, previous: 0 }),
  ],
};

describe('buildStandardTables', () => {
  const [telecom, postal] = buildStandardTables(totals, '9T/2015');

  it('makes the reference report’s two tables with their titles and columns', () => {
    expect(telecom.id).toBe('telecom');
    expect(telecom.title).toBe('KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015');
    expect(telecom.columns).toEqual(['increase', 'decrease', 'yoy', 'current']);
    expect(postal.title).toBe('KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2015');
    expect(postal.columns).toEqual(['increase', 'yoy']);
  });

  it('has every row in the reference order, numbered and labelled from the catalogue', () => {
    // every row, in the reference report's order, with its label and unit as printed there
    const heading = (rows: TableRow[]) => rows.map((r) => [r.stt, r.indicator, r.label, r.unit]);
    const [referenceTelecom, referencePostal] = referenceTables();
    expect(heading(telecom.rows)).toEqual(heading(referenceTelecom.rows));
    expect(heading(postal.rows)).toEqual(heading(referencePostal.rows));
    expect(telecom.rows[0]).toMatchObject({ label: 'Điện thoại cố định có dây', unit: 'Thuê bao' });
    expect(telecom.rows[1].unit).toBe('');
    expect(postal.rows[5]).toMatchObject({ label: 'Số tiền chuyển', unit: 'Tr.đồng' });
  });

  it('fills a stock row and its unrounded change against last year', () => {
    const row = telecom.rows[0];
    expect(row).toMatchObject({ increase: 2907, decrease: 24060, current: 2907 });
    expect(row.yoy).toBeCloseTo(2907 / 4038 - 1, 12);
    expect(Math.round(row.yoy! * 100)).toBe(-28);
  });

  it('puts telecom revenue in the current column with increase and decrease null', () => {
    const revenue = telecom.rows[6];
    expect(revenue).toMatchObject({ increase: null, decrease: null, current: 2466410 });
    expect(Math.round(revenue.yoy! * 100)).toBe(66);
  });

  it('puts a postal flow in the increase column and has no decrease or current there', () => {
    expect(postal.rows[6]).toEqual({
      stt: 7,
      indicator: 'postal-revenue',
      label: 'Doanh thu',
      unit: 'Tr.đồng',
      increase: 74735,
      yoy: 74735 / 64427 - 1,
    });
    expect('current' in postal.rows[6]).toBe(false);
  });

  it('leaves yoy null when last year is unknown or zero, and unreported rows all null', () => {
    expect(postal.rows[3]).toMatchObject({ increase: 85104, yoy: null });
    expect(telecom.rows[5]).toMatchObject({ current: 25126, yoy: null });
    expect(telecom.rows[2]).toMatchObject({ increase: null, decrease: null, current: null, yoy: null });
    expect(postal.rows[0]).toMatchObject({ increase: null, yoy: null });
  });

  it('speaks English when asked', () => {
    const [t, p] = buildStandardTables(totals, '9T/2015', { locale: 'en' });
    expect(t.title).toBe('TELECOMMUNICATIONS AND INTERNET RESULTS, FIRST 9 MONTHS OF 2015');
    expect(p.title).toBe('POSTAL AND EXPRESS DELIVERY RESULTS, FIRST 9 MONTHS OF 2015');
    expect(t.rows[0].label).toBe(indicatorById('fixed-wired').labelEn);
  });

  it('titles a table without a period when there is none', () => {
    expect(tableTitle('postal', '')).toBe('KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT');
    expect(tableTitle('telecom', 'Q3/2015')).toMatch(/^KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET .*2015$/);
  });
});

describe('buildBreakdown', () => {
  it('lists enterprise × indicator in table order with yoy and the current cell', () => {
    const rows = buildBreakdown(totals);
    expect(rows.map((r) => r.indicator)).toEqual([
      'fixed-wired',
      'ftth',
      'telecom-revenue',
      'express',
      'postal-revenue',
    ]);
    expect(rows[0]).toMatchObject({
      enterprise: 'X',
      sector: 'telecom',
      increase: 2907,
      decrease: 24060,
      current: 2907,
      previous: 4038,
      source: at('F1'),
    });
    expect(rows[0].yoy).toBeCloseTo(2907 / 4038 - 1, 12);
    expect(rows[3]).toMatchObject({ sector: 'postal', current: 85104, previous: null, yoy: null });
  });
});

describe('the province in the titles', () => {
  it('names a province or a city as the report does, in both languages', () => {
    expect(tableTitle('telecom', '9T/2015', 'vi', 'quang ninh')).toBe(
      'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET TỈNH QUẢNG NINH 9 THÁNG ĐẦU NĂM 2015',
    );
    expect(tableTitle('postal', '2015', 'vi', 'Hà Nội')).toMatch(
      /^KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT THÀNH PHỐ HÀ NỘI /,
    );
    expect(tableTitle('telecom', '9T/2015', 'en', 'Nghệ An')).toMatch(/, NGHỆ AN PROVINCE/);
    expect(tableTitle('telecom', '9T/2015', 'vi')).toBe('KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015');
  });
});
