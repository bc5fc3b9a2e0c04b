/**
 * Taking a person to a figure's source cell (ô nguồn): activate its sheet and select the cell.
 */
import type { CellRef } from '../core';
import { type ExcelHost, excelHost, officeCode, session } from './session';

/**
 * Activates `ref.sheet` and selects `ref.cell` (the whole sheet's A1 when the issue is about a
 * sheet). Returns false, without throwing, when the sheet is gone or lives in another file.
 *
 * @example
 * await selectSource({ file: '', sheet: 'VNPT', cell: 'F12' }) //=> true
 */
export async function selectSource(ref: CellRef, excel?: ExcelHost): Promise<boolean> {
  if (ref.file !== '' || !ref.sheet) return false;
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    const ws = context.workbook.worksheets.getItem(ref.sheet);
    ws.activate();
    ws.getRange(ref.cell || 'A1').select();
    try {
      await s.sync();
      return true;
    } catch (error) {
      if (officeCode(error) === 'ItemNotFound' || officeCode(error) === 'InvalidArgument') return false;
      throw error;
    }
  });
}
