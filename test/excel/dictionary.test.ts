/**
 * The dictionary in the workbook, on the Excel test double: kept in the hidden sheet
 * "TTTT Từ điển" the add-in owns, read in the build's read sync and written in its write sync (a
 * build stays at 3 syncs), used by the ribbon's button as by the pane, listed on opening.
 *
 * "makes the same build exact" needs the reader to call the dictionary's look-ups; until the
 * reader is wired, that case fails.
 */
import type { Dictionary } from '../../src/core/dictionary';
import { buildTables, loadWorkbookDictionary, type ExcelHost } from '../../src/excel';
import { createExcelDouble, type DoubleSheetInit } from './double';
import { UNKNOWN_WORDS_SHEET } from '../support/unknownWords';

const host = (d: ReturnType<typeof createExcelDouble>): ExcelHost => d.Excel as unknown as ExcelHost;
const SHEET = 'TTTT Từ điển';

/** FPT's sheet with three words the catalogue does not know: a row, a column, a unit. */
const FPT: DoubleSheetInit = UNKNOWN_WORDS_SHEET;

const DICT: Dictionary = {
  entries: [
    { kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' },
    { kind: 'role', word: 'TB chuyển đi', answer: 'decrease' },
    { kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 },
  ],
};

const UNKNOWN = ['unrecognised-row', 'unused-figures', 'unknown-unit'];

function rowOf(
  tables: {
    rows: { indicator: string; increase?: number | null; decrease?: number | null; current?: number | null }[];
  }[],
  id: string,
) {
  const r = tables[0].rows.find((x) => x.indicator === id)!;
  return { increase: r.increase, decrease: r.decrease, current: r.current };
}

describe('the dictionary in the workbook', () => {
  it('a workbook without one gets no dictionary sheet', async () => {
    const d = createExcelDouble([FPT]);
    const outcome = await buildTables({ excel: host(d) });
    expect(d.workbook.names()).not.toContain(SHEET);
    expect(outcome.dictionary).toEqual({ entries: [] });
    expect(
      outcome.result.issues
        .filter((i) => UNKNOWN.includes(i.code))
        .map((i) => i.code)
        .sort(),
    ).toEqual([...UNKNOWN].sort());
  });

  it("the pane's dictionary is kept hidden in the same 3 syncs, and survives a rebuild from the ribbon", async () => {
    const d = createExcelDouble([FPT]);
    const first = await buildTables({ excel: host(d), dictionary: DICT });
    expect(first.syncs).toBe(3);
    expect(d.stats.syncs).toBe(3);
    const sheet = d.workbook.sheet(SHEET)!;
    expect(sheet.visibility).toBe('Hidden');
    expect(sheet.values.slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      ['loại', 'từ', 'nghĩa', 'hệ số'],
      ['chỉ tiêu', 'Thuê bao GPON-X', 'ftth', ''],
      ['cột', 'TB chuyển đi', 'decrease', ''],
      ['đơn vị', 'nghìn chiếc máy', 'thue-bao', 1000],
    ]);
    expect(first.written.map((w) => w.sheet)).not.toContain(SHEET);

    // The ribbon's button: no dictionary given, the workbook's is read in the read sync.
    const again = await buildTables({ excel: host(d) });
    expect(again.syncs).toBe(3);
    expect(again.dictionary).toEqual(DICT);
    expect(d.workbook.names().filter((n) => n.startsWith(SHEET))).toEqual([SHEET]);
    expect(d.workbook.sheet(SHEET)!.visibility).toBe('Hidden');

    // The pane lists it on opening, in one sync.
    const before = d.stats.syncs;
    expect(await loadWorkbookDictionary('vi', host(d))).toEqual({ dictionary: DICT, issues: [] });
    expect(d.stats.syncs - before).toBe(1);
  });

  it('with the three entries the same build is exact', async () => {
    const d = createExcelDouble([FPT]);
    const outcome = await buildTables({ excel: host(d), dictionary: DICT });
    expect(outcome.result.issues.filter((i) => UNKNOWN.includes(i.code))).toEqual([]);
    expect(rowOf(outcome.result.tables, 'ftth')).toEqual({ increase: 1200, decrease: 300, current: 25000 });
    expect(rowOf(outcome.result.tables, 'mobile-prepaid')).toEqual({
      increase: 12000,
      decrease: 3000,
      current: 150000,
    });
  });

  it('removing the last entry empties the sheet; a row a person broke is reported by its row', async () => {
    const d = createExcelDouble([FPT]);
    await buildTables({ excel: host(d), dictionary: DICT });
    // A person unhides the sheet and types a row that means nothing.
    const sheet = d.workbook.sheet(SHEET)!;
    sheet.values[4] = ['chỉ tiêu', 'Thuê bao ABC', 'what', ''];
    const read = await buildTables({ excel: host(d) });
    expect(read.dictionary?.entries).toEqual(DICT.entries);
    expect(read.result.issues.filter((i) => i.code === 'dictionary-line').map((i) => [i.sheet, i.cell])).toEqual([
      [SHEET, 'A5'],
    ]);
    const emptied = await buildTables({ excel: host(d), dictionary: { entries: [] } });
    expect(emptied.dictionary).toEqual({ entries: [] });
    expect(d.workbook.sheet(SHEET)!.values.filter((r) => r.some((v) => v !== '' && v !== null))).toEqual([
      ['loại', 'từ', 'nghĩa', 'hệ số'],
    ]);
    expect(await loadWorkbookDictionary('vi', host(d))).toEqual({ dictionary: { entries: [] }, issues: [] });
  });

  it("a person's own sheet with that name is neither read nor overwritten", async () => {
    const mine: DoubleSheetInit = {
      name: SHEET,
      values: [
        ['kind', 'word', 'answer'],
        ['indicator', 'X', 'ftth'],
      ],
    };
    const d = createExcelDouble([FPT, mine]);
    expect(await loadWorkbookDictionary('vi', host(d))).toEqual({ dictionary: { entries: [] }, issues: [] });
    const outcome = await buildTables({ excel: host(d), dictionary: DICT });
    expect(d.workbook.sheet(SHEET)!.values).toEqual(mine.values);
    expect(outcome.dictionary).toEqual(DICT);
    expect(d.workbook.names()).toContain(`${SHEET} (2)`);
  });
});
