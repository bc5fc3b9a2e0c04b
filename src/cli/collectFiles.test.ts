import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectFiles } from './collectFiles';

describe('collectFiles', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-collect-'));
    fs.mkdirSync(path.join(tmp, 'in', 'sub'), { recursive: true });
    for (const f of [
      'in/b.xlsx',
      'in/a.XLSX',
      'in/~$a.xlsx',
      'in/ghi-chu.txt',
      'in/cu.xls',
      'in/sub/c.xlsm',
      'note.txt',
    ]) {
      fs.writeFileSync(path.join(tmp, f), '');
    }
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('walks folders in name order, skipping lock files and reporting old spreadsheets', () => {
    const { files, issues } = collectFiles(['in'], tmp);
    expect(files.map((f) => f.name)).toEqual(['in/a.XLSX', 'in/b.xlsx', 'in/sub/c.xlsm']);
    expect(files[0].path).toBe(path.join(tmp, 'in', 'a.XLSX'));
    expect(issues.map((i) => [i.code, i.file, i.severity])).toEqual([['not-xlsx', 'in/cu.xls', 'warning']]);
  });
  it('reports a missing path and a named file that is not xlsx, and reads a file only once', () => {
    const { files, issues } = collectFiles(['note.txt', 'khong-co', 'in/b.xlsx', 'in'], tmp, 'en');
    expect(files.map((f) => f.name)).toEqual(['in/b.xlsx', 'in/a.XLSX', 'in/sub/c.xlsm']);
    expect(issues.map((i) => [i.code, i.file, i.severity])).toEqual([
      ['not-xlsx', 'note.txt', 'error'],
      ['file-not-found', 'khong-co', 'error'],
      ['not-xlsx', 'in/cu.xls', 'warning'],
    ]);
    expect(issues[1].message).toBe('No such file or folder');
  });
  it('names a file outside the current folder by its full path', () => {
    const { files } = collectFiles([path.join(tmp, 'in', 'b.xlsx')], path.join(tmp, 'in', 'sub'));
    expect(files.map((f) => f.name)).toEqual([path.join(tmp, 'in', 'b.xlsx')]);
  });
});
