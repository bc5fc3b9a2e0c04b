/**
 * Browser entry of the Excel test double: installs `window.Excel` over a workbook seeded with the
 * sheets the test put in `window.__ttttSeed`, and keeps the double at `window.__double` so the
 * test can read what the pane wrote. Bundled by esbuild and injected before any page script.
 */
import { createExcelDouble } from '../excel/double';

interface Seed {
  sheets: Parameters<typeof createExcelDouble>[0];
  displayLanguage?: string;
  /** Requirement sets the host supports (every set when absent). */
  requirements?: Record<string, string>;
}

const w = window as unknown as { __ttttSeed: Seed; __double: ReturnType<typeof createExcelDouble>; Excel: unknown };
const double = createExcelDouble(w.__ttttSeed.sheets, {
  displayLanguage: w.__ttttSeed.displayLanguage,
  requirements: w.__ttttSeed.requirements,
});
w.__double = double;
w.Excel = double.Excel;
(w as unknown as { OfficeExtension: unknown }).OfficeExtension = double.OfficeExtension;
