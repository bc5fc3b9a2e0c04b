import type { Indicator, IndicatorId, Sector } from '../model';
import { INDICATORS } from './indicators';
import { OTHER_INDICATORS } from './otherIndicators';
import { remember } from '../text';
import { findPhrase, toPhrase } from './phrase';

/**
 * What a row label names: one of the 14 standard indicators, or an indicator that is recognised
 * but not standard (BTS stations, cable TV, 3G "of which", a mobile total …) and so is never
 * added into a standard row.
 */
export type IndicatorMatch = { kind: 'standard'; indicator: Indicator } | { kind: 'other'; name: string };

interface Wording {
  phrase: string;
  indicator?: Indicator;
  other?: { name: string; overrides: boolean; generic: boolean };
}

interface Hit {
  wording: Wording;
  start: number;
  end: number;
}

/** Every wording of the catalogue as a phrase, longest first so the most specific one wins. */
const WORDINGS: readonly Wording[] = [
  ...INDICATORS.filter((indicator) => indicator.dimension !== 'money' || indicator.id === 'money-transferred').flatMap(
    (indicator) => [indicator.label, ...indicator.synonyms].map((text) => ({ phrase: toPhrase(text), indicator })),
  ),
  ...OTHER_INDICATORS.flatMap((other) =>
    other.synonyms.map((text) => ({
      phrase: toPhrase(text),
      other: { name: other.name, overrides: other.overrides === true, generic: other.generic === true },
    })),
  ),
]
  .filter((wording) => wording.phrase !== '')
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The word that makes a label a revenue row (doanh thu). */
const REVENUE = 'doanh thu';

/**
 * Words next to "doanh thu" that only say whose revenue it is: they pick the sector and are
 * removed before looking for a service name ("Doanh thu dịch vụ viễn thông" is the telecom
 * revenue; "Doanh thu dịch vụ di động" is a breakdown of it).
 */
const REVENUE_QUALIFIERS: readonly [string, Sector | null][] = (
  [
    ['dịch vụ viễn thông', 'telecom'],
    ['dv viễn thông', 'telecom'],
    ['viễn thông', 'telecom'],
    ['vt', 'telecom'],
    ['công nghệ thông tin', 'telecom'],
    ['cntt', 'telecom'],
    ['dịch vụ bưu chính', 'postal'],
    ['dv bưu chính', 'postal'],
    ['bưu chính', 'postal'],
    ['bc', 'postal'],
    ['chuyển phát nhanh', 'postal'],
    ['chuyển phát', 'postal'],
    ['cpn', 'postal'],
    ['bưu điện', 'postal'],
    ['tổng', null],
    ['thuần', null],
    ['phát sinh', null],
    ['trên địa bàn', null],
    ['tỉnh', null],
    ['toàn', null],
    ['dịch vụ', null],
    ['các', null],
    ['từ', null],
    ['và', null],
    ['năm', null],
    ['kỳ', null],
    ['lũy kế', null],
  ] as [string, Sector | null][]
)
  .map(([text, sector]): [string, Sector | null] => [toPhrase(text), sector])
  .sort((a, b) => b[0].length - a[0].length);

/**
 * What follows these words is not what the row counts: an exclusion ("Doanh thu (không bao gồm
 * số tiền chuyển)") or what the row includes ("Điện thoại DĐ trả trước (bao gồm Dcom)").
 */
const EXCLUSIONS = [
  'khong bao gom',
  'chua bao gom',
  'khong tinh',
  'chua tinh',
  'khong ke',
  'ngoai tru',
  'tru',
  'bao gom',
  'ke ca',
  'tinh ca',
  'gom ca',
  'gom',
  'trong do',
  'including',
  'excluding',
];

function allHits(phrase: string): Hit[] {
  const hits: Hit[] = [];
  for (const wording of WORDINGS) {
    let from = 0;
    for (;;) {
      const at = findPhrase(phrase, wording.phrase, from);
      if (at < 0) break;
      hits.push({ wording, start: at, end: at + wording.phrase.length });
      from = at + wording.phrase.length;
    }
  }
  return hits;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Cuts the label at an exclusion: what is excluded is not what the row counts. */
function withoutExclusions(phrase: string): string {
  let cut = phrase;
  for (const word of EXCLUSIONS) {
    const at = findPhrase(cut, word);
    // At the very start ("Trong đó: trả trước", "Gồm: …") the words only introduce the label.
    if (at > 0) cut = cut.slice(0, at).trim();
  }
  return cut;
}

/** Removes a phrase (as whole words) everywhere it occurs. */
function removePhrase(phrase: string, words: string): string {
  return ` ${phrase} `.split(` ${words} `).join(' ').replace(/\s+/g, ' ').trim();
}

function revenueIndicator(sector: Sector): Indicator {
  return INDICATORS.find((indicator) => indicator.sector === sector && indicator.id.endsWith('-revenue'))!;
}

/** A revenue row: the sector's revenue, or a breakdown of it when it names a service. */
function matchRevenue(phrase: string, label: string, sector: Sector | undefined): IndicatorMatch {
  let rest = removePhrase(phrase, REVENUE);
  let stated: Sector | null = null;
  for (const [words, qualifierSector] of REVENUE_QUALIFIERS) {
    if (findPhrase(rest, words) < 0) continue;
    stated ??= qualifierSector;
    rest = removePhrase(rest, words);
  }
  const service = allHits(rest).find(
    (hit) => hit.wording.indicator || (hit.wording.other && !hit.wording.other.generic),
  );
  if (service) return { kind: 'other', name: label.trim() };
  return { kind: 'standard', indicator: revenueIndicator(stated ?? sector ?? 'telecom') };
}

/**
 * Finds which indicator (chỉ tiêu) a row label names, diacritic-insensitively, whatever its
 * wording, numbering and punctuation ("- TB DĐ trả trước", "2. Thuê bao cố định vô tuyến (Gphone)").
 *
 * The longest wording found wins ("di động trả trước" over "di động"). A label naming two
 * standard indicators ("Di động (trả trước + trả sau)") is a total: 'other'. "Doanh thu" alone
 * is the revenue of `sector` (telecom when not given); "Doanh thu dịch vụ viễn thông" says its
 * sector itself; "Doanh thu dịch vụ di động" is a breakdown ('other'). "Số tiền chuyển" is never
 * revenue. Returns null when the label names nothing known.
 *
 * @example
 * matchIndicator('Điện thoại DĐ trả trước')        //=> { kind: 'standard', indicator: <mobile-prepaid> }
 * matchIndicator('Doanh thu (tr.đồng)', 'postal')  //=> { kind: 'standard', indicator: <postal-revenue> }
 * matchIndicator('Số trạm BTS')                     //=> { kind: 'other', name: 'Trạm BTS' }
 * matchIndicator('Ghi chú')                         //=> null
 */
export function matchIndicator(label: string, sector?: Sector): IndicatorMatch | null {
  return BY_SECTOR[sector ?? 'none'](label);
}

/** A label comes back in every submission of its sector: each is matched once per sector. */
const BY_SECTOR = {
  telecom: remember((label) => match(label, 'telecom')),
  postal: remember((label) => match(label, 'postal')),
  none: remember((label) => match(label, undefined)),
};

/** Abbreviations (and English words) submissions write for the words of indicator names (folded). */
const ABBREVIATIONS: Record<string, string> = {
  dt: 'doanh thu',
  bk: 'buu kien',
  bp: 'buu pham',
  bg: 'buu gui',
  tb: 'thue bao',
  dd: 'di dong',
  cd: 'co dinh',
  br: 'bang rong',
  brcd: 'bang rong co dinh',
  phbc: 'phat hanh bao chi',
  cpn: 'chuyen phat nhanh',
  dtcd: 'dien thoai co dinh',
  dtdd: 'dien thoai di dong',
  ct: 'chuyen tien',
  // English words of submissions in English ("Postal revenue", "Courier items").
  revenue: 'doanh thu',
  revenues: 'doanh thu',
  telecom: 'vien thong',
  telecoms: 'vien thong',
  telecommunications: 'vien thong',
  postal: 'buu chinh',
  courier: 'chuyen phat nhanh',
};

/** The phrase with its abbreviations written out ("DT bưu chính" → "doanh thu buu chinh"). */
function expanded(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

function match(label: string, sector: Sector | undefined): IndicatorMatch | null {
  if (typeof label !== 'string') return null;
  const phrase = withoutExclusions(toPhrase(label));
  if (!phrase) return null;
  const found = matchPhrase(phrase, label, sector);
  if (found?.kind === 'standard') return found;
  // Not found as written: the same label with its abbreviations written out.
  const long = expanded(phrase);
  return long === phrase ? found : (matchPhrase(long, label, sector) ?? found);
}

function matchPhrase(phrase: string, label: string, sector: Sector | undefined): IndicatorMatch | null {
  const exact = OTHER_INDICATORS.find((other) => other.exact?.some((text) => toPhrase(text) === phrase));
  if (exact) return { kind: 'other', name: exact.name };
  const hits = allHits(phrase);

  const override = hits.find((hit) => hit.wording.other?.overrides);
  if (override) return { kind: 'other', name: override.wording.other!.name };

  if (findPhrase(phrase, REVENUE) >= 0) return matchRevenue(phrase, label, sector);

  const standard = hits.filter((hit) => hit.wording.indicator);
  if (standard.length > 0) {
    const best = standard[0];
    const another = standard.find(
      (hit) => !overlaps(hit, best) && hit.wording.indicator!.id !== best.wording.indicator!.id,
    );
    if (another) return { kind: 'other', name: label.trim() };
    return { kind: 'standard', indicator: best.wording.indicator! };
  }
  const other = hits.find((hit) => hit.wording.other);
  return other ? { kind: 'other', name: other.wording.other!.name } : null;
}

/** Ids of the standard indicators a label could name, for tests and diagnostics. */
export function standardId(match: IndicatorMatch | null): IndicatorId | null {
  return match?.kind === 'standard' ? match.indicator.id : null;
}
