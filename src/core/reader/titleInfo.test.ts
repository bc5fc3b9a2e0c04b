import { isCorrection, issuedDate } from './titleInfo';

describe('issuedDate', () => {
  it('reads the signing date in words or digits', () => {
    expect(issuedDate(['Số 12/BC', 'Quảng Ninh, ngày 05 tháng 10 năm 2015'])).toBe('2015-10-05');
    expect(issuedDate(['Ngày lập: 06/10/2015'])).toBe('2015-10-06');
    expect(issuedDate(['Hạ Long, ngày 9/10/2015'])).toBe('2015-10-09');
    expect(issuedDate(['NGÀY 5 THÁNG 1 NĂM 2016'.normalize('NFD')])).toBe('2016-01-05');
  });
  it('ignores blank forms, impossible dates and period ranges', () => {
    expect(issuedDate(['ngày ... tháng ... năm 2015'])).toBeNull();
    expect(issuedDate(['ngày 31 tháng 2 năm 2015'])).toBeNull();
    expect(issuedDate(['Từ ngày 01/01/2015 đến ngày 30/9/2015'])).toBeNull();
    expect(issuedDate([])).toBeNull();
  });
});

describe('isCorrection', () => {
  it.each([
    'BÁO CÁO ĐIỀU CHỈNH',
    'Báo cáo bổ sung số liệu',
    'Thay thế báo cáo số 512',
    'Báo cáo lần 2',
    'bao-cao-dieu-chinh.xlsx',
  ])('%s', (text) => {
    expect(isCorrection([text])).toBe(true);
  });
  it('is false for an ordinary title', () => {
    expect(isCorrection(['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015', 'Sheet1', 'vnpt.xlsx'])).toBe(false);
  });
});

describe('issuedDate: months and years out of range', () => {
  it('refuses a thirteenth month and a year outside 1990–2100, and takes both ends', () => {
    expect(issuedDate(['ngày 5 tháng 13 năm 2015'])).toBeNull();
    expect(issuedDate(['ngày 5 tháng 10 năm 1989'])).toBeNull();
    expect(issuedDate(['ngày 5 tháng 10 năm 2101'])).toBeNull();
    expect(issuedDate(['ngày 5 tháng 10 năm 1990'])).toBe('1990-10-05');
    expect(issuedDate(['ngày 5 tháng 10 năm 2100'])).toBe('2100-10-05');
  });
});
