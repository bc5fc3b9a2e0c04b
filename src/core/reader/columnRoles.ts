import { findPhrase } from '../catalogue';
import { shortPeriod } from '../periods';
import { findUnit } from '../units';
import { remember } from '../text';

/**
 * What a column of a submission's table holds, from its header wording (tiêu đề cột).
 * Value roles: `increase` (tăng, phát triển mới), `decrease` (giảm, rời mạng), `opening` (đầu kỳ),
 * `current` (hiện có, thực hiện, kỳ này), `percent` (so sánh %, tỷ lệ). `ignore` is a column
 * the tables never use (kế hoạch, tăng/giảm tuyệt đối, tỷ trọng).
 */
export type Role =
  'stt' | 'label' | 'unit' | 'note' | 'ignore' | 'increase' | 'decrease' | 'opening' | 'current' | 'percent';

/** Roles that hold figures. */
export const VALUE_ROLES: ReadonlySet<Role> = new Set(['increase', 'decrease', 'opening', 'current', 'percent']);

type Where = 'whole' | 'start' | 'any';

/**
 * Header wordings, in order of precedence: the first rule that matches decides ("Hiện có đầu kỳ"
 * is opening before it is current; "So với cùng kỳ" is a percentage before it is last year's).
 * Wordings are phrases (folded, see toPhrase).
 */
const RULES: readonly [Role, Where, string[]][] = [
  ['note', 'any', ['ghi chu', 'chu thich', 'note', 'notes', 'remarks', 'comments']],
  // "Cộng", "Toàn tỉnh": a total of branches or districts.
  ['current', 'whole', ['cong', 'toan tinh', 'toan mang', 'grand total']],
  ['stt', 'whole', ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 's tt', 'no', '#', 'ma so', 'ma']],
  ['unit', 'start', ['dvt', 'don vi tinh', 'don vi', 'dv tinh', 'd v t', 'unit']],
  [
    'ignore',
    'any',
    ['ke hoach', 'kh', 'du kien', 'muc tieu', 'ty trong', 'ti trong', 'plan', 'target', 'budget', 'forecast'],
  ],
  [
    'percent',
    'any',
    [
      '%',
      'so sanh',
      'so voi',
      'ty le',
      'tang truong',
      'chi so',
      'ti le',
      'growth',
      'compared with',
      'compared to',
      'vs',
      'versus',
      'yoy',
    ],
  ],
  [
    'ignore',
    'any',
    [
      'chenh lech',
      'tang giam',
      'thuc tang',
      'tang thuan',
      'tang rong',
      'net additions',
      'net adds',
      'difference',
      'net change',
    ],
  ],
  [
    'label',
    'start',
    [
      'chi tieu',
      'ten chi tieu',
      'noi dung',
      'dich vu',
      'loai dich vu',
      'ten dich vu',
      'danh muc',
      'hang muc',
      'loai hinh',
      'ten',
      'indicator',
      'service',
      'services',
      'item',
      'description',
      'dien giai',
      'doanh nghiep',
    ],
  ],
  [
    'opening',
    'any',
    [
      'dau ky',
      'dau nam',
      'ky truoc chuyen sang',
      'ton dau ky',
      'so du dau ky',
      'chuyen sang',
      'opening',
      'start of period',
      'beginning of period',
      'start of the period',
    ],
  ],
  [
    'decrease',
    'any',
    [
      'giam',
      'roi mang',
      'cat huy',
      'thanh ly',
      'huy',
      'ngung',
      'cat giam',
      'decrease',
      'disconnected',
      'disconnections',
      'disconnects',
      'churn',
      'terminated',
      'terminations',
      'deactivated',
      'cancelled',
      'canceled',
    ],
  ],
  [
    'increase',
    'any',
    [
      'tang',
      'phat trien moi',
      'ptm',
      'phat trien',
      'lap dat moi',
      'lap moi',
      'hoa mang moi',
      'increase',
      'new',
      'additions',
      'gross adds',
      'activations',
      'added',
    ],
  ],
  [
    'current',
    'any',
    [
      'hien co',
      'cuoi ky',
      'thuc hien',
      'ky nay',
      'ky bao cao',
      'san luong',
      'doanh thu',
      'so luong',
      'tong so',
      'gia tri',
      'so lieu',
      'luy ke',
      'year to date',
      'ytd',
      'cumulative',
      'trong ky',
      'tren mang',
      'dang hoat dong',
      'dang su dung',
      'uoc',
      'th',
      'hien tai',
      'ket qua',
      'tong',
      'so thue bao',
      'so tb',
      'current',
      'cung ky',
      'nam truoc',
      'same period',
      'last year',
      'previous year',
      'prior year',
      'active',
      'subscribers',
      'subscriptions',
      'closing',
      'end of period',
      'actual',
      'figures',
      'total',
      'volume',
      'revenue',
      'this period',
      'cong quy',
      'tong quy',
      'ca quy',
      'cong ca nam',
      'ca nam',
      'quarter total',
      'in the period',
      'reporting period',
      'current period',
      'during the period',
      'for the period',
      'this month',
      'this quarter',
      'in service',
    ],
  ],
];

/** Wordings that say a column is about the same period of last year (cùng kỳ năm trước). */
const PREVIOUS = [
  'cung ky',
  'nam truoc',
  'cung ky nam truoc',
  'nam ngoai',
  'previous year',
  'last year',
  'same period',
  'prior year',
];

function matches(phrase: string, where: Where, words: string): boolean {
  if (where === 'whole') return phrase === words;
  if (where === 'start') return phrase === words || phrase.startsWith(`${words} `);
  return findPhrase(phrase, words) >= 0;
}

/**
 * The role of a header cell from its wording (a phrase), or null when it names no role.
 * A date or a year alone ("30/9/2015", "Năm 2014") is a `current` column; whether it is last
 * year's or the opening is decided against the sheet's period by the caller.
 *
 * @example
 * headerRole('so tang trong ky') //=> 'increase'
 * headerRole('hien co dau ky') //=> 'opening'
 * headerRole('so sanh cung ky %') //=> 'percent'
 * headerRole('ten chi tieu') //=> 'label'
 */
export const headerRole: (phrase: string) => Role | null = remember(function headerRole(phrase: string): Role | null {
  if (!phrase || TITLE.test(phrase.replace(/(^| )ky bao cao( |$)/g, ' '))) return null;
  // "Lũy kế từ đầu năm" is a span from the start of the year, not the opening stock.
  phrase = phrase.replace(SINCE_START, ' ').trim();
  if (!phrase) return null;
  // "Tăng/giảm so với cùng kỳ" without "%" is a difference in units, not a percentage.
  if (DIFFERENCE.test(phrase) && !/(^| )(%|ty le|ti le)( |$)/.test(phrase)) return 'ignore';
  for (const [role, where, words] of RULES) {
    if (!words.some((w) => matches(phrase, where, w))) continue;
    // "Đơn vị tính: nghìn đồng" states the unit of the sheet: a title line, not a column.
    if (role === 'unit' && findUnit(phrase) !== null) return null;
    return role;
  }
  if (/(^| )(19|20)\d\d( |$)/.test(phrase) && phrase.split(' ').length <= 8 && !SIGNING_DATE.test(phrase))
    return 'current';
  // A month or quarter alone ("T9", "Tháng 9", "Quý III") is a column of that period's figures.
  if (phrase.split(' ').length <= 3 && shortPeriod(phrase, 2000) !== null) return 'current';
  return null;
});

const DIFFERENCE = /(^| )(tang giam|chenh lech)( |$)/;

/** "từ đầu năm", "từ đầu kỳ", "since the beginning of": where a span starts, not a stock. */
const SINCE_START =
  /(^| )((?<!luy )ke tu|tu|since|from) (dau nam|dau ky|dau thang|the beginning of the year|beginning of year|start of year)( |$)/g;

/** Words of a title line, never of a column header (báo cáo, kính gửi, số …/BC). */
const TITLE = /(^| )(bao cao|kinh gui|cong hoa|doc lap|tu do|hanh phuc)( |$)|^so \d+ /;

/** "…, ngày 10 tháng 1 năm 2025": the place and date a letter is signed, never a column. */
const SIGNING_DATE = /(^| )ngay( \S{1,4})? thang( \S{1,4})? nam( |$)/;

/**
 * Whether a header says its column is about the same period of last year.
 *
 * @example
 * saysPrevious('cung ky nam 2014') //=> true
 * saysPrevious('thuc hien 9 thang 2015') //=> false
 */
export function saysPrevious(phrase: string): boolean {
  return PREVIOUS.some((w) => findPhrase(phrase, w) >= 0);
}

/** Wordings of a cumulative column, from the start of the year (lũy kế). */
const CUMULATIVE = ['luy ke', 'year to date', 'ytd', 'cumulative'];

/**
 * Whether a header (a phrase) says its figures add up from the start of the year.
 *
 * @example
 * saysCumulative('luy ke tu dau nam') //=> true
 * saysCumulative('year to date') //=> true
 * saysCumulative('thang 9') //=> false
 */
export function saysCumulative(phrase: string): boolean {
  return CUMULATIVE.some((w) => findPhrase(phrase, w) >= 0);
}

/** Words that name a stock's measure, in a row label or a column header (phrases). */
const MEASURE_WORDS: readonly [Role, string[]][] = [
  ['opening', ['dau ky', 'dau nam', 'opening', 'start of period', 'beginning of period']],
  ['decrease', ['giam', 'roi mang', 'cat huy', 'huy', 'ngung', 'thanh ly', 'disconnected', 'churn', 'decrease']],
  [
    'increase',
    [
      'phat trien moi',
      'tang moi',
      'ptm',
      'phat trien',
      'tang',
      'lap moi',
      'hoa mang moi',
      'new',
      'additions',
      'gross adds',
      'increase',
      'added',
    ],
  ],
  [
    'current',
    [
      'hien co',
      'cuoi ky',
      'tren mang',
      'dang hoat dong',
      'dang su dung',
      'active',
      'closing',
      'in service',
      'end of period',
    ],
  ],
];

/**
 * The measure a row label or column header names outright ("Di động trả trước phát triển mới",
 * "Thuê bao FTTH hiện có"), or null: where columns are only periods (T1…T12, "Lũy kế"), the
 * label says what the figures are.
 *
 * @example
 * statedMeasure('di dong tra truoc phat trien moi') //=> 'increase'
 * statedMeasure('thue bao ftth hien co') //=> 'current'
 * statedMeasure('thue bao ftth') //=> null
 */
export const statedMeasure: (phrase: string) => Role | null = remember(function statedMeasure(
  phrase: string,
): Role | null {
  if (!phrase || DIFFERENCE.test(phrase)) return null;
  phrase = phrase.replace(SINCE_START, ' ');
  for (const [role, words] of MEASURE_WORDS) if (words.some((w) => findPhrase(phrase, w) >= 0)) return role;
  return null;
});
