import { foldDiacritics } from '../text/foldDiacritics';
import { BY_KEY, unitKey, type Unit } from './table';
import { remember } from '../text/remember';

/**
 * Reads a whole text as a unit (đơn vị tính): "Tr.đồng", "trđ", "nghìn đồng", "1.000 đồng",
 * "VNĐ", "tấn", "kg", "TB", "cái, bức", "tờ, cuốn"… Case, diacritics (NFC or NFD), spaces,
 * dots and enclosing brackets do not matter. Null when the text is not a known unit.
 *
 * @example
 * parseUnit('Tr.đồng')?.code //=> 'trieu-dong'
 * parseUnit('(1.000 đ)')?.code //=> 'nghin-dong'
 * parseUnit('Doanh thu') //=> null
 */
export const parseUnit: (text: string) => Unit | null = remember(function parseUnit(text: string): Unit | null {
  if (typeof text !== 'string') return null;
  let folded = foldDiacritics(text).replace(/^[\s:.]+|[\s:.]+$/g, '');
  for (let m = /^[([](.*)[)\]]$/.exec(folded); m !== null; m = /^[([](.*)[)\]]$/.exec(folded)) {
    folded = m[1].trim();
  }
  if (folded === '') return null;
  return BY_KEY.get(unitKey(folded)) ?? null;
});
