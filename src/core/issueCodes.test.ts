import { ISSUE_CODES, severitiesOf, type IssueCode, type IssueCodeInfo } from './issueCodes';

const codes = Object.keys(ISSUE_CODES) as IssueCode[];

describe('issue codes', () => {
  it('give each code a severity and its meaning in both languages', () => {
    for (const code of codes) {
      const info: IssueCodeInfo = ISSUE_CODES[code];
      expect({
        code,
        severities: severitiesOf(code).length > 0,
        vi: info.vi.length > 0,
        en: info.en.length > 0,
      }).toEqual({ code, severities: true, vi: true, en: true });
    }
    expect(severitiesOf('repeated-figure')).toEqual(['warning']);
    expect(severitiesOf('no-period')).toEqual(['info', 'warning', 'error']);
  });
});
