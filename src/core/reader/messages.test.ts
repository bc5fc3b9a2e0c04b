/**
 * What the reader tells a person, in both languages: each issue it raises, from a small sheet that
 * raises it, with its severity, code, cells and the whole message as it is shown (Vietnamese and
 * English alike, naming the same cells).
 */
import type { CellValue, SheetGrid } from '../model';
import { type ReadOptions, readSheet } from './readSheet';
import { grid } from '../../../test/support/grid';

interface Said {
  /** "severity code cell", then the cells it names. */
  issue: string;
  vi: string;
  en: string;
}

/** The issues a sheet raises, each with its message in Vietnamese and in English. */
function said(values: CellValue[][], options: ReadOptions = {}, more: Partial<SheetGrid> = {}): Said[] {
  const vi = readSheet(grid(values, more), { ...options, locale: 'vi' }).issues;
  const en = readSheet(grid(values, more), { ...options, locale: 'en' }).issues;
  const place = (i: (typeof vi)[number]) =>
    `${i.severity} ${i.code} ${i.cell}${i.cells ? ` [${i.cells.join(' ')}]` : ''}`;
  expect(en.map(place)).toEqual(vi.map(place));
  return vi.map((issue, k) => ({ issue: place(issue), vi: issue.message, en: en[k].message }));
}

describe('a sheet that cannot be read', () => {
  it('holds no table', () => {
    expect(said([['Hướng dẫn điền biểu mẫu']], {}, { sheet: 'Bìa' })).toEqual([
      {
        issue: 'info not-data ',
        vi: 'Trang "Bìa" không có bảng số liệu (không thấy dòng tiêu đề cột có số liệu bên dưới): bỏ qua',
        en: 'Sheet "Bìa" holds no data table (no header row with figures under it): skipped',
      },
    ]);
  });

  it('has figures but no header: the first indicator named, every figure pointed at', () => {
    expect(
      said(
        [
          ['Thuê bao FTTH', 5418],
          ['Doanh thu', 700],
        ],
        {},
        { sheet: 'FPT' },
      ),
    ).toEqual([
      {
        issue: 'warning unreadable-sheet A1 [B1:B2]',
        vi: 'Trang "FPT" có số liệu ("Thuê bao FTTH") nhưng không thấy dòng tiêu đề cột (Tăng, Giảm, Hiện có…): không đọc được',
        en: 'Sheet "FPT" has figures ("Thuê bao FTTH") but no header row (increase, decrease, current…): cannot read it',
      },
    ]);
  });

  it('has no column of indicator names', () => {
    expect(said([['VNPT 9T/2015'], ['STT', 'Hiện có'], [1, 5]], {}, { sheet: 'VNPT' })).toEqual([
      {
        issue: 'warning unreadable-sheet A2 [A2:B3]',
        vi: 'Trang "VNPT": không tìm thấy cột tên chỉ tiêu trong bảng: không đọc được',
        en: 'Sheet "VNPT": no column of indicator names in the table: cannot read it',
      },
    ]);
  });

  it('names no known indicator in any row', () => {
    const sheet = [['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Xe ô tô', 5], ['Nhà trạm', 6]];
    expect(said(sheet, {}, { sheet: 'VNPT' })).toEqual([
      {
        issue: 'warning unreadable-sheet A3 [A2:B4]',
        vi: 'Trang "VNPT": không dòng nào của bảng là chỉ tiêu đã biết (ví dụ "Xe ô tô"): không đọc được',
        en: 'Sheet "VNPT": no row of the table is a known indicator (e.g. "Xe ô tô"): cannot read it',
      },
    ]);
  });

  it('is a compilation of several enterprises', () => {
    const sheet = [
      ['TỔNG HỢP 9 THÁNG 2015'],
      ['Chỉ tiêu', 'VNPT', 'Viettel', 'MobiFone', 'Tổng'],
      ['Trả trước', 1, 2, 3, 6],
    ];
    expect(said(sheet, {}, { sheet: 'Tổng hợp' })).toEqual([
      {
        issue: 'info compilation A2 [A2:E3]',
        vi: 'Trang "Tổng hợp" là bảng tổng hợp nhiều doanh nghiệp (VNPT, Viettel, MobiFone): không đọc như báo cáo của một doanh nghiệp',
        en: 'Sheet "Tổng hợp" is a compilation of several enterprises (VNPT, Viettel, MobiFone): not read as one enterprise\'s submission',
      },
    ]);
  });
});

describe('the title lines', () => {
  const noPeriod = [['Viettel'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]];

  it('states no period: the one chosen is taken', () => {
    expect(said(noPeriod, { period: '9T/2015' })).toEqual([
      {
        issue: 'info no-period ',
        vi: 'Trang không ghi kỳ báo cáo: coi là kỳ 9T/2015',
        en: 'The sheet states no reporting period: taken as 9T/2015',
      },
    ]);
  });

  it('states no period and none is chosen: the whole table is named', () => {
    expect(said(noPeriod)).toEqual([
      {
        issue: 'warning no-period  [A2:B3]',
        vi: 'Trang không ghi kỳ báo cáo và chưa chọn kỳ: số liệu không gắn được với kỳ nào',
        en: 'The sheet states no reporting period and none was chosen: its figures belong to no period',
      },
    ]);
  });

  it('states no period but counts to a date after the one chosen', () => {
    const sheet = [
      ['VNPT VinaPhone Đắk Lắk'],
      ['Số liệu tính đến hết ngày 30/9/2019'],
      ['Nội dung', 'Tăng trong kỳ', 'Thuê bao hiện có'],
      ['Điện thoại DĐ trả trước', 52034, 333872],
    ];
    expect(said(sheet, { period: '9T/2018' })).toEqual([
      {
        issue: 'warning no-period  [A3:C4]',
        vi: 'Trang không ghi kỳ báo cáo, mà ghi "Số liệu tính đến hết ngày 30/9/2019": không phải kỳ 9T/2018 đã chọn — không dùng, hãy ghi rõ kỳ báo cáo',
        en: 'The sheet states no reporting period but says "Số liệu tính đến hết ngày 30/9/2019": not the chosen 9T/2018 — not used; please state the period',
      },
    ]);
  });

  it('names no known enterprise: the sheet name is used', () => {
    const sheet = [['9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]];
    expect(said(sheet, {}, { sheet: 'Công ty ABC', file: 'abc.xlsx' })).toEqual([
      {
        issue: 'info unknown-enterprise ',
        vi: 'Không nhận ra doanh nghiệp trong tiêu đề: dùng tên "Công ty ABC"',
        en: 'No known enterprise in the title lines: using the name "Công ty ABC"',
      },
    ]);
  });
});

describe('a figure not used', () => {
  it('cannot be read as a number', () => {
    expect(said([['FPT 9T/2015'], ['Chỉ tiêu', 'Tăng', 'Hiện có'], ['Thuê bao FTTH', '1,2,3', 5418]])).toEqual([
      {
        issue: 'warning unreadable-number B3',
        vi: 'Không đọc được số "1,2,3": bỏ qua ô này',
        en: 'Cannot read the number "1,2,3": cell skipped',
      },
    ]);
  });

  it('is a percentage outside a % column', () => {
    expect(said([['FPT 9T/2015'], ['Chỉ tiêu', 'Tăng', 'Hiện có'], ['Thuê bao FTTH', '12%', 5418]])).toEqual([
      {
        issue: 'warning unexpected-percent B3',
        vi: 'Ô ghi tỷ lệ "12%" trong cột không phải cột %: bỏ qua ô này',
        en: 'Percentage "12%" in a column that is not a % column: cell skipped',
      },
    ]);
  });

  it('is in a unit that does not fit the indicator, naming the unit it needs', () => {
    expect(said([['FPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có'], ['Thuê bao FTTH', 'Tấn', 5418]])).toEqual([
      {
        issue: 'warning unit-mismatch C3',
        vi: 'Đơn vị "Tấn" không dùng được cho "Thuê bao FTTH" (cần thuê bao): bỏ qua số liệu này',
        en: 'Unit "tonnes" does not fit "FTTH subscriptions" (needs subscriptions): figure skipped',
      },
    ]);
    const [money] = said([['FPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có'], ['Doanh thu', 'Thuê bao', 5418]]);
    expect([money.vi, money.en]).toEqual([
      'Đơn vị "Thuê bao" không dùng được cho "Doanh thu" (cần tiền (đồng, triệu đồng…)): bỏ qua số liệu này',
      'Unit "subscriptions" does not fit "Revenue" (needs money (VND, million VND…)): figure skipped',
    ]);
  });

  it('is read two ways and the sheet does not say which', () => {
    const sheet = [
      ['MobiFone'],
      ['9 tháng 2015'],
      ['Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      ['Doanh thu', 'Triệu đồng', '12,345'],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning ambiguous-number C4',
        vi: 'Số "12,345" đọc được hai cách (dấu phẩy là phần thập phân hay phân cách hàng nghìn?) và trang không cho biết cách viết số: không dùng — hãy sửa ô này',
        en: '"12,345" reads two ways (a decimal comma or a thousands separator?) and the sheet gives no evidence of its number format: not used — please fix the cell',
      },
    ]);
  });

  it('is a count written with a comma, which a count of whole units reads one way only', () => {
    const mixed = [
      ['VNPost'],
      ['9 tháng 2015'],
      ['Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      ['Bưu kiện', 'Cái', '6,319'],
      ['Chuyển phát nhanh', 'Cái', '7.903'],
    ];
    expect(said(mixed)).toEqual([
      {
        issue: 'info read-as-count C4 [C4 C5]',
        vi: 'Số viết như "6,319" (trang không cho biết dấu phẩy là phần thập phân hay phân cách hàng nghìn) đọc là số nguyên, vì chỉ tiêu này đếm từng đơn vị (thuê bao, cái, tờ) — hãy kiểm tra',
        en: 'Numbers written like "6,319" (the sheet does not say whether the comma is a decimal mark or a thousands separator) are read as whole numbers, as this indicator counts whole units — please check',
      },
    ]);
    const counts = [
      ['MobiFone'],
      ['9 tháng 2015'],
      ['Chỉ tiêu', 'ĐVT', 'Phát triển mới'],
      ['TB trả sau', 'Thuê bao', '12,345'],
      ['TB trả trước', 'Thuê bao', '1,000'],
    ];
    expect(said(counts)).toEqual([
      {
        issue: 'info read-as-count C4 [C4 C5]',
        vi: 'Trang viết số dạng chữ có dấu phẩy phân cách hàng nghìn (1,234 là một nghìn hai trăm ba mươi tư), như các ô đếm thuê bao, cái, tờ cho thấy (C4, C5: số đếm không có phần lẻ): mọi số dạng chữ trên trang đọc theo cách ấy — hãy kiểm tra',
        en: 'The sheet writes numbers as text with a comma between thousands (1,234 is one thousand two hundred and thirty-four), as its counts of subscriptions, items or copies show (C4, C5: a count has no fraction): every number as text on the sheet is read so — please check',
      },
    ]);
  });

  it('is beyond any plausible size', () => {
    expect(said([['VNPT'], ['9 tháng 2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 1.8e303]])).toEqual([
      {
        issue: 'warning implausible-figure B4',
        vi: 'Số "1.8e+303" lớn quá mức có thể có: không dùng',
        en: '"1.8e+303" is beyond any plausible size: not used',
      },
    ]);
  });

  it('is a count that is not whole', () => {
    expect(said([['VNPT'], ['9 tháng 2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 12.5]])).toEqual([
      {
        issue: 'warning fractional-count B4',
        vi: 'Số "12.5" không phải số nguyên, mà chỉ tiêu này đếm từng đơn vị (thuê bao, cái, tờ): không dùng — hãy kiểm tra cách viết số',
        en: '"12.5" is not a whole number, but this indicator counts whole units: not used — please check how the number is written',
      },
    ]);
  });

  it('is a second, different figure for the same indicator: the first is used, both are named', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
      ['Doanh thu', 'Triệu đồng', 5],
      ['Doanh thu', 'Triệu đồng', 6],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning conflicting-figures C4 [C4 C3]',
        vi: 'Hai số khác nhau cho cùng một chỉ tiêu và kỳ: "6" và "5" (ô C3): dùng số ở ô C3',
        en: 'Two different figures for the same indicator and period: "6" and "5" (cell C3): using cell C3',
      },
    ]);
  });

  it('is in a column whose unit is not clear beside one stating a multiple', () => {
    const sheet = [
      ['Chi nhánh Viettel Kiên Giang'],
      ['9 tháng năm 2016'],
      ['STT', 'Dịch vụ', 'Số tăng trong kỳ (Nghìn TB)', 'Số lượng'],
      [1, 'TB cố định có dây', 6, 42],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning unit-unclear D4 [D4]',
        vi: 'Cột không ghi đơn vị tính, còn cột bên cạnh ghi "Nghìn thuê bao": không rõ số liệu tính theo đơn vị nào — không dùng, hãy ghi rõ đơn vị tính',
        en: 'The column states no unit while the column beside states "thousand subscriptions": which unit its figures are in is not clear — not used; please state the unit',
      },
    ]);
  });
});

describe('a unit taken, not stated', () => {
  it('from every other column', () => {
    const sheet = [
      ['Viettel 9T/2016'],
      ['Dịch vụ', 'Tăng (Nghìn TB)', 'Giảm (Nghìn TB)', 'Hiện có'],
      ['TB cố định có dây', 6, 2, 42],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'info unit-from-neighbours D3 [D3]',
        vi: 'Cột không ghi đơn vị tính, các cột bên cạnh đều ghi "Nghìn thuê bao": coi là Nghìn thuê bao — hãy kiểm tra',
        en: 'The column states no unit and every other column states "thousand subscriptions": taken as thousand subscriptions — please check',
      },
    ]);
  });

  it('from the column beside, the cells being formatted to show that multiple', () => {
    const sheet = [
      ['Chi nhánh Viettel Kiên Giang'],
      ['9 tháng năm 2016'],
      ['STT', 'Dịch vụ', 'Số tăng trong kỳ (Nghìn TB)', 'Số lượng'],
      [1, 'TB cố định có dây', 6000, 42000],
    ];
    expect(said(sheet, {}, { formats: [[], [], [], [null, null, '#,##0,', '#,##0,']] })).toEqual([
      {
        issue: 'info unit-from-neighbours D4 [D4]',
        vi: 'Cột không ghi đơn vị tính, cột bên cạnh ghi "Nghìn thuê bao" và ô được định dạng hiển thị theo bội số ấy: coi là Nghìn thuê bao — hãy kiểm tra',
        en: 'The column states no unit; the column beside states "thousand subscriptions" and the cells are formatted to show that multiple: taken as thousand subscriptions — please check',
      },
    ]);
  });

  it('revenue stating none is in million VND', () => {
    expect(said([['FPT 9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Doanh thu', 5418]])).toEqual([
      {
        issue: 'info unit-assumed B3 [B3]',
        vi: '"Doanh thu" không ghi đơn vị tính: coi là triệu đồng',
        en: '"Revenue" states no unit: taken as million VND',
      },
    ]);
  });

  it('an unknown unit is not used', () => {
    expect(said([['FPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có'], ['Thuê bao FTTH', 'Quả', 5418]])).toEqual([
      {
        issue: 'info unknown-unit B3',
        vi: 'Không biết đơn vị tính "Quả": không dùng',
        en: 'Unknown unit "Quả": not used',
      },
    ]);
  });
});

describe('rows and totals', () => {
  it('a row matching no indicator, and one outside the tables', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 5],
      ['Số máy bàn công cộng', 12],
      ['Trạm BTS', 300],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning unrecognised-row A4 [A4 B4]',
        vi: 'Dòng "Số máy bàn công cộng" có số liệu nhưng không khớp chỉ tiêu nào: không cộng vào biểu',
        en: 'Row "Số máy bàn công cộng" has figures but matches no indicator: not added to the tables',
      },
      {
        issue: 'info not-standard A5 [A5 B5]',
        vi: 'Dòng "Trạm BTS" là chỉ tiêu ngoài biểu (Trạm BTS): không cộng vào biểu',
        en: 'Row "Trạm BTS" is an indicator outside the tables (Trạm BTS): not added',
      },
    ]);
  });

  it('a total that differs from its districts', () => {
    const sheet = [
      ['EMS THANH HÓA'],
      ['Báo cáo 9 tháng năm 2015'],
      ['Địa bàn', 'Dịch vụ CPN (Cái)', 'BK thường (Cái)'],
      ['TP Thanh Hóa', 424, 515],
      ['TP Sầm Sơn', 538, 506],
      ['Cộng', 962, 1039],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning parts-differ C6 [C6 C4 C5]',
        vi: 'Số tổng 1.039 (ô C6) khác tổng các chi nhánh, địa bàn (1.021): dùng số tổng, hãy kiểm tra lại',
        en: 'The total 1,039 (cell C6) differs from the sum of its branches or districts (1,021): the total is used; please check',
      },
    ]);
  });

  it('a cumulative that differs from its quarters', () => {
    const sheet = [
      ['Bưu điện tỉnh Nghệ An'],
      ['Báo cáo 9 tháng năm 2015'],
      ['Chỉ tiêu', 'ĐVT', 'Quý I', 'Quý II', 'Quý III', 'Lũy kế 9 tháng'],
      ['Doanh thu', 'Triệu đồng', 10, 20, 30, 65],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning cumulative-differs F4 [F4 C4 D4 E4]',
        vi: 'Số lũy kế 65 (ô F4) khác số tính từ các tháng/quý bên cạnh (60): dùng số lũy kế, hãy kiểm tra lại',
        en: 'The cumulative figure 65 (cell F4) differs from the months or quarters beside it (60): the cumulative is used; please check',
      },
    ]);
  });
});

describe('numeric cells no stage placed', () => {
  it('under a header not understood', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Hiện có', 'Cột lạ'],
      ['Thuê bao FTTH', 5, 7],
      ['Thuê bao xDSL', 6, 8],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning unused-figures C3 [C3:C4]',
        vi: 'Cột "Cột lạ": 2 ô số không dùng (C3:C4) — không hiểu tiêu đề cột (tăng, giảm, hiện có…?)',
        en: 'Column "Cột lạ": 2 numeric cells not used (C3:C4) — the column header is not understood (increase, decrease, current…?)',
      },
    ]);
  });

  it('in a column the indicator has no measure for', () => {
    const sheet = [['VNPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có', 'Giảm'], ['Doanh thu', 'Triệu đồng', 5, 7]];
    expect(said(sheet)).toEqual([
      {
        issue: 'warning unused-figures D3 [D3]',
        vi: 'Cột "Giảm": 1 ô số không dùng (D3) — số không gắn được với chỉ tiêu và cột nào của biểu',
        en: 'Column "Giảm": 1 numeric cell not used (D3) — the figure fits no indicator and column of the tables',
      },
    ]);
  });

  it('outside every table, the first six ranges listed', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 5],
      [],
      [],
      ['Người lập biểu'],
      [1, null, 2, null, 3, null, 4, null, 5, null, 6, null, 7],
    ];
    expect(said(sheet)).toEqual([
      {
        issue: 'info outside-table A7 [A7 C7 E7 G7 I7 K7 M7]',
        vi: '7 ô số nằm ngoài bảng số liệu (A7, C7, E7, G7, I7, K7, …): không đọc',
        en: '7 numeric cells lie outside every data table (A7, C7, E7, G7, I7, K7, …): not read',
      },
    ]);
  });

  it('in hidden rows or columns', () => {
    const sheet = [['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có', 'Tăng'], ['Thuê bao FTTH', 5, 3], ['Thuê bao xDSL', 6, 2]];
    expect(said(sheet, {}, { hiddenColumns: [2] })).toEqual([
      {
        issue: 'info hidden-cells C3 [C3:C4]',
        vi: '2 ô ở hàng hoặc cột ẩn (C3:C4): không đọc, vì người xem không thấy',
        en: '2 cells in hidden rows or columns (C3:C4): not read, as a person does not see them',
      },
    ]);
  });

  it('one cell outside or hidden: English counts it in the singular', () => {
    const outside = [['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5], [], [], ['Người lập biểu'], [7]];
    expect(said(outside).map((s) => s.en)).toEqual(['1 numeric cell lies outside every data table (A7): not read']);
    const hidden = [['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có', 'Tăng'], ['Thuê bao FTTH', 5, 3]];
    expect(said(hidden, {}, { hiddenColumns: [2] }).map((s) => s.en)).toEqual([
      '1 cell in hidden rows or columns (C3): not read, as a person does not see them',
    ]);
  });
});
