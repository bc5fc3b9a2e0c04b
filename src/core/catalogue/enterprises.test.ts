import { ENTERPRISES, enterpriseName, matchEnterprise } from './enterprises';

/** The name a sheet whose title is `text` goes by. */
const name = (text: string) => {
  const enterprise = matchEnterprise(text);
  return enterprise ? enterpriseName(enterprise, [text]) : null;
};

describe('matchEnterprise', () => {
  it.each([
    ['VIỄN THÔNG QUẢNG NINH', 'VNPT Quảng Ninh'],
    ['Trung tâm Kinh doanh VNPT - Quảng Ninh', 'VNPT Quảng Ninh'],
    ['VNPT-VinaPhone', 'VNPT'],
    ['VIỄN THÔNG BẮC NINH', 'VNPT Bắc Ninh'],
    ['Bưu điện thành phố Hà Nội', 'Bưu điện thành phố Hà Nội'],
    ['Chi nhánh Viettel Nghệ An', 'Viettel Nghệ An'],
    ['Truyền hình cáp Quảng Ninh', 'Truyền hình cáp Quảng Ninh'],
    ['CHI NHÁNH VIETTEL QUẢNG NINH - TẬP ĐOÀN CÔNG NGHIỆP VIỄN THÔNG QUÂN ĐỘI', 'Viettel Quảng Ninh'],
    ['Công ty CP Bưu chính Viettel', 'Viettel Post'],
    ['ViettelPost.xlsx', 'Viettel Post'],
    ['Chi nhánh MobiFone Quảng Ninh', 'MobiFone'],
    ['Vietnamobile', 'Vietnamobile'],
    ['Gmobile', 'Gmobile'],
    ['CÔNG TY CỔ PHẦN VIỄN THÔNG FPT', 'FPT Telecom'],
    ['Truyền hình cáp Saigontourist (SCTV)', 'SCTV'],
    ['BƯU ĐIỆN TỈNH QUẢNG NINH', 'Bưu điện tỉnh Quảng Ninh'],
    ['Công ty CP Chuyển phát nhanh Bưu điện', 'EMS'],
    ['Hợp Nhất', 'Hợp Nhất'],
    ['NETCO', 'Netco'],
    ['Giao hàng nhanh', 'Giao hàng nhanh'],
  ])('%s → %s', (text, expected) => {
    expect(name(text)).toBe(expected);
  });

  it('matches text typed without marks or in decomposed Unicode', () => {
    expect(name('Buu dien tinh Quang Ninh')).toBe('Bưu điện tỉnh Quảng Ninh');
    expect(name('Bưu điện tỉnh Nghệ An'.normalize('NFD'))).toBe('Bưu điện tỉnh Nghệ An');
    expect(name('Bưu điện tỉnh')).toBe('Bưu điện tỉnh');
  });

  it('says Viettel files in both sectors', () => {
    expect(matchEnterprise('Viettel')?.sectors).toEqual(['telecom', 'postal']);
    expect(matchEnterprise('Viettel Post')?.sectors).toEqual(['postal']);
  });

  it('returns null when no enterprise is named', () => {
    expect(name('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBeNull();
    expect(name('Sheet1')).toBeNull();
    expect(name('Báo cáo 9 tháng')).toBeNull();
    expect(name('')).toBeNull();
  });

  it('keeps names unique', () => {
    expect(new Set(ENTERPRISES.map((e) => e.name)).size).toBe(ENTERPRISES.length);
  });
});
