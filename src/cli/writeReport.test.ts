import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { SheetLayout } from '../core';
import { linesNeeded, reportXlsx, sourceHyperlink, xmlText } from './writeReport';

/** The report's bytes as ExcelJS reads them back. */
async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const layout: SheetLayout = {
  name: 'TTTT Biểu',
  kind: 'tables',
  cells: [
    [{ value: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET', bold: true, align: 'center' }],
    [
      { value: 'STT', bold: true, border: true },
      { value: '=SUM(A1:A9)', border: true },
      null,
      { value: 2907, format: '#,##0' },
      { value: -0.2801, format: '0%' },
    ],
    [null, { value: 'vnpt.xlsx › BC!F11', link: { file: 'in/vnpt.xlsx', sheet: "Bá'o", cell: 'F11' } }],
  ],
  merges: ['A1:E1'],
  columnWidths: [6, 48],
};

describe('reportXlsx', () => {
  it('takes sheets made one at a time, asking for the next only once the last is written, in their order', async () => {
    // What the writer did, in order: asked for a sheet, or read a sheet's cells.
    const log: string[] = [];
    function* oneAtATime(): Generator<SheetLayout> {
      for (const name of ['Một', 'Hai', 'Ba']) {
        log.push(`asked ${name}`);
        const sheet = { ...layout, name, hidden: name === 'Hai' };
        yield Object.defineProperty(sheet, 'cells', {
          get: () => (log.at(-1) === `read ${name}` || log.push(`read ${name}`), layout.cells),
        });
      }
    }
    const bytes = reportXlsx(oneAtATime(), { reportDir: '/out', cwd: '/work' });
    expect(log).toEqual(['asked Một', 'read Một', 'asked Hai', 'read Hai', 'asked Ba', 'read Ba']);
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Một', 'visible'],
      ['Hai', 'hidden'],
      ['Ba', 'visible'],
    ]);
    expect(wb.getWorksheet('Ba')!.getCell('D2').value).toBe(2907);
    // The package's parts still come first, as Excel writes them: the first local header names the content types.
    expect(bytes.subarray(30, 30 + bytes.readUInt16LE(26)).toString()).toBe('[Content_Types].xml');
  });
  it('writes values, formats, styles, merges and widths; a string that looks like a formula stays text', async () => {
    const wb = await readBack(reportXlsx([layout], { reportDir: '/out', cwd: '/work' }));
    const ws = wb.getWorksheet('TTTT Biểu')!;
    expect(ws.getCell('A1').value).toBe('KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.name).toBe('Times New Roman');
    expect(ws.getCell('A1').alignment.horizontal).toBe('center');
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('B2').value).toBe('=SUM(A1:A9)');
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D2').value).toBe(2907);
    expect(ws.getCell('D2').numFmt).toBe('#,##0');
    expect(ws.getCell('E2').numFmt).toBe('0%');
    expect(ws.getCell('A2').border.top?.style).toBe('thin');
    expect(ws.getCell('D2').border?.top).toBeUndefined();
    expect(ws.getColumn(2).width).toBe(48);
    expect(ws.getCell('B3').value).toEqual({
      text: 'vnpt.xlsx › BC!F11',
      hyperlink: "../work/in/vnpt.xlsx#'Bá''o'!F11",
    });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 });
  });
  it('gives cells of the same look one style, and a hidden layout a hidden sheet', async () => {
    const cells = Array.from({ length: 100 }, (_, r) => [
      { value: r, format: '#,##0', border: true },
      { value: `dòng ${r % 3}`, border: true },
    ]);
    const bytes = reportXlsx([
      { name: 'Nhiều', kind: 'breakdown', cells, merges: [], columnWidths: [10, 20] },
      { name: 'Ẩn', kind: 'history', cells: [[{ value: 'x' }]], merges: [], columnWidths: [], hidden: true },
    ]);
    const wb = await readBack(bytes);
    expect(wb.getWorksheet('Nhiều')!.getCell('B100').value).toBe('dòng 0');
    expect(wb.getWorksheet('Ẩn')!.state).toBe('hidden');
    // The default style, the numbers', the texts' and the hidden sheet's: four cell styles for 201 cells.
    const styles = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), '/xl/styles.xml');
    expect(Buffer.from(styles.content).toString('utf8')).toContain('<cellXfs count="4">');
  });
  it('writes a sheet larger than the pieces it is deflated in', async () => {
    const cells = Array.from({ length: 3000 }, (_, r) => [
      { value: `${r} ${'Bưu gửi, hàng gửi '.repeat(6)}` },
      { value: r * 1.5 },
    ]);
    const bytes = reportXlsx([{ name: 'Dài', kind: 'checks', cells, merges: [], columnWidths: [] }]);
    const ws = (await readBack(bytes)).getWorksheet('Dài')!;
    expect(ws.getCell('A3000').value).toBe(`2999 ${'Bưu gửi, hàng gửi '.repeat(6)}`);
    expect(ws.getCell('B3000').value).toBe(4498.5);
    const read = XLSX.read(bytes, { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json(read.Sheets['Dài'], { header: 1 })).toHaveLength(3000);
  });
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlText('A & "B" <\x07>')).toBe('A &amp; &quot;B&quot; &lt;&gt;');
  });
  it('links a source relative to the report folder', () => {
    expect(sourceHyperlink({ file: 'examples/a b.xlsx', sheet: 'BC', cell: 'D7' }, '/w', '/w')).toBe(
      "examples/a%20b.xlsx#'BC'!D7",
    );
    expect(sourceHyperlink({ file: '', sheet: 'BC', cell: 'D7' }, '/w', '/w')).toBeNull();
  });
});

describe('linesNeeded', () => {
  it('counts the lines a wrapped text takes in a column, so the row can be made tall enough', () => {
    expect(linesNeeded('Doanh thu', 48)).toBe(1);
    expect(linesNeeded('Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước', 48)).toBe(2);
    expect(linesNeeded('KẾT QUẢ HOẠT ĐỘNG\n9 THÁNG ĐẦU NĂM 2015', 100)).toBe(2);
  });
  it('sets the height of a row whose wrapped text needs more than one line', async () => {
    const wb = await readBack(
      reportXlsx([
        {
          name: 'S',
          kind: 'checks',
          cells: [[{ value: 'x '.repeat(40), wrap: true }], [{ value: 'ngắn', wrap: true }]],
          merges: [],
          columnWidths: [20],
        },
      ]),
    );
    const ws = wb.getWorksheet('S')!;
    expect(ws.getRow(1).height).toBeCloseTo(4 * 15.75, 5);
    expect(ws.getRow(2).height).toBeUndefined();
  });
});

describe('data bars', () => {
  it('draws the comparison column as data bars, one run of cells per column', async () => {
    const bars: SheetLayout = {
      name: 'TTTT Biểu',
      kind: 'tables',
      cells: [
        [{ value: 'So với cùng kỳ' }],
        [{ value: -0.28, format: '0%', bar: true }],
        [{ value: 0.47, format: '0%', bar: true }],
        [{ value: null, bar: true }],
        [{ value: 'Ghi chú' }],
      ],
      merges: [],
      columnWidths: [12],
    };
    const wb = await readBack(reportXlsx([bars]));
    const ws = wb.getWorksheet('TTTT Biểu') as unknown as {
      conditionalFormattings: { ref: string; rules: { type: string }[] }[];
    };
    expect(ws.conditionalFormattings.map((f) => [f.ref, f.rules.map((r) => r.type)])).toEqual([['A2:A4', ['dataBar']]]);
  });
});
