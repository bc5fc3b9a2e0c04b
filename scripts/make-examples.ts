/**
 * Writes the sample submissions of examples/9T-2015: what a Sở TTTT receives for the first nine
 * months of 2015 from the telecom and postal enterprises of Quảng Ninh, in layouts as varied as real
 * ones (see docs/domain.md). Their totals give EXACTLY the two tables of the reference
 * report (bao-cao-376-BC-STTTT-2015), including its copy errors in telecom rows 1–2.
 *
 * Run: `npm run examples` (or `npx tsx scripts/make-examples.ts [outDir]`).
 * The per-enterprise split is the one table {@link SPLIT}; the script refuses to write files whose
 * totals do not give the reference figures.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import ExcelJS from 'exceljs';
// The legacy encodings old templates store (TCVN3 with .VnTime fonts, VNI with VNI-Times): the core's own encoders.
import { encodeTcvn3 } from '../test/support/encodeTcvn3';
import { encodeVni } from '../test/support/encodeVni';
import { INDICATORS } from '../src/core/catalogue';
import { referenceTables } from '../test/support/fixtures';
import type { IndicatorId, Sector } from '../src/core/model';

export { encodeTcvn3, encodeVni };

// ---------------------------------------------------------------------------------------------
// The figures
// ---------------------------------------------------------------------------------------------

/**
 * One enterprise's figures for one indicator, in the indicator's canonical unit (thuê bao, kg, cái,
 * tờ/cuốn, triệu đồng): `inc`/`dec` in the period, `cur` the stock at 30/9/2015 (or the flow of the
 * nine months), `prev` the same for 9 months of 2014 (cùng kỳ năm 2014).
 */
export interface Share {
  inc?: number;
  dec?: number;
  cur: number;
  prev: number;
}

export type EnterpriseKey =
  | 'vnpt'
  | 'viettel'
  | 'mobifone'
  | 'vietnamobile'
  | 'gmobile'
  | 'fpt'
  | 'cable'
  | 'vnpost'
  | 'viettelPost'
  | 'ems'
  | 'courier';

/** The per-enterprise split: the one table to edit. Totals are checked against {@link REFERENCE}. */
export const SPLIT: Record<EnterpriseKey, Partial<Record<IndicatorId, Share>>> = {
  // VNPT alone carries the fixed-line rows, so the reference's copy errors (2.907 and 24.060
  // repeated across rows 1–2) sit on one sheet.
  vnpt: {
    'fixed-wired': { inc: 2907, dec: 24060, cur: 2907, prev: 4038 },
    'fixed-wireless': { inc: 730, dec: 2907, cur: 24060, prev: 55953 },
    'mobile-postpaid': { inc: 38120, dec: 17245, cur: 40318, prev: 27954 },
    'mobile-prepaid': { inc: 182455, dec: 151320, cur: 402118, prev: 241560 },
    'broadband-xdsl': { inc: 11240, dec: 8715, cur: 61820, prev: 45106 },
    ftth: { inc: 10215, dec: 2430, cur: 11362, prev: 2806 },
    'telecom-revenue': { cur: 812345, prev: 540210 },
  },
  viettel: {
    'mobile-postpaid': { inc: 61457, dec: 27310, cur: 64102, prev: 43580 },
    'mobile-prepaid': { inc: 378210, dec: 296877, cur: 845306, prev: 498213 },
    'broadband-xdsl': { inc: 6583, dec: 4910, cur: 28447, prev: 20135 },
    ftth: { inc: 7104, dec: 2218, cur: 7455, prev: 1750 },
    'telecom-revenue': { cur: 1021560, prev: 598334 },
  },
  mobifone: {
    'mobile-postpaid': { inc: 28736, dec: 13204, cur: 31290, prev: 21340 },
    'mobile-prepaid': { inc: 201347, dec: 163590, cur: 436725, prev: 262114 },
    'telecom-revenue': { cur: 402118, prev: 251760 },
  },
  vietnamobile: {
    'mobile-postpaid': { inc: 3842, dec: 1961, cur: 4215, prev: 2688 },
    'mobile-prepaid': { inc: 41286, dec: 33412, cur: 95530, prev: 56020 },
    'telecom-revenue': { cur: 61240, prev: 36105 },
  },
  gmobile: {
    'mobile-postpaid': { inc: 1483, dec: 887, cur: 2228, prev: 1141 },
    'mobile-prepaid': { inc: 23665, dec: 15207, cur: 46512, prev: 29112 },
    'telecom-revenue': { cur: 18517, prev: 11220 },
  },
  fpt: {
    'broadband-xdsl': { inc: 4658, dec: 3274, cur: 16122, prev: 11853 },
    ftth: { inc: 5127, dec: 1640, cur: 5418, prev: 1325 },
    'telecom-revenue': { cur: 98765, prev: 30215 },
  },
  cable: {
    ftth: { inc: 900, dec: 264, cur: 891, prev: 416 },
    'telecom-revenue': { cur: 51865, prev: 17945 },
  },
  vnpost: {
    'press-distribution': { cur: 6985000, prev: 7268417 },
    'letter-post': { cur: 912846, prev: 741215 },
    parcels: { cur: 52310, prev: 49955 },
    express: { cur: 21340, prev: 11020 },
    'money-orders': { cur: 49880, prev: 56310 },
    'money-transferred': { cur: 221507, prev: 256071 },
    'postal-revenue': { cur: 41235, prev: 37710 },
  },
  viettelPost: {
    'press-distribution': { cur: 177000, prev: 192000 },
    'letter-post': { cur: 62250, prev: 45500 },
    parcels: { cur: 11326, prev: 8757 },
    express: { cur: 11000, prev: 5100 },
    'money-orders': { cur: 5350, prev: 5746 },
    'money-transferred': { cur: 25200, prev: 27500 },
    'postal-revenue': { cur: 14200, prev: 11700 },
  },
  ems: {
    'letter-post': { cur: 38250, prev: 30500 },
    express: { cur: 36764, prev: 15873 },
    'postal-revenue': { cur: 15300, prev: 12017 },
  },
  courier: {
    parcels: { cur: 5880, prev: 3915 },
    express: { cur: 16000, prev: 6000 },
    'postal-revenue': { cur: 4000, prev: 3000 },
  },
};

/**
 * VNPost's first submission (số 512, 05/10/2015), superseded by the corrected one (số 530,
 * 12/10/2015) whose figures are in {@link SPLIT}. A build must use the later one.
 */
export const VNPOST_SUPERSEDED: Partial<Record<IndicatorId, Share>> = {
  'press-distribution': { cur: 6950000, prev: 7268417 },
  'letter-post': { cur: 905120, prev: 741215 },
  parcels: { cur: 51980, prev: 49870 },
  express: { cur: 21340, prev: 11020 },
  'money-orders': { cur: 49880, prev: 56310 },
  'money-transferred': { cur: 219850, prev: 256071 },
  'postal-revenue': { cur: 40980, prev: 37710 },
};

/**
 * The two tables of the reference report, 9 months of 2015: increase, decrease, current (stock or
 * the period's flow) and the change against the same period rounded to whole percent.
 */
export const REFERENCE = Object.fromEntries(
  referenceTables().flatMap((table) =>
    table.rows.map((r) => [
      r.indicator,
      // postal rows: the period's volume sits in "Số tăng trong kỳ" (inc) in the table
      {
        inc: r.increase ?? null,
        dec: r.decrease ?? null,
        cur: r.current ?? null,
        yoyPercent: Math.round(r.yoy! * 100),
      },
    ]),
  ),
) as Record<IndicatorId, { inc: number | null; dec: number | null; cur: number | null; yoyPercent: number }>;

/** Each table's indicators in the catalogue's (the reference report's) order. */
const idsOf = (sector: Sector): IndicatorId[] => INDICATORS.filter((i) => i.sector === sector).map((i) => i.id);
const TELECOM = idsOf('telecom');
const POSTAL = idsOf('postal');

/** Sums {@link SPLIT} per indicator. */
export function totals(): Record<IndicatorId, { inc: number; dec: number; cur: number; prev: number }> {
  const out = {} as Record<IndicatorId, { inc: number; dec: number; cur: number; prev: number }>;
  for (const ind of [...TELECOM, ...POSTAL]) out[ind] = { inc: 0, dec: 0, cur: 0, prev: 0 };
  for (const shares of Object.values(SPLIT)) {
    for (const [ind, s] of Object.entries(shares) as [IndicatorId, Share][]) {
      const t = out[ind];
      t.inc += s.inc ?? 0;
      t.dec += s.dec ?? 0;
      t.cur += s.cur;
      t.prev += s.prev;
    }
  }
  return out;
}

/** Throws unless the split's totals give every figure of the reference tables. */
export function checkTotals(): void {
  const t = totals();
  const problems: string[] = [];
  for (const ind of TELECOM) {
    const r = REFERENCE[ind];
    if (r.inc !== null && t[ind].inc !== r.inc) problems.push(`${ind} increase ${t[ind].inc} ≠ ${r.inc}`);
    if (r.dec !== null && t[ind].dec !== r.dec) problems.push(`${ind} decrease ${t[ind].dec} ≠ ${r.dec}`);
    if (t[ind].cur !== r.cur) problems.push(`${ind} current ${t[ind].cur} ≠ ${r.cur}`);
  }
  for (const ind of POSTAL) {
    if (t[ind].cur !== REFERENCE[ind].inc) problems.push(`${ind} volume ${t[ind].cur} ≠ ${REFERENCE[ind].inc}`);
  }
  for (const ind of [...TELECOM, ...POSTAL]) {
    const pct = Math.round((t[ind].cur / t[ind].prev - 1) * 100);
    if (pct !== REFERENCE[ind].yoyPercent) problems.push(`${ind} yoy ${pct}% ≠ ${REFERENCE[ind].yoyPercent}%`);
  }
  if (problems.length > 0) throw new Error(`The split does not give the reference tables:\n${problems.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// Writing sheets
// ---------------------------------------------------------------------------------------------

/** A cell of a sample sheet: a value, or a value with a number format / bold / font. */
type Cell =
  | string
  | number
  | Date
  | null
  | { v: string | number | Date | null; fmt?: string; bold?: boolean; italic?: boolean; font?: string };

interface SheetSpec {
  name: string;
  /** Rows from `top` (1-based), columns from `left` (1-based). */
  rows: Cell[][];
  top?: number;
  left?: number;
  /** Merges in A1 notation, relative to the sheet (not to `top`/`left`). */
  merges?: string[];
  /** Font for every written cell ("Times New Roman", ".VnTime", "VNI-Times"). */
  font?: string;
  widths?: number[];
}

/** Vietnamese number text as enterprises type it: 1234567 → "1.234.567". */
export function viNumberText(n: number): string {
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

const FIXED_DATE = new Date(Date.UTC(2015, 9, 12, 8, 0, 0));

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  const top = spec.top ?? 1;
  const left = spec.left ?? 1;
  const font = spec.font ?? 'Times New Roman';
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const target = ws.getCell(top + r, left + c);
      const o = typeof cell === 'object' && !(cell instanceof Date) ? cell : { v: cell };
      if (o.v === null) return;
      target.value = o.v;
      target.font = { name: o.font ?? font, size: 12, bold: o.bold, italic: o.italic };
      if (o.fmt) target.numFmt = o.fmt;
      else if (typeof o.v === 'number') target.numFmt = '#,##0';
      else if (o.v instanceof Date) target.numFmt = 'dd/mm/yyyy';
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  (spec.widths ?? []).forEach((w, i) => (ws.getColumn(left + i).width = w));
}

async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TTTT Tables sample data';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) writeSheet(wb, s);
  await wb.xlsx.writeFile(file);
}

const b = (v: string): Cell => ({ v, bold: true });
const i = (v: string): Cell => ({ v, italic: true });
const s = (e: EnterpriseKey, ind: IndicatorId): Share => {
  const share = SPLIT[e][ind];
  if (!share) throw new Error(`No figures for ${e} ${ind}`);
  return share;
};

// ---------------------------------------------------------------------------------------------
// The submissions, one function per enterprise (each in its own layout)
// ---------------------------------------------------------------------------------------------

/** VNPT: two-row merged header ("Trong kỳ" over "Tăng" | "Giảm"), section rows, a "Trong đó" row, a note, an instructions sheet. */
function vnpt(): SheetSpec[] {
  const r = (stt: string, label: string, unit: string, ind: IndicatorId): Cell[] => {
    const x = s('vnpt', ind);
    return [stt, label, unit, x.inc ?? null, x.dec ?? null, x.cur, x.prev];
  };
  const rev = s('vnpt', 'telecom-revenue');
  return [
    {
      name: 'Hướng dẫn',
      rows: [
        [b('HƯỚNG DẪN ĐIỀN BIỂU MẪU')],
        ['1. Số liệu thuê bao tính đến ngày cuối kỳ báo cáo.'],
        ['2. Số tăng, số giảm là số phát sinh trong kỳ báo cáo.'],
        ['3. Doanh thu ghi theo triệu đồng, không gồm thuế GTGT.'],
        ['Người lập biểu ghi rõ họ tên, số điện thoại liên hệ.'],
      ],
      widths: [80],
    },
    {
      name: 'BC 9T2015',
      rows: [
        ['TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        [b('VIỄN THÔNG QUẢNG NINH'), null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
        ['Số: 1452/BC-VNPT-QN', null, null, null, 'Quảng Ninh, ngày 08 tháng 10 năm 2015'],
        [],
        [b('BÁO CÁO KẾT QUẢ PHÁT TRIỂN THUÊ BAO VÀ DOANH THU')],
        [i('Lũy kế 9 tháng năm 2015')],
        [null, null, null, null, null, i('Đơn vị tính: thuê bao')],
        [b('STT'), b('Chỉ tiêu'), b('ĐVT'), b('Trong kỳ'), null, b('Hiện có đến 30/9/2015'), b('Cùng kỳ năm 2014')],
        [null, null, null, b('Tăng'), b('Giảm')],
        [b('I'), b('Dịch vụ điện thoại cố định')],
        r('1', 'Điện thoại cố định có dây', 'Thuê bao', 'fixed-wired'),
        r('2', 'Điện thoại cố định không dây (Gphone)', 'Thuê bao', 'fixed-wireless'),
        [b('II'), b('Dịch vụ di động VinaPhone')],
        r('3', 'Điện thoại DĐ trả sau', 'Thuê bao', 'mobile-postpaid'),
        r('4', 'Điện thoại DĐ trả trước', 'Thuê bao', 'mobile-prepaid'),
        [null, i('Trong đó: thuê bao 3G'), 'Thuê bao', 61204, 40117, 158930, 97212],
        [b('III'), b('Dịch vụ Internet')],
        r('5', 'Internet băng rộng xDSL (MegaVNN)', 'Thuê bao', 'broadband-xdsl'),
        r('6', 'Thuê bao FTTH (FiberVNN)', 'Thuê bao', 'ftth'),
        [b('IV'), b('Doanh thu dịch vụ viễn thông'), 'Tr.đồng', '-', '-', rev.cur, rev.prev],
        [],
        [i('Ghi chú: Số liệu di động là thuê bao VinaPhone phát sinh cước trên địa bàn tỉnh.')],
        [null, null, null, null, b('GIÁM ĐỐC')],
      ],
      merges: ['A5:G5', 'A6:G6', 'A8:A9', 'B8:B9', 'C8:C9', 'D8:E8', 'F8:F9', 'G8:G9'],
      widths: [6, 42, 11, 12, 12, 16, 16],
    },
  ];
}

/** Viettel telecom: numbers as Vietnamese text, an opening-stock column, "từ … đến …" period. */
function viettelTelecom(): SheetSpec {
  const t = viNumberText;
  const r = (stt: number, label: string, ind: IndicatorId): Cell[] => {
    const x = s('viettel', ind);
    const opening = x.cur - (x.inc ?? 0) + (x.dec ?? 0);
    return [stt, label, 'TB', t(opening), t(x.inc ?? 0), t(x.dec ?? 0), t(x.cur), t(x.prev)];
  };
  const rev = s('viettel', 'telecom-revenue');
  return {
    name: 'Viễn thông',
    rows: [
      ['TẬP ĐOÀN VIỄN THÔNG QUÂN ĐỘI'],
      [b('CHI NHÁNH VIETTEL QUẢNG NINH')],
      ['Số: 2087/CNVT-KH', null, null, null, 'Quảng Ninh, ngày 07 tháng 10 năm 2015'],
      [b('BÁO CÁO SỐ LIỆU THUÊ BAO, DOANH THU DỊCH VỤ VIỄN THÔNG')],
      [i('Kỳ báo cáo: từ 01/01/2015 đến 30/9/2015')],
      [],
      [
        b('TT'),
        b('Tên chỉ tiêu'),
        b('Đơn vị'),
        b('TB đầu kỳ'),
        b('Phát triển mới'),
        b('Rời mạng'),
        b('Lũy kế hiện có'),
        b('Cùng kỳ năm 2014'),
      ],
      r(1, 'Điện thoại DĐ trả sau', 'mobile-postpaid'),
      r(2, 'Điện thoại DĐ trả trước', 'mobile-prepaid'),
      r(3, 'Internet băng rộng cố định xDSL', 'broadband-xdsl'),
      r(4, 'Internet cáp quang FTTH', 'ftth'),
      [5, 'Doanh thu', 'Triệu đồng', '-', '-', '-', t(rev.cur), t(rev.prev)],
    ],
    merges: ['A4:H4', 'A5:H5'],
    widths: [5, 36, 11, 13, 14, 12, 15, 16],
  };
}

/** Viettel's postal submission (Viettel Post), a second sheet of the same file; money in đồng, bare "Doanh thu". */
function viettelPostal(): SheetSpec {
  const v = (ind: IndicatorId, scale = 1): Cell[] => {
    const x = s('viettelPost', ind);
    return [x.cur * scale, x.prev * scale];
  };
  return {
    name: 'Bưu chính',
    rows: [
      ['TẬP ĐOÀN VIỄN THÔNG QUÂN ĐỘI'],
      [b('CHI NHÁNH VIETTEL QUẢNG NINH')],
      ['Số: 2088/CNVT-KH', null, null, 'Quảng Ninh, ngày 07 tháng 10 năm 2015'],
      [b('BÁO CÁO KẾT QUẢ KINH DOANH DỊCH VỤ BƯU CHÍNH, CHUYỂN PHÁT (VIETTEL POST)')],
      [i('Từ 01/01/2015 đến 30/9/2015')],
      [],
      [b('TT'), b('Nội dung'), b('ĐVT'), b('Kỳ này'), b('Cùng kỳ năm 2014')],
      [1, 'Báo chí phát hành', 'Tờ, cuốn', ...v('press-distribution')],
      [2, 'Bưu phẩm thường', 'Kg', ...v('letter-post')],
      [3, 'Bưu kiện', 'Cái', ...v('parcels')],
      [4, 'Chuyển phát nhanh', 'Cái', ...v('express')],
      [5, 'Thư, điện chuyển tiền', 'Cái, bức', ...v('money-orders')],
      [6, 'Giá trị chuyển tiền', 'Đồng', ...v('money-transferred', 1_000_000)],
      [7, 'Doanh thu', 'Đồng', ...v('postal-revenue', 1_000_000)],
    ],
    merges: ['A4:E4', 'A5:E5'],
    widths: [5, 34, 10, 20, 20],
  };
}

/** MobiFone: transposed (indicators across the columns, measures down the rows), revenue in đồng. */
function mobifone(): SheetSpec {
  const post = s('mobifone', 'mobile-postpaid');
  const pre = s('mobifone', 'mobile-prepaid');
  const rev = s('mobifone', 'telecom-revenue');
  return {
    name: 'Sheet1',
    top: 2,
    left: 2,
    rows: [
      ['TỔNG CÔNG TY VIỄN THÔNG MOBIFONE'],
      [b('MOBIFONE TỈNH QUẢNG NINH')],
      ['Số: 318/MOBIFONE-QNI', null, 'Hạ Long, ngày 06/10/2015'],
      [b('SỐ LIỆU THUÊ BAO VÀ DOANH THU 9 THÁNG ĐẦU NĂM 2015')],
      [],
      [b('Chỉ tiêu'), b('TB trả sau'), b('TB trả trước'), b('Doanh thu')],
      [i('Đơn vị tính'), i('Thuê bao'), i('Thuê bao'), i('Đồng')],
      ['Phát triển mới trong kỳ', post.inc!, pre.inc!, '-'],
      ['Rời mạng trong kỳ', post.dec!, pre.dec!, '-'],
      ['Hiện có / thực hiện đến 30/9/2015', post.cur, pre.cur, rev.cur * 1_000_000],
      ['Cùng kỳ năm 2014', post.prev, pre.prev, rev.prev * 1_000_000],
    ],
    merges: ['B5:E5'],
    widths: [38, 14, 14, 20],
  };
}

/** Vietnamobile: every text in TCVN3 with the .VnTime font (ư is byte 0xAD). */
function vietnamobile(): SheetSpec {
  const T = encodeTcvn3;
  const r = (stt: number, label: string, ind: IndicatorId): Cell[] => {
    const x = s('vietnamobile', ind);
    return [stt, T(label), T('Thuê bao'), x.inc!, x.dec!, x.cur, x.prev];
  };
  const rev = s('vietnamobile', 'telecom-revenue');
  return {
    name: 'BaoCao',
    font: '.VnTime',
    rows: [
      [T('Công ty cổ phần Viễn thông Hà Nội (Vietnamobile)')],
      [b(T('Chi nhánh Quảng Ninh'))],
      [T('Số: 96/BC-VNM-QN'), null, null, null, T('Quảng Ninh, ngày 09 tháng 10 năm 2015')],
      [b(T('Báo cáo tình hình phát triển thuê bao di động'))],
      [i(T('Lũy kế 9 tháng năm 2015'))],
      [],
      [
        b('STT'),
        b(T('Chỉ tiêu')),
        b(T('Đơn vị')),
        b(T('Tăng trong kỳ')),
        b(T('Giảm trong kỳ')),
        b(T('Hiện có')),
        b(T('Cùng kỳ năm 2014')),
      ],
      r(1, 'Điện thoại di động trả sau', 'mobile-postpaid'),
      r(2, 'Điện thoại di động trả trước', 'mobile-prepaid'),
      [3, T('Doanh thu'), T('Triệu đồng'), null, null, rev.cur, rev.prev],
    ],
    merges: ['A4:G4', 'A5:G5'],
    widths: [5, 34, 10, 14, 14, 14, 16],
  };
}

/** Gmobile: every text in VNI with the VNI-Times font; columns in another order. */
function gmobile(): SheetSpec {
  const V = encodeVni;
  const r = (stt: number, label: string, ind: IndicatorId): Cell[] => {
    const x = s('gmobile', ind);
    return [stt, V(label), V('Thuê bao'), x.prev, x.inc!, x.dec!, x.cur];
  };
  const rev = s('gmobile', 'telecom-revenue');
  return {
    name: 'Gmobile QN',
    font: 'VNI-Times',
    rows: [
      [V('CÔNG TY CỔ PHẦN VIỄN THÔNG DI ĐỘNG TOÀN CẦU (GMOBILE)')],
      [b(V('Chi nhánh Quảng Ninh'))],
      [V('Số: 41/GTEL-QN'), null, null, null, V('Quảng Ninh, ngày 10 tháng 10 năm 2015')],
      [b(V('BÁO CÁO SỐ LIỆU VIỄN THÔNG'))],
      [i(V('9 tháng đầu năm 2015'))],
      [],
      [
        b('STT'),
        b(V('Chỉ tiêu')),
        b(V('ĐVT')),
        b(V('Cùng kỳ năm 2014')),
        b(V('Phát triển mới')),
        b(V('Rời mạng')),
        b(V('Hiện có')),
      ],
      r(1, 'TB di động trả sau', 'mobile-postpaid'),
      r(2, 'TB di động trả trước', 'mobile-prepaid'),
      [3, V('Doanh thu'), V('Triệu đồng'), rev.prev, null, null, rev.cur],
    ],
    merges: ['A4:G4', 'A5:G5'],
    widths: [5, 30, 10, 16, 14, 12, 12],
  };
}

/** FPT Telecom: every text in decomposed Unicode (NFD, typed on a Mac); revenue in nghìn đồng. */
function fpt(): SheetSpec {
  const D = (x: string) => x.normalize('NFD');
  const r = (stt: number, label: string, ind: IndicatorId): Cell[] => {
    const x = s('fpt', ind);
    return [stt, D(label), D('Thuê bao'), x.inc!, x.dec!, x.cur, x.prev];
  };
  const rev = s('fpt', 'telecom-revenue');
  return {
    name: D('Số liệu'),
    rows: [
      [D('CÔNG TY CỔ PHẦN VIỄN THÔNG FPT')],
      [b(D('FPT Telecom - Chi nhánh Quảng Ninh'))],
      [D('Số: 77/FTQN-BC'), null, null, null, D('Hạ Long, ngày 08 tháng 10 năm 2015')],
      [b(D('BÁO CÁO THUÊ BAO INTERNET VÀ DOANH THU'))],
      [i(D('Từ ngày 01/01/2015 đến ngày 30/9/2015'))],
      [],
      [
        b('STT'),
        b(D('Chỉ tiêu')),
        b(D('Đơn vị tính')),
        b(D('Số tăng')),
        b(D('Số giảm')),
        b(D('Hiện có')),
        b(D('Cùng kỳ năm trước')),
      ],
      r(1, 'Thuê bao ADSL', 'broadband-xdsl'),
      r(2, 'Thuê bao cáp quang FTTH', 'ftth'),
      [3, D('Doanh thu dịch vụ viễn thông'), D('Nghìn đồng'), null, null, rev.cur * 1000, rev.prev * 1000],
    ],
    merges: ['A4:G4', 'A5:G5'],
    widths: [5, 34, 13, 12, 12, 14, 18],
  };
}

/** Cable operator: a non-standard indicator (cable TV), a "Trong đó" row, sections, revenue in đồng in the label. */
function cable(): SheetSpec {
  const f = s('cable', 'ftth');
  const rev = s('cable', 'telecom-revenue');
  return {
    name: 'BC',
    rows: [
      ['CÔNG TY CỔ PHẦN TRUYỀN HÌNH CÁP QUẢNG NINH'],
      ['Số: 25/BC-THC'],
      [b('BÁO CÁO 9 THÁNG ĐẦU NĂM 2015')],
      [i('(Kèm theo công văn số 25/BC-THC ngày 09/10/2015)')],
      [],
      [
        b('STT'),
        b('Chỉ tiêu'),
        b('ĐVT'),
        b('Số phát triển mới'),
        b('Số cắt hủy'),
        b('Số hiện có'),
        b('Cùng kỳ năm trước'),
      ],
      [b('I'), b('Truyền hình')],
      [1, 'Thuê bao truyền hình cáp', 'TB', 4120, 3310, 38760, 37205],
      [b('II'), b('Internet')],
      [2, 'Thuê bao Internet cáp quang (FTTH)', 'TB', f.inc!, f.dec!, f.cur, f.prev],
      [null, i('Trong đó: thuê bao doanh nghiệp'), 'TB', 210, 35, 247, 96],
      [b('III'), b('Doanh thu (đồng)'), null, null, null, rev.cur * 1_000_000, rev.prev * 1_000_000],
      [],
      [i('Ghi chú: doanh thu gồm cả doanh thu truyền hình trả tiền.')],
    ],
    merges: ['A3:G3', 'A4:G4'],
    widths: [5, 36, 7, 16, 12, 14, 18],
  };
}

/** VNPost (Bưu điện tỉnh): sections, a "Trong đó" row; written twice, the second an "điều chỉnh". */
function vnpost(figures: Partial<Record<IndicatorId, Share>>, corrected: boolean): SheetSpec {
  const v = (stt: number, label: string, unit: string, ind: IndicatorId): Cell[] => {
    const x = figures[ind]!;
    return [stt, label, unit, x.cur, x.prev, null];
  };
  return {
    name: 'BC 9 thang',
    rows: [
      ['TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [b('BƯU ĐIỆN TỈNH QUẢNG NINH'), null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [
        corrected ? 'Số: 530/BC-BĐQN' : 'Số: 512/BC-BĐQN',
        null,
        null,
        corrected ? 'Quảng Ninh, ngày 12 tháng 10 năm 2015' : 'Quảng Ninh, ngày 05 tháng 10 năm 2015',
      ],
      [b(corrected ? 'BÁO CÁO ĐIỀU CHỈNH KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH' : 'BÁO CÁO KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH')],
      [i('9 tháng đầu năm 2015')],
      corrected ? [i('(Thay thế Báo cáo số 512/BC-BĐQN ngày 05/10/2015)')] : [],
      [b('STT'), b('Chỉ tiêu'), b('ĐVT'), b('Thực hiện 9 tháng năm 2015'), b('Cùng kỳ năm 2014'), b('Ghi chú')],
      [b('A'), b('SẢN LƯỢNG')],
      v(1, 'Phát hành báo chí', 'Tờ, cuốn', 'press-distribution'),
      v(2, 'Bưu phẩm thường đi, đến trong nước và quốc tế', 'Kg', 'letter-post'),
      [null, i('Trong đó: bưu phẩm thường quốc tế'), 'Kg', 18450, 16020],
      v(3, 'Bưu kiện thường', 'Cái', 'parcels'),
      v(4, 'Bưu gửi chuyển phát nhanh', 'Cái', 'express'),
      v(5, 'Thư, điện chuyển tiền', 'Cái, bức', 'money-orders'),
      v(6, 'Số tiền chuyển', 'Tr.đồng', 'money-transferred'),
      [b('B'), b('DOANH THU')],
      v(7, 'Doanh thu bưu chính, chuyển phát', 'Tr.đồng', 'postal-revenue'),
    ],
    merges: ['A4:F4', 'A5:F5', 'A6:F6'],
    widths: [6, 46, 10, 18, 16, 10],
  };
}

/** EMS: mass in tấn, revenue in nghìn đồng, its own % column (one figure of which is wrong). */
function ems(): SheetSpec {
  const l = s('ems', 'letter-post');
  const e = s('ems', 'express');
  const r = s('ems', 'postal-revenue');
  const pct = (x: Share) => Math.round((x.cur / x.prev - 1) * 10000) / 10000;
  return {
    name: 'EMS QN',
    rows: [
      ['CÔNG TY CỔ PHẦN CHUYỂN PHÁT NHANH BƯU ĐIỆN'],
      [b('EMS Quảng Ninh')],
      ['Số: 58/EMSQN'],
      [b('BÁO CÁO SẢN LƯỢNG, DOANH THU')],
      [i('Lũy kế 9 tháng năm 2015')],
      [],
      [
        b('TT'),
        b('Chỉ tiêu'),
        b('Đơn vị tính'),
        b('9 tháng năm 2015'),
        b('9 tháng năm 2014'),
        b('Tăng/giảm so với cùng kỳ (%)'),
      ],
      [
        1,
        'Bưu phẩm thường',
        'Tấn',
        { v: l.cur / 1000, fmt: '#,##0.00' },
        { v: l.prev / 1000, fmt: '#,##0.00' },
        { v: pct(l), fmt: '0.0%' },
      ],
      [2, 'Chuyển phát nhanh EMS', 'Bưu gửi', e.cur, e.prev, { v: pct(e), fmt: '0.0%' }],
      // The enterprise's own percentage is wrong here (35% against 27,3% recomputed).
      [3, 'Doanh thu', 'Nghìn đồng', r.cur * 1000, r.prev * 1000, { v: 0.35, fmt: '0.0%' }],
    ],
    merges: ['A4:F4', 'A5:F5'],
    widths: [5, 28, 12, 16, 16, 16],
  };
}

/** A private courier: a cover sheet, a footnote mark glued to a figure ("16.000 (*)"), note rows, a date cell. */
function courier(): SheetSpec[] {
  const p = s('courier', 'parcels');
  const e = s('courier', 'express');
  const r = s('courier', 'postal-revenue');
  return [
    {
      name: 'Bìa',
      rows: [
        [b('CÔNG TY CỔ PHẦN CHUYỂN PHÁT NHANH HỢP NHẤT')],
        ['Kính gửi: Sở Thông tin và Truyền thông tỉnh Quảng Ninh'],
        ['Công ty gửi kèm báo cáo số liệu dịch vụ chuyển phát theo yêu cầu của Sở.'],
      ],
      widths: [70],
    },
    {
      name: 'Số liệu',
      rows: [
        [b('CÔNG TY CP CHUYỂN PHÁT NHANH HỢP NHẤT - CHI NHÁNH QUẢNG NINH')],
        ['Ngày lập:', { v: new Date(Date.UTC(2015, 9, 6)), fmt: 'dd/mm/yyyy' }],
        [b('BÁO CÁO DỊCH VỤ CHUYỂN PHÁT')],
        [i('Kỳ báo cáo: 9 tháng đầu năm 2015')],
        [],
        [b('STT'), b('Dịch vụ'), b('ĐVT'), b('Kỳ này'), b('Cùng kỳ năm trước')],
        [1, 'Bưu kiện', 'Cái', p.cur, p.prev],
        [2, 'Chuyển phát nhanh trong nước và quốc tế', 'Cái', `${viNumberText(e.cur)} (*)`, e.prev],
        [3, 'Doanh thu', 'Tr.đồng', r.cur, r.prev],
        [],
        [i('(*) Bao gồm 1.250 bưu gửi quốc tế.')],
        [i('Ghi chú: số liệu chưa gồm dịch vụ của đại lý.')],
      ],
      merges: ['A3:E3', 'A4:E4'],
      widths: [5, 40, 8, 14, 18],
    },
  ];
}

/** The files of the set, by name. */
export function exampleFiles(): Record<string, SheetSpec[]> {
  return {
    'vnpt-quang-ninh.xlsx': vnpt(),
    'viettel-quang-ninh.xlsx': [viettelTelecom(), viettelPostal()],
    'mobifone-quang-ninh.xlsx': [mobifone()],
    'vietnamobile-quang-ninh.xlsx': [vietnamobile()],
    'gmobile-quang-ninh.xlsx': [gmobile()],
    'fpt-telecom-quang-ninh.xlsx': [fpt()],
    'truyen-hinh-cap-quang-ninh.xlsx': [cable()],
    'buu-dien-tinh-quang-ninh.xlsx': [vnpost(VNPOST_SUPERSEDED, false)],
    'buu-dien-tinh-quang-ninh-dieu-chinh.xlsx': [vnpost(SPLIT.vnpost, true)],
    'ems-quang-ninh.xlsx': [ems()],
    'hop-nhat-quang-ninh.xlsx': courier(),
  };
}

/** Writes the sample set into `outDir` (created if missing); returns the files written. */
export async function makeExamples(outDir: string): Promise<string[]> {
  checkTotals();
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, sheets] of Object.entries(exampleFiles())) {
    const file = path.join(outDir, name);
    await writeWorkbook(file, sheets);
    written.push(file);
  }
  return written;
}

export const DEFAULT_OUT = path.join(__dirname, '..', 'examples', '9T-2015');

if (require.main === module) {
  const out = process.argv[2] ?? DEFAULT_OUT;
  makeExamples(out).then(
    (files) => console.log(`Wrote ${files.length} files to ${out}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
