/**
 * The shared vocabulary of TTTT Tables: plain data that flows through the core.
 *
 * Everything here is pure data (no Office, no Node, no DOM). Names follow
 * docs/domain.md; the Vietnamese term users say is given in each JSDoc.
 */

/** A cell as every face hands it to the core: dates are already turned into text or serials. */
export type CellValue = string | number | boolean | null;

/**
 * One sheet as a rectangle of values — the only thing the reader sees.
 * `values[0][0]` sits at (top, left) in the sheet, 0-based, so addresses can be given back.
 */
export interface SheetGrid {
  /** The file it came from ("" when the sheet lives in the report workbook itself). */
  file: string;
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  /** Font name per cell where known: `.VnTime…` means TCVN3, `VNI-…` means VNI. */
  fonts?: (string | null)[][];
  /**
   * Number format per cell (as `values`), kept only where it changes what a person sees of a
   * number: a percentage ("0%", "0.0%") or a scaling one ("#,##0," shows thousands, "#,##0,,"
   * millions); null elsewhere. Absent when no cell has one.
   */
  formats?: (string | null)[][];
  /** 0-based sheet rows (with `top` already added) that are hidden: a person does not see them. */
  hiddenRows?: number[];
  /** 0-based sheet columns (with `left` already added) that are hidden. */
  hiddenColumns?: number[];
}

/** Where a figure came from: file, sheet and A1 cell, so a click can take a person there. */
export interface CellRef {
  file: string;
  sheet: string;
  /** A1 address, e.g. "F12". */
  cell: string;
}

/** The sector of a submission; also the id of its standard table. */
export type Sector = 'telecom' | 'postal';

/** A stock (hiện có: counted at a date) or a flow (summed over a period). */
export type IndicatorKind = 'stock' | 'flow';

/** Physical dimension of a unit; conversion only happens within one dimension. */
export type Dimension = 'money' | 'mass' | 'subscriptions' | 'items' | 'copies';

/** Ids of the 14 standard indicators (chỉ tiêu), ASCII and stable. */
export type IndicatorId =
  | 'fixed-wired'
  | 'fixed-wireless'
  | 'mobile-postpaid'
  | 'mobile-prepaid'
  | 'broadband-xdsl'
  | 'ftth'
  | 'telecom-revenue'
  | 'press-distribution'
  | 'letter-post'
  | 'parcels'
  | 'express'
  | 'money-orders'
  | 'money-transferred'
  | 'postal-revenue';

/** One entry of the indicator catalogue (kept as data in src/core/catalogue). */
export interface Indicator {
  id: IndicatorId;
  sector: Sector;
  /** Row number (STT) in the standard table. */
  stt: number;
  /** Label exactly as the reference report's table writes it. */
  label: string;
  /** English label. */
  labelEn: string;
  /** Unit as the standard table writes it ("Thuê bao", "Triệu đồng", "Kg", …); "" where the table leaves it blank. */
  unitLabel: string;
  kind: IndicatorKind;
  dimension: Dimension;
  /** Canonical unit code the figures are stored in (see src/core/units): 'trieu-dong', 'kg', 'thue-bao', 'cai', 'to-cuon'. */
  unit: string;
  /** Wordings seen in submissions; matched diacritic-insensitively. */
  synonyms: string[];
  /** Anchor codes: TT 03/2022/TT-BTTTT, ITU, UPU. */
  anchors: string[];
}

/**
 * A reporting period (kỳ báo cáo): months `startMonth..endMonth` of `year`.
 * Codes: "T9/2015" month, "Q3/2015" quarter, "6T/2015" / "9T/2015" first N months (lũy kế), "2015" year.
 */
export interface Period {
  kind: 'month' | 'quarter' | 'months' | 'year';
  year: number;
  startMonth: number;
  endMonth: number;
  /** Canonical code, e.g. "9T/2015". */
  code: string;
}

/**
 * What a figure measures. Stocks have opening/increase/decrease/closing; flows have `flow`.
 * `reportedChange` is an enterprise's own percentage column (a fraction), kept only to be checked.
 */
export type Measure = 'opening' | 'increase' | 'decrease' | 'closing' | 'flow' | 'reportedChange';

/**
 * One normalised figure: the unit of everything after the reader.
 * `value` is in the indicator's canonical unit; `period` is the period the figure is about —
 * a "cùng kỳ năm trước" column gives facts whose period is the same period last year.
 */
export interface Fact {
  enterprise: string;
  sector: Sector;
  indicator: IndicatorId;
  measure: Measure;
  period: string;
  value: number;
  source: CellRef;
  /** Where the fact came from when not from a submission of this build (e.g. 'history'). */
  origin?: 'submission' | 'history';
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem the build saw (vấn đề), always with the cell it is about when there is one. */
export interface Issue {
  severity: Severity;
  /** Stable machine code, one of src/core/issueCodes.ts: 'repeated-figure', 'stock-identity'… */
  code: import('./issueCodes').IssueCode;
  /** Human message in the build's language. */
  message: string;
  file: string;
  sheet: string;
  /** A1 address, or "" when the issue is about a whole sheet or file. */
  cell: string;
  /**
   * Every cell the issue names when it names more than one (A1 addresses or ranges such as
   * "H3:H20"); `cell` is the first of them. A figure is accounted for when an issue names it.
   */
  cells?: string[];
  enterprise?: string;
  indicator?: IndicatorId;
}

/** One enterprise's sheet after reading (báo cáo của doanh nghiệp). */
export interface Submission {
  file: string;
  sheet: string;
  enterprise: string;
  sector: Sector;
  /** Period code as read from the sheet's title lines, or null when none was found. */
  period: string | null;
  facts: Fact[];
  /** Data rows the reader placed on an indicator (excluding section, "Trong đó" and note rows). */
  rows: number;
  /** Data rows with figures that matched no standard indicator. */
  unrecognised: number;
  /** Date the enterprise signed the sheet (ISO yyyy-mm-dd), when a title line states it. */
  issued?: string;
  /** True when the sheet says it corrects an earlier one ("điều chỉnh", "bổ sung", "thay thế", "lần 2"). */
  correction?: boolean;
  /**
   * Where the name of an enterprise the catalogue does not know came from: a company-name title
   * line, else the file name, else the sheet name. Absent for a catalogue enterprise.
   */
  nameFrom?: 'title' | 'file' | 'sheet';
}

/** What became of a numeric cell: a fact, a cell known not to be a figure, or named by an issue. */
export type CellClass = 'fact' | 'not-figure' | 'issue';

/** One numeric cell a person sees on a sheet, and what became of it. */
export interface CellAccount {
  /** A1 address in its sheet. */
  cell: string;
  class: CellClass;
  /** The fact's measure, why it is not a figure ('numbering', 'part'…), or the issue's code. */
  why: string;
  /** False for cells outside every table and in hidden rows or columns. */
  inTable: boolean;
}

/** How many numeric cells became figures (số liệu dùng), and how many were not used (named by an issue). */
export interface FigureCount {
  used: number;
  unused: number;
}

/** What the reader made of one sheet. */
export interface SheetReading {
  file: string;
  sheet: string;
  /** Zero, one or more submissions found on the sheet (a sheet that is not data gives none). */
  submissions: Submission[];
  issues: Issue[];
  /** Every numeric cell a person sees, accounted for (see src/core/reader/account.ts). */
  accounts?: CellAccount[];
  figures?: FigureCount;
  /** True when a table of the sheet states no period, so a build reads it again with its chosen one. */
  periodless?: boolean;
}

/** How "so với cùng kỳ" is displayed: change (-28%), ratio ("bằng 72%"), index (năm trước = 100: 72,0). */
export type Convention = 'change' | 'ratio' | 'index';

export type Locale = 'vi' | 'en';

/** A column of a standard table, keyed by what it holds. */
export type ColumnKey = 'increase' | 'decrease' | 'yoy' | 'current';

/** One row of a standard table; a figure that does not apply is null. Only the table's columns are present. */
export interface TableRow {
  stt: number;
  indicator: IndicatorId;
  label: string;
  unit: string;
  increase?: number | null;
  decrease?: number | null;
  /** Change against the same period last year as an unrounded fraction (-0.2801), whatever the display convention. */
  yoy: number | null;
  current?: number | null;
}

/** One of the two standard tables (biểu) that close the report. */
export interface StandardTable {
  id: Sector;
  /** e.g. "KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015". */
  title: string;
  columns: ColumnKey[];
  rows: TableRow[];
}

/** One enterprise's contribution to one indicator (for the breakdown sheet). */
export interface BreakdownRow {
  enterprise: string;
  sector: Sector;
  indicator: IndicatorId;
  increase: number | null;
  decrease: number | null;
  current: number | null;
  previous: number | null;
  yoy: number | null;
  source: CellRef;
}

export interface BuildOptions {
  /** Period code to build ("9T/2015"); when absent, the period most submissions state. */
  period?: string;
  locale?: Locale;
  /** Facts of earlier builds, used where a submission lacks the same period last year. */
  history?: Fact[];
  /** The province the report is about ("Quảng Ninh"), named in the tables' titles. */
  province?: string;
  /** Bounds of a believable change against the same period (fractions); default above 2 (+200%), below −0.5 (−50%). */
  outlier?: { above: number; below: number };
  /** The office's own words (từ điển), looked up by the reader before the catalogue (src/core/dictionary). */
  dictionary?: import('./dictionary').Dictionary;
}

/** Everything a build produces; faces write it, nothing else decides. */
export interface BuildResult {
  period: string;
  tables: StandardTable[];
  submissions: Submission[];
  breakdown: BreakdownRow[];
  issues: Issue[];
  /** Facts this build used (to be recorded as history). */
  facts: Fact[];
  /** Numeric cells read as figures, and those not used (each named by an issue). */
  figures?: FigureCount;
}
