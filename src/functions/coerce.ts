/**
 * The one coercion layer of the custom functions (HyperFormula's lesson: coerce centrally, keep
 * bodies tiny). Excel hands a function single cells or ranges; this module
 * - broadcasts them cell by cell (a single cell goes with any range; ranges must match in size),
 * - turns each cell into what the body needs (a number read the Vietnamese way, a text, an option),
 * - and turns any failure into a `CustomFunctions.Error` in that cell, with a message in the
 *   user's language — never a wrong number.
 */
import {
  CoreError,
  type CellValue,
  type Indicator,
  type Locale,
  type Period,
  type Sector,
  type SheetGrid,
  type Message,
  parseVietnameseNumber,
  fixText,
  CONVENTION_WORDS,
  LOCALE_WORDS,
  SECTOR_WORDS,
  choiceOf,
  indicatorById,
  matchIndicator,
  parsePeriod,
} from '../core';
import { localeOf } from '../i18n';

/** What a function may put in one cell. `""` is an empty result (a blank row gives a blank). */
export type CellResult = string | number | boolean | CustomFunctions.Error;

/** Turns one cell (or a scalar argument) into the value a body works with; throws CoreError when it cannot. */
export type Coercer<T> = (cell: unknown) => T;

type Values<C extends readonly Coercer<unknown>[]> = {
  -readonly [K in keyof C]: C[K] extends Coercer<infer T> ? T : never;
};

/** Messages of the failures this layer itself detects; the core brings its own. */
const messages = {
  unreadableNumber: {
    vi: (p: { text: string }) => `Không đọc được số "${p.text}"`,
    en: (p: { text: string }) => `Cannot read the number "${p.text}"`,
  },
  missing: {
    vi: (p: { role: Role }) => missingFigure.vi[p.role],
    en: (p: { role: Role }) => missingFigure.en[p.role],
  },
  notText: {
    vi: (p: { text: string }) => `Cần một đoạn chữ, không phải ${p.text}`,
    en: (p: { text: string }) => `Expected text, not ${p.text}`,
  },
  unknownOption: {
    vi: (p: { text: string; choices: string }) => `Không hiểu "${p.text}"; chọn một trong: ${p.choices}`,
    en: (p: { text: string; choices: string }) => `Cannot understand "${p.text}"; use one of: ${p.choices}`,
  },
  unknownIndicator: {
    vi: (p: { text: string }) => `"${p.text}" không phải chỉ tiêu chuẩn nào`,
    en: (p: { text: string }) => `"${p.text}" is not a standard indicator`,
  },
  otherIndicator: {
    vi: (p: { text: string }) => `"${p.text}" là chỉ tiêu khác, không thuộc biểu chuẩn`,
    en: (p: { text: string }) => `"${p.text}" is another indicator, not one of the standard tables`,
  },
  unreadablePeriod: {
    vi: (p: { text: string }) => `Không đọc được kỳ báo cáo "${p.text}"`,
    en: (p: { text: string }) => `Cannot read a reporting period in "${p.text}"`,
  },
  sizeMismatch: {
    vi: (p: { sizes: string }) => `Các vùng không cùng kích thước (${p.sizes})`,
    en: (p: { sizes: string }) => `The ranges differ in size (${p.sizes})`,
  },
  emptyRange: { vi: () => 'Vùng dữ liệu trống', en: () => 'The range is empty' },
  internal: {
    vi: (p: { text: string }) => `Lỗi không mong đợi: ${p.text}`,
    en: (p: { text: string }) => `Unexpected failure: ${p.text}`,
  },
} satisfies Record<string, Message<never>>;

/** Which figure is missing, so the message can say it ("no previous figure"). */
export type Role = 'current' | 'previous' | 'opening' | 'closing' | 'value';
const missingFigure: Record<Locale, Record<Role, string>> = {
  vi: {
    current: 'Thiếu số liệu kỳ này',
    previous: 'Thiếu số liệu cùng kỳ năm trước',
    opening: 'Thiếu số đầu kỳ',
    closing: 'Thiếu số cuối kỳ (hiện có)',
    value: 'Thiếu số liệu',
  },
  en: {
    current: 'No current figure',
    previous: 'No previous figure',
    opening: 'No opening figure',
    closing: 'No closing figure',
    value: 'No figure',
  },
};

/** A CoreError raised by this layer, from one of its messages. */
function fail<P>(code: string, message: Message<P>, params: P, kind: 'value' | 'not-available' = 'value'): never {
  throw new CoreError(code, { vi: message.vi(params), en: message.en(params) }, kind);
}

/**
 * The language of error messages: Office's display language by the add-in's one rule (`localeOf`),
 * or English, the metadata's default, before Office says it. Read on each error (cheap, and errors
 * are rare) so a test or a language switch is seen at once.
 */
export function messageLocale(): Locale {
  try {
    const language = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office?.context
      ?.displayLanguage;
    return typeof language === 'string' ? localeOf(language) : 'en';
  } catch {
    return 'en'; // Office not initialised yet: English, the metadata's default language
  }
}

/**
 * Turns anything a body threw into the Excel error for its cell: a CoreError of kind
 * 'not-available' → `#N/A`, any other → `#VALUE!`, both with the message in the user's language.
 *
 * @example
 * toExcelError(new CoreError('no-previous', { vi: '…', en: 'No previous figure' }, 'not-available'))
 * //=> CustomFunctions.Error { code: '#N/A', message: 'No previous figure' }
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof CoreError) {
    const code =
      error.kind === 'not-available' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.text(messageLocale()));
  }
  const text = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    messages.internal[messageLocale()]({ text }),
  );
}

// ---------------------------------------------------------------------------------------------
// Cells

/** An Excel error arriving as input (e.g. a #DIV/0! in the range): passed through to its cell. */
function isExcelError(cell: unknown): cell is { code: string; message?: string } {
  return (
    typeof cell === 'object' &&
    cell !== null &&
    typeof (cell as { code?: unknown }).code === 'string' &&
    (cell as { code: string }).code.startsWith('#')
  );
}

/**
 * A cell as a plain value: Excel may send data-type objects (`{ type: 'Double', basicValue: 5 }`)
 * because the metadata allows custom data for `any`; errors and other objects count as empty.
 *
 * @example
 * plainCell({ type: 'String', basicValue: 'abc' }) //=> 'abc'
 * plainCell(undefined) //=> null
 */
export function plainCell(cell: unknown): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'object' && 'basicValue' in cell) return plainCell((cell as { basicValue: unknown }).basicValue);
  return null;
}

/** True for a cell that holds nothing: empty, blank text. */
export function isBlank(cell: unknown): boolean {
  const value = plainCell(cell);
  return value === null || (typeof value === 'string' && value.trim() === '');
}

// ---------------------------------------------------------------------------------------------
// Coercers: one per kind of argument

/**
 * A figure or nothing: a number cell as it is, a text cell read the way submissions write numbers
 * ("1.234.567", "1.234,5", "16.000 (*)"); "-", "x" and blanks are `null`; unreadable text → #VALUE!.
 *
 * @example
 * number('1.234.567') //=> 1234567
 * number('-') //=> null
 */
export const number: Coercer<number | null> = (cell) => {
  const value = plainCell(cell);
  if (value === null) return null;
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? value
      : fail('unreadable-number', messages.unreadableNumber, { text: String(value) });
  if (typeof value === 'boolean')
    return fail('unreadable-number', messages.unreadableNumber, { text: String(value).toUpperCase() });
  if (value.trim() === '') return null;
  const parsed = parseVietnameseNumber(value);
  return parsed.ok ? parsed.value : fail('unreadable-number', messages.unreadableNumber, { text: parsed.text });
};

/**
 * A figure that must be there: blank or "-" → #N/A naming which figure is missing.
 *
 * @example
 * figure('previous')('') // throws CoreError('missing-figure', 'No previous figure', 'not-available')
 */
export function figure(role: Role): Coercer<number> {
  return (cell) => number(cell) ?? fail('missing-figure', messages.missing, { role }, 'not-available');
}

/** A movement in a period (số tăng / số giảm): blank or "-" means none, i.e. 0. */
export const movement: Coercer<number> = (cell) => number(cell) ?? 0;

/**
 * A cell as text ("" when blank; a number as Excel would show it plainly).
 *
 * @example
 * text(2015) //=> '2015'
 */
export const text: Coercer<string> = (cell) => {
  const value = plainCell(cell);
  if (value === null) return '';
  if (typeof value === 'boolean') return fail('not-text', messages.notText, { text: String(value).toUpperCase() });
  return String(value);
};

/** Optional text (e.g. a font name): `undefined` when not given. */
export const optionalText: Coercer<string | undefined> = (cell) => (isBlank(cell) ? undefined : text(cell));

/**
 * A coercer for an optional word chosen from a table of spellings, in English or Vietnamese.
 * Blank → the default; anything else unknown → #VALUE! listing the choices.
 *
 * @example
 * option({ telecom: ['telecom', 'vien thong'], postal: ['postal', 'buu chinh'] }, undefined)('Bưu chính') //=> 'postal'
 */
export function option<T extends string, D extends T | undefined>(
  spellings: Readonly<Record<T, readonly string[]>>,
  fallback: D,
): Coercer<T | D> {
  const choices = Object.values<readonly string[]>(spellings)
    .map((words) => words[0])
    .join(', ');
  return (cell) => {
    if (isBlank(cell)) return fallback;
    const given = text(cell);
    return choiceOf(spellings, given) ?? fail('unknown-option', messages.unknownOption, { text: given, choices });
  };
}

/** "So với cùng kỳ" convention: change (default), ratio or index — in either language. */
export const convention = option(CONVENTION_WORDS, 'change');

/** The sector (lĩnh vực) that decides what "Doanh thu" alone means; optional. */
export const sector = option(SECTOR_WORDS, undefined);

/** The language of a text result; Vietnamese unless told (the report is in Vietnamese). */
export const language = option(LOCALE_WORDS, 'vi');

/** An optional language: `undefined` when not given (a function then gives a code, not a phrase). */
export const optionalLanguage = option(LOCALE_WORDS, undefined);

/**
 * A standard indicator (chỉ tiêu) given by its id ("mobile-prepaid") or any label the catalogue
 * recognises ("TB DĐ trả trước", TCVN3 text…). Not a standard one → #N/A saying so.
 *
 * @example
 * indicator('ftth').label //=> 'Thuê bao FTTH'
 */
export const indicator: Coercer<Indicator> = (cell) => indicatorIn(undefined)(cell);

/** {@link indicator}, with the sector that decides what "Doanh thu" means. */
export function indicatorIn(within: Sector | undefined): Coercer<Indicator> {
  return (cell) => {
    const given = fixText(text(cell)).trim();
    const byId = indicatorById(given);
    if (byId) return byId;
    const match = matchIndicator(given, within);
    if (match?.kind === 'standard') return match.indicator;
    return match?.kind === 'other'
      ? fail('other-indicator', messages.otherIndicator, { text: given }, 'not-available')
      : fail('unknown-indicator', messages.unknownIndicator, { text: given }, 'not-available');
  };
}

/**
 * A reporting period (kỳ báo cáo) from a code ("9T/2015") or a title line ("9 tháng đầu năm 2015").
 *
 * @example
 * period('Quý III/2015').code //=> 'Q3/2015'
 */
export const period: Coercer<Period> = (cell) => {
  const given = text(cell).trim();
  return parsePeriod(given) ?? fail('unreadable-period', messages.unreadablePeriod, { text: given });
};

// ---------------------------------------------------------------------------------------------
// Broadcasting

/** Rows × columns of an argument; a scalar is one cell. */
function shapeOf(arg: unknown): [number, number] {
  return Array.isArray(arg) ? [arg.length, Array.isArray(arg[0]) ? arg[0].length : 1] : [1, 1];
}

/** Reads cell (r, c) of an argument, a single cell standing for every position. */
function reader(arg: unknown): (r: number, c: number) => unknown {
  if (!Array.isArray(arg)) return () => arg;
  const rows = arg as unknown[];
  if (rows.length === 1 && (!Array.isArray(rows[0]) || rows[0].length === 1)) {
    const only = Array.isArray(rows[0]) ? rows[0][0] : rows[0];
    return () => only;
  }
  return (r, c) => (Array.isArray(rows[r]) ? (rows[r] as unknown[])[c] : rows[r]);
}

/** The common shape of the arguments, or #VALUE! when two ranges differ. */
function commonShape(args: unknown[]): [number, number] {
  let shape: [number, number] = [1, 1];
  for (const arg of args) {
    const [rows, cols] = shapeOf(arg);
    if (rows === 0 || cols === 0) fail('empty-range', messages.emptyRange, {});
    if (rows * cols === 1) continue;
    if (shape[0] * shape[1] === 1) shape = [rows, cols];
    else if (shape[0] !== rows || shape[1] !== cols)
      fail('size-mismatch', messages.sizeMismatch, { sizes: `${shape[0]}×${shape[1]}, ${rows}×${cols}` });
  }
  return shape;
}

/**
 * Makes a cell-by-cell function: each argument (a cell, a range or a scalar option) is broadcast
 * to the common shape, coerced by its coercer, and given to `body`; the result has the shape of
 * the ranges. A failure lands in its own cell as #VALUE! or #N/A; a position where every range
 * is blank gives "" (an empty row stays empty); an Excel error in an input passes through.
 *
 * @example
 * const double = cellwise([number], (x) => (x ?? 0) * 2);
 * double([['1.000'], ['x']]) //=> [[2000], [0]]
 */
export function cellwise<const C extends readonly Coercer<unknown>[]>(
  coercers: C,
  body: (...values: Values<C>) => CellResult,
): (...args: unknown[]) => CellResult[][] {
  return (...args) => {
    let shape: [number, number];
    try {
      shape = commonShape(args);
    } catch (error) {
      return [[toExcelError(error)]];
    }
    const readers = coercers.map((_, i) => reader(args[i]));
    const ranged = coercers.map((_, i) => Array.isArray(args[i]));
    const values = new Array<unknown>(coercers.length);
    const result: CellResult[][] = [];
    for (let r = 0; r < shape[0]; r++) {
      const row: CellResult[] = [];
      for (let c = 0; c < shape[1]; c++) row.push(cell(r, c));
      result.push(row);
    }
    return result;

    function cell(r: number, c: number): CellResult {
      let blank = true;
      for (let i = 0; i < coercers.length; i++) {
        const raw = readers[i](r, c);
        if (isExcelError(raw)) return new CustomFunctions.Error(raw.code as CustomFunctions.ErrorCode, raw.message);
        if (ranged[i] && !isBlank(raw)) blank = false;
      }
      if (blank && ranged.some(Boolean)) return '';
      try {
        for (let i = 0; i < coercers.length; i++) values[i] = coercers[i](readers[i](r, c));
        return body(...(values as Values<C>));
      } catch (error) {
        return toExcelError(error);
      }
    }
  };
}

/**
 * Makes a function with one result from whole arguments (e.g. SUMIND over ranges): a failure
 * becomes the cell's #VALUE! or #N/A instead of an exception.
 *
 * @example
 * whole(() => { throw new CoreError('x', { vi: 'Lỗi', en: 'Wrong' }); })() //=> CustomFunctions.Error #VALUE! 'Wrong'
 */
export function whole<A extends unknown[]>(body: (...args: A) => CellResult): (...args: A) => CellResult {
  return (...args) => {
    try {
      return body(...args);
    } catch (error) {
      return toExcelError(error);
    }
  };
}

/**
 * A range as the rows of a grid the reader takes: plain values, errors and objects as empty cells.
 *
 * @example
 * gridValues([[1, 'a', { code: '#N/A' }]]) //=> [[1, 'a', null]]
 */
export function gridValues(range: unknown): CellValue[][] {
  if (!Array.isArray(range)) return [[plainCell(range)]];
  return range.map((row) => (Array.isArray(row) ? row.map(plainCell) : [plainCell(row)]));
}

/**
 * A range handed to TTTT.SUMIND as the grid the reader takes. Custom functions do not know where
 * a range sits, so it is numbered ("Vùng 2") and placed at A1; the figures are what matter here.
 *
 * @example
 * rangeGrid([['Doanh thu', 5]], 0) //=> { file: '', sheet: 'Vùng 1', top: 0, left: 0, values: [['Doanh thu', 5]] }
 */
export function rangeGrid(range: unknown, index: number): SheetGrid {
  return { file: '', sheet: `Vùng ${index + 1}`, top: 0, left: 0, values: gridValues(range) };
}
