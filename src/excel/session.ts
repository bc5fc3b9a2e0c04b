/**
 * One `Excel.run` batch with its syncs counted, so every step of a build can say what it cost.
 */

/** A request context and the number of `context.sync()` calls made through it. */
export interface Session {
  context: Excel.RequestContext;
  syncs: number;
  sync(): Promise<void>;
}

/** Wraps a request context; call `session.sync()` instead of `context.sync()`. */
export function session(context: Excel.RequestContext): Session {
  const s: Session = {
    context,
    syncs: 0,
    async sync() {
      s.syncs += 1;
      await context.sync();
    },
  };
  return s;
}

/** What runs batches: Office.js's `Excel` global, or the test double's. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The host to use: the one given, else Office.js's global `Excel`. */
export function excelHost(given?: ExcelHost): ExcelHost {
  if (given) return given;
  const global = (globalThis as { Excel?: ExcelHost }).Excel;
  if (!global) throw new Error('Office.js is not loaded: Excel is undefined');
  return global;
}

/** The Office.js error code of a failure ("ItemNotFound", "RequestPayloadSizeLimitExceeded", …), if any. */
export function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
