/**
 * A global `CustomFunctions` like the one Excel's runtime provides, for jest: the real `Error`
 * class carries `code` (the ErrorCode string, e.g. "#N/A") and an optional `message`.
 * Import this first in every test of the functions.
 */
class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export const associated = new Map<string, Function>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: (id: string, fn: Function) => associated.set(id, fn),
};

/** A plain view of an Excel error for assertions: `{ error: '#N/A', message: '…' }`. */
export function excelError(value: unknown): { error: string; message?: string } | unknown {
  return value instanceof CustomFunctionsError ? { error: value.code, message: value.message } : value;
}

/** The same for every cell of a result. */
export function plain(result: unknown): unknown {
  return Array.isArray(result)
    ? result.map((row) => (Array.isArray(row) ? row.map(excelError) : excelError(row)))
    : excelError(result);
}

/** Runs `body` as if Office ran in `language` (e.g. "vi-VN"), for the messages' language. */
export function inLanguage<T>(language: string, body: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const before = g.Office;
  g.Office = { context: { displayLanguage: language } };
  try {
    return body();
  } finally {
    g.Office = before;
  }
}
