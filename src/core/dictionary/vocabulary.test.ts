import { toPhrase } from '../catalogue';
import { CATALOGUE_WORDS, vocabulary } from './vocabulary';

describe('vocabulary', () => {
  const words = vocabulary({
    entries: [
      { kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' },
      { kind: 'role', word: 'TB chuyển đi', answer: 'decrease' },
      { kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 },
      { kind: 'enterprise', word: 'Viễn thông Miền Đông', answer: 'VNPT' },
    ],
  });

  it('asks the dictionary first', () => {
    const m = words.matchIndicator('2. Thuê bao GPON-X');
    expect(m?.kind === 'standard' && m.indicator.id).toBe('ftth');
    expect(words.headerRole(toPhrase('TB chuyển đi'))).toBe('decrease');
    expect(words.parseUnit('Nghìn chiếc máy')?.code).toBe('nghin-thue-bao');
    expect(words.findUnit('Đơn vị tính: nghìn chiếc máy')?.code).toBe('nghin-thue-bao');
    expect(words.matchEnterprise('CHI NHÁNH VIỄN THÔNG MIỀN ĐÔNG')?.name).toBe('VNPT');
  });

  it('then the catalogue', () => {
    const m = words.matchIndicator('Điện thoại DĐ trả trước');
    expect(m?.kind === 'standard' && m.indicator.id).toBe('mobile-prepaid');
    expect(words.headerRole('phat trien moi')).toBe('increase');
    expect(words.parseUnit('Tr.đồng')?.code).toBe('trieu-dong');
    expect(words.matchEnterprise('Viettel Quảng Ninh')?.name).toBe('Viettel');
  });

  it('is the catalogue itself with no entries', () => {
    expect(vocabulary(undefined)).toBe(CATALOGUE_WORDS);
    expect(vocabulary({ entries: [] })).toBe(CATALOGUE_WORDS);
  });
});
