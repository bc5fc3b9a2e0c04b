/**
 * Files read in the pane (.xls, .ods, .csv, or an .xlsx Excel refused) written as new sheets:
 * one sync per file, text as text, free names, each file's failure on its own.
 */
import { importGrids, type ExcelHost } from '../../src/excel';
import { createExcelDouble } from './double';

describe('importGrids', () => {
  it('writes each file in one sync, under free names, text as text', async () => {
    const d = createExcelDouble([{ name: 'fpt', values: [['cũ']] }]);
    const imported = await importGrids(
      [
        {
          file: 'fpt.csv',
          sheets: [
            {
              name: 'fpt',
              values: [
                ['STT', 'Chỉ tiêu'],
                ['1', '=Thuê bao FTTH'],
                [2, null],
              ],
            },
          ],
        },
        { file: 'vt.xls', sheets: [{ name: 'Viettel', values: [[null, 'Doanh thu', 5]] }] },
      ],
      d.Excel as unknown as ExcelHost,
    );
    expect(imported).toEqual([
      { file: 'fpt.csv', sheets: ['fpt (2)'] },
      { file: 'vt.xls', sheets: ['Viettel'] },
    ]);
    expect(d.stats.syncs).toBe(3); // list, one per file
    expect(d.workbook.read('fpt (2)', 'A1:B3')).toEqual([
      ['STT', 'Chỉ tiêu'],
      ['1', '=Thuê bao FTTH'],
      [2, ''],
    ]);
    expect(d.workbook.sheet('fpt (2)')!.formulas.size).toBe(0);
    expect(d.workbook.read('fpt', 'A1')).toEqual([['cũ']]);
  });

  it('a file too large for one request is refused alone, nothing of it written', async () => {
    const d = createExcelDouble([{ name: 'A', values: [['x']] }]);
    const big = Array.from({ length: 120_000 }, (_, r) => [`dòng ${r}`, r, r * 2, 'Ghi chú dài cho hàng này']);
    const imported = await importGrids(
      [
        { file: 'big.csv', sheets: [{ name: 'big', values: big }] },
        { file: 'small.csv', sheets: [{ name: 'small', values: [['a']] }] },
      ],
      d.Excel as unknown as ExcelHost,
    );
    expect(imported[0]).toMatchObject({ file: 'big.csv', sheets: [] });
    expect(imported[0].error?.en).toMatch(/too large/);
    expect(imported[1]).toEqual({ file: 'small.csv', sheets: ['small'] });
    expect(d.workbook.names()).toEqual(['A', 'small']);
    expect(d.stats.discardedOperations).toBe(0);
  });
});
