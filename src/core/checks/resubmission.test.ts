import type { Submission } from '../model';
import { dropResubmissions } from './resubmission';

const submission = (file: string, sheet: string, extra: Partial<Submission> = {}): Submission => ({
  file,
  sheet,
  enterprise: 'VNPT Quảng Ninh',
  sector: 'telecom',
  period: '9T/2015',
  facts: [],
  rows: 7,
  unrecognised: 0,
  ...extra,
});

describe('dropResubmissions', () => {
  it('keeps the correction over a later-signed original', () => {
    const original = submission('a.xlsx', 'VNPT', { issued: '2015-10-10' });
    const correction = submission('a.xlsx', 'VNPT (2)', { issued: '2015-10-05', correction: true });
    const result = dropResubmissions([original, correction], 'vi');
    expect(result.kept).toEqual([correction]);
    expect(result.dropped).toEqual([original]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      severity: 'info',
      code: 'resubmission',
      file: 'a.xlsx',
      sheet: 'VNPT',
      cell: '',
      enterprise: 'VNPT Quảng Ninh',
    });
    expect(result.issues[0].message).toBe(
      'VNPT Quảng Ninh gửi nhiều báo cáo viễn thông kỳ 9T/2015: dùng a.xlsx › VNPT (2) (bản điều chỉnh), bỏ a.xlsx › VNPT',
    );
  });

  it('keeps the one signed later, then the later file/sheet name', () => {
    const early = submission('b.xlsx', 'S1', { issued: '2015-10-01' });
    const late = submission('a.xlsx', 'S1', { issued: '2015-10-03' });
    expect(dropResubmissions([late, early]).kept).toEqual([late]);
    const undated = submission('z.xlsx', 'S', {});
    expect(dropResubmissions([late, undated]).kept).toEqual([late]);
    const first = submission('a.xlsx', 'VNPT');
    const second = submission('b.xlsx', 'VNPT');
    const r = dropResubmissions([second, first], 'en');
    expect(r.kept).toEqual([second]);
    expect(r.issues[0].message).toContain('later by file and sheet name');
  });

  it('keeps submissions of other sectors, periods and enterprises, in their order', () => {
    const all = [
      submission('v.xlsx', 'VT', { enterprise: 'Viettel', sector: 'telecom' }),
      submission('v.xlsx', 'BC', { enterprise: 'Viettel', sector: 'postal' }),
      submission('v.xlsx', 'Q3', { enterprise: 'Viettel', period: 'Q3/2015' }),
      submission('n.xlsx', 'VNPT', {}),
    ];
    expect(dropResubmissions(all)).toEqual({ kept: all, dropped: [], issues: [] });
  });
});

describe('dropResubmissions: enterprises the catalogue does not know', () => {
  const unknown = (file: string, enterprise: string, nameFrom: Submission['nameFrom'], sheet = 'Sheet1') =>
    submission(file, sheet, { enterprise, nameFrom });

  it('never merges unknown enterprises of different files named after a file or sheet', () => {
    const all = [
      unknown('a/bao-cao.xlsx', 'bao-cao', 'file'),
      unknown('b/bao-cao.xlsx', 'bao-cao', 'file'),
      unknown('c.xlsx', 'Sheet1', 'sheet'),
      unknown('d.xlsx', 'Sheet1', 'sheet'),
    ];
    expect(dropResubmissions(all)).toEqual({ kept: all, dropped: [], issues: [] });
  });

  it('merges unknown enterprises whose title lines name them alike, whatever the files', () => {
    const first = unknown('so0-a.xlsx', 'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', 'title');
    const second = unknown('so0-b.xlsx', 'Công ty Cổ phần Viễn thông Số 0', 'title');
    const other = unknown('so1.xlsx', 'Công ty Cổ phần Viễn thông Số 1', 'title');
    const r = dropResubmissions([first, second, other]);
    expect(r.kept).toEqual([second, other]);
    expect(r.issues.map((i) => [i.severity, i.file])).toEqual([['info', 'so0-a.xlsx']]);
  });

  it('warns, not just informs, when it takes two sheets of one file for one unknown enterprise', () => {
    const first = unknown('hai-dang.xlsx', 'hai-dang', 'file', 'Sheet1');
    const second = unknown('hai-dang.xlsx', 'hai-dang', 'file', 'Sheet2');
    const r = dropResubmissions([first, second]);
    expect(r.kept).toEqual([second]);
    expect(r.issues.map((i) => [i.severity, i.sheet])).toEqual([['warning', 'Sheet1']]);
  });

  it('never takes an unknown enterprise for a catalogue one of the same name', () => {
    const known = submission('vnpt.xlsx', 'VNPT');
    const titled = unknown('x.xlsx', 'VNPT Quảng Ninh', 'title');
    expect(dropResubmissions([known, titled]).kept).toEqual([known, titled]);
  });
});
