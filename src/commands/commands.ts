/**
 * The ribbon's commands, in the shared runtime: "Build tables" (Lập biểu) runs the same
 * application service as the task pane's button, then shows the outcome — the tables sheet is
 * activated; when the build found problems or failed, the task pane opens to show them (Excel
 * has no notification API for add-ins). The event is always completed, or Excel keeps the button
 * busy.
 */
import { CoreError } from '../core';
import { buildTables } from '../excel/buildTables';
import { localeOf } from '../i18n';
import type { ExcelHost } from '../excel/session';
import { BUILD_ACTION } from './actions';
import { publishOutcome } from './outcome';

export { BUILD_ACTION } from './actions';

interface OfficeLike {
  context?: { displayLanguage?: string };
  addin?: { showAsTaskpane(): Promise<void> };
}

const officeGlobal = (): OfficeLike | undefined => (globalThis as { Office?: OfficeLike }).Office;

function failureMessage(error: unknown): { vi: string; en: string } {
  if (error instanceof CoreError) return { vi: error.text('vi'), en: error.text('en') };
  const reason = error instanceof Error ? error.message : String(error);
  return { vi: `Không lập được biểu: ${reason}`, en: `Could not build the tables: ${reason}` };
}

/**
 * The "Build tables" handler. Builds, publishes the outcome for the pane, opens the pane when
 * there is something to read, and completes the event whatever happens.
 */
export async function onBuildTables(event: { completed(): void }, excel?: ExcelHost): Promise<void> {
  const office = officeGlobal();
  try {
    const outcome = await buildTables({ locale: localeOf(office?.context?.displayLanguage), excel });
    publishOutcome({ ok: true, outcome });
    const needsAttention =
      outcome.result.issues.some((i) => i.severity !== 'info') || outcome.written.some((w) => w.sheet !== w.requested);
    if (needsAttention) await office?.addin?.showAsTaskpane();
  } catch (error) {
    publishOutcome({ ok: false, message: failureMessage(error) });
    try {
      await office?.addin?.showAsTaskpane();
    } catch {
      // Nothing more to show: the event must still complete.
    }
  } finally {
    event.completed();
  }
}

// Registered when this module loads in the shared runtime (the task pane's page imports it).
const actions = (
  globalThis as { Office?: { actions?: { associate(id: string, f: (e: { completed(): void }) => unknown): void } } }
).Office?.actions;
actions?.associate(BUILD_ACTION, (event) => onBuildTables(event));
