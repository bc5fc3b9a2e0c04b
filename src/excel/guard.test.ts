import { blockDigest, entryOf, personCells, rowDigest, writtenValues } from './guard';
import type { SheetLayout } from '../core';

const layout: SheetLayout = {
  name: 'TTTT Biểu',
  kind: 'tables',
  cells: [
    [{ value: 'KẾT QUẢ' }, { value: 'ẩn dưới ô gộp' }],
    [{ value: 'FTTH' }, { value: 25126 }],
  ],
  merges: ['A1:B1'],
  columnWidths: [],
};

describe('guard', () => {
  it('remembers what a merge leaves: only the top-left value', () => {
    expect(writtenValues(layout).values).toEqual([
      ['KẾT QUẢ', null],
      ['FTTH', 25126],
    ]);
  });

  const entry = entryOf(layout, 'TTTT Biểu', 'TTTT Biểu');
  const same = {
    top: 0,
    left: 0,
    values: [
      ['KẾT QUẢ', ''],
      ['FTTH', 25126],
    ],
  };

  it('names nothing when the sheet holds what was written', () => {
    expect(personCells(entry, undefined, same)).toEqual([]);
  });

  it('names a changed row and a cell added outside the block', () => {
    const typed = {
      top: 0,
      left: 0,
      values: [
        ['KẾT QUẢ', '', ''],
        ['FTTH', 25000, 'ghi chú'],
      ],
    };
    expect(personCells(entry, undefined, typed)).toEqual(['A2:B2', 'C2']);
  });

  it('with only the sheet mark (registry lost), a change names the used range', () => {
    const mark = { digest: blockDigest(entry.digests), rows: entry.rows, cols: entry.cols };
    expect(personCells(undefined, mark, same)).toEqual([]);
    expect(
      personCells(undefined, mark, {
        top: 0,
        left: 0,
        values: [
          ['KẾT QUẢ', ''],
          ['FTTH', 1],
        ],
      }),
    ).toEqual(['A1:B2']);
  });

  it('with neither (a sheet of an older version), nothing can be compared', () => {
    expect(personCells(undefined, undefined, same)).toEqual([]);
  });

  it('digests ignore the difference between an empty string and an empty cell', () => {
    expect(rowDigest(['a', ''], 2)).toBe(rowDigest(['a', null], 2));
    expect(rowDigest(['a'], 2)).toBe(rowDigest(['a', null], 2));
    expect(rowDigest(['a', 1], 2)).not.toBe(rowDigest(['a', '1'], 2));
  });
});
