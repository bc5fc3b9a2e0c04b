import * as core from './index';

describe('core index', () => {
  it('offers the faces one door to the whole core', () => {
    const names = [
      'build',
      'compareWithSamePeriod',
      'formatComparison',
      'changeText',
      'closingStock',
      'checkStock',
      'aggregate',
      'buildStandardTables',
      'buildBreakdown',
      'runChecks',
      'INDICATORS',
      'indicatorById',
      'matchEnterprise',
      'readSheet',
      'fixText',
      'formatVietnameseNumber',
      'formatPercent',
      'periodFromCode',
      'samePeriodLastYear',
      'describePeriod',
      'makeIssue',
      'CoreError',
      'layoutReport',
      'reportSentences',
      'cumulateSubmissions',
    ];
    for (const name of names)
      expect({ name, type: typeof (core as Record<string, unknown>)[name] }).toEqual({
        name,
        type: expect.stringMatching(/function|object/),
      });
  });

  it('works end to end through it', () => {
    expect(core.changeText(core.closingStock(100, 30, 2), 100, 'vi')).toBe('tăng 28%');
    expect(core.formatComparison(core.compareWithSamePeriod(72, 100), 'change', 'vi')).toBe('-28%');
  });
});
