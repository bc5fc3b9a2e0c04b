/**
 * The self-test (Kiểm tra môi trường): checks, on the real host, what the test double cannot
 * prove, and returns a table a person can copy and send:
 * 1. the requirement sets (SharedRuntime 1.1; ExcelApi 1.9 required, 1.11–1.13 used when there);
 * 2. a worksheet custom property set and read back (the sheet's ownership mark, ExcelApi 1.12);
 * 3. a workbook setting set and read back (the registry and the build settings, ExcelApi 1.4);
 * 4. text written as text: "'=1+1" in a General cell and "Chỉ tiêu" in an "@" cell read back as
 *    "=1+1" and "Chỉ tiêu", no formula (writeLayouts.ts `textCell`); and, for the record, what "@"
 *    alone does with "=1+1" (the docs do not say);
 * 5. a small xlsx inserted and removed (ExcelApi 1.13, Import);
 * 6. the locale custom functions and numbers see (display language, culture, decimal separator).
 * Everything it adds (one scratch sheet, one setting, the inserted sheet) is removed at the end.
 */
import { OWNER_KEY } from './ownership';
import { capabilities } from './requirements';
import { type ExcelHost, excelHost, officeCode, session } from './session';
import { freeSheetName } from './plan';
import { SAMPLE_XLSX } from './selfTestSample';

/** One line of the self-test's table. */
export interface SelfTestRow {
  check: string;
  /** true: as expected; false: not; null: not run (the host lacks what it needs). */
  ok: boolean | null;
  detail: string;
}

const SCRATCH = 'TTTT tự kiểm tra';
const SETTING = 'TTTT.Tables.selftest';

interface OfficeInfo {
  context?: {
    displayLanguage?: string;
    contentLanguage?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    diagnostics?: { platform?: unknown; version?: unknown };
  };
}

const reason = (e: unknown): string =>
  `${officeCode(e) ?? 'Error'}: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200);

/**
 * Runs the checks; never throws (a failure is a line of the table). `sample` is the xlsx to
 * insert as base64 (the built-in one, selfTestSample.ts, when absent).
 *
 * @example
 * (await selfTest()).map((r) => `${r.check}\t${r.ok}\t${r.detail}`).join('\n')
 */
export async function selfTest(options: { excel?: ExcelHost; sample?: string } = {}): Promise<SelfTestRow[]> {
  const rows: SelfTestRow[] = [];
  const office = (globalThis as unknown as { Office?: OfficeInfo }).Office;
  const isSet = (name: string, version: string): boolean | null => {
    const r = office?.context?.requirements;
    return r ? r.isSetSupported(name, version) : null;
  };
  const caps = capabilities();
  const diag = office?.context?.diagnostics;
  rows.push({
    check: 'Host',
    ok: null,
    detail: `${String(diag?.platform ?? '?')} ${String(diag?.version ?? '')}`.trim(),
  });
  for (const [name, version, needed] of [
    ['SharedRuntime', '1.1', true],
    ['ExcelApi', '1.9', true],
    ['ExcelApi', '1.11', false],
    ['ExcelApi', '1.12', false],
    ['ExcelApi', '1.13', false],
  ] as const) {
    const has = isSet(name, version);
    rows.push({
      check: `${name} ${version}`,
      ok: has === null ? null : needed ? has : true,
      detail:
        has === null
          ? 'Office.context.requirements not available'
          : has
            ? 'supported'
            : needed
              ? 'MISSING (required)'
              : 'missing (worked around)',
    });
  }
  try {
    await excelHost(options.excel).run(async (context) => {
      const s = session(context);
      // 1. scratch sheet, property, setting, text cells — queued together.
      const sheets = context.workbook.worksheets.load('items/name');
      await s.sync();
      const name = freeSheetName(
        SCRATCH,
        sheets.items.map((w) => w.name),
      );
      const ws = context.workbook.worksheets.add(name);
      const apostrophe = ws.getRange('A1');
      apostrophe.numberFormat = [['General']];
      apostrophe.values = [["'=1+1"]];
      const text = ws.getRange('A2');
      text.numberFormat = [['@']];
      text.values = [['Chỉ tiêu']];
      const atOnly = ws.getRange('A3');
      atOnly.numberFormat = [['@']];
      atOnly.values = [['=1+1']];
      if (caps.sheetProperties) ws.customProperties.add(OWNER_KEY + '.selftest', 'ok-ư');
      context.workbook.settings.add(SETTING, { ok: 'ư', n: 1 });
      try {
        await s.sync();
      } catch (e) {
        rows.push({ check: 'Write a scratch sheet', ok: false, detail: reason(e) });
        return;
      }
      // 2. read everything back in one sync.
      const back = ws.getRange('A1:A3').load('values,formulas');
      const prop = caps.sheetProperties
        ? ws.customProperties.getItemOrNullObject(OWNER_KEY + '.selftest').load('value')
        : null;
      const setting = context.workbook.settings.getItemOrNullObject(SETTING).load('value');
      const culture = caps.cultureInfo ? context.workbook.application.cultureInfo.load('name') : null;
      const separator = caps.cultureInfo
        ? context.workbook.application.cultureInfo.numberFormat.load('numberDecimalSeparator')
        : null;
      await s.sync();
      const [[v1], [v2], [v3]] = back.values as unknown[][];
      const [[f1], , [f3]] = back.formulas as unknown[][];
      rows.push({
        check: 'Text "\'=1+1" (General) reads back as "=1+1"',
        // A formula would read back as its result (2); `formulas` drops the apostrophe (office-js #6687).
        ok: v1 === '=1+1',
        detail: `value ${JSON.stringify(v1)}, formula ${JSON.stringify(f1)}`,
      });
      rows.push({
        check: 'Text "Chỉ tiêu" ("@") reads back unchanged',
        ok: v2 === 'Chỉ tiêu',
        detail: JSON.stringify(v2),
      });
      rows.push({
        check: 'For the record: "=1+1" in an "@" cell',
        ok: null,
        detail: `value ${JSON.stringify(v3)}, formula ${JSON.stringify(f3)} (${v3 === '=1+1' ? '"@" kept it text' : '"@" did not keep it text'})`,
      });
      rows.push(
        prop
          ? {
              check: 'Sheet custom property set and read back',
              ok: !prop.isNullObject && prop.value === 'ok-ư',
              detail: prop.isNullObject ? 'not found' : JSON.stringify(prop.value),
            }
          : { check: 'Sheet custom property set and read back', ok: null, detail: 'ExcelApi 1.12 missing' },
      );
      const sv = setting.isNullObject ? null : (setting.value as { ok?: string } | string | null);
      const parsed = typeof sv === 'string' ? (JSON.parse(sv) as { ok?: string }) : sv;
      rows.push({
        check: 'Workbook setting set and read back',
        ok: parsed?.ok === 'ư',
        detail: setting.isNullObject ? 'not found' : JSON.stringify(sv),
      });
      rows.push({
        check: 'Locale (functions and numbers)',
        ok: null,
        detail: [
          `display ${office?.context?.displayLanguage ?? '?'}`,
          `editing ${office?.context?.contentLanguage ?? '?'}`,
          culture ? `culture ${culture.name}` : 'culture ? (ExcelApi 1.11 missing)',
          separator ? `decimal "${separator.numberDecimalSeparator}"` : '',
        ]
          .filter(Boolean)
          .join(', '),
      });
      // 3. insert a small xlsx (ExcelApi 1.13), then remove it and the scratch sheet.
      let inserted: string[] = [];
      if (caps.insertFromBase64) {
        const sample = options.sample ?? SAMPLE_XLSX;
        const ids = context.workbook.insertWorksheetsFromBase64(sample, { positionType: 'End' });
        try {
          await s.sync();
          inserted = ids.value;
          rows.push({
            check: 'Insert a small xlsx (Import)',
            ok: inserted.length === 1,
            detail: `${inserted.length} sheet(s)`,
          });
        } catch (e) {
          rows.push({ check: 'Insert a small xlsx (Import)', ok: false, detail: reason(e) });
        }
      } else {
        rows.push({
          check: 'Insert a small xlsx (Import)',
          ok: null,
          detail: 'ExcelApi 1.13 missing: Import is hidden',
        });
      }
      for (const id of inserted) context.workbook.worksheets.getItem(id).delete();
      ws.delete();
      context.workbook.settings.getItem(SETTING).delete();
      try {
        await s.sync();
        rows.push({ check: 'Clean up', ok: true, detail: 'scratch sheet, setting and inserted sheet removed' });
      } catch (e) {
        rows.push({ check: 'Clean up', ok: false, detail: reason(e) });
      }
    });
  } catch (e) {
    rows.push({ check: 'Excel.run', ok: false, detail: reason(e) });
  }
  return rows;
}

/**
 * The table as tab-separated text, to paste into an e-mail or a sheet.
 *
 * @example
 * selfTestText([{ check: 'ExcelApi 1.9', ok: true, detail: 'supported' }]) //=> 'ExcelApi 1.9\tOK\tsupported'
 */
export function selfTestText(rows: SelfTestRow[]): string {
  return rows.map((r) => `${r.check}\t${r.ok === null ? '–' : r.ok ? 'OK' : 'FAIL'}\t${r.detail}`).join('\n');
}
