import { type Convention, CONVENTIONS, isOutlierThreshold } from '../core';
import type { PaneSettings } from './components/SettingsSection';
import type { OutputKind } from './host';

const key = 'tttt-tables.settings';
const kinds: readonly OutputKind[] = ['tables', 'breakdown', 'checks'];

/** The settings a pane starts with: the reference report's convention and the default sheets. */
export const defaultSettings: PaneSettings = { convention: 'change', sheetNames: {} };

/**
 * Settings from what was stored, keeping only values the pane knows; anything else (another
 * version's settings, a hand-edited value) falls back to the default.
 *
 * @example
 * parseSettings('{"convention":"index"}') //=> { convention: 'index', sheetNames: {} }
 * parseSettings('nonsense') //=> { convention: 'change', sheetNames: {} }
 */
export function parseSettings(stored: string | null): PaneSettings {
  let raw: unknown;
  try {
    raw = stored ? JSON.parse(stored) : null;
  } catch {
    raw = null;
  }
  const obj = (raw && typeof raw === 'object' ? raw : {}) as {
    convention?: unknown;
    sheetNames?: Record<string, unknown>;
    outlier?: unknown;
    province?: unknown;
  };
  const convention = CONVENTIONS.includes(obj.convention as Convention)
    ? (obj.convention as Convention)
    : defaultSettings.convention;
  const sheetNames: PaneSettings['sheetNames'] = {};
  for (const kind of kinds) {
    const name = obj.sheetNames?.[kind];
    if (typeof name === 'string' && name.trim()) sheetNames[kind] = name;
  }
  const settings: PaneSettings = { convention, sheetNames };
  // The outlier threshold only when a person set one that makes sense; else the build's default.
  if (isOutlierThreshold(obj.outlier)) settings.outlier = { above: obj.outlier.above, below: obj.outlier.below };
  if (typeof obj.province === 'string' && obj.province.trim()) settings.province = obj.province;
  return settings;
}

/**
 * The sheet names a build should use: only the ones a person filled in, trimmed.
 *
 * @example
 * chosenSheetNames({ tables: ' Biểu 9T ', checks: '' }) //=> { tables: 'Biểu 9T' }
 */
export function chosenSheetNames(names: PaneSettings['sheetNames']): PaneSettings['sheetNames'] {
  const out: PaneSettings['sheetNames'] = {};
  for (const kind of kinds) {
    const name = names[kind]?.trim();
    if (name) out[kind] = name;
  }
  return out;
}

/** Settings kept in the pane's storage between sessions (per machine; nothing domain-related). */
export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined): PaneSettings {
  try {
    return parseSettings(storage?.getItem(key) ?? null);
  } catch {
    return defaultSettings;
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: PaneSettings): void {
  try {
    storage?.setItem(key, JSON.stringify(settings));
  } catch {
    // Storage may be off in some hosts; the settings then last for this session only.
  }
}
