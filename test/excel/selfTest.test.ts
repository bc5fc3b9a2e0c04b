/**
 * The self-test (Kiểm tra môi trường) on the double: every check runs, nothing it adds stays,
 * and on a host without ExcelApi 1.12 / 1.13 those lines say so instead of failing.
 */
import { selfTest, selfTestText, type ExcelHost } from '../../src/excel';
import { createExcelDouble, encodeTestWorkbook, type ExcelDoubleOptions } from './double';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

async function run(options: ExcelDoubleOptions = {}) {
  const d = createExcelDouble([{ name: 'VNPT', values: [['Chỉ tiêu', 1]] }], options);
  (globalThis as Record<string, unknown>).Office = d.Office;
  const before = d.workbook.snapshot('VNPT');
  const rows = await selfTest({
    excel: d.Excel as unknown as ExcelHost,
    sample: encodeTestWorkbook([{ name: 'TTTT tự kiểm tra', values: [['Chỉ tiêu', 123]] }]),
  });
  return { d, rows, before };
}

describe('selfTest', () => {
  it('checks sets, property, setting, text, insert and locale, and cleans up after itself', async () => {
    const { d, rows, before } = await run();
    const failed = rows.filter((r) => r.ok === false);
    expect(failed).toEqual([]);
    const checks = rows.map((r) => r.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        'SharedRuntime 1.1',
        'ExcelApi 1.9',
        'ExcelApi 1.13',
        'Sheet custom property set and read back',
        'Workbook setting set and read back',
        'Insert a small xlsx (Import)',
        'Locale (functions and numbers)',
        'Clean up',
      ]),
    );
    expect(rows.find((r) => r.check.startsWith('For the record'))?.detail).toMatch(/did not keep it text/);
    expect(rows.find((r) => r.check.startsWith('Locale'))?.detail).toMatch(/display vi-VN.*culture vi-VN.*decimal ","/);
    // Nothing stays: the workbook is as it was.
    expect(d.workbook.names()).toEqual(['VNPT']);
    expect(d.workbook.snapshot('VNPT')).toBe(before);
    expect(d.workbook.settings.size).toBe(0);
    expect(selfTestText(rows).split('\n')).toHaveLength(rows.length);
  });

  it('on a host without ExcelApi 1.12 and 1.13, says what is worked around instead of failing', async () => {
    const { d, rows } = await run({ requirements: { ExcelApi: '1.11', SharedRuntime: '1.1' } });
    expect(rows.filter((r) => r.ok === false)).toEqual([]);
    expect(rows.find((r) => r.check === 'ExcelApi 1.12')?.detail).toMatch(/worked around/);
    expect(rows.find((r) => r.check === 'Sheet custom property set and read back')?.ok).toBeNull();
    expect(rows.find((r) => r.check === 'Insert a small xlsx (Import)')?.ok).toBeNull();
    expect(d.workbook.names()).toEqual(['VNPT']);
  });

  it('a host missing a required set is shown as such', async () => {
    const { rows } = await run({ requirements: { ExcelApi: '1.8', SharedRuntime: '1.1' } });
    expect(rows.find((r) => r.check === 'ExcelApi 1.9')).toMatchObject({ ok: false, detail: 'MISSING (required)' });
  });
});
