/**
 * The ribbon's Build tables handler in the shared runtime: registered with Office.actions,
 * builds, opens the pane when there is something to read, and always completes its event.
 */
import type { ExcelHost } from '../../src/excel';
import { createExcelDouble, type DoubleSheetInit } from './double';
import { exampleSheets } from './fixtures';

type Handler = (event: { completed(): void }) => Promise<void>;

/** Loads commands.ts afresh with the double's Office and Excel as globals, as in the runtime. */
function loadCommands(sheets: DoubleSheetInit[], displayLanguage = 'vi-VN') {
  const d = createExcelDouble(sheets, { displayLanguage });
  const g = globalThis as Record<string, unknown>;
  g.Office = d.Office;
  g.Excel = d.Excel;
  let mod!: typeof import('../../src/commands/commands');
  let outcome!: typeof import('../../src/commands/outcome');
  jest.isolateModules(() => {
    mod = require('../../src/commands/commands');
    outcome = require('../../src/commands/outcome');
  });
  const handler = d.office.actions.get(mod.BUILD_ACTION) as Handler;
  return { d, mod, outcome, handler };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe('ribbon: Build tables', () => {
  it('registers the handler the manifest names and completes the event after a build', async () => {
    const { d, handler, outcome } = loadCommands(await exampleSheets());
    const event = { completed: jest.fn() };
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(d.workbook.names()).toEqual(expect.arrayContaining(['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Kiểm tra']));
    const last = outcome.lastOutcome();
    expect(last?.ok).toBe(true);
    expect(d.stats.syncs).toBe(4);
    // The sample data raises warnings (copy errors of the reference report): the pane opens to show them.
    expect(d.office.showTaskpane).toBe(1);
    expect(d.workbook.activeSheetId).toBe(d.workbook.sheet('TTTT Biểu')!.id);
  });

  it('completes the event and opens the pane with the reason when the build fails', async () => {
    const { d, handler, outcome } = loadCommands([{ name: 'VNPT', values: [['x']] }], 'en-US');
    (d.Excel as { run: unknown }).run = async () => {
      throw Object.assign(new Error('The request payload size has exceeded the limit.'), {
        code: 'RequestPayloadSizeLimitExceeded',
      });
    };
    const event = { completed: jest.fn() };
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(outcome.lastOutcome()).toEqual({
      ok: false,
      message: {
        vi: 'Không lập được biểu: The request payload size has exceeded the limit.',
        en: 'Could not build the tables: The request payload size has exceeded the limit.',
      },
    });
    expect(d.office.showTaskpane).toBe(1);
  });

  it('completes the event even when the pane cannot be shown either', async () => {
    const { d, handler } = loadCommands([], 'vi-VN');
    (d.Excel as { run: unknown }).run = async () => {
      throw new Error('boom');
    };
    d.Office.addin.showAsTaskpane = async () => {
      throw new Error('no pane');
    };
    const event = { completed: jest.fn() };
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('opens the pane when the workbook holds no submission (an error to read)', async () => {
    const { d, mod } = loadCommands([]);
    const empty = createExcelDouble([{ name: 'Trống', values: [] }]);
    const event = { completed: jest.fn() };
    await mod.onBuildTables(event, empty.Excel as unknown as ExcelHost);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(empty.workbook.read('TTTT Kiểm tra', 'A1:A1')[0][0]).not.toBe('');
    expect(d.office.showTaskpane).toBe(1);
  });
});
