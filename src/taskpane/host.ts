/**
 * What the pane needs from Excel, as one small interface: the pane is given a host, so the
 * same components run over the Office.js adapter in Excel and over anything else in a test.
 */
import type { BuildOptions, CellRef, Convention, Locale, SheetReading, Dictionary } from '../core';
import type { BuildOutcome, OutputKind } from '../excel';

// The Excel adapter's words for what a build returns and the sheets a person may rename (nơi ghi kết quả).
export type { BuildOutcome, OutputKind };

/** The options the pane passes to a build. */
export type PaneBuildOptions = BuildOptions & {
  /** How "so với cùng kỳ" is shown. */
  convention?: Convention;
  /** Called at each step of the build. */
  onProgress?: (done: number, total: number, what: string) => void;
  /** Sheets a person unticked. */
  exclude?: string[];
  /** Names to write under instead of the defaults; a blank name keeps the default. */
  sheetNames?: Partial<Record<OutputKind, string>>;
};

/** The build settings kept in the workbook, so the ribbon's button builds what the pane would. */
export interface StoredSettings {
  convention?: Convention;
  sheetNames?: Partial<Record<OutputKind, string>>;
  exclude?: string[];
  /** The province named in the tables' titles. */
  province?: string;
}

/** A build the ribbon's button ran, or its failure in both languages. */
export type RibbonOutcome = { ok: true; outcome: BuildOutcome } | { ok: false; message: { vi: string; en: string } };

/** A file read in the pane (readChosen.ts): its sheets' values, or why it could not be read. */
export interface ParsedChosen {
  file: string;
  sheets: { name: string; values: (string | number | boolean | null)[][] }[];
  error?: string;
}

/** One line of the self-test's table (Kiểm tra môi trường). */
export interface SelfTestLine {
  check: string;
  ok: boolean | null;
  detail: string;
}

/** An xlsx file chosen for import, as Excel's insertWorksheetsFromBase64 takes it. */
export interface ChosenFile {
  name: string;
  base64: string;
}

export interface PaneHost {
  /** Reads every sheet and says which ones hold submissions. */
  scan(options: { locale: Locale }): Promise<SheetReading[]>;
  /** Builds and writes the tables. */
  build(options: PaneBuildOptions): Promise<BuildOutcome>;
  /** Selects a problem's source cell; false when its sheet is not in this workbook. */
  select(ref: CellRef): Promise<boolean>;
  /** Inserts the sheets of the chosen workbooks into this one; says which sheets each gave, or why not. */
  importFiles(files: ChosenFile[]): Promise<{ file: string; sheets: string[]; error?: { vi: string; en: string } }[]>;
  /** Whether this host can insert xlsx files itself (ExcelApi 1.13); other files are read in the pane. */
  canImport?(): boolean;
  /** Writes files read in the pane as new sheets (one sync per file). */
  importParsed?(
    files: ParsedChosen[],
  ): Promise<{ file: string; sheets: string[]; error?: { vi: string; en: string } }[]>;
  /** The build settings kept in the workbook. */
  loadSettings?(): Promise<StoredSettings>;
  /** Keeps build settings in the workbook (what is not given stays as stored). */
  saveSettings?(settings: StoredSettings): Promise<unknown>;
  /** The last build the ribbon ran in this runtime, and every next one. Returns a function that stops listening. */
  onRibbonOutcome?(listener: (outcome: RibbonOutcome) => void): () => void;
  lastRibbonOutcome?(): RibbonOutcome | null;
  /** Runs the environment self-test. */
  selfTest?(): Promise<SelfTestLine[]>;
  /** The dictionary kept in the workbook (its hidden sheet), for the pane to list on opening. */
  loadDictionary?(locale: Locale): Promise<Dictionary>;
}
