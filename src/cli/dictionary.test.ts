import type { SheetGrid } from '../core';
import { issue } from '../../test/support/fixtures';
import { suggestionText } from './dictionary';
import { countReads } from '../../test/support/countReads';

describe('suggestionText', () => {
  /** A sheet's excerpt: the label in B7 (0-based row 6, column 1). */
  const excerpt = (n: number): SheetGrid => ({
    file: `dn-${n}.xlsx`,
    sheet: 'BC',
    top: 6,
    left: 1,
    values: [[`Thuê bao GPON-${n}`]],
  });
  const notUnderstood = (n: number) =>
    issue({
      code: 'unrecognised-row',
      message: 'Dòng "?" có số liệu …',
      file: `dn-${n}.xlsx`,
      sheet: 'BC',
      cell: 'B7',
    });

  it("gives the line that would teach each row not understood, its word read from its own sheet's cell", () => {
    const text = suggestionText([notUnderstood(2), notUnderstood(1), notUnderstood(2)], [excerpt(1), excerpt(2)], 'vi');
    expect(text.split('\n').slice(1)).toEqual(['  chỉ tiêu,Thuê bao GPON-2,?', '  chỉ tiêu,Thuê bao GPON-1,?', '']);
  });

  it('finds each sheet once, not by looking through every sheet for each problem', () => {
    const file = countReads<SheetGrid>('file');
    const grids = Array.from({ length: 2000 }, (_, n) => file.wrap(excerpt(n)));
    const text = suggestionText(
      Array.from({ length: 2000 }, (_, n) => notUnderstood(n)),
      grids,
      'en',
    );
    expect(text).toContain('indicator,Thuê bao GPON-1999,?');
    expect(file.reads()).toBeLessThanOrEqual(3 * grids.length);
  });
});
