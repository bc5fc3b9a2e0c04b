import type { Period } from '../model';
import { periodFromCode } from '../periods';
import { columnTime } from './columnPeriods';
import type { Column } from './findHeader';

const column = (texts: string[], role: Column['role'] = 'current', previous = false): Column => ({
  index: 3,
  role,
  previous,
  texts,
  unit: null,
});
const at = (code: string): Period => periodFromCode(code);

describe('columnTime', () => {
  it('gives a column the sheet period unless its header says otherwise', () => {
    expect(columnTime(column(['Hiện có']), at('9T/2015'))).toEqual({
      role: 'current',
      period: '9T/2015',
      previous: false,
    });
    expect(columnTime(column(['Hiện có']), null)).toEqual({ role: 'current', period: null, previous: false });
  });

  it('reads "cùng kỳ", last year\'s period or date as the same period last year', () => {
    expect(columnTime(column(['Cùng kỳ năm trước'], 'current', true), at('9T/2015'))).toMatchObject({
      period: '9T/2014',
      previous: true,
    });
    expect(columnTime(column(['Thực hiện 9 tháng 2014']), at('9T/2015'))).toMatchObject({
      period: '9T/2014',
      previous: true,
    });
    expect(columnTime(column(['Hiện có đến 30/9/2014']), at('9T/2015'))).toMatchObject({
      period: '9T/2014',
      previous: true,
    });
    expect(columnTime(column(['Quý III/2014']), at('Q3/2015'))).toMatchObject({ period: 'Q3/2014', previous: true });
  });

  it('reads the stock the day before the period as the opening', () => {
    expect(columnTime(column(['Hiện có đến 31/12/2014']), at('9T/2015'))).toMatchObject({
      role: 'opening',
      period: '9T/2015',
    });
    expect(columnTime(column(['Hiện có 30/6/2015']), at('Q3/2015'))).toMatchObject({
      role: 'opening',
      period: 'Q3/2015',
    });
    expect(columnTime(column(['Hiện có đến 30/9/2015']), at('9T/2015'))).toMatchObject({
      role: 'current',
      period: '9T/2015',
    });
  });

  it('gives a month or quarter column its own period, and "lũy kế" the months to date', () => {
    expect(columnTime(column(['Tháng 9/2015']), at('9T/2015'))).toMatchObject({ period: 'T9/2015', previous: false });
    expect(columnTime(column(['Lũy kế']), at('T9/2015'))).toMatchObject({ period: '9T/2015' });
    expect(columnTime(column(['Lũy kế đến hết quý']), at('Q3/2015'))).toMatchObject({ period: '9T/2015' });
    expect(columnTime(column(['Năm 2015']), at('9T/2015'))).toMatchObject({ period: '9T/2015' });
  });

  it('keeps a "so với cùng kỳ (%)" column on this period', () => {
    expect(columnTime(column(['So với cùng kỳ (%)'], 'percent', true), at('9T/2015'))).toEqual({
      role: 'percent',
      period: '9T/2015',
      previous: false,
    });
  });
});
