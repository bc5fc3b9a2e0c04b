import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  DEFAULT_OUT,
  REFERENCE,
  encodeTcvn3,
  encodeVni,
  makeExamples,
  totals,
  viNumberText,
} from '../../scripts/make-examples';

/** Every non-empty cell of every sheet as "sheet!A1 = value" plus its font name. */
async function dump(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value instanceof Date ? cell.value.toISOString() : JSON.stringify(cell.value);
        out.push(`${ws.name}!${cell.address} = ${v} [${cell.font?.name ?? ''}]`);
      });
    });
    out.push(`${ws.name} merges ${JSON.stringify(ws.model.merges ?? [])}`);
  });
  return out;
}

describe('examples/9T-2015', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-examples-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the committed files are what the script writes (cell by cell)', async () => {
    const written = await makeExamples(tmp);
    const committed = fs
      .readdirSync(DEFAULT_OUT)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    expect(written.map((f) => path.basename(f)).sort()).toEqual(committed);
    for (const name of committed) {
      expect({ name, cells: await dump(path.join(DEFAULT_OUT, name)) }).toEqual({
        name,
        cells: await dump(path.join(tmp, name)),
      });
    }
  });

  it('the split adds up to the reference tables, with telecom row 1 at -28,01%', () => {
    const t = totals();
    expect(t['fixed-wired']).toMatchObject({ inc: 2907, dec: 24060, cur: 2907 });
    expect(t['fixed-wireless']).toMatchObject({ inc: 730, dec: 2907, cur: 24060 });
    expect(t['telecom-revenue'].cur).toBe(2466410);
    expect(t['postal-revenue'].cur).toBe(74735);
    expect(t['fixed-wired'].cur / t['fixed-wired'].prev - 1).toBeCloseTo(-0.2801, 4);
    for (const [ind, ref] of Object.entries(REFERENCE)) {
      expect({
        ind,
        pct: Math.round((t[ind as keyof typeof t].cur / t[ind as keyof typeof t].prev - 1) * 100),
      }).toEqual({ ind, pct: ref.yoyPercent });
    }
  });

  it('encodes legacy text as the old templates stored it', () => {
    expect(encodeTcvn3('Điện thoại di động trả trước')).toBe('§iÖn tho¹i di ®éng tr¶ tr\u00adíc');
    expect(encodeTcvn3('ư').charCodeAt(0)).toBe(0xad);
    expect(encodeVni('Điện thoại')).toBe('Ñieän thoaïi');
    expect(encodeVni('Quảng Ninh, ngày tháng năm')).toBe('Quaûng Ninh, ngaøy thaùng naêm');
    expect(encodeVni('trước')).toBe('tröôùc');
    expect(viNumberText(1826191)).toBe('1.826.191');
  });
});
