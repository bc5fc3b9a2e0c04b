import { shareStrings } from './readFiles';

describe('shareStrings', () => {
  it('keeps a message as it is, every string pooled once', () => {
    const pool = new Map<string, string>();
    const message = () => ({
      issues: [],
      sheets: [
        {
          reading: {
            file: 'a.xlsx',
            sheet: 'VT',
            submissions: [
              {
                period: '9T/2015',
                rows: 2,
                facts: [
                  { period: '9T/2015', value: 5, source: { file: 'a.xlsx', sheet: 'VT', cell: 'D7' } },
                  { period: '9T/2014', value: null, source: { file: 'a.xlsx', sheet: 'VT', cell: 'E7' } },
                ],
              },
            ],
          },
        },
      ],
    });
    expect(shareStrings(message(), pool)).toEqual(message());
    expect(shareStrings(message(), pool)).toEqual(message());
    expect([...pool.keys()].sort()).toEqual(['9T/2014', '9T/2015', 'D7', 'E7', 'VT', 'a.xlsx']);
    expect([...pool].every(([key, value]) => key === value)).toBe(true);
  });

  it('leaves numbers, booleans and null alone', () => {
    const pool = new Map<string, string>();
    expect(shareStrings([1, true, null, undefined, 'x'], pool)).toEqual([1, true, null, undefined, 'x']);
    expect(pool.size).toBe(1);
  });
});
