import type { Fact } from '../model';
import { fact as baseFact } from '../../../test/support/fixtures';
import { checkNegativeValues } from './negativeValue';

const fact = (measure: Fact['measure'], value: number, cell: string): Fact =>
  baseFact({ enterprise: 'FPT', indicator: 'ftth', measure, value, source: { file: 'f.xlsx', sheet: 'FPT', cell } });

describe('checkNegativeValues', () => {
  it('warns on a negative count and names the cell', () => {
    const issues = checkNegativeValues([fact('closing', 10, 'F5'), fact('decrease', -120, 'E5')], 'vi');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'negative-value',
      severity: 'warning',
      cell: 'E5',
      enterprise: 'FPT',
      indicator: 'ftth',
    });
    expect(issues[0].message).toContain('-120');
  });
  it('a zero is no negative figure', () => {
    expect(checkNegativeValues([fact('decrease', 0, 'E5')])).toEqual([]);
  });
  it('says it in English too', () => {
    expect(checkNegativeValues([fact('decrease', -120, 'E5')], 'en')[0].message).toMatch(
      /^FPT – FTTH .*: negative figure -120/,
    );
  });
  it('lets an enterprise’s own percentage be negative', () => {
    expect(checkNegativeValues([fact('reportedChange', -0.3, 'G5')])).toEqual([]);
  });
});
