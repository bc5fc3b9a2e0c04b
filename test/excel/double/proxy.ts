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

export interface Host {
  model: WorkbookModel;
  stats: Stats;
  limits: Limits;
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
      throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
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
      if (failure instanceof OfficeError && failure.code === 'RangeExceedsLimit') record.refused = failure.code;
      throw failure;
    }
    if (record.responseBytes > limits.responseBytes) {
      record.refused = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
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

  constructor(context: RequestContext) {
    super(context, 'workbook', () => context.host.model);
    this.worksheets = new WorksheetCollection(context);
    this.properties = new DocumentProperties(context);
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
    return this.call('insertWorksheetsFromBase64', [base64, options ?? null], (m) => {
      let parsed: EncodedWorkbook;
      try {
        parsed = decodeBase64Json(base64);
      } catch {
        throw new OfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      const wanted = options?.sheetNamesToInsert?.length
        ? parsed.sheets.filter((s) => options.sheetNamesToInsert?.includes(s.name))
        : parsed.sheets;
      return wanted.map((s) => m.addSheet({ ...s, name: freeName(m, s.name) }).id);
    });
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

  /** @internal Sets a value loaded through the collection. */
  preload(prop: string, value: unknown): void {
    this.loadedProps.set(prop, value);
  }

  protected props(): Record<string, (t: SheetModel) => unknown> {
    const m = this.context.host.model;
    return Object.fromEntries(Object.entries(sheetProps).map(([k, f]) => [k, (s: SheetModel) => f(s, m)]));
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
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

  /** Worksheet-level custom properties (ExcelApi 1.12). */
  get customProperties(): CustomPropertyCollection {
    this.custom ??= new CustomPropertyCollection(
      this.context,
      `${this.path}.customProperties`,
      () => this.must().customProperties,
    );
    return this.custom;
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
        const typed = typeInto(x, numberFormatAt(t.sheet, r, c));
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
        const typed = typeInto(x, numberFormatAt(t.sheet, r, c));
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
    return this.call('getCellProperties', [options], (t) =>
      cells(t, this.context.host.limits, (r, c) => {
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
      }),
    );
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
