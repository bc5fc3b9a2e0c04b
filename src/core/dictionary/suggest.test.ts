import type { Issue, SheetGrid } from '../model';
import { readDictionaryCsv } from './csv';
import { suggestEntry } from './suggest';

const base = { severity: 'warning', file: 'a.xlsx', sheet: 'VNPT', cell: '' } as const;

describe('suggestEntry', () => {
  it('a row label not recognised', () => {
    const issue: Issue = {
      ...base,
      code: 'unrecognised-row',
      cell: 'B7',
      message: 'Dòng "Thuê bao "GPON"-X" có số liệu nhưng không khớp chỉ tiêu nào: không cộng vào biểu',
    };
    expect(suggestEntry(issue)).toEqual({
      kind: 'indicator',
      word: 'Thuê bao "GPON"-X',
      line: 'chỉ tiêu,"Thuê bao ""GPON""-X",?',
    });
    const grid: SheetGrid = { file: 'a.xlsx', sheet: 'VNPT', top: 5, left: 0, values: [[], [1, ' Thuê bao GPON-X ']] };
    expect(suggestEntry(issue, [grid], 'en')?.line).toBe('indicator,Thuê bao GPON-X,?');
  });

  it('a column whose header was not understood, and not any other unused column', () => {
    const issue: Issue = {
      ...base,
      code: 'unused-figures',
      cell: 'E8',
      message:
        'Column "Số TB churn": 3 numeric cells not used (E8:E10) — the column header is not understood (increase, decrease, current…?)',
    };
    expect(suggestEntry(issue)?.line).toBe('chỉ tiêu'.replace('chỉ tiêu', 'cột') + ',Số TB churn,?');
    expect(
      suggestEntry({
        ...issue,
        message: 'Cột "E": 3 ô số không dùng (E8:E10) — không hiểu tiêu đề cột (tăng, giảm, hiện có…?)',
      }),
    ).toBeNull();
    expect(
      suggestEntry({
        ...issue,
        message: 'Cột "Tăng": 3 ô số không dùng (E8:E10) — bảng không ghi kỳ báo cáo và chưa chọn kỳ',
      }),
    ).toBeNull();
  });

  it('a unit and an enterprise', () => {
    expect(
      suggestEntry({
        ...base,
        code: 'unknown-unit',
        cell: 'C9',
        message: 'Không biết đơn vị tính "nghìn chiếc máy": không dùng',
      }),
    ).toMatchObject({ kind: 'unit', word: 'nghìn chiếc máy', line: 'đơn vị,nghìn chiếc máy,?' });
    expect(
      suggestEntry({
        ...base,
        severity: 'info',
        code: 'unknown-enterprise',
        enterprise: 'Công ty ABC',
        message: 'Không nhận ra doanh nghiệp trong tiêu đề: dùng tên "Công ty ABC"',
      }),
    ).toMatchObject({ kind: 'enterprise', word: 'Công ty ABC' });
  });

  it('nothing for other issues', () => {
    expect(suggestEntry({ ...base, code: 'stock-identity', message: 'x' })).toBeNull();
  });

  it('the line, answer filled in, reads back as an entry', () => {
    const s = suggestEntry({ ...base, code: 'unknown-unit', message: 'Unknown unit "nghìn, chiếc máy": not used' })!;
    const { dictionary, issues } = readDictionaryCsv(
      `loại,từ,nghĩa,hệ số\n${s.line.replace(/\?$/, 'thue-bao,1000')}\n`,
    );
    expect(issues).toEqual([]);
    expect(dictionary.entries).toEqual([
      { kind: 'unit', word: 'nghìn, chiếc máy', answer: 'thue-bao', multiplier: 1000 },
    ]);
  });
});
