import { findUnit } from './findUnit';

const code = (text: string): string | null => findUnit(text)?.code ?? null;

describe('findUnit', () => {
  it('finds a unit in brackets inside a label', () => {
    expect(code('Doanh thu (tr.đồng)')).toBe('trieu-dong');
    expect(code('Sản lượng (tấn)')).toBe('tan');
    expect(code('Tổng số thuê bao (TB)')).toBe('thue-bao');
    expect(code('Doanh thu [nghìn đồng]')).toBe('nghin-dong');
    expect(code('Biểu 01 (Đơn vị tính: triệu đồng)')).toBe('trieu-dong');
  });

  it('finds a unit after "Đơn vị tính" / "ĐVT"', () => {
    expect(code('Đơn vị tính: nghìn đồng')).toBe('nghin-dong');
    expect(code('ĐVT: 1.000đ')).toBe('nghin-dong');
    expect(code('ĐVT: đ')).toBe('dong');
    expect(code('Đ.V.T: Tr.đ')).toBe('trieu-dong');
    expect(code('Đơn vị: Thuê bao')).toBe('thue-bao');
    expect(code('Đơn vị tính: triệu đồng; Ngày 30/9/2015')).toBe('trieu-dong');
    expect(code('Unit: million VND')).toBe('trieu-dong');
  });

  it('finds a unit after a last comma or dash, and a whole-text unit', () => {
    expect(code('Doanh thu, triệu đồng')).toBe('trieu-dong');
    expect(code('Doanh thu - tr.đ')).toBe('trieu-dong');
    expect(code('Tr.đồng')).toBe('trieu-dong');
  });

  it('does not take indicator words or enumeration letters for units', () => {
    for (const t of [
      'Thuê bao di động',
      'Số TT',
      'Tổng số thuê bao (1)',
      '(đ)',
      'đ',
      'g',
      'Mục d',
      'Ghi chú (*)',
      'Doanh thu',
      '',
    ]) {
      expect([t, code(t)]).toEqual([t, null]);
    }
  });
});
