/**
 * A person's cells are never lost (issue 11, point 3), as a property: fast-check runs random
 * sequences of builds (with changing settings), renames (including to and from the add-in's
 * names), typing into output and person sheets, copies and deletions, on the Excel test double,
 * and after every step checks that every cell a person typed still holds what they typed.
 */
import fc from 'fast-check';
import { buildTables, type ExcelHost } from '../../src/excel';
import { createExcelDouble, type DoubleSheetInit } from './double';
import { ordinarySheets } from './fixtures';

jest.setTimeout(240_000);

type Action =
  | { kind: 'build'; convention: 'change' | 'ratio' | 'index'; tables?: string }
  | { kind: 'type'; sheet: number; row: number; col: number }
  | { kind: 'rename'; sheet: number; to: string }
  | { kind: 'copy'; sheet: number }
  | { kind: 'delete'; sheet: number }
  | { kind: 'dropProperties'; sheet: number };

const NAMES = ['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Kiểm tra', 'TTTT Biểu (2)', 'Biểu quý 2', 'Ghi chú', 'Biểu 9T'];

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('build' as const),
      convention: fc.constantFrom('change' as const, 'ratio' as const, 'index' as const),
      tables: fc.option(fc.constantFrom('Biểu 9T', 'TTTT Biểu'), { nil: undefined }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('type' as const), sheet: fc.nat(20), row: fc.nat(30), col: fc.nat(10) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), sheet: fc.nat(20), to: fc.constantFrom(...NAMES) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), sheet: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), sheet: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropProperties' as const), sheet: fc.nat(20) }) },
);

let base: DoubleSheetInit[];
beforeAll(async () => {
  base = await ordinarySheets(2);
});

it('no cell a person typed is ever lost, whatever they do between builds', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 2, maxLength: 9 }), async (actions) => {
      const d = createExcelDouble(base);
      const excel = d.Excel as unknown as ExcelHost;
      /** What a person typed: sheet id → "row,col" → text. */
      const typed = new Map<string, Map<string, string>>();
      let counter = 0;
      const visible = () => d.workbook.sheets.filter((s) => s.visibility === 'Visible');
      for (const a of actions) {
        const sheets = visible();
        const pick = 'sheet' in a ? sheets[a.sheet % sheets.length] : undefined;
        switch (a.kind) {
          case 'build':
            await buildTables({
              excel,
              convention: a.convention,
              ...(a.tables ? { sheetNames: { tables: a.tables } } : {}),
            });
            break;
          case 'type': {
            const text = `ghi chú của người dùng #${++counter}`;
            pick!.setValue(a.row, a.col, text);
            const cells = typed.get(pick!.id) ?? new Map<string, string>();
            cells.set(`${a.row},${a.col}`, text);
            typed.set(pick!.id, cells);
            break;
          }
          case 'rename':
            if (!d.workbook.sheet(a.to)) pick!.name = a.to;
            break;
          case 'copy':
            d.workbook.copySheet(pick!.name);
            // A copy holds the typed cells too, but the person's cells to keep are the originals'.
            break;
          case 'delete':
            if (sheets.length > 1) {
              d.workbook.sheets.splice(d.workbook.sheets.indexOf(pick!), 1);
              typed.delete(pick!.id);
            }
            break;
          case 'dropProperties':
            pick!.customProperties.clear(); // a platform that does not keep the sheet's property
            break;
        }
        for (const [id, cells] of typed) {
          const sheet = d.workbook.sheetById(id);
          expect(sheet).toBeDefined();
          for (const [at, text] of cells) {
            const [r, c] = at.split(',').map(Number);
            expect([sheet!.name, at, sheet!.value(r, c)]).toEqual([sheet!.name, at, text]);
          }
        }
      }
    }),
    { numRuns: 25 },
  );
});
