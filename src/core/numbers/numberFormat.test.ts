import { formatEffect, keptFormat } from './numberFormat';

describe('formatEffect', () => {
  it.each([
    ['#,##0,', false, 1000],
    ['#,##0,,', false, 1e6],
    ['#,##0.0,,', false, 1e6],
    ['#,##0,"K"', false, 1000],
    ['0%', true, 1],
    ['0.00%', true, 1],
    ['#,##0', false, 1],
    ['#,##0.00', false, 1],
    ['"%"#,##0', false, 1],
    ['[Red]#,##0,;(#,##0,)', false, 1000],
    ['General', false, 1],
    ['@', false, 1],
    ['', false, 1],
  ])('%s → percent %s, divisor %d', (format, percent, divisor) => {
    expect(formatEffect(format)).toEqual({ percent, divisor });
  });

  it('keeps only formats that change what is seen', () => {
    expect(keptFormat('#,##0,')).toBe('#,##0,');
    expect(keptFormat('0%')).toBe('0%');
    expect(keptFormat('#,##0')).toBeNull();
    expect(keptFormat(null)).toBeNull();
    expect(keptFormat(12)).toBeNull();
  });
});

describe('formatEffect, what is not the number', () => {
  it.each([
    ['0" %"', false, 1],
    ['"Tỷ lệ "0%', true, 1],
    ['0%"abc', true, 1],
    ['0\\%', false, 1],
    ['0_%', false, 1],
    ['0*%', false, 1],
    ['[%]0', false, 1],
    ['[Blue]0%', true, 1],
    ['0%[Red', true, 1],
    ['#,##0;0%', false, 1],
    ['#,##0_),', false, 1000],
    ['#,##0\\,', false, 1],
    ['#,##0" ,"', false, 1],
  ])('%s → percent %s, divisor %d', (format, percent, divisor) => {
    expect(formatEffect(format)).toEqual({ percent, divisor });
  });
});
