import { CoreError } from '../errors';
import { CANONICAL } from './table';
import { unitByCode } from './unitByCode';

describe('unitByCode', () => {
  it('gives each unit of the table, canonical ones with factor 1', () => {
    expect(unitByCode('nghin-dong')).toEqual({
      code: 'nghin-dong',
      dimension: 'money',
      factor: 0.001,
      label: 'Nghìn đồng',
      labelEn: 'thousand VND',
    });
    for (const [dimension, code] of Object.entries(CANONICAL)) {
      expect(unitByCode(code)).toMatchObject({ code, dimension, factor: 1 });
    }
    for (const code of ['dong', 'ty-dong', 'gam', 'tan', 'buc', 'buu-gui', 'chiec', 'to', 'cuon'])
      expect(unitByCode(code).code).toBe(code);
  });

  it('throws unknown-unit with both languages', () => {
    expect(() => unitByCode('Tr.đồng')).toThrow(CoreError);
    expect(() => unitByCode('xyz')).toThrow(
      expect.objectContaining({
        code: 'unknown-unit',
        messages: { vi: 'Không biết đơn vị tính "xyz"', en: 'Unknown unit "xyz"' },
      }),
    );
  });
});
