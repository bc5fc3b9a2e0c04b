/**
 * Decimal-string helpers shared by the formatters: rounding and shifting are done on the
 * shortest decimal spelling of a double, so 1.005 rounds to 1.01 and 0.285 shows as 28,5%.
 */

/** Plain decimal spelling of a non-negative finite number, without exponent ("1e-7" → "0.0000001"). */
export function plainDecimal(abs: number): string {
  const text = String(abs);
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const digits = match[1] + (match[2] ?? '');
  const point = match[1].length + Number(match[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Moves the decimal point of a plain decimal `places` to the right (×10^places), exactly. */
export function shiftDecimal(plain: string, places: number): string {
  const [int, frac = ''] = plain.split('.');
  const padded = frac.padEnd(places, '0');
  const digits = (int + padded.slice(0, places)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(places);
  return rest === '' ? digits : `${digits}.${rest}`;
}

/** Rounds a plain decimal half away from zero to exactly `decimals` places: ("1.005", 2) → "1.01". */
export function roundDecimal(plain: string, decimals: number): string {
  const [int, frac = ''] = plain.split('.');
  const kept = int + frac.padEnd(decimals, '0').slice(0, decimals);
  const up = (frac[decimals] ?? '0') >= '5';
  const rounded = (up ? BigInt(kept) + 1n : BigInt(kept)).toString().padStart(decimals + 1, '0');
  return decimals === 0 ? rounded : `${rounded.slice(0, -decimals)}.${rounded.slice(-decimals)}`;
}

/** Vietnamese spelling of a plain decimal: "." between thousands, "," before decimals. */
export function vietnameseDigits(plain: string): string {
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}
