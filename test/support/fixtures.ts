/**
 * Shared test fixtures (dữ liệu mẫu cho kiểm thử): the reference report's two tables
 * (bao-cao-376-BC-STTTT-2015) written once, and tiny builders for the model's records. Pure data
 * for tests only; nothing in the product imports this module.
 */
import { indicatorById, INDICATORS } from '../../src/core/catalogue/indicators';
import type {
  BuildResult,
  ColumnKey,
  Fact,
  Issue,
  Sector,
  StandardTable,
  Submission,
  TableRow,
} from '../../src/core/model';

/**
 * The two tables at the end of the reference report, cell for cell as printed there
 * (tab-separated): what the written report must read like. The one copy of the reference figures.
 */
export const REFERENCE_TELECOM = `KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET
STT	Tên chỉ tiêu	Đơn vị tính	Số tăng trong kỳ	Số giảm trong kỳ	So với cùng kỳ	Hiện có trên mạng
1	Điện thoại cố định có dây	Thuê bao	2.907	24.060	-28%	2.907
2	Điện thoại cố định không dây		730	2.907	-57%	24.060
3	Điện thoại DD trả sau		133.638	60.607	47%	142.153
4	Điện thoại DD trả trước		826.963	660.406	68%	1.826.191
5	Thuê bao internet băng thông rộng xDSL		22.481	16.899	38%	106.389
6	Thuê bao FTTH		23.346	6.552	299%	25.126
7	Doanh thu	Triệu đồng			66%	2.466.410`;

export const REFERENCE_POSTAL = `KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT
STT	Chỉ tiêu	Đơn vị tính	Số tăng trong kỳ	So với cùng kỳ
1	Sản lượng phát hành báo chí	Tờ, cuốn	7.162.000	-4%
2	Sản lượng Bưu phẩm thường đi, đến trong nước và Quốc tế	Kg	1.013.346	24%
3	Bưu kiện thường đi, đến từ liên tỉnh, quốc tế.	Cái	69.516	11%
4	Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước	Cái	85.104	124%
5	Thư, điện chuyển tiền từ liên tỉnh, quốc tế đi, đến	Cái, bức	55.230	-11%
6	Số tiền chuyển	Tr.đồng	246.707	-13%
7	Doanh thu	Tr.đồng	74.735	16%`;

/** The period line the reference report prints under each table's title. */
export const REFERENCE_PERIOD = '9 THÁNG ĐẦU NĂM 2015';

/**
 * Title, header and body rows of a reference table, split into cells.
 *
 * @example
 * referenceRows(REFERENCE_POSTAL).rows[0] //=> ['1', 'Sản lượng phát hành báo chí', 'Tờ, cuốn', '7.162.000', '-4%']
 */
export function referenceRows(table: string): { title: string; header: string[]; rows: string[][] } {
  const [title, header, ...rows] = table.split('\n');
  return { title, header: header.split('\t'), rows: rows.map((r) => r.split('\t')) };
}

/**
 * A printed figure of the reference as a number: "2.466.410" → 2466410, "-28%" → -28, "" → null.
 *
 * @example
 * referenceNumber('1.826.191') //=> 1826191
 */
export function referenceNumber(text: string): number | null {
  if (text === '') return null;
  return Number(text.replace(/\./g, '').replace('%', ''));
}

const COLUMNS: Record<Sector, ColumnKey[]> = {
  telecom: ['increase', 'decrease', 'yoy', 'current'],
  postal: ['increase', 'yoy'],
};

/** A reference table as a StandardTable; each row's indicator is the one the catalogue labels as printed. */
function referenceTable(sector: Sector, text: string): StandardTable {
  const { title, rows } = referenceRows(text);
  const columns = COLUMNS[sector];
  return {
    id: sector,
    title: `${title} ${REFERENCE_PERIOD}`,
    columns,
    rows: rows.map(([stt, label, unit, ...figures]) => {
      const indicator = INDICATORS.find((i) => i.sector === sector && i.label === label);
      if (indicator === undefined) throw new Error(`No ${sector} indicator is labelled "${label}"`);
      const row: Record<string, unknown> = { stt: Number(stt), indicator: indicator.id, label, unit };
      columns.forEach((key, k) => {
        const n = referenceNumber(figures[k]);
        // "So với cùng kỳ" is printed as a whole percent; rows hold the fraction.
        row[key] = key === 'yoy' && n !== null ? n / 100 : n;
      });
      return row as unknown as TableRow;
    }),
  };
}

/**
 * The reference report's telecom and postal tables, 9T/2015, as the build gives them (yoy -28% →
 * -0.28); fresh objects on every call, so a test may change them.
 *
 * @example
 * referenceTables()[0].rows[0] //=> { stt: 1, indicator: 'fixed-wired', label: 'Điện thoại cố định có dây', unit: 'Thuê bao', increase: 2907, decrease: 24060, yoy: -0.28, current: 2907 }
 */
export function referenceTables(): [StandardTable, StandardTable] {
  return [referenceTable('telecom', REFERENCE_TELECOM), referenceTable('postal', REFERENCE_POSTAL)];
}

/**
 * A fact: VNPT's closing FTTH count for 9T/2015 at vnpt.xlsx › VNPT!D7 unless told otherwise; the
 * sector is the indicator's, from the catalogue.
 *
 * @example
 * fact({ indicator: 'express', measure: 'flow', value: 5 }).sector //=> 'postal'
 */
export function fact(fields: Partial<Fact> = {}): Fact {
  const indicator = fields.indicator ?? 'ftth';
  return {
    enterprise: 'VNPT',
    sector: indicatorById(indicator).sector,
    indicator,
    measure: 'closing',
    period: '9T/2015',
    value: 0,
    source: { file: 'vnpt.xlsx', sheet: 'VNPT', cell: 'D7' },
    ...fields,
  };
}

/**
 * A submission: VNPT's telecom sheet vnpt.xlsx › VNPT for 9T/2015, no facts, unless told otherwise.
 *
 * @example
 * submission({ rows: 7 }).enterprise //=> 'VNPT'
 */
export function submission(fields: Partial<Submission> = {}): Submission {
  return {
    file: 'vnpt.xlsx',
    sheet: 'VNPT',
    enterprise: 'VNPT',
    sector: 'telecom',
    period: '9T/2015',
    facts: [],
    rows: 0,
    unrecognised: 0,
    ...fields,
  };
}

/**
 * An issue: a warning 'repeated-figure' at vnpt.xlsx › VNPT!D7 unless told otherwise.
 *
 * @example
 * issue({ severity: 'info' }).cell //=> 'D7'
 */
export function issue(fields: Partial<Issue> = {}): Issue {
  return {
    severity: 'warning',
    code: 'repeated-figure',
    message: 'm',
    file: 'vnpt.xlsx',
    sheet: 'VNPT',
    cell: 'D7',
    ...fields,
  };
}

/**
 * A build result for 9T/2015 holding the reference tables and nothing else, unless told otherwise.
 *
 * @example
 * buildResult({ issues: [issue()] }).tables[1].id //=> 'postal'
 */
export function buildResult(fields: Partial<BuildResult> = {}): BuildResult {
  return {
    period: '9T/2015',
    tables: referenceTables(),
    submissions: [],
    breakdown: [],
    issues: [],
    facts: [],
    ...fields,
  };
}
