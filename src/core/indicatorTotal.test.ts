import { indicatorById } from './catalogue';
import { CoreError } from './errors';
import { indicatorTotal } from './indicatorTotal';
import type { CellValue, SheetGrid } from './model';

const sheet = (name: string, title: string, ftth: CellValue): SheetGrid => ({
  file: `${name}.xlsx`,
  sheet: name,
  top: 0,
  left: 0,
  values: [
    [title],
    ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có'],
    [1, 'Thuê bao FTTH', 'TB', 100, 10, ftth],
  ],
});
const ftth = indicatorById('ftth');
const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof CoreError ? error.code : String(error);
  }
  return 'no error';
};

describe('indicatorTotal', () => {
  it("adds up a stock's closing count over the enterprises' sheets", () => {
    const grids = [sheet('VNPT', 'VIỄN THÔNG QUẢNG NINH', 11362), sheet('FPT', 'FPT TELECOM QUẢNG NINH', '5.418')];
    expect(indicatorTotal(ftth, grids, 'vi')).toBe(16780);
  });

  it('refuses a partial or doubled sum rather than give a wrong number', () => {
    const vnpt = sheet('VNPT', 'VIỄN THÔNG QUẢNG NINH', 11362);
    expect(code(() => indicatorTotal(ftth, [vnpt, vnpt], 'vi'))).toBe('repeated-enterprise');
    expect(code(() => indicatorTotal(ftth, [sheet('VNPT', 'VIỄN THÔNG QUẢNG NINH', '1,2,3')], 'vi'))).toBe(
      'unreadable-figure',
    );
    expect(code(() => indicatorTotal(indicatorById('parcels'), [vnpt], 'en'))).toBe('no-figure');
  });
});
