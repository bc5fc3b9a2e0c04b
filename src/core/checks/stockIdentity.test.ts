import { aggregate } from '../compute/aggregate';
import type { Fact } from '../model';
import { fact } from '../../../test/support/fixtures';
import { checkStockIdentity } from './stockIdentity';

const at = (cell: string) => ({ file: 'vnpt.xlsx', sheet: 'Biểu 1', cell });
const stock = (enterprise: string, measure: Fact['measure'], value: number, cell: string): Fact =>
  fact({ enterprise, indicator: 'mobile-postpaid', measure, value, source: at(cell) });

describe('checkStockIdentity', () => {
  it('warns where opening + increase − decrease is not the closing, at the closing cell', () => {
    const facts = [
      stock('VNPT', 'opening', 1000, 'C5'),
      stock('VNPT', 'increase', 300, 'D5'),
      stock('VNPT', 'decrease', 100, 'E5'),
      stock('VNPT', 'closing', 1250, 'F5'),
    ];
    const issues = checkStockIdentity(aggregate(facts, '9T/2015'), 'vi');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      code: 'stock-identity',
      file: 'vnpt.xlsx',
      sheet: 'Biểu 1',
      cell: 'F5',
      enterprise: 'VNPT',
      indicator: 'mobile-postpaid',
    });
    expect(issues[0].message).toContain('1.200');
    expect(issues[0].message).toContain('1.250');
    expect(issues[0].message).toContain('50');
    expect(checkStockIdentity(aggregate(facts, '9T/2015'), 'en')[0].message).toContain('1,250');
  });

  it('says nothing when the stock adds up', () => {
    const facts = [
      stock('VNPT', 'opening', 1000, 'C5'),
      stock('VNPT', 'increase', 300, 'D5'),
      stock('VNPT', 'decrease', 100, 'E5'),
      stock('VNPT', 'closing', 1200, 'F5'),
    ];
    expect(checkStockIdentity(aggregate(facts, '9T/2015'))).toEqual([]);
  });

  it('says nothing when the opening is not known', () => {
    const facts = [
      stock('VNPT', 'increase', 300, 'D5'),
      stock('VNPT', 'decrease', 100, 'E5'),
      stock('VNPT', 'closing', 1250, 'F5'),
    ];
    expect(checkStockIdentity(aggregate(facts, '9T/2015'))).toEqual([]);
  });

  it('checks each enterprise on its own', () => {
    const facts = [
      stock('VNPT', 'opening', 1000, 'C5'),
      stock('VNPT', 'increase', 300, 'D5'),
      stock('VNPT', 'decrease', 100, 'E5'),
      stock('VNPT', 'closing', 1200, 'F5'),
      stock('Viettel', 'opening', 10, 'C6'),
      stock('Viettel', 'increase', 5, 'D6'),
      stock('Viettel', 'decrease', 0, 'E6'),
      stock('Viettel', 'closing', 14, 'F6'),
    ];
    expect(checkStockIdentity(aggregate(facts, '9T/2015')).map((i) => [i.enterprise, i.cell])).toEqual([
      ['Viettel', 'F6'],
    ]);
  });
});
