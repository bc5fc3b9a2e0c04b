import fc from 'fast-check';
import type { Period } from '../model';
import { CoreError } from '../errors';
import { describePeriod } from './describePeriod';
import { findPeriod } from './findPeriod';
import { shortPeriod } from './shortPeriod';
import { firstMonthsPeriod, monthPeriod, periodFromMonths, quarterPeriod, yearPeriod } from './makePeriod';
import { parsePeriod } from './parsePeriod';
import { periodFromCode } from './periodFromCode';
import { periodInterval } from './periodInterval';
import { samePeriodLastYear } from './samePeriodLastYear';

const code = (text: string): string | null => parsePeriod(text)?.code ?? null;

/** Any period a report can be about. */
const anyPeriod: fc.Arbitrary<Period> = fc.integer({ min: 1901, max: 2199 }).chain((year) =>
  fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((m) => monthPeriod(year, m)),
    fc.integer({ min: 1, max: 4 }).map((q) => quarterPeriod(year, q)),
    fc.integer({ min: 2, max: 11 }).map((n) => firstMonthsPeriod(year, n)),
    fc.constant(yearPeriod(year)),
  ),
);

describe('periodFromCode', () => {
  it('reads the four kinds of code', () => {
    expect(periodFromCode('T9/2015')).toEqual({
      kind: 'month',
      year: 2015,
      startMonth: 9,
      endMonth: 9,
      code: 'T9/2015',
    });
    expect(periodFromCode('Q3/2015')).toEqual({
      kind: 'quarter',
      year: 2015,
      startMonth: 7,
      endMonth: 9,
      code: 'Q3/2015',
    });
    expect(periodFromCode('9T/2015')).toEqual({
      kind: 'months',
      year: 2015,
      startMonth: 1,
      endMonth: 9,
      code: '9T/2015',
    });
    expect(periodFromCode('6T/2015')).toEqual({
      kind: 'months',
      year: 2015,
      startMonth: 1,
      endMonth: 6,
      code: '6T/2015',
    });
    expect(periodFromCode('2015')).toEqual({ kind: 'year', year: 2015, startMonth: 1, endMonth: 12, code: '2015' });
  });

  it('keeps Q1 a quarter and 3T the first three months', () => {
    expect(periodFromCode('Q1/2015')).toMatchObject({ kind: 'quarter', startMonth: 1, endMonth: 3, code: 'Q1/2015' });
    expect(periodFromCode('3T/2015')).toMatchObject({ kind: 'months', startMonth: 1, endMonth: 3, code: '3T/2015' });
  });

  it('normalises case, spaces, 12T and 1T', () => {
    expect(periodFromCode(' q3/2015 ').code).toBe('Q3/2015');
    expect(periodFromCode('t9/2015').code).toBe('T9/2015');
    expect(periodFromCode('12T/2015').code).toBe('2015');
    expect(periodFromCode('1T/2015').code).toBe('T1/2015');
  });

  it('throws bad-period in both languages for anything else', () => {
    for (const bad of ['T13/2015', 'Q5/2015', '9 tháng 2015', '', '15', 'T9/15', '13T/2015']) {
      expect(() => periodFromCode(bad)).toThrow(CoreError);
    }
    expect(() => periodFromCode('xyz')).toThrow(
      expect.objectContaining({
        code: 'bad-period',
        messages: { vi: expect.stringContaining('"xyz"'), en: expect.stringContaining('"xyz"') },
      }),
    );
  });
});

describe('parsePeriod', () => {
  it('reads codes', () => {
    expect(code('T9/2015')).toBe('T9/2015');
    expect(code('Q3/2015')).toBe('Q3/2015');
    expect(code('9T/2015')).toBe('9T/2015');
    expect(code('2015')).toBe('2015');
  });

  it('reads the Vietnamese wordings of submissions', () => {
    expect(code('9 tháng đầu năm 2015')).toBe('9T/2015');
    expect(code('9 tháng năm 2015')).toBe('9T/2015');
    expect(code('Lũy kế 9 tháng năm 2015')).toBe('9T/2015');
    expect(code('Thực hiện 9 tháng 2015')).toBe('9T/2015');
    expect(code('6 tháng đầu năm 2015')).toBe('6T/2015');
    expect(code('Quý III/2015')).toBe('Q3/2015');
    expect(code('Quý 3 năm 2015')).toBe('Q3/2015');
    expect(code('quý III năm 2015')).toBe('Q3/2015');
    expect(code('Quý IV năm 2015')).toBe('Q4/2015');
    expect(code('Quý I/2016')).toBe('Q1/2016');
    expect(code('Tháng 9/2015')).toBe('T9/2015');
    expect(code('tháng 09 năm 2015')).toBe('T9/2015');
    expect(code('Tháng 12 năm 2015')).toBe('T12/2015');
    expect(code('Năm 2015')).toBe('2015');
  });

  it('reads date ranges of whole months', () => {
    expect(code('từ 01/01/2015 đến 30/9/2015')).toBe('9T/2015');
    expect(code('Từ ngày 01/7/2015 đến ngày 30/9/2015')).toBe('Q3/2015');
    expect(code('từ 01/01/2015 đến 31/12/2015')).toBe('2015');
    expect(code('từ 01/02/2016 đến 29/02/2016')).toBe('T2/2016');
    expect(code('từ 01/4/2015 đến 15/9/2015')).toBeNull();
    expect(code('từ 01/4/2015 đến 30/9/2015')).toBeNull();
    expect(code('từ 01/01/2014 đến 30/9/2015')).toBeNull();
  });

  it('reads English', () => {
    expect(code('9 months of 2015')).toBe('9T/2015');
    expect(code('first 6 months of 2015')).toBe('6T/2015');
    expect(code('Q3 2015')).toBe('Q3/2015');
    expect(code('September 2015')).toBe('T9/2015');
    expect(code('Year 2015')).toBe('2015');
  });

  it('reads any case and NFD, inside a longer title', () => {
    expect(code('BÁO CÁO KẾT QUẢ 9 THÁNG ĐẦU NĂM 2015'.normalize('NFD'))).toBe('9T/2015');
    expect(code('lũy kế 9 tháng năm 2015'.toUpperCase())).toBe('9T/2015');
  });

  it('does not take dates, document numbers or names for periods', () => {
    for (const t of [
      'Quảng Ninh, ngày 05 tháng 10 năm 2015',
      'Thông tư 03/2022/TT-BTTTT',
      'Số: 123/BC-VNPT',
      'Tổng cộng',
      'Việt Nam 2015',
      'Quy định 03/2015',
      'T13/2015',
      '',
    ]) {
      expect([t, code(t)]).toEqual([t, null]);
    }
  });

  it('reads back every period from its code and from its description (property)', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(parsePeriod(p.code)).toEqual(p);
        expect(periodFromCode(p.code)).toEqual(p);
        expect(parsePeriod(describePeriod(p, 'vi'))).toEqual(p);
        expect(parsePeriod(describePeriod(p, 'en'))).toEqual(p);
      }),
    );
  });

  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parsePeriod(s)));
  });
});

describe('samePeriodLastYear', () => {
  it('moves a period one year back, kind and months kept', () => {
    expect(samePeriodLastYear('9T/2015').code).toBe('9T/2014');
    expect(samePeriodLastYear('Q3/2015').code).toBe('Q3/2014');
    expect(samePeriodLastYear('T1/2016').code).toBe('T1/2015');
    expect(samePeriodLastYear('2015').code).toBe('2014');
    expect(samePeriodLastYear('3T/2015').code).toBe('3T/2014');
    expect(samePeriodLastYear(periodFromCode('Q1/2015')).code).toBe('Q1/2014');
  });

  it('keeps the span (property)', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const q = samePeriodLastYear(p);
        expect(q).toEqual({ ...p, year: p.year - 1, code: q.code });
        expect(q.code).toBe(p.code.replace(String(p.year), String(p.year - 1)));
      }),
    );
  });
});

describe('describePeriod', () => {
  it('says each kind in Vietnamese and English', () => {
    expect(describePeriod('9T/2015', 'vi')).toBe('9 tháng đầu năm 2015');
    expect(describePeriod('9T/2015', 'en')).toBe('first 9 months of 2015');
    expect(describePeriod('Q3/2015', 'vi')).toBe('Quý III năm 2015');
    expect(describePeriod('Q3/2015', 'en')).toBe('Q3 2015');
    expect(describePeriod('T9/2015', 'vi')).toBe('Tháng 9 năm 2015');
    expect(describePeriod('T9/2015', 'en')).toBe('September 2015');
    expect(describePeriod(periodFromCode('2015'), 'vi')).toBe('Năm 2015');
    expect(describePeriod('2015', 'en')).toBe('2015');
  });
});

describe('periodInterval', () => {
  it('runs from the first day of the first month to the end of the last', () => {
    expect(periodInterval('Q3/2015')).toEqual({
      start: new Date(2015, 6, 1),
      end: new Date(2015, 8, 30, 23, 59, 59, 999),
    });
    expect(periodInterval('T2/2016').end).toEqual(new Date(2016, 1, 29, 23, 59, 59, 999));
    expect(periodInterval('9T/2015').start).toEqual(new Date(2015, 0, 1));
  });

  it('covers the months of the period (property)', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const { start, end } = periodInterval(p);
        expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([p.year, p.startMonth, 1]);
        expect([end.getFullYear(), end.getMonth() + 1]).toEqual([p.year, p.endMonth]);
        expect(new Date(end.getTime() + 1).getDate()).toBe(1);
      }),
    );
  });
});

describe('periodFromMonths', () => {
  it('names the spans reports use and refuses others', () => {
    expect(periodFromMonths(2015, 7, 9)?.code).toBe('Q3/2015');
    expect(periodFromMonths(2015, 1, 3)?.code).toBe('Q1/2015');
    expect(periodFromMonths(2015, 1, 9)?.code).toBe('9T/2015');
    expect(periodFromMonths(2015, 1, 12)?.code).toBe('2015');
    expect(periodFromMonths(2015, 5, 5)?.code).toBe('T5/2015');
    expect(periodFromMonths(2015, 4, 9)).toBeNull();
    expect(periodFromMonths(2015, 9, 7)).toBeNull();
  });
});

describe('findPeriod', () => {
  it('finds the period of the title lines, skipping signing dates', () => {
    const lines = [
      'VNPT QUẢNG NINH',
      'Số: 123/BC-VNPT',
      'Quảng Ninh, ngày 05 tháng 10 năm 2015',
      'BÁO CÁO KẾT QUẢ 9 THÁNG ĐẦU NĂM 2015',
    ];
    expect(findPeriod(lines)?.code).toBe('9T/2015');
  });

  it('ignores mentions of the same period last year, plans and comparisons', () => {
    expect(findPeriod(['So với cùng kỳ năm 2014', 'Quý III/2015'])?.code).toBe('Q3/2015');
    expect(findPeriod(['Thực hiện 9 tháng 2015 so với cùng kỳ năm 2014'])?.code).toBe('9T/2015');
    expect(findPeriod(['Cùng kỳ năm 2014', 'Kế hoạch năm 2015'])).toBeNull();
    expect(findPeriod(['Kỳ báo cáo: từ 01/7/2015 đến 30/9/2015'])?.code).toBe('Q3/2015');
  });

  it('gives null when no line states a period', () => {
    expect(findPeriod([])).toBeNull();
    expect(findPeriod(['Tên chỉ tiêu', 'Đơn vị tính: thuê bao'])).toBeNull();
  });
});

describe('shortPeriod', () => {
  it.each([
    ['Tháng 9', 'T9/2015'],
    ['Thực hiện tháng 09', 'T9/2015'],
    ['T1', 'T1/2015'],
    ['T12', 'T12/2015'],
    ['Quý III', 'Q3/2015'],
    ['Q2', 'Q2/2015'],
    ['quý 4', 'Q4/2015'],
    ['Sep', 'T9/2015'],
    ['January', 'T1/2015'],
    ['M1', 'T1/2015'],
    ['Sept.', 'T9/2015'],
    ['December', 'T12/2015'],
    ['May', 'T5/2015'],
    ['M12', 'T12/2015'],
  ])('%s → %s', (text, code) => expect(shortPeriod(text, 2015)?.code).toBe(code));

  it.each(['9 tháng', 'Lũy kế', 'Tháng 9/2015', 'Tăng', 'Thuê bao', 'Tổng', 'M13', 'km2', 'Decrease', 'Số máy'])(
    '%s → none',
    (text) => expect(shortPeriod(text, 2015)).toBeNull(),
  );

  it('reads "9 tháng/2015" as the first nine months', () =>
    expect(parsePeriod('Báo cáo 9 tháng/2015')?.code).toBe('9T/2015'));
});

describe('spans of months', () => {
  it.each([
    ['Telecommunications and postal figures, January - Jun 2019', '6T/2019'],
    ['Jan–Sep 2015', '9T/2015'],
    ['July to September 2015', 'Q3/2015'],
    ['Từ tháng 1 đến tháng 9 năm 2015', '9T/2015'],
    ['tháng 1 - tháng 6/2019', '6T/2019'],
  ])('%s → %s', (text, code) => expect(parsePeriod(text)?.code).toBe(code));
});
