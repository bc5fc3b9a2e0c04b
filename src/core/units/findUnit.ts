import { foldDiacritics } from '../text/foldDiacritics';
import { parseUnit } from './parseUnit';
import type { Unit } from './table';
import { remember } from '../text/remember';

/** "Đơn vị tính:", "ĐVT:", "Đơn vị:", "Unit:" introducing a unit (folded). */
const UNIT_INTRO = /(?:^|[\s(,;])(?:don vi tinh|don vi|d\.?\s?v\.?\s?t|units?)\s*[:.]?\s*(.*)$/;

/**
 * A unit read from a place that may also hold an enumeration letter ("(d)", "đ)", "g"): one-letter
 * spellings (đ, g) only count after "ĐVT:", never on their own.
 */
function notALetter(text: string): Unit | null {
  return text.replace(/[^\p{L}\d]/gu, '').length >= 2 ? parseUnit(text) : null;
}

/** The unit at the start of `rest`, trying its longest leading run of words first. */
function leadingUnit(rest: string): Unit | null {
  const words = rest.split(/[\s;)\]]+/).filter((w) => w !== '');
  for (let n = Math.min(words.length, 5); n > 0; n--) {
    const unit = parseUnit(words.slice(0, n).join(' '));
    if (unit !== null) return unit;
  }
  return null;
}

/**
 * Finds a unit mentioned inside a label, header or title line (tìm đơn vị tính): in brackets
 * ("Doanh thu (tr.đồng)"), after "Đơn vị tính:" / "ĐVT:" ("ĐVT: 1.000đ"), after a last comma or
 * dash ("Doanh thu, triệu đồng"), or as the whole text. One-letter units (đ, g) count only after "ĐVT:", since "(d)" or "đ" is
 * more often an enumeration. Only those places count, so words such
 * as "thuê bao" inside "Thuê bao di động" are not taken for a unit.
 *
 * @example
 * findUnit('Doanh thu (tr.đồng)')?.code //=> 'trieu-dong'
 * findUnit('Đơn vị tính: nghìn đồng')?.code //=> 'nghin-dong'
 * findUnit('Thuê bao di động') //=> null
 */
export const findUnit: (text: string) => Unit | null = remember(function findUnit(text: string): Unit | null {
  if (typeof text !== 'string') return null;
  const whole = notALetter(text);
  if (whole !== null) return whole;
  const folded = foldDiacritics(text);

  const intro = UNIT_INTRO.exec(folded);
  if (intro !== null) {
    const unit = leadingUnit(intro[1]);
    if (unit !== null) return unit;
  }
  for (const m of folded.matchAll(/[([]([^()[\]]*)[)\]]/g)) {
    const inside = m[1];
    const unit = notALetter(inside) ?? (UNIT_INTRO.test(inside) ? findUnit(inside) : null);
    if (unit !== null) return unit;
  }
  const tail = /[,–-]\s*([^,–-]+)$/.exec(folded);
  return tail === null ? null : notALetter(tail[1]);
});
