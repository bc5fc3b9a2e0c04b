/**
 * The application service the ribbon and the task pane share (Lập biểu): read the workbook's
 * submissions, build the tables with the core, write the report's sheets — in one `Excel.run`
 * with 3 syncs (list, read, write) whatever the number of sheets. More only when needed: a
 * workbook past Excel on the web's 5 MB / 5M-cell caps (sized, split reads), TCVN3/VNI text in
 * mixed fonts (one sync for per-cell fonts), a person's sheet named like an output (one sync).
 */
import { readSheetSafely } from '../core/build';
import { buildWithHistory } from '../core/buildWithHistory';
import { makeIssue, type Message } from '../core/issues';
import type { BuildOptions, BuildResult, Locale, SheetLayout, SheetReading } from '../core/model';
import { REPORT_SHEETS, layoutReport } from '../core/report';
import { HISTORY_SHEET, layoutHistory } from '../core/history';
import { SENTENCES_SHEET } from '../core/sentences';
import { DEFAULT_OUTPUT_NAMES, type ReadOptions, readGrids } from './readGrids';
import { type ExcelHost, excelHost, session } from './session';
import { type WriteTarget, planTargets, writeLayouts } from './writeLayouts';

/** Output sheets whose names a person may change in the settings. */
export type OutputKind = keyof typeof REPORT_SHEETS;

/** Steps of a build, for a progress bar: done steps out of 4. */
export type BuildStep = 'list' | 'read' | 'build' | 'write' | 'done';

export interface BuildTablesOptions extends Omit<BuildOptions, 'onProgress'> {
  /** Sheets a person unticked. */
  exclude?: string[];
  /** Names to write under instead of "TTTT Biểu" …; a blank name keeps the default. */
  sheetNames?: Partial<Record<OutputKind, string>>;
  /** Called at each step: (steps done, 4, step). */
  onProgress?: (done: number, total: number, what: string) => void;
  /** Read per-cell fonts on sheets that mix fonts and look TCVN3/VNI (one more sync then); true by default. */
  fonts?: boolean;
  /** The Excel to run against; Office.js's global `Excel` by default (a test passes its double). */
  excel?: ExcelHost;
}

/** What a build did: the core's result, the sheets written (and the names asked for), the syncs used. */
export interface BuildOutcome {
  result: BuildResult;
  written: { sheet: string; requested: string }[];
  syncs: number;
}

const renamedOutput: Message<{ requested: string; sheet: string }> = {
  vi: (p) =>
    `Trang tính "${p.requested}" không do TTTT Tables tạo nên không bị ghi đè; kết quả được ghi vào "${p.sheet}"`,
  en: (p) =>
    `The sheet "${p.requested}" was not made by TTTT Tables, so it was left untouched; the output was written to "${p.sheet}"`,
};

const STEPS: BuildStep[] = ['list', 'read', 'build', 'write', 'done'];

/** The names asked for, by output kind: the settings' name when not blank, else the default. */
export function requestedNames(
  sheetNames: Partial<Record<OutputKind, string>> = {},
): { kind: OutputKind; requested: string }[] {
  return (Object.keys(REPORT_SHEETS) as OutputKind[]).map((kind) => ({
    kind,
    requested: sheetNames[kind]?.trim() || REPORT_SHEETS[kind],
  }));
}

/**
 * Builds the standard tables from the workbook's sheets and writes the report (the tables, the
 * per-enterprise breakdown and the checks) into sheets the add-in owns. A person's sheet with an
 * output's name is never touched: the output goes under a free name and a warning says so.
 *
 * @example
 * const { result, written, syncs } = await buildTables({ locale: 'vi', convention: 'change' });
 * written[0] //=> { sheet: 'TTTT Biểu', requested: 'TTTT Biểu' }
 * syncs //=> 3 (list, read, write)
 */
export async function buildTables(options: BuildTablesOptions = {}): Promise<BuildOutcome> {
  const { exclude, sheetNames, onProgress, excel, fonts, ...core } = options;
  const locale: Locale = core.locale ?? 'vi';
  const step = (what: BuildStep): void => onProgress?.(STEPS.indexOf(what), 4, what);
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    step('list');
    // List, then one read sync for the submissions, the markers and the hidden history alike.
    const outputNames = [...requestedNames(sheetNames).map((r) => r.requested), SENTENCES_SHEET, HISTORY_SHEET];
    const reading = await readGrids(s, {
      exclude,
      fonts,
      history: true,
      outputNames: [...new Set([...outputNames, ...DEFAULT_OUTPUT_NAMES])],
      onListed: () => step('read'),
    });
    const { sheets, grids } = reading;
    const historyGrid = reading.history;
    step('build');
    const { result, history } = buildWithHistory(
      grids,
      historyGrid?.values ?? [],
      { file: '', sheet: historyGrid?.sheet ?? '', top: historyGrid?.top, left: historyGrid?.left },
      core,
    );
    const targets = planTargets(requestedNames(sheetNames), sheets);
    for (const t of targets) {
      if (t.sheet !== t.requested) {
        result.issues.push(
          makeIssue('warning', 'output-renamed', renamedOutput, { requested: t.requested, sheet: t.sheet }, locale, {
            file: '',
            sheet: t.sheet,
            cell: '',
          }),
        );
      }
    }
    const layouts = layoutReport(result, { convention: core.convention, locale });
    // The history with this build recorded, written hidden in the same write.
    if (history) layouts.push(layoutHistory(history));
    const entries = layouts.map((layout) => ({ layout, target: targetFor(layout, targets, sheets) }));
    step('write');
    await writeLayouts(s, entries);
    step('done');
    const shown = entries.filter((e) => !e.layout.hidden);
    return {
      result,
      written: shown.map((e) => ({ sheet: e.target.sheet, requested: e.target.requested })),
      syncs: s.syncs,
    };
  });
}

/** The planned target of a layout; a layout of a kind not planned (e.g. sentences) is planned now. */
function targetFor(
  layout: SheetLayout,
  targets: WriteTarget[],
  sheets: Parameters<typeof planTargets>[1],
): WriteTarget {
  const planned = targets.find((t) => t.kind === layout.kind);
  if (planned) return planned;
  const taken = [
    ...sheets,
    ...targets.map((t) => ({
      id: `planned:${t.sheet}`,
      name: t.sheet,
      position: 0,
      visibility: 'Visible',
      owner: null,
      size: null,
    })),
  ];
  const [t] = planTargets([{ kind: layout.kind, requested: layout.name }], taken);
  targets.push(t);
  return t;
}

export interface ScanOptions extends ReadOptions {
  locale?: Locale;
  /** Period to read sheets that state none with. */
  period?: string;
  excel?: ExcelHost;
}

/**
 * What the reader makes of every candidate sheet, for the pane to show before a build (which
 * sheets are submissions, of which enterprise and period, and their problems). Same reads as a
 * build without the history: two syncs (list, read) for an ordinary workbook. Sheets the add-in
 * wrote are left out.
 */
export async function scanSubmissions(options: ScanOptions = {}): Promise<SheetReading[]> {
  const locale = options.locale ?? 'vi';
  return excelHost(options.excel).run(async (context) => {
    const { grids } = await readGrids(session(context), options);
    return grids.map((grid) => readSheetSafely(grid, locale, options.period));
  });
}
