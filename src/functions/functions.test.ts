import { inLanguage, plain } from '../../test/support/customFunctionsStub';
import {
  changeText,
  check,
  convert,
  fix,
  indicator,
  label,
  num,
  period,
  samePeriod,
  stock,
  sumInd,
  yoy,
} from './functions';
import { indicatorById, describePeriod, periodFromCode } from '../core';

const VALUE = '#VALUE!';
const NA = '#N/A';

/** A column range from values, as Excel passes one. */
const col = (...values: unknown[]) => values.map((v) => [v]);

/** Expects an Excel error with a message matching `message` in one cell. */
const err = (code: string, message: RegExp | string) => ({
  error: code,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
});

describe('YOY', () => {
  it('gives the change against the same period by default, a single cell as a 1×1 range', () => {
    expect(yoy([[1280]], [[1000]])[0][0]).toBeCloseTo(0.28, 12);
    expect(yoy([[72]], [[100]])[0][0]).toBeCloseTo(-0.28, 12);
  });

  it('gives a ratio or an index when asked, in English or Vietnamese', () => {
    expect(yoy([[72]], [[100]], 'ratio')[0][0]).toBeCloseTo(0.72, 12);
    expect(yoy([[72]], [[100]], 'index')[0][0]).toBeCloseTo(72, 12);
    expect(yoy([[72]], [[100]], 'Chỉ số')[0][0]).toBeCloseTo(72, 12);
    expect(yoy([[72]], [[100]], ' BẰNG ')[0][0]).toBeCloseTo(0.72, 12);
  });

  it('works down two columns, reading Vietnamese number text, leaving blank rows blank', () => {
    const result = yoy(col(2466410, '1.826.191', '', 85104), col(1485734, '1.086.819', null, '38.000'));
    expect(result).toHaveLength(4);
    expect(result[0][0]).toBeCloseTo(2466410 / 1485734 - 1, 12);
    expect(result[1][0]).toBeCloseTo(1826191 / 1086819 - 1, 12);
    expect(result[2][0]).toBe('');
    expect(result[3][0]).toBeCloseTo(85104 / 38000 - 1, 12);
  });

  it('broadcasts a single previous figure over a column', () => {
    const result = yoy(col(110, 120, 90), [[100]]);
    expect(result.map((r) => Math.round((r[0] as number) * 100))).toEqual([10, 20, -10]);
  });

  it('gives #N/A with "no previous figure" when last year is zero, blank or "-", and only in that cell', () => {
    expect(plain(yoy(col(5, 10, 20, 30), col(0, null, '-', 20)))).toEqual([
      [err(NA, /same period last year/)],
      [err(NA, 'No previous figure')],
      [err(NA, 'No previous figure')],
      [0.5],
    ]);
  });

  it('gives #N/A when this period is missing, #VALUE! naming unreadable text', () => {
    expect(plain(yoy([['']], [[null]]))).toEqual([['']]); // nothing at all: a blank row
    expect(plain(yoy([['']], [[100]]))).toEqual([[err(NA, 'No current figure')]]);
    expect(plain(yoy([['-']], [[100]]))).toEqual([[err(NA, 'No current figure')]]);
    expect(plain(yoy([['12 thuê bao?']], [[100]]))).toEqual([[err(VALUE, /Cannot read the number "12 thuê bao\?"/)]]);
    expect(plain(yoy([[true]], [[100]]))).toEqual([[err(VALUE, 'Cannot read the number "TRUE"')]]);
  });

  it('rejects an unknown convention and ranges of different sizes with #VALUE!', () => {
    expect(plain(yoy([[1]], [[1]], 'percent'))).toEqual([
      [err(VALUE, 'Cannot understand "percent"; use one of: change, ratio, index')],
    ]);
    expect(plain(yoy(col(1, 2, 3), col(1, 2)))).toEqual([[err(VALUE, 'The ranges differ in size (3×1, 2×1)')]]);
  });

  it('passes an Excel error in an input through to its cell', () => {
    const divZero = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expect((plain(yoy(col(divZero, 110), col(100, 100))) as unknown[][])[0]).toEqual([
      { error: '#DIV/0!', message: undefined },
    ]);
  });

  it('says what was wrong in Vietnamese when Office runs in Vietnamese', () => {
    inLanguage('vi-VN', () => {
      expect(plain(yoy([[5]], [[null]]))).toEqual([[err(NA, 'Thiếu số liệu cùng kỳ năm trước')]]);
      expect(plain(yoy([['abc']], [[5]]))).toEqual([[err(VALUE, 'Không đọc được số "abc"')]]);
      expect(plain(yoy([[5]], [[0]]))).toEqual([[err(NA, /cùng kỳ năm trước/)]]);
    });
  });
});

describe('NUM', () => {
  it('reads numbers the way submissions write them', () => {
    expect(num(col('1.234.567', '1.234,5', '16.000 (*)', 826963, ' 2.907 ', '-1.500'))).toEqual(
      col(1234567, 1234.5, 16000, 826963, 2907, -1500),
    );
  });

  it('gives an empty cell for "-", "x" and blanks, never 0', () => {
    expect(num(col('-', 'x', '', null, 5))).toEqual(col('', '', '', '', 5));
    expect(num([['-']])).toEqual([['']]);
    expect(num(col('28%', '-4,5 %'))).toEqual(col(0.28, -0.045));
  });

  it('gives #VALUE! naming text that is not a number', () => {
    expect(plain(num(col('12 thuê bao?', '1.2.3,4,5', 7)))).toEqual([
      [err(VALUE, 'Cannot read the number "12 thuê bao?"')],
      [err(VALUE, /^Cannot read the number "1\.2\.3,4,5"/)],
      [7],
    ]);
  });

  it('keeps the shape of a row or a block', () => {
    expect(num([['1.000', '2.000', '3.000']])).toEqual([[1000, 2000, 3000]]);
    expect(
      num([
        ['1.000', 2],
        ['-', '4,5'],
      ]),
    ).toEqual([
      [1000, 2],
      ['', 4.5],
    ]);
  });
});

describe('TOUNIT (was CONVERT, a built-in name)', () => {
  it('converts money between đồng units, by code or as written', () => {
    expect(convert([[2466410000]], [['nghìn đồng']], 'triệu đồng')[0][0]).toBeCloseTo(2466410, 6);
    expect(convert([['1.500']], [['tỷ đồng']], 'Tr.đồng')[0][0]).toBeCloseTo(1500000, 6);
    expect(convert([[5]], [['trieu-dong']], 'dong')[0][0]).toBeCloseTo(5e6, 0);
  });

  it('converts mass, down a column with a unit column', () => {
    const result = convert(col(2, '1.500', null), col('tấn', 'kg', 'kg'), 'kg');
    expect(result[0][0]).toBeCloseTo(2000, 9);
    expect(result[1][0]).toBeCloseTo(1500, 9);
    expect(result[2][0]).toBe('');
  });

  it('gives #VALUE! for an unknown unit or units of different kinds', () => {
    const [[unknown]] = plain(convert([[5]], [['furlong']], 'kg')) as unknown[][];
    expect(unknown).toEqual(err(VALUE, /furlong/));
    const [[mismatch]] = plain(convert([[5]], [['kg']], 'triệu đồng')) as unknown[][];
    expect(mismatch).toMatchObject({ error: VALUE });
    expect(plain(convert([['abc']], [['kg']], 'tấn'))).toEqual([[err(VALUE, 'Cannot read the number "abc"')]]);
  });
});

describe('INDICATOR and LABEL', () => {
  it('finds the standard indicator for labels in any wording or encoding, down a column', () => {
    expect(
      indicator(
        col(
          'Điện thoại cố định có dây',
          'Thuê bao FTTH',
          '§iÖn tho¹i di ®éng tr¶ tr\u00adíc',
          'Sản lượng phát hành báo chí',
        ),
      ),
    ).toEqual(col('fixed-wired', 'ftth', 'mobile-prepaid', 'press-distribution'));
    expect(indicator([['Đie\u0302\u0323n thoại di động trả sau'.normalize('NFD')]])).toEqual([['mobile-postpaid']]);
  });

  it('places "Doanh thu" by the sector given, in either language', () => {
    expect(indicator([['Doanh thu']], 'postal')).toEqual([['postal-revenue']]);
    expect(indicator([['Doanh thu']], 'Viễn thông')).toEqual([['telecom-revenue']]);
    expect(plain(indicator([['Doanh thu']], 'banking'))).toEqual([[err(VALUE, /Cannot understand "banking"/)]]);
  });

  it('gives #N/A for a label that is no standard indicator, and says which', () => {
    expect(plain(indicator([['Số trạm BTS']]))).toEqual([
      [{ error: NA, message: expect.stringMatching(/Số trạm BTS/) }],
    ]);
    expect(plain(indicator([['qwerty zzz']]))).toEqual([[err(NA, '"qwerty zzz" is not a standard indicator')]]);
    expect(indicator(col('', 'Thuê bao FTTH'))).toEqual(col('', 'ftth'));
  });

  it('gives the standard label back from an id or any wording, in Vietnamese or English', () => {
    expect(label(col('mobile-postpaid', 'ftth'))).toEqual(
      col(indicatorById('mobile-postpaid')!.label, indicatorById('ftth')!.label),
    );
    expect(label([['mobile-postpaid']])).toEqual([['Điện thoại DD trả sau']]);
    expect(label([['TB FTTH']], 'en')).toEqual([[indicatorById('ftth')!.labelEn]]);
    expect(plain(label([['no-such-indicator']]))).toEqual([[err(NA, /no-such-indicator/)]]);
  });
});

describe('STOCK and CHECK', () => {
  it('gives the closing stock, down columns, with blank movements as none', () => {
    expect(stock([[1000]], [[300]], [[50]])).toEqual([[1250]]);
    expect(stock(col('1.000', 2000, 500), col(300, '-', ''), col(50, 100, null))).toEqual(col(1250, 1900, 500));
  });

  it('gives #N/A when the opening stock is missing, #VALUE! for unreadable text', () => {
    expect(plain(stock([['']], [[300]], [[50]]))).toEqual([[err(NA, 'No opening figure')]]);
    expect(plain(stock([[1000]], [['ba trăm']], [[50]]))).toEqual([[err(VALUE, 'Cannot read the number "ba trăm"')]]);
  });

  it('checks the stock identity down columns, read from Vietnamese number text', () => {
    expect(check([[1000]], [[300]], [[50]], [[1250]])).toEqual([[true]]);
    expect(check([[1000]], [[300]], [[50]], [[1251]])).toEqual([[false]]);
    // Telecom rows 1–2 of the reference (fixed wired, fixed wireless), and row 2 off by one.
    expect(
      check(
        col(24060, 26237, 26237),
        col('2.907', 730, 730),
        col('24.060', 2907, 2907),
        col('2.907', '24.060', '24.061'),
      ),
    ).toEqual(col(true, true, false));
    expect(plain(check([[1000]], [[300]], [[50]], [['']]))).toEqual([[err(NA, 'No closing figure')]]);
  });
});

describe('PERIOD and SAMEPERIOD', () => {
  it('reads a period from title-line text or a code, down a column', () => {
    expect(period(col('9 tháng đầu năm 2015', 'Quý III/2015', 'Tháng 9/2015', '9T/2015', 2015))).toEqual(
      col('9T/2015', 'Q3/2015', 'T9/2015', '9T/2015', '2015'),
    );
  });

  it('describes a period in words when a language is given', () => {
    const nine = periodFromCode('9T/2015')!;
    expect(period([['Lũy kế 9 tháng năm 2015']], 'vi')).toEqual([[describePeriod(nine, 'vi')]]);
    expect(period([['9T/2015']], 'en')).toEqual([[describePeriod(nine, 'en')]]);
    expect(describePeriod(nine, 'vi')).toMatch(/9 tháng.*2015/);
  });

  it('gives #VALUE! for text with no period in it', () => {
    expect(plain(period([['Ghi chú']]))).toEqual([[err(VALUE, 'Cannot read a reporting period in "Ghi chú"')]]);
  });

  it('gives the same period last year', () => {
    expect(samePeriod(col('9T/2015', 'Quý III/2015', 'T1/2016', 2015))).toEqual(
      col('9T/2014', 'Q3/2014', 'T1/2015', '2014'),
    );
    expect(samePeriod([['9T/2015']], 'vi')).toEqual([[describePeriod(periodFromCode('9T/2014')!, 'vi')]]);
    expect(plain(samePeriod([['kỳ sau']]))).toEqual([[err(VALUE, /kỳ sau/)]]);
  });
});

describe('CHANGETEXT', () => {
  it("gives the report's phrase", () => {
    expect(changeText(col(128, 96, 100), col(100, 100, 100))).toEqual(col('tăng 28%', 'giảm 4%', 'bằng cùng kỳ'));
  });

  it('gives #N/A when the previous figure is zero or missing', () => {
    expect(plain(changeText(col(5, 5), col(0, '')))).toEqual([
      [{ error: NA, message: expect.any(String) }],
      [err(NA, 'No previous figure')],
    ]);
  });

  it('speaks English when asked', () => {
    const [[phrase]] = changeText([[128]], [[100]], 'en');
    expect(phrase).toMatch(/28%/);
    expect(phrase).not.toMatch(/tăng/);
  });
});

describe('FIX', () => {
  it('repairs TCVN3, VNI and decomposed text into NFC, down a column', () => {
    expect(
      fix(col('§iÖn tho¹i di ®éng tr¶ tr\u00adíc', 'Đie\u0302\u0323n thoại'.normalize('NFD'), 'Thuê bao FTTH')),
    ).toEqual(col('Điện thoại di động trả trước', 'Điện thoại', 'Thuê bao FTTH'));
    expect(fix([['Ñieän thoaïi']], 'VNI-Times')).toEqual([['Điện thoại']]);
  });

  it('leaves numbers and blanks as they are', () => {
    expect(fix(col(2907, '', 'x'))).toEqual(col(2907, '', 'x'));
  });
});

describe('SUMIND (matrix parameters)', () => {
  const vnpt = [
    ['VIỄN THÔNG QUẢNG NINH'],
    ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Phát triển mới', 'Rời mạng', 'Hiện có'],
    [1, 'Thuê bao FTTH', 'Thuê bao', 10215, 2430, 11362],
    [2, 'Điện thoại di động trả trước', 'Thuê bao', '182.455', '151.320', '402.118'],
    [3, 'Doanh thu', 'Triệu đồng', null, null, 812345],
  ];
  const fpt = [
    ['FPT TELECOM QUẢNG NINH'],
    ['Báo cáo 9 tháng đầu năm 2015'],
    ['TT', 'Tên chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Lũy kế hiện có'],
    [1, 'Thuê bao FTTH', 'TB', 5127, 1640, 5418],
    [2, 'Doanh thu', 'Tr.đồng', null, null, 98765],
  ];

  it('adds the current figure over several ranges: closing for a stock, the flow for revenue', () => {
    expect(sumInd('ftth', vnpt, fpt)).toBe(11362 + 5418);
    expect(sumInd('Thuê bao FTTH', vnpt)).toBe(11362);
    expect(sumInd('mobile-prepaid', vnpt, fpt)).toBe(402118);
    expect(sumInd('telecom-revenue', vnpt, fpt)).toBe(812345 + 98765);
  });

  it('gives #N/A when no range has the indicator, and for an unknown indicator', () => {
    expect(plain(sumInd('parcels', vnpt, fpt))).toMatchObject({ error: NA });
    expect(plain(sumInd('qwerty zzz', vnpt))).toEqual(err(NA, '"qwerty zzz" is not a standard indicator'));
    expect(plain(sumInd('ftth'))).toMatchObject({ error: NA });
  });
});
