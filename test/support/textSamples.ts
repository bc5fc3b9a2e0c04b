/**
 * Phrases from real submissions and report tables, in Unicode NFC: shared by the text tests.
 * Not exported from the folder's index.
 */
export const PHRASES = [
  'Điện thoại di động trả trước',
  'Điện thoại cố định hữu tuyến',
  'Thuê bao Internet băng rộng cố định',
  'Tổng số thuê bao hiện có trên mạng',
  'Phát triển mới',
  'Thuê bao rời mạng',
  'Doanh thu (triệu đồng)',
  'Đơn vị tính: nghìn đồng',
  'Bưu phẩm, bưu kiện',
  'Chuyển phát nhanh',
  'Phát hành báo chí',
  'Số tiền chuyển',
  'Cùng kỳ năm trước',
  'Lũy kế 9 tháng đầu năm 2015',
  'Quý III năm 2015',
  'Kết quả hoạt động viễn thông',
  'Viễn thông Bình Dương',
  'Bưu điện tỉnh',
  'Trong đó',
  'Người lập biểu',
  'Giám đốc',
  'Sản lượng bưu gửi',
  'Tên chỉ tiêu',
  'So sánh với cùng kỳ',
];

/** Unicode Vietnamese and English that must never be taken for a legacy encoding. */
export const NOT_LEGACY = [
  ...PHRASES,
  'Tên',
  'Tháng 9',
  'Mã số',
  'Thực hiện',
  'Kỳ này',
  'Số',
  'Tháng',
  'Mobile prepaid subscriptions',
  'Revenue (million VND)',
  'café naïve Müller',
  '© 2015 VNPT',
  '· Doanh thu',
  '1½ kg',
  'Total: 1.234.567',
  'Señor José Núñez',
  'Café crème brûlée à la française',
];

/** Lower-case Vietnamese letters and the capitals TCVN3 (VN3) can hold. */
export const VIETNAMESE_LOWER =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
export const VIETNAMESE_UPPER = VIETNAMESE_LOWER.toUpperCase();
