import { convert } from './convert';
import { parseUnit } from './parseUnit';

const code = (text: string): string | null => parseUnit(text)?.code ?? null;

describe('parseUnit', () => {
  it('reads every money spelling of the submissions', () => {
    for (const t of ['Tr.đồng', 'triệu đồng', 'trđ', 'tr.đ', 'Tr. đ', 'TRIỆU ĐỒNG', 'Triệu VNĐ'])
      expect([t, code(t)]).toEqual([t, 'trieu-dong']);
    for (const t of ['nghìn đồng', 'ngàn đồng', '1.000 đồng', '1.000đ', '1000 đ', 'Nghìn VNĐ'])
      expect([t, code(t)]).toEqual([t, 'nghin-dong']);
    for (const t of ['đồng', 'VNĐ', 'VND', 'đ']) expect([t, code(t)]).toEqual([t, 'dong']);
    for (const t of ['tỷ đồng', 'tỉ đồng', 'Tỷ đ']) expect([t, code(t)]).toEqual([t, 'ty-dong']);
  });

  it('reads mass, subscriptions, items and copies', () => {
    expect(code('tấn')).toBe('tan');
    expect(code('Kg')).toBe('kg');
    expect(code('gam')).toBe('gam');
    expect(code('thuê bao')).toBe('thue-bao');
    expect(code('TB')).toBe('thue-bao');
    expect(code('cái')).toBe('cai');
    expect(code('bức')).toBe('buc');
    expect(code('cái, bức')).toBe('cai');
    expect(code('Cái/Bức')).toBe('cai');
    expect(code('bưu gửi')).toBe('buu-gui');
    expect(code('chiếc')).toBe('chiec');
    expect(code('tờ')).toBe('to');
    expect(code('cuốn')).toBe('cuon');
    expect(code('tờ, cuốn')).toBe('to-cuon');
    expect(code('Tờ/cuốn')).toBe('to-cuon');
  });

  it('ignores case, NFD, brackets and stray punctuation', () => {
    expect(code('Tr.đồng'.normalize('NFD'))).toBe('trieu-dong');
    expect(code('(Tr.đồng)')).toBe('trieu-dong');
    expect(code(' [tấn]. ')).toBe('tan');
    expect(code('thuê  bao:')).toBe('thue-bao');
  });

  it('reads codes and English labels', () => {
    expect(code('trieu-dong')).toBe('trieu-dong');
    expect(code('million VND')).toBe('trieu-dong');
    expect(code('subscriptions')).toBe('thue-bao');
  });

  it('gives null for what is not a unit', () => {
    for (const t of ['Doanh thu', '', '   ', 'Thuê bao di động', '2015', 'x', '%'])
      expect([t, code(t)]).toEqual([t, null]);
  });

  it('gives canonical factors', () => {
    expect(parseUnit('đồng')).toEqual({
      code: 'dong',
      dimension: 'money',
      factor: 1e-6,
      label: 'Đồng',
      labelEn: 'VND',
    });
    expect(parseUnit('tỷ đồng')?.factor).toBe(1000);
    expect(parseUnit('tấn')?.factor).toBe(1000);
    expect(parseUnit('gam')?.factor).toBe(0.001);
    expect(parseUnit('tờ')?.factor).toBe(1);
  });
});

describe('counts in thousands and millions', () => {
  it.each([
    ['Nghìn thuê bao', 'nghin-thue-bao', 1000],
    ['nghìn TB', 'nghin-thue-bao', 1000],
    ['Nghìn cái', 'nghin-cai', 1000],
    ['ngàn cái', 'nghin-cai', 1000],
    ['Nghìn tờ', 'nghin-to', 1000],
    ['1.000 bưu gửi', 'nghin-buu-gui', 1000],
    ['Triệu tờ, cuốn', 'trieu-to-cuon', 1e6],
  ])('%s → %s', (text, code, times) => {
    const unit = parseUnit(text);
    expect(unit?.code).toBe(code);
    expect(
      convert(
        2.5,
        unit!,
        unit!.dimension === 'subscriptions' ? 'thue-bao' : unit!.dimension === 'items' ? 'cai' : 'to-cuon',
      ),
    ).toBe(2.5 * times);
  });

  it('money and mass keep their own rows', () => {
    expect(parseUnit('nghìn đồng')?.code).toBe('nghin-dong');
    expect(parseUnit('nghìn tấn')).toBeNull();
  });
});
