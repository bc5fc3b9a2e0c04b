import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildWithHistory,
  CoreError,
  readingPeriod,
  readSheetSafely,
  type BuildResult,
  type Convention,
  type Issue,
  type Locale,
  type SheetGrid,
  type SheetReading,
  periodFromCode,
  figuresLine,
  reportSheets,
  previousReportBuild,
  reportSentences,
  CONVENTION_WORDS,
  LOCALE_WORDS,
  choiceOf,
  parseOutlierThreshold,
  type OutlierThreshold,
} from '../core';
import { collectFiles } from './collectFiles';
import { HISTORY_WRITTEN, readHistoryFile, readPreviousReports, SENTENCES_HEADING, writeHistoryFile } from './history';
import { toJsonResult, writeJsonFile } from './jsonResult';
import { t, type Summary } from './messages';
import { issueLine, tableText } from './printTables';
import { readFiles } from './readFiles';
import type { SheetPlan } from './readWorkbook';
import { readDictionaryFile, suggestionText } from './dictionary';
import type * as WriteReport from './writeReport';

/** Where the command line talks: injectable so tests run it in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stderr is a terminal (progress redraws one line then). */
  interactive: boolean;
}

/** Exit codes: 0 done, 1 no table could be built (or nothing could be written), 2 wrong arguments. */
export const EXIT = { ok: 0, noTable: 1, usage: 2 } as const;

/** How many issues the terminal lists before pointing at the report's checks sheet. */
const ISSUES_SHOWN = 12;
/** Below this many files no progress is printed unless stderr is a terminal. */
const QUIET_BELOW = 20;

interface BuildArgs {
  inputs: string[];
  period?: string;
  out: string;
  json?: string;
  convention: Convention;
  locale: Locale;
  /** CSV file of earlier builds' facts: read before the build, this build recorded after. */
  history?: string;
  /** Previous report workbooks whose standard tables give last year's totals. */
  previousReports?: string[];
  /** Bounds of a believable change against the same period (--outlier 200%,-50%). */
  outlier?: OutlierThreshold;
  /** The province the report is about, named in the tables' titles (--province "Quảng Ninh"). */
  province?: string;
  /** The office's dictionary CSV (--dictionary tu-dien.csv). */
  dictionary?: string;
}

type Parsed =
  | { kind: 'help'; locale: Locale }
  | { kind: 'build'; args: BuildArgs }
  | { kind: 'error'; message: string; locale: Locale };

/** The language asked for, looked up before full parsing so even argument errors speak it. */
function langOf(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return (v && choiceOf(LOCALE_WORDS, v)) || 'vi';
}

/** Parses `tttt …` arguments (without node and the script). */
export function parseCommandLine(argv: string[]): Parsed {
  const locale = langOf(argv);
  const parse = () => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (err) {
    return { kind: 'error', message: `${t('badArgs', locale)}: ${(err as Error).message}`, locale };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help', locale };
  if (positionals.length === 0) return { kind: 'error', message: t('noInputs', locale), locale };
  if (positionals[0] !== 'build')
    return { kind: 'error', message: `${t('unknownCommand', locale)}: ${positionals[0]}`, locale };
  if (positionals.length < 2) return { kind: 'error', message: t('noInputs', locale), locale };
  const convention = choiceOf(CONVENTION_WORDS, values.convention ?? 'change');
  if (!convention) return { kind: 'error', message: t('badConvention', locale), locale };
  const lang = choiceOf(LOCALE_WORDS, values.lang ?? 'vi');
  if (!lang) return { kind: 'error', message: t('badLang', locale), locale };
  const outlier = values.outlier === undefined ? undefined : parseOutlierThreshold(values.outlier);
  if (outlier === null) return { kind: 'error', message: `${t('badOutlier', locale)}: ${values.outlier}`, locale };
  let period: string | undefined;
  try {
    period = values.period === undefined ? undefined : periodFromCode(values.period).code;
  } catch (err) {
    return {
      kind: 'error',
      message: err instanceof CoreError ? err.text(locale) : `${t('badPeriod', locale)}: ${values.period}`,
      locale,
    };
  }
  return {
    kind: 'build',
    args: {
      inputs: positionals.slice(1),
      period,
      out: values.out ?? 'report.xlsx',
      json: values.json,
      convention,
      locale: lang,
      history: values.history,
      previousReports: values['previous-report'],
      outlier,
      province: values.province,
      dictionary: values.dictionary,
    },
  };
}

const OPTIONS = {
  period: { type: 'string' },
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  convention: { type: 'string' },
  lang: { type: 'string' },
  history: { type: 'string' },
  'previous-report': { type: 'string', multiple: true },
  outlier: { type: 'string' },
  province: { type: 'string' },
  dictionary: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Progress on stderr: one redrawn line on a terminal, occasional lines otherwise, nothing for small runs. */
function progressReporter(io: Io, total: number) {
  const show = io.interactive || total >= QUIET_BELOW;
  const step = Math.max(1, Math.round(total / 10));
  let drawn = false;
  return {
    report(done: number, label: string) {
      if (!show) return;
      if (io.interactive) {
        io.stderr(`\r\x1b[K${label} ${done}/${total}`);
        drawn = true;
      } else if (done === total || done % step === 0) io.stderr(`${label} ${done}/${total}\n`);
    },
    end() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

function summaryOf(result: BuildResult, files: number, sheets: number): Summary {
  return {
    files,
    sheets,
    submissions: result.submissions.length,
    telecom: result.submissions.filter((s) => s.sector === 'telecom').length,
    postal: result.submissions.filter((s) => s.sector === 'postal').length,
    enterprises: new Set(result.submissions.map((s) => s.enterprise)).size,
  };
}

function printIssues(issues: Issue[], io: Io, locale: Locale): void {
  const count = { error: 0, warning: 0, info: 0 };
  for (const i of issues) count[i.severity]++;
  io.stdout(t('issues', locale)(count) + '\n');
  const serious = issues.filter((i) => i.severity !== 'info');
  for (const i of serious.slice(0, ISSUES_SHOWN)) io.stdout(`  ${issueLine(i, locale)}\n`);
  if (serious.length > ISSUES_SHOWN) io.stdout(`  ${t('moreIssues', locale)(serious.length - ISSUES_SHOWN)}\n`);
}

function writeJson(result: BuildResult, file: string, io: Io, locale: Locale): boolean {
  const target = path.resolve(io.cwd, file);
  try {
    writeJsonFile(target, toJsonResult(result));
  } catch (err) {
    io.stderr(`${t('writeFailed', locale)} ${target}: ${(err as Error).message}\n`);
    return false;
  }
  io.stdout(`${t('wroteJson', locale)}: ${target}\n`);
  return true;
}

/** `tttt build …`: read, build, write the report (and JSON), print the tables. */
async function buildCommand(args: BuildArgs, io: Io): Promise<number> {
  const { locale, convention } = args;
  const collected = collectFiles(args.inputs, io.cwd, locale);
  const fileIssues: Issue[] = [...collected.issues];
  // The dictionary first: each sheet is read with it as soon as its file is parsed.
  const dictionary = args.dictionary ? readDictionaryFile(args.dictionary, io.cwd, locale) : null;
  const plan: SheetPlan = {
    locale,
    period: readingPeriod({ period: args.period }),
    dictionary: dictionary?.dictionary,
  };
  const readings: SheetReading[] = [];
  // Grids kept after reading: only sheets stating no period when none was chosen, read again once it is.
  const kept = new Map<number, SheetGrid>();
  // The few text cells the issues name, for the dictionary's suggestions.
  const excerpts: SheetGrid[] = [];
  const progress = progressReporter(io, collected.files.length);
  // Files are read concurrently (in worker threads in the bundled command), each sheet by the core's
  // reader as soon as its file is parsed; the readings arrive in the files' order.
  await readFiles(collected.files, plan, (file, n) => {
    for (const sheet of file.sheets) {
      if (sheet.grid) kept.set(readings.length, sheet.grid);
      if (sheet.excerpt) excerpts.push(sheet.excerpt);
      readings.push(sheet.reading);
    }
    for (const issue of file.issues) fileIssues.push(issue);
    progress.report(n + 1, t('reading', locale));
  });
  progress.end();

  // History: the history file's table, and previous reports' totals, for the same period last year.
  const history = args.history ? readHistoryFile(args.history, io.cwd, locale) : null;
  const previous = await readPreviousReports(args.previousReports ?? [], io.cwd, locale);
  fileIssues.push(...(history?.issues ?? []), ...previous.issues);
  fileIssues.push(...(dictionary?.issues ?? []));

  const readAgain = (index: number, period: string) => {
    const grid = kept.get(index);
    return grid ? readSheetSafely(grid, locale, period, dictionary?.dictionary) : null;
  };
  const built = buildWithHistory(
    { readings, readAgain },
    history?.table ?? [],
    { file: history?.file ?? '', sheet: '' },
    {
      period: args.period,
      outlier: args.outlier,
      province: args.province,
      dictionary: dictionary?.dictionary,
      locale,
    },
    // Previous reports' totals serve as last year's and are kept in history as builds of their own.
    [...previous.byPeriod].map(([period, facts]) => ({ build: previousReportBuild(period), facts })),
  );
  kept.clear();
  let result = built.result;
  result = { ...result, issues: [...fileIssues, ...result.issues] };

  if (result.submissions.length === 0) {
    if (collected.files.length === 0) io.stderr(t('noXlsx', locale) + '\n');
    for (const i of result.issues) io.stderr(`${issueLine(i, locale)}\n`);
    const noPeriod = result.issues.some((i) => i.code === 'no-period' && i.severity === 'error');
    io.stderr(t(noPeriod ? 'noTableNoPeriod' : 'noTable', locale) + '\n');
    if (args.json) writeJson(result, args.json, io, locale);
    return EXIT.noTable;
  }

  io.stdout(`${t('period', locale)}: ${result.period}\n`);
  // A folder of months built for the last one: how to build the year to date, where it is seen first.
  const yearToDate = result.issues.find((i) => i.code === 'year-to-date');
  io.stdout(yearToDate ? `${yearToDate.message} (--period).\n\n` : '\n');
  for (const table of result.tables) io.stdout(tableText(table, convention, locale) + '\n\n');
  const sentences = reportSentences(result, locale, convention);
  io.stdout(`${SENTENCES_HEADING[locale]}\n${sentences.map((line) => `  ${line}`).join('\n')}\n\n`);
  io.stdout(t('summary', locale)(summaryOf(result, collected.files.length, readings.length)) + '\n');
  if (result.figures) io.stdout(`${figuresLine(result.figures, locale)}.\n`);
  printIssues(result.issues, io, locale);
  io.stdout(suggestionText(result.issues, excerpts, locale));

  let ok = true;
  const out = path.resolve(io.cwd, args.out);
  try {
    // ExcelJS is loaded only to write: `tttt --help` starts without it.
    const { writeReport } = require('./writeReport') as typeof WriteReport;
    await writeReport(reportSheets(result, { convention, locale }), out, io.cwd);
    io.stdout(`${t('wroteReport', locale)}: ${out}\n`);
  } catch (err) {
    io.stderr(`${t('writeFailed', locale)} ${out}: ${(err as Error).message}\n`);
    ok = false;
  }
  if (args.json) ok = writeJson(result, args.json, io, locale) && ok;
  if (history) {
    try {
      const rows = writeHistoryFile(history, built.history ?? history.table);
      io.stdout(`${HISTORY_WRITTEN[locale](rows, history.path)}\n`);
    } catch (err) {
      io.stderr(`${t('writeFailed', locale)} ${history.path}: ${(err as Error).message}\n`);
      ok = false;
    }
  }
  return ok ? EXIT.ok : EXIT.noTable;
}

/**
 * Runs the command line with the given arguments (without node and the script) and returns the
 * exit code. Never throws for a bad file or sheet: those become issues in the report.
 *
 * @example
 * await run(['build', 'examples/9T-2015', '--json', 'r.json']) //=> 0
 */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    io.stdout(t('usage', parsed.locale) + '\n');
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    io.stderr(`${parsed.message}\n\n${t('usage', parsed.locale)}\n`);
    return EXIT.usage;
  }
  return buildCommand(parsed.args, io);
}

/** The real process's streams. */
export function processIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    interactive: Boolean(process.stderr.isTTY),
  };
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
