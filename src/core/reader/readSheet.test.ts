import type { CellValue, SheetGrid } from '../model';
import { encodeTcvn3 } from '../../../test/support/encodeTcvn3';
import { encodeVni } from '../../../test/support/encodeVni';
import { readSheet } from './readSheet';
import { brief, grid } from '../../../test/support/grid';

/** The reference report's telecom table as an enterprise might send it (VNPT's part of it). */
const VNPT: CellValue[][] = [
  ['VIỄN THÔNG QUẢNG NINH', null, null, null, null, null, null],
  ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', null, null, null, null, null, null],
  ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'So với cùng kỳ', 'Hiện có trên mạng'],
  [1, 'Điện thoại cố định có dây', 'Thuê bao', 2907, 24060, '-28%', 2907],
  [2, 'Điện thoại DĐ trả trước', null, '826.963', '660.406', '68%', '1.826.191'],
  [3, 'Doanh thu', 'Triệu đồng', null, null, '66%', 2466410],
  [null, null, null, null, null, null, null],
  [null, null, null, null, 'Hạ Long, ngày 05 tháng 10 năm 2015', null, null],
  [null, null, null, null, 'GIÁM ĐỐC', null, null],
];

const VNPT_FACTS = [
  'fixed-wired increase 9T/2015 2907 @D4',
  'fixed-wired decrease 9T/2015 24060 @E4',
  'fixed-wired reportedChange 9T/2015 -0.28 @F4',
  'fixed-wired closing 9T/2015 2907 @G4',
  'mobile-prepaid increase 9T/2015 826963 @D5',
  'mobile-prepaid decrease 9T/2015 660406 @E5',
  'mobile-prepaid reportedChange 9T/2015 0.68 @F5',
  'mobile-prepaid closing 9T/2015 1826191 @G5',
  'telecom-revenue flow 9T/2015 2466410 @G6',
  'telecom-revenue reportedChange 9T/2015 0.66 @F6',
];

function only(reading: ReturnType<typeof readSheet>) {
  expect(reading.submissions).toHaveLength(1);
  return reading.submissions[0];
}

const codes = (reading: ReturnType<typeof readSheet>) => reading.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`);

describe('readSheet: the usual layout', () => {
  const reading = readSheet(grid(VNPT, { file: 'vnpt.xlsx', sheet: 'VNPT' }));

  it('reads the enterprise, sector, period and signing date from the title and footer lines', () => {
    const sub = only(reading);
    expect(sub).toMatchObject({
      file: 'vnpt.xlsx',
      sheet: 'VNPT',
      enterprise: 'VNPT Quảng Ninh',
      sector: 'telecom',
      period: '9T/2015',
      issued: '2015-10-05',
      rows: 3,
      unrecognised: 0,
    });
    expect(sub.correction).toBeUndefined();
  });

  it('turns each figure into a fact with its measure, value and source cell', () => {
    expect(brief(only(reading).facts)).toEqual(VNPT_FACTS);
    expect(only(reading).facts[0]).toMatchObject({
      enterprise: 'VNPT Quảng Ninh',
      sector: 'telecom',
      source: { file: 'vnpt.xlsx', sheet: 'VNPT', cell: 'D4' },
    });
  });

  it('raises no issue on a clean sheet', () => {
    expect(reading.issues).toEqual([]);
  });

  it('gives real addresses when the grid does not start at A1', () => {
    const moved = readSheet(grid(VNPT, { top: 10, left: 2 }));
    expect(only(moved).facts[0].source.cell).toBe('F14');
  });

  it('reads the columns in any order', () => {
    const shuffled = VNPT.map((row) => [row[6], row[4], row[1], row[3], row[2], row[0], row[5]]);
    expect(
      brief(only(readSheet(grid(shuffled))).facts)
        .map((f) => f.replace(/ @.*/, ''))
        .sort(),
    ).toEqual(VNPT_FACTS.map((f) => f.replace(/ @.*/, '')).sort());
  });
});

describe('readSheet: text encodings', () => {
  const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Phát triển mới', 'Rời mạng', 'Hiện có', 'Cùng kỳ năm 2014'];
  const rows: CellValue[][] = [
    ['VIỄN THÔNG QUẢNG NINH'],
    ['Báo cáo 9 tháng đầu năm 2015'],
    header,
    [1, 'Điện thoại di động trả trước', 'Thuê bao', 100, 40, 1000, 900],
    [2, 'Doanh thu', 'Triệu đồng', null, null, 500, 400],
  ];
  const expected = [
    'mobile-prepaid increase 9T/2015 100 @D4',
    'mobile-prepaid decrease 9T/2015 40 @E4',
    'mobile-prepaid closing 9T/2015 1000 @F4',
    'mobile-prepaid closing 9T/2014 900 @G4',
    'telecom-revenue flow 9T/2015 500 @F5',
    'telecom-revenue flow 9T/2014 400 @G5',
  ];
  const encodeAll = (encode: (text: string) => string) =>
    rows.map((row) => row.map((v) => (typeof v === 'string' ? encode(v) : v)));
  const fontsFor = (font: string) => rows.map((row) => row.map(() => font));

  it('reads NFC text', () => {
    expect(brief(only(readSheet(grid(rows))).facts)).toEqual(expected);
  });

  it('reads a TCVN3 sheet typed with .VnTime fonts', () => {
    const tcvn3 = encodeAll((text) => encodeTcvn3(text.toLowerCase() === text ? text : text));
    expect(tcvn3[3][1]).toBe('§iÖn tho¹i di ®éng tr¶ tr\u00adíc');
    expect(tcvn3[2][1]).toBe('ChØ tiªu');
    const reading = readSheet(grid(tcvn3, { fonts: fontsFor('.VnTime') }));
    expect(brief(only(reading).facts)).toEqual(expected);
  });

  it('reads a TCVN3 header and labels even without font names', () => {
    const values: CellValue[][] = [
      ['Ch\u00d8 ti\u00aau', 'Ph\u00b8t tri\u00d3n m\u00edi', 'Hi\u00d6n c\u00e3'],
      ['\u00a7i\u00d6n tho\u00b9i di \u00ae\u00e9ng tr\u00b6 tr\u00adíc', 100, 1000],
    ];
    const reading = readSheet(grid([['Quý III/2015'], ...values], { sheet: 'VNPT' }));
    expect(brief(only(reading).facts)).toEqual([
      'mobile-prepaid increase Q3/2015 100 @B3',
      'mobile-prepaid closing Q3/2015 1000 @C3',
    ]);
  });

  it('reads a VNI sheet typed with VNI-Times fonts', () => {
    const vni = encodeAll(encodeVni);
    expect(vni[3][1]).toBe('Ñieän thoaïi di ñoäng traû tröôùc');
    const reading = readSheet(grid(vni, { fonts: fontsFor('VNI-Times') }));
    expect(only(reading).enterprise).toBe('VNPT Quảng Ninh');
    expect(brief(only(reading).facts)).toEqual(expected);
  });

  it('reads decomposed Unicode (NFD)', () => {
    const nfd = encodeAll((text) => text.normalize('NFD'));
    expect(nfd[3][1]).not.toBe(rows[3][1]);
    expect(brief(only(readSheet(grid(nfd))).facts)).toEqual(expected);
  });
});

describe('readSheet: headers on two rows with merged cells', () => {
  it('reads "Trong kỳ" over "Tăng" | "Giảm" and a column-number row', () => {
    const reading = readSheet(
      grid([
        ['MOBIFONE QUẢNG NINH'],
        ['Tháng 9/2015'],
        ['TT', 'Chỉ tiêu', 'Trong kỳ', null, 'Lũy kế hiện có', 'So sánh (%)'],
        [null, null, 'Tăng', 'Giảm', null, null],
        ['A', 'B', 1, 2, 3, 4],
        [1, 'TB trả sau', 30, 10, 300, 110.5],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'mobile-postpaid increase T9/2015 30 @C6',
      'mobile-postpaid decrease T9/2015 10 @D6',
      'mobile-postpaid closing T9/2015 300 @E6',
      'mobile-postpaid reportedChange T9/2015 1.105 @F6',
    ]);
  });

  it("reads last year's group of columns as the same period last year", () => {
    const reading = readSheet(
      grid([
        ['FPT Telecom', null, null, null, null],
        ['Quý III/2015', null, null, null, null],
        ['Chỉ tiêu', 'Thực hiện quý III/2015', null, 'Cùng kỳ năm 2014', null],
        [null, 'Tăng', 'Hiện có', 'Tăng', 'Hiện có'],
        ['Thuê bao FTTH', 50, 500, 40, 300],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'ftth increase Q3/2015 50 @B5',
      'ftth closing Q3/2015 500 @C5',
      'ftth increase Q3/2014 40 @D5',
      'ftth closing Q3/2014 300 @E5',
    ]);
  });

  it('leaves plan columns out', () => {
    const reading = readSheet(
      grid([['9 tháng 2015'], ['Chỉ tiêu', 'Kế hoạch năm 2015', 'Thực hiện'], ['Doanh thu (tr.đồng)', 9000, 7000]]),
    );
    expect(brief(only(reading).facts)).toEqual(['telecom-revenue flow 9T/2015 7000 @C3']);
  });
});

describe('readSheet: transposed sheets', () => {
  it('reads indicators across the columns and measures down the rows', () => {
    const reading = readSheet(
      grid([
        [null, 'MOBIFONE TỈNH QUẢNG NINH', null, null, null],
        [null, 'SỐ LIỆU 9 THÁNG ĐẦU NĂM 2015', null, null, null],
        [null, 'Chỉ tiêu', 'TB trả sau', 'TB trả trước', 'Doanh thu'],
        [null, 'Đơn vị tính', 'Thuê bao', 'Thuê bao', 'Đồng'],
        [null, 'Phát triển mới trong kỳ', 28736, 201347, '-'],
        [null, 'Rời mạng trong kỳ', 13204, 163590, '-'],
        [null, 'Hiện có / thực hiện đến 30/9/2015', 31290, 436725, 402118000000],
        [null, 'Cùng kỳ năm 2014', 21340, 262114, 251760000000],
      ]),
    );
    const sub = only(reading);
    expect(sub).toMatchObject({ enterprise: 'MobiFone', sector: 'telecom', period: '9T/2015', rows: 3 });
    expect(brief(sub.facts)).toEqual([
      'mobile-postpaid increase 9T/2015 28736 @C5',
      'mobile-postpaid decrease 9T/2015 13204 @C6',
      'mobile-postpaid closing 9T/2015 31290 @C7',
      'mobile-postpaid closing 9T/2014 21340 @C8',
      'mobile-prepaid increase 9T/2015 201347 @D5',
      'mobile-prepaid decrease 9T/2015 163590 @D6',
      'mobile-prepaid closing 9T/2015 436725 @D7',
      'mobile-prepaid closing 9T/2014 262114 @D8',
      'telecom-revenue flow 9T/2015 402118 @E7',
      'telecom-revenue flow 9T/2014 251760 @E8',
    ]);
  });
});

describe('readSheet: units', () => {
  it('applies "Đơn vị tính: nghìn đồng" in the title to money figures only', () => {
    const reading = readSheet(
      grid([
        ['Bưu điện tỉnh Quảng Ninh'],
        ['Báo cáo 9 tháng năm 2015', null, 'Đơn vị tính: nghìn đồng'],
        ['Chỉ tiêu', 'Thực hiện', 'Cùng kỳ'],
        ['Bưu kiện', 52310, 49870],
        ['Doanh thu', 41235000, 37710500],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'parcels flow 9T/2015 52310 @B4',
      'parcels flow 9T/2014 49870 @C4',
      'postal-revenue flow 9T/2015 41235 @B5',
      'postal-revenue flow 9T/2014 37710.5 @C5',
    ]);
  });

  it('converts đồng, tấn and a unit in the label or the header to canonical units', () => {
    const reading = readSheet(
      grid([
        ['EMS', null, null, null],
        ['9 tháng 2015', null, null, null],
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Sản lượng'],
        [1, 'Bưu phẩm thường', 'Tấn', 38.25],
        [2, 'Số tiền chuyển', 'Đồng', 1234567],
        [3, 'Doanh thu (tỷ đồng)', null, 15.3],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'letter-post flow 9T/2015 38250 @D4',
      'money-transferred flow 9T/2015 1.234567 @D5',
      'postal-revenue flow 9T/2015 15300 @D6',
    ]);
    expect(reading.issues).toEqual([]);
  });

  it('reads a header unit for its column', () => {
    const reading = readSheet(
      grid([['VNPT 9T/2015'], ['Chỉ tiêu', 'Doanh thu (nghìn đồng)'], ['Doanh thu viễn thông', 812345000]]),
    );
    expect(brief(only(reading).facts)).toEqual(['telecom-revenue flow 9T/2015 812345 @B3']);
  });

  it('carries a merged unit cell down to the rows it covers, but not onto money', () => {
    const reading = readSheet(
      grid([
        ['Bưu chính Viettel 9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Kỳ này'],
        ['Bưu phẩm thường', 'Tấn', 2],
        ['BP thường quốc tế', null, 1],
        ['Doanh thu', null, 700],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'letter-post flow 9T/2015 2000 @C3',
      'letter-post flow 9T/2015 1000 @C4',
      'postal-revenue flow 9T/2015 700 @C5',
    ]);
    expect(codes(reading)).toEqual(['info unit-assumed C5']);
  });

  it('skips a figure whose unit does not fit its indicator, with a warning', () => {
    const reading = readSheet(
      grid([
        ['Viettel Post Q3/2015'],
        ['Chỉ tiêu', 'ĐVT', 'Kỳ này'],
        ['Bưu phẩm thường', 'Cái', 120],
        ['Bưu kiện', 'Cái', 50],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual(['parcels flow Q3/2015 50 @C4']);
    expect(codes(reading)).toEqual(['warning unit-mismatch C3']);
    expect(reading.issues[0]).toMatchObject({ indicator: 'letter-post', enterprise: 'Viettel Post' });
  });

  it('assumes triệu đồng for money with no unit anywhere, and says so', () => {
    const reading = readSheet(grid([['Gmobile 9T/2015'], ['Chỉ tiêu', 'Thực hiện'], ['Doanh thu', 18517]]));
    expect(brief(only(reading).facts)).toEqual(['telecom-revenue flow 9T/2015 18517 @B3']);
    expect(codes(reading)).toEqual(['info unit-assumed B3']);
  });
});

describe('readSheet: sections, breakdowns and notes', () => {
  it('does not add "Trong đó" rows of the same indicator again, but counts standard rows under a non-standard total', () => {
    const reading = readSheet(
      grid([
        ['VNPT Quảng Ninh - 9 tháng năm 2015'],
        ['STT', 'Chỉ tiêu', 'Hiện có'],
        ['I', 'Dịch vụ di động', null],
        [1, 'Điện thoại di động', 1100],
        [null, '- Trả trước', 1000],
        [null, '- Trả sau', 100],
        [2, 'Thuê bao FTTH', 500],
        [null, 'Trong đó: FTTH doanh nghiệp', 50],
        [null, 'Trong đó: thuê bao 3G', 300],
      ]),
    );
    const sub = only(reading);
    expect(brief(sub.facts)).toEqual([
      'mobile-prepaid closing 9T/2015 1000 @C5',
      'mobile-postpaid closing 9T/2015 100 @C6',
      'ftth closing 9T/2015 500 @C7',
    ]);
    expect(sub.rows).toBe(3);
    expect(codes(reading)).toEqual(['info not-standard B4', 'info not-standard B9']);
  });

  it('reads the rows under a bare "Trong đó:" line as a breakdown', () => {
    const reading = readSheet(
      grid([
        ['EMS 9T/2015'],
        ['Chỉ tiêu', 'Sản lượng'],
        ['Bưu phẩm thường (kg)', 900],
        ['Trong đó:', null],
        ['Trong nước', 600],
        ['Quốc tế', 300],
        ['Chuyển phát nhanh', 70],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual(['letter-post flow 9T/2015 900 @B3', 'express flow 9T/2015 70 @B7']);
    expect(reading.issues).toEqual([]);
  });

  it('adds the parts under a heading that has no figures of its own', () => {
    const reading = readSheet(
      grid([
        ['Viettel Post 9T/2015'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kỳ này'],
        [1, 'Bưu phẩm thường', 'Kg', null],
        [null, '- Trong nước', null, 600],
        [null, '- Quốc tế', null, 300],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'letter-post flow 9T/2015 600 @D4',
      'letter-post flow 9T/2015 300 @D5',
    ]);
    expect(only(reading).rows).toBe(2);
  });

  it('reads a table with a telecom and a postal section as two submissions, each "Doanh thu" in its own sector', () => {
    const reading = readSheet(
      grid([
        ['CHI NHÁNH VIETTEL QUẢNG NINH'],
        ['Báo cáo 9 tháng đầu năm 2015'],
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Kỳ này'],
        ['I', 'VIỄN THÔNG', null, null],
        [1, 'Thuê bao FTTH', 'TB', 7455],
        [2, 'Doanh thu', 'Tr.đồng', 1021560],
        ['II', 'BƯU CHÍNH, CHUYỂN PHÁT', null, null],
        [1, 'Chuyển phát nhanh', 'Cái', 11000],
        [2, 'Doanh thu', 'Tr.đồng', 14200],
        [null, null, null, null],
        ['Ghi chú: số liệu chưa kiểm toán', null, null, null],
        [null, 'Người lập biểu', null, 'Giám đốc'],
      ]),
    );
    expect(reading.submissions.map((s) => `${s.enterprise} ${s.sector} ${s.rows}`)).toEqual([
      'Viettel Quảng Ninh telecom 2',
      'Viettel Quảng Ninh postal 2',
    ]);
    expect(brief(reading.submissions[0].facts)).toEqual([
      'ftth closing 9T/2015 7455 @D5',
      'telecom-revenue flow 9T/2015 1021560 @D6',
    ]);
    expect(brief(reading.submissions[1].facts)).toEqual([
      'express flow 9T/2015 11000 @D8',
      'postal-revenue flow 9T/2015 14200 @D9',
    ]);
    expect(reading.issues).toEqual([]);
  });

  it('reads the postal table\'s "Số tăng trong kỳ" as the period\'s volume', () => {
    const reading = readSheet(
      grid([
        ['Bưu điện tỉnh', null, null, null, null],
        ['9 tháng đầu năm 2015', null, null, null, null],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'So với cùng kỳ'],
        [1, 'Sản lượng phát hành báo chí', 'Tờ, cuốn', '7.162.000', '-4%'],
        [5, 'Thư, điện chuyển tiền từ liên tỉnh, quốc tế đi, đến', 'Cái, bức', '55.230', '-11%'],
        [6, 'Số tiền chuyển', 'Tr.đồng', '246.707', '-13%'],
        [7, 'Doanh thu', 'Tr.đồng', '74.735', '16%'],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'press-distribution flow 9T/2015 7162000 @D4',
      'press-distribution reportedChange 9T/2015 -0.04 @E4',
      'money-orders flow 9T/2015 55230 @D5',
      'money-orders reportedChange 9T/2015 -0.11 @E5',
      'money-transferred flow 9T/2015 246707 @D6',
      'money-transferred reportedChange 9T/2015 -0.13 @E6',
      'postal-revenue flow 9T/2015 74735 @D7',
      'postal-revenue reportedChange 9T/2015 0.16 @E7',
    ]);
  });
});

describe('readSheet: figures', () => {
  it('reads Vietnamese-formatted text, footnote marks and "-", "x" as nothing', () => {
    const reading = readSheet(
      grid([
        ['Hợp Nhất 9T/2015'],
        ['Dịch vụ', 'ĐVT', 'Kỳ này', 'Cùng kỳ năm trước'],
        ['Bưu kiện', 'Cái', '6.000', 'x'],
        ['Chuyển phát nhanh', 'Cái', '16.000 (*)', '-'],
        [null, null, null, null],
        ['(*) Bao gồm 1.250 bưu gửi quốc tế.', null, null, null],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual(['parcels flow 9T/2015 6000 @C3', 'express flow 9T/2015 16000 @C4']);
  });

  it('warns about an unreadable figure, naming its cell, and reads the rest', () => {
    const reading = readSheet(
      grid([['FPT 9T/2015'], ['Chỉ tiêu', 'Tăng', 'Hiện có'], ['Thuê bao FTTH', '1,2,3', 5418]]),
    );
    expect(brief(only(reading).facts)).toEqual(['ftth closing 9T/2015 5418 @C3']);
    expect(codes(reading)).toEqual(['warning unreadable-number B3']);
    expect(reading.issues[0].message).toContain('1,2,3');
  });

  it('keeps a percent column as a fraction whichever way it is written', () => {
    const rows = (values: CellValue[]): SheetGrid =>
      grid([
        ['VNPT 9T/2015'],
        ['Chỉ tiêu', 'Hiện có', 'Tỷ lệ (%)'],
        ['Thuê bao FTTH', 100, values[0]],
        ['Thuê bao xDSL', 100, values[1]],
      ]);
    const change = (g: SheetGrid) =>
      only(readSheet(g))
        .facts.filter((f) => f.measure === 'reportedChange')
        .map((f) => f.value);
    expect(change(rows([72, 105]))).toEqual([0.72, 1.05]);
    expect(change(rows([0.72, 1.05]))).toEqual([0.72, 1.05]);
    expect(change(rows(['72%', '-28%']))).toEqual([0.72, -0.28]);
  });
});

describe('readSheet: what is not a standard row', () => {
  it('counts rows with figures that match nothing and warns about each', () => {
    const reading = readSheet(
      grid([
        ['VNPT 9T/2015'],
        ['Chỉ tiêu', 'Hiện có'],
        ['Thuê bao FTTH', 5],
        ['Số máy bàn công cộng', 12],
        ['Trạm BTS', 300],
      ]),
    );
    const sub = only(reading);
    expect(sub).toMatchObject({ rows: 1, unrecognised: 1 });
    expect(codes(reading)).toEqual(['warning unrecognised-row A4', 'info not-standard A5']);
    expect(reading.issues[0].message).toContain('Số máy bàn công cộng');
  });

  it('says a sheet that is not data is not data', () => {
    const reading = readSheet(
      grid(
        [
          ['HƯỚNG DẪN ĐIỀN BIỂU MẪU'],
          ['1. Số liệu thuê bao tính đến ngày cuối kỳ báo cáo.'],
          ['2. Doanh thu ghi theo triệu đồng.'],
        ],
        { sheet: 'Hướng dẫn' },
      ),
    );
    expect(reading.submissions).toEqual([]);
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]).toMatchObject({ severity: 'info', code: 'not-data', sheet: 'Hướng dẫn', cell: '' });
    expect(reading.issues[0].message).toContain('Hướng dẫn');
  });

  it("leaves out a compilation of several enterprises (the Sở's own sheet), enterprises across or down", () => {
    const across = readSheet(
      grid(
        [['TỔNG HỢP 9 THÁNG 2015'], ['Chỉ tiêu', 'VNPT', 'Viettel', 'MobiFone', 'Tổng'], ['Trả trước', 1, 2, 3, 6]],
        { sheet: 'Tổng hợp' },
      ),
    );
    expect(across.submissions).toEqual([]);
    expect(codes(across)).toEqual(['info compilation A2']);
    expect(across.issues[0].message).toContain('VNPT, Viettel, MobiFone');
    const down = readSheet(
      grid([
        ['Thuê bao FTTH 9T/2015'],
        ['Doanh nghiệp', 'Hiện có'],
        ['VNPT', 11362],
        ['FPT Telecom', 5418],
        ['Cộng', 16780],
      ]),
    );
    expect(down.submissions).toEqual([]);
    expect(codes(down)).toEqual(['info compilation A2']);
  });

  it('warns about a sheet of figures it cannot understand', () => {
    const noHeader = readSheet(
      grid([
        ['Thuê bao FTTH', 5418],
        ['Doanh thu', 700],
      ]),
    );
    expect(noHeader.submissions).toEqual([]);
    expect(codes(noHeader)).toEqual(['warning unreadable-sheet A1']);
    const unknownRows = readSheet(
      grid([
        ['Chỉ tiêu', 'Hiện có'],
        ['Xe ô tô', 5],
        ['Nhà trạm', 6],
      ]),
    );
    expect(unknownRows.submissions).toEqual([]);
    expect(codes(unknownRows)).toEqual(
      ['info unknown-enterprise ', 'info no-period ', 'warning unreadable-sheet A2'].map((c) =>
        c.replace('info no-period ', 'warning no-period '),
      ),
    );
  });

  it('never throws, whatever the grid', () => {
    const odd = [
      grid([]),
      grid([[]]),
      { file: 'x', sheet: 'y', top: 0, left: 0 } as unknown as SheetGrid,
      grid([
        [null, undefined as unknown as null],
        ['Chỉ tiêu', 'Hiện có'],
        [{} as unknown as null, 5],
      ]),
      null as unknown as SheetGrid,
    ];
    for (const g of odd) {
      const reading = readSheet(g);
      expect(reading.submissions).toEqual([]);
      expect(reading.issues.length).toBeGreaterThan(0);
    }
  });

  it('reads a large sheet', () => {
    // LARGE_SHEET_ROWS: a smaller sheet where each run counts (the mutation runs, stryker.config.mjs).
    const n = Number(process.env.LARGE_SHEET_ROWS ?? 5000);
    const values: CellValue[][] = [['VNPT 9T/2015'], ['Chỉ tiêu', 'Tăng', 'Giảm', 'Hiện có']];
    for (let i = 0; i < n; i++) values.push([`${i % 2 ? 'Thuê bao FTTH' : 'Thuê bao xDSL'} - Huyện ${i}`, i, i, i]);
    const sub = only(readSheet(grid(values)));
    expect(sub.facts).toHaveLength(3 * n);
    expect(sub.rows).toBe(n);
  });
});

describe('readSheet: title lines', () => {
  it('takes the period given when the sheet states none, and says so', () => {
    const reading = readSheet(grid([['Viettel'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]]), {
      period: '9T/2015',
    });
    expect(only(reading).period).toBeNull();
    expect(brief(only(reading).facts)).toEqual(['ftth closing 9T/2015 5 @B3']);
    expect(codes(reading)).toEqual(['info no-period ']);
  });

  it('finds the period in the header when the title has none', () => {
    const reading = readSheet(
      grid([['Viettel'], ['Chỉ tiêu', 'Thực hiện 9 tháng 2015', 'Thực hiện 9 tháng 2014'], ['Thuê bao FTTH', 5, 4]]),
    );
    expect(only(reading).period).toBe('9T/2015');
    expect(brief(only(reading).facts)).toEqual(['ftth closing 9T/2015 5 @B3', 'ftth closing 9T/2014 4 @C3']);
  });

  it('takes the period from the sheet or file name when the sheet itself states none', () => {
    expect(
      only(
        readSheet(
          grid(
            [
              ['Chỉ tiêu', 'Hiện có'],
              ['Thuê bao FTTH', 5],
            ],
            { sheet: 'Quý III-2015' },
          ),
        ),
      ).period,
    ).toBe('Q3/2015');
    expect(
      only(
        readSheet(
          grid(
            [
              ['Chỉ tiêu', 'Hiện có'],
              ['Thuê bao FTTH', 5],
            ],
            { file: 'fpt/bao-cao-9-thang-2015.xlsx' },
          ),
        ),
      ).period,
    ).toBe('9T/2015');
  });

  it('warns when there is no period at all', () => {
    const reading = readSheet(grid([['Viettel'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]]), { locale: 'en' });
    expect(reading.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'no-period']]);
    expect(reading.issues[0].message).toMatch(/no reporting period/);
  });

  it('names the enterprise by the sheet or file name when the title does not', () => {
    const bySheet = readSheet(
      grid([['9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]], { sheet: 'MobiFone', file: 'a.xlsx' }),
    );
    expect(only(bySheet).enterprise).toBe('MobiFone');
    const byFile = readSheet(
      grid([['9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]], {
        sheet: 'Sheet1',
        file: 'bao-cao-gmobile.xlsx',
      }),
    );
    expect(only(byFile).enterprise).toBe('Gmobile');
    const unknown = readSheet(
      grid([['9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]], { sheet: 'Công ty ABC', file: 'abc.xlsx' }),
    );
    expect(only(unknown).enterprise).toBe('Công ty ABC');
    expect(codes(unknown)).toEqual(['info unknown-enterprise ']);
  });

  it('names an enterprise the catalogue does not know by its name line, else its file, else its sheet', () => {
    const table = [['9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]];
    const titled = readSheet(
      grid([['CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ...table], {
        sheet: 'Sheet1',
        file: 'so0.xlsx',
      }),
    );
    expect(only(titled)).toMatchObject({ enterprise: 'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', nameFrom: 'title' });
    expect(titled.issues[0]).toMatchObject({
      code: 'unknown-enterprise',
      enterprise: 'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0',
    });
    const labelled = readSheet(grid([['Đơn vị: Công ty TNHH Chuyển phát ABC'], ...table]));
    expect(only(labelled)).toMatchObject({ enterprise: 'Công ty TNHH Chuyển phát ABC', nameFrom: 'title' });
    const byFile = readSheet(grid(table, { sheet: 'Sheet1', file: 'C:\\bao cao\\hai-dang.xlsx' }));
    expect(only(byFile)).toMatchObject({ enterprise: 'hai-dang', nameFrom: 'file' });
    const bySheet = readSheet(grid(table, { sheet: 'Hải Đăng', file: '' }));
    expect(only(bySheet)).toMatchObject({ enterprise: 'Hải Đăng', nameFrom: 'sheet' });
    const known = readSheet(grid([['VIỄN THÔNG QUẢNG NINH'], ...table]));
    expect(only(known).enterprise).toBe('VNPT Quảng Ninh');
    expect(only(known).nameFrom).toBeUndefined();
  });

  it("gives a sheet's second table the unknown name of its first", () => {
    const reading = readSheet(
      grid([
        ['CÔNG TY TNHH HẢI ĐĂNG'],
        ['BÁO CÁO 9 THÁNG 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
        ['Thuê bao FTTH', 'TB', 7455],
        [null, null, null],
        ['BÁO CÁO BƯU CHÍNH 9 THÁNG 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Kỳ này'],
        ['Chuyển phát nhanh', 'Cái', 11000],
      ]),
    );
    expect(reading.submissions.map((s) => `${s.enterprise} ${s.sector} ${s.nameFrom}`)).toEqual([
      'CÔNG TY TNHH HẢI ĐĂNG telecom title',
      'CÔNG TY TNHH HẢI ĐĂNG postal title',
    ]);
  });

  it('reads a header date typed as a date alike from Excel (a serial) and the command line (text)', () => {
    const sheet = (opening: CellValue, closing: CellValue): CellValue[][] => [
      ['CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0'],
      ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
      ['STT', 'Chỉ tiêu', 'ĐVT', opening, 'Phát triển mới', 'Rời mạng', closing],
      [1, 'Thuê bao FTTH', 'TB', 1000, 300, 50, 1250],
    ];
    const facts = [
      'ftth opening 9T/2015 1000 @D4',
      'ftth increase 9T/2015 300 @E4',
      'ftth decrease 9T/2015 50 @F4',
      'ftth closing 9T/2015 1250 @G4',
    ];
    expect(brief(only(readSheet(grid(sheet('31/12/2014', '30/09/2015')))).facts)).toEqual(facts);
    expect(brief(only(readSheet(grid(sheet(42004, 42277)))).facts)).toEqual(facts);
    // Dates under a merged "Hiện có", and no STT: the lower header row holds only the serials.
    const merged = (opening: CellValue, closing: CellValue): CellValue[][] => [
      ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
      ['Chỉ tiêu', 'Hiện có', null],
      [null, opening, closing],
      ['Thuê bao FTTH', 1000, 1250],
    ];
    const two = ['ftth opening 9T/2015 1000 @B4', 'ftth closing 9T/2015 1250 @C4'];
    expect(brief(only(readSheet(grid(merged('31/12/2014', '30/09/2015')))).facts)).toEqual(two);
    expect(brief(only(readSheet(grid(merged(42004, 42277)))).facts)).toEqual(two);
  });

  it('reads a two-cell header with one data row, the label column named "Chỉ tiêu" or by the indicator', () => {
    // What TTTT.SUMIND hands the reader: a small range, no title, read as of a given period.
    const read = (values: CellValue[][]) =>
      brief(only(readSheet(grid(values, { file: '', sheet: 'Vùng 1' }), { period: '9T/2015' })).facts);
    expect(
      read([
        ['Chỉ tiêu', 'Hiện có'],
        ['Thuê bao FTTH', 25126],
      ]),
    ).toEqual(['ftth closing 9T/2015 25126 @B2']);
    expect(
      read([
        ['Thuê bao FTTH', 'Hiện có'],
        ['Thuê bao FTTH', 25126],
      ]),
    ).toEqual(['ftth closing 9T/2015 25126 @B2']);
    expect(
      read([
        ['Thuê bao FTTH', 'Hiện có'],
        [null, '25.126'],
      ]),
    ).toEqual(['ftth closing 9T/2015 25126 @B2']);
    expect(
      read([
        ['Thuê bao FTTH', 'Hiện có'],
        ['VNPT', 25126],
      ]),
    ).toEqual(['ftth closing 9T/2015 25126 @B2']);
    expect(
      read([
        ['Thuê bao FTTH', 'Tăng', 'Giảm'],
        [null, 10, 3],
      ]),
    ).toEqual(['ftth increase 9T/2015 10 @B2', 'ftth decrease 9T/2015 3 @C2']);
    // A row naming another indicator is that indicator's, whatever heads the column.
    expect(
      read([
        ['Thuê bao FTTH', 'Hiện có'],
        ['Thuê bao xDSL', 9],
      ]),
    ).toEqual(['broadband-xdsl closing 9T/2015 9 @B2']);
  });

  it('marks a corrected re-submission and its date', () => {
    const reading = readSheet(
      grid([
        ['BƯU ĐIỆN TỈNH QUẢNG NINH', null, 'Hạ Long, ngày 12 tháng 10 năm 2015'],
        ['BÁO CÁO ĐIỀU CHỈNH (thay thế báo cáo số 512)'],
        ['9 tháng năm 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        ['Bưu kiện', 'Cái', 52310],
      ]),
    );
    expect(only(reading)).toMatchObject({
      correction: true,
      issued: '2015-10-12',
      enterprise: 'Bưu điện tỉnh Quảng Ninh',
      sector: 'postal',
    });
  });

  it('reads two tables on one sheet as two submissions, each with its own title', () => {
    const reading = readSheet(
      grid([
        ['CHI NHÁNH VIETTEL QUẢNG NINH'],
        ['BÁO CÁO VIỄN THÔNG 9 THÁNG 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Hiện có'],
        ['Thuê bao FTTH', 'TB', 7104, 7455],
        ['Doanh thu', 'Tr.đồng', null, 1021560],
        [null, null, null, null],
        ['TỔNG CÔNG TY CP BƯU CHÍNH VIETTEL'],
        ['BÁO CÁO BƯU CHÍNH 9 THÁNG 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Kỳ này', 'Cùng kỳ'],
        ['Chuyển phát nhanh', 'Cái', 11000, 5100],
        ['Doanh thu', 'Tr.đồng', 14200, 11700],
      ]),
    );
    expect(reading.submissions.map((s) => `${s.enterprise} ${s.sector} ${s.period} ${s.facts.length}`)).toEqual([
      'Viettel Quảng Ninh telecom 9T/2015 3',
      'Viettel Post postal 9T/2015 4',
    ]);
    expect(brief(reading.submissions[1].facts)).toContain('postal-revenue flow 9T/2014 11700 @D11');
    expect(reading.issues).toEqual([]);
  });

  it('writes its messages in the language asked for', () => {
    const vi = readSheet(grid([['Ghi chú']], { sheet: 'Bìa' }));
    const en = readSheet(grid([['Ghi chú']], { sheet: 'Bìa' }), { locale: 'en' });
    expect(vi.issues[0].message).toMatch(/^Trang "Bìa" không có bảng số liệu/);
    expect(en.issues[0].message).toMatch(/^Sheet "Bìa" holds no data table/);
  });
});

describe('readSheet: from one table to the next, and what the reading says of itself', () => {
  it('gives a second table that states no period the period of the first', () => {
    const reading = readSheet(
      grid([
        ['VIETTEL QUẢNG NINH'],
        ['BÁO CÁO 9 THÁNG 2015'],
        ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
        ['Thuê bao FTTH', 'TB', 7455],
        [null],
        ['VIETTEL POST'],
        ['Chỉ tiêu', 'ĐVT', 'Kỳ này'],
        ['Chuyển phát nhanh', 'Cái', 11000],
      ]),
    );
    expect(reading.submissions.map((s) => `${s.enterprise} ${s.sector} ${s.period}`)).toEqual([
      'Viettel Quảng Ninh telecom 9T/2015',
      'Viettel Post postal 9T/2015',
    ]);
    expect(reading.issues).toEqual([]);
    expect(reading.periodless).toBe(false);
  });

  it('says a sheet was read without a period of its own', () => {
    const table = [
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 5],
    ];
    expect(readSheet(grid([['Viettel'], ...table]), { period: '9T/2015' }).periodless).toBe(true);
    expect(readSheet(grid([['Viettel 9T/2015'], ...table]), { period: '9T/2015' }).periodless).toBe(false);
  });

  it('takes a chosen period of the same months under its own name, not one of another year', () => {
    const sheet = grid([['Viettel Quý I/2016'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]]);
    expect(only(readSheet(sheet, { period: '3T/2016' })).period).toBe('3T/2016');
    expect(only(readSheet(sheet, { period: '3T/2015' })).period).toBe('Q1/2016');
    expect(only(readSheet(sheet, { period: '6T/2016' })).period).toBe('Q1/2016');
  });

  it('takes the signing date in the footer before one in the title', () => {
    const reading = readSheet(
      grid([
        ['Viettel', null, 'Hà Nội, ngày 5 tháng 10 năm 2015'],
        ['9T/2015'],
        ['Chỉ tiêu', 'Hiện có'],
        ['Thuê bao FTTH', 5],
        [null],
        [null, 'Hà Nội, ngày 7 tháng 10 năm 2015'],
      ]),
    );
    expect(only(reading).issued).toBe('2015-10-07');
  });

  it('marks a correction named by the sheet or the file', () => {
    const table = [['Viettel 9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]];
    expect(only(readSheet(grid(table, { sheet: 'Điều chỉnh' }))).correction).toBe(true);
    expect(only(readSheet(grid(table, { file: 'C:\\x\\bao cao dieu chinh.xlsx' }))).correction).toBe(true);
  });

  it('reads a table of indicators outside the tables as no submission, saying only that', () => {
    const reading = readSheet(grid([['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Trạm BTS', 300]]));
    expect(reading.submissions).toEqual([]);
    expect(codes(reading)).toEqual(['info not-standard A3']);
    expect(reading.figures).toEqual({ used: 0, unused: 1 });
  });

  it('counts the figures it used and those it did not', () => {
    const reading = readSheet(
      grid([
        ['VNPT 9T/2015'],
        ['Chỉ tiêu', 'Hiện có', 'So với cùng kỳ (%)', 'Tỷ lệ (%)'],
        ['Thuê bao FTTH', 5, 10, 20],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual(['ftth closing 9T/2015 5 @B3', 'ftth reportedChange 9T/2015 0.1 @C3']);
    expect(codes(reading)).toEqual(['warning conflicting-figures D3']);
    expect(reading.figures).toEqual({ used: 2, unused: 1 });
  });

  it("keeps an enterprise's own percentage only where one row gives it: parts' percentages cannot be added", () => {
    const reading = readSheet(
      grid([
        ['VNPT 9T/2015'],
        ['Chỉ tiêu', 'Hiện có', 'Tỷ lệ (%)'],
        ['Thuê bao FTTH - Hạ Long', 5, 10],
        ['Thuê bao FTTH - Cẩm Phả', 6, 20],
        ['Thuê bao xDSL', 7, 30],
      ]),
    );
    expect(brief(only(reading).facts)).toEqual([
      'ftth closing 9T/2015 5 @B3',
      'ftth closing 9T/2015 6 @B4',
      'broadband-xdsl closing 9T/2015 7 @B5',
      'broadband-xdsl reportedChange 9T/2015 0.3 @C5',
    ]);
    expect(reading.accounts?.filter((a) => a.class !== 'fact')).toEqual([
      { cell: 'C3', class: 'not-figure', why: 'percent', inTable: true },
      { cell: 'C4', class: 'not-figure', why: 'percent', inTable: true },
    ]);
  });

  it('needs the figures of a sheet without a header to the right of a known indicator', () => {
    const reading = readSheet(
      grid([
        [5418, 'Thuê bao FTTH'],
        [700, 'Doanh thu'],
      ]),
    );
    expect(codes(reading)).toEqual(['info not-data ', 'info outside-table A1']);
  });

  it('names the reason when a grid cannot be walked at all, and reads nothing of it', () => {
    const broken = new Proxy([], {
      get(target, key) {
        if (key === 'length' || (typeof key === 'string' && /^\d+$/.test(key))) throw new Error('boom');
        return Reflect.get(target, key) as unknown;
      },
    }) as CellValue[][];
    const vi = readSheet({ file: 'a.xlsx', sheet: 'S', top: 0, left: 0, values: broken });
    expect(vi).toEqual({
      file: 'a.xlsx',
      sheet: 'S',
      submissions: [],
      issues: [
        {
          severity: 'warning',
          code: 'unreadable-sheet',
          message: 'Trang "S": lỗi khi đọc (boom): bỏ qua',
          file: 'a.xlsx',
          sheet: 'S',
          cell: '',
        },
      ],
    });
    const en = readSheet({ file: 'a.xlsx', sheet: 'S', top: 0, left: 0, values: broken }, { locale: 'en' });
    expect(en.issues[0].message).toBe('Sheet "S": error while reading (boom): skipped');
  });
});
