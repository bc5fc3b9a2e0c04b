/**
 * Writes examples/9T-2016: the next year's submissions of the same Quảng Ninh enterprises as
 * examples/9T-2015, with NO "cùng kỳ" column anywhere — so every "so với cùng kỳ" of the 9T/2016
 * build has to come from the history the 9T/2015 build recorded (`tttt build … --history`).
 * Gmobile sends three quarterly files instead of one 9-month file, so the build also has to add
 * up Q1 + Q2 + Q3/2016 itself.
 *
 * Run: `npx tsx scripts/make-examples-2016.ts [outDir]`. Figures: 2015's per-enterprise split
 * (scripts/make-examples.ts SPLIT) grown by fixed rates, so the expected tables are known exactly
 * ({@link expected2016}).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { indicatorById } from '../src/core/catalogue';
import type { IndicatorId } from '../src/core/model';
import { type EnterpriseKey, SPLIT, type Share } from './make-examples';

/** How each measure grows from 9T/2015 to 9T/2016 (stocks' closing, flows, increases, decreases). */
const GROWTH = { cur: 1.1, flow: 1.12, inc: 1.08, dec: 1.03 };

const isFlow = (ind: IndicatorId) => indicatorById(ind).kind === 'flow';

/** One enterprise's 9T/2016 figures for one indicator (no `prev`: the sheets carry no "cùng kỳ"). */
export interface Figures2016 {
  inc?: number;
  dec?: number;
  cur: number;
}

/** 2016's figures from 2015's. */
export function grow(ind: IndicatorId, x: Share): Figures2016 {
  if (isFlow(ind)) return { cur: Math.round(x.cur * GROWTH.flow) };
  return {
    inc: Math.round((x.inc ?? 0) * GROWTH.inc),
    dec: Math.round((x.dec ?? 0) * GROWTH.dec),
    cur: Math.round(x.cur * GROWTH.cur),
  };
}

/** Each enterprise's sheet heading (names the reader knows) and sector; Viettel files two sheets. */
const SENDERS: { key: EnterpriseKey; file: string; sheet: string; sector: 'telecom' | 'postal'; heading: string[] }[] =
  [
    {
      key: 'vnpt',
      file: 'vnpt-quang-ninh.xlsx',
      sheet: 'BC 9T2016',
      sector: 'telecom',
      heading: ['TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM', 'VIỄN THÔNG QUẢNG NINH'],
    },
    {
      key: 'viettel',
      file: 'viettel-quang-ninh.xlsx',
      sheet: 'Viễn thông',
      sector: 'telecom',
      heading: ['TẬP ĐOÀN VIỄN THÔNG QUÂN ĐỘI', 'CHI NHÁNH VIETTEL QUẢNG NINH'],
    },
    {
      key: 'viettelPost',
      file: 'viettel-quang-ninh.xlsx',
      sheet: 'Bưu chính',
      sector: 'postal',
      heading: ['TỔNG CÔNG TY CỔ PHẦN BƯU CHÍNH VIETTEL', 'BƯU CHÍNH VIETTEL QUẢNG NINH (VIETTEL POST)'],
    },
    {
      key: 'mobifone',
      file: 'mobifone-quang-ninh.xlsx',
      sheet: 'Sheet1',
      sector: 'telecom',
      heading: ['TỔNG CÔNG TY VIỄN THÔNG MOBIFONE', 'MOBIFONE TỈNH QUẢNG NINH'],
    },
    {
      key: 'vietnamobile',
      file: 'vietnamobile-quang-ninh.xlsx',
      sheet: 'BaoCao',
      sector: 'telecom',
      heading: ['CÔNG TY CỔ PHẦN VIỄN THÔNG DI ĐỘNG VIETNAMOBILE', 'VIETNAMOBILE - CHI NHÁNH QUẢNG NINH'],
    },
    {
      key: 'gmobile',
      file: 'gmobile-quang-ninh.xlsx',
      sheet: 'Gmobile QN',
      sector: 'telecom',
      heading: ['CÔNG TY VIỄN THÔNG DI ĐỘNG TOÀN CẦU', 'GMOBILE QUẢNG NINH'],
    },
    {
      key: 'fpt',
      file: 'fpt-telecom-quang-ninh.xlsx',
      sheet: 'Số liệu',
      sector: 'telecom',
      heading: ['CÔNG TY CỔ PHẦN VIỄN THÔNG FPT', 'FPT TELECOM - CHI NHÁNH QUẢNG NINH'],
    },
    {
      key: 'cable',
      file: 'truyen-hinh-cap-quang-ninh.xlsx',
      sheet: 'BC',
      sector: 'telecom',
      heading: ['ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH', 'TRUYỀN HÌNH CÁP QUẢNG NINH'],
    },
    {
      key: 'vnpost',
      file: 'buu-dien-tinh-quang-ninh.xlsx',
      sheet: 'BC 9 thang',
      sector: 'postal',
      heading: ['TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM', 'BƯU ĐIỆN TỈNH QUẢNG NINH'],
    },
    {
      key: 'ems',
      file: 'ems-quang-ninh.xlsx',
      sheet: 'EMS QN',
      sector: 'postal',
      heading: ['CÔNG TY CỔ PHẦN CHUYỂN PHÁT NHANH BƯU ĐIỆN', 'EMS QUẢNG NINH'],
    },
    {
      key: 'courier',
      file: 'hop-nhat-quang-ninh.xlsx',
      sheet: 'Số liệu',
      sector: 'postal',
      heading: ['CÔNG TY CP CHUYỂN PHÁT NHANH HỢP NHẤT', 'CHUYỂN PHÁT NHANH HỢP NHẤT - CHI NHÁNH QUẢNG NINH'],
    },
  ];

/** Labels and units the sheets use (an ordinary template; the 2015 set already shows the messy ones). */
const ROWS: Record<IndicatorId, { label: string; unit: string }> = {
  'fixed-wired': { label: 'Điện thoại cố định có dây', unit: 'Thuê bao' },
  'fixed-wireless': { label: 'Điện thoại cố định không dây', unit: 'Thuê bao' },
  'mobile-postpaid': { label: 'Điện thoại di động trả sau', unit: 'Thuê bao' },
  'mobile-prepaid': { label: 'Điện thoại di động trả trước', unit: 'Thuê bao' },
  'broadband-xdsl': { label: 'Internet băng rộng xDSL', unit: 'Thuê bao' },
  ftth: { label: 'Thuê bao FTTH', unit: 'Thuê bao' },
  'telecom-revenue': { label: 'Doanh thu dịch vụ viễn thông', unit: 'Triệu đồng' },
  'press-distribution': { label: 'Phát hành báo chí', unit: 'Tờ, cuốn' },
  'letter-post': { label: 'Bưu phẩm thường', unit: 'Kg' },
  parcels: { label: 'Bưu kiện thường', unit: 'Cái' },
  express: { label: 'Chuyển phát nhanh', unit: 'Cái' },
  'money-orders': { label: 'Thư, điện chuyển tiền', unit: 'Cái, bức' },
  'money-transferred': { label: 'Số tiền chuyển', unit: 'Triệu đồng' },
  'postal-revenue': { label: 'Doanh thu bưu chính', unit: 'Triệu đồng' },
};

/** The share of the nine months that falls in each quarter (flows, increases, decreases). */
const QUARTER_SHARES = [0.3, 0.33];

/** A 9-month figure cut into three quarters that add up exactly. */
function quarters(x: number): [number, number, number] {
  const q1 = Math.round(x * QUARTER_SHARES[0]);
  const q2 = Math.round(x * QUARTER_SHARES[1]);
  return [q1, q2, x - q1 - q2];
}

type Row = (string | number | null)[];

/** The sheet rows of one submission for months `q` (null: the nine months) of 2016. */
function sheetRows(sender: (typeof SENDERS)[number], q: 0 | 1 | 2 | null): Row[] {
  const period = q === null ? 'Lũy kế 9 tháng năm 2016' : `Quý ${['I', 'II', 'III'][q]}/2016`;
  const figures = Object.entries(SPLIT[sender.key]).map(
    ([ind, share]) => [ind as IndicatorId, grow(ind as IndicatorId, share!)] as const,
  );
  const part = (x: number | undefined) => (x === undefined ? null : q === null ? x : quarters(x)[q]);
  /** A stock at the end of quarter q: the 9-month closing less what came after. */
  const closing = (f: Figures2016) => {
    if (q === null || q === 2) return f.cur;
    const [, q2inc, q3inc] = quarters(f.inc ?? 0);
    const [, q2dec, q3dec] = quarters(f.dec ?? 0);
    return q === 1 ? f.cur - q3inc + q3dec : f.cur - q3inc - q2inc + q3dec + q2dec;
  };
  const title =
    sender.sector === 'telecom'
      ? 'BÁO CÁO SỐ LIỆU THUÊ BAO VÀ DOANH THU DỊCH VỤ VIỄN THÔNG'
      : 'BÁO CÁO KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT';
  const rows: Row[] = [[sender.heading[0]], [sender.heading[1]], [], [title], [period], []];
  if (sender.sector === 'telecom') {
    rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có cuối kỳ']);
    figures.forEach(([ind, f], n) => {
      const r = ROWS[ind];
      rows.push(
        isFlow(ind)
          ? [n + 1, r.label, r.unit, '-', '-', part(f.cur)]
          : [n + 1, r.label, r.unit, part(f.inc), part(f.dec), closing(f)],
      );
    });
  } else {
    rows.push(['STT', 'Chỉ tiêu', 'ĐVT', q === null ? 'Thực hiện 9 tháng năm 2016' : 'Thực hiện trong quý']);
    figures.forEach(([ind, f], n) => rows.push([n + 1, ROWS[ind].label, ROWS[ind].unit, part(f.cur)]));
  }
  rows.push([], [null, null, null, 'NGƯỜI LẬP BIỂU']);
  return rows;
}

const FIXED_DATE = new Date(Date.UTC(2016, 9, 10, 8, 0, 0));

function addSheet(wb: ExcelJS.Workbook, name: string, rows: Row[]): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.font = { name: 'Times New Roman', size: 12, bold: r === 3 || r === 6 };
      if (typeof value === 'number' && c > 2) cell.numFmt = '#,##0';
    }),
  );
  [6, 40, 11, 16, 14, 18].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The files of the 2016 set: name → sheets (name and rows). */
export function exampleFiles2016(): Map<string, { name: string; rows: Row[] }[]> {
  const files = new Map<string, { name: string; rows: Row[] }[]>();
  const add = (file: string, name: string, rows: Row[]) =>
    files.set(file, [...(files.get(file) ?? []), { name, rows }]);
  for (const sender of SENDERS) {
    if (sender.key === 'gmobile') {
      ([0, 1, 2] as const).forEach((q) =>
        add(sender.file.replace('.xlsx', `-q${q + 1}-2016.xlsx`), `${sender.sheet} Q${q + 1}`, sheetRows(sender, q)),
      );
    } else add(sender.file, sender.sheet, sheetRows(sender, null));
  }
  return files;
}

/** The 9T/2016 totals the set gives, per indicator, and 2015's for the comparison. */
export function expected2016(): Record<
  IndicatorId,
  { inc: number | null; dec: number | null; cur: number; prev: number }
> {
  const out = {} as Record<IndicatorId, { inc: number | null; dec: number | null; cur: number; prev: number }>;
  for (const sender of SENDERS) {
    for (const [key, share] of Object.entries(SPLIT[sender.key])) {
      const ind = key as IndicatorId;
      const f = grow(ind, share!);
      const t = (out[ind] ??= { inc: isFlow(ind) ? null : 0, dec: isFlow(ind) ? null : 0, cur: 0, prev: 0 });
      if (t.inc !== null) t.inc += f.inc ?? 0;
      if (t.dec !== null) t.dec += f.dec ?? 0;
      t.cur += f.cur;
      t.prev += share!.cur;
    }
  }
  return out;
}

/** Writes the 2016 set into `outDir`; returns the files written. */
export async function makeExamples2016(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [file, sheets] of exampleFiles2016()) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'TTTT Tables sample data';
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    for (const sheet of sheets) addSheet(wb, sheet.name, sheet.rows);
    const target = path.join(outDir, file);
    await wb.xlsx.writeFile(target);
    written.push(target);
  }
  return written;
}

export const DEFAULT_OUT_2016 = path.join(__dirname, '..', 'examples', '9T-2016');

if (require.main === module) {
  const out = process.argv[2] ?? DEFAULT_OUT_2016;
  makeExamples2016(out).then(
    (files) => console.log(`Wrote ${files.length} files to ${out}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
