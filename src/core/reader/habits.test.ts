/**
 * Habits of real submissions that the bundled examples do not show: each read right, or each
 * figure it cannot use named by an issue. Never silent.
 */
import type { SheetReading } from '../model';
import { readSheet } from './readSheet';
import { brief, grid } from '../../../test/support/grid';

const facts = (reading: SheetReading) => brief(reading.submissions.flatMap((s) => s.facts));
const codes = (reading: SheetReading) => reading.issues.map((i) => `${i.severity} ${i.code}`);
/** Every numeric cell is in exactly one class, and the ones not used are named by an issue. */
function accounted(reading: SheetReading): void {
  const seen = new Set<string>();
  for (const account of reading.accounts ?? []) {
    expect(seen.has(account.cell)).toBe(false);
    seen.add(account.cell);
  }
}

describe('column headers the catalogue did not know', () => {
  it.each([
    ['Disconnected', 'decrease'],
    ['Churn', 'decrease'],
    ['Active subscribers', 'closing'],
    ['Kỳ báo cáo', 'closing'],
    ['Thực hiện kỳ báo cáo', 'closing'],
    ['New subscribers', 'increase'],
    ['Reporting period', 'closing'],
    ['Current period', 'closing'],
  ])('"%s" is a %s column', (header, measure) => {
    const reading = readSheet(
      grid([['VNPT Bắc Ninh'], ['Báo cáo 9 tháng năm 2015'], ['Chỉ tiêu', header], ['Thuê bao FTTH', 1234]]),
    );
    expect(facts(reading)).toEqual([`ftth ${measure} 9T/2015 1234 @B4`]);
  });

  it('"#" heads the ordinal column, and "In the period" over "New subscriptions" is the increase', () => {
    const reading = readSheet(
      grid([
        ['MobiFone Thanh Hóa'],
        ['Telecommunications figures, Mar 2016'],
        ['#', 'Indicator', 'Unit', 'In the period', 'Active subscribers'],
        [null, null, null, 'New subscriptions'],
        ['(1)', '(2)', 'C', '(4)', 'E'],
        [1, 'Postpaid mobile subscriptions', 'Nghìn thuê bao', '0.1', '10.0'],
        [2, 'Prepaid mobile subscriptions', 'Nghìn thuê bao', '5.9', '120.4'],
      ]),
    );
    expect(facts(reading)).toEqual([
      'mobile-postpaid increase T3/2016 100 @D6',
      'mobile-postpaid closing T3/2016 10000 @E6',
      'mobile-prepaid increase T3/2016 5900 @D7',
      'mobile-prepaid closing T3/2016 120400 @E7',
    ]);
    expect(reading.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each(['Same period last year', 'Previous year', 'Prior year'])('"%s" is last year\'s column', (header) => {
    const reading = readSheet(
      grid([
        ['VNPT Bắc Ninh'],
        ['Figures, first 9 months of 2015'],
        ['Item', 'In service', header, 'Growth vs same period', 'Difference'],
        ['FTTH subscriptions', 1234, 1000, 23.4, 234],
      ]),
    );
    expect(facts(reading)).toEqual([
      'ftth closing 9T/2015 1234 @B4',
      'ftth closing 9T/2014 1000 @C4',
      'ftth reportedChange 9T/2015 0.234 @D4',
    ]);
    // The difference in units is known not to be a figure: no problem names it.
    expect(reading.issues.filter((i) => i.cells?.includes('E4') || i.cell === 'E4')).toEqual([]);
  });
});

describe('rows and columns that are not figures of the tables, said quietly', () => {
  it.each(['By quarter', 'Theo quý', ''])(
    'STT, label and unit headings merged down beside "%s" over the quarters are the header\'s first row',
    (group) => {
      const reading = readSheet(
        grid([
          ['Viettel Post Lào Cai'],
          ['Postal statistics 2023'],
          ['STT', 'Indicator', 'Unit', group],
          [null, null, null, 'Quarter 1', 'Quarter 2', 'Q3', 'Q4'],
          [1, 'Ordinary parcels', 'Items', 1615, 1824, 2876, 2416],
          [2, 'Money orders', 'Items', 25386, 12142, 13147, 11214],
        ]),
        { period: '2023' },
      );
      expect(facts(reading)).toHaveLength(8);
      expect(reading.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(reading.accounts?.filter((a) => a.cell === 'A5' || a.cell === 'A6').map((a) => a.why)).toEqual([
        'numbering',
        'numbering',
      ]);
    },
  );

  it('"Fixed broadband subscriptions" over xDSL and FTTH is their total, and they are read', () => {
    const reading = readSheet(
      grid([
        ['Viettel Bắc Ninh'],
        ['Period: January - Jun 2016'],
        ['No.', 'Service', 'Increase', 'Active subscribers'],
        [4, 'Fixed broadband subscriptions', 2146, 14843],
        [null, 'Fixed broadband xDSL', 250, 1938],
        [null, 'FTTH subscriptions', 1896, 12905],
      ]),
    );
    expect(facts(reading)).toEqual([
      'broadband-xdsl increase 6T/2016 250 @C5',
      'broadband-xdsl closing 6T/2016 1938 @D5',
      'ftth increase 6T/2016 1896 @C6',
      'ftth closing 6T/2016 12905 @D6',
    ]);
    expect(reading.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('net additions down the side of a turned table are no figure, as across the top', () => {
    const reading = readSheet(
      grid([
        ['VIỄN THÔNG ĐỒNG NAI'],
        ['SỐ LIỆU VIỄN THÔNG, INTERNET QUÝ III/2015'],
        ['Nội dung', 'Cố định hữu tuyến (thuê bao)', 'Điện thoại DD trả sau (thuê bao)'],
        ['Tăng', 774, 2238],
        ['Số giảm trong kỳ', 238, 1021],
        ['Tăng ròng', 536, 1217],
        ['Kế hoạch năm', 900, 2500],
        ['Thuê bao đang hoạt động', 20886, 85970],
      ]),
    );
    expect(facts(reading)).toHaveLength(6);
    expect(facts(reading)).not.toContain(expect.stringMatching(/@[BC][67]$/));
    expect(reading.issues).toEqual([]);
    accounted(reading);
  });

  it('the parts of a total in thousands are parts, not counts with a fraction', () => {
    const reading = readSheet(
      grid([
        ['Chi nhánh Viettel Lâm Đồng'],
        ['Báo cáo 9 tháng năm 2023'],
        ['STT', 'Loại dịch vụ', 'Thực hiện'],
        [1, 'Bưu gửi CPN (Nghìn bưu gửi)', '2,08'],
        [null, 'Trong đó:'],
        [null, '- Trong nước', 1.09],
        [null, '- Quốc tế', 0.99],
      ]),
    );
    expect(facts(reading)).toEqual(['express flow 9T/2023 2080 @C4']);
    expect(reading.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(reading.accounts?.filter((a) => a.cell === 'C6' || a.cell === 'C7').map((a) => a.why)).toEqual([
      'part',
      'part',
    ]);
  });

  it.each([
    ['Điểm cung cấp dịch vụ viễn thông công cộng (Điểm)', 'Hạ tầng'],
    ['Thùng thư công cộng', 'Hạ tầng'],
    ['Fixed telephone', 'Điện thoại cố định'],
    ['Fixed broadband subscriptions', 'Internet băng rộng'],
  ])('"%s" is an indicator outside the tables (%s): an info, not a row not understood', (label, name) => {
    const reading = readSheet(
      grid([
        ['VNPT Đồng Nai'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'Hiện có'],
        ['Thuê bao FTTH', 1234],
        [label, 56],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth closing 9T/2015 1234 @B4']);
    expect(reading.issues.map((i) => `${i.severity} ${i.code} ${i.cells?.join(',')}`)).toEqual([
      'info not-standard A5,B5',
    ]);
    expect(reading.issues[0].message).toContain(name);
  });
});

describe('periods of columns', () => {
  it('"9 tháng 2014" over one column beside columns naming no year, under a chosen 9T/2015, is last year\'s', () => {
    const rows = (header: string[]) =>
      grid([
        ['EMS Đắk Lắk'],
        ['Tình hình phát triển bưu chính, chuyển phát'],
        ['STT', 'Loại dịch vụ', ...header],
        [1, 'CPN (Bưu gửi)', '1.477', '12.961', '16.607'],
      ]);
    const reading = readSheet(rows(['Thực hiện T9', 'Lũy kế 9 tháng', '9 tháng 2014']), { period: '9T/2015' });
    expect(facts(reading).sort()).toEqual([
      'express flow 9T/2014 16607 @E4',
      'express flow 9T/2015 12961 @D4',
      'express flow T9/2015 1477 @C4',
    ]);
    expect(reading.issues).toEqual([]);
    // Last year's report, every column of it dated 2014, stays last year's: not this period's figures.
    const old = readSheet(rows(['Tháng 9/2014', 'Lũy kế 9 tháng 2014', '9 tháng 2013']), { period: '9T/2015' });
    expect(facts(old).filter((f) => f.includes('2015'))).toEqual([]);
  });

  it('the same with no period chosen, on a sheet signed a year after it: no period, named, not 9T/2014', () => {
    // Seed 2718281 of the corpus: read as 9T/2014, a figure equal to this year's went unquestioned.
    const rows = (signed: string) =>
      grid([
        ['GIAO HÀNG NHANH - CHI NHÁNH LÂM ĐỒNG', null, null, signed],
        ['STT', 'Loại dịch vụ', 'Thực hiện T9', 'Lũy kế từ đầu năm', '9 tháng 2014'],
        [1, 'Bưu kiện (Cái)', 1000, 1000, 1000],
      ]);
    const late = readSheet(rows('Đà Lạt, ngày 02 tháng 10 năm 2015'));
    expect(facts(late)).toEqual([]);
    expect(late.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['no-period']);
    // Signed when that period had just ended, the sheet keeps the period its header gives, as before.
    const soon = readSheet(rows('Đà Lạt, ngày 02 tháng 10 năm 2014'));
    expect(facts(soon).length).toBeGreaterThan(0);
    expect(soon.issues.map((i) => i.code)).not.toContain('no-period');
  });

  it('a cumulative equal to the one month beside it stays the cumulative: the months before may be 0', () => {
    // Seed 13579 of the corpus: "Lũy kế 3 tháng" equal to "Thực hiện T3" was taken for March alone.
    const reading = readSheet(
      grid([
        ['VIETTEL POST LÀO CAI'],
        ['Số liệu bưu chính 3 tháng năm 2015'],
        ['Số TT', 'Tên chỉ tiêu', 'ĐV tính', 'Thực hiện T3', 'Lũy kế 3 tháng năm 2015'],
        [1, 'Bưu kiện', 'Cái', 1000, 1000],
      ]),
    );
    expect(facts(reading).sort()).toEqual(['parcels flow 3T/2015 1000 @E4', 'parcels flow T3/2015 1000 @D4']);
  });

  it('"Cộng quý" beside the quarter\'s months is the quarter\'s figure', () => {
    const reading = readSheet(
      grid([
        ['SỐ LIỆU VIỄN THÔNG, INTERNET Q2/2023'],
        ['Dịch vụ', 'ĐV tính', 'Thực hiện theo tháng năm 2023', '', '', 'Cộng quý', 'Tổng số TB hiện có'],
        ['', '', 'Tháng 04/2023', 'Tháng 05/2023', 'Tháng 06/2023'],
        ['Cố định hữu tuyến tăng mới', 'Thuê bao', 449, 294, 504, 1247, 2940],
      ]),
    );
    expect(facts(reading)).toContain('fixed-wired increase Q2/2023 1247 @F4');
    expect(reading.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a month column beside the cumulative one: each a figure of its own period', () => {
    const reading = readSheet(
      grid([
        ['Viettel Post'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Thực hiện tháng 9', 'Lũy kế'],
        ['Bưu kiện thường', 'Cái', 800, 7000],
      ]),
    );
    expect(facts(reading).sort()).toEqual(['parcels flow 9T/2015 7000 @D4', 'parcels flow T9/2015 800 @C4']);
    expect(reading.submissions.map((s) => s.period).sort()).toEqual(['9T/2015', 'T9/2015']);
  });

  it('"Lũy kế" that is the sum of the months beside it covers those months', () => {
    const reading = readSheet(
      grid([
        ['MobiFone Bắc Ninh'],
        ['Quý IV/2023'],
        ['Tên chỉ tiêu', 'T10', 'T11', 'T12', 'Lũy kế'],
        ['TB DĐ trả sau (PTM)', 241, 132, 192, 565],
      ]),
    );
    expect(facts(reading)).toContain('mobile-postpaid increase Q4/2023 565 @E4');
    expect(codes(reading).filter((c) => c.startsWith('warning'))).toEqual([]);
  });

  it('monthly columns under a title "theo tháng năm 2015": a submission per month', () => {
    const reading = readSheet(
      grid([
        ['EMS Nghệ An'],
        ['BÁO CÁO SẢN LƯỢNG THEO THÁNG NĂM 2015'],
        ['Chỉ tiêu', 'ĐVT', 'T1', 'T2', 'T3'],
        ['Chuyển phát nhanh', 'Cái', 10, 20, 30],
      ]),
    );
    expect(reading.submissions.map((s) => s.period)).toEqual(['T1/2015', 'T2/2015', 'T3/2015']);
    expect(facts(reading)).toEqual([
      'express flow T1/2015 10 @C4',
      'express flow T2/2015 20 @D4',
      'express flow T3/2015 30 @E4',
    ]);
  });

  it('quarterly columns and a cumulative: each quarter its own figure, the cumulative checked against them', () => {
    const reading = readSheet(
      grid([
        ['Bưu điện tỉnh Nghệ An'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Quý I', 'Quý II', 'Quý III', 'Lũy kế 9 tháng'],
        ['Bưu kiện thường', 'Cái', 100, 200, 300, 600],
        ['Doanh thu', 'Triệu đồng', 10, 20, 30, 65],
      ]),
    );
    expect(reading.submissions.map((s) => s.period)).toEqual(['9T/2015', 'Q1/2015', 'Q2/2015', 'Q3/2015']);
    expect(brief(reading.submissions[0].facts)).toEqual([
      'parcels flow 9T/2015 600 @F4',
      'postal-revenue flow 9T/2015 65 @F5',
    ]);
    expect(codes(reading)).toContain('warning cumulative-differs');
    const differs = reading.issues.find((i) => i.code === 'cumulative-differs')!;
    expect(differs.cells).toEqual(expect.arrayContaining(['F5', 'C5', 'D5', 'E5']));
    accounted(reading);
  });

  it("a dated note between title and header does not override a column's own date", () => {
    const reading = readSheet(
      grid([
        ['MobiFone'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Số liệu tính đến hết ngày 30/9/2015'],
        ['Chỉ tiêu', 'Hiện có đến 30/9/2015', 'Hiện có đến 30/9/2014'],
        ['Thuê bao trả sau', 500, 400],
      ]),
    );
    expect(facts(reading)).toEqual([
      'mobile-postpaid closing 9T/2015 500 @B5',
      'mobile-postpaid closing 9T/2014 400 @C5',
    ]);
  });

  it('a chosen period reads a transposed sheet whose title says "9 tháng/2015"', () => {
    const values = [
      ['Gmobile'],
      ['Báo cáo 9 tháng/2015'],
      ['Chỉ tiêu', 'TB trả trước', 'TB trả sau'],
      ['Phát triển mới', 100, 10],
      ['Hiện có', 1000, 100],
    ];
    for (const options of [{}, { period: '9T/2015' }]) {
      const reading = readSheet(grid(values), options);
      expect(facts(reading)).toEqual([
        'mobile-prepaid increase 9T/2015 100 @B4',
        'mobile-prepaid closing 9T/2015 1000 @B5',
        'mobile-postpaid increase 9T/2015 10 @C4',
        'mobile-postpaid closing 9T/2015 100 @C5',
      ]);
    }
  });
});

describe('units and numbers as a person sees them', () => {
  it('counts in thousands are scaled', () => {
    const reading = readSheet(
      grid([
        ['Bưu điện tỉnh'],
        ['9 tháng 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        ['Phát hành báo chí', 'Nghìn tờ', 7162],
        ['Bưu kiện', 'Nghìn cái', 69.5],
      ]),
    );
    expect(facts(reading)).toEqual(['press-distribution flow 9T/2015 7162000 @C4', 'parcels flow 9T/2015 69500 @C5']);
  });

  it('a number format that shows thousands reads what is shown, in the stated unit', () => {
    const reading = readSheet(
      grid([['VNPT'], ['9 tháng 2015'], ['Chỉ tiêu', 'ĐVT', 'Thực hiện'], ['Doanh thu', 'Triệu đồng', 2466410000]], {
        formats: [[], [], [], [null, null, '#,##0,']],
      }),
    );
    expect(facts(reading)).toEqual(['telecom-revenue flow 9T/2015 2466410 @C4']);
  });

  it('a sheet in the English number format reads "12,345" as twelve thousand', () => {
    const reading = readSheet(
      grid([
        ['MobiFone'],
        ['First 9 months of 2015'],
        ['Indicator', 'New', 'Disconnected', 'Active subscribers'],
        ['Postpaid', '12,345', '1,234', '1,234,567'],
      ]),
    );
    expect(facts(reading)).toEqual([
      'mobile-postpaid increase 9T/2015 12345 @B4',
      'mobile-postpaid decrease 9T/2015 1234 @C4',
      'mobile-postpaid closing 9T/2015 1234567 @D4',
    ]);
  });

  it('an ambiguous "12,345" with no evidence either way is named, not guessed', () => {
    const reading = readSheet(
      grid([['MobiFone'], ['9 tháng 2015'], ['Chỉ tiêu', 'ĐVT', 'Thực hiện'], ['Doanh thu', 'Tr.đồng', '12,345']]),
    );
    expect(facts(reading)).toEqual([]);
    expect(reading.issues.find((i) => i.code === 'ambiguous-number')?.cell).toBe('C4');
  });

  it('counts of whole units in ones tell a sheet\'s convention: "12,345" subscriptions is twelve thousand', () => {
    const reading = readSheet(
      grid([
        ['MobiFone'],
        ['9 tháng 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Phát triển mới'],
        ['TB trả sau', 'Thuê bao', '12,345'],
        ['TB trả trước', 'Thuê bao', '(1,000)'],
        ['Doanh thu viễn thông', 'Tr.đồng', '26,332'],
        ['Thuê bao FTTH', 'Nghìn TB', '1,500'],
      ]),
    );
    expect(facts(reading)).toEqual([
      'mobile-postpaid increase 9T/2015 12345 @C4',
      'mobile-prepaid increase 9T/2015 -1000 @C5',
      'telecom-revenue flow 9T/2015 26332 @C6',
      'ftth increase 9T/2015 1500000 @C7',
    ]);
    const told = reading.issues.filter((i) => i.code === 'read-as-count');
    expect(told.map((i) => [i.severity, i.cell, i.cells])).toEqual([['info', 'C4', ['C4', 'C5']]]);
    expect(told[0].message).toContain('C4, C5');
    expect(codes(reading)).not.toContain('warning ambiguous-number');
  });

  it('a decimal point ("33.08") tells a sheet\'s convention only where its thousands are grouped with a comma alone', () => {
    const rows = (revenue: string, other: string) =>
      grid([
        ['FPT Telecom Nghệ An'],
        ['Telecommunications figures, Jul 2015'],
        ['#', 'Indicator', 'Closing'],
        [1, 'Fixed broadband xDSL (Nghìn thuê bao)', '33.08'],
        [2, 'Telecom revenue (Tr.đồng)', revenue],
        [3, 'Fibre to the home (FTTH) (Thuê bao)', other],
      ]);
    expect(facts(readSheet(rows('69,670', '15')))).toEqual([
      'broadband-xdsl closing T7/2015 33080 @C4',
      'telecom-revenue flow T7/2015 69670 @C5',
      'ftth closing T7/2015 15 @C6',
    ]);
    // Beside "1.234", the dot groups thousands too: "69,670" is then named; the count "1.234" is 1,234.
    const both = readSheet(rows('69,670', '1.234'));
    expect(facts(both)).toEqual(['broadband-xdsl closing T7/2015 33080 @C4', 'ftth closing T7/2015 1234 @C6']);
    expect(both.issues.find((i) => i.code === 'ambiguous-number')?.cell).toBe('C5');
  });

  it('on a sheet that mixes both conventions a count in ones is still read one way; money is named', () => {
    const reading = readSheet(
      grid([
        ['VNPost'],
        ['9 tháng 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        ['Bưu kiện', 'Cái', '6,319'],
        ['Chuyển phát nhanh', 'Cái', '7.903'],
        ['Doanh thu bưu chính', 'Tr.đồng', '26,332'],
        ['Phát hành báo chí', 'Nghìn tờ', '1,500'],
      ]),
    );
    expect(facts(reading)).toEqual(['parcels flow 9T/2015 6319 @C4', 'express flow 9T/2015 7903 @C5']);
    const counted = reading.issues.filter((i) => i.code === 'read-as-count');
    expect(counted.map((i) => [i.severity, i.cells])).toEqual([['info', ['C4', 'C5']]]);
    expect(counted[0].message).toContain('"6,319"');
    // Money has decimals, and 1,500 thousand copies and 1.5 thousand are both counts: named.
    const named = reading.issues.filter((i) => i.code === 'ambiguous-number').map((i) => i.cell);
    expect(named).toEqual(['C6', 'C7']);
  });

  it('a figure beyond any plausible size is named, not added', () => {
    const reading = readSheet(grid([['VNPT'], ['9 tháng 2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 1.8e303]]));
    expect(facts(reading)).toEqual([]);
    expect(reading.issues.find((i) => i.code === 'implausible-figure')?.cell).toBe('B4');
  });
});

describe('what a person does not see, and what is not a figure', () => {
  it('hidden rows and columns are not read, and are reported', () => {
    const reading = readSheet(
      grid(
        [
          ['Viettel'],
          ['9 tháng 2015'],
          ['Chỉ tiêu', 'Hiện có', 'Cùng kỳ'],
          ['Thuê bao FTTH', 500, 400],
          ['Thuê bao xDSL', 300, 350],
        ],
        { hiddenRows: [4], hiddenColumns: [2] },
      ),
    );
    expect(facts(reading)).toEqual(['ftth closing 9T/2015 500 @B4']);
    const hidden = reading.issues.find((i) => i.code === 'hidden-cells')!;
    expect(hidden.severity).toBe('info');
    expect(hidden.cells).toEqual(['B5', 'C4:C5']);
  });

  it('net additions are not gross increases', () => {
    const reading = readSheet(
      grid([
        ['VNPT'],
        ['9 tháng 2015'],
        ['Chỉ tiêu', 'Phát triển mới', 'Thực tăng', 'Hiện có'],
        ['FTTH', 100, 60, 500],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth increase 9T/2015 100 @B4', 'ftth closing 9T/2015 500 @D4']);
    expect(reading.accounts?.find((a) => a.cell === 'C4')?.class).toBe('not-figure');
  });

  it('an official letter around the table: its numbers are not figures of the table', () => {
    const reading = readSheet(
      grid([
        ['TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['BƯU ĐIỆN TỈNH BẮC GIANG', null, 'Độc lập - Tự do - Hạnh phúc'],
        ['Số: 123/BC-BĐBG', null, 'Bắc Giang, ngày 05 tháng 10 năm 2015'],
        ['BÁO CÁO KẾT QUẢ KINH DOANH 9 THÁNG ĐẦU NĂM 2015'],
        ['Kính gửi: Sở Thông tin và Truyền thông tỉnh Bắc Giang'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        [1, 'Bưu kiện thường', 'Cái', 1200],
        [2, 'Doanh thu', 'Triệu đồng', 5400],
        ['Nơi nhận:', null, 'GIÁM ĐỐC'],
        ['- Như trên;', null, '(Đã ký)'],
      ]),
    );
    expect(facts(reading)).toEqual(['parcels flow 9T/2015 1200 @D7', 'postal-revenue flow 9T/2015 5400 @D8']);
    expect(reading.submissions[0].enterprise).toBe('Bưu điện tỉnh Bắc Giang');
    expect(codes(reading).filter((c) => c.startsWith('warning'))).toEqual([]);
    accounted(reading);
  });
});

describe('any province', () => {
  it.each([
    ['VIỄN THÔNG BẮC NINH', 'VNPT Bắc Ninh'],
    ['CHI NHÁNH VIETTEL NGHỆ AN', 'Viettel Nghệ An'],
    ['VNPT Quảng Ninh', 'VNPT Quảng Ninh'],
    ['MobiFone', 'MobiFone'],
  ])('"%s" is named "%s"', (title, name) => {
    const reading = readSheet(grid([[title], ['9 tháng 2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]]));
    expect(reading.submissions[0].enterprise).toBe(name);
  });
});

describe("quarters of this year beside last year's whole period", () => {
  it("the quarters span the period, and last year's figure goes with the latest quarter", () => {
    const reading = readSheet(
      grid([
        ['VIETTEL POST KIÊN GIANG', null, null, 'Rạch Giá, ngày 07 tháng 10 năm 2023'],
        ['Kết quả hoạt động bưu chính, chuyển phát lũy kế đến 30/9/2023'],
        ['Dịch vụ', 'ĐVT', 'Thực hiện theo quý năm 2023', null, null, '9 tháng 2022'],
        [null, null, 'Quý I/2023', 'Quý II/2023', 'Quý III/2023'],
        ['Bưu kiện', 'Cái', '2.958', '2.785', '3.560', '13.324'],
      ]),
    );
    expect(reading.submissions.map((s) => s.period)).toEqual(['Q1/2023', 'Q2/2023', 'Q3/2023']);
    expect(brief(reading.submissions[2].facts)).toEqual([
      'parcels flow Q3/2023 3560 @E5',
      'parcels flow 9T/2022 13324 @F5',
    ]);
  });

  it('a signing date beside a document number is no table header', () => {
    const reading = readSheet(
      grid([
        ['EMS CẦN THƠ', null, null, 'Độc lập - Tự do - Hạnh phúc'],
        ['Số: 974/BC-EMS-KHKD', null, null, 'Cần Thơ, ngày 10 tháng 1 năm 2025'],
        ['Tình hình phát triển bưu chính, chuyển phát năm 2024'],
        ['Chỉ tiêu', 'Quý I/2024', 'Quý II/2024'],
        ['Chuyển phát nhanh (Bưu gửi)', 12582, 5036],
      ]),
    );
    expect(facts(reading)).toEqual(['express flow Q1/2024 12582 @B5', 'express flow Q2/2024 5036 @C5']);
  });
});

describe('districts or branches with a total row', () => {
  it('the total is the figure, each district a part checked against it', () => {
    const reading = readSheet(
      grid([
        ['EMS THANH HÓA'],
        ['Báo cáo 9 tháng năm 2015'],
        ['STT', 'Địa bàn', 'Dịch vụ CPN (Cái)', 'BK thường (Cái)'],
        [1, 'TP Thanh Hóa', '424', '515'],
        [2, 'TP Sầm Sơn', 538, 506],
        [3, 'TX Bỉm Sơn', 605, '1.039'],
        [null, 'Cộng', '1.567', '2.070'],
      ]),
    );
    expect(facts(reading)).toEqual(['express flow 9T/2015 1567 @C7', 'parcels flow 9T/2015 2070 @D7']);
    const differs = reading.issues.filter((i) => i.code === 'parts-differ');
    expect(differs.map((i) => i.cell)).toEqual(['D7']);
    expect(differs[0].cells).toEqual(['D7', 'D4', 'D5', 'D6']);
    expect(reading.accounts?.find((a) => a.cell === 'C5')).toMatchObject({ class: 'not-figure', why: 'part' });
  });
});

describe('districts with measures under each indicator', () => {
  it('"Thuê bao FTTH" merged over "Phát triển mới" | "Hiện có": each total its own measure', () => {
    const reading = readSheet(
      grid([
        ['SỐ LIỆU VIỄN THÔNG, INTERNET QUÝ 4 NĂM 2015'],
        ['TT', 'Trung tâm viễn thông', 'Thuê bao FTTH (thuê bao)', null, 'Doanh thu (Trđ)'],
        [null, null, 'Phát triển mới', 'Hiện có'],
        [null, 'Tổng cộng', 2197, 3914, 7541],
        [1, 'TP Phú Quốc', 814, 1609, 2606],
        [2, 'TP Hà Tiên', 1383, 2305, 4935],
      ]),
    );
    expect(facts(reading)).toEqual([
      'ftth increase Q4/2015 2197 @C4',
      'ftth closing Q4/2015 3914 @D4',
      'telecom-revenue flow Q4/2015 7541 @E4',
    ]);
    expect(reading.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });
});

describe('a figure given twice in a row', () => {
  it('is one figure when equal, a conflict when not, and named when it cannot be read', () => {
    const reading = readSheet(
      grid([
        ['Viettel Post'],
        ['9 tháng 2015'],
        ['Chỉ tiêu', 'Thực hiện', 'Tăng'],
        ['Bưu kiện', 500, 500],
        ['Chuyển phát nhanh', 700, 650],
        ['Doanh thu', 90, '1,2,3'],
      ]),
    );
    expect(facts(reading)).toEqual([
      'parcels flow 9T/2015 500 @B4',
      'express flow 9T/2015 700 @B5',
      'postal-revenue flow 9T/2015 90 @B6',
    ]);
    expect(reading.accounts?.find((a) => a.cell === 'C4')).toMatchObject({ class: 'not-figure', why: 'same-figure' });
    expect(reading.issues.find((i) => i.code === 'conflicting-figures')?.cells).toEqual(['C5', 'B5']);
    expect(reading.issues.find((i) => i.code === 'unreadable-number')?.cell).toBe('C6');
  });
});

describe('last year beside a month and its cumulative', () => {
  const sheet = (last: number[]) =>
    readSheet(
      grid([
        ['Viettel Post Thái Nguyên'],
        ['Kết quả hoạt động bưu chính'],
        ['STT', 'Nội dung', 'Tháng 9/2015', 'Lũy kế 9 tháng', 'Cùng kỳ năm 2014'],
        [1, 'Bưu kiện (Cái)', 103, 1104, last[0]],
        [2, 'Chuyển phát nhanh (Cái)', 268, 2876, last[1]],
      ]),
    );

  it('"Cùng kỳ" whose figures resemble the nine months is the nine months of last year', () => {
    expect(facts(sheet([1213, 2998]))).toContain('parcels flow 9T/2014 1213 @E4');
  });

  it('"Cùng kỳ" whose figures resemble the month is that month last year', () => {
    expect(facts(sheet([98, 301]))).toContain('parcels flow T9/2014 98 @E4');
  });

  it('"Cùng kỳ 9 tháng 2014" keeps the span it names', () => {
    const reading = readSheet(
      grid([
        ['Viettel Post Thái Nguyên'],
        ['STT', 'Nội dung', 'Tháng 9/2015', 'Lũy kế 9 tháng', 'Cùng kỳ 9 tháng 2014'],
        [1, 'Bưu kiện (Cái)', 103, 1104, 1213],
      ]),
    );
    expect(facts(reading)).toContain('parcels flow 9T/2014 1213 @E3');
  });
});

describe('parts of a row that cannot be used', () => {
  it('the parts of a row not understood are named with it, not used as the indicator they resemble', () => {
    const reading = readSheet(
      grid([
        ['Giao hàng nhanh Hà Giang'],
        ['Report, January - Sep 2016'],
        ['No.', 'Service', 'Unit', 'Figures'],
        [1, 'Ordinary parcels', 'Bưu gửi', 1124],
        [2, 'Turnover', 'Triệu đồng', 2016],
        ['', 'Trong đó:'],
        ['', '- Doanh thu dịch vụ bưu chính công ích', '', 914],
        ['', '- Doanh thu dịch vụ chuyển phát', '', 1102],
      ]),
      { period: '9T/2016' },
    );
    expect(facts(reading)).toEqual(['parcels flow 9T/2016 1124 @D4']);
    const row = reading.issues.find((i) => i.code === 'unrecognised-row');
    expect(row?.cells).toEqual(expect.arrayContaining(['D5', 'D7', 'D8']));
  });

  it('a part does not stand in for its total when the total cannot be read', () => {
    const reading = readSheet(
      grid([
        ['Giao hàng nhanh Hải Dương'],
        ['Thực hiện năm 2015'],
        ['Loại dịch vụ', 'ĐV tính', 'Số liệu'],
        ['Chuyển phát nhanh', 'Cái', '2.060,5'],
        ['Trong đó: Trong nước', '', '979'],
        ['Bưu kiện', 'Cái', '52.432'],
      ]),
    );
    expect(facts(reading)).toEqual(['parcels flow 2015 52432 @C6']);
    expect(reading.issues.find((i) => i.code === 'fractional-count')?.cell).toBe('C4');
  });

  it('an English section heading says whose revenue the rows under it are', () => {
    const reading = readSheet(
      grid([
        ['Chi nhánh Viettel Thái Nguyên'],
        ['Figures, first 9 months of 2015'],
        ['Item', 'Unit', 'Total'],
        ['TELECOMMUNICATIONS'],
        ['FTTH subscriptions', 'Thuê bao', 17035],
        ['Revenue', 'tr.đ', 161445],
        ['POSTAL SERVICES'],
        ['Parcels', 'Cái', 12429],
        ['Revenue', 'tr.đ', 6526],
      ]),
    );
    expect(facts(reading)).toEqual(
      expect.arrayContaining(['telecom-revenue flow 9T/2015 161445 @C6', 'postal-revenue flow 9T/2015 6526 @C9']),
    );
  });
});

describe('one indicator in two rows', () => {
  it('the same wording twice with two figures: the first is kept and both cells are named', () => {
    const reading = readSheet(
      grid([
        ['Viettel Thái Nguyên'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Tổng'],
        ['Doanh thu', 'tr.đ', 161445],
        ['Thuê bao FTTH', 'TB', 500],
        ['Doanh thu', 'tr.đ', 6526],
      ]),
    );
    expect(facts(reading)).toEqual(['telecom-revenue flow 9T/2015 161445 @C4', 'ftth closing 9T/2015 500 @C5']);
    expect(reading.issues.find((i) => i.code === 'conflicting-figures')?.cells).toEqual(['C6', 'C4']);
  });
});

describe('the period of a sheet that states it only in its columns or its name', () => {
  it("a month beside the span that holds it: the span is the sheet's period", () => {
    const reading = readSheet(
      grid([
        ['Viettel Post Thừa Thiên Huế'],
        ['STT', 'Tên chỉ tiêu', 'Tháng 9/2015', 'Lũy kế 9 tháng năm 2015'],
        [1, 'Thư, điện chuyển tiền (Cái)', 292, 2953],
      ]),
    );
    expect(reading.submissions.map((s) => s.period).sort()).toEqual(['9T/2015', 'T9/2015']);
    expect(facts(reading).sort()).toEqual(['money-orders flow 9T/2015 2953 @D3', 'money-orders flow T9/2015 292 @C3']);
  });

  it.each(['Lũy kế từ đầu năm', 'Year to date'])('a month beside "%s": the months from January', (cumulative) => {
    const reading = readSheet(
      grid([
        ['Bưu điện tỉnh Quảng Ninh'],
        ['Indicator', 'Unit', 'Jun 2016', cumulative],
        ['Parcels', 'Cái', 4600, 23600],
      ]),
    );
    expect(facts(reading).sort()).toEqual(['parcels flow 6T/2016 23600 @D3', 'parcels flow T6/2016 4600 @C3']);
  });

  it('a sheet named "Sep-2015" is about September 2015', () => {
    const reading = readSheet(
      grid([['MobiFone Đồng Nai'], ['Item', 'New subscriptions'], ['Mobile postpaid', 1270]], { sheet: 'Sep-2015' }),
    );
    expect(facts(reading)).toEqual(['mobile-postpaid increase T9/2015 1270 @B3']);
  });

  it('"Decrease" under "In the period" is no December', () => {
    const reading = readSheet(
      grid([
        ['Viettel Nghệ An, year 2016'],
        ['Service', 'In the period', '', 'Actual'],
        ['', 'Added', 'Decrease', ''],
        ['Fixed wireless local loop', 1148, 609, 7006],
      ]),
    );
    expect(facts(reading)).toContain('fixed-wireless decrease 2016 609 @C4');
  });
});

describe('two names for the same months', () => {
  it('a "Quý I/2016" sheet under a chosen 3T/2016 is read as 3T/2016', () => {
    const reading = readSheet(
      grid([['VNPT Hà Giang'], ['Báo cáo quý I/2016'], ['Chỉ tiêu', 'Phát triển mới'], ['Thuê bao FTTH', 276]]),
      { period: '3T/2016' },
    );
    expect(facts(reading)).toEqual(['ftth increase 3T/2016 276 @B4']);
  });
});

describe('the measure a row label states', () => {
  it('yields to a column that counts to a date', () => {
    const reading = readSheet(
      grid([
        ['VNPT VinaPhone Quảng Ninh'],
        ['Từ 01/01/2023 đến 31/3/2023'],
        ['STT', 'Dịch vụ', 'Đơn vị', 'Lũy kế từ đầu năm', 'Số TB đến 31/3/2023'],
        [1, 'Di động trả sau tăng mới', 'Thuê bao', 3230, 49551],
      ]),
    );
    expect(facts(reading).sort()).toEqual([
      'mobile-postpaid closing Q1/2023 49551 @E4',
      'mobile-postpaid increase Q1/2023 3230 @D4',
    ]);
  });
});

describe('counts written with a decimal', () => {
  it('"26,0" subscriptions with no unit seen is named, not read as 26', () => {
    const reading = readSheet(
      grid([
        ['Viễn thông Lâm Đồng'],
        ['Thực hiện 3 tháng 2023'],
        ['STT', 'Chỉ tiêu', 'Tăng', 'Hiện có'],
        [1, 'Thuê bao điện thoại cố định có dây', '2,5', '26,0'],
      ]),
    );
    expect(facts(reading)).toEqual([]);
    expect(reading.issues.filter((i) => i.code === 'fractional-count').map((i) => i.cell)).toEqual(['C4', 'D4']);
  });

  it('"26,0" in thousands of subscriptions is 26.000', () => {
    const reading = readSheet(
      grid([
        ['Viễn thông Lâm Đồng'],
        ['Thực hiện 3 tháng 2023', '', '', 'Đơn vị tính: Nghìn TB'],
        ['STT', 'Chỉ tiêu', 'Tăng', 'Hiện có'],
        [1, 'Thuê bao điện thoại cố định có dây', '2,5', '26,0'],
      ]),
    );
    expect(facts(reading).sort()).toEqual([
      'fixed-wired closing 3T/2023 26000 @D4',
      'fixed-wired increase 3T/2023 2500 @C4',
    ]);
  });
});

describe('a third seed of the corpus', () => {
  it('a unit line in a hidden column still states the unit', () => {
    const reading = readSheet(
      grid(
        [
          ['Viettel Nghệ An'],
          ['Kết quả từ 01/01/2016 đến 30/6/2016', '', '', '(Đơn vị: Nghìn thuê bao)'],
          ['STT', 'Chỉ tiêu', 'PTM', 'Hiện có cùng kỳ 2015'],
          [1, 'Thuê bao FTTH', 7, 41],
        ],
        { hiddenColumns: [3] },
      ),
    );
    expect(facts(reading)).toEqual(['ftth increase 6T/2016 7000 @C4']);
  });

  it('"Subscriptions at end of period" is the stock, though the label says "new"', () => {
    const reading = readSheet(
      grid([
        ['FPT Telecom Nghệ An, 9 months of 2019'],
        ['No.', 'Indicator', 'Sep-19', 'Subscriptions at end of period'],
        [1, 'FTTx subscribers - new', 100, 900],
      ]),
    );
    expect(facts(reading)).toContain('ftth closing 9T/2019 900 @D3');
  });

  it("last year's closing in a column of its own on a year's sheet is that column's figure", () => {
    const reading = readSheet(
      grid([
        ['FPT Telecom Cần Thơ năm 2015'],
        ['TT', 'Tên chỉ tiêu', 'Đầu kỳ', 'Thuê bao đang hoạt động', 'Cùng kỳ năm trước'],
        [1, 'Thuê bao FTTH', 2000, 2300, 2000],
      ]),
    );
    expect(facts(reading).sort()).toEqual([
      'ftth closing 2014 2000 @E3',
      'ftth closing 2015 2300 @D3',
      'ftth opening 2015 2000 @C3',
    ]);
  });
});

describe('a unit in a hidden column header', () => {
  it('counts among the columns whose multiple a column stating none borrows', () => {
    const reading = readSheet(
      grid(
        [
          ['Chi nhánh Viettel Lào Cai'],
          ['9 tháng đầu năm 2016'],
          ['TT', 'Nội dung', 'Số giảm trong kỳ (Nghìn TB)', 'Hiện có', 'Số TB đến 30/9/2015 (Nghìn TB)'],
          [1, 'Điện thoại di động trả trước', 9, 175, 244],
        ],
        { hiddenColumns: [4] },
      ),
    );
    expect(facts(reading).sort()).toEqual([
      'mobile-prepaid closing 9T/2016 175000 @D4',
      'mobile-prepaid decrease 9T/2016 9000 @C4',
    ]);
  });

  it('is found under a hidden row above the header too (the reader leaves hidden rows out)', () => {
    const reading = readSheet(
      grid(
        [
          ['Chi nhánh Viettel Lào Cai'],
          ['Biểu mẫu cũ, không dùng'],
          ['9 tháng đầu năm 2016'],
          ['TT', 'Nội dung', 'Số giảm trong kỳ (Nghìn TB)', 'Hiện có', 'Số TB đến 30/9/2015 (Nghìn TB)'],
          [1, 'Điện thoại di động trả trước', 9, 175, 244],
        ],
        { hiddenRows: [1], hiddenColumns: [4] },
      ),
    );
    expect(facts(reading).sort()).toEqual([
      'mobile-prepaid closing 9T/2016 175000 @D5',
      'mobile-prepaid decrease 9T/2016 9000 @C5',
    ]);
  });
});

describe('a measure under a column that names what is counted', () => {
  it('"Decrease" under "Subscriptions" is the decrease', () => {
    const reading = readSheet(
      grid([
        ['Viettel Lâm Đồng'],
        ['Indicator', 'Unit', '3M 2015'],
        ['', '', 'In service at 31/3/2015', 'Subscriptions'],
        ['', '', '', 'Decrease'],
        ['Fixed line (PSTN)', 'Subscriptions', 1866, 36],
      ]),
    );
    expect(facts(reading).sort()).toEqual([
      'fixed-wired closing 3T/2015 1866 @C5',
      'fixed-wired decrease 3T/2015 36 @D5',
    ]);
  });
});

describe('one column states a multiple, the next states none', () => {
  const rows = (increase: number, closing: number) => [
    ['Chi nhánh Viettel Kiên Giang'],
    ['9 tháng năm 2016'],
    ['STT', 'Dịch vụ', 'Số tăng trong kỳ (Nghìn TB)', 'Số lượng'],
    [1, 'TB cố định có dây', increase, closing],
    [2, 'DT viễn thông (Triệu đồng)', null, 67661],
  ];

  it('cells shown in that multiple ("#,##0,") are in it, and the issue says so', () => {
    const reading = readSheet(
      grid(rows(6000, 42000), {
        formats: [[], [], [], [null, null, '#,##0,', '#,##0,'], []],
      }),
    );
    expect(facts(reading).sort()).toEqual([
      'fixed-wired closing 9T/2016 42000 @D4',
      'fixed-wired increase 9T/2016 6000 @C4',
      'telecom-revenue flow 9T/2016 67661 @D5',
    ]);
    const said = reading.issues.find((i) => i.code === 'unit-from-neighbours');
    expect(said).toMatchObject({ severity: 'info', cells: ['D4'] });
    expect(said?.message).toContain('Nghìn thuê bao');
  });

  it('cells shown as they are: which unit is not clear, so the figure is named and not used', () => {
    const reading = readSheet(grid(rows(6, 42)));
    expect(facts(reading).sort()).toEqual([
      'fixed-wired increase 9T/2016 6000 @C4',
      // A row stating its own unit is read in it, whatever the column beside states.
      'telecom-revenue flow 9T/2016 67661 @D5',
    ]);
    const unclear = reading.issues.filter((i) => i.code === 'unit-unclear');
    expect(unclear).toHaveLength(1);
    expect(unclear[0]).toMatchObject({ severity: 'warning', cell: 'D4', cells: ['D4'] });
    expect(unclear[0].message).toContain('Nghìn thuê bao');
    accounted(reading);
  });

  it('a unit line in the title settles it: no issue', () => {
    const values = rows(6, 42);
    values.splice(2, 0, ['Đơn vị tính: thuê bao']);
    const reading = readSheet(grid(values));
    expect(reading.issues.filter((i) => i.code === 'unit-unclear')).toEqual([]);
    expect(facts(reading)).toContain('fixed-wired closing 9T/2016 42 @D5');
  });
});

describe('a header wording under a period that names nothing known', () => {
  it('"In the period" under "Jul 2024" is not the month\'s stock: its figures are named, not read', () => {
    const reading = readSheet(
      grid([
        ['Vietnamobile Đồng Nai'],
        ['No.', 'Service', 'Jul 2024', ''],
        ['', '', 'In service at 31/7/2024', 'In the period'],
        [1, 'Postpaid mobile subscriptions', 13651, 87],
      ]),
    );
    expect(facts(reading)).toEqual(['mobile-postpaid closing T7/2024 13651 @C4']);
    // "In the period" is this period's figure, as "Trong kỳ" is: beside the month's stock, the two disagree.
    const named = reading.issues.find((i) => i.cells?.includes('D4'));
    expect(named?.code).toBe('conflicting-figures');
    accounted(reading);
  });

  it('a unit under the period ("Jul 2024" over "Thuê bao") still reads as the period\'s figure', () => {
    const reading = readSheet(
      grid([['Vietnamobile Đồng Nai'], ['Dịch vụ', 'Tháng 7/2024'], ['', 'Thuê bao'], ['Thuê bao FTTH', 500]]),
    );
    expect(facts(reading)).toEqual(['ftth closing T7/2024 500 @B4']);
  });
});

describe('a sheet stating no period, read in the chosen one', () => {
  const sheet = [
    ['VNPT VinaPhone Đắk Lắk'],
    ['Số liệu tính đến hết ngày 30/9/2019'],
    ['Nội dung', 'Tăng trong kỳ', 'Thuê bao hiện có'],
    ['Điện thoại DĐ trả trước', 52034, 333872],
  ];

  it('counting to a date after the chosen period: not read, and the warning quotes the date', () => {
    const reading = readSheet(grid(sheet), { period: '9T/2018' });
    expect(facts(reading)).toEqual([]);
    const warning = reading.issues.find((i) => i.code === 'no-period');
    expect(warning).toMatchObject({ severity: 'warning', cells: ['A3:C4'] });
    expect(warning?.message).toContain('30/9/2019');
    expect(warning?.message).toContain('9T/2018');
  });

  it('a date in a column header counts too', () => {
    const values = sheet.map((row) => [...row]);
    values[1] = ['Báo cáo số liệu'];
    values[2][2] = 'Thuê bao hiện có đến 30/9/2019';
    expect(facts(readSheet(grid(values), { period: '9T/2018' }))).toEqual([]);
  });

  it('in the chosen period, or only signed later, it is read in it', () => {
    expect(facts(readSheet(grid(sheet), { period: '9T/2019' }))).toEqual([
      'mobile-prepaid increase 9T/2019 52034 @B4',
      'mobile-prepaid closing 9T/2019 333872 @C4',
    ]);
    const signed = sheet.map((row) => [...row]);
    signed[1] = ['Đắk Lắk, ngày 08/10/2019'];
    expect(facts(readSheet(grid(signed), { period: '9T/2018' }))).toHaveLength(2);
  });
});

describe('on a year\'s sheet, the stock at 31/12 of last year beside a "cùng kỳ" column', () => {
  const rows = (opening: number, last: number) => [
    ['VNPT VinaPhone Nghệ An'],
    ['Cả năm 2016'],
    ['Loại dịch vụ', 'Số TB đến 31/12/2016', 'Số TB đến 31/12/2015', 'Hiện có cùng kỳ 2015'],
    ['Điện thoại di động trả trước', 225900, opening, last],
  ];

  it('the date is the opening, the "cùng kỳ" column last year\'s closing', () => {
    expect(facts(readSheet(grid(rows(182800, 182800)))).sort()).toEqual([
      'mobile-prepaid closing 2015 182800 @D4',
      'mobile-prepaid closing 2016 225900 @B4',
      'mobile-prepaid opening 2016 182800 @C4',
    ]);
  });

  it('when the two differ, the "cùng kỳ" column is last year\'s closing, and both cells are named', () => {
    const reading = readSheet(grid(rows(182800, 312100)));
    expect(facts(reading).sort()).toEqual([
      'mobile-prepaid closing 2015 312100 @D4',
      'mobile-prepaid closing 2016 225900 @B4',
      'mobile-prepaid opening 2016 182800 @C4',
    ]);
    const conflict = reading.issues.find((i) => i.code === 'conflicting-figures');
    expect(conflict?.cells?.sort()).toEqual(['C4', 'D4']);
    expect(conflict?.message).toContain('D4');
  });
});

describe('a stock counted at a date', () => {
  it('the last days of the month before the period are its opening (28/2 in a leap year)', () => {
    const reading = readSheet(
      grid([
        ['Vietnamobile Kiên Giang'],
        ['Số liệu tháng 3/2016'],
        ['Chỉ tiêu', 'Số TB đến 28/2/2016', 'Tăng', 'Số TB đến 31/3/2016'],
        ['Di động trả sau', 3000, 1000, 4000],
      ]),
    );
    expect(facts(reading).sort()).toEqual([
      'mobile-postpaid closing T3/2016 4000 @D4',
      'mobile-postpaid increase T3/2016 1000 @C4',
      'mobile-postpaid opening T3/2016 3000 @B4',
    ]);
  });

  it('a date inside the period is no stock of it: the column is named, not read as the closing', () => {
    const reading = readSheet(
      grid([
        ['VNPT Bắc Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'Hiện có đến 30/6/2015', 'Hiện có đến 30/9/2015'],
        ['Thuê bao FTTH', 1800, 2000],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth closing 9T/2015 2000 @C4']);
    expect(reading.issues.find((i) => i.code === 'unused-figures')?.cells).toContain('B4');
  });
});

describe("on a year's sheet, an opening column beside the stock at 31/12 of last year", () => {
  const rows = (opening: number, last: number) => [
    ['Chi nhánh Viettel Bình Định'],
    ['Tình hình phát triển viễn thông năm 2015'],
    ['Nội dung', 'Hiện có đầu kỳ', 'Tăng trong kỳ', 'Thực hiện', 'Số TB đến 31/12/2014'],
    ['Điện thoại cố định vô tuyến', opening, 1000, 2000, last],
  ];

  it("the date column is last year's closing, the opening column the opening", () => {
    expect(facts(readSheet(grid(rows(2000, 2000)))).sort()).toEqual([
      'fixed-wireless closing 2014 2000 @E4',
      'fixed-wireless closing 2015 2000 @D4',
      'fixed-wireless increase 2015 1000 @C4',
      'fixed-wireless opening 2015 2000 @B4',
    ]);
  });

  it('when they differ, each keeps its own figure, and the two cells are named', () => {
    const reading = readSheet(grid(rows(20000, 26000)));
    expect(facts(reading).sort()).toEqual([
      'fixed-wireless closing 2014 26000 @E4',
      'fixed-wireless closing 2015 2000 @D4',
      'fixed-wireless increase 2015 1000 @C4',
      'fixed-wireless opening 2015 20000 @B4',
    ]);
    expect(reading.issues.find((i) => i.code === 'conflicting-figures')?.cells?.sort()).toEqual(['B4', 'E4']);
  });
});

describe('"Cùng kỳ năm 2018" beside month columns only', () => {
  it("is last year's span, not the month its figure happens to resemble", () => {
    const reading = readSheet(
      grid([
        ['Vietnamobile Hà Giang'],
        ['Dịch vụ', 'ĐVT', 'Tháng 1', 'Tháng 2', 'Tháng 3', 'Cùng kỳ năm 2018'],
        ['Doanh thu dịch vụ viễn thông', 'Triệu đồng', 161619, 288479, 159548, 311756],
      ]),
      { period: '3T/2019' },
    );
    expect(facts(reading)).toContain('telecom-revenue flow 3T/2018 311756 @F3');
    expect(facts(reading).filter((f) => f.includes('2018'))).toHaveLength(1);
  });
});

describe('a row numbering the columns with letters and numbers in step', () => {
  const table = (numbers: (string | null)[]) => [
    ['BƯU ĐIỆN TỈNH HẢI DƯƠNG'],
    ['Telecommunications and postal figures, Month 9/2015'],
    ['No.', 'Indicator', 'Actual', 'Same period 2014', 'Plan 2015', '% of plan', 'Notes'],
    numbers,
    [1, 'Press distribution', 155730, 155669, 208307, 83.4],
    [2, 'Letter post', 20818, 29311, 26849, 0.632],
  ];

  it.each([[['A', '(2)', '(3)', 'D', '(5)', '(6)', 'G']], [['A', 'B', 'C', 'D', 'E', 'F', 'G']]])(
    '%j is no data row, and its "G" is no gram carried down the notes column',
    (numbers) => {
      const reading = readSheet(grid(table(numbers)));
      expect(facts(reading)).toEqual([
        'press-distribution flow T9/2015 155730 @C5',
        'press-distribution flow T9/2014 155669 @D5',
        'letter-post flow T9/2015 20818 @C6',
        'letter-post flow T9/2014 29311 @D6',
      ]);
      expect(reading.issues.filter((i) => i.severity === 'warning')).toEqual([]);
    },
  );
});

describe('a flow in a column dated at the turn of the year', () => {
  const table = (title: string, dated: string) => [
    ['MOBIFONE TỈNH QUẢNG NAM'],
    [title],
    ['Chỉ tiêu', 'ĐVT', dated, 'Số tăng trong kỳ', 'Giảm trong kỳ', 'Tổng số TB hiện có'],
    ['Di động trả trước', 'TB', 460643, 64473, 43596, 481520],
    ['Doanh thu', 'Trđ', 1055237.1, null, null, 1794958.7],
  ];

  it('is last year\'s on the sheet of a whole year: "Số TB đến 31/12/2023" in the report of 2024', () => {
    const reading = readSheet(grid(table('Báo cáo năm 2024', 'Số TB đến 31/12/2023')));
    expect(facts(reading)).toEqual([
      'mobile-prepaid opening 2024 460643 @C4',
      'mobile-prepaid closing 2023 460643 @C4',
      'mobile-prepaid increase 2024 64473 @D4',
      'mobile-prepaid decrease 2024 43596 @E4',
      'mobile-prepaid closing 2024 481520 @F4',
      'telecom-revenue flow 2024 1794958.7 @F5',
      'telecom-revenue flow 2023 1055237.1 @C5',
    ]);
    expect(reading.issues).toEqual([]);
  });

  it('is named, not used, where the date only begins the period (9 months) or is no date ("Đầu kỳ")', () => {
    for (const [title, dated] of [
      ['Báo cáo 9 tháng năm 2015', 'Số TB đến 31/12/2014'],
      ['Báo cáo năm 2024', 'Số thuê bao đầu kỳ'],
    ]) {
      const reading = readSheet(grid(table(title, dated)));
      expect(facts(reading).filter((f) => f.startsWith('telecom-revenue'))).toEqual([
        `telecom-revenue flow ${title.endsWith('2015') ? '9T/2015' : '2024'} 1794958.7 @F5`,
      ]);
      expect(codes(reading)).toEqual(['warning unused-figures']);
      expect(reading.issues[0].cells).toEqual(['C5']);
    }
  });
});

describe('two tables side by side under one header row', () => {
  it('reads each in its own columns: telecom on the left, postal on the right', () => {
    const reading = readSheet(
      grid([
        ['BƯU ĐIỆN TỈNH QUẢNG NINH'],
        ['Báo cáo 9 tháng năm 2015'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Hiện có', 'Ghi chú', 'STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        [1, 'Thuê bao FTTH', 'TB', 30000, null, 1, 'Bưu kiện', 'Cái', 4000],
        [2, 'Thuê bao xDSL', 'TB', 45000, 'ước', 2, 'Chuyển phát nhanh', 'Cái', 5000],
        [null, null, null, null, null, 3, 'Doanh thu', 'Tr.đồng', 812],
      ]),
    );
    expect(facts(reading)).toEqual([
      'ftth closing 9T/2015 30000 @D4',
      'broadband-xdsl closing 9T/2015 45000 @D5',
      'parcels flow 9T/2015 4000 @I4',
      'express flow 9T/2015 5000 @I5',
      'postal-revenue flow 9T/2015 812 @I6',
    ]);
    expect(reading.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(reading.figures).toEqual({ used: 5, unused: 0 });
  });

  it('with no gap and no STT: the second "Chỉ tiêu" after a figure column starts the second table', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'Hiện có', 'Chỉ tiêu', 'Thực hiện'],
        ['Thuê bao FTTH', 30000, 'Doanh thu (Tr.đồng)', 812345],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth closing 9T/2015 30000 @B4', 'telecom-revenue flow 9T/2015 812345 @D4']);
  });

  it("the left header taller than the right: the right table's rows start beside the left's last header row", () => {
    // Seed 18121 of the corpus: the postal revenue was read as FTTH's closing, beside the left table's label.
    const reading = readSheet(
      grid([
        ['Đơn vị báo cáo: CHI NHÁNH VIETTEL QUẢNG NINH'],
        ['SỐ LIỆU VIỄN THÔNG VÀ BƯU CHÍNH 9 THÁNG NĂM 2015'],
        ['Số TT', 'Dịch vụ', 'Năm nay', null, null, 'TT', 'Chỉ tiêu', 'Kỳ báo cáo', 'Cùng kỳ năm trước'],
        [null, null, 'Thuê bao đang hoạt động', 'Trong kỳ', null, 'A', '(2)', '(3)', '(4)'],
        [null, null, null, 'TB phát triển mới', 'TB rời mạng', 1, 'Bưu kiện (Cái)', 4000, 3500],
        [1, 'Thuê bao FTTH', 30000, 900, 700, 2, 'Doanh thu (Trđ)', 812, 700],
        [2, 'Internet băng rộng xDSL', 45000, 50, 30],
      ]),
    );
    expect(facts(reading)).toEqual([
      'ftth closing 9T/2015 30000 @C6',
      'ftth increase 9T/2015 900 @D6',
      'ftth decrease 9T/2015 700 @E6',
      'broadband-xdsl closing 9T/2015 45000 @C7',
      'broadband-xdsl increase 9T/2015 50 @D7',
      'broadband-xdsl decrease 9T/2015 30 @E7',
      'parcels flow 9T/2015 4000 @H5',
      'parcels flow 9T/2014 3500 @I5',
      'postal-revenue flow 9T/2015 812 @H6',
      'postal-revenue flow 9T/2014 700 @I6',
    ]);
    expect(reading.figures).toEqual({ used: 10, unused: 0 });
  });

  it("revenue in a table beside it whose other rows are postal is postal's, whatever the title says", () => {
    // Seed 777123 of the corpus: "Tổng doanh thu" under "Tổng số tiền chuyển" was given to telecom, the title's sector.
    const reading = readSheet(
      grid([
        ['CHI NHÁNH VIETTEL THANH HÓA'],
        ['Số liệu viễn thông, Internet quý 4 năm 2016'],
        [
          'STT',
          'Loại dịch vụ',
          'Đơn vị tính',
          'Thuê bao đang hoạt động',
          'Số TT',
          'Chỉ tiêu',
          'Đơn vị tính',
          'Sản lượng, doanh thu',
        ],
        [1, 'Thuê bao FTTH', 'TB', 1260, 1, 'Tổng số tiền chuyển', 'Triệu đồng', 3686],
        [2, 'Doanh thu', 'Triệu đồng', 167856, 2, 'Tổng doanh thu', 'Triệu đồng', 20241],
      ]),
    );
    expect(facts(reading)).toEqual([
      'ftth closing Q4/2016 1260 @D4',
      'telecom-revenue flow Q4/2016 167856 @D5',
      'money-transferred flow Q4/2016 3686 @H4',
      'postal-revenue flow Q4/2016 20241 @H5',
    ]);
  });

  it('the left header of three rows with a "Ghi chú" merged down: each side still reads alone', () => {
    // Seed 424242 of the corpus: the left header was found a row low in its own columns ("Ghi chú"
    // over nothing was taken for a group), so the sheet was read whole, the postal rows as subscribers.
    const reading = readSheet(
      grid([
        ['SỐ LIỆU VIỄN THÔNG VÀ BƯU CHÍNH QUÝ IV NĂM 2015'],
        ['TT', 'Nội dung', 'Năm nay', null, null, 'Ghi chú', 'TT', 'Nội dung', 'Sản lượng, doanh thu'],
        [null, null, 'Trong kỳ', null, 'Hiện có trên mạng', null, '(1)', 'B', '(3)'],
        [null, null, 'Số TB tăng', 'Cắt hủy', null, null, 1, 'Thư, bưu phẩm thường (kg)', 217523],
        [1, 'Điện thoại cố định có dây', 588, 245, 11488, null, 2, 'Bưu kiện (Cái)', 3774],
        [2, 'Thuê bao FTTH', 530, 235, 5725, 'Ước tính', 3, 'Chuyển phát nhanh (Cái)', 7446],
      ]),
    );
    expect(facts(reading)).toEqual([
      'fixed-wired increase Q4/2015 588 @C5',
      'fixed-wired decrease Q4/2015 245 @D5',
      'fixed-wired closing Q4/2015 11488 @E5',
      'ftth increase Q4/2015 530 @C6',
      'ftth decrease Q4/2015 235 @D6',
      'ftth closing Q4/2015 5725 @E6',
      'letter-post flow Q4/2015 217523 @I4',
      'parcels flow Q4/2015 3774 @I5',
      'express flow Q4/2015 7446 @I6',
    ]);
    expect(reading.figures).toEqual({ used: 9, unused: 0 });
  });

  it('the left header of three rows with its plan columns merged down: each side still reads alone', () => {
    // Seed 31337 of the corpus: "KH 2019" and "% thực hiện KH" over nothing were taken for groups, as "Ghi chú" was.
    const reading = readSheet(
      grid([
        ['Số liệu viễn thông, bưu chính quý II năm 2019'],
        ['Chỉ tiêu', 'Năm nay', null, null, 'KH 2019', '% thực hiện KH', 'Tên chỉ tiêu', 'Thực hiện kỳ báo cáo'],
        [null, 'Phát sinh trong kỳ', null, 'Hiện có trên mạng', null, null, '(1)', '(2)'],
        [null, 'Phát triển mới', 'Số giảm trong kỳ', null, null, null, 'Bưu phẩm thường (BP)', 1039],
        ['CĐ có dây', 189, -142, 8019, 9350, 99.7, 'Dịch vụ CPN', 1423],
        ['Điện thoại DD trả trước', 114823, -43370, 1527089, 1865279, 85.6, 'Tổng DT', 12058],
      ]),
    );
    expect(facts(reading)).toEqual([
      'fixed-wired increase Q2/2019 189 @B5',
      'fixed-wired decrease Q2/2019 142 @C5',
      'fixed-wired closing Q2/2019 8019 @D5',
      'mobile-prepaid increase Q2/2019 114823 @B6',
      'mobile-prepaid decrease Q2/2019 43370 @C6',
      'mobile-prepaid closing Q2/2019 1527089 @D6',
      'letter-post flow Q2/2019 1039 @H4',
      'express flow Q2/2019 1423 @H5',
      'postal-revenue flow Q2/2019 12058 @H6',
    ]);
  });

  it("one of the two left empty: the other is read in its own columns, never under the empty one's labels", () => {
    // Read whole, the postal figures were FTTH's and xDSL's closing.
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Hiện có', 'STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        [1, 'Thuê bao FTTH', 'TB', null, 1, 'Bưu kiện', 'Cái', 4000],
        [2, 'Thuê bao xDSL', 'TB', null, 2, 'Chuyển phát nhanh', 'Cái', 5000],
      ]),
    );
    expect(facts(reading)).toEqual(['parcels flow 9T/2015 4000 @H4', 'express flow 9T/2015 5000 @H5']);
  });

  it('the blank one numbering its columns "(1) | B | (3)": numbers that count columns are no figures of it', () => {
    // Seed 2718281 of the corpus: the blank side's "(3)" kept the two together; its row "… | Kỳ này" then
    // headed a table of its own, and the postal figures were read as the blank side's subscribers.
    const reading = readSheet(
      grid([
        ['CHI NHÁNH VIETTEL BẮC NINH'],
        ['SỐ LIỆU VIỄN THÔNG VÀ BƯU CHÍNH 6 THÁNG NĂM 2015'],
        ['Loại dịch vụ', 'Tăng', 'Cắt hủy', 'Lũy kế hiện có', 'Số TT', 'Chỉ tiêu', 'Số liệu'],
        ['(1)', 'B', '(3)', 'D', null, null, 'Thực hiện'],
        ['Điện thoại cố định hữu tuyến (thuê bao)', null, null, null, null, null, 'Kỳ này'],
        ['Điện thoại cố định không dây (thuê bao)', null, null, null, 1, 'Thư, bưu phẩm thường (Kg)', 349732],
        ['Thuê bao di động trả sau (thuê bao)'],
        ['Điện thoại di động trả trước (thuê bao)', null, null, null, 2, 'Bưu kiện thường (Cái)', 835],
      ]),
    );
    expect(facts(reading)).toEqual(['letter-post flow 6T/2015 349732 @G6', 'parcels flow 6T/2015 835 @G8']);
  });

  it('a second label column before any figure column is no second table', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'Tên chỉ tiêu', 'Hiện có'],
        ['1', 'Thuê bao FTTH', 30000],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth closing 9T/2015 30000 @C4']);
  });
});

describe('a decrease written as a negative number', () => {
  it('is the number that left, said once with every cell; an increase below zero is left to the checks', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có'],
        ['Thuê bao xDSL', 'TB', 1200, -3400, 45000],
        ['Thuê bao FTTH', 'TB', '5.000', '(1.000)', '30.000'],
        ['Di động trả sau', 'TB', -50, '-1.000', '30.000'],
      ]),
    );
    expect(facts(reading).filter((f) => f.includes(' decrease '))).toEqual([
      'broadband-xdsl decrease 9T/2015 3400 @D4',
      'ftth decrease 9T/2015 1000 @D5',
      'mobile-postpaid decrease 9T/2015 1000 @D6',
    ]);
    expect(facts(reading)).toContain('mobile-postpaid increase 9T/2015 -50 @C6');
    expect(reading.issues.map((i) => `${i.severity} ${i.code} ${i.cells?.join(' ')}`)).toEqual([
      'info negative-decrease D4 D5 D6',
    ]);
    expect(reading.issues[0].message).toBe(
      'Số giảm trong kỳ ghi số âm ("-3.400"): dấu trừ chỉ cho biết là số giảm — đọc là giảm 3.400',
    );
  });
});

describe('revenue on a sheet of both sectors, in a table that does not say whose', () => {
  const sheet = (right: (string | number | null)[][]) => [
    ['CHI NHÁNH VIETTEL QUẢNG NINH'],
    ['Telecommunications and postal figures, 9 months of 2015'],
    ['#', 'Service', 'Closing', 'No.', 'Indicator', 'Actual'],
    [1, 'Fixed broadband xDSL', 2111, ...(right[0] ?? [])],
    [2, 'Revenue (Triệu đồng)', 11662, ...(right[1] ?? [])],
  ];

  it('is named, not guessed, where nothing but the title could tell', () => {
    const reading = readSheet(grid(sheet([[1, 'Total revenue (Triệu đồng)', 257]])));
    expect(facts(reading)).toEqual([
      'broadband-xdsl closing 9T/2015 2111 @C4',
      'telecom-revenue flow 9T/2015 11662 @C5',
    ]);
    expect(reading.issues.map((i) => `${i.severity} ${i.code} ${i.cell} ${i.cells?.join(' ')}`)).toEqual([
      'warning sector-unclear E4 F4',
    ]);
  });

  it('names its parts with it', () => {
    const reading = readSheet(
      grid(
        sheet([
          [1, 'Total revenue (Triệu đồng)', 257],
          [null, '- Domestic services', 200],
        ]),
      ),
    );
    expect(reading.issues.map((i) => `${i.code} ${i.cells?.join(' ')}`)).toEqual(['sector-unclear F4 F5']);
    expect(facts(reading).filter((f) => f.includes('@F'))).toEqual([]);
  });

  it('is read when a row of the table tells the sector', () => {
    const reading = readSheet(
      grid(
        sheet([
          [1, 'Letter post (kg)', 456],
          [2, 'Total revenue (Triệu đồng)', 257],
        ]),
      ),
    );
    expect(facts(reading)).toContain('postal-revenue flow 9T/2015 257 @F5');
    expect(reading.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });
});

describe('numbers written with their unit in the cell', () => {
  it('on a sheet where nothing else is a figure: named as a sheet that cannot be read, every such cell with it', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
        ['Thuê bao FTTH', 'TB', '7.000 thuê bao'],
        ['Doanh thu', 'tr.đ', '812 triệu'],
      ]),
    );
    expect(reading.submissions).toEqual([]);
    expect(reading.issues.map((i) => `${i.severity} ${i.code} ${i.cell} ${i.cells?.join(' ')}`)).toEqual([
      'warning unreadable-sheet C4 C4:C5',
    ]);
    expect(reading.issues[0].message).toBe(
      'Trang "Sheet1" ghi số kèm chữ ("7.000 thuê bao" ở dòng "Thuê bao FTTH"): không đọc được số liệu — hãy ghi số riêng, đơn vị ở cột ĐVT',
    );
  });

  it('beside figures: each such cell named as a number not read', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'Tăng', 'Hiện có'],
        ['Thuê bao FTTH', 500, '7.000 TB'],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth increase 9T/2015 500 @B4']);
    expect(codes(reading)).toEqual(['warning unreadable-number']);
  });
});

describe('a label whose number and words sit in two columns under one "Chỉ tiêu"', () => {
  it('reads the words beside the number as the label', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['STT', 'Chỉ tiêu', null, 'ĐVT', 'Tăng', 'Giảm', 'Hiện có'],
        [1, 'Điện thoại cố định', null, null, null, null, null],
        [null, 'a)', 'Có dây', 'TB', 10, 20, 300],
        [null, 'b)', 'Không dây', 'TB', 5, 6, 70],
        [2, 'Thuê bao FTTH', null, 'TB', 500, 50, 7000],
      ]),
    );
    expect(facts(reading)).toEqual([
      'fixed-wired increase 9T/2015 10 @E5',
      'fixed-wired decrease 9T/2015 20 @F5',
      'fixed-wired closing 9T/2015 300 @G5',
      'fixed-wireless increase 9T/2015 5 @E6',
      'fixed-wireless decrease 9T/2015 6 @F6',
      'fixed-wireless closing 9T/2015 70 @G6',
      'ftth increase 9T/2015 500 @E7',
      'ftth decrease 9T/2015 50 @F7',
      'ftth closing 9T/2015 7000 @G7',
    ]);
    expect(reading.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });
});

describe('a figure cell holding a formula error, or a formula whose result the file does not hold', () => {
  it('is named with what it shows, never dropped as if the enterprise had written nothing', () => {
    // Excel gives the add-in "#REF!" as the cell's value; the command line gives the same text.
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015'],
        ['Chỉ tiêu', 'Tăng', 'Giảm', 'Hiện có'],
        ['Thuê bao FTTH', 300, '#N/A', '#REF!'],
        ['Thuê bao xDSL', '=SUM(B:B)', 'x', 5000],
      ]),
    );
    expect(facts(reading)).toEqual(['ftth increase 9T/2015 300 @B4', 'broadband-xdsl closing 9T/2015 5000 @D5']);
    expect(reading.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.cell}`)).toEqual([
      'unreadable-number C4',
      'unreadable-number D4',
      'unreadable-number B5',
    ]);
    expect(reading.issues.find((i) => i.cell === 'B5')?.message).toBe(
      'Công thức "=SUM(B:B)" chưa có kết quả trong tệp: bỏ qua ô này — mở tệp bằng Excel, lưu lại rồi đọc lại',
    );
  });

  it("is the row's figure: its parts below do not stand in for it", () => {
    // Seed 123456 of the corpus: under a broken total, "Trong đó: Trong nước" was read as all the express items.
    const reading = readSheet(
      grid([
        ['EMS BẮC NINH'],
        ['Kỳ báo cáo: Q3/2024'],
        ['STT', 'Dịch vụ', 'Kỳ này'],
        [1, 'CPN (EMS) (Cái, bức)', '#REF!'],
        [null, 'Trong đó: Trong nước', 6116],
        [null, '- Quốc tế', 3528],
        [2, 'BK thường (Cái, bức)', 5817],
      ]),
    );
    expect(facts(reading)).toEqual(['parcels flow Q3/2024 5817 @C7']);
    expect(reading.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.cell}`)).toEqual([
      'unreadable-number C4',
    ]);
  });

  it('is a figure where the table is found: branches over a total of "#N/A" are still a table, the total named', () => {
    // With nothing but errors in the total row, the sheet was "no data table" (info) and the totals lost.
    const reading = readSheet(
      grid([
        ['VIETTEL POST CẦN THƠ'],
        ['Postal and courier statistics, Feb 2016'],
        ['#', 'Branch', 'Express items (Items)', 'Postal money orders (Items)'],
        [1, 'Quận Ninh Kiều', '218', '118'],
        [2, 'Quận Bình Thủy', '247', '51'],
        [null, 'Total', '#N/A', '#REF!'],
      ]),
    );
    expect(facts(reading)).toEqual([]);
    const named = reading.issues.filter((i) => i.severity === 'warning').flatMap((i) => [i.cell, ...(i.cells ?? [])]);
    expect(named).toEqual(expect.arrayContaining(['C6', 'D6']));
  });
});
