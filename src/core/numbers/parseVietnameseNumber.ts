import type { NumberParse } from './types';

/** What a cell writes for "nothing" (không có số liệu): a dash, an x, or blank. */
const NOTHING = new Set(['', '-', '–', '—', '−', 'x', 'X', '--']);

/** Whitespace that can sit inside or around a number: spaces, NBSP, figure and thin spaces. */
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/**
 * A footnote mark glued after the number: "(*)", "(**)", "(1)", "(a)", "*", "¹".
 * The number part must end with a digit, "%" or ")" so that "(1.234)" stays a negative.
 */
const FOOTNOTE = /^(.*[\d%)])\s*(\(\s*(?:\*{1,3}|\d{1,2}|[a-zA-Z])\s*\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;

/** Thousands groups: one to three digits, then groups of exactly three. */
function isGrouped(int: string, separator: string): boolean {
  const groups = int.split(separator);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * The plain decimal ("1234.5") that an unsigned Vietnamese-formatted number spells, or null.
 * See {@link parseVietnameseNumber} for the rules.
 */
function plainNumber(body: string): string | null {
  if (/\s/.test(body)) {
    // Spaces are thousands separators; then at most one "." or "," is the decimal mark.
    const m = /^(\d{1,3}(?:\s\d{3})+)(?:[.,](\d+))?$/.exec(body);
    return m === null ? null : m[1].replace(/\s/g, '') + (m[2] === undefined ? '' : `.${m[2]}`);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(body) || /^[.,]*$/.test(body) || /[.,]$/.test(body)) return null;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
    const decimal = body[last];
    const int = body.slice(0, last);
    const frac = body.slice(last + 1);
    if (int.includes(decimal) || !isGrouped(int, decimal === '.' ? ',' : '.')) return null;
    return `${int.replace(/[.,]/g, '')}.${frac}`;
  }
  const mark = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (mark === null) return body;
  const count = mark === '.' ? dots : commas;
  if (count > 1) return isGrouped(body, mark) ? body.split(mark).join('') : null;
  const [int, frac] = body.split(mark);
  // A single "." before exactly three digits groups thousands ("16.000"), unless the integer
  // part is 0 or missing ("0.500", ".500"); a single "," is always the decimal comma.
  if (mark === '.' && frac.length === 3 && /^[1-9]\d{0,2}$/.test(int)) return int + frac;
  return `${int === '' ? '0' : int}.${frac}`;
}

/** Text of any value, for messages; never throws (objects without a prototype included). */
function textOf(input: unknown): string {
  try {
    return String(input);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/**
 * Reads a cell as a number the way Vietnamese submissions write them (đọc số).
 *
 * Rules:
 * - numbers pass through; NaN and ±Infinity are not numbers;
 * - null, undefined, "", whitespace, "-", "–", "—", "x", "X" are "nothing" (value null);
 * - "1.234.567" → 1234567 and "1,234,567" → 1234567 (a mark that appears several times groups
 *   thousands); "1 234 567" (spaces or NBSP) → 1234567;
 * - one "." followed by exactly three digits groups thousands ("16.000" → 16000) unless the
 *   integer part is 0 ("0.500" → 0.5); otherwise it is a decimal point ("3.5" → 3.5);
 * - one "," is a decimal comma ("1,5" → 1.5, "1,234" → 1.234);
 * - with both marks the last one is the decimal mark ("1.234,5" and "1,234.5" → 1234.5);
 * - "-1.234" and the accounting "(1.234)" → -1234; a leading "+" is allowed;
 * - "28%" / "28,5 %" → 0.28 / 0.285 with `percent: true` (the ×1/100 is exact on the decimals);
 * - a footnote mark glued on ("16.000 (*)", "16.000*", "16.000 (1)") → the value with `note`;
 * - booleans, objects and anything else → not ok.
 * Never throws.
 *
 * @example
 * parseVietnameseNumber('1.234.567') //=> { ok: true, value: 1234567 }
 * parseVietnameseNumber('1.234,5') //=> { ok: true, value: 1234.5 }
 * parseVietnameseNumber('16.000 (*)') //=> { ok: true, value: 16000, note: '(*)' }
 * parseVietnameseNumber('28,5 %') //=> { ok: true, value: 0.285, percent: true }
 * parseVietnameseNumber('-') //=> { ok: true, value: null }
 * parseVietnameseNumber('1,2,3') //=> { ok: false, text: '1,2,3' }
 */
export function parseVietnameseNumber(input: unknown): NumberParse {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: input === 0 ? 0 : input } : { ok: false, text: String(input) };
  }
  if (typeof input === 'bigint') {
    const value = Number(input);
    return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, text: input.toString() };
  }
  if (typeof input !== 'string') return { ok: false, text: textOf(input) };

  let text = input.replace(SPACES, ' ').trim();
  if (NOTHING.has(text)) return { ok: true, value: null };

  let note: string | undefined;
  const footnote = FOOTNOTE.exec(text);
  if (footnote !== null) {
    text = footnote[1].trim();
    note = footnote[2].replace(/\s+/g, '');
  }

  const percent = /%$/.test(text);
  if (percent) text = text.slice(0, -1).trim();

  let negative = false;
  const accounting = /^\((.*)\)$/.exec(text);
  if (accounting !== null) {
    negative = true;
    text = accounting[1].trim();
  } else if (/^[-−–+]/.test(text)) {
    negative = text[0] !== '+';
    text = text.slice(1).trim();
  }

  const plain = plainNumber(text);
  if (plain === null) return { ok: false, text: input };
  const magnitude = Number(percent ? `${plain}e-2` : plain);
  if (!Number.isFinite(magnitude)) return { ok: false, text: input };
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, ...(percent ? { percent: true } : {}), ...(note !== undefined ? { note } : {}) };
}
