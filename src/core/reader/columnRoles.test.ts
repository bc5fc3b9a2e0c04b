import { toPhrase } from '../catalogue';
import { headerRole, saysCumulative, saysPrevious, statedMeasure } from './columnRoles';

const role = (text: string) => headerRole(toPhrase(text));

describe('headerRole', () => {
  it.each([
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Tên chỉ tiêu', 'label'],
    ['Chỉ tiêu', 'label'],
    ['Nội dung', 'label'],
    ['Dịch vụ', 'label'],
    ['ĐVT', 'unit'],
    ['Đơn vị tính', 'unit'],
    ['Số tăng trong kỳ', 'increase'],
    ['Phát triển mới', 'increase'],
    ['PTM', 'increase'],
    ['Số giảm trong kỳ', 'decrease'],
    ['TB rời mạng', 'decrease'],
    ['Cắt hủy', 'decrease'],
    ['Thanh lý', 'decrease'],
    ['Hiện có đầu kỳ', 'opening'],
    ['TB đầu kỳ', 'opening'],
    ['Hiện có trên mạng', 'current'],
    ['Lũy kế hiện có', 'current'],
    ['Lũy kế từ đầu năm', 'current'],
    ['Kể từ đầu năm', null],
    ['Service', 'label'],
    ['Figures', 'current'],
    ['Subscriptions', 'current'],
    ['Thực hiện 9 tháng 2015', 'current'],
    ['Kỳ này', 'current'],
    ['Sản lượng', 'current'],
    ['Doanh thu (triệu đồng)', 'current'],
    ['Cùng kỳ năm 2014', 'current'],
    ['So với cùng kỳ', 'percent'],
    ['So sánh (%)', 'percent'],
    ['Tỷ lệ', 'percent'],
    ['%', 'percent'],
    ['Tăng/giảm so với cùng kỳ (%)', 'percent'],
    ['Kế hoạch năm 2015', 'ignore'],
    ['TH/KH (%)', 'ignore'],
    ['Chênh lệch', 'ignore'],
    ['Tăng/giảm so với cùng kỳ', 'ignore'],
    ['Tăng, giảm so với cùng kỳ (%)', 'percent'],
    ['Ghi chú', 'note'],
    ['Năm 2015', 'current'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', null],
    ['TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM', null],
    ['Đơn vị tính: nghìn đồng', null],
    ['Báo cáo 9 tháng năm 2015', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });
});

describe('saysPrevious', () => {
  it('spots last year wordings only', () => {
    expect(saysPrevious(toPhrase('Cùng kỳ năm 2014'))).toBe(true);
    expect(saysPrevious(toPhrase('Năm trước'))).toBe(true);
    expect(saysPrevious(toPhrase('Thực hiện 9 tháng 2015'))).toBe(false);
  });
});

describe('headerRole: wordings that are not what they seem', () => {
  it.each([
    // A title line is never a column, but "kỳ báo cáo" is this period's column.
    ['Kỳ báo cáo', 'current'],
    ['Số liệu kỳ báo cáo', 'current'],
    ['Báo cáo', null],
    ['Kính gửi: Sở Thông tin và Truyền thông', null],
    ['Số 12 /BC-VNPT', null],
    // "Từ đầu năm" says where a span starts: neither the opening nor a column by itself.
    ['Phát triển mới từ đầu năm', 'increase'],
    ['Rời mạng kể từ đầu năm', 'decrease'],
    ['Since the beginning of the year', null],
    ['Từ đầu năm', null],
    ['Cộng từ đầu năm', 'current'],
    ['Tăng từ đầu năm mới', 'increase'],
    ['Hiện có đầu năm', 'opening'],
    // A difference is in units unless it says it is a percentage.
    ['Tăng giảm tỷ lệ', 'percent'],
    ['Chênh lệch %', 'percent'],
    ['% chênh lệch', 'percent'],
    ['Chênh lệch so với kế hoạch', 'ignore'],
    // Where a wording must be the whole header, or start it.
    ['Mã số', 'stt'],
    ['Mã số thuế', null],
    ['Cộng', 'current'],
    ['Đơn vị', 'unit'],
    ['Đơn vị cấp trên', 'unit'],
    ['Doanh thu dịch vụ', 'current'],
    ['Dịch vụ viễn thông', 'label'],
    ['Tên', 'label'],
    // A year, a date or a month alone is a column of figures; a signing date or a sentence is not.
    ['2015', 'current'],
    ['Đến 30/9/2015', 'current'],
    ['Hạ Long, ngày 05 tháng 10 năm 2015', null],
    ['Quyết định giao nhiệm vụ cho các chi nhánh của tỉnh năm 2015', null],
    ['Chi nhánh của tỉnh năm 2015', 'current'],
    ['Chi nhánh của tỉnh và huyện năm 2015', 'current'],
    ['T9', 'current'],
    ['Tháng 9', 'current'],
    ['Quý III', 'current'],
    ['T9 năm nay', 'current'],
    ['Tháng 9 vừa qua nhé', null],
  ])('%s → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });
});

describe('saysPrevious and saysCumulative', () => {
  it('spot last year and the months from January in any language', () => {
    expect(saysPrevious(toPhrase('Same period last year'))).toBe(true);
    expect(saysPrevious(toPhrase('Năm ngoái'))).toBe(true);
    expect(saysPrevious(toPhrase('Kỳ này'))).toBe(false);
    expect(saysCumulative(toPhrase('Lũy kế từ đầu năm'))).toBe(true);
    expect(saysCumulative(toPhrase('YTD'))).toBe(true);
    expect(saysCumulative(toPhrase('Tháng 9'))).toBe(false);
  });
});

describe('statedMeasure', () => {
  it.each([
    ['Di động trả trước phát triển mới', 'increase'],
    ['Thuê bao FTTH hiện có', 'current'],
    ['TB đầu kỳ', 'opening'],
    ['TB rời mạng', 'decrease'],
    ['Tăng từ đầu năm', 'increase'],
    ['Tăng từ đầu năm mới', 'increase'],
    ['Lũy kế từ đầu năm', null],
    ['Tăng giảm so với cùng kỳ', null],
    ['Thuê bao FTTH', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(statedMeasure(toPhrase(text))).toBe(expected);
  });
});
