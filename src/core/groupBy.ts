/**
 * Items grouped by a key: the groups in the order their first item came, each group's items in
 * their order. Linear in the items (a group is never copied as it grows), so a folder of ten
 * thousand sheets or a table of fifty thousand rows is grouped in one pass.
 *
 * @example
 * groupBy(['ab', 'b', 'ac'], (s) => s[0]) //=> Map { 'a' => ['ab', 'ac'], 'b' => ['b'] }
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
