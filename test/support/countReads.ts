/**
 * Counts how often a property is read: a test of cost that does not time anything. Wrap the items a
 * function is given, run it, and compare `reads()` with the number of items: a function that
 * looks at each item a few times passes however loaded the machine, one that compares every item
 * with every other fails.
 *
 * @example
 * const enterprise = countReads<Submission>('enterprise');
 * cumulateSubmissions(sheets.map(enterprise.wrap), '9T/2015');
 * expect(enterprise.reads()).toBeLessThanOrEqual(10 * sheets.length);
 */
export function countReads<T extends object>(
  property: keyof T & string,
): { wrap: (item: T) => T; reads: () => number } {
  let reads = 0;
  return {
    wrap: (item) =>
      new Proxy(item, {
        get: (target, key) => {
          if (key === property) reads++;
          return Reflect.get(target, key) as unknown;
        },
      }),
    reads: () => reads,
  };
}
