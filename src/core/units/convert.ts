import { CoreError } from '../errors';
import { parseUnit } from './parseUnit';
import { CANONICAL, SIZES, UNITS, type Unit } from './table';

/** A unit given as a Unit, a code, or any text parseUnit reads. */
function resolve(unit: string | Unit): Unit {
  if (typeof unit !== 'string') return unit;
  const found = UNITS.get(unit) ?? parseUnit(unit);
  if (found === null) {
    throw new CoreError('unknown-unit', {
      vi: `Không biết đơn vị tính "${unit}"`,
      en: `Unknown unit "${unit}"`,
    });
  }
  return found;
}

/**
 * A unit's size in the smallest unit of its dimension: the table's, or, for a unit made outside
 * the table (a dictionary's "kg × 50"), its factor times the canonical unit's size.
 */
function sizeOf(unit: Unit): number {
  return SIZES.get(unit.code) ?? unit.factor * (SIZES.get(CANONICAL[unit.dimension]) ?? 1);
}

/**
 * Converts a value between two units of the same dimension (đổi đơn vị): "tr.đ" → "nghìn đồng",
 * "tấn" → "kg". Units are codes, any text parseUnit reads, or Unit objects.
 *
 * The value is multiplied or divided by an exact integer ratio (1 triệu = 1.000.000 đồng), never
 * by a rounded factor such as 1e-6, so 1234567 đồng gives 1.234567 triệu đồng as JS writes it.
 * Throws CoreError('unknown-unit') or CoreError('unit-mismatch') (đồng into kg).
 *
 * @example
 * convert(1234567, 'đồng', 'trieu-dong') //=> 1.234567
 * convert(2.5, 'tấn', 'kg') //=> 2500
 */
export function convert(value: number, from: string | Unit, to: string | Unit): number {
  const a = resolve(from);
  const b = resolve(to);
  if (a.dimension !== b.dimension) {
    throw new CoreError('unit-mismatch', {
      vi: `Không đổi được "${a.label}" sang "${b.label}": hai đơn vị khác loại`,
      en: `Cannot convert "${a.labelEn}" to "${b.labelEn}": different kinds of unit`,
    });
  }
  const sizeA = sizeOf(a);
  const sizeB = sizeOf(b);
  return sizeA >= sizeB ? value * (sizeA / sizeB) : value / (sizeB / sizeA);
}
