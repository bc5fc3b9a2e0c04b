import type { Dimension } from '../model';
// foldDiacritics.ts imports nothing, so the table built at load time cannot meet an import cycle.
import { foldDiacritics } from '../text/foldDiacritics';

/** A unit of measure (đơn vị tính). */
export interface Unit {
  /** Stable ASCII code, e.g. 'trieu-dong'; Indicator.unit holds the canonical one. */
  code: string;
  dimension: Dimension;
  /** How many canonical units of its dimension one of this unit is (1 đồng = 0.000001 triệu đồng). */
  factor: number;
  /** Vietnamese label as tables write it ("Triệu đồng"). */
  label: string;
  /** English label ("million VND"). */
  labelEn: string;
}

/**
 * One row per unit: code, dimension, size in the smallest unit of the dimension (an integer, so
 * conversions divide or multiply by exact integers), labels, and the spellings submissions use.
 * Spellings are written as people type them; they are matched folded (see {@link unitKey}).
 */
interface UnitRow {
  code: string;
  dimension: Dimension;
  size: number;
  label: string;
  labelEn: string;
  spellings: string[];
}

const BASE_ROWS: UnitRow[] = [
  {
    code: 'dong',
    dimension: 'money',
    size: 1,
    label: 'Đồng',
    labelEn: 'VND',
    spellings: ['đồng', 'đ', 'VNĐ', 'VND', 'đồng VN', 'đồng Việt Nam', 'dong'],
  },
  {
    code: 'nghin-dong',
    dimension: 'money',
    size: 1e3,
    label: 'Nghìn đồng',
    labelEn: 'thousand VND',
    spellings: [
      'nghìn đồng',
      'ngàn đồng',
      'nghìn đ',
      'ngàn đ',
      'ng.đ',
      'ngđ',
      'ngh.đ',
      'ngh.đồng',
      'nghìn VNĐ',
      'ngàn VNĐ',
      '1.000 đồng',
      '1.000 đ',
      '1.000 VNĐ',
      '1000 đồng',
      '1000 đ',
      'thousand VND',
      "'000 VND",
      '000 VND',
      '000 đồng',
    ],
  },
  {
    code: 'trieu-dong',
    dimension: 'money',
    size: 1e6,
    label: 'Triệu đồng',
    labelEn: 'million VND',
    spellings: [
      'triệu đồng',
      'tr.đồng',
      'tr đồng',
      'trđ',
      'tr.đ',
      'triệu đ',
      'triệu',
      'tr.VNĐ',
      'triệu VNĐ',
      'tr VNĐ',
      '1.000.000 đồng',
      '1.000.000 đ',
      'million VND',
      'VND million',
      'mil. VND',
      'mln VND',
    ],
  },
  {
    code: 'ty-dong',
    dimension: 'money',
    size: 1e9,
    label: 'Tỷ đồng',
    labelEn: 'billion VND',
    spellings: [
      'tỷ đồng',
      'tỉ đồng',
      'tỷ đ',
      'tỉ đ',
      'tỷ',
      'tỉ',
      'tỷ VNĐ',
      'tỉ VNĐ',
      '1.000.000.000 đồng',
      'billion VND',
      'VND billion',
      'bn VND',
    ],
  },
  {
    code: 'gam',
    dimension: 'mass',
    size: 1,
    label: 'Gam',
    labelEn: 'g',
    spellings: ['gam', 'g', 'gram', 'gr', 'grams'],
  },
  {
    code: 'kg',
    dimension: 'mass',
    size: 1e3,
    label: 'Kg',
    labelEn: 'kg',
    spellings: ['kg', 'kilôgam', 'kilogam', 'kilogram', 'ki-lô-gam', 'kgs', 'kilo'],
  },
  {
    code: 'tan',
    dimension: 'mass',
    size: 1e6,
    label: 'Tấn',
    labelEn: 'tonnes',
    spellings: ['tấn', 'tonne', 'tonnes', 'ton', 'tons'],
  },
  {
    code: 'thue-bao',
    dimension: 'subscriptions',
    size: 1,
    label: 'Thuê bao',
    labelEn: 'subscriptions',
    spellings: ['thuê bao', 'TB', 'thuê bao (TB)', 'TB (thuê bao)', 'subscriptions', 'subscribers', 'subs'],
  },
  {
    code: 'cai',
    dimension: 'items',
    size: 1,
    label: 'Cái',
    labelEn: 'items',
    spellings: ['cái', 'cái, bức', 'cái/bức', 'cái - bức', 'bức, cái', 'items', 'pieces', 'pcs'],
  },
  { code: 'buc', dimension: 'items', size: 1, label: 'Bức', labelEn: 'letters', spellings: ['bức', 'letters'] },
  {
    code: 'buu-gui',
    dimension: 'items',
    size: 1,
    label: 'Bưu gửi',
    labelEn: 'postal items',
    spellings: ['bưu gửi', 'bưu phẩm', 'bưu kiện', 'bưu phẩm, bưu kiện', 'postal items'],
  },
  { code: 'chiec', dimension: 'items', size: 1, label: 'Chiếc', labelEn: 'pieces', spellings: ['chiếc'] },
  {
    code: 'to-cuon',
    dimension: 'copies',
    size: 1,
    label: 'Tờ, cuốn',
    labelEn: 'copies',
    spellings: ['tờ, cuốn', 'tờ/cuốn', 'tờ - cuốn', 'tờ cuốn', 'cuốn, tờ', 'tờ, cuốn, bản', 'copies'],
  },
  { code: 'to', dimension: 'copies', size: 1, label: 'Tờ', labelEn: 'sheets', spellings: ['tờ', 'sheets'] },
  {
    code: 'cuon',
    dimension: 'copies',
    size: 1,
    label: 'Cuốn',
    labelEn: 'volumes',
    spellings: ['cuốn', 'quyển', 'volumes'],
  },
];

/** Multipliers written before a count ("nghìn thuê bao", "nghìn cái", "triệu tờ"); money has its own rows. */
const MULTIPLIERS: readonly { code: string; size: number; label: string; labelEn: string; words: string[] }[] = [
  {
    code: 'nghin',
    size: 1e3,
    label: 'Nghìn',
    labelEn: 'thousand',
    words: ['nghìn', 'ngàn', '1.000', 'thousand', "'000"],
  },
  { code: 'trieu', size: 1e6, label: 'Triệu', labelEn: 'million', words: ['triệu', 'tr.', '1.000.000', 'million'] },
];

/**
 * Counts in thousands or millions (nghìn thuê bao, nghìn cái, nghìn tờ): one row per multiplier
 * and counted unit, so a figure in them converts like any other unit.
 */
const MULTIPLIED_ROWS: UnitRow[] = BASE_ROWS.filter(
  (row) => row.dimension !== 'money' && row.dimension !== 'mass',
).flatMap((row) =>
  MULTIPLIERS.map((m) => ({
    code: `${m.code}-${row.code}`,
    dimension: row.dimension,
    size: row.size * m.size,
    label: `${m.label} ${row.label.toLowerCase()}`,
    labelEn: `thousand ${row.labelEn}`.replace('thousand', m.labelEn),
    spellings: m.words.flatMap((w) => [row.label, ...row.spellings].map((s) => `${w} ${s}`)),
  })),
);

const ROWS: UnitRow[] = [...BASE_ROWS, ...MULTIPLIED_ROWS];

/** The unit each dimension's figures are stored in (Indicator.unit). */
export const CANONICAL: Record<Dimension, string> = {
  money: 'trieu-dong',
  mass: 'kg',
  subscriptions: 'thue-bao',
  items: 'cai',
  copies: 'to-cuon',
};

/**
 * Matching key of a unit spelling: diacritics folded, đ → d, lower case; thousands marks inside
 * numbers, dots and spaces dropped; the separators of double units (", / - &") made one ",".
 * "Tr. đồng" and "trđ" → "trdong"/"trd"; "1.000 đồng" → "1000dong"; "Cái / bức" → "cai,buc".
 */
export function unitKey(folded: string): string {
  return folded
    .replace(/(\d)[.,\s](?=\d{3})/g, '$1')
    .replace(/\s*[,/&;–-]\s*/g, ',')
    .replace(/[\s.]+/g, '')
    .replace(/^,+|,+$/g, '');
}

export const UNITS: ReadonlyMap<string, Unit> = new Map(
  ROWS.map((row) => {
    const canonical = ROWS.find((r) => r.code === CANONICAL[row.dimension]);
    const factor = canonical === undefined ? 1 : row.size / canonical.size;
    const unit: Unit = Object.freeze({
      code: row.code,
      dimension: row.dimension,
      factor,
      label: row.label,
      labelEn: row.labelEn,
    });
    return [row.code, unit];
  }),
);

/** Size of each unit in the smallest unit of its dimension: integers, for exact conversion. */
export const SIZES: ReadonlyMap<string, number> = new Map(ROWS.map((row) => [row.code, row.size]));

/** Spelling key → unit, built from every row's spellings and its code and labels. */
export const BY_KEY: ReadonlyMap<string, Unit> = (() => {
  const map = new Map<string, Unit>();
  for (const row of ROWS) {
    const unit = UNITS.get(row.code) as Unit;
    for (const spelling of [row.code, row.label, ...row.spellings]) map.set(unitKey(foldDiacritics(spelling)), unit);
  }
  return map;
})();
