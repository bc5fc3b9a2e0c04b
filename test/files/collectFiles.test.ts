import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectFiles } from '../../src/cli/collectFiles';

describe('collectFiles', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-collect-'));
    fs.mkdirSync(path.join(tmp, 'in', 'sub'), { recursive: true });
    for (const f of [
      'in/b.xlsx',
      'in/a.XLSX',
      'in/~$a.xlsx',
      'in/.~lock.b.xlsx#',
      'in/ghi-chu.txt',
      'in/cu.xls',
      'in/d.ods',
      'in/e.csv',
      'in/so-lieu.numbers',
      'in/sub/c.xlsm',
      'note.txt',
    ]) {
      fs.writeFileSync(path.join(tmp, f), '');
    }
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('walks folders in name order, taking every format read, skipping lock files and reporting other spreadsheets', () => {
    const { files, issues } = collectFiles(['in'], tmp);
    expect(files.map((f) => f.name)).toEqual([
      'in/a.XLSX',
      'in/b.xlsx',
      'in/cu.xls',
      'in/d.ods',
      'in/e.csv',
      'in/sub/c.xlsm',
    ]);
    expect(files[0].path).toBe(path.join(tmp, 'in', 'a.XLSX'));
    expect(issues.map((i) => [i.code, i.file, i.severity])).toEqual([['not-xlsx', 'in/so-lieu.numbers', 'warning']]);
  });
  it('reports a missing path and a named file that is not a spreadsheet, and reads a file only once', () => {
    const { files, issues } = collectFiles(['note.txt', 'khong-co', 'in/b.xlsx', 'in'], tmp, 'en');
    expect(files.map((f) => f.name)).toEqual([
      'in/b.xlsx',
      'in/a.XLSX',
      'in/cu.xls',
      'in/d.ods',
      'in/e.csv',
      'in/sub/c.xlsm',
    ]);
    expect(issues.map((i) => [i.code, i.file, i.severity])).toEqual([
      ['not-xlsx', 'note.txt', 'error'],
      ['file-not-found', 'khong-co', 'error'],
      ['not-xlsx', 'in/so-lieu.numbers', 'warning'],
    ]);
    expect(issues[0].message).toBe(
      'Not a spreadsheet (.txt): .xlsx, .xlsm, .xls, .ods and .csv files are read — save it as one of them',
    );
    expect(issues[1].message).toBe('No such file or folder');
  });
  it('names a file outside the current folder by its full path', () => {
    const { files } = collectFiles([path.join(tmp, 'in', 'b.xlsx')], path.join(tmp, 'in', 'sub'));
    expect(files.map((f) => f.name)).toEqual([path.join(tmp, 'in', 'b.xlsx')]);
  });
});
