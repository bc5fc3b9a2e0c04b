import fc from 'fast-check';
import { CoreError } from '../errors';
import { convert } from './convert';
import { unitByCode } from './unitByCode';

describe('convert', () => {
  it('converts money without float noise', () => {
    expect(convert(1234567, 'dong', 'trieu-dong')).toBe(1.234567);
    expect(convert(1234567, 'đồng', 'Tr.đồng')).toBe(1.234567);
    expect(convert(16000, 'nghìn đồng', 'trieu-dong')).toBe(16);
    expect(convert(1, 'Tr.đồng', 'nghìn đồng')).toBe(1000);
    expect(convert(1.5, 'tỷ đồng', 'trieu-dong')).toBe(1500);
    expect(convert(0.3, 'trieu-dong', 'nghin-dong')).toBe(300);
  });

  it('converts mass', () => {
    expect(convert(2.5, 'tấn', 'kg')).toBe(2500);
    expect(convert(1500, 'gam', 'kg')).toBe(1.5);
    expect(convert(2500, 'kg', 'tan')).toBe(2.5);
  });

  it('accepts Unit objects and leaves same-size units alone', () => {
    expect(convert(7, unitByCode('buc'), unitByCode('cai'))).toBe(7);
    expect(convert(7, 'tờ', 'to-cuon')).toBe(7);
  });

  it('refuses unknown units and mismatched dimensions with bilingual errors', () => {
    expect(() => convert(1, 'xyz', 'kg')).toThrow(CoreError);
    expect(() => convert(1, 'kg', 'xyz')).toThrow(expect.objectContaining({ code: 'unknown-unit' }));
    expect(() => convert(1, 'đồng', 'kg')).toThrow(CoreError);
    expect(() => convert(1, 'đồng', 'kg')).toThrow(
      expect.objectContaining({
        code: 'unit-mismatch',
        messages: { vi: expect.stringContaining('Đồng'), en: expect.stringContaining('kg') },
      }),
    );
  });

  it('round-trips integers through a smaller unit exactly (property)', () => {
    const pairs: Array<[string, string]> = [
      ['trieu-dong', 'dong'],
      ['ty-dong', 'nghin-dong'],
      ['tan', 'kg'],
      ['kg', 'gam'],
    ];
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(...pairs), (n, [big, small]) => {
        expect(convert(convert(n, big, small), small, big)).toBe(n);
      }),
    );
  });

  it('matches the exact decimal shift for whole đồng (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (dong) => {
        expect(convert(dong, 'dong', 'trieu-dong')).toBe(Number(`${dong}e-6`));
      }),
    );
  });
});
