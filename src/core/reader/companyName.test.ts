import { companyName } from './companyName';

describe('companyName', () => {
  it('takes a company-name title cell as typed', () => {
    expect(companyName(['CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])).toBe(
      'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0',
    );
    expect(companyName(['Số 12/BC', 'Tổng công ty Truyền hình X'])).toBe('Tổng công ty Truyền hình X');
    expect(companyName(['  CHI NHÁNH  CÔNG TY ABC TẠI QUẢNG NINH ', 'Trung tâm Y'])).toBe(
      'CHI NHÁNH CÔNG TY ABC TẠI QUẢNG NINH',
    );
    expect(companyName(['Viễn thông Hải Đăng'])).toBe('Viễn thông Hải Đăng');
    expect(companyName(['CÔNG TY TNHH CHUYỂN PHÁT ABC'.normalize('NFD')])).toBe('CÔNG TY TNHH CHUYỂN PHÁT ABC');
  });

  it('takes the name after a "Đơn vị:" or "Tên doanh nghiệp:" label', () => {
    expect(companyName(['Đơn vị: Công ty TNHH Chuyển phát ABC'])).toBe('Công ty TNHH Chuyển phát ABC');
    expect(companyName(['Tên doanh nghiệp: Hải Đăng Telecom.'])).toBe('Hải Đăng Telecom');
    expect(companyName(['ĐƠN VỊ BÁO CÁO : Xuyên Việt Express'])).toBe('Xuyên Việt Express');
  });

  it('finds no name in units, receivers, blank forms, titles and periods', () => {
    expect(companyName(['Đơn vị tính: nghìn đồng'])).toBeNull();
    expect(companyName(['Đơn vị nhận báo cáo: Sở Thông tin và Truyền thông'])).toBeNull();
    expect(companyName(['Đơn vị: ………………', 'Công ty', 'Kính gửi: Sở TTTT'])).toBeNull();
    expect(companyName(['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG 9 THÁNG 2015'])).toBeNull();
    expect(companyName(['VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', 'Viễn thông - kết quả'])).toBeNull();
    expect(companyName([])).toBeNull();
  });
});
