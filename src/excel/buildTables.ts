/**
 * The application service the ribbon and the task pane share (Lập biểu): read the workbook's
 * submissions, build the tables with the core, write the report's sheets — in one `Excel.run`
 * with 3 syncs (list, read, write) whatever the number of sheets. More only when needed: a
 * workbook past Excel on the web's 5 MB / 5M-cell caps (sized, split reads), TCVN3/VNI text in
 * mixed fonts (one sync for per-cell fonts).
 *
 * The build's settings (convention, sheet names, excluded sheets) are kept in the workbook
 * (registry.ts) and read in the list sync, so the ribbon's button builds what the pane would;
 * an option given here wins over the stored one.
 */
import {
  readSheetSafely,
  buildWithHistory,
  makeIssue,
  type Message,
  type BuildOptions,
  type BuildResult,
  type Convention,
  type Locale,
  type SheetLayout,
  type SheetReading,
  REPORT_SHEETS,
  layoutReport,
  HISTORY_SHEET,
  layoutHistory,
  SENTENCES_SHEET,
  type Dictionary,
} from '../core';
import { comparisonCharts } from './chart';
import { taughtDictionary } from './dictionary';
import { personCells } from './guard';
import {
  DEFAULT_OUTPUT_NAMES,
  type ReadOptions,
  type SheetInfo,
  listWorkbook,
  readGrids,
  readListed,
} from './readGrids';
import { SETTINGS_KEY, type WorkbookSettings, entryFor, parseWorkbookSettings } from './registry';
import { capabilities } from './requirements';
import { type ExcelHost, excelHost, session } from './session';
import { type WriteTarget, planTargets, writeLayouts } from './writeLayouts';

/** Output sheets whose names a person may change in the settings. */
export type OutputKind = keyof typeof REPORT_SHEETS;

/** Steps of a build, for a progress bar: done steps out of 4. */
export type BuildStep = 'list' | 'read' | 'build' | 'write' | 'done';

export interface BuildTablesOptions extends BuildOptions {
  /** How "so với cùng kỳ" is shown in the tables (the report's convention). */
  convention?: Convention;
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
  /** The dictionary the build used (and kept in the workbook). */
  dictionary?: Dictionary;
  /** Output sheets a person had typed into, left as they were, with the cells they changed. */
  kept?: { sheet: string; cells: string[] }[];
}

const renamedOutput: Message<{ requested: string; sheet: string }> = {
  vi: (p) =>
    `Trang tính "${p.requested}" không do TTTT Tables tạo nên không bị ghi đè; kết quả được ghi vào "${p.sheet}"`,
  en: (p) =>
    `The sheet "${p.requested}" was not made by TTTT Tables, so it was left untouched; the output was written to "${p.sheet}"`,
};

const keptTyping: Message<{ sheet: string; cells: string; output: string }> = {
  vi: (p) =>
    `Trang tính "${p.sheet}" có ô do người dùng sửa hoặc thêm (${p.cells}) nên được giữ nguyên; kết quả mới được ghi vào "${p.output}"`,
  en: (p) =>
    `The sheet "${p.sheet}" has cells a person changed or added (${p.cells}), so it was kept as it is; the new output was written to "${p.output}"`,
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
  const { exclude: givenExclude, sheetNames: givenNames, onProgress, excel, fonts, ...given } = options;
  const locale: Locale = given.locale ?? 'vi';
  const step = (what: BuildStep): void => onProgress?.(STEPS.indexOf(what), 4, what);
  const caps = capabilities();
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    step('list');
    // List (with the settings kept in the workbook), then one read sync for the submissions,
    // the marks, the add-in's own sheets and the hidden history alike.
    const listing = await listWorkbook(s);
    const stored = listing.settings;
    const exclude = givenExclude ?? stored.exclude;
    const sheetNames = givenNames ?? stored.sheetNames;
    const core = {
      ...given,
      convention: given.convention ?? stored.convention,
      province: given.province ?? stored.province,
    };
    step('read');
    const outputNames = [...requestedNames(sheetNames).map((r) => r.requested), SENTENCES_SHEET, HISTORY_SHEET];
    const reading = await readListed(s, listing, {
      exclude,
      fonts,
      history: true,
      dictionary: true,
      capabilities: caps,
      outputNames: [...new Set([...outputNames, ...DEFAULT_OUTPUT_NAMES])],
    });
    const { sheets, grids } = reading;
    const historyGrid = reading.history;
    // The office's dictionary: the pane's when given, else the one kept in the workbook.
    const taught = taughtDictionary(reading, core.dictionary, locale);
    step('build');
    const { result, history } = buildWithHistory(
      grids,
      historyGrid?.values ?? [],
      { file: '', sheet: historyGrid?.sheet ?? '', top: historyGrid?.top, left: historyGrid?.left },
      { ...core, dictionary: taught.dictionary },
    );
    result.issues.push(...taught.issues);
    // An owned sheet a person typed into is left alone (the history aside: its corrections are
    // read into this build and written back with it).
    const touched = new Map<string, string[]>();
    for (const sheet of sheets) {
      const content = reading.outputs.get(sheet.id);
      if (!sheet.owner || sheet.owner.kind === 'history' || !content) continue;
      const cells = personCells(entryFor(reading.registry, sheet.name), sheet.mark ?? undefined, content);
      if (cells.length) touched.set(sheet.id, cells);
    }
    const targets = planTargets(requestedNames(sheetNames), sheets, touched);
    const kept: { sheet: string; cells: string[] }[] = [];
    for (const t of targets) {
      if (t.release) {
        kept.push({ sheet: t.release.sheet, cells: t.release.cells });
        const issue = makeIssue(
          'warning',
          'output-kept',
          keptTyping,
          { sheet: t.release.sheet, cells: t.release.cells.join(', '), output: t.sheet },
          locale,
          { file: '', sheet: t.release.sheet, cell: t.release.cells[0]?.split(':')[0] ?? '' },
        );
        issue.cells = t.release.cells.filter((c) => !c.startsWith('+'));
        result.issues.push(issue);
      } else if (t.sheet !== t.requested) {
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
    // The dictionary, kept hidden in the same write.
    if (taught.layout) layouts.push(taught.layout);
    const entries = layouts.map((layout) => ({ layout, target: targetFor(layout, targets, sheets, touched) }));
    const tablesLayout = layouts.find((l) => l.kind === 'tables');
    step('write');
    await writeLayouts(s, entries, {
      sheetProperties: caps.sheetProperties,
      registry: reading.registry,
      charts: tablesLayout ? { kind: 'tables', plans: comparisonCharts(tablesLayout, result.tables) } : undefined,
    });
    step('done');
    const shown = entries.filter((e) => !e.layout.hidden);
    return {
      result,
      written: shown.map((e) => ({ sheet: e.target.sheet, requested: e.target.requested })),
      syncs: s.syncs,
      dictionary: taught.dictionary,
      ...(kept.length ? { kept } : {}),
    };
  });
}

/** The planned target of a layout; a layout of a kind not planned (e.g. sentences) is planned now. */
function targetFor(
  layout: SheetLayout,
  targets: WriteTarget[],
  sheets: SheetInfo[],
  touched: ReadonlyMap<string, string[]>,
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
  ] as SheetInfo[];
  const [t] = planTargets([{ kind: layout.kind, requested: layout.name }], taken, touched);
  targets.push(t);
  return t;
}

export interface ScanOptions extends Omit<ReadOptions, 'dictionary'> {
  locale?: Locale;
  /** Period to read sheets that state none with. */
  period?: string;
  /** The pane's dictionary; else the one kept in the workbook. */
  dictionary?: BuildOptions['dictionary'];
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
    const reading = await readGrids(session(context), { ...options, dictionary: true });
    // Read as the build reads: with the chosen period and the office's dictionary.
    const taught = taughtDictionary(reading, options.dictionary, locale);
    return reading.grids.map((grid) => readSheetSafely(grid, locale, options.period, taught.dictionary));
  });
}

/**
 * Keeps the build settings in the workbook (one sync), so the ribbon's Build tables and the pane
 * build alike and the settings travel with the report. What is not given is kept as stored.
 *
 * @example
 * await saveWorkbookSettings({ convention: 'index', exclude: ['Ghi chú'] })
 */
export async function saveWorkbookSettings(settings: WorkbookSettings, excel?: ExcelHost): Promise<WorkbookSettings> {
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await s.sync();
    const merged = { ...parseWorkbookSettings(item.isNullObject ? null : item.value), ...settings };
    context.workbook.settings.add(SETTINGS_KEY, merged);
    await s.sync();
    return merged;
  });
}

/** The build settings kept in the workbook (one sync); empty when none were saved. */
export async function loadWorkbookSettings(excel?: ExcelHost): Promise<WorkbookSettings> {
  return excelHost(excel).run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await context.sync();
    return parseWorkbookSettings(item.isNullObject ? null : item.value);
  });
}
