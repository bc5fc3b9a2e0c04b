/**
 * The last build's outcome, shared in the one runtime by the ribbon (which builds) and the task
 * pane (which shows what happened when the ribbon opens it).
 */
import type { BuildOutcome } from '../excel/buildTables';

/** A build that finished, or one that failed with its message in both languages. */
export type Outcome = { ok: true; outcome: BuildOutcome } | { ok: false; message: { vi: string; en: string } };

let last: Outcome | null = null;
const listeners = new Set<(o: Outcome) => void>();

/** Records an outcome and tells every listener. */
export function publishOutcome(o: Outcome): void {
  last = o;
  for (const l of listeners) l(o);
}

/** The last outcome, or null before any ribbon build. */
export function lastOutcome(): Outcome | null {
  return last;
}

/** Calls `listener` on every new outcome; returns a function that stops it. */
export function onOutcome(listener: (o: Outcome) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
