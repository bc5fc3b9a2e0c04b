import { toPhrase } from '../catalogue';
import { headerRole, saysPrevious } from './columnRoles';

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
