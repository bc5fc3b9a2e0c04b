import type { CellValue } from '../../src/core/model';

/**
 * FPT's sheet with three words the catalogue does not know — a row label ("Thuê bao GPON-X", FTTH),
 * a column header ("TB chuyển đi", the decrease) and a unit ("nghìn chiếc máy", thousand
 * subscriptions) — for the dictionary's tests on the core, the command line, the Excel double and
 * the pane alike.
 */
export const UNKNOWN_WORDS_SHEET: { name: string; values: CellValue[][] } = {
  name: 'FPT',
  values: [
    ['CÔNG TY CỔ PHẦN VIỄN THÔNG FPT - CHI NHÁNH QUẢNG NINH', null, null, null, null, null],
    ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG 9 THÁNG ĐẦU NĂM 2015', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'TB chuyển đi', 'Hiện có'],
    [1, 'Thuê bao GPON-X', 'Thuê bao', 1200, 300, 25000],
    [2, 'Điện thoại DĐ trả trước', 'nghìn chiếc máy', 12, 3, 150],
  ],
};
