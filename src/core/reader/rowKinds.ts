import { findPhrase } from '../catalogue';
import type { Sector } from '../model';

/** Words that open a note, a signature or a source line under a table (phrases). */
const NOTE_STARTS = [
  'ghi chu',
  'chu thich',
  'luu y',
  'chu y',
  'nguoi lap',
  'nguoi lap bieu',
  'lap bieu',
  'giam doc',
  'pho giam doc',
  'ky ten',
  'noi nhan',
  'xac nhan',
  'thu truong',
  'ke toan',
  'truong phong',
  'tm',
  'kt',
  'nguon',
  'note',
  'notes',
  'prepared by',
  'director',
  'kiem soat',
  'nguoi kiem tra',
  'nguoi duyet',
];

/** "…, ngày 05 tháng 10 năm 2015": the place-and-date line above a signature. */
const DATE_LINE = /(^| )ngay( \S{1,4})? thang( \S{1,4})? nam( \S{2,4})?( |$)/;

/**
 * Whether a row's first text is a note, signature or date line (ghi chú, người lập biểu, giám
 * đốc, "(*) …"): the table above it has ended and the row is never data.
 *
 * @example
 * isNoteText('(*) Số liệu ước tính', 'so lieu uoc tinh') //=> true
 * isNoteText('Người lập biểu', 'nguoi lap bieu') //=> true
 * isNoteText('Hạ Long, ngày 05 tháng 10 năm 2015', 'ha long ngay 05 thang 10 nam 2015') //=> true
 * isNoteText('Doanh thu', 'doanh thu') //=> false
 */
export function isNoteText(text: string, phrase: string): boolean {
  if (/^(\(\*+\)|\*+\)|\*{2,})/.test(text.trim())) return true;
  if (NOTE_STARTS.some((w) => phrase === w || phrase.startsWith(`${w} `))) return true;
  return DATE_LINE.test(phrase);
}

/** Words of a section row that say which sector the rows under it belong to. */
const SECTOR_WORDS: readonly [string, Sector][] = [
  ['buu chinh', 'postal'],
  ['chuyen phat', 'postal'],
  ['buu dien', 'postal'],
  ['phat hanh bao chi', 'postal'],
  ['vien thong', 'telecom'],
  ['internet', 'telecom'],
  ['thue bao', 'telecom'],
  ['dien thoai', 'telecom'],
  ['postal', 'postal'],
  ['courier', 'postal'],
  ['telecommunications', 'telecom'],
  ['telecom', 'telecom'],
];

/**
 * The sector a section row or a title names ("II. BƯU CHÍNH, CHUYỂN PHÁT" → postal), or null.
 * The first sector word found wins.
 *
 * @example
 * sectorNamed('ii buu chinh chuyen phat') //=> 'postal'
 * sectorNamed('i vien thong') //=> 'telecom'
 * sectorNamed('tong cong') //=> null
 */
export function sectorNamed(phrase: string): Sector | null {
  let best: { at: number; sector: Sector } | null = null;
  for (const [words, sector] of SECTOR_WORDS) {
    const at = findPhrase(phrase, words);
    if (at >= 0 && (best === null || at < best.at)) best = { at, sector };
  }
  return best?.sector ?? null;
}

/**
 * Whether a phrase names this sector anywhere ("số liệu viễn thông và bưu chính" names both).
 *
 * @example
 * namesSector('so lieu vien thong va buu chinh', 'postal') //=> true
 */
export function namesSector(phrase: string, sector: Sector): boolean {
  return SECTOR_WORDS.some(([words, s]) => s === sector && findPhrase(phrase, words) >= 0);
}

/** "Trong đó" and its kin: what follows breaks the row above down. */
const BREAKDOWN = ['trong do', 'bao gom', 'chia ra', 'gom', 'trong so do', 'of which', 'in which', 'including'];

/**
 * Whether a label opens a breakdown ("Trong đó: …", "Bao gồm", "Chia ra"), and what follows it.
 *
 * @example
 * breakdownOf('trong do tra truoc') //=> 'tra truoc'
 * breakdownOf('trong do') //=> ''
 * breakdownOf('tra truoc') //=> null
 */
export function breakdownOf(phrase: string): string | null {
  for (const w of BREAKDOWN) {
    if (phrase === w) return '';
    if (phrase.startsWith(`${w} `)) return phrase.slice(w.length + 1);
  }
  return null;
}

/** "Tổng cộng", "Cộng", "Toàn tỉnh": the row that totals the branches or districts above or below it. */
const TOTAL = /^(tong cong|cong|tong so|toan tinh|toan mang|total|grand total)( |$)|^tong$/;

/**
 * Whether a label (a phrase) totals the branches or districts of a table.
 *
 * @example
 * isTotalLabel('tong cong') //=> true
 * isTotalLabel('tp ha long') //=> false
 * isTotalLabel('tong doanh thu') //=> false (a revenue row, not a total of districts)
 */
export function isTotalLabel(phrase: string): boolean {
  return TOTAL.test(phrase);
}
