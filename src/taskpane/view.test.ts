import { CoreError, type Issue, type SheetReading, type Submission, commonPeriod } from '../core';
import {
  bytesToBase64,
  errorText,
  groupBySeverity,
  includedSubmissions,
  issuePlace,
  issueTarget,
  summariseReadings,
} from './view';

const submission = (enterprise: string, period: string | null, sheet = enterprise): Submission => ({
  file: '',
  sheet,
  enterprise,
  sector: 'telecom',
  period,
  facts: [],
  rows: 5,
  unrecognised: 0,
});

const issue = (severity: Issue['severity'], message: string, sheet = 'VNPT', cell = 'D7'): Issue => ({
  severity,
  code: 'unreadable-number',
  message,
  file: '',
  sheet,
  cell,
});

describe('summariseReadings', () => {
  const readings: SheetReading[] = [
    {
      file: '',
      sheet: 'VNPT',
      submissions: [submission('VNPT', '9T/2015')],
      issues: [issue('warning', 'a'), issue('info', 'b')],
    },
    { file: '', sheet: 'Ghi chú', submissions: [], issues: [] },
    {
      file: '',
      sheet: 'Viettel',
      submissions: [submission('Viettel', '9T/2015', 'Viettel'), submission('Viettel Post', 'Q3/2015', 'Viettel')],
      issues: [],
    },
  ];

  it('lists data sheets with their problem count and sets the others apart', () => {
    const s = summariseReadings(readings);
    expect(s.dataSheets.map((d) => [d.sheet, d.submissions.length, d.problems])).toEqual([
      ['VNPT', 1, 2],
      ['Viettel', 2, 0],
    ]);
    expect(s.notData).toEqual(['Ghi chú']);
  });

  it('leaves out the submissions of excluded sheets', () => {
    const s = summariseReadings(readings);
    expect(includedSubmissions(s, new Set(['VNPT'])).map((x) => x.enterprise)).toEqual(['Viettel', 'Viettel Post']);
    expect(includedSubmissions(s, new Set()).length).toBe(3);
  });
});

describe('commonPeriod (the period box prefill)', () => {
  it('takes the period most submissions state', () => {
    expect(commonPeriod([{ period: 'Q3/2015' }, { period: '9T/2015' }, { period: '9T/2015' }])).toBe('9T/2015');
  });
  it('ignores submissions that state none, and gives null when none does', () => {
    expect(commonPeriod([{ period: null }, { period: null }, { period: 'T9/2015' }])).toBe('T9/2015');
    expect(commonPeriod([{ period: null }])).toBeNull();
    expect(commonPeriod([])).toBeNull();
  });
  it('breaks a tie by the latest period, then the longest of those ending together', () => {
    expect(commonPeriod([{ period: '6T/2015' }, { period: '9T/2015' }])).toBe('9T/2015');
    expect(commonPeriod([{ period: '9T/2015' }, { period: '6T/2015' }])).toBe('9T/2015');
    expect(commonPeriod([{ period: 'T9/2015' }, { period: '9T/2015' }])).toBe('9T/2015');
  });
  it('counts a month beside the span that holds it on the same sheet as part of that span', () => {
    const month = { period: 'T9/2015', file: 'a.xlsx', sheet: 'Số liệu' };
    const nine = { period: '9T/2015', file: 'a.xlsx', sheet: 'Số liệu' };
    expect(commonPeriod([month, nine])).toBe('9T/2015');
    // On another sheet the month is a vote of its own: two months outvote one span.
    expect(commonPeriod([month, { ...nine, sheet: 'Khác' }, month])).toBe('T9/2015');
  });
});

describe('groupBySeverity', () => {
  it('orders errors, warnings, notes and drops empty groups, keeping the build order within', () => {
    const groups = groupBySeverity([
      issue('info', 'i1'),
      issue('error', 'e1'),
      issue('info', 'i2'),
      issue('error', 'e2'),
    ]);
    expect(groups.map((g) => [g.severity, g.issues.map((i) => i.message)])).toEqual([
      ['error', ['e1', 'e2']],
      ['info', ['i1', 'i2']],
    ]);
  });
});

describe('issueTarget and issuePlace', () => {
  it('selects the cell of a problem, the first cell for a whole-sheet problem, nothing without a sheet', () => {
    expect(issueTarget(issue('error', 'x', 'VNPT', 'F12'))).toEqual({ file: '', sheet: 'VNPT', cell: 'F12' });
    expect(issueTarget(issue('error', 'x', 'VNPT', ''))).toEqual({ file: '', sheet: 'VNPT', cell: 'A1' });
    expect(issueTarget(issue('error', 'x', '', ''))).toBeNull();
  });
  it('writes places as Excel does, quoting names with spaces or quotes', () => {
    expect(issuePlace({ sheet: 'VNPT', cell: 'F12' })).toBe('VNPT!F12');
    expect(issuePlace({ sheet: 'Bưu điện', cell: 'B3' })).toBe("'Bưu điện'!B3");
    expect(issuePlace({ sheet: "O'Neil", cell: 'A1' })).toBe("'O''Neil'!A1");
    expect(issuePlace({ sheet: 'Viễnthông', cell: '' })).toBe('Viễnthông');
  });
});

describe('bytesToBase64', () => {
  it('encodes like Node does, across chunk boundaries', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array([80, 75, 3, 4]))).toBe('UEsDBA==');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('errorText', () => {
  it('says a CoreError in the pane language', () => {
    const e = new CoreError('bad-period', { vi: 'Kỳ sai', en: 'Bad period' });
    expect(errorText(e, 'vi')).toBe('Kỳ sai');
    expect(errorText(e, 'en')).toBe('Bad period');
  });
  it('falls back to the message of other errors', () => {
    expect(errorText(new Error('boom'), 'vi')).toBe('boom');
    expect(errorText('plain', 'en')).toBe('plain');
  });
});
