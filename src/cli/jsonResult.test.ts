import type { BuildResult } from '../core';
import { buildResult, issue, referenceTables, submission } from '../../test/support/fixtures';
import { toJsonResult } from './jsonResult';

const [telecom, postal] = referenceTables();
/** The reference's revenue row and first postal row (its change not a number), a submission and an issue. */
const result: BuildResult = buildResult({
  tables: [
    { ...telecom, rows: [telecom.rows[6]] },
    { ...postal, rows: [{ ...postal.rows[0], yoy: Number.NaN }] },
  ],
  submissions: [submission({ file: 'a.xlsx', sheet: 'BC', period: null, rows: 7, unrecognised: 1, correction: true })],
  issues: [issue({ file: 'a.xlsx', sheet: 'BC', enterprise: 'VNPT', indicator: 'fixed-wired' })],
});

describe('toJsonResult', () => {
  const json = toJsonResult(result);
  it('writes only the documented keys, in order, with null for what does not apply', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      period: '9T/2015',
      figures: { used: 0, unused: 0 },
      tables: [
        {
          id: 'telecom',
          title: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015',
          rows: [
            {
              stt: 7,
              indicator: 'telecom-revenue',
              label: 'Doanh thu',
              unit: 'Triệu đồng',
              increase: null,
              decrease: null,
              yoy: 0.66,
              current: 2466410,
            },
          ],
        },
        {
          id: 'postal',
          title: 'KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2015',
          rows: [
            {
              stt: 1,
              indicator: 'press-distribution',
              label: 'Sản lượng phát hành báo chí',
              unit: 'Tờ, cuốn',
              increase: 7162000,
              yoy: null,
            },
          ],
        },
      ],
      submissions: [
        { file: 'a.xlsx', sheet: 'BC', enterprise: 'VNPT', sector: 'telecom', period: null, rows: 7, unrecognised: 1 },
      ],
      issues: [{ severity: 'warning', code: 'repeated-figure', message: 'm', file: 'a.xlsx', sheet: 'BC', cell: 'D7' }],
    });
    expect(Object.keys(json.tables[0].rows[0])).toEqual([
      'stt',
      'indicator',
      'label',
      'unit',
      'increase',
      'decrease',
      'yoy',
      'current',
    ]);
    expect(Object.keys(json.tables[1].rows[0])).toEqual(['stt', 'indicator', 'label', 'unit', 'increase', 'yoy']);
  });
});
