/**
 * What an Excel number format does to the number a person sees: a percentage shows the value
 * × 100 with "%", and commas right after the last digit placeholder ("#,##0," / "#,##0,,") show
 * it divided by 1 000 per comma. The reader reads a figure as a person reads it.
 */
export interface FormatEffect {
  percent: boolean;
  /** What the stored value is divided by to give the number shown (1, 1 000, 1 000 000…). */
  divisor: number;
}

const PLAIN: FormatEffect = { percent: false, divisor: 1 };

/** The format's first section with quoted text, escapes, [colour]/[condition] and fill/space marks removed. */
function firstSection(format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const close = format.indexOf('"', i + 1);
      i = close < 0 ? format.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const close = format.indexOf(']', i + 1);
      i = close < 0 ? format.length : close;
    } else if (ch === ';') {
      break;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * The effect of a number format on what a person sees.
 *
 * @example
 * formatEffect('#,##0,') //=> { percent: false, divisor: 1000 }
 * formatEffect('0.0%') //=> { percent: true, divisor: 1 }
 * formatEffect('#,##0') //=> { percent: false, divisor: 1 }
 */
export function formatEffect(format: string | null | undefined): FormatEffect {
  if (typeof format !== 'string' || format === '' || format === 'General' || format === '@') return PLAIN;
  const section = firstSection(format);
  const percent = section.includes('%');
  const scaling = /[0#?]\.?(,+)[^0#?]*$/.exec(section);
  const commas = scaling ? scaling[1].length : 0;
  return { percent, divisor: 1000 ** commas };
}

/**
 * The format a face keeps in a grid's `formats`: the format itself where it changes what a person
 * sees (percent or scaling), else null, so grids stay small.
 *
 * @example
 * keptFormat('#,##0,,') //=> '#,##0,,'
 * keptFormat('#,##0') //=> null
 */
export function keptFormat(format: unknown): string | null {
  if (typeof format !== 'string') return null;
  const effect = formatEffect(format);
  return effect.percent || effect.divisor !== 1 ? format : null;
}
