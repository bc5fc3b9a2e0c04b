/**
 * Office.js proxy semantics for the Excel test double.
 *
 * Every object a batch touches is a proxy: methods and property writes are queued, `load()` queues a
 * read, and nothing reaches the workbook until `context.sync()`. Reading a property that was not
 * loaded and synced throws `PropertyNotLoaded` like Office.js. Each sync is counted with the JSON
 * size of its request (the queued operations) and its response (the values returned), and the caps
 * of Excel on the web are enforced: 5 MB per request and per response, 5 million cells per read.
 * No Node import here: the double is bundled into the browser test too.
 */
import { MAX_COLUMNS, type Rect, formatRect, fullAddress, parseAddress, splitSheet } from './address';
import {
  type ChartModel,
  type CellFormat,
  DEFAULT_FONT,
  DEFAULT_NUMBER_FORMAT,
  type DoubleValue,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { typeInto } from './typing';

/** The error Office.js rejects a sync with (`OfficeExtension.Error`, shown as "RichApi.Error"). */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

const notLoaded = (prop: string): OfficeError =>
  new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** Caps enforced by the double; defaults are Excel on the web's. */
export interface Limits {
  requestBytes: number;
  responseBytes: number;
  cellsPerRead: number;
}

export const WEB_LIMITS: Limits = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  cellsPerRead: 5_000_000,
};

/** What one `context.sync()` cost. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** The error code when Excel refused the sync for its size (nothing of it reached the add-in). */
  refused?: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded' | 'RangeExceedsLimit';
  /** The code the host answered the refusal with (differs when a quirk says so). */
  answered?: string;
}

/** Counters of a double, shared by every `Excel.run`. */
export class Stats {
  syncs = 0;
  runs = 0;
  /** Operations queued but never synced when an `Excel.run` batch ended (always a bug). */
  discardedOperations = 0;
  records: SyncRecord[] = [];
  get requestBytes(): number {
    return this.records.reduce((s, r) => s + r.requestBytes, 0);
  }
  get responseBytes(): number {
    return this.records.reduce((s, r) => s + r.responseBytes, 0);
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.requestBytes));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.responseBytes));
  }
  /** The largest request or response of a sync Excel carried out (refused ones left out). */
  get maxDeliveredBytes(): number {
    return Math.max(0, ...this.records.filter((r) => !r.refused).map((r) => Math.max(r.requestBytes, r.responseBytes)));
  }
  /** How many syncs Excel refused for their size. */
  get refusals(): number {
    return this.records.filter((r) => r.refused).length;
  }
  reset(): void {
    this.syncs = 0;
    this.runs = 0;
    this.discardedOperations = 0;
    this.records = [];
  }
}

/** Requirement sets the double's host supports, by name ("ExcelApi" → "1.17"). */
export type Requirements = Record<string, string>;

/** A version like "1.12" compared part by part. */
export function versionAtLeast(have: string | undefined, want: string | undefined): boolean {
  if (have === undefined) return false;
  if (!want) return true;
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * How the double answers where real hosts have been seen to differ from the docs.
 * - `sizeRefusalCode`: the code a sync past a cap is refused with. Excel on the web has answered
 *   oversized payloads with GeneralException or "An internal error has occurred." (office-js
 *   #1012, #1314, #2564) as well as with the documented codes.
 * - `textFormatProtects`: whether a cell formatted "@" keeps "=…" as text when written through
 *   `values` (false by default: the docs do not say so).
 * - `insertRefuses`: a file (by its first sheet's name) whose insert the web refuses (comments,
 *   charts, PivotTables): the whole sync fails.
 * - `errorAfterInsert`: the sync inserts the sheets, then rejects anyway (office-js #3179).
 */
export interface Quirks {
  sizeRefusalCode?: string;
  textFormatProtects?: boolean;
  insertRefuses?: (firstSheet: string) => boolean;
  errorAfterInsert?: boolean;
}

export interface Host {
  model: WorkbookModel;
  stats: Stats;
  limits: Limits;
  requirements?: Requirements;
  quirks?: Quirks;
}

/** Throws ApiNotFound, like Office.js, when the host lacks `ExcelApi >= version`. */
export function need(host: Host, version: string, what: string): void {
  if (!host.requirements) return;
  if (!versionAtLeast(host.requirements.ExcelApi, version)) {
    throw new OfficeError(
      'ApiNotFound',
      `The API you are trying to use could not be found (${what}, ExcelApi ${version}).`,
    );
  }
}

/** The error a size cap raises, as this host answers it. */
function sizeError(host: Host, code: string, message: string): OfficeError {
  const quirk = host.quirks?.sizeRefusalCode;
  if (!quirk) return new OfficeError(code, message);
  return new OfficeError(quirk, quirk === 'GeneralException' ? 'An internal error has occurred.' : message);
}

interface Op {
  request: unknown;
  run: () => unknown;
  after?: (response: unknown) => void;
}

const encoder = new TextEncoder();
const bytes = (x: unknown): number => encoder.encode(JSON.stringify(x) ?? '').length;

/** `Excel.RequestContext`: holds the queue of one batch. */
export class RequestContext {
  readonly workbook: Workbook;
  readonly application = { suspendApiCalculationUntilNextSync: (): void => undefined };
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** @internal */
  queue: Op[] = [];

  constructor(readonly host: Host) {
    this.workbook = new Workbook(this);
  }

  /** @internal */
  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Sends the queued operations; rejects like Excel on the web when a cap is passed. */
  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const { stats, limits } = this.host;
    const record: SyncRecord = {
      requestBytes: bytes(ops.map((o) => o.request)),
      responseBytes: 0,
      operations: ops.length,
    };
    stats.syncs += 1;
    stats.records.push(record);
    if (record.requestBytes > limits.requestBytes) {
      record.refused = 'RequestPayloadSizeLimitExceeded';
      const e = sizeError(this.host, record.refused, 'The request payload size has exceeded the limit.');
      record.answered = e.code;
      throw e;
    }
    const responses: unknown[] = [];
    let failure: unknown;
    for (const op of ops) {
      try {
        responses.push(op.run());
      } catch (e) {
        failure = e;
        break;
      }
    }
    record.responseBytes = bytes(responses);
    if (failure) {
      if (failure instanceof OfficeError && failure.code === 'RangeExceedsLimit') {
        record.refused = failure.code;
        const e = sizeError(this.host, failure.code, failure.message);
        record.answered = e.code;
        throw e;
      }
      throw failure;
    }
    if (record.responseBytes > limits.responseBytes) {
      record.refused = 'ResponsePayloadSizeLimitExceeded';
      const e = sizeError(this.host, record.refused, 'The response payload size has exceeded the limit.');
      record.answered = e.code;
      throw e;
    }
    ops.forEach((op, i) => op.after?.(responses[i]));
  }
}

/** `OfficeExtension.ClientResult<T>`: a method's result, readable after sync. */
export class ClientResult<T> {
  private loaded = false;
  private val: T | undefined;
  get value(): T {
    if (!this.loaded)
      throw new OfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.val as T;
  }
  /** @internal */
  set(v: T): void {
    this.loaded = true;
    this.val = v;
  }
}

/** The base of every proxy: lazy target resolution, load, queued sets and calls. */
abstract class ClientObject<T> {
  protected loadedProps = new Map<string, unknown>();
  private cache: { value: T | null } | undefined;
  private nullState: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    /** Human-readable object path, sent in the request (and counted in its bytes). */
    readonly path: string,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    if (nullable) {
      context.enqueue({
        request: { path, probe: true },
        run: () => this.target() === null,
        after: (isNull) => {
          this.nullState = isNull as boolean;
        },
      });
    }
  }

  /** True when an *OrNullObject call found nothing; readable after sync. */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** @internal Resolves the object once, the first time a synced operation needs it. */
  target(): T | null {
    if (!this.cache) this.cache = { value: this.resolver() };
    return this.cache.value;
  }

  /** @internal */
  must(): T {
    const t = this.target();
    if (t === null) throw new OfficeError('InvalidObjectPath', `The object ${this.path} is a null object.`);
    return t;
  }

  /** Scalar properties this proxy can load. */
  protected abstract props(): Record<string, (t: T) => unknown>;

  /** Navigation properties (`format`, `font`, …) for paths like "format/font/name". */
  protected nav(name: string): ClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** `load("a,b/c")`, `load(["a", "b/c"])` or `load({ select: "a" })`. An empty load() loads every scalar. */
  load(spec?: string | string[] | { select?: string }): this {
    const list =
      typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec?.select?.split(',') ?? []);
    const paths = list.map((p) => p.trim()).filter(Boolean);
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths.length ? paths : Object.keys(this.props())) {
      const [head, ...rest] = p.split('/');
      if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      else own.push(head);
    }
    for (const [head, sub] of nested) {
      const child = this.nav(head);
      if (!child) throw new OfficeError('InvalidArgument', `Unknown navigation property ${head} on ${this.path}`);
      child.load(sub);
    }
    if (own.length) this.queueLoad(own);
    return this;
  }

  protected queueLoad(own: string[]): void {
    const getters = this.props();
    for (const p of own) {
      if (!getters[p]) {
        const child = this.nav(p);
        if (child) {
          child.load();
          continue;
        }
        throw new OfficeError('InvalidArgument', `The property '${p}' does not exist on ${this.path}.`);
      }
    }
    const scalars = own.filter((p) => getters[p]);
    if (!scalars.length) return;
    this.context.enqueue({
      request: { path: this.path, load: scalars },
      run: () => {
        const t = this.target();
        return scalars.map((p) => (t === null ? null : getters[p](t)));
      },
      after: (values) => scalars.forEach((p, i) => this.loadedProps.set(p, (values as unknown[])[i])),
    });
  }

  protected get<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) throw notLoaded(prop);
    return this.loadedProps.get(prop) as V;
  }

  protected set(prop: string, value: unknown, apply: (t: T) => void): void {
    this.context.enqueue({ request: { path: this.path, set: prop, value }, run: () => apply(this.must()) });
  }

  protected call<R>(method: string, args: unknown[], run: (t: T) => R): ClientResult<R> {
    const result = new ClientResult<R>();
    this.context.enqueue({
      request: { path: this.path, call: method, args },
      run: () => run(this.must()),
      after: (r) => result.set(r as R),
    });
    return result;
  }

  /** A plain object of the loaded properties, like Office.js's toJSON(). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}

// ───────────────────────────── workbook ─────────────────────────────

/** Test encoding for `insertWorksheetsFromBase64`: base64 of UTF-8 JSON `{ "tttt-double": 1, sheets }`. */
export interface EncodedWorkbook {
  'tttt-double': 1;
  sheets: { name: string; values: (string | number | boolean | null)[][]; fonts?: (string | null)[][] }[];
}

function decodeBase64Json(base64: string): EncodedWorkbook {
  const binary = atob(base64);
  const raw = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const parsed = JSON.parse(new TextDecoder().decode(raw)) as EncodedWorkbook;
  if (parsed['tttt-double'] !== 1) throw new Error('not a test workbook');
  return parsed;
}

/** A free sheet name like Excel makes on insert: "Name (2)", "Name (3)", … (31 characters at most). */
function freeName(model: WorkbookModel, wanted: string): string {
  if (!model.sheet(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!model.sheet(candidate)) return candidate;
  }
}

export class Workbook extends ClientObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly properties: DocumentProperties;
  readonly settings: SettingCollection;
  readonly application: Application;

  constructor(context: RequestContext) {
    super(context, 'workbook', () => context.host.model);
    this.worksheets = new WorksheetCollection(context);
    this.properties = new DocumentProperties(context);
    this.settings = new SettingCollection(context);
    this.application = new Application(context);
  }

  protected props(): Record<string, (t: WorkbookModel) => unknown> {
    return { name: () => 'Book1.xlsx' };
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    return (name === 'worksheets' ? this.worksheets : name === 'properties' ? this.properties : undefined) as
      ClientObject<unknown> | undefined;
  }

  getSelectedRange(): Range {
    const m = this.context.host.model;
    return new Range(this.context, 'workbook.getSelectedRange()', () => {
      const sel = m.selection ?? { sheet: m.sheetById(m.activeSheetId ?? '')?.name ?? m.sheets[0].name, address: 'A1' };
      const sheet = m.sheet(sel.sheet);
      if (!sheet) throw new OfficeError('ItemNotFound', 'No selection');
      return { sheet, rect: parseAddress(sel.address) };
    });
  }

  /**
   * Inserts the sheets of a workbook given as base64. The double reads its own test encoding
   * (see {@link EncodedWorkbook}); names that clash get " (2)" like Excel. Returns the new ids.
   */
  insertWorksheetsFromBase64(
    base64: string,
    options?: { sheetNamesToInsert?: string[]; positionType?: string; relativeTo?: string },
  ): ClientResult<string[]> {
    const host = this.context.host;
    const result = this.call('insertWorksheetsFromBase64', [base64, options ?? null], (m) => {
      need(host, '1.13', 'Workbook.insertWorksheetsFromBase64');
      let parsed: EncodedWorkbook;
      try {
        parsed = decodeBase64Json(base64);
      } catch {
        throw new OfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      if (host.quirks?.insertRefuses?.(parsed.sheets[0]?.name ?? '')) {
        throw new OfficeError(
          'UnsupportedFeature',
          'This workbook contains features the insert cannot take on the web.',
        );
      }
      const wanted = options?.sheetNamesToInsert?.length
        ? parsed.sheets.filter((s) => options.sheetNamesToInsert?.includes(s.name))
        : parsed.sheets;
      return wanted.map((s) => m.addSheet({ ...s, name: freeName(m, s.name) }).id);
    });
    if (host.quirks?.errorAfterInsert) {
      this.context.enqueue({
        request: { path: this.path, quirk: 'error-after-insert' },
        run: () => {
          throw new OfficeError('GeneralException', 'An internal error has occurred.');
        },
      });
    }
    return result;
  }
}

/** `workbook.properties` with its `custom` collection (ExcelApi 1.7). */
export class DocumentProperties extends ClientObject<WorkbookModel> {
  readonly custom: CustomPropertyCollection;
  constructor(context: RequestContext) {
    super(context, 'workbook.properties', () => context.host.model);
    this.custom = new CustomPropertyCollection(
      context,
      'workbook.properties.custom',
      () => context.host.model.customProperties,
    );
  }
  protected props(): Record<string, (t: WorkbookModel) => unknown> {
    return { title: () => '', author: () => '' };
  }
  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === 'custom' ? (this.custom as ClientObject<unknown>) : undefined;
  }
}

type PropMap = Map<string, { key: string; value: string }>;

/** A custom property (workbook- or worksheet-level): `key`, `value`, delete(). */
export class CustomProperty extends ClientObject<{ map: PropMap; key: string }> {
  protected props(): Record<string, (t: { map: PropMap; key: string }) => unknown> {
    return { key: (t) => t.map.get(t.key)?.key, value: (t) => t.map.get(t.key)?.value, type: () => 'String' };
  }
  get key(): string {
    return this.get('key');
  }
  get value(): string {
    return this.get('value');
  }
  set value(v: string) {
    this.set('value', v, (t) => {
      const old = t.map.get(t.key);
      if (old) old.value = String(v);
    });
  }
  delete(): void {
    this.call('delete', [], (t) => void t.map.delete(t.key));
  }
}

/** Collection of custom properties keyed case-insensitively, like Excel. */
export class CustomPropertyCollection extends ClientObject<PropMap> {
  private loadedItems: CustomProperty[] | undefined;
  protected props(): Record<string, (t: PropMap) => unknown> {
    return {};
  }
  private item(key: string, nullable: boolean): CustomProperty {
    const k = key.toLowerCase();
    return new CustomProperty(
      this.context,
      `${this.path}.getItem(${key})`,
      () => {
        const map = this.must();
        if (!map.has(k)) {
          if (nullable) return null;
          throw new OfficeError('ItemNotFound', `The custom property ${key} does not exist.`);
        }
        return { map, key: k };
      },
      nullable,
    );
  }
  getItem(key: string): CustomProperty {
    return this.item(key, false);
  }
  getItemOrNullObject(key: string): CustomProperty {
    return this.item(key, true);
  }
  add(key: string, value: string): CustomProperty {
    this.call('add', [key, value], (map) => void map.set(key.toLowerCase(), { key, value: String(value) }));
    return this.getItem(key);
  }
  get items(): CustomProperty[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
  override load(spec?: string | string[] | { select?: string }): this {
    void spec;
    this.context.enqueue({
      request: { path: this.path, load: ['items/key', 'items/value'] },
      run: () => [...this.must().values()].map((p) => ({ key: p.key, value: p.value })),
      after: (rows) => {
        this.loadedItems = (rows as { key: string; value: string }[]).map((r) => {
          const p = new CustomProperty(this.context, `${this.path}[${r.key}]`, () => ({
            map: this.must(),
            key: r.key.toLowerCase(),
          }));
          (p as unknown as { loadedProps: Map<string, unknown> }).loadedProps.set('key', r.key);
          (p as unknown as { loadedProps: Map<string, unknown> }).loadedProps.set('value', r.value);
          return p;
        });
      },
    });
    return this;
  }
}

// ───────────────────────────── worksheets ─────────────────────────────

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

function checkSheetName(m: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new OfficeError('InvalidArgument', `The sheet name "${name}" is not valid.`);
  }
  const clash = m.sheet(name);
  if (clash && clash !== self) throw new OfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

const sheetProps: Record<string, (s: SheetModel, m: WorkbookModel) => unknown> = {
  id: (s) => s.id,
  name: (s) => s.name,
  position: (s, m) => m.sheets.indexOf(s),
  visibility: (s) => s.visibility,
  tabColor: () => '',
};

export class WorksheetCollection extends ClientObject<WorkbookModel> {
  private loadedItems: Worksheet[] | undefined;

  constructor(context: RequestContext) {
    super(context, 'workbook.worksheets', () => context.host.model);
  }

  protected props(): Record<string, (t: WorkbookModel) => unknown> {
    return {};
  }

  get items(): Worksheet[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  /** Loads the items' properties: `load("items/name,items/id")` or `load("name,id")`. */
  override load(spec?: string | string[] | { select?: string }): this {
    const list =
      typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec?.select?.split(',') ?? []);
    const wanted = list.map((p) => p.trim().replace(/^items\//, '')).filter((p) => p && p !== 'items');
    const props = wanted.length ? wanted : Object.keys(sheetProps);
    for (const p of props)
      if (!sheetProps[p]) throw new OfficeError('InvalidArgument', `The property '${p}' does not exist on Worksheet.`);
    this.context.enqueue({
      request: { path: this.path, load: props.map((p) => `items/${p}`) },
      run: () => {
        const m = this.must();
        return m.sheets.map((s) => ({ id: s.id, ...Object.fromEntries(props.map((p) => [p, sheetProps[p](s, m)])) }));
      },
      after: (rows) => {
        this.loadedItems = (rows as Record<string, unknown>[]).map((row) => {
          const id = row.id as string;
          const ws = new Worksheet(
            this.context,
            `worksheet(${id})`,
            () => this.context.host.model.sheetById(id) ?? null,
          );
          for (const p of props) ws.preload(p, row[p]);
          return ws;
        });
      },
    });
    return this;
  }

  private byKey(key: string, nullable: boolean): Worksheet {
    return new Worksheet(
      this.context,
      `worksheets.getItem(${key})`,
      () => {
        const m = this.context.host.model;
        const s = m.sheet(key) ?? m.sheetById(key);
        if (s) return s;
        if (nullable) return null;
        throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${key}.`);
      },
      nullable,
    );
  }

  getItem(key: string): Worksheet {
    return this.byKey(key, false);
  }

  getItemOrNullObject(key: string): Worksheet {
    return this.byKey(key, true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, 'worksheets.getActiveWorksheet()', () => {
      const m = this.context.host.model;
      return m.sheetById(m.activeSheetId ?? '') ?? m.sheets[0];
    });
  }

  getFirst(): Worksheet {
    return new Worksheet(this.context, 'worksheets.getFirst()', () => this.context.host.model.sheets[0] ?? null);
  }

  getCount(): ClientResult<number> {
    return this.call('getCount', [], (m) => m.sheets.length);
  }

  /** Adds a sheet at the end; the name must be free (Excel throws ItemAlreadyExists otherwise). */
  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this.context.enqueue({
      request: { path: this.path, call: 'add', args: [name ?? null] },
      run: () => {
        const m = this.must();
        const finalName = name ?? freeName(m, `Sheet${m.sheets.length + 1}`);
        checkSheetName(m, finalName);
        created = m.addSheet({ name: finalName, values: [] });
      },
    });
    return new Worksheet(this.context, `worksheets.add(${name ?? ''})`, () => {
      if (!created) throw new OfficeError('ItemNotFound', 'The sheet was not added.');
      return created;
    });
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  private custom: CustomPropertyCollection | undefined;
  private chartList: ChartCollection | undefined;

  /** @internal Sets a value loaded through the collection. */
  preload(prop: string, value: unknown): void {
    this.loadedProps.set(prop, value);
  }

  protected props(): Record<string, (t: SheetModel) => unknown> {
    const m = this.context.host.model;
    return Object.fromEntries(Object.entries(sheetProps).map(([k, f]) => [k, (s: SheetModel) => f(s, m)]));
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'charts') return this.charts as ClientObject<unknown>;
    return name === 'customProperties' ? (this.customProperties as ClientObject<unknown>) : undefined;
  }

  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (s) => {
      checkSheetName(this.context.host.model, v, s);
      s.name = v;
    });
  }
  get position(): number {
    return this.get('position');
  }
  set position(v: number) {
    this.set('position', v, (s) => {
      const list = this.context.host.model.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, s);
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.set('visibility', v, (s) => {
      s.visibility = v as SheetModel['visibility'];
    });
  }

  /** Worksheet-level custom properties (ExcelApi 1.12; ApiNotFound at sync on an older host). */
  get customProperties(): CustomPropertyCollection {
    this.custom ??= new CustomPropertyCollection(this.context, `${this.path}.customProperties`, () => {
      need(this.context.host, '1.12', 'Worksheet.customProperties');
      return this.must().customProperties;
    });
    return this.custom;
  }

  /** The sheet's charts. */
  get charts(): ChartCollection {
    this.chartList ??= new ChartCollection(this.context, `${this.path}.charts`, () => this.must());
    return this.chartList;
  }

  activate(): void {
    this.call('activate', [], (s) => {
      this.context.host.model.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call('delete', [], (s) => {
      const m = this.context.host.model;
      if (m.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new OfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      m.sheets.splice(m.sheets.indexOf(s), 1);
      if (m.activeSheetId === s.id) m.activeSheetId = m.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
      if (m.selection?.sheet === s.name) m.selection = null;
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, `${this.path}.getRange(${address ?? ''})`, () => {
      const s = this.must();
      try {
        return { sheet: s, rect: address ? parseAddress(splitSheet(address).local) : parseAddress('A1:XFD1048576') };
      } catch {
        throw new OfficeError('InvalidArgument', `The address ${address} is not valid.`);
      }
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.context, `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`, () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1) throw new OfficeError('InvalidArgument', 'Bad indexes');
      return { sheet: this.must(), rect: { row, col, rows, cols } };
    });
  }

  getCell(row: number, col: number): Range {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  /** The used range; A1 when the sheet is empty (like Excel). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const s = this.must();
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  /** The used range, or a null object when the sheet is empty. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const s = this.must();
        const rect = s.usedRect(valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
    );
  }
}

// ───────────────────────────── ranges ─────────────────────────────

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function cells<V>(t: RangeTarget, limits: Limits | null, f: (row: number, col: number) => V): V[][] {
  if (limits && t.rect.rows * t.rect.cols > limits.cellsPerRead) {
    throw new OfficeError('RangeExceedsLimit', 'The cell count in range has exceeded the maximum supported number.');
  }
  return Array.from({ length: t.rect.rows }, (_, i) =>
    Array.from({ length: t.rect.cols }, (_, j) => f(t.rect.row + i, t.rect.col + j)),
  );
}

/** One value for all cells, or null when they differ (like Office.js for fonts and widths). */
function uniform<V>(t: RangeTarget, f: (row: number, col: number) => V): V | null {
  let first: V | undefined;
  for (let i = 0; i < t.rect.rows; i++) {
    for (let j = 0; j < t.rect.cols; j++) {
      const v = f(t.rect.row + i, t.rect.col + j);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

/** Each cell of a 2-D input, or one scalar for every cell; the shape must match the range. */
function each<V>(t: RangeTarget, input: V | V[][], apply: (row: number, col: number, v: V) => void): void {
  if (Array.isArray(input)) {
    if (input.length !== t.rect.rows || input.some((line) => !Array.isArray(line) || line.length !== t.rect.cols)) {
      throw new OfficeError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    input.forEach((line, i) => line.forEach((v, j) => apply(t.rect.row + i, t.rect.col + j, v)));
  } else {
    for (let i = 0; i < t.rect.rows; i++)
      for (let j = 0; j < t.rect.cols; j++) apply(t.rect.row + i, t.rect.col + j, input);
  }
}

const numberFormatAt = (s: SheetModel, r: number, c: number): string =>
  s.format(r, c).numberFormat ?? DEFAULT_NUMBER_FORMAT;

export class Range extends ClientObject<RangeTarget> {
  readonly format: RangeFormat;

  constructor(context: RequestContext, path: string, resolver: () => RangeTarget | null, nullable = false) {
    super(context, path, resolver, nullable);
    this.format = new RangeFormat(context, `${path}.format`, () => this.must());
  }

  protected props(): Record<string, (t: RangeTarget) => unknown> {
    const limits = this.context.host.limits;
    return {
      address: (t) => fullAddress(t.sheet.name, t.rect),
      addressLocal: (t) => fullAddress(t.sheet.name, t.rect),
      rowIndex: (t) => t.rect.row,
      columnIndex: (t) => t.rect.col,
      rowCount: (t) => t.rect.rows,
      columnCount: (t) => t.rect.cols,
      cellCount: (t) => t.rect.rows * t.rect.cols,
      values: (t) => cells(t, limits, (r, c) => t.sheet.value(r, c)),
      formulas: (t) => cells(t, limits, (r, c) => t.sheet.formula(r, c) ?? t.sheet.value(r, c)),
      numberFormat: (t) => cells(t, limits, (r, c) => numberFormatAt(t.sheet, r, c)),
      text: (t) => cells(t, limits, (r, c) => String(t.sheet.value(r, c))),
    };
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === 'format' ? (this.format as ClientObject<unknown>) : undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get text(): string[][] {
    return this.get('text');
  }

  /** Values as Excel holds them; writing parses each string as if typed (see typing.ts). */
  get values(): DoubleValue[][] {
    return this.get('values');
  }
  set values(v: (DoubleValue | null)[][]) {
    this.set('values', v, (t) =>
      each(t, v as DoubleValue[][], (r, c, x) => {
        const typed = typeInto(x, numberFormatAt(t.sheet, r, c), this.context.host.quirks?.textFormatProtects);
        t.sheet.setValue(r, c, typed.value, typed.formula);
      }),
    );
  }

  get formulas(): DoubleValue[][] {
    return this.get('formulas');
  }
  set formulas(v: (DoubleValue | null)[][]) {
    this.set('formulas', v, (t) =>
      each(t, v as DoubleValue[][], (r, c, x) => {
        const typed = typeInto(x, numberFormatAt(t.sheet, r, c), this.context.host.quirks?.textFormatProtects);
        t.sheet.setValue(r, c, typed.value, typed.formula);
      }),
    );
  }

  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.set('numberFormat', v, (t) =>
      each(t, v as unknown as string, (r, c, f) => t.sheet.setFormat(r, c, { numberFormat: f })),
    );
  }

  select(): void {
    this.call('select', [], (t) => {
      const m = this.context.host.model;
      if (m.activeSheetId !== t.sheet.id)
        throw new OfficeError(
          'InvalidSelection',
          'The current selection is invalid for this operation: activate the sheet first.',
        );
      m.selection = { sheet: t.sheet.name, address: formatRect(t.rect) };
    });
  }

  merge(across = false): void {
    this.call('merge', [across], (t) => {
      const rects = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rows: 1 }))
        : [t.rect];
      t.sheet.merges.push(...rects);
    });
  }

  unmerge(): void {
    this.call('unmerge', [], (t) => {
      const inside = (m: Rect): boolean =>
        m.row < t.rect.row + t.rect.rows &&
        m.row + m.rows > t.rect.row &&
        m.col < t.rect.col + t.rect.cols &&
        m.col + m.cols > t.rect.col;
      const keep = t.sheet.merges.filter((m) => !inside(m));
      t.sheet.merges.splice(0, t.sheet.merges.length, ...keep);
    });
  }

  /** Clears contents and/or formats ("All", "Contents", "Formats"); visits only cells that hold something. */
  clear(applyTo: string = 'All'): void {
    this.call('clear', [applyTo], (t) => {
      const { row, col, rows, cols } = t.rect;
      const within = (r: number, c: number): boolean => r >= row && r < row + rows && c >= col && c < col + cols;
      if (applyTo !== 'Formats') {
        t.sheet.values.forEach((line, r) => {
          if (!line || r < row || r >= row + rows) return;
          line.forEach((_v, c) => {
            if (within(r, c)) t.sheet.setValue(r, c, '');
          });
        });
      }
      if (applyTo !== 'Contents') {
        for (const k of [...t.sheet.formats.keys()]) {
          const r = Math.floor(k / MAX_COLUMNS);
          const c = k % MAX_COLUMNS;
          if (within(r, c)) t.sheet.clearFormat(r, c);
        }
      }
    });
  }

  /** Hyperlink of the range (ExcelApi 1.7); the double keeps the last one set per cell. */
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.set('hyperlink', link, (t) => {
      for (let i = 0; i < t.rect.rows; i++) {
        for (let j = 0; j < t.rect.cols; j++)
          t.sheet.hyperlinks.set(`${t.rect.row + i},${t.rect.col + j}`, { ...link });
      }
    });
  }

  getCell(row: number, col: number): Range {
    return new Range(this.context, `${this.path}.getCell(${row},${col})`, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: { row: t.rect.row + row, col: t.rect.col + col, rows: 1, cols: 1 } };
    });
  }

  getResizedRange(deltaRows: number, deltaCols: number): Range {
    return new Range(this.context, `${this.path}.getResizedRange(${deltaRows},${deltaCols})`, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: { ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaCols } };
    });
  }

  getOffsetRange(rows: number, cols: number): Range {
    return new Range(this.context, `${this.path}.getOffsetRange(${rows},${cols})`, () => {
      const t = this.must();
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + rows, col: t.rect.col + cols } };
    });
  }

  /** Per-cell properties (ExcelApi 1.9); the double fills `address` and `format.font` name/bold/italic. */
  getCellProperties(options: {
    address?: boolean;
    format?: { font?: { name?: boolean; bold?: boolean; italic?: boolean } };
  }): ClientResult<unknown[][]> {
    return this.call('getCellProperties', [options], (t) => {
      need(this.context.host, '1.9', 'Range.getCellProperties');
      return cells(t, this.context.host.limits, (r, c) => {
        const f = t.sheet.format(r, c);
        const out: Record<string, unknown> = {};
        if (options.address) out.address = fullAddress(t.sheet.name, { row: r, col: c, rows: 1, cols: 1 });
        const font = options.format?.font;
        if (font) {
          const o: Record<string, unknown> = {};
          if (font.name) o.name = f.fontName ?? DEFAULT_FONT;
          if (font.bold) o.bold = f.bold ?? false;
          if (font.italic) o.italic = f.italic ?? false;
          out.format = { font: o };
        }
        return out;
      });
    });
  }

  /** Per-row properties (ExcelApi 1.9): one object per row of the range; the double fills rowIndex and rowHidden. */
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean }): ClientResult<unknown[]> {
    return this.call('getRowProperties', [options], (t) => {
      need(this.context.host, '1.9', 'Range.getRowProperties');
      return Array.from({ length: t.rect.rows }, (_, i) => {
        const out: Record<string, unknown> = {};
        if (options.rowIndex) out.rowIndex = t.rect.row + i;
        if (options.rowHidden) out.rowHidden = t.sheet.hiddenRows.has(t.rect.row + i);
        return out;
      });
    });
  }

  /** Per-column properties (ExcelApi 1.9); the double fills columnIndex and columnHidden. */
  getColumnProperties(options: { columnIndex?: boolean; columnHidden?: boolean }): ClientResult<unknown[]> {
    return this.call('getColumnProperties', [options], (t) => {
      need(this.context.host, '1.9', 'Range.getColumnProperties');
      return Array.from({ length: t.rect.cols }, (_, j) => {
        const out: Record<string, unknown> = {};
        if (options.columnIndex) out.columnIndex = t.rect.col + j;
        if (options.columnHidden) out.columnHidden = t.sheet.hiddenColumns.has(t.rect.col + j);
        return out;
      });
    });
  }
}

/** Reads or writes one format field over a range; reading gives null when cells differ. */
abstract class FormatPart extends ClientObject<RangeTarget> {
  protected field<K extends keyof CellFormat>(k: K, fallback: CellFormat[K]): (t: RangeTarget) => unknown {
    return (t) => uniform(t, (r, c) => t.sheet.format(r, c)[k] ?? fallback);
  }
  protected put(prop: string, patch: Partial<CellFormat>): void {
    this.set(prop, Object.values(patch)[0], (t) => each(t, 0, (r, c) => t.sheet.setFormat(r, c, patch)));
  }
}

export class RangeFormat extends FormatPart {
  readonly font: RangeFont;
  readonly fill: RangeFill;
  readonly borders: RangeBorderCollection;

  constructor(context: RequestContext, path: string, resolver: () => RangeTarget) {
    super(context, path, resolver);
    this.font = new RangeFont(context, `${path}.font`, resolver);
    this.fill = new RangeFill(context, `${path}.fill`, resolver);
    this.borders = new RangeBorderCollection(context, `${path}.borders`, resolver);
  }

  protected props(): Record<string, (t: RangeTarget) => unknown> {
    return {
      columnWidth: (t) => uniform({ ...t, rect: { ...t.rect, rows: 1 } }, (_r, c) => t.sheet.columnWidths.get(c) ?? 48),
      horizontalAlignment: this.field('horizontalAlignment', 'General'),
      wrapText: this.field('wrapText', false),
    };
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    const parts: Record<string, ClientObject<unknown>> = {
      font: this.font as ClientObject<unknown>,
      fill: this.fill as ClientObject<unknown>,
      borders: this.borders as ClientObject<unknown>,
    };
    return parts[name];
  }

  /** Width of every column of the range, in points (Office.js units). */
  get columnWidth(): number | null {
    return this.get('columnWidth');
  }
  set columnWidth(v: number) {
    this.set('columnWidth', v, (t) => {
      for (let j = 0; j < t.rect.cols; j++) t.sheet.columnWidths.set(t.rect.col + j, v);
    });
  }
  get horizontalAlignment(): string | null {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.put('horizontalAlignment', { horizontalAlignment: v });
  }
  get wrapText(): boolean | null {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.put('wrapText', { wrapText: v });
  }
  autofitColumns(): void {
    this.call('autofitColumns', [], () => undefined);
  }
}

export class RangeFont extends FormatPart {
  protected props(): Record<string, (t: RangeTarget) => unknown> {
    return {
      name: this.field('fontName', DEFAULT_FONT),
      bold: this.field('bold', false),
      italic: this.field('italic', false),
    };
  }
  /** The font name, or null when the cells use several fonts. */
  get name(): string | null {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', { fontName: v });
  }
  get bold(): boolean | null {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.put('bold', { bold: v });
  }
  get italic(): boolean | null {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.put('italic', { italic: v });
  }
}

export class RangeFill extends FormatPart {
  protected props(): Record<string, (t: RangeTarget) => unknown> {
    return { color: this.field('fill', undefined) };
  }
  get color(): string | null {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', { fill: v });
  }
  clear(): void {
    this.call('clear', [], (t) => each(t, 0, (r, c) => t.sheet.setFormat(r, c, { fill: undefined })));
  }
}

export class RangeBorder extends ClientObject<{ range: RangeTarget; edge: string }> {
  protected props(): Record<string, (t: { range: RangeTarget; edge: string }) => unknown> {
    return {
      style: (t) =>
        uniform(t.range, (r, c) =>
          (t.range.sheet.format(r, c).borders ?? []).includes(t.edge) ? 'Continuous' : 'None',
        ),
    };
  }
  get style(): string | null {
    return this.get('style');
  }
  set style(v: string) {
    this.set('style', v, (t) =>
      each(t.range, 0, (r, c) => {
        const old = (t.range.sheet.format(r, c).borders ?? []).filter((e) => e !== t.edge);
        t.range.sheet.setFormat(r, c, { borders: v === 'None' ? old : [...old, t.edge] });
      }),
    );
  }
  set weight(v: string) {
    this.set('weight', v, () => undefined);
  }
  set color(v: string) {
    this.set('color', v, () => undefined);
  }
}

export class RangeBorderCollection extends ClientObject<RangeTarget> {
  protected props(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }
  getItem(edge: string): RangeBorder {
    return new RangeBorder(this.context, `${this.path}.getItem(${edge})`, () => ({ range: this.must(), edge }));
  }
}

// ───────────────────────────── settings, application ─────────────────────────────

type SettingMap = Map<string, { key: string; value: unknown }>;

/** One document setting (`Excel.Setting`): `key`, `value` (any JSON), delete(). */
export class Setting extends ClientObject<{ map: SettingMap; key: string }> {
  protected props(): Record<string, (t: { map: SettingMap; key: string }) => unknown> {
    return { key: (t) => t.map.get(t.key)?.key, value: (t) => t.map.get(t.key)?.value };
  }
  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    this.set('value', v, (t) => {
      const old = t.map.get(t.key);
      if (old) old.value = JSON.parse(JSON.stringify(v));
    });
  }
  delete(): void {
    this.call('delete', [], (t) => void t.map.delete(t.key));
  }
}

/**
 * `workbook.settings` (ExcelApi 1.4): key/value pairs of this add-in saved in the file itself
 * (the webextension part), so they travel with the workbook. Values are stored as JSON.
 */
export class SettingCollection extends ClientObject<SettingMap> {
  constructor(context: RequestContext) {
    super(context, 'workbook.settings', () => {
      need(context.host, '1.4', 'Workbook.settings');
      return context.host.model.settings;
    });
  }
  protected props(): Record<string, (t: SettingMap) => unknown> {
    return {};
  }
  private item(key: string, nullable: boolean): Setting {
    return new Setting(
      this.context,
      `${this.path}.getItem(${key})`,
      () => {
        const map = this.must();
        if (!map.has(key)) {
          if (nullable) return null;
          throw new OfficeError('ItemNotFound', `The setting ${key} does not exist.`);
        }
        return { map, key };
      },
      nullable,
    );
  }
  getItem(key: string): Setting {
    return this.item(key, false);
  }
  getItemOrNullObject(key: string): Setting {
    return this.item(key, true);
  }
  add(key: string, value: unknown): Setting {
    this.call('add', [key, value], (map) => void map.set(key, { key, value: JSON.parse(JSON.stringify(value)) }));
    return this.getItem(key);
  }
}

/** `workbook.application` with `cultureInfo` (ExcelApi 1.11): the locale numbers and functions use. */
export class Application extends ClientObject<WorkbookModel> {
  readonly cultureInfo: CultureInfo;
  constructor(context: RequestContext) {
    super(context, 'workbook.application', () => context.host.model);
    this.cultureInfo = new CultureInfo(context);
  }
  protected props(): Record<string, (t: WorkbookModel) => unknown> {
    return { calculationMode: () => 'Automatic' };
  }
  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === 'cultureInfo' ? (this.cultureInfo as ClientObject<unknown>) : undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

export class CultureInfo extends ClientObject<WorkbookModel> {
  readonly numberFormat: NumberFormatInfo;
  constructor(context: RequestContext) {
    super(context, 'workbook.application.cultureInfo', () => {
      need(context.host, '1.11', 'Application.cultureInfo');
      return context.host.model;
    });
    this.numberFormat = new NumberFormatInfo(context, () => this.must());
  }
  protected props(): Record<string, (t: WorkbookModel) => unknown> {
    return { name: (m) => m.culture };
  }
  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === 'numberFormat' ? (this.numberFormat as ClientObject<unknown>) : undefined;
  }
  get name(): string {
    return this.get('name');
  }
}

export class NumberFormatInfo extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext, resolver: () => WorkbookModel) {
    super(context, 'workbook.application.cultureInfo.numberFormat', resolver);
  }
  protected props(): Record<string, (t: WorkbookModel) => unknown> {
    const vi = (m: WorkbookModel): boolean => /^vi|^de|^fr/i.test(m.culture);
    return {
      numberDecimalSeparator: (m) => (vi(m) ? ',' : '.'),
      numberGroupSeparator: (m) => (vi(m) ? '.' : ','),
    };
  }
  get numberDecimalSeparator(): string {
    return this.get('numberDecimalSeparator');
  }
  get numberGroupSeparator(): string {
    return this.get('numberGroupSeparator');
  }
}

// ───────────────────────────── charts ─────────────────────────────

/** A chart (`Excel.Chart`): name, title, position, delete(). */
export class Chart extends ClientObject<{ sheet: SheetModel; chart: ChartModel }> {
  readonly title: ChartTitle;
  readonly legend: ChartLegend;
  readonly series: ChartSeriesCollection;
  constructor(
    context: RequestContext,
    path: string,
    resolver: () => { sheet: SheetModel; chart: ChartModel } | null,
    nullable = false,
  ) {
    super(context, path, resolver, nullable);
    this.title = new ChartTitle(context, `${path}.title`, () => this.must().chart);
    this.legend = new ChartLegend(context, `${path}.legend`, () => this.must().chart);
    this.series = new ChartSeriesCollection(context, `${path}.series`, () => this.must().chart);
  }
  protected props(): Record<string, (t: { sheet: SheetModel; chart: ChartModel }) => unknown> {
    return { name: (t) => t.chart.name, chartType: (t) => t.chart.type };
  }
  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === 'title' ? (this.title as ClientObject<unknown>) : undefined;
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => void (t.chart.name = v));
  }
  setPosition(start: string, end?: string): void {
    this.call('setPosition', [start, end ?? null], (t) => void (t.chart.position = { start, end }));
  }
  delete(): void {
    this.call('delete', [], (t) => void t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1));
  }
}

export class ChartTitle extends ClientObject<ChartModel> {
  protected props(): Record<string, (t: ChartModel) => unknown> {
    return { text: (t) => t.title };
  }
  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.set('text', v, (t) => void (t.title = v));
  }
}

export class ChartLegend extends ClientObject<ChartModel> {
  protected props(): Record<string, (t: ChartModel) => unknown> {
    return { visible: (t) => t.legend !== false };
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.set('visible', v, (t) => void (t.legend = v));
  }
}

/** The chart's series; the double keeps the first series' categories (X axis values). */
export class ChartSeriesCollection extends ClientObject<ChartModel> {
  protected props(): Record<string, (t: ChartModel) => unknown> {
    return { count: () => 1 };
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, `${this.path}.getItemAt(${index})`, () => this.must());
  }
}

export class ChartSeries extends ClientObject<ChartModel> {
  protected props(): Record<string, (t: ChartModel) => unknown> {
    return {};
  }
  /** The categories (ExcelApi 1.7). */
  setXAxisValues(source: Range): void {
    this.call('setXAxisValues', [source.path], (t) => void (t.categories = formatRect(source.must().rect)));
  }
}

/** A sheet's charts (`Excel.ChartCollection`). */
export class ChartCollection extends ClientObject<SheetModel> {
  private loadedItems: Chart[] | undefined;
  protected props(): Record<string, (t: SheetModel) => unknown> {
    return {};
  }
  get items(): Chart[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
  override load(spec?: string | string[] | { select?: string }): this {
    void spec;
    this.context.enqueue({
      request: { path: this.path, load: ['items/name'] },
      run: () => this.must().charts.map((c) => c.name),
      after: (names) => {
        this.loadedItems = (names as string[]).map((n) => this.byName(n, false));
        this.loadedItems.forEach((c, i) =>
          (c as unknown as { loadedProps: Map<string, unknown> }).loadedProps.set('name', (names as string[])[i]),
        );
      },
    });
    return this;
  }
  private byName(name: string, nullable: boolean): Chart {
    return new Chart(
      this.context,
      `${this.path}.getItem(${name})`,
      () => {
        const sheet = this.must();
        const chart = sheet.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
        if (chart) return { sheet, chart };
        if (nullable) return null;
        throw new OfficeError('ItemNotFound', `The chart ${name} does not exist.`);
      },
      nullable,
    );
  }
  getItem(name: string): Chart {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): Chart {
    return this.byName(name, true);
  }
  /** Adds a chart over a range of this workbook; Excel names it "Chart 1", "Chart 2", … */
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    let made: { sheet: SheetModel; chart: ChartModel } | undefined;
    this.context.enqueue({
      request: { path: this.path, call: 'add', args: [type, sourceData.path, seriesBy] },
      run: () => {
        const sheet = this.must();
        const src = sourceData.must();
        const chart: ChartModel = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: formatRect(src.rect),
          seriesBy,
          title: '',
          position: null,
        };
        sheet.charts.push(chart);
        made = { sheet, chart };
      },
    });
    return new Chart(this.context, `${this.path}.add(${type})`, () => made ?? null);
  }
}
