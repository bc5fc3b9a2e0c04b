/**
 * A pure function of short texts that answers each distinct text once: a submission's headers,
 * units, labels and enterprise names ("Chỉ tiêu", "ĐVT", "Thuê bao", "Hiện có") come back in
 * every sheet of every file, and folding, decoding or matching them again gives the same answer.
 *
 * Bounded: the memory is cleared when it holds `size` answers, and arguments longer than `longest`
 * characters are computed every time, never kept. An object answer is frozen before it is kept,
 * so a caller that changed it would throw rather than change what the next caller gets.
 *
 * @example
 * const fold = remember(foldDiacritics);
 * fold('Điện thoại') //=> 'dien thoai' (computed)
 * fold('Điện thoại') //=> 'dien thoai' (remembered)
 */
export function remember<T>(
  compute: (text: string) => T,
  { size = 20_000, longest = 200 }: { size?: number; longest?: number } = {},
): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    if (typeof text !== 'string' || text.length > longest) return compute(text);
    if (known.has(text)) return known.get(text) as T;
    const answer = compute(text);
    if (known.size >= size) known.clear();
    known.set(text, typeof answer === 'object' && answer !== null ? Object.freeze(answer) : answer);
    return answer;
  };
}
