import { readPeriodInput } from './period';

describe('readPeriodInput', () => {
  it('leaves an empty box to the build', () => {
    expect(readPeriodInput('   ', 'vi')).toEqual({ state: 'empty' });
  });

  it('reads a code or a wording with the core, in the pane language', () => {
    expect(readPeriodInput('9T/2015', 'vi')).toEqual({
      state: 'valid',
      code: '9T/2015',
      description: '9 tháng đầu năm 2015',
    });
    expect(readPeriodInput(' 9T/2015 ', 'en')).toEqual({
      state: 'valid',
      code: '9T/2015',
      description: 'first 9 months of 2015',
    });
    expect(readPeriodInput('Quý III/2015', 'vi')).toMatchObject({ state: 'valid', code: 'Q3/2015' });
  });

  it('says what it could not read', () => {
    expect(readPeriodInput('Q5/2015', 'vi')).toEqual({ state: 'invalid', message: 'Không hiểu kỳ "Q5/2015"' });
    expect(readPeriodInput('soon', 'en')).toEqual({ state: 'invalid', message: 'Cannot read the period "soon"' });
  });
});
