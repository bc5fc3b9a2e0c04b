import { groupBy } from './groupBy';

describe('groupBy', () => {
  it('keeps the order of the groups and of the items in each', () => {
    const groups = groupBy(['ab', 'b', 'ac', 'ba'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['a', ['ab', 'ac']],
      ['b', ['b', 'ba']],
    ]);
  });

  it('groups by any key, and nothing into an empty map', () => {
    expect([...groupBy([1.2, 2.7, 1.9], Math.floor)]).toEqual([
      [1, [1.2, 1.9]],
      [2, [2.7]],
    ]);
    expect(groupBy([], (x) => x).size).toBe(0);
  });

  it('is linear: 200,000 items of one key are grouped without copying the group', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    expect(groupBy(items, () => 'one').get('one')).toHaveLength(200_000);
  });
});
