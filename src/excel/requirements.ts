/**
 * What the host can do (bộ API Excel hỗ trợ), asked once of `Office.context.requirements`.
 *
 * The manifest declares what the add-in cannot run without: SharedRuntime 1.1 and ExcelApi 1.9
 * (per-cell fonts, hidden rows and columns, all read in the read sync). What it can do without is
 * checked here and worked around:
 * - ExcelApi 1.12 (`Worksheet.customProperties`, the sheet's own ownership mark): without it the
 *   add-in's sheets are recognised by the registry kept in the workbook's settings alone;
 * - ExcelApi 1.13 (`insertWorksheetsFromBase64`): without it the pane hides "Import";
 * - ExcelApi 1.11 (`application.cultureInfo`): only the self-test reads it.
 */

/** The ExcelApi version the manifest requires (keep in step with manifest.xml). */
export const REQUIRED_EXCEL_API = '1.9';

/** What the add-in adapts to. */
export interface Capabilities {
  /** Worksheet custom properties (ExcelApi 1.12). */
  sheetProperties: boolean;
  /** Inserting a workbook's sheets from base64 (ExcelApi 1.13). */
  insertFromBase64: boolean;
  /** `application.cultureInfo` (ExcelApi 1.11). */
  cultureInfo: boolean;
}

interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

/** Whether the host supports `ExcelApi` at `version`; true outside Office (nothing to ask). */
export function supportsExcelApi(version: string): boolean {
  const requirements = (globalThis as { Office?: OfficeRequirements }).Office?.context?.requirements;
  if (!requirements?.isSetSupported) return true;
  try {
    return requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/**
 * The host's capabilities, from `Office.context.requirements.isSetSupported`.
 *
 * @example
 * capabilities() //=> { sheetProperties: true, insertFromBase64: true, cultureInfo: true } (Microsoft 365)
 */
export function capabilities(): Capabilities {
  return {
    sheetProperties: supportsExcelApi('1.12'),
    insertFromBase64: supportsExcelApi('1.13'),
    cultureInfo: supportsExcelApi('1.11'),
  };
}
