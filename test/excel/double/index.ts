/**
 * An in-memory Excel that keeps Office.js semantics, for jest and for the browser test.
 *
 * @example
 * const { Excel, workbook, stats } = createExcelDouble([{ name: 'VNPT', values: [['Chỉ tiêu', 'Số lượng']] }]);
 * await Excel.run(async (context) => {
 *   const r = context.workbook.worksheets.getItem('VNPT').getRange('A1:B1').load('values');
 *   await context.sync();
 *   r.values; //=> [['Chỉ tiêu', 'Số lượng']]
 * });
 * stats.syncs; //=> 1
 */
import { type DoubleSheetInit, WorkbookModel } from './model';
import {
  type EncodedWorkbook,
  type Limits,
  type Quirks,
  type Requirements,
  RequestContext,
  Stats,
  WEB_LIMITS,
  OfficeError,
  versionAtLeast,
} from './proxy';

export { OfficeError, RequestContext, Stats, WEB_LIMITS, ClientResult, versionAtLeast } from './proxy';
export type { Limits, SyncRecord, EncodedWorkbook, Quirks, Requirements } from './proxy';
export { WorkbookModel, SheetModel, DEFAULT_FONT, DEFAULT_NUMBER_FORMAT } from './model';
export type { DoubleSheetInit, DoubleValue, CellFormat, ChartModel } from './model';
export { typeInto, FORMULA_VALUE } from './typing';
export { parseAddress, formatRect, fullAddress, columnLetters, splitSheet } from './address';

export interface ExcelDoubleOptions {
  /** Caps to enforce; Excel on the web's by default. */
  limits?: Partial<Limits>;
  /** `Office.context.displayLanguage`, "vi-VN" by default. */
  displayLanguage?: string;
  /**
   * The requirement sets the host supports ({ ExcelApi: '1.11', SharedRuntime: '1.1' }); every set
   * at every version when absent. An API of a missing set fails its sync with ApiNotFound, and
   * `Office.context.requirements.isSetSupported` answers from this.
   */
  requirements?: Requirements;
  /** Where the double answers as real hosts have been seen to (see {@link Quirks}). */
  quirks?: Quirks;
  /** `application.cultureInfo.name`, "vi-VN" by default. */
  culture?: string;
}

/** `Office.actions` / `Office.addin` calls the double recorded. */
export interface OfficeLog {
  /** ExecuteFunction handlers registered with `Office.actions.associate`. */
  actions: Map<string, (event: unknown) => unknown>;
  /** How many times the add-in asked to show / hide the task pane. */
  showTaskpane: number;
  hideTaskpane: number;
}

/** The globals an add-in sees, served by the double. */
export interface ExcelDouble {
  Excel: {
    run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
    RequestContext: typeof RequestContext;
    WorksheetPositionType: Record<string, string>;
    SheetVisibility: Record<string, string>;
    ErrorCodes: Record<string, string>;
  };
  Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    HostType: Record<string, string>;
    PlatformType: Record<string, string>;
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
    actions: { associate(name: string, handler: (event: unknown) => unknown): void };
    addin: { showAsTaskpane(): Promise<void>; hide(): Promise<void> };
  };
  OfficeExtension: { Error: typeof OfficeError };
  workbook: WorkbookModel;
  stats: Stats;
  limits: Limits;
  office: OfficeLog;
  /** Quirks in force; a test may change them between runs. */
  quirks: Quirks;
}

/**
 * Makes an Excel with the given sheets. Nothing in it imports Node, so it bundles for the browser;
 * assign its `Excel`, `Office` and `OfficeExtension` to `globalThis` there.
 */
export function createExcelDouble(sheets: DoubleSheetInit[], options: ExcelDoubleOptions = {}): ExcelDouble {
  const workbook = new WorkbookModel(sheets);
  const stats = new Stats();
  const limits: Limits = { ...WEB_LIMITS, ...options.limits };
  if (options.culture) workbook.culture = options.culture;
  const host = { model: workbook, stats, limits, requirements: options.requirements, quirks: options.quirks ?? {} };
  const isSetSupported = (name: string, version?: string): boolean =>
    !options.requirements || versionAtLeast(options.requirements[name], version);
  const office: OfficeLog = { actions: new Map(), showTaskpane: 0, hideTaskpane: 0 };
  const info = { host: 'Excel', platform: 'OfficeOnline' };

  async function run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
    const context = new RequestContext(host);
    stats.runs += 1;
    try {
      return await batch(context);
    } finally {
      // Office.js does not send what a batch forgot to sync; count it so tests can catch it.
      stats.discardedOperations += context.queue.length;
      context.queue = [];
    }
  }

  return {
    Excel: {
      run,
      RequestContext,
      WorksheetPositionType: { none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' },
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ErrorCodes: {
        itemNotFound: 'ItemNotFound',
        itemAlreadyExists: 'ItemAlreadyExists',
        invalidArgument: 'InvalidArgument',
        propertyNotLoaded: 'PropertyNotLoaded',
        requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
        responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
      },
    },
    Office: {
      onReady: async (callback) => {
        callback?.(info);
        return info;
      },
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
      context: {
        displayLanguage: options.displayLanguage ?? 'vi-VN',
        requirements: { isSetSupported },
      },
      actions: { associate: (name, handler) => void office.actions.set(name, handler) },
      addin: {
        showAsTaskpane: async () => void (office.showTaskpane += 1),
        hide: async () => void (office.hideTaskpane += 1),
      },
    },
    OfficeExtension: { Error: OfficeError },
    workbook,
    stats,
    limits,
    office,
    quirks: host.quirks,
  };
}

/**
 * Encodes sheets in the double's test format for `insertWorksheetsFromBase64`.
 *
 * @example
 * encodeTestWorkbook([{ name: 'Viettel', values: [['a']] }]) // base64 text
 */
export function encodeTestWorkbook(sheets: EncodedWorkbook['sheets']): string {
  return encodeBase64Utf8(JSON.stringify({ 'tttt-double': 1, sheets } satisfies EncodedWorkbook));
}

/** Base64 of a string's UTF-8 bytes. */
function encodeBase64Utf8(text: string): string {
  const utf8 = new TextEncoder().encode(text);
  let binary = '';
  for (const b of utf8) binary += String.fromCharCode(b);
  return btoa(binary);
}
