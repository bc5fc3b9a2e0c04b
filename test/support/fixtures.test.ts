import {
  buildResult,
  fact,
  issue,
  referenceNumber,
  referenceRows,
  referenceTables,
  REFERENCE_TELECOM,
} from './fixtures';

describe('reference fixture', () => {
  it('parses the printed figures back to the numbers the tests check', () => {
    expect(referenceRows(REFERENCE_TELECOM).rows[0].slice(3).map(referenceNumber)).toEqual([2907, 24060, -28, 2907]);
  });
  it('gives both tables with every row tied to its catalogue indicator', () => {
    const [telecom, postal] = referenceTables();
    expect(telecom.title).toBe('KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015');
    expect(telecom.rows[6]).toEqual({
      stt: 7,
      indicator: 'telecom-revenue',
      label: 'Doanh thu',
      unit: 'Triệu đồng',
      increase: null,
      decrease: null,
      yoy: 0.66,
      current: 2466410,
    });
    expect(postal.columns).toEqual(['increase', 'yoy']);
    expect(postal.rows[5]).toEqual({
      stt: 6,
      indicator: 'money-transferred',
      label: 'Số tiền chuyển',
      unit: 'Tr.đồng',
      increase: 246707,
      yoy: -0.13,
    });
    expect(postal.rows.map((r) => r.stt)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('builds records with their defaults and overrides', () => {
    expect(fact({ indicator: 'express', measure: 'flow', value: 5 })).toMatchObject({ sector: 'postal', value: 5 });
    expect(issue({ severity: 'info' })).toMatchObject({ severity: 'info', code: 'repeated-figure', cell: 'D7' });
    expect(buildResult().tables.map((t) => t.rows.length)).toEqual([7, 7]);
  });
});
