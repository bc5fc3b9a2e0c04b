/**
 * Writes examples/habits/: hand-made, real-looking submissions, one habit (or a realistic mix)
 * per file, each figure's cell and value written down in examples/habits/expected.json.
 *
 * Each file is laid out the way enterprises lay out theirs (DOMAIN.md, "What submissions look
 * like") and names its own branch in its own province. The truth conventions are the corpus's
 * (scripts/corpus/generate.ts): parts of a standard figure, district rows under a total,
 * percentages, plans, net additions and hidden cells are not figures; a "cùng kỳ" column holds
 * last year's figure under last year's period; a month's column is that month's figure.
 *
 * Run: `npm run examples:habits` (writes the .xlsx files, expected.json and README.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { columnIndex } from '../src/core/issues';
import type { IndicatorId, Measure } from '../src/core/model';
import type { TruthFigure } from './corpus/generate';
import { a1, SheetSpec, workbookBytes, type Encoding } from './corpus/sheet';

export const DEFAULT_OUT = path.join(__dirname, '..', 'examples', 'habits');

/** A figure of the truth as written in an example: what the cell shows and what it is. */
interface Fig {
  fig: true;
  shown: string | number;
  ind: IndicatorId;
  measure: Measure;
  /** Truth in the canonical unit; by default the number shown times `times`. */
  value?: number;
  times?: number;
  period?: string;
  fmt?: string;
  /** Equivalent readings: an opening stock is also the closing stock of the period before. */
  also?: { measure: Measure; period: string }[];
}

/** A cell that is not a figure, with its style. */
interface Styled {
  v: string | number | null;
  fmt?: string;
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
}

type V = string | number | null | undefined | Fig | Styled;

/** A figure of a habit file, as the corpus' truth says it (the file is the one it sits in). */
export type ExpectedFigure = Omit<TruthFigure, 'file'>;

export interface ExpectedFile {
  habit: string;
  /** What the reader must do with this file. */
  mustDo: string;
  /** The period to build with (`--period`). */
  period: string;
  /** True when the file states its period itself. */
  stated: boolean;
  figures: ExpectedFigure[];
}

/** The number a Vietnamese ("1.234,5") or English ("1,234.5") text shows; a footnote mark is dropped. */
function numberOf(shown: string | number, style: 'vi' | 'en'): number {
  if (typeof shown === 'number') return shown;
  const t = shown.replace(/\(\*+\)|\*/g, '').trim();
  return style === 'vi' ? Number(t.replace(/\./g, '').replace(',', '.')) : Number(t.replace(/,/g, ''));
}

function parseRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return [Number(m[2]) - 1, columnIndex(m[1])];
}

/** Draws one sheet of an example: rows by Excel row number, figures recorded as they are placed. */
class Draw {
  readonly spec: SheetSpec;

  constructor(
    private readonly file: Example,
    name: string,
    encoding: Encoding = 'nfc',
  ) {
    this.spec = new SheetSpec(name);
    this.spec.encoding = encoding;
    file.sheets.push(this.spec);
  }

  /** Writes `cells` from column `from` (letters) of Excel row `row`; `table` borders them. */
  row(row: number, cells: V[], opts: { from?: string; table?: boolean; bold?: boolean; italic?: boolean } = {}): this {
    const start = columnIndex(opts.from ?? 'A');
    cells.forEach((cell, i) => {
      if (cell === undefined) return;
      const r = row - 1;
      const c = start + i;
      const border = opts.table;
      if (cell !== null && typeof cell === 'object' && 'fig' in cell) {
        this.spec.set(r, c, cell.shown, {
          fmt: cell.fmt ?? (typeof cell.shown === 'number' ? '#,##0' : undefined),
          border,
        });
        const value = cell.value ?? numberOf(cell.shown, this.file.style) * (cell.times ?? 1);
        this.file.figures.push({
          sheet: this.spec.name,
          cell: a1(r, c),
          indicator: cell.ind,
          measure: cell.measure,
          period: cell.period ?? this.file.period,
          value: Number(value.toPrecision(12)),
          ...(cell.also ? { also: cell.also } : {}),
        });
      } else if (cell !== null && typeof cell === 'object') {
        this.spec.set(r, c, cell.v, {
          fmt: cell.fmt,
          bold: cell.bold ?? opts.bold,
          italic: cell.italic ?? opts.italic,
          center: cell.center,
          border,
        });
      } else if (cell !== null) {
        this.spec.set(r, c, cell, {
          border,
          bold: opts.bold,
          italic: opts.italic,
          ...(typeof cell === 'number' ? { fmt: '#,##0' } : {}),
        });
      } else if (border) this.spec.set(r, c, null, { border });
    });
    return this;
  }

  /** A header row: bold, centred, bordered. */
  head(row: number, cells: (string | null | undefined)[], from = 'A'): this {
    const start = columnIndex(from);
    cells.forEach((text, i) => {
      if (text === undefined) return;
      this.spec.set(row - 1, start + i, text, { bold: true, center: true, border: true });
    });
    return this;
  }

  merge(...refs: string[]): this {
    for (const ref of refs) {
      const [a, b] = ref.split(':');
      const [r1, c1] = parseRef(a);
      const [r2, c2] = parseRef(b);
      this.spec.merge(r1, c1, r2, c2);
    }
    return this;
  }

  hideRows(...rows: number[]): this {
    for (const r of rows) this.spec.hiddenRows.add(r - 1);
    return this;
  }

  hideColumns(...letters: string[]): this {
    for (const l of letters) this.spec.hiddenColumns.add(columnIndex(l));
    return this;
  }

  widths(...w: number[]): this {
    this.spec.widths = w;
    return this;
  }
}

interface Example {
  file: string;
  habit: string;
  mustDo: string;
  period: string;
  stated: boolean;
  style: 'vi' | 'en';
  sheets: SheetSpec[];
  figures: ExpectedFigure[];
}

function example(
  file: string,
  period: string,
  habit: string,
  mustDo: string,
  opts: { stated?: boolean; style?: 'vi' | 'en' } = {},
): Example {
  return {
    file,
    habit,
    mustDo,
    period,
    stated: opts.stated ?? true,
    style: opts.style ?? 'vi',
    sheets: [],
    figures: [],
  };
}

/** A figure cell: `shown` as written; `o.value` when the truth is not the number shown (times a unit). */
const F = (
  shown: string | number,
  ind: IndicatorId,
  measure: Measure,
  o: Omit<Fig, 'fig' | 'shown' | 'ind' | 'measure'> = {},
): Fig => ({
  fig: true,
  shown,
  ind,
  measure,
  ...o,
});
const S = (v: string | number | null, o: Omit<Styled, 'v'> = {}): Styled => ({ v, ...o });

/** The left and right blocks of an official letter (Quốc hiệu), from row 1; returns the next row. */
function letter(
  d: Draw,
  o: {
    group: string;
    unit: string;
    no: string;
    place: string;
    date: string;
    title: string;
    subtitle: string;
    to: string;
    right?: string;
    intro?: string;
  },
): number {
  const right = o.right ?? 'D';
  const rightEnd = String.fromCharCode(right.charCodeAt(0) + 3);
  d.row(1, [S(o.group, { center: true })]).row(
    1,
    [S('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true })],
    { from: right },
  );
  d.row(2, [S(o.unit, { bold: true, center: true })]).row(
    2,
    [S('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true })],
    { from: right },
  );
  d.row(3, [S(o.no, { center: true })]).row(3, [S(`${o.place}, ${o.date}`, { italic: true, center: true })], {
    from: right,
  });
  const before = String.fromCharCode(right.charCodeAt(0) - 1);
  d.merge(
    `A1:${before}1`,
    `A2:${before}2`,
    `A3:${before}3`,
    `${right}1:${rightEnd}1`,
    `${right}2:${rightEnd}2`,
    `${right}3:${rightEnd}3`,
  );
  d.row(5, [S(o.title, { bold: true, center: true })]).merge(`A5:${rightEnd}5`);
  d.row(6, [S(o.subtitle, { bold: true, center: true })]).merge(`A6:${rightEnd}6`);
  d.row(7, [S(`Kính gửi: ${o.to}`, { center: true })]).merge(`A7:${rightEnd}7`);
  if (o.intro) {
    d.row(8, [S(o.intro, { italic: true })]);
    return 9;
  }
  return 8;
}

/** "Nơi nhận" on the left and the signature on the right, from `row`. */
function signature(d: Draw, row: number, o: { title: string; name: string; right?: string }): void {
  const right = o.right ?? 'D';
  d.row(row, [S('Nơi nhận:', { bold: true, italic: true })]).row(row, [S(o.title, { bold: true, center: true })], {
    from: right,
  });
  d.row(row + 1, ['- Như trên;']).row(row + 1, [S('(Đã ký)', { italic: true, center: true })], { from: right });
  d.row(row + 2, ['- Lưu: VT, KHKD.']);
  d.row(row + 4, [S(o.name, { bold: true, center: true })], { from: right });
}

// -----------------------------------------------------------------------------------------------
// The examples

export function examples(): Example[] {
  const list: Example[] = [];
  const add = (e: Example, draw: (e: Example) => void) => {
    draw(e);
    list.push(e);
  };

  add(
    example(
      'cong-van-quoc-hieu.xlsx',
      '9T/2015',
      'an official letter: Quốc hiệu, "Số: …/BC-…", "Kính gửi", intro sentence, "Nơi nhận", "GIÁM ĐỐC", "(Đã ký)"',
      "find the table inside the letter; take none of the letter's numbers and dates (document number, letter date, the Sở's letter quoted) as figures or as the period; enterprise VNPT Bắc Ninh, not Quảng Ninh",
    ),
    (e) => {
      const d = new Draw(e, 'Báo cáo').widths(6, 36, 12, 14, 14, 16, 16);
      const r = letter(d, {
        group: 'TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM',
        unit: 'VIỄN THÔNG BẮC NINH',
        no: 'Số: 1254/BC-VNPT-KHKD',
        place: 'Bắc Ninh',
        date: 'ngày 06 tháng 10 năm 2015',
        title: 'BÁO CÁO',
        subtitle: 'Số liệu phát triển dịch vụ viễn thông 9 tháng đầu năm 2015',
        to: 'Sở Thông tin và Truyền thông tỉnh Bắc Ninh',
        intro:
          'Thực hiện Công văn số 512/STTTT-BCVT ngày 15/9/2015 của Sở Thông tin và Truyền thông về việc báo cáo số liệu, Viễn thông Bắc Ninh báo cáo như sau:',
      });
      d.head(r, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có đến 30/9/2015', 'Cùng kỳ năm 2014']);
      const rows: [string, IndicatorId, number, number, number, number][] = [
        ['Điện thoại cố định có dây', 'fixed-wired', 1184, 5210, 38702, 42735],
        ['Điện thoại cố định không dây (Gphone)', 'fixed-wireless', 96, 1830, 6411, 8145],
        ['Internet băng rộng xDSL', 'broadband-xdsl', 3310, 7904, 41288, 46120],
        ['Internet cáp quang FTTH', 'ftth', 12650, 1120, 30417, 15880],
      ];
      rows.forEach(([label, ind, inc, dec, cur, last], i) =>
        d.row(
          r + 1 + i,
          [
            i + 1,
            label,
            'Thuê bao',
            F(inc, ind, 'increase'),
            F(dec, ind, 'decrease'),
            F(cur, ind, 'closing'),
            F(last, ind, 'closing', { period: '9T/2014' }),
          ],
          { table: true },
        ),
      );
      d.row(
        r + 5,
        [
          5,
          'Doanh thu viễn thông',
          'Triệu đồng',
          '-',
          '-',
          F(612480, 'telecom-revenue', 'flow'),
          F(587310, 'telecom-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      signature(d, r + 8, { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Hùng', right: 'E' });
    },
  );

  add(
    example(
      'ghi-chu-ngay-giua-tieu-de.xlsx',
      '9T/2015',
      'a dated note line ("Số liệu tính đến hết ngày 30/9/2015") between the title and the header; a column headed "… đến 30/9/2014"',
      "take the period from the title; keep the note's date from overriding the column's own date: the \"30/9/2014\" column is last year's stock (9T/2014)",
    ),
    (e) => {
      const d = new Draw(e, 'VNP').widths(6, 34, 12, 16, 16, 18);
      d.row(1, [S('VNPT VINAPHONE NGHỆ AN', { bold: true })]);
      d.row(2, [S('BÁO CÁO SỐ LIỆU THUÊ BAO DI ĐỘNG 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge(
        'A2:F2',
      );
      d.row(3, [S('Số liệu tính đến hết ngày 30/9/2015', { italic: true, center: true })]).merge('A3:F3');
      d.head(5, ['STT', 'Loại thuê bao', 'ĐVT', 'Tăng trong kỳ', 'Số TB đến 30/9/2015', 'Số TB đến 30/9/2014']);
      d.row(
        6,
        [
          1,
          'Di động trả trước',
          'TB',
          F(148220, 'mobile-prepaid', 'increase'),
          F(702315, 'mobile-prepaid', 'closing'),
          F(655902, 'mobile-prepaid', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          2,
          'Di động trả sau',
          'TB',
          F(9104, 'mobile-postpaid', 'increase'),
          F(38270, 'mobile-postpaid', 'closing'),
          F(31555, 'mobile-postpaid', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'tieu-de-hai-dong-gop-o.xlsx',
      '9T/2015',
      'a two-row header with merged cells: "Trong kỳ" over "Tăng" | "Giảm", "Hiện có" merged down',
      'read the lower header row under its merged group; "Tăng"/"Giảm" are increase/decrease',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 34, 10, 12, 12, 14);
      d.row(1, [S('MOBIFONE TỈNH THANH HÓA', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THUÊ BAO 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Trong kỳ', null, 'Hiện có']).head(5, [
        null,
        null,
        null,
        'Tăng',
        'Giảm',
        null,
      ]);
      d.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5');
      d.row(
        6,
        [
          1,
          'Thuê bao trả trước',
          'TB',
          F(210450, 'mobile-prepaid', 'increase'),
          F(188730, 'mobile-prepaid', 'decrease'),
          F(915604, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          2,
          'Thuê bao trả sau',
          'TB',
          F(7350, 'mobile-postpaid', 'increase'),
          F(4102, 'mobile-postpaid', 'decrease'),
          F(40218, 'mobile-postpaid', 'closing'),
        ],
        { table: true },
      );
      d.row(8, [3, 'Doanh thu', 'Tr.đồng', 'x', 'x', F(428760, 'telecom-revenue', 'flow')], { table: true });
    },
  );

  add(
    example(
      'tieu-de-ba-dong.xlsx',
      '9T/2015',
      'a three-row header: "Thực hiện 9 tháng năm 2015" over "Số thuê bao" over "Phát triển mới" | "Thanh lý", with "Cùng kỳ năm 2014" merged down',
      "combine three header rows into each column's meaning; the top row states the period",
    ),
    (e) => {
      const d = new Draw(e, 'Số liệu').widths(28, 10, 14, 14, 14, 16);
      d.row(1, [S('CHI NHÁNH VIETTEL LÀO CAI', { bold: true })]);
      d.row(2, [S('KẾT QUẢ PHÁT TRIỂN THUÊ BAO', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['Dịch vụ', 'Đơn vị', 'Thực hiện 9 tháng năm 2015', null, null, 'Cùng kỳ năm 2014']);
      d.head(5, [null, null, 'Số thuê bao', null, 'Lũy kế hiện có', null]);
      d.head(6, [null, null, 'Phát triển mới', 'Thanh lý', null, null]);
      d.merge('A4:A6', 'B4:B6', 'C4:E4', 'C5:D5', 'E5:E6', 'F4:F6');
      d.row(
        7,
        [
          'Cố định có dây',
          'Thuê bao',
          F(820, 'fixed-wired', 'increase'),
          F(1306, 'fixed-wired', 'decrease'),
          F(9012, 'fixed-wired', 'closing'),
          F(9498, 'fixed-wired', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        8,
        [
          'Cố định không dây (Homephone)',
          'Thuê bao',
          F(150, 'fixed-wireless', 'increase'),
          F(2210, 'fixed-wireless', 'decrease'),
          F(11840, 'fixed-wireless', 'closing'),
          F(13900, 'fixed-wireless', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        9,
        [
          'Internet cáp quang (FTTH)',
          'Thuê bao',
          F(5430, 'ftth', 'increase'),
          F(610, 'ftth', 'decrease'),
          F(14206, 'ftth', 'closing'),
          F(8120, 'ftth', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'bang-ngang-chi-tieu-theo-cot.xlsx',
      '9T/2015',
      'a transposed sheet: indicators across the columns, measures down the rows; the title says "Báo cáo 9 tháng/2015"',
      'read indicators from the header row and measures from the first column; the period "9 tháng/2015" is 9T/2015 (or, when not understood, the chosen --period applies and the message says so)',
    ),
    (e) => {
      const d = new Draw(e, 'TB').widths(26, 16, 16, 16, 16);
      d.row(1, [S('GMOBILE - CHI NHÁNH HẢI DƯƠNG', { bold: true })]);
      d.row(2, [S('Báo cáo 9 tháng/2015', { bold: true, center: true })]).merge('A2:E2');
      d.row(3, [S('ĐVT: thuê bao', { italic: true })], { from: 'E' });
      d.head(4, ['Nội dung', 'TB trả trước', 'TB trả sau']);
      d.row(5, ['Phát triển mới', F(30215, 'mobile-prepaid', 'increase'), F(412, 'mobile-postpaid', 'increase')], {
        table: true,
      });
      d.row(6, ['Rời mạng', F(27780, 'mobile-prepaid', 'decrease'), F(380, 'mobile-postpaid', 'decrease')], {
        table: true,
      });
      d.row(7, ['Hiện có', F(96410, 'mobile-prepaid', 'closing'), F(1905, 'mobile-postpaid', 'closing')], {
        table: true,
      });
      d.row(
        8,
        [
          'Cùng kỳ năm 2014',
          F(90125, 'mobile-prepaid', 'closing', { period: '9T/2014' }),
          F(1840, 'mobile-postpaid', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  const months = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const splitOf = (total: number, weights: number[]) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    const parts = weights.map((w) => Math.floor((total * w) / sum));
    parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0);
    return parts;
  };
  const W9 = [10, 9, 11, 10, 12, 11, 10, 13, 12];

  add(
    example(
      'cot-thang-T1-T9.xlsx',
      '9T/2015',
      'monthly columns T1 … T9 and a "Lũy kế" column under a title "… THEO THÁNG NĂM 2015"',
      'each month is a figure of its own month (T1/2015 … T9/2015), the cumulative one of 9T/2015; check the cumulative against the months; the title\'s "năm 2015" does not make the sheet a year',
    ),
    (e) => {
      const d = new Draw(e, 'Theo tháng').widths(30, 10, ...months.map(() => 10), 12);
      d.row(1, [S('BƯU ĐIỆN TỈNH QUẢNG NAM', { bold: true })]);
      d.row(2, [S('SẢN LƯỢNG, DOANH THU BƯU CHÍNH THEO THÁNG NĂM 2015', { bold: true, center: true })]).merge('A2:L2');
      d.head(4, ['Chỉ tiêu', 'ĐVT', ...months.map((m) => `T${m}`), 'Lũy kế']);
      const rows: [string, string, IndicatorId, number][] = [
        ['Bưu phẩm thường', 'Kg', 'letter-post', 61830],
        ['Bưu kiện', 'Cái', 'parcels', 8415],
        ['Chuyển phát nhanh (EMS)', 'Cái', 'express', 23350],
        ['Doanh thu', 'Tr.đồng', 'postal-revenue', 18260],
      ];
      rows.forEach(([label, unit, ind, total], i) => {
        const parts = splitOf(total, W9);
        d.row(
          5 + i,
          [label, unit, ...parts.map((p, m) => F(p, ind, 'flow', { period: `T${m + 1}/2015` })), F(total, ind, 'flow')],
          { table: true },
        );
      });
    },
  );

  add(
    example(
      'cot-thang-khong-luy-ke.xlsx',
      '9T/2015',
      'monthly columns "Tháng 1" … "Tháng 9" with no cumulative column',
      'each month is its own figure; the build adds the nine months up into 9T/2015',
    ),
    (e) => {
      const d = new Draw(e, 'Doanh thu').widths(26, 12, ...months.map(() => 11));
      d.row(1, [S('FPT TELECOM CHI NHÁNH ĐỒNG NAI', { bold: true })]);
      d.row(2, [S('DOANH THU DỊCH VỤ VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:K2');
      d.head(4, ['Chỉ tiêu', 'ĐVT', ...months.map((m) => `Tháng ${m}`)]);
      d.row(
        5,
        [
          'Doanh thu',
          'Triệu đồng',
          ...splitOf(41805, W9).map((p, m) => F(p, 'telecom-revenue', 'flow', { period: `T${m + 1}/2015` })),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          'Thuê bao FTTH phát triển mới',
          'Thuê bao',
          ...splitOf(6012, W9).map((p, m) => F(p, 'ftth', 'increase', { period: `T${m + 1}/2015` })),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'cot-quy-I-III-luy-ke.xlsx',
      '9T/2015',
      'quarterly columns "Quý I", "Quý II", "Quý III" and "Lũy kế 9 tháng"',
      'each quarter is a figure of Q1/Q2/Q3 2015, the cumulative of 9T/2015',
    ),
    (e) => {
      const d = new Draw(e, 'BC quý').widths(6, 34, 10, 12, 12, 12, 14);
      d.row(1, [S('VIETTEL POST THÁI NGUYÊN', { bold: true })]);
      d.row(2, [S('BÁO CÁO SẢN LƯỢNG, DOANH THU NĂM 2015', { bold: true, center: true })]).merge('A2:G2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý I', 'Quý II', 'Quý III', 'Lũy kế 9 tháng']);
      const rows: [string, string, IndicatorId, number[]][] = [
        ['Bưu gửi chuyển phát nhanh', 'Bưu gửi', 'express', [18450, 21330, 24110]],
        ['Thư, điện chuyển tiền', 'Cái', 'money-orders', [3120, 2980, 3305]],
        ['Số tiền chuyển', 'Tr.đồng', 'money-transferred', [15620, 14880, 17240]],
        ['Doanh thu', 'Tr.đồng', 'postal-revenue', [6105, 6890, 7412]],
      ];
      rows.forEach(([label, unit, ind, qs], i) =>
        d.row(
          5 + i,
          [
            i + 1,
            label,
            unit,
            ...qs.map((q, j) => F(q, ind, 'flow', { period: `Q${j + 1}/2015` })),
            F(qs[0] + qs[1] + qs[2], ind, 'flow'),
          ],
          { table: true },
        ),
      );
    },
  );

  add(
    example(
      'cot-quy-Q1-Q3.xlsx',
      '9T/2015',
      'quarterly columns "Q1", "Q2", "Q3" with no cumulative column, revenue in the label',
      'each quarter its own figure; the build adds Q1–Q3 into 9T/2015',
    ),
    (e) => {
      const d = new Draw(e, 'Quy').widths(36, 14, 14, 14);
      d.row(1, [S('VIETNAMOBILE - CHI NHÁNH CẦN THƠ', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THEO QUÝ NĂM 2015', { bold: true, center: true })]).merge('A2:D2');
      d.head(4, ['Chỉ tiêu', 'Q1', 'Q2', 'Q3']);
      d.row(
        5,
        [
          'Doanh thu (triệu đồng)',
          F(12840, 'telecom-revenue', 'flow', { period: 'Q1/2015' }),
          F(13315, 'telecom-revenue', 'flow', { period: 'Q2/2015' }),
          F(14062, 'telecom-revenue', 'flow', { period: 'Q3/2015' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          'TB trả trước phát triển mới (thuê bao)',
          F(8210, 'mobile-prepaid', 'increase', { period: 'Q1/2015' }),
          F(7645, 'mobile-prepaid', 'increase', { period: 'Q2/2015' }),
          F(9120, 'mobile-prepaid', 'increase', { period: 'Q3/2015' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'thuc-hien-thang-va-luy-ke.xlsx',
      '9T/2015',
      'a "Thực hiện tháng 9" column beside a "Lũy kế 9 tháng" column',
      'the month column is T9/2015, the cumulative column 9T/2015 — never the month taken as the nine months',
    ),
    (e) => {
      const d = new Draw(e, 'BC T9').widths(6, 34, 12, 16, 16, 16);
      d.row(1, [S('EMS ĐẮK LẮK', { bold: true })]);
      d.row(2, [S('BÁO CÁO THÁNG 9 VÀ LŨY KẾ 9 THÁNG NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng 9', 'Lũy kế 9 tháng', 'Cùng kỳ năm 2014']);
      d.row(
        5,
        [
          1,
          'Bưu gửi CPN',
          'Cái',
          F(3105, 'express', 'flow', { period: 'T9/2015' }),
          F(26840, 'express', 'flow'),
          F(22410, 'express', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Bưu kiện',
          'Cái',
          F(412, 'parcels', 'flow', { period: 'T9/2015' }),
          F(3670, 'parcels', 'flow'),
          F(3302, 'parcels', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          3,
          'Doanh thu',
          'Triệu đồng',
          F(1208, 'postal-revenue', 'flow', { period: 'T9/2015' }),
          F(10452, 'postal-revenue', 'flow'),
          F(8930, 'postal-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'chi-nhanh-tong-cong.xlsx',
      '9T/2015',
      'district rows under a "Tổng cộng" row (the total comes first)',
      'the total row is the figure; the district rows are its parts, not added again',
    ),
    (e) => {
      const d = new Draw(e, 'Theo huyện').widths(6, 28, 16, 16, 16);
      d.row(1, [S('VIỄN THÔNG QUẢNG NINH', { bold: true })]);
      d.row(2, [S('THUÊ BAO INTERNET THEO ĐỊA BÀN - 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge(
        'A2:E2',
      );
      d.row(3, [S('Đơn vị tính: thuê bao', { italic: true })], { from: 'D' });
      d.head(4, ['STT', 'Đơn vị', 'Thuê bao xDSL hiện có', 'Thuê bao FTTH hiện có', 'FTTH phát triển mới']);
      d.row(
        5,
        [
          null,
          S('Tổng cộng', { bold: true }),
          F(48670, 'broadband-xdsl', 'closing'),
          F(25126, 'ftth', 'closing'),
          F(19870, 'ftth', 'increase'),
        ],
        { table: true },
      );
      const districts: [string, number, number, number][] = [
        ['TP Hạ Long', 17230, 10415, 8112],
        ['TP Cẩm Phả', 11480, 5320, 4260],
        ['TP Uông Bí', 8905, 4610, 3518],
        ['TP Móng Cái', 6120, 2811, 2150],
        ['Huyện Vân Đồn', 4935, 1970, 1830],
      ];
      districts.forEach(([name, x, f, inc], i) => d.row(6 + i, [i + 1, name, x, f, inc], { table: true }));
    },
  );

  add(
    example(
      'chi-nhanh-cong-cuoi.xlsx',
      '6T/2015',
      'branch rows first and a "Cộng" row at the bottom; a postal sheet',
      'the bottom total is the figure; the branches are parts',
    ),
    (e) => {
      const d = new Draw(e, 'Chi nhánh').widths(6, 30, 16, 16, 16);
      d.row(1, [S('GIAO HÀNG NHANH - CHI NHÁNH BÌNH ĐỊNH', { bold: true })]);
      d.row(2, [S('SẢN LƯỢNG, DOANH THU 6 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['TT', 'Bưu cục', 'Bưu gửi CPN (cái)', 'Bưu kiện (cái)', 'Doanh thu (tr.đồng)']);
      const branches: [string, number, number, number][] = [
        ['Bưu cục Quy Nhơn', 21450, 3120, 2140],
        ['Bưu cục An Nhơn', 8320, 1105, 790],
        ['Bưu cục Hoài Nhơn', 6915, 980, 655],
      ];
      branches.forEach(([name, a, b, c], i) => d.row(5 + i, [i + 1, name, a, b, c], { table: true }));
      d.row(
        8,
        [
          null,
          S('Cộng', { bold: true }),
          F(36685, 'express', 'flow'),
          F(5205, 'parcels', 'flow'),
          F(3585, 'postal-revenue', 'flow'),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'trong-do-thanh-phan.xlsx',
      '9T/2015',
      '"Trong đó" rows that break a total down (revenue by service; express by domestic/international)',
      'the totals are the figures; the "Trong đó" parts are not added again',
    ),
    (e) => {
      const d = new Draw(e, 'BC').widths(6, 40, 12, 16, 16);
      d.row(1, [S('BƯU ĐIỆN TỈNH HÀ GIANG', { bold: true })]);
      d.row(2, [S('KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', 'Cùng kỳ năm trước']);
      d.row(
        5,
        [
          1,
          'Phát hành báo chí',
          'Tờ, cuốn',
          F(1840200, 'press-distribution', 'flow'),
          F(1902500, 'press-distribution', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [2, 'Chuyển phát nhanh', 'Cái', F(9810, 'express', 'flow'), F(7420, 'express', 'flow', { period: '9T/2014' })],
        { table: true },
      );
      d.row(7, [null, S('Trong đó: - Trong nước', { italic: true }), 'Cái', 9604, 7281], { table: true });
      d.row(8, [null, S('- Quốc tế', { italic: true }), 'Cái', 206, 139], { table: true });
      d.row(
        9,
        [
          3,
          'Doanh thu',
          'Triệu đồng',
          F(14320, 'postal-revenue', 'flow'),
          F(12880, 'postal-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(10, [null, S('Trong đó:', { italic: true })], { table: true });
      d.row(11, [null, S('- Doanh thu dịch vụ bưu chính công ích', { italic: true }), 'Triệu đồng', 5120, 4960], {
        table: true,
      });
      d.row(12, [null, S('- Doanh thu dịch vụ tài chính bưu chính', { italic: true }), 'Triệu đồng', 9200, 7920], {
        table: true,
      });
    },
  );

  add(
    example(
      'tong-di-dong-tra-truoc-tra-sau.xlsx',
      '9T/2015',
      'a total that is not a standard indicator ("Điện thoại di động") with the standard ones as its parts ("- Trả trước", "- Trả sau")',
      'the parts are the figures (mobile-prepaid, mobile-postpaid); the total is not a standard row and is not put in either',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 34, 10, 14, 14, 16);
      d.row(1, [S('VIETTEL THỪA THIÊN HUẾ', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THUÊ BAO 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
      d.row(5, [1, S('Điện thoại di động', { bold: true }), 'TB', 245800, 212450, 1204330], { table: true });
      d.row(
        6,
        [
          null,
          S('- Trả trước', { italic: true }),
          'TB',
          F(236120, 'mobile-prepaid', 'increase'),
          F(205310, 'mobile-prepaid', 'decrease'),
          F(1151820, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          null,
          S('- Trả sau', { italic: true }),
          'TB',
          F(9680, 'mobile-postpaid', 'increase'),
          F(7140, 'mobile-postpaid', 'decrease'),
          F(52510, 'mobile-postpaid', 'closing'),
        ],
        { table: true },
      );
      d.row(8, [2, S('Điện thoại cố định', { bold: true }), 'TB', 1290, 3405, 21760], { table: true });
      d.row(
        9,
        [
          null,
          S('- Có dây', { italic: true }),
          'TB',
          F(1105, 'fixed-wired', 'increase'),
          F(2210, 'fixed-wired', 'decrease'),
          F(16340, 'fixed-wired', 'closing'),
        ],
        { table: true },
      );
      d.row(
        10,
        [
          null,
          S('- Không dây', { italic: true }),
          'TB',
          F(185, 'fixed-wireless', 'increase'),
          F(1195, 'fixed-wireless', 'decrease'),
          F(5420, 'fixed-wireless', 'closing'),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'hang-an-cot-an.xlsx',
      '9T/2015',
      "hidden rows (an old copy of two rows) and a hidden column (last year's figures kept out of sight)",
      'read nothing hidden — a person does not see it; say so as info',
    ),
    (e) => {
      const d = new Draw(e, 'Số liệu').widths(6, 34, 10, 14, 14, 16, 16);
      d.row(1, [S('MOBIFONE TỈNH LÂM ĐỒNG', { bold: true })]);
      d.row(2, [S('SỐ LIỆU PHÁT TRIỂN THUÊ BAO 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:G2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có', 'Cùng kỳ 2014']);
      d.row(5, [1, 'Thuê bao trả trước', 'TB', 158200, 149800, 611300, 590220], { table: true });
      d.row(6, [2, 'Thuê bao trả sau', 'TB', 5010, 3980, 24120, 22015], { table: true });
      d.row(
        7,
        [
          1,
          'Thuê bao trả trước',
          'TB',
          F(161450, 'mobile-prepaid', 'increase'),
          F(150210, 'mobile-prepaid', 'decrease'),
          F(614080, 'mobile-prepaid', 'closing'),
          590220,
        ],
        { table: true },
      );
      d.row(
        8,
        [
          2,
          'Thuê bao trả sau',
          'TB',
          F(5124, 'mobile-postpaid', 'increase'),
          F(3990, 'mobile-postpaid', 'decrease'),
          F(24250, 'mobile-postpaid', 'closing'),
          22015,
        ],
        { table: true },
      );
      d.row(9, [3, 'Doanh thu', 'Tr.đồng', '-', '-', F(301450, 'telecom-revenue', 'flow'), 288130], { table: true });
      d.hideRows(5, 6).hideColumns('G');
    },
  );

  add(
    example(
      'dinh-dang-nghin.xlsx',
      '9T/2015',
      'number formats that scale what is seen: revenue cells hold đồng shown in millions ("#,##0,,"), subscription cells hold units shown in thousands ("#,##0,") under "Nghìn TB"',
      'the figure is what a person sees times the stated unit: 612.000 triệu đồng (not 612 tỷ × 10⁶), 45 nghìn thuê bao = 45.000',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 34, 14, 14, 14, 14);
      d.row(1, [S('CÔNG TY CỔ PHẦN VIỄN THÔNG FPT - CHI NHÁNH KIÊN GIANG', { bold: true })]);
      d.row(2, [S('SỐ LIỆU 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
      d.row(
        5,
        [
          1,
          'Thuê bao FTTH',
          'Nghìn TB',
          F(12000, 'ftth', 'increase', { fmt: '#,##0,' }),
          F(3000, 'ftth', 'decrease', { fmt: '#,##0,' }),
          F(45000, 'ftth', 'closing', { fmt: '#,##0,' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Thuê bao ADSL',
          'Nghìn TB',
          F(2000, 'broadband-xdsl', 'increase', { fmt: '#,##0,' }),
          F(5000, 'broadband-xdsl', 'decrease', { fmt: '#,##0,' }),
          F(21000, 'broadband-xdsl', 'closing', { fmt: '#,##0,' }),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          3,
          'Doanh thu',
          'Triệu đồng',
          '-',
          '-',
          F(612000000000, 'telecom-revenue', 'flow', { fmt: '#,##0,,', value: 612000 }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'so-kieu-anh.xlsx',
      '9T/2015',
      'English labels and English number format ("1,234,567", "12,345.5") from a national operator\'s template: "Gross adds", "Disconnected", "Active subscribers"',
      'read the sheet\'s numbers in English convention (decided from unambiguous cells such as "1,204,330"); English headings are increase / decrease / closing',
    ),
    (e) => {
      e.style = 'en';
      const d = new Draw(e, 'Report').widths(30, 12, 16, 16, 18);
      d.row(1, [S('VNPT VINAPHONE - LAO CAI BRANCH', { bold: true })]);
      d.row(2, [S('MOBILE SUBSCRIBERS REPORT - FIRST 9 MONTHS OF 2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['Service', 'Unit', 'Gross adds', 'Disconnected', 'Active subscribers']);
      d.row(
        5,
        [
          'Mobile prepaid',
          'Subscriptions',
          F('96,210', 'mobile-prepaid', 'increase'),
          F('88,405', 'mobile-prepaid', 'decrease'),
          F('1,204,330', 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          'Mobile postpaid',
          'Subscriptions',
          F('3,120', 'mobile-postpaid', 'increase'),
          F('2,455', 'mobile-postpaid', 'decrease'),
          F('18,960', 'mobile-postpaid', 'closing'),
        ],
        { table: true },
      );
      d.row(7, ['Revenue', 'Million VND', '-', '-', F('184,512.5', 'telecom-revenue', 'flow')], { table: true });
    },
  );

  add(
    example(
      'so-dau-phay-mo-ho.xlsx',
      '9T/2015',
      'numbers as text "12,345" in a Vietnamese sheet where no cell decides the convention (every text has one comma and three digits after it)',
      'a subscription count is whole, so "12,345" thuê bao is 12345; if the reader cannot decide, it names the cells — never reads 12.345 silently',
    ),
    (e) => {
      e.style = 'en';
      const d = new Draw(e, 'Sheet1').widths(6, 30, 10, 14, 14, 14);
      d.row(1, [S('CHI NHÁNH VIETTEL HÀ GIANG', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THUÊ BAO INTERNET 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
      d.row(
        5,
        [
          1,
          'Thuê bao xDSL',
          'TB',
          F('1,205', 'broadband-xdsl', 'increase'),
          F('2,310', 'broadband-xdsl', 'decrease'),
          F('12,345', 'broadband-xdsl', 'closing'),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Thuê bao FTTH',
          'TB',
          F('4,118', 'ftth', 'increase'),
          F('602', 'ftth', 'decrease'),
          F('9,870', 'ftth', 'closing'),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'so-van-ban-viet.xlsx',
      '9T/2015',
      'numbers as Vietnamese text: "1.234.567", a decimal "1.234,5", a footnote mark glued on ("16.000 (*)"), "-" and "x" for nothing, a "(*)" note row',
      'read Vietnamese thousands and decimal separators; drop the footnote mark; "-" and "x" are no figure',
    ),
    (e) => {
      const d = new Draw(e, 'BĐT').widths(6, 38, 12, 18, 18);
      d.row(1, [S('BƯU ĐIỆN TỈNH THANH HÓA', { bold: true })]);
      d.row(2, [S('SẢN LƯỢNG, DOANH THU BƯU CHÍNH 9 THÁNG NĂM 2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 9 tháng 2015', 'Thực hiện 9 tháng 2014']);
      d.row(
        5,
        [
          1,
          'Sản lượng phát hành báo chí',
          'Tờ, cuốn',
          F('2.415.300', 'press-distribution', 'flow'),
          F('2.530.120', 'press-distribution', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Bưu phẩm thường',
          'Kg',
          F('84.210,5', 'letter-post', 'flow'),
          F('80.115,2', 'letter-post', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          3,
          'Bưu kiện thường',
          'Cái',
          F('16.000 (*)', 'parcels', 'flow'),
          F('14.870', 'parcels', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(8, [4, 'Thư, điện chuyển tiền', 'Cái, bức', F('12.604', 'money-orders', 'flow'), 'x'], { table: true });
      d.row(9, [5, 'Số tiền chuyển', 'Tr.đồng', F('58.320', 'money-transferred', 'flow'), '-'], { table: true });
      d.row(
        10,
        [
          6,
          'Doanh thu',
          'Tr.đồng',
          F('27.915,4', 'postal-revenue', 'flow'),
          F('25.102,8', 'postal-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(11, [S('(*) Số liệu ước tính.', { italic: true })], { from: 'B' });
    },
  );

  add(
    example(
      'don-vi-nghin-thue-bao.xlsx',
      '9T/2015',
      'counts in thousands in the unit column: "Nghìn TB", "Nghìn cái", "Nghìn tờ", with decimals',
      'multiply by 1,000: 1.826,191 nghìn TB is 1,826,191 thuê bao',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 34, 12, 14, 14, 14);
      d.row(1, [S('CHI NHÁNH VIETTEL NGHỆ AN', { bold: true })]);
      d.row(2, [S('SỐ LIỆU VIỄN THÔNG VÀ BƯU CHÍNH 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge(
        'A2:F2',
      );
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
      d.row(
        5,
        [
          1,
          'Di động trả trước',
          'Nghìn TB',
          F(826.963, 'mobile-prepaid', 'increase', { times: 1000, fmt: '#,##0.000' }),
          F(660.406, 'mobile-prepaid', 'decrease', { times: 1000, fmt: '#,##0.000' }),
          F(1826.191, 'mobile-prepaid', 'closing', { times: 1000, fmt: '#,##0.000' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Di động trả sau',
          'Nghìn TB',
          F(13.6, 'mobile-postpaid', 'increase', { times: 1000, fmt: '#,##0.0' }),
          F(6.1, 'mobile-postpaid', 'decrease', { times: 1000, fmt: '#,##0.0' }),
          F(42.2, 'mobile-postpaid', 'closing', { times: 1000, fmt: '#,##0.0' }),
        ],
        { table: true },
      );
      d.head(8, ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện']);
      d.row(9, [1, 'Bưu kiện', 'Nghìn cái', F(69.52, 'parcels', 'flow', { times: 1000, fmt: '#,##0.00' })], {
        table: true,
      });
      d.row(10, [2, 'Phát hành báo chí', 'Nghìn tờ', F(7162, 'press-distribution', 'flow', { times: 1000 })], {
        table: true,
      });
    },
  );

  add(
    example(
      'don-vi-trong-nhan.xlsx',
      '9T/2015',
      'units inside the labels ("Doanh thu (tr.đồng)", "Bưu phẩm thường (tấn)", "Số tiền chuyển (tỷ đồng)"), no unit column',
      'take the unit from the label: tấn × 1,000 kg, tỷ đồng × 1,000 triệu',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 40, 16, 16);
      d.row(1, [S('VIETTEL POST HẢI DƯƠNG', { bold: true })]);
      d.row(2, [S('BÁO CÁO 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:D2');
      d.head(4, ['STT', 'Chỉ tiêu', 'Thực hiện', 'Cùng kỳ']);
      d.row(
        5,
        [
          1,
          'Bưu phẩm thường (tấn)',
          F(412.6, 'letter-post', 'flow', { times: 1000, fmt: '#,##0.0' }),
          F(398.2, 'letter-post', 'flow', { times: 1000, period: '9T/2014', fmt: '#,##0.0' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Chuyển phát nhanh (bưu gửi)',
          F(54210, 'express', 'flow'),
          F(41870, 'express', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          3,
          'Số tiền chuyển (tỷ đồng)',
          F(38.45, 'money-transferred', 'flow', { times: 1000, fmt: '#,##0.00' }),
          F(35.1, 'money-transferred', 'flow', { times: 1000, period: '9T/2014', fmt: '#,##0.00' }),
        ],
        { table: true },
      );
      d.row(
        8,
        [
          4,
          'Doanh thu (tr.đồng)',
          F(21305, 'postal-revenue', 'flow'),
          F(17940, 'postal-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'don-vi-dong-tieu-de.xlsx',
      '9T/2015',
      'the unit in a title line ("Đơn vị tính: nghìn đồng") for a money-only sheet',
      "apply the title line's unit to every row: nghìn đồng ÷ 1,000 = triệu đồng",
    ),
    (e) => {
      const d = new Draw(e, 'Doanh thu').widths(6, 34, 18, 18);
      d.row(1, [S('BƯU ĐIỆN TỈNH KIÊN GIANG', { bold: true })]);
      d.row(2, [S('DOANH THU VÀ TIỀN CHUYỂN 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:D2');
      d.row(3, [S('Đơn vị tính: nghìn đồng', { italic: true })], { from: 'C' });
      d.head(4, ['STT', 'Chỉ tiêu', 'Thực hiện 9 tháng', 'Cùng kỳ năm 2014']);
      d.row(
        5,
        [
          1,
          'Doanh thu bưu chính',
          F(24615300, 'postal-revenue', 'flow', { times: 0.001 }),
          F(22108450, 'postal-revenue', 'flow', { times: 0.001, period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Giá trị tiền chuyển',
          F(96420000, 'money-transferred', 'flow', { times: 0.001 }),
          F(101250700, 'money-transferred', 'flow', { times: 0.001, period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'don-vi-tren-tieu-de-cot.xlsx',
      '9T/2015',
      'units in the column headings ("Hiện có (thuê bao)", "Doanh thu (tỷ đồng)") of a transposed sheet',
      "take each column's unit from its heading: tỷ đồng × 1,000",
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(24, 20, 20, 20);
      d.row(1, [S('SCTV CHI NHÁNH THÁI NGUYÊN', { bold: true })]);
      d.row(2, [S('SỐ LIỆU 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:D2');
      d.head(4, ['Chỉ tiêu', 'Internet cáp quang FTTH (thuê bao)', 'Doanh thu (tỷ đồng)']);
      d.row(5, ['Phát triển mới', F(3120, 'ftth', 'increase'), '-'], { table: true });
      d.row(
        6,
        [
          'Hiện có / Thực hiện',
          F(11840, 'ftth', 'closing'),
          F(42.35, 'telecom-revenue', 'flow', { times: 1000, fmt: '#,##0.00' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'thuc-tang-va-tang.xlsx',
      '9T/2015',
      'net additions ("Thực tăng") beside gross new subscriptions ("Phát triển mới") and disconnections',
      '"Thực tăng" is not the increase: it is increase − decrease, kept apart (checked, not used)',
    ),
    (e) => {
      const d = new Draw(e, 'TB').widths(6, 30, 10, 14, 14, 14, 14);
      d.row(1, [S('VNPT VINAPHONE BÌNH ĐỊNH', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THUÊ BAO 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:G2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Thực tăng', 'Hiện có']);
      d.row(
        5,
        [
          1,
          'Trả trước',
          'TB',
          F(120400, 'mobile-prepaid', 'increase'),
          F(98210, 'mobile-prepaid', 'decrease'),
          22190,
          F(540115, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Trả sau',
          'TB',
          F(6105, 'mobile-postpaid', 'increase'),
          F(4230, 'mobile-postpaid', 'decrease'),
          1875,
          F(29870, 'mobile-postpaid', 'closing'),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'ke-hoach-va-ty-le.xlsx',
      '9T/2015',
      'a plan column ("Kế hoạch năm 2015"), "% thực hiện KH" and the enterprise\'s own "So sánh (%)" column',
      'plan and percentage columns are not figures (the % is checked, never trusted)',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 32, 10, 14, 14, 14, 12, 12);
      d.row(1, [S('EMS THANH HÓA', { bold: true })]);
      d.row(2, [S('KẾT QUẢ SẢN XUẤT KINH DOANH 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:H2');
      d.head(4, [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Kế hoạch năm 2015',
        'Thực hiện 9 tháng',
        'Cùng kỳ năm 2014',
        '% thực hiện KH',
        'So sánh (%)',
      ]);
      d.row(
        5,
        [
          1,
          'Bưu gửi CPN',
          'Cái',
          60000,
          F(47210, 'express', 'flow'),
          F(39880, 'express', 'flow', { period: '9T/2014' }),
          S(0.787, { fmt: '0.0%' }),
          S(118.4, { fmt: '0.0' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Doanh thu',
          'Tr.đồng',
          25000,
          F(18420, 'postal-revenue', 'flow'),
          F(16110, 'postal-revenue', 'flow', { period: '9T/2014' }),
          S(0.737, { fmt: '0.0%' }),
          S(114.3, { fmt: '0.0' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'hai-linh-vuc-mot-trang.xlsx',
      '9T/2015',
      'two sectors on one sheet: "I. VIỄN THÔNG" and "II. BƯU CHÍNH" sections of a Viettel branch, each with its own "Doanh thu"',
      'each section\'s rows go to its own table: the first "Doanh thu" is telecom revenue, the second postal revenue',
    ),
    (e) => {
      const d = new Draw(e, 'Viettel').widths(6, 34, 12, 14, 14, 16);
      d.row(1, [S('CHI NHÁNH VIETTEL QUẢNG NAM', { bold: true })]);
      d.row(2, [S('SỐ LIỆU VIỄN THÔNG VÀ BƯU CHÍNH 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge(
        'A2:F2',
      );
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có / Thực hiện']);
      d.row(5, [S('I', { bold: true }), S('VIỄN THÔNG', { bold: true })], { table: true });
      d.row(
        6,
        [
          1,
          'Di động trả trước',
          'TB',
          F(184200, 'mobile-prepaid', 'increase'),
          F(170120, 'mobile-prepaid', 'decrease'),
          F(802450, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          2,
          'Di động trả sau',
          'TB',
          F(8120, 'mobile-postpaid', 'increase'),
          F(6210, 'mobile-postpaid', 'decrease'),
          F(35620, 'mobile-postpaid', 'closing'),
        ],
        { table: true },
      );
      d.row(8, [3, 'Doanh thu', 'Tr.đồng', '-', '-', F(512340, 'telecom-revenue', 'flow')], { table: true });
      d.row(9, [S('II', { bold: true }), S('BƯU CHÍNH', { bold: true })], { table: true });
      d.row(10, [1, 'Chuyển phát nhanh', 'Cái', '-', '-', F(41250, 'express', 'flow')], { table: true });
      d.row(11, [2, 'Doanh thu', 'Tr.đồng', '-', '-', F(9870, 'postal-revenue', 'flow')], { table: true });
    },
  );

  add(
    example(
      'hai-bao-cao-mot-tep.xlsx',
      '9T/2015',
      'two submissions in one file: a telecom sheet and a postal sheet, plus an instructions sheet',
      'read both sheets, each in its own sector; the instructions sheet is not data',
    ),
    (e) => {
      const t = new Draw(e, 'Viễn thông').widths(6, 32, 12, 16, 16);
      t.row(1, [S('CHI NHÁNH VIETTEL LÂM ĐỒNG', { bold: true })]);
      t.row(2, [S('SỐ LIỆU VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:E2');
      t.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Hiện có']);
      t.row(5, [1, 'Internet cáp quang FTTH', 'TB', F(9120, 'ftth', 'increase'), F(20415, 'ftth', 'closing')], {
        table: true,
      });
      t.row(6, [2, 'Doanh thu viễn thông', 'Tr.đồng', '-', F(398210, 'telecom-revenue', 'flow')], { table: true });
      const p = new Draw(e, 'Bưu chính').widths(6, 32, 12, 16);
      p.row(1, [S('VIETTEL POST LÂM ĐỒNG', { bold: true })]);
      p.row(2, [S('SỐ LIỆU BƯU CHÍNH 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:D2');
      p.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện']);
      p.row(5, [1, 'Bưu kiện', 'Cái', F(12840, 'parcels', 'flow')], { table: true });
      p.row(6, [2, 'Doanh thu bưu chính', 'Tr.đồng', F(7315, 'postal-revenue', 'flow')], { table: true });
      const h = new Draw(e, 'Hướng dẫn');
      h.row(1, ['Hướng dẫn điền biểu'])
        .row(2, ['1. Số thuê bao tính đến ngày 30/9/2015.'])
        .row(3, ['2. Doanh thu tính bằng triệu đồng, chưa gồm thuế GTGT.']);
    },
  );

  add(
    example(
      'ma-tcvn3.xlsx',
      '9T/2015',
      'text in TCVN3 (ABC) with the .VnTime font, as old templates store it',
      'decode TCVN3 before matching labels and headings',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1', 'tcvn3').widths(6, 34, 12, 14, 14, 14);
      d.row(1, [S('BƯU ĐIỆN TỈNH ĐẮK LẮK', { bold: true })]);
      d.row(2, [S('SẢN LƯỢNG BƯU CHÍNH 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Cùng kỳ năm trước']);
      d.row(
        5,
        [
          1,
          'Bưu phẩm thường trong nước',
          'Kg',
          F(70215, 'letter-post', 'flow'),
          F(68120, 'letter-post', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [2, 'Bưu kiện thường', 'Cái', F(9120, 'parcels', 'flow'), F(8804, 'parcels', 'flow', { period: '9T/2014' })],
        { table: true },
      );
      d.row(
        7,
        [
          3,
          'Doanh thu',
          'Triệu đồng',
          F(20450, 'postal-revenue', 'flow'),
          F(18210, 'postal-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(example('ma-vni.xlsx', '9T/2015', 'text in VNI with the VNI-Times font', 'decode VNI before matching'), (e) => {
    const d = new Draw(e, 'Sheet1', 'vni').widths(6, 34, 12, 14, 14, 14);
    d.row(1, [S('VIỄN THÔNG HÀ GIANG', { bold: true })]);
    d.row(2, [S('SỐ LIỆU THUÊ BAO 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
    d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
    d.row(
      5,
      [
        1,
        'Điện thoại cố định có dây',
        'Thuê bao',
        F(410, 'fixed-wired', 'increase'),
        F(1320, 'fixed-wired', 'decrease'),
        F(7815, 'fixed-wired', 'closing'),
      ],
      { table: true },
    );
    d.row(
      6,
      [
        2,
        'Điện thoại di động trả trước',
        'Thuê bao',
        F(30120, 'mobile-prepaid', 'increase'),
        F(26450, 'mobile-prepaid', 'decrease'),
        F(154300, 'mobile-prepaid', 'closing'),
      ],
      { table: true },
    );
  });

  add(
    example(
      'unicode-to-hop-nfd.xlsx',
      '9T/2015',
      'decomposed Unicode (NFD, "Unicode tổ hợp", typed on a Mac)',
      'normalise to NFC before matching',
    ),
    (e) => {
      const d = new Draw(e, 'Báo cáo', 'nfd').widths(6, 34, 12, 14, 14, 14);
      d.row(1, [S('MOBIFONE TỈNH QUẢNG NINH', { bold: true })]);
      d.row(2, [S('SỐ LIỆU 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có']);
      d.row(
        5,
        [
          1,
          'Thuê bao trả trước',
          'Thuê bao',
          F(142300, 'mobile-prepaid', 'increase'),
          F(120150, 'mobile-prepaid', 'decrease'),
          F(498210, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(6, [2, 'Doanh thu', 'Triệu đồng', '-', '-', F(305120, 'telecom-revenue', 'flow')], { table: true });
    },
  );

  add(
    example(
      'nhan-khong-dau-viet-tat.xlsx',
      '9T/2015',
      'labels without diacritics and abbreviations: "DT co dinh co day", "TB DD tra truoc", "BR xDSL", "CPN", "PHBC"',
      'match labels diacritic-insensitively and know the trade abbreviations',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 30, 10, 14, 14, 14);
      d.row(1, [S('VNPT NGHE AN', { bold: true })]);
      d.row(2, [S('SO LIEU 9 THANG DAU NAM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['TT', 'Chi tieu', 'DVT', 'Tang', 'Giam', 'Hien co']);
      d.row(
        5,
        [
          1,
          'DT co dinh co day',
          'TB',
          F(1520, 'fixed-wired', 'increase'),
          F(4310, 'fixed-wired', 'decrease'),
          F(39420, 'fixed-wired', 'closing'),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'TB DD tra truoc',
          'TB',
          F(98120, 'mobile-prepaid', 'increase'),
          F(87410, 'mobile-prepaid', 'decrease'),
          F(612300, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          3,
          'BR xDSL',
          'TB',
          F(2810, 'broadband-xdsl', 'increase'),
          F(6120, 'broadband-xdsl', 'decrease'),
          F(52140, 'broadband-xdsl', 'closing'),
        ],
        { table: true },
      );
      const p = new Draw(e, 'Buu chinh').widths(6, 30, 10, 14);
      p.row(1, [S('BUU DIEN TINH NGHE AN', { bold: true })]);
      p.row(2, [S('SO LIEU 9 THANG DAU NAM 2015', { bold: true, center: true })]).merge('A2:D2');
      p.head(4, ['TT', 'Chi tieu', 'DVT', 'Thuc hien']);
      p.row(5, [1, 'PHBC', 'To, cuon', F(3120400, 'press-distribution', 'flow')], { table: true });
      p.row(6, [2, 'CPN', 'Cai', F(41200, 'express', 'flow')], { table: true });
      p.row(7, [3, 'BK thuong', 'Cai', F(8640, 'parcels', 'flow')], { table: true });
    },
  );

  add(
    example(
      'tieng-anh-mau-tap-doan.xlsx',
      '9T/2015',
      'an English template with "New subscriptions", "Churn", "Active subscribers", "Same period last year"',
      "English headings: Churn is a decrease, Active subscribers the closing stock, Same period last year last year's figure",
    ),
    (e) => {
      const d = new Draw(e, 'KPI').widths(30, 14, 14, 16, 18);
      d.row(1, [S('MOBIFONE - NGHE AN BRANCH', { bold: true })]);
      d.row(2, [S('SUBSCRIBER KPI - 9 MONTHS OF 2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['Indicator', 'New subscriptions', 'Churn', 'Active subscribers', 'Same period last year']);
      d.row(
        5,
        [
          'Prepaid mobile subscriptions',
          F(175200, 'mobile-prepaid', 'increase'),
          F(160340, 'mobile-prepaid', 'decrease'),
          F(720110, 'mobile-prepaid', 'closing'),
          F(701250, 'mobile-prepaid', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          'Postpaid mobile subscriptions',
          F(6210, 'mobile-postpaid', 'increase'),
          F(5120, 'mobile-postpaid', 'decrease'),
          F(31450, 'mobile-postpaid', 'closing'),
          F(29870, 'mobile-postpaid', 'closing', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'khong-ghi-ky.xlsx',
      '9T/2015',
      'no period anywhere on the sheet',
      'read the sheet under the chosen period (--period 9T/2015) and say it was assumed; without a chosen period, name the sheet',
      { stated: false },
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 32, 10, 14, 14);
      d.row(1, [S('VIETNAMOBILE - CHI NHÁNH THANH HÓA', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THUÊ BAO DI ĐỘNG', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Hiện có']);
      d.row(
        5,
        [1, 'Thuê bao trả trước', 'TB', F(21340, 'mobile-prepaid', 'increase'), F(88120, 'mobile-prepaid', 'closing')],
        { table: true },
      );
      d.row(
        6,
        [2, 'Thuê bao trả sau', 'TB', F(310, 'mobile-postpaid', 'increase'), F(1420, 'mobile-postpaid', 'closing')],
        { table: true },
      );
    },
  );

  add(
    example(
      'ky-viet-tu-do.xlsx',
      '9T/2015',
      'the period in loose words: "Lũy kế đến 30/9/2015" in the title, "Kỳ báo cáo" and "Thực hiện kỳ báo cáo" as headings',
      'read "lũy kế đến 30/9/2015" as 9T/2015 (or apply the chosen period and say so); "Kỳ báo cáo" is a heading here, not a title',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 32, 12, 16, 16);
      d.row(1, [S('GIAO HÀNG NHANH - CHI NHÁNH CẦN THƠ', { bold: true })]);
      d.row(2, [S('SẢN LƯỢNG DỊCH VỤ - LŨY KẾ ĐẾN 30/9/2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['STT', 'Dịch vụ', 'ĐVT', 'Thực hiện kỳ báo cáo', 'Cùng kỳ năm 2014']);
      d.row(
        5,
        [
          1,
          'Hàng gửi chuyển phát nhanh',
          'Bưu gửi',
          F(88410, 'express', 'flow'),
          F(51230, 'express', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Doanh thu',
          'Triệu đồng',
          F(12115, 'postal-revenue', 'flow'),
          F(7640, 'postal-revenue', 'flow', { period: '9T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'dong-so-cot-va-muc.xlsx',
      '9T/2015',
      'a numbering row under the header ((1) (2) (3) …), section rows (A, B), blank rows and note rows under the table',
      'skip the numbering row, the sections, the blanks and the notes; none of their numbers are figures',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 34, 12, 14, 14, 14);
      d.row(1, [S('VIỄN THÔNG ĐỒNG NAI', { bold: true })]);
      d.row(2, [S('BIỂU SỐ LIỆU VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
      d.row(
        5,
        [
          S('(1)', { center: true }),
          S('(2)', { center: true }),
          S('(3)', { center: true }),
          S('(4)', { center: true }),
          S('(5)', { center: true }),
          S('(6) = (4) - (5) + đầu kỳ', { center: true }),
        ],
        { table: true },
      );
      d.row(6, [S('A', { bold: true }), S('DỊCH VỤ CỐ ĐỊNH', { bold: true })], { table: true });
      d.row(
        7,
        [
          1,
          'Điện thoại cố định có dây',
          'Thuê bao',
          F(2105, 'fixed-wired', 'increase'),
          F(6120, 'fixed-wired', 'decrease'),
          F(58400, 'fixed-wired', 'closing'),
        ],
        { table: true },
      );
      d.row(
        8,
        [
          2,
          'Internet băng rộng xDSL',
          'Thuê bao',
          F(4120, 'broadband-xdsl', 'increase'),
          F(9870, 'broadband-xdsl', 'decrease'),
          F(61250, 'broadband-xdsl', 'closing'),
        ],
        { table: true },
      );
      d.row(9, [S('B', { bold: true }), S('DỊCH VỤ KHÁC', { bold: true })], { table: true });
      d.row(
        11,
        [
          1,
          'Thuê bao FTTH',
          'Thuê bao',
          F(18210, 'ftth', 'increase'),
          F(1405, 'ftth', 'decrease'),
          F(40125, 'ftth', 'closing'),
        ],
        { table: true },
      );
      d.row(13, [S('Ghi chú: (6) là số thuê bao hiện có trên mạng đến ngày 30/9/2015.', { italic: true })], {
        from: 'B',
      });
      d.row(14, [S('Số liệu tháng 9 là số ước thực hiện; 2 trạm BTS mới chưa tính.', { italic: true })], { from: 'B' });
    },
  );

  add(
    example(
      'chi-tieu-khac-bts.xlsx',
      '9T/2015',
      'indicators outside the standard tables among the standard ones: BTS stations, IPTV subscriptions, a 3G "Trong đó" row',
      'recognise or report them; never add them into a standard row (IPTV is not FTTH, 3G is part of prepaid)',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 36, 10, 14, 14);
      d.row(1, [S('VIỄN THÔNG THỪA THIÊN HUẾ', { bold: true })]);
      d.row(2, [S('SỐ LIỆU 9 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Hiện có']);
      d.row(5, [1, 'Số trạm BTS', 'Trạm', 42, 1210], { table: true });
      d.row(
        6,
        [
          2,
          'Thuê bao di động trả trước',
          'Thuê bao',
          F(120450, 'mobile-prepaid', 'increase'),
          F(610320, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(7, [null, S('Trong đó: thuê bao 3G', { italic: true }), 'Thuê bao', 40210, 205140], { table: true });
      d.row(8, [3, 'Thuê bao truyền hình MyTV (IPTV)', 'Thuê bao', 5120, 21450], { table: true });
      d.row(9, [4, 'Thuê bao FTTH', 'Thuê bao', F(15230, 'ftth', 'increase'), F(34520, 'ftth', 'closing')], {
        table: true,
      });
    },
  );

  add(
    example(
      'thu-tu-cot-dao.xlsx',
      'Q3/2015',
      'columns in another order (Hiện có first, then Giảm, then Tăng), headings "Kỳ báo cáo" over them, a quarter in the title "Quý III/2015"',
      'place each column by its heading, not its position; the period is Q3/2015',
    ),
    (e) => {
      const d = new Draw(e, 'Q3').widths(6, 32, 10, 14, 14, 14);
      d.row(1, [S('FPT TELECOM CHI NHÁNH LÀO CAI', { bold: true })]);
      d.row(2, [S('BÁO CÁO SỐ LIỆU QUÝ III/2015', { bold: true, center: true })]).merge('A2:F2');
      d.head(4, ['STT', 'Dịch vụ', 'ĐVT', 'Kỳ báo cáo', null, null]).head(5, [
        null,
        null,
        null,
        'Hiện có',
        'Giảm',
        'Tăng',
      ]);
      d.merge('A4:A5', 'B4:B5', 'C4:C5', 'D4:F4');
      d.row(
        6,
        [
          1,
          'Internet cáp quang',
          'TB',
          F(21870, 'ftth', 'closing'),
          F(420, 'ftth', 'decrease'),
          F(2315, 'ftth', 'increase'),
        ],
        { table: true },
      );
      d.row(
        7,
        [
          2,
          'Internet ADSL',
          'TB',
          F(6120, 'broadband-xdsl', 'closing'),
          F(710, 'broadband-xdsl', 'decrease'),
          F(95, 'broadband-xdsl', 'increase'),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'cot-dau-ky-va-cung-ky.xlsx',
      '6T/2015',
      'an opening-stock column "Số TB đến 31/12/2014" beside "Số TB đến 30/6/2015" and "Cùng kỳ năm 2014"',
      'the 31/12/2014 column is the opening of 6T/2015, the 30/6/2015 one its closing, the cùng kỳ one the closing of 6T/2014; opening + increase − decrease = closing holds',
    ),
    (e) => {
      const d = new Draw(e, 'Sheet1').widths(6, 30, 10, 14, 12, 12, 14, 14);
      d.row(1, [S('CHI NHÁNH VIETTEL BẮC NINH', { bold: true })]);
      d.row(2, [S('SỐ LIỆU THUÊ BAO 6 THÁNG ĐẦU NĂM 2015', { bold: true, center: true })]).merge('A2:H2');
      d.head(4, [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Số TB đến 31/12/2014',
        'Tăng',
        'Giảm',
        'Số TB đến 30/6/2015',
        'Cùng kỳ năm 2014',
      ]);
      d.row(
        5,
        [
          1,
          'Cố định có dây',
          'TB',
          F(14210, 'fixed-wired', 'opening', { also: [{ measure: 'closing', period: '2014' }] }),
          F(620, 'fixed-wired', 'increase'),
          F(1105, 'fixed-wired', 'decrease'),
          F(13725, 'fixed-wired', 'closing'),
          F(14980, 'fixed-wired', 'closing', { period: '6T/2014' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Internet FTTH',
          'TB',
          F(18420, 'ftth', 'opening', { also: [{ measure: 'closing', period: '2014' }] }),
          F(6210, 'ftth', 'increase'),
          F(830, 'ftth', 'decrease'),
          F(23800, 'ftth', 'closing'),
          F(12150, 'ftth', 'closing', { period: '6T/2014' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'thang-mot-thang.xlsx',
      'T9/2015',
      'a one-month report ("Tháng 9/2015") with "Lũy kế từ đầu năm" beside the month',
      'the month column is T9/2015, the cumulative column 9T/2015',
    ),
    (e) => {
      const d = new Draw(e, 'T9').widths(6, 30, 12, 14, 16);
      d.row(1, [S('BƯU ĐIỆN TỈNH LÀO CAI', { bold: true })]);
      d.row(2, [S('BÁO CÁO NHANH THÁNG 9/2015', { bold: true, center: true })]).merge('A2:E2');
      d.head(4, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 9', 'Lũy kế từ đầu năm']);
      d.row(
        5,
        [
          1,
          'Bưu phẩm thường',
          'Kg',
          F(6120, 'letter-post', 'flow'),
          F(55840, 'letter-post', 'flow', { period: '9T/2015' }),
        ],
        { table: true },
      );
      d.row(
        6,
        [
          2,
          'Doanh thu',
          'Triệu đồng',
          F(2105, 'postal-revenue', 'flow'),
          F(18930, 'postal-revenue', 'flow', { period: '9T/2015' }),
        ],
        { table: true },
      );
    },
  );

  add(
    example(
      'mau-bieu-thong-tu.xlsx',
      'Q3/2015',
      'a form heading ("Biểu số 01/VT", "Ban hành kèm theo Thông tư số 03/2022/TT-BTTTT", "Đơn vị báo cáo / Đơn vị nhận báo cáo")',
      'the form\'s numbers (01, 03/2022) are not figures or periods; the period is "Quý III năm 2015"',
    ),
    (e) => {
      const d = new Draw(e, 'Biểu 01').widths(6, 34, 10, 14, 14, 14);
      d.row(1, [S('Biểu số 01/VT', { bold: true })]).row(
        1,
        [S('Ban hành kèm theo Thông tư số 03/2022/TT-BTTTT', { italic: true })],
        { from: 'D' },
      );
      d.row(2, ['Đơn vị báo cáo: MobiFone tỉnh Hải Dương']).row(2, ['Đơn vị nhận báo cáo: Sở TTTT tỉnh Hải Dương'], {
        from: 'D',
      });
      d.row(4, [S('BÁO CÁO SỐ LIỆU VIỄN THÔNG', { bold: true, center: true })]).merge('A4:F4');
      d.row(5, [S('Quý III năm 2015', { italic: true, center: true })]).merge('A5:F5');
      d.head(7, ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Giảm', 'Hiện có']);
      d.row(
        8,
        [
          1,
          'Điện thoại di động trả trước',
          'Thuê bao',
          F(52310, 'mobile-prepaid', 'increase'),
          F(48120, 'mobile-prepaid', 'decrease'),
          F(402150, 'mobile-prepaid', 'closing'),
        ],
        { table: true },
      );
      d.row(
        9,
        [
          2,
          'Điện thoại di động trả sau',
          'Thuê bao',
          F(1820, 'mobile-postpaid', 'increase'),
          F(1410, 'mobile-postpaid', 'decrease'),
          F(19210, 'mobile-postpaid', 'closing'),
        ],
        { table: true },
      );
      d.row(10, [3, 'Doanh thu', 'Triệu đồng', '-', '-', F(98120, 'telecom-revenue', 'flow')], { table: true });
    },
  );

  return list;
}

/** Writes every example, expected.json and README.md into `out`; returns the paths of the .xlsx files. */
export async function makeHabitExamples(out = DEFAULT_OUT): Promise<string[]> {
  fs.mkdirSync(out, { recursive: true });
  const list = examples();
  const expected: Record<string, ExpectedFile> = {};
  const written: string[] = [];
  for (const e of list) {
    const file = path.join(out, e.file);
    fs.writeFileSync(file, await workbookBytes(e.sheets, { creator: 'TTTT habits' }));
    written.push(file);
    expected[e.file] = { habit: e.habit, mustDo: e.mustDo, period: e.period, stated: e.stated, figures: e.figures };
  }
  fs.writeFileSync(path.join(out, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  fs.writeFileSync(path.join(out, 'README.md'), readme(list));
  return written;
}

function readme(list: Example[]): string {
  const lines = [
    '# examples/habits/',
    '',
    'Real-looking submissions, one habit (or a realistic mix) per file, as enterprises of several provinces send',
    "them. `expected.json` holds each file's figures: sheet, cell, indicator, measure, period and value in the",
    "indicator's canonical unit (thuê bao, triệu đồng, kg, cái, tờ/cuốn). Regenerate with `npm run examples:habits`",
    "(scripts/make-habit-examples.ts); `test/files/habits.test.ts` reads each file with the command line's reader,",
    'builds it with its period and requires every figure right or named by an issue (0 silent, 0 false), and that',
    'the committed files are what the script writes.',
    '',
    'Not figures: "Trong đó" parts of a standard indicator, district or branch rows under a total, percentages, plan',
    'columns, net additions ("thực tăng"), indicators outside the standard tables, hidden rows and columns. A total',
    'that is not itself a standard indicator ("Điện thoại di động") has its standard parts as the figures.',
    '',
    '| file | period | figures | habit | what the reader must do |',
    '|---|---|---:|---|---|',
    ...list.map(
      (e) =>
        `| \`${e.file}\` | ${e.period}${e.stated ? '' : ' (not stated)'} | ${e.figures.length} | ${e.habit} | ${e.mustDo} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

if (require.main === module) {
  void makeHabitExamples().then((files) => console.log(`${files.length} files in ${DEFAULT_OUT}`));
}
