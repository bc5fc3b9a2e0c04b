import { build } from './build';
import { buildWithHistory } from './buildWithHistory';
import { recordBuild, recordedBuilds } from './history';
import type { SheetGrid } from './model';
import { fact } from '../../test/support/fixtures';

const vnpt2016: SheetGrid = {
  file: 'vnpt.xlsx',
  sheet: 'VNPT',
  top: 0,
  left: 0,
  values: [
    ['VIỄN THÔNG QUẢNG NINH'],
    ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2016'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có'],
    [1, 'Thuê bao FTTH', 'TB', 3000, 500, 12500],
  ],
};
const place = { file: 'lich-su.csv', sheet: '' };
const enterprise = build([vnpt2016]).submissions[0].enterprise;
const ftth2015 = fact({ enterprise, indicator: 'ftth', period: '9T/2015', value: 10000 });

describe('buildWithHistory', () => {
  it("takes last year's figure from the table and records the build into it", () => {
    const table = recordBuild([], [ftth2015], '9T/2015');
    const { result, history } = buildWithHistory([vnpt2016], table, place);
    expect(result.tables[0].rows.find((r) => r.indicator === 'ftth')?.yoy).toBeCloseTo(0.25, 10);
    expect(recordedBuilds(history!)).toEqual(['9T/2015', '9T/2016']);
  });

  it('replaces a rebuilt period instead of adding it again', () => {
    const once = buildWithHistory([vnpt2016], recordBuild([], [ftth2015], '9T/2015'), place).history!;
    const twice = buildWithHistory([vnpt2016], once, place).history!;
    expect(twice.length).toBe(once.length);
  });

  it('uses and records other builds (a previous report) before this one', () => {
    const total = fact({ enterprise: '(tổng)', indicator: 'ftth', period: '9T/2015', value: 10000 });
    const { history, result } = buildWithHistory([vnpt2016], [], place, {}, [
      { build: 'report:9T/2015', facts: [total] },
    ]);
    expect(result.tables[0].rows.find((r) => r.indicator === 'ftth')?.yoy).toBeCloseTo(0.25, 10);
    expect(recordedBuilds(history!)).toEqual(['report:9T/2015', '9T/2016']);
  });

  it('reports unreadable rows of the table with their cell, and records nothing when nothing was built', () => {
    const table = [...recordBuild([], [ftth2015], '9T/2015'), ['VNPT', 'telecom', 'ftth', 'closing', '9T/2015', 'x']];
    const { result, history } = buildWithHistory([], table, place);
    expect(history).toBeNull();
    expect(result.issues.find((i) => i.code === 'history-bad-row')).toMatchObject({ file: 'lich-su.csv', cell: 'A3' });
  });
});
