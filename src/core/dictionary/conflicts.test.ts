import { matchIndicator } from '../catalogue';
import { parseUnit } from '../units';
import { checkDictionary, enterpriseConflict, indicatorConflict, roleConflict, unitConflict } from './conflicts';
import type { Dictionary } from './types';

const at = { file: 'a.xlsx', sheet: 'VNPT', cell: 'B7' };

describe('conflicts with the catalogue', () => {
  const dict: Dictionary = {
    entries: [
      { kind: 'indicator', word: 'Thuê bao FTTH', answer: 'broadband-xdsl' },
      { kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' },
      { kind: 'role', word: 'Phát triển mới', answer: 'decrease' },
      { kind: 'unit', word: 'Tr.đồng', answer: 'nghin-dong' },
      { kind: 'enterprise', word: 'FPT', answer: 'VNPT' },
    ],
  };

  it('reports an entry that changes what the catalogue reads with confidence, naming the cell', () => {
    const issue = indicatorConflict(dict, 'Thuê bao FTTH', matchIndicator('Thuê bao FTTH'), 'en', at);
    expect(issue).toMatchObject({ severity: 'warning', code: 'dictionary-conflict', cell: 'B7', sheet: 'VNPT' });
    expect(issue!.message).toContain('FTTH subscriptions');
    expect(issue!.message).toContain('xDSL');
    expect(roleConflict(dict, 'Phát triển mới', 'increase', 'vi', at)?.code).toBe('dictionary-conflict');
    expect(unitConflict(dict, 'Tr.đồng', parseUnit('Tr.đồng'), 'vi', at)?.code).toBe('dictionary-conflict');
    expect(
      enterpriseConflict(dict, 'FPT', { name: 'FPT Telecom', aliases: [], sectors: ['telecom'] }, 'vi', at)?.code,
    ).toBe('dictionary-conflict');
  });

  it('says nothing where the catalogue knows nothing, or agrees', () => {
    expect(indicatorConflict(dict, 'Thuê bao GPON-X', matchIndicator('Thuê bao GPON-X'), 'vi', at)).toBeNull();
    expect(roleConflict(dict, 'Phát triển mới', 'decrease', 'vi', at)).toBeNull();
    expect(
      unitConflict(
        { entries: [{ kind: 'unit', word: 'Tr.đồng', answer: 'dong', multiplier: 1e6 }] },
        'Tr.đồng',
        parseUnit('Tr.đồng'),
        'vi',
        at,
      ),
    ).toBeNull();
    expect(indicatorConflict(dict, 'Thuê bao ADSL', matchIndicator('Thuê bao ADSL'), 'vi', at)).toBeNull();
  });

  it("checks a whole dictionary before any read, naming each entry's line", () => {
    const issues = checkDictionary(dict, 'vi', { file: 'tu-dien.csv', sheet: '' }, [2, 3, 4, 5, 6]);
    expect(issues.map((i) => i.cell)).toEqual(['A2', 'A4', 'A5', 'A6']);
    expect(checkDictionary({ entries: [{ kind: 'role', word: 'Số TB churn', answer: 'decrease' }] }, 'vi')).toEqual([]);
  });
});
