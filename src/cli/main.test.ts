import { parseCommandLine } from './main';

describe('parseCommandLine', () => {
  it('reads a build with every option', () => {
    expect(
      parseCommandLine([
        'build',
        'a',
        'b.xlsx',
        '--period',
        '9t/2015',
        '--out',
        'r.xlsx',
        '--json',
        'r.json',
        '--convention',
        'index',
        '--lang',
        'en',
      ]),
    ).toEqual({
      kind: 'build',
      args: {
        inputs: ['a', 'b.xlsx'],
        period: '9T/2015',
        out: 'r.xlsx',
        json: 'r.json',
        convention: 'index',
        locale: 'en',
      },
    });
  });
  it('defaults to report.xlsx, change and Vietnamese, with the period the submissions state', () => {
    expect(parseCommandLine(['build', 'x'])).toEqual({
      kind: 'build',
      args: {
        inputs: ['x'],
        period: undefined,
        out: 'report.xlsx',
        json: undefined,
        convention: 'change',
        locale: 'vi',
      },
    });
  });
  it('takes the convention and the language in Vietnamese words too', () => {
    const parsed = parseCommandLine(['build', 'x', '--convention', 'tỷ lệ', '--lang', 'tiếng Anh']);
    expect(parsed).toMatchObject({ kind: 'build', args: { convention: 'ratio', locale: 'en' } });
  });
  it('takes the outlier threshold as a rise and a fall in percent', () => {
    expect(parseCommandLine(['build', 'x', '--outlier', '150%,-30%'])).toMatchObject({
      kind: 'build',
      args: { outlier: { above: 1.5, below: -0.3 } },
    });
    expect(parseCommandLine(['build', 'x'])).toMatchObject({ kind: 'build', args: { outlier: undefined } });
  });
  it('answers help', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', locale: 'vi' });
    expect(parseCommandLine(['build', '-h', '--lang=en'])).toEqual({ kind: 'help', locale: 'en' });
  });
  it.each([
    [[], 'Chưa chỉ ra tệp hoặc thư mục nào'],
    [['build'], 'Chưa chỉ ra tệp hoặc thư mục nào'],
    [['make', 'x'], 'Lệnh không rõ: make'],
    [['build', 'x', '--convention', 'pct'], '--convention phải là change, ratio hoặc index'],
    [['build', 'x', '--lang', 'fr'], '--lang phải là vi hoặc en'],
    [['build', 'x', '--period', '13T/2015'], 'Mã kỳ báo cáo không hợp lệ'],
    [['build', 'x', '--perod', '9T/2015'], 'Tham số không đúng'],
    [['build', 'x', '--outlier', '200%'], '--outlier phải là mức tăng rồi mức giảm'],
    [['build', 'x', '--outlier=-50%,200%', '--lang', 'en'], '--outlier must be the rise then the fall'],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });
});

describe('--province', () => {
  it('is passed to the build', () => {
    const parsed = parseCommandLine(['build', 'x', '--province', 'Quảng Ninh']);
    expect(parsed.kind === 'build' && parsed.args.province).toBe('Quảng Ninh');
  });
});
