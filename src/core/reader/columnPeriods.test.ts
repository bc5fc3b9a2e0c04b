import type { Period } from '../model';
import { periodFromCode } from '../periods';
import { columnTime, spanOfShortColumns } from './columnPeriods';
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

describe('columnTime: dates in the header', () => {
  it('takes the last days of the month before the period for its opening, as people write them', () => {
    // 29/2/2016 is the day before March; 28/2 is how some write it all the same.
    expect(columnTime(column(['Hiện có 29/2/2016']), at('T3/2016'))).toMatchObject({ role: 'opening' });
    expect(columnTime(column(['Hiện có 28/2/2016']), at('T3/2016'))).toMatchObject({ role: 'opening' });
    expect(columnTime(column(['Số dư 31.12.2014']), at('2015'))).toMatchObject({ role: 'opening', period: '2015' });
    expect(columnTime(column(['Hiện có 27/2/2016']), at('T3/2016'))).toMatchObject({ role: null });
  });

  it('does not take a date a year back for the opening, nor a flow at that date for a stock', () => {
    expect(columnTime(column(['Tăng đến 31/12/2014'], 'increase'), at('9T/2015'))).toEqual({
      role: 'increase',
      period: '9T/2015',
      previous: false,
    });
    // Two years back is no opening: a stock at a date of no use, not read.
    expect(columnTime(column(['Hiện có đến 31/12/2013']), at('9T/2015'))).toEqual({
      role: null,
      period: '9T/2015',
      previous: false,
    });
  });

  it("reads the end of the same period last year as last year's, its span named", () => {
    expect(columnTime(column(['Hiện có đến 30/9/2014']), at('9T/2015'))).toEqual({
      role: 'current',
      period: '9T/2014',
      previous: true,
      named: true,
    });
    expect(columnTime(column(['Hiện có đến 30/6/2014']), at('9T/2015'))).toMatchObject({ previous: false });
  });

  it('does not read a stock counted at another single date, but does a span between two dates', () => {
    expect(columnTime(column(['Hiện có 30/6/2015']), at('9T/2015'))).toEqual({
      role: null,
      period: '9T/2015',
      previous: false,
    });
    expect(columnTime(column(['Từ 1/7/2015 đến 30/9/2015']), at('Q3/2015'))).toMatchObject({ role: 'current' });
    expect(columnTime(column(['Tăng 1/7/2015'], 'increase'), at('Q3/2015'))).toMatchObject({ role: 'increase' });
    expect(columnTime(column(['Ước 30/9/2015']), at('9T/2015'))).toMatchObject({ role: 'current' });
  });
});

describe('columnTime: periods in the header', () => {
  it("names last year's span when the header says more than the year", () => {
    expect(columnTime(column(['Cùng kỳ 9 tháng 2014'], 'current', true), at('T9/2015'))).toEqual({
      role: 'current',
      period: '9T/2014',
      previous: true,
      named: true,
    });
    expect(columnTime(column(['Cùng kỳ năm 2014'], 'current', true), at('T9/2015'))).toEqual({
      role: 'current',
      period: 'T9/2014',
      previous: true,
      named: false,
    });
  });

  it("reads a bare last year beside this year's figures, not a number that holds it", () => {
    expect(columnTime(column(['Số liệu 2014']), at('9T/2015'))).toMatchObject({ period: '9T/2014', previous: true });
    expect(columnTime(column(['Mã 20145']), at('9T/2015'))).toMatchObject({ period: '9T/2015', previous: false });
  });

  it("gives a month or quarter of this year its own period, not a longer span or the sheet's own", () => {
    expect(columnTime(column(['Quý III/2015']), at('9T/2015'))).toMatchObject({ period: 'Q3/2015' });
    expect(columnTime(column(['Tháng 9/2015']), at('T9/2015'))).toMatchObject({ period: 'T9/2015' });
    expect(columnTime(column(['6 tháng 2015']), at('9T/2015'))).toMatchObject({ period: '9T/2015' });
    expect(columnTime(column(['Tháng 9/2016']), at('9T/2015'))).toMatchObject({ period: '9T/2015', previous: false });
  });

  it("reads a month or quarter without its year as of the sheet's year, the lowest header row first", () => {
    expect(columnTime(column(['T9']), at('9T/2015'))).toMatchObject({ period: 'T9/2015' });
    expect(columnTime(column(['Theo tháng năm 2019', 'T5']), at('2019'))).toMatchObject({ period: 'T5/2019' });
    expect(columnTime(column(['Quý III', '']), at('2015'))).toMatchObject({ period: 'Q3/2015' });
    expect(columnTime(column(['T9']), at('T9/2015'))).toMatchObject({ period: 'T9/2015' });
    // Last year's column of a month: that month last year.
    expect(columnTime(column(['Cùng kỳ', 'T9'], 'current', true), at('9T/2015'))).toMatchObject({
      period: 'T9/2014',
      previous: true,
    });
  });

  it('reads "lũy kế" as the months from January only on a month\'s or quarter\'s sheet', () => {
    expect(columnTime(column(['Lũy kế']), at('Q1/2015'))).toMatchObject({ period: 'Q1/2015' });
    expect(columnTime(column(['Lũy kế']), at('T1/2015'))).toMatchObject({ period: 'T1/2015' });
    expect(columnTime(column(['Lũy kế']), at('9T/2015'))).toMatchObject({ period: '9T/2015' });
    expect(columnTime(column(['Lũy kế']), at('Q2/2015'))).toMatchObject({ period: '6T/2015' });
    expect(columnTime(column(['Hiện có']), at('Q2/2015'))).toMatchObject({ period: 'Q2/2015' });
  });
});

describe('spanOfShortColumns', () => {
  const span = (codes: (string | null)[], period: string | null) =>
    spanOfShortColumns(codes, period ? at(period) : null)?.code ?? null;

  it("reads a year's table of months as the months it reaches", () => {
    expect(span(['T1/2015', 'T9/2015', '2015'], '2015')).toBe('9T/2015');
    expect(span([null, 'Q1/2015', 'Q2/2015', '2015'], '2015')).toBe('6T/2015');
    expect(span(['T1/2015', 'T6/2015', '9T/2015'], '9T/2015')).toBe('6T/2015');
  });

  it('leaves the period alone when the months reach its end, are of another year, or it is a month or quarter', () => {
    expect(span(['T1/2015', 'T12/2015', '2015'], '2015')).toBeNull();
    expect(span(['T1/2014', 'T9/2014', '2015'], '2015')).toBeNull();
    expect(span(['2015', '2014'], '2015')).toBeNull();
    expect(span(['T1/2015', 'T2/2015'], 'Q1/2015')).toBeNull();
    expect(span(['T1/2015'], 'T3/2015')).toBeNull();
    expect(span(['T1/2015'], null)).toBeNull();
  });
});

describe('columnTime: what else a header says', () => {
  it('names no span for a last year\'s column that says only "cùng kỳ"', () => {
    expect(columnTime(column(['Cùng kỳ năm trước'], 'current', true), at('9T/2015'))).toEqual({
      role: 'current',
      period: '9T/2014',
      previous: true,
      named: false,
    });
  });

  it('reads a period written across two header rows', () => {
    expect(columnTime(column(['Quý', 'III/2015']), at('9T/2015'))).toMatchObject({ period: 'Q3/2015' });
  });
});
