import { INDICATORS } from './indicators';
import { matchIndicator, standardId } from './matchIndicator';

const id = (label: string, sector?: 'telecom' | 'postal') => standardId(matchIndicator(label, sector));

describe('matchIndicator', () => {
  it.each(INDICATORS.flatMap((i) => [i.label, i.labelEn].map((label) => [label, i.id, i.sector] as const)))(
    'the catalogue\'s own name "%s" reads as %s',
    (label, indicator, sector) => expect(id(label, sector)).toBe(indicator),
  );

  it.each([
    ['Postal revenue', 'telecom', 'postal-revenue'],
    ['Telecom revenue', 'postal', 'telecom-revenue'],
    ['Courier items', undefined, 'express'],
    ['Fixed telephone (wired)', undefined, 'fixed-wired'],
    ['Amount transferred', undefined, 'money-transferred'],
  ] as const)('English "%s" (sector %s) reads as %s', (label, sector, indicator) =>
    expect(id(label, sector)).toBe(indicator),
  );

  it.each([
    ['Điện thoại cố định có dây', 'fixed-wired'],
    ['Thuê bao cố định hữu tuyến', 'fixed-wired'],
    ['- CĐ có dây', 'fixed-wired'],
    ['PSTN', 'fixed-wired'],
    ['Máy cố định', 'fixed-wired'],
    ['Điện thoại cố định không dây', 'fixed-wireless'],
    ['2. Cố định vô tuyến (Gphone)', 'fixed-wireless'],
    ['Homephone', 'fixed-wireless'],
    ['WLL', 'fixed-wireless'],
    ['Máy cố định không dây', 'fixed-wireless'],
    ['Điện thoại DD trả sau', 'mobile-postpaid'],
    ['TB DĐ trả sau', 'mobile-postpaid'],
    ['- Trả sau', 'mobile-postpaid'],
    ['Postpaid', 'mobile-postpaid'],
    ['Điện thoại DD trả trước', 'mobile-prepaid'],
    ['Thuê bao di động trả trước', 'mobile-prepaid'],
    ['ĐIỆN THOẠI DI ĐỘNG TRẢ TRƯỚC', 'mobile-prepaid'],
    ['Thuê bao internet băng thông rộng xDSL', 'broadband-xdsl'],
    ['MegaVNN', 'broadband-xdsl'],
    ['Thuê bao ADSL', 'broadband-xdsl'],
    ['Thuê bao FTTH', 'ftth'],
    ['Internet cáp quang (FTTx)', 'ftth'],
    ['FiberVNN', 'ftth'],
    ['Sản lượng phát hành báo chí', 'press-distribution'],
    ['PHBC', 'press-distribution'],
    ['Sản lượng Bưu phẩm thường đi, đến trong nước và Quốc tế', 'letter-post'],
    ['BP thường', 'letter-post'],
    ['Thư thường', 'letter-post'],
    ['Bưu kiện thường đi, đến từ liên tỉnh, quốc tế.', 'parcels'],
    ['BK thường', 'parcels'],
    ['Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước', 'express'],
    ['CPN', 'express'],
    ['Chuyển phát nhanh (EMS)', 'express'],
    ['Thư, điện chuyển tiền từ liên tỉnh, quốc tế đi, đến', 'money-orders'],
    ['Điện chuyển tiền', 'money-orders'],
    ['Số tiền chuyển', 'money-transferred'],
    ['Giá trị chuyển tiền (tr.đ)', 'money-transferred'],
  ])('%s → %s', (label, expected) => {
    expect(id(label)).toBe(expected);
  });

  it('reads "Doanh thu" alone as the revenue of the sector it is given', () => {
    expect(id('Doanh thu', 'telecom')).toBe('telecom-revenue');
    expect(id('Doanh thu (tr.đồng)', 'postal')).toBe('postal-revenue');
    expect(id('Tổng doanh thu', 'postal')).toBe('postal-revenue');
    expect(id('Doanh thu')).toBe('telecom-revenue');
  });

  it('lets a qualified revenue say its own sector', () => {
    expect(id('Doanh thu dịch vụ viễn thông', 'postal')).toBe('telecom-revenue');
    expect(id('Doanh thu bưu chính', 'telecom')).toBe('postal-revenue');
    expect(id('Doanh thu chuyển phát nhanh')).toBe('postal-revenue');
  });

  it('never reads the money transferred as revenue, nor a revenue breakdown as a total', () => {
    expect(id('Số tiền chuyển', 'postal')).toBe('money-transferred');
    expect(matchIndicator('Doanh thu chuyển tiền', 'postal')).toEqual({ kind: 'other', name: 'Doanh thu chuyển tiền' });
    expect(matchIndicator('- Doanh thu dịch vụ di động', 'telecom')?.kind).toBe('other');
    expect(id('Doanh thu (không bao gồm số tiền chuyển)', 'postal')).toBe('postal-revenue');
  });

  it('reads a label up to what it says it includes or leaves out', () => {
    expect(id('Điện thoại DĐ trả trước (bao gồm Dcom)')).toBe('mobile-prepaid');
    expect(id('Doanh thu (kể cả doanh thu 3G)', 'telecom')).toBe('telecom-revenue');
    expect(matchIndicator('Thuê bao 3G (gồm cả trả trước)')).toEqual({ kind: 'other', name: 'Thuê bao 3G/4G/5G' });
    expect(id('Trong đó: trả sau')).toBe('mobile-postpaid');
  });

  it('prefers the longest wording: "di động trả trước" over "di động"', () => {
    expect(id('Điện thoại di động trả trước')).toBe('mobile-prepaid');
    expect(matchIndicator('Điện thoại di động')).toEqual({ kind: 'other', name: 'Điện thoại di động' });
  });

  it('recognises indicators that are not standard without adding them', () => {
    expect(matchIndicator('Số trạm BTS')).toEqual({ kind: 'other', name: 'Trạm BTS' });
    expect(matchIndicator('Thuê bao truyền hình cáp')).toEqual({ kind: 'other', name: 'Truyền hình trả tiền' });
    expect(matchIndicator('Trong đó: thuê bao 3G')).toEqual({ kind: 'other', name: 'Thuê bao 3G/4G/5G' });
    expect(matchIndicator('Thuê bao di động trả trước 3G')?.kind).toBe('other');
    expect(matchIndicator('Thuê bao Internet')).toEqual({ kind: 'other', name: 'Internet băng rộng' });
    expect(matchIndicator('Tổng cộng')).toEqual({ kind: 'other', name: 'Tổng cộng' });
    expect(matchIndicator('Bưu phẩm ghi số')?.kind).toBe('other');
  });

  it('takes a label naming two standard indicators as a total, not as either', () => {
    expect(matchIndicator('Di động (trả trước + trả sau)')?.kind).toBe('other');
    expect(matchIndicator('Điện thoại cố định (có dây và không dây)')?.kind).toBe('other');
    expect(matchIndicator('Bưu phẩm, bưu kiện')?.kind).toBe('other');
  });

  it('takes "Cộng" as a total only when it is the whole label', () => {
    expect(matchIndicator('Cộng')).toEqual({ kind: 'other', name: 'Tổng cộng' });
    expect(matchIndicator('Số máy điện thoại công cộng')?.kind).not.toBe('standard');
    expect(matchIndicator('Nhà văn hóa công cộng')).toBeNull();
  });

  it('returns null for labels that name nothing', () => {
    expect(matchIndicator('Ghi chú')).toBeNull();
    expect(matchIndicator('')).toBeNull();
    expect(matchIndicator('Phát triển mới')).toBeNull();
    expect(matchIndicator('thương mại')).toBeNull();
  });

  it('does not match a wording inside another word', () => {
    expect(id('Thuê bao EMSX')).toBeNull();
    expect(matchIndicator('Cáp')).toBeNull();
  });
});
