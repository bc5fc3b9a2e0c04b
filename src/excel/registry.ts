/**
 * What the add-in keeps in the workbook's own settings (`workbook.settings`, ExcelApi 1.4): saved
 * inside the file (its web-extension part) for this add-in, so it travels with the report.
 *
 * - The registry of output sheets (sổ ghi trang tính kết quả): the second, independent mark of
 *   ownership beside each sheet's custom property (see ownership.ts), and what each sheet held
 *   when written — one digest per row — so a rebuild can tell a person's typing from its own.
 * - The person's build settings (convention, sheet names, excluded sheets), read by the ribbon's
 *   Build tables and the pane alike.
 */
import { type Convention, type SheetLayout, CONVENTIONS } from '../core';

/** Setting key of the registry of output sheets. */
export const REGISTRY_KEY = 'TTTT.Tables.outputs';
/** Setting key of the build settings. */
export const SETTINGS_KEY = 'TTTT.Tables.settings';

/** One output sheet as the add-in last wrote it. */
export interface RegistryEntry {
  /** The name it was written under. */
  name: string;
  /** The name asked for ("TTTT Biểu" or the settings' name). */
  requested: string;
  kind: SheetLayout['kind'];
  /** The written block: rows × cols from A1. */
  rows: number;
  cols: number;
  /** One digest per written row (see guard.ts). */
  digests: string[];
}

export interface Registry {
  version: 1;
  sheets: RegistryEntry[];
}

const KINDS: readonly SheetLayout['kind'][] = ['tables', 'breakdown', 'checks', 'sentences', 'history', 'dictionary'];

/**
 * The registry from a setting's value; an empty one when absent or unreadable.
 *
 * @example
 * parseRegistry(null).sheets //=> []
 */
export function parseRegistry(value: unknown): Registry {
  const raw = typeof value === 'string' ? safeJson(value) : value;
  const list = (raw as { sheets?: unknown } | null)?.sheets;
  if (!Array.isArray(list)) return { version: 1, sheets: [] };
  const sheets = list.filter(
    (e): e is RegistryEntry =>
      !!e &&
      typeof e.name === 'string' &&
      typeof e.requested === 'string' &&
      KINDS.includes(e.kind) &&
      Number.isInteger(e.rows) &&
      Number.isInteger(e.cols) &&
      Array.isArray(e.digests) &&
      e.digests.every((d: unknown) => typeof d === 'string'),
  );
  return { version: 1, sheets };
}

/** The registry entry that names `sheetName` (compared without case, like Excel), if any. */
export function entryFor(registry: Registry, sheetName: string): RegistryEntry | undefined {
  const lower = sheetName.toLowerCase();
  return registry.sheets.find((e) => e.name.toLowerCase() === lower);
}

/** Output sheets whose names a person may change. */
export type OutputKind = 'tables' | 'breakdown' | 'checks';

/** The build settings kept in the workbook: what a person chose in the pane. */
export interface WorkbookSettings {
  convention?: Convention;
  sheetNames?: Partial<Record<OutputKind, string>>;
  /** Sheets a person unticked. */
  exclude?: string[];
  /** The province the report is about, named in the tables' titles ("Quảng Ninh"). */
  province?: string;
  /** Anything else another version or another setting wrote, kept as it was. */
  [other: string]: unknown;
}

/**
 * The build settings from a setting's value, keeping only what is well formed.
 *
 * @example
 * parseWorkbookSettings({ convention: 'index', exclude: ['Ghi chú', 5] }) //=> { convention: 'index', exclude: ['Ghi chú'] }
 */
export function parseWorkbookSettings(value: unknown): WorkbookSettings {
  const raw = (typeof value === 'string' ? safeJson(value) : value) as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') return {};
  const out: WorkbookSettings = { ...raw };
  delete out.convention;
  delete out.sheetNames;
  delete out.exclude;
  delete out.province;
  if (CONVENTIONS.includes(raw.convention as Convention)) out.convention = raw.convention as Convention;
  if (raw.sheetNames && typeof raw.sheetNames === 'object') {
    const names: Partial<Record<OutputKind, string>> = {};
    for (const kind of ['tables', 'breakdown', 'checks'] as const) {
      const n = (raw.sheetNames as Record<string, unknown>)[kind];
      if (typeof n === 'string' && n.trim()) names[kind] = n.trim();
    }
    out.sheetNames = names;
  }
  if (typeof raw.province === 'string' && raw.province.trim()) out.province = raw.province.trim();
  if (Array.isArray(raw.exclude)) out.exclude = raw.exclude.filter((x): x is string => typeof x === 'string');
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
