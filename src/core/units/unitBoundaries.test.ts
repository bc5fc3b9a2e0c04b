import { convert } from './convert';
import { findUnit } from './findUnit';
import { parseUnit } from './parseUnit';
import { unitKey } from './table';
import { unitByCode } from './unitByCode';

const code = (found: { code: string } | null) => found?.code ?? null;

describe('unitKey', () => {
  it('drops thousands marks only inside numbers of whole groups of three', () => {
    expect(unitKey('1.000 dong')).toBe('1000dong');
    expect(unitKey('1,000 dong')).toBe('1000dong');
    expect(unitKey('1,50')).toBe('1,50');
  });

  it('makes every separator of a double unit one ",", and none at the ends', () => {
    expect(unitKey('cai/buc')).toBe('cai,buc');
    expect(unitKey('cai / buc')).toBe('cai,buc');
    expect(unitKey(',,cai')).toBe('cai');
    expect(unitKey('cai,,')).toBe('cai');
    expect(unitKey(',cai')).toBe('cai');
  });
});

describe('parseUnit', () => {
  it('strips colons, dots and spaces around the unit, and whole brackets however nested', () => {
    for (const text of [' : Triệu đồng', 'Triệu đồng :.', '(Triệu đồng)', '[Triệu đồng]', '( (Triệu đồng) )'])
      expect([text, code(parseUnit(text))]).toEqual([text, 'trieu-dong']);
  });

  it('is no unit when the brackets hold only part of the text, or for anything but text', () => {
    expect(parseUnit('TB (Triệu đồng)')).toBeNull();
    expect(parseUnit('(Triệu đồng) x')).toBeNull();
    expect(parseUnit(null as unknown as string)).toBeNull();
  });
});

describe('findUnit', () => {
  it('looks on past an introduction or a bracket that names no unit', () => {
    expect(code(findUnit('Đơn vị: xyz (Triệu đồng)'))).toBe('trieu-dong');
    expect(code(findUnit('Doanh thu (lũy kế) (Triệu đồng)'))).toBe('trieu-dong');
  });

  it('takes the unit after the last dash or comma only, spaced or not', () => {
    expect(code(findUnit('Doanh thu -Triệu đồng'))).toBe('trieu-dong');
    expect(findUnit('Doanh thu - Triệu đồng, quý 3')).toBeNull();
    expect(findUnit('xTriệu đồng')).toBeNull();
    expect(findUnit(null as unknown as string)).toBeNull();
  });
});

describe('convert, exactly', () => {
  it('multiplies when going to a smaller unit, so tonnes give whole kilograms', () => {
    expect(convert(0.7, 'tan', 'kg')).toBe(700);
    expect(convert(3, 'dong', 'trieu-dong')).toBe(0.000003);
  });

  it('sizes a unit outside the table by its factor over the canonical unit', () => {
    expect(convert(2, { ...unitByCode('tan'), code: 'tan-rieng' }, 'kg')).toBe(2000);
  });

  it('names an unknown unit in both languages', () => {
    expect(() => convert(1, 'xyz', 'kg')).toThrow(
      expect.objectContaining({ messages: { vi: 'Không biết đơn vị tính "xyz"', en: 'Unknown unit "xyz"' } }),
    );
  });
});
