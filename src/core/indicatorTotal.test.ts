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
const coreError = (code: string) => expect.objectContaining({ name: 'CoreError', code });

describe('indicatorTotal', () => {
  it("adds up a stock's closing count over the enterprises' sheets", () => {
    const grids = [sheet('VNPT', 'VIỄN THÔNG QUẢNG NINH', 11362), sheet('FPT', 'FPT TELECOM QUẢNG NINH', '5.418')];
    expect(indicatorTotal(ftth, grids, 'vi')).toBe(16780);
  });

  it('refuses a partial or doubled sum rather than give a wrong number', () => {
    const vnpt = sheet('VNPT', 'VIỄN THÔNG QUẢNG NINH', 11362);
    expect(() => indicatorTotal(ftth, [vnpt, vnpt], 'vi')).toThrow(CoreError);
    expect(() => indicatorTotal(ftth, [vnpt, vnpt], 'vi')).toThrow(coreError('repeated-enterprise'));
    expect(() => indicatorTotal(ftth, [sheet('VNPT', 'VIỄN THÔNG QUẢNG NINH', '1,2,3')], 'vi')).toThrow(
      coreError('unreadable-figure'),
    );
    expect(() => indicatorTotal(indicatorById('parcels'), [vnpt], 'en')).toThrow(coreError('no-figure'));
  });
});
