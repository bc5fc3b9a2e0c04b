/**
 * Clean submissions from several provinces, generated deterministically for the checks' false-warning
 * test: realistic figures (every stock adds up, every change against last year believable, every
 * percentage an enterprise states right), some round numbers repeated as honest data repeats them,
 * several enterprises per province in a few layouts. Nothing in them is wrong, so a build of them
 * should warn about nothing; `plant` then puts one known error into a copy.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Rng } from '../../scripts/corpus/random';
import { cellAddress } from '../../src/core/issues';
import { INDICATORS } from '../../src/core/catalogue';
import type { CellValue, IndicatorId, Sector, SheetGrid } from '../../src/core/model';

/** The corpus' seeded random source (mulberry32), with the draws these submissions need. */
export class Random extends Rng {
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** Log-uniform in [lo, hi]: sizes of enterprises spread over orders of magnitude. */
  size(lo: number, hi: number): number {
    return Math.round(Math.exp(this.between(Math.log(lo), Math.log(hi))));
  }
}

/** What a figure of a generated row is: the measures a sheet states, by where they sit. */
export type FigureRole = 'opening' | 'increase' | 'decrease' | 'closing' | 'previous' | 'flow' | 'reported';

/** One generated sheet, with the address of every figure so a test can name the cell it expects. */
export interface GeneratedSheet {
  file: string;
  sheet: string;
  /** The enterprise as its title line names it. */
  title: string;
  sector: Sector;
  rows: CellValue[][];
  merges: string[];
  /** `${indicator}/${role}` → A1 address (the sheet starts at A1). */
  cells: Map<string, string>;
  /** The figures themselves, by the same key. */
  figures: Map<string, number>;
}

export const PROVINCES = ['Hà Nam', 'Bắc Giang', 'Cà Mau'] as const;

/** Row labels as enterprises write them. */
const LABELS: Record<IndicatorId, string[]> = {
  'fixed-wired': ['Điện thoại cố định có dây', 'Điện thoại cố định hữu tuyến'],
  'fixed-wireless': ['Điện thoại cố định không dây (Gphone)', 'Điện thoại cố định vô tuyến'],
  'mobile-postpaid': ['Điện thoại DĐ trả sau', 'Thuê bao di động trả sau'],
  'mobile-prepaid': ['Điện thoại DĐ trả trước', 'Thuê bao di động trả trước'],
  'broadband-xdsl': ['Internet băng rộng xDSL', 'Thuê bao ADSL'],
  ftth: ['Thuê bao FTTH', 'Internet cáp quang FTTH'],
  'telecom-revenue': ['Doanh thu dịch vụ viễn thông', 'Doanh thu'],
  'press-distribution': ['Phát hành báo chí', 'Sản lượng phát hành báo chí'],
  'letter-post': ['Bưu phẩm thường', 'Sản lượng bưu phẩm thường'],
  parcels: ['Bưu kiện thường', 'Bưu kiện'],
  express: ['Chuyển phát nhanh', 'Bưu gửi chuyển phát nhanh'],
  'money-orders': ['Thư, điện chuyển tiền', 'Thư chuyển tiền'],
  'money-transferred': ['Số tiền chuyển', 'Giá trị chuyển tiền'],
  'postal-revenue': ['Doanh thu bưu chính', 'Doanh thu'],
};

const UNITS: Record<IndicatorId, string> = {
  'fixed-wired': 'Thuê bao',
  'fixed-wireless': 'Thuê bao',
  'mobile-postpaid': 'Thuê bao',
  'mobile-prepaid': 'Thuê bao',
  'broadband-xdsl': 'Thuê bao',
  ftth: 'Thuê bao',
  'telecom-revenue': 'Triệu đồng',
  'press-distribution': 'Tờ, cuốn',
  'letter-post': 'Kg',
  parcels: 'Cái',
  express: 'Cái',
  'money-orders': 'Cái, bức',
  'money-transferred': 'Triệu đồng',
  'postal-revenue': 'Triệu đồng',
};

/** Last year's size of each figure (subscriptions at the end of the period, or the period's flow). */
const SIZES: Record<IndicatorId, [number, number]> = {
  'fixed-wired': [3_000, 40_000],
  'fixed-wireless': [800, 20_000],
  'mobile-postpaid': [5_000, 60_000],
  'mobile-prepaid': [80_000, 900_000],
  'broadband-xdsl': [4_000, 50_000],
  ftth: [1_500, 30_000],
  'telecom-revenue': [20_000, 900_000],
  'press-distribution': [300_000, 5_000_000],
  'letter-post': [20_000, 400_000],
  parcels: [5_000, 60_000],
  express: [8_000, 90_000],
  'money-orders': [3_000, 40_000],
  'money-transferred': [30_000, 200_000],
  'postal-revenue': [5_000, 50_000],
};

/** How each kind of figure moves in a year: fixed lines fall, fibre grows, the rest drift. */
const GROWTH: Partial<Record<IndicatorId, [number, number]>> = {
  'fixed-wired': [-0.3, 0.02],
  'fixed-wireless': [-0.4, 0],
  'broadband-xdsl': [-0.25, 0.15],
  ftth: [0.2, 1.5],
};

interface EnterpriseSpec {
  title: (province: string) => string;
  file: string;
  sector: Sector;
  indicators: IndicatorId[];
  /** Relative size in the province (VNPT and VNPost lead). */
  weight: number;
}

/** Every telecom indicator, as the catalogue lists them (VNPT and Viettel report them all). */
const TELECOM: IndicatorId[] = INDICATORS.filter((i) => i.sector === 'telecom').map((i) => i.id);

const ENTERPRISES: EnterpriseSpec[] = [
  {
    title: (p) => `VIỄN THÔNG ${p.toLocaleUpperCase('vi')} (VNPT)`,
    file: 'vnpt',
    sector: 'telecom',
    indicators: TELECOM,
    weight: 1,
  },
  {
    title: (p) => `CHI NHÁNH VIETTEL ${p.toLocaleUpperCase('vi')}`,
    file: 'viettel',
    sector: 'telecom',
    indicators: ['mobile-postpaid', 'mobile-prepaid', 'broadband-xdsl', 'ftth', 'telecom-revenue'],
    weight: 1.2,
  },
  {
    title: (p) => `MOBIFONE ${p.toLocaleUpperCase('vi')}`,
    file: 'mobifone',
    sector: 'telecom',
    indicators: ['mobile-postpaid', 'mobile-prepaid', 'telecom-revenue'],
    weight: 0.6,
  },
  {
    title: (p) => `FPT TELECOM ${p.toLocaleUpperCase('vi')}`,
    file: 'fpt',
    sector: 'telecom',
    indicators: ['broadband-xdsl', 'ftth', 'telecom-revenue'],
    weight: 0.3,
  },
  {
    title: () => 'VIETNAMOBILE',
    file: 'vietnamobile',
    sector: 'telecom',
    indicators: ['mobile-postpaid', 'mobile-prepaid', 'telecom-revenue'],
    weight: 0.1,
  },
  {
    title: (p) => `BƯU ĐIỆN TỈNH ${p.toLocaleUpperCase('vi')}`,
    file: 'buu-dien',
    sector: 'postal',
    indicators: [
      'press-distribution',
      'letter-post',
      'parcels',
      'express',
      'money-orders',
      'money-transferred',
      'postal-revenue',
    ],
    weight: 1,
  },
  {
    title: (p) => `BƯU CHÍNH VIETTEL ${p.toLocaleUpperCase('vi')}`,
    file: 'viettel-post',
    sector: 'postal',
    indicators: ['letter-post', 'parcels', 'express', 'postal-revenue'],
    weight: 0.5,
  },
  {
    title: (p) => `EMS ${p.toLocaleUpperCase('vi')}`,
    file: 'ems',
    sector: 'postal',
    indicators: ['letter-post', 'express', 'postal-revenue'],
    weight: 0.4,
  },
];

/** Rounded to `digits` significant digits, as a figure someone estimated ("1.500", "8.000"). */
function round(value: number, digits: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) + 1 - digits);
  return Math.round(value / step) * step;
}

interface StockFigures {
  opening: number;
  increase: number;
  decrease: number;
  closing: number;
  previous: number;
}

/** A stock that adds up: opening + increase − decrease = closing, last year's closing believable. */
function stockFigures(random: Random, indicator: IndicatorId, weight: number): StockFigures {
  const [lo, hi] = SIZES[indicator];
  const previous = Math.max(200, random.size(lo * weight, hi * weight));
  const [gLo, gHi] = GROWTH[indicator] ?? [-0.2, 0.6];
  const growth = random.between(gLo, gHi);
  const closing = Math.round(previous * (1 + growth));
  const opening = Math.round(previous * (1 + growth * random.between(0.1, 0.4)));
  let increase = Math.round(Math.max(closing, opening) * random.between(0.06, 0.35));
  // Some enterprises state round targets for new subscriptions.
  if (random.chance(0.15)) increase = round(increase, 2);
  let decrease = opening + increase - closing;
  if (decrease < 0) {
    increase -= decrease;
    decrease = 0;
  }
  return { opening, increase, decrease, closing, previous };
}

/** A flow and last year's, sometimes written as round figures (estimates, targets). */
function flowFigures(random: Random, indicator: IndicatorId, weight: number): { flow: number; previous: number } {
  const [lo, hi] = SIZES[indicator];
  const previous = Math.max(200, random.size(lo * weight, hi * weight));
  let flow = Math.round(previous * (1 + random.between(-0.2, 0.6)));
  if (random.chance(0.25)) flow = round(flow, 2);
  return { flow, previous: random.chance(0.2) ? round(previous, 2) : previous };
}

/** A whole number as Vietnamese text: "1.234.567". */
export function viNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An enterprise's own percentage against last year, as it would type it (one decimal). */
function ownPercent(current: number, previous: number): string {
  return `${(Math.round((current / previous - 1) * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

const PERIOD_LINES = ['9 tháng đầu năm 2015', 'Lũy kế 9 tháng năm 2015', 'Từ 01/01/2015 đến 30/9/2015'];

/** A sheet being written: rows from A1, each figure's place remembered. */
class SheetWriter {
  /** Whether the sheet has "Cùng kỳ" columns (last year's figure, its own percentage). */
  constructor(readonly lastYear: boolean) {}
  rows: CellValue[][] = [];
  merges: string[] = [];
  cells = new Map<string, string>();
  figures = new Map<string, number>();
  push(row: CellValue[]): number {
    this.rows.push(row);
    return this.rows.length - 1;
  }
  /** Writes a data row; `figures` are [role, value, column] with the cell's text form chosen by `asText`. */
  figureRow(
    label: CellValue[],
    indicator: IndicatorId,
    figures: [FigureRole, number | string | null][],
    asText: boolean,
  ): void {
    const r = this.rows.length;
    const row: CellValue[] = [...label];
    for (const [role, value] of figures) {
      if (!this.lastYear && (role === 'previous' || role === 'reported')) {
        if (typeof value === 'number') this.figures.set(`${indicator}/${role}`, value);
        continue;
      }
      const c = row.length;
      if (typeof value === 'number') {
        this.cells.set(`${indicator}/${role}`, cellAddress(r, c));
        this.figures.set(`${indicator}/${role}`, value);
        row.push(asText ? viNumber(value) : value);
      } else {
        if (typeof value === 'string' && role === 'reported') this.cells.set(`${indicator}/${role}`, cellAddress(r, c));
        row.push(value);
      }
    }
    this.rows.push(row);
  }
}

/** The three ways a telecom sheet is laid out here. */
type TelecomLayout = 'one-row' | 'two-row' | 'opening';

function telecomSheet(
  random: Random,
  spec: EnterpriseSpec,
  province: string,
  provinceWeight: number,
  lastYear: boolean,
): GeneratedSheet {
  const layout = random.pick<TelecomLayout>(['one-row', 'two-row', 'opening']);
  const own = random.chance(0.4) && lastYear; // states its own percentage against last year
  const asText = layout === 'opening' && random.chance(0.5);
  const w = new SheetWriter(lastYear);
  const previous = lastYear ? ['Cùng kỳ năm 2014'] : [];
  w.push([spec.title(province)]);
  w.push([`Số: ${100 + Math.floor(random.next() * 900)}/BC-KH`]);
  w.push(['BÁO CÁO KẾT QUẢ PHÁT TRIỂN THUÊ BAO VÀ DOANH THU']);
  w.push([random.pick(PERIOD_LINES)]);
  w.push([]);
  const pct = own ? ['So với cùng kỳ (%)'] : [];
  if (layout === 'one-row') {
    w.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có', ...previous, ...pct]);
  } else if (layout === 'two-row') {
    const top = w.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Trong kỳ', null, 'Hiện có đến 30/9/2015', ...previous, ...pct]);
    w.push([null, null, null, 'Tăng', 'Giảm']);
    const a = (c: number) => cellAddress(top, c);
    const b = (c: number) => cellAddress(top + 1, c);
    w.merges.push(`${a(0)}:${b(0)}`, `${a(1)}:${b(1)}`, `${a(2)}:${b(2)}`, `${a(3)}:${a(4)}`, `${a(5)}:${b(5)}`);
    if (lastYear) w.merges.push(`${a(6)}:${b(6)}`);
    if (own) w.merges.push(`${a(7)}:${b(7)}`);
  } else {
    w.push([
      'TT',
      'Tên chỉ tiêu',
      'Đơn vị',
      'TB đầu kỳ',
      'Phát triển mới',
      'Rời mạng',
      'Lũy kế hiện có',
      ...previous,
      ...pct,
    ]);
  }
  spec.indicators.forEach((indicator, index) => {
    const label: CellValue[] = [index + 1, random.pick(LABELS[indicator]), UNITS[indicator]];
    if (indicator === 'telecom-revenue') {
      const { flow, previous } = flowFigures(random, indicator, spec.weight * provinceWeight);
      const blanks: [FigureRole, null | string][] =
        layout === 'opening'
          ? [
              ['opening', '-'],
              ['increase', '-'],
              ['decrease', '-'],
            ]
          : [
              ['increase', '-'],
              ['decrease', '-'],
            ];
      w.figureRow(
        label,
        indicator,
        [
          ...blanks,
          ['flow', flow],
          ['previous', previous],
          ...(own ? [['reported', ownPercent(flow, previous)] as [FigureRole, string]] : []),
        ],
        asText,
      );
      return;
    }
    const s = stockFigures(random, indicator, spec.weight * provinceWeight);
    const opening: [FigureRole, number][] = layout === 'opening' ? [['opening', s.opening]] : [];
    w.figureRow(
      label,
      indicator,
      [
        ...opening,
        ['increase', s.increase],
        ['decrease', s.decrease],
        ['closing', s.closing],
        ['previous', s.previous],
        ...(own ? [['reported', ownPercent(s.closing, s.previous)] as [FigureRole, string]] : []),
      ],
      asText,
    );
  });
  w.push([]);
  w.push([null, null, null, null, 'GIÁM ĐỐC']);
  return finish(w, spec, province, 'telecom');
}

function postalSheet(
  random: Random,
  spec: EnterpriseSpec,
  province: string,
  provinceWeight: number,
  lastYear: boolean,
): GeneratedSheet {
  const own = random.chance(0.4) && lastYear;
  const w = new SheetWriter(lastYear);
  w.push([spec.title(province)]);
  w.push(['BÁO CÁO SẢN LƯỢNG, DOANH THU DỊCH VỤ BƯU CHÍNH']);
  w.push([random.pick(PERIOD_LINES)]);
  w.push([]);
  w.push([
    'TT',
    'Chỉ tiêu',
    'Đơn vị tính',
    random.pick(['Thực hiện 9 tháng 2015', 'Kỳ này', '9 tháng năm 2015']),
    ...[random.pick(['Cùng kỳ năm 2014', '9 tháng năm 2014'])].filter(() => lastYear),
    ...(own ? ['Tăng/giảm so với cùng kỳ (%)'] : []),
  ]);
  spec.indicators.forEach((indicator, index) => {
    const { flow, previous } = flowFigures(random, indicator, spec.weight * provinceWeight);
    w.figureRow(
      [index + 1, random.pick(LABELS[indicator]), UNITS[indicator]],
      indicator,
      [
        ['flow', flow],
        ['previous', previous],
        ...(own ? [['reported', ownPercent(flow, previous)] as [FigureRole, string]] : []),
      ],
      false,
    );
  });
  w.push([]);
  w.push([null, 'Người lập biểu', null, 'GIÁM ĐỐC']);
  return finish(w, spec, province, 'postal');
}

function finish(w: SheetWriter, spec: EnterpriseSpec, province: string, sector: Sector): GeneratedSheet {
  const slug = province
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, '-');
  return {
    file: `${spec.file}-${slug}.xlsx`,
    sheet: sector === 'telecom' ? 'BC 9T2015' : 'Bưu chính',
    title: spec.title(province),
    sector,
    rows: w.rows,
    merges: w.merges,
    cells: w.cells,
    figures: w.figures,
  };
}

/**
 * One province's submissions for 9T/2015: five telecom and three postal enterprises, each in one of
 * a few layouts, with figures drawn from `seed`. Besides the chance round numbers, one postal
 * enterprise states two identical round volumes — honest data does.
 *
 * @example
 * generateProvince('Hà Nam', 1).map((s) => s.file) //=> ['vnpt-ha-nam.xlsx', 'viettel-ha-nam.xlsx', …]
 */
export function generateProvince(
  province: string,
  seed: number,
  options: { lastYear?: boolean } = {},
): GeneratedSheet[] {
  const lastYear = options.lastYear ?? true;
  const random = new Random(seed);
  const provinceWeight = random.between(0.5, 2);
  const sheets = ENTERPRISES.map((spec) =>
    spec.sector === 'telecom'
      ? telecomSheet(random, spec, province, provinceWeight, lastYear)
      : postalSheet(random, spec, province, provinceWeight, lastYear),
  );
  // Round figures repeat honestly: the Post Office's parcels and money orders both 1.500 (or 8.000).
  const post = sheets.find((s) => s.file.startsWith('buu-dien'))!;
  const round = random.pick([1500, 8000, 20000]);
  for (const indicator of ['parcels', 'money-orders'] as const) {
    setFigure(post, `${indicator}/flow`, round);
    const previous = Math.round(round * random.between(0.75, 1.3));
    if (lastYear) setFigure(post, `${indicator}/previous`, previous);
    else post.figures.set(`${indicator}/previous`, previous);
  }
  for (const s of sheets) refreshOwnPercent(s);
  return sheets;
}

/** Clean submissions of several provinces (the false-warning test's input). */
export function generateProvinces(provinces: readonly string[] = PROVINCES, seed = 2015): GeneratedSheet[] {
  return provinces.flatMap((province, i) => generateProvince(province, seed * 100 + i));
}

/** Where a figure sits, as [row, column] 0-based. */
function at(sheet: GeneratedSheet, key: string): [number, number] {
  const address = sheet.cells.get(key);
  if (!address) throw new Error(`${sheet.file} has no ${key}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

/** Replaces a figure in place, keeping its written form (number or Vietnamese text). */
export function setFigure(sheet: GeneratedSheet, key: string, value: number | string): void {
  const [r, c] = at(sheet, key);
  const old = sheet.rows[r][c];
  sheet.rows[r][c] = typeof old === 'string' && typeof value === 'number' ? viNumber(value) : value;
  if (typeof value === 'number') sheet.figures.set(key, value);
}

/** Rewrites an enterprise's own percentages from its figures (after a figure changed). */
function refreshOwnPercent(sheet: GeneratedSheet): void {
  for (const key of sheet.cells.keys()) {
    if (!key.endsWith('/reported')) continue;
    const indicator = key.split('/')[0];
    const current = sheet.figures.get(`${indicator}/closing`) ?? sheet.figures.get(`${indicator}/flow`)!;
    const previous = sheet.figures.get(`${indicator}/previous`)!;
    setFigure(sheet, key, ownPercent(current, previous));
  }
}

/** A deep copy, so a planted error leaves the clean sheets alone. */
export function copySheet(sheet: GeneratedSheet): GeneratedSheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => [...row]),
    merges: [...sheet.merges],
    cells: new Map(sheet.cells),
    figures: new Map(sheet.figures),
  };
}

/** A generated sheet as the core reads it. */
export function toGrid(sheet: GeneratedSheet): SheetGrid {
  return { file: sheet.file, sheet: sheet.sheet, top: 0, left: 0, values: sheet.rows.map((row) => [...row]) };
}

/** Writes the sheets as .xlsx files in `dir` (one sheet per file), returning the paths. */
export async function writeXlsx(sheets: GeneratedSheet[], dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const sheet of sheets) {
    const wb = new ExcelJS.Workbook();
    wb.created = new Date(Date.UTC(2015, 9, 10));
    wb.modified = wb.created;
    const ws = wb.addWorksheet(sheet.sheet);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (typeof value === 'number') cell.numFmt = '#,##0';
      }),
    );
    for (const m of sheet.merges) ws.mergeCells(m);
    const file = path.join(dir, sheet.file);
    await wb.xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

/** Rows of one standard table of last year's report, as the reference report lays it out. */
function lastYearTable(sheets: GeneratedSheet[], sector: Sector): CellValue[][] {
  const title =
    sector === 'telecom'
      ? 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2014'
      : 'KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2014';
  const ids = INDICATORS.filter((i) => i.sector === sector);
  const total = (id: IndicatorId) => sheets.reduce((sum, s) => sum + (s.figures.get(`${id}/previous`) ?? 0), 0);
  const rows: CellValue[][] = [[title]];
  if (sector === 'telecom') {
    rows.push([
      'STT',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Số tăng trong kỳ',
      'Số giảm trong kỳ',
      'So với cùng kỳ',
      'Hiện có trên mạng',
    ]);
    for (const i of ids) rows.push([i.stt, i.label, i.unitLabel || 'Thuê bao', null, null, null, total(i.id)]);
  } else {
    rows.push(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'So với cùng kỳ']);
    for (const i of ids) rows.push([i.stt, i.label, i.unitLabel, total(i.id), null]);
  }
  return rows;
}

/**
 * Last year's report for these submissions (9T/2014): the two standard tables holding the province's
 * whole totals of every figure the submissions would have stated as "cùng kỳ", for `--previous-report`.
 */
export async function writeLastYearReport(sheets: GeneratedSheet[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  const rows = [...lastYearTable(sheets, 'telecom'), [], ...lastYearTable(sheets, 'postal')];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
  await wb.xlsx.writeFile(file);
}
