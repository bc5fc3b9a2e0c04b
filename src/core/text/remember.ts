/** How many texts longer than `longest` are kept at once. */
const LONG_KEPT = 2;

/**
 * A pure function of short texts that answers each distinct text once: a submission's headers,
 * units, labels and enterprise names ("Chỉ tiêu", "ĐVT", "Thuê bao", "Hiện có") come back in
 * every sheet of every file, and folding, decoding or matching them again gives the same answer.
 *
 * Bounded: the memory is cleared when it holds `size` answers, and of the arguments longer than
 * `longest` characters only the last two are kept (a 100,000-character label is asked about by
 * one stage of the reader after another, and must not be folded each time: the cost stays linear
 * in its length). An object answer is frozen before it is kept,
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
  const long = new Map<string, T>();
  return (text: string): T => {
    if (typeof text !== 'string') return compute(text);
    const memory = text.length > longest ? long : known;
    if (memory.has(text)) return memory.get(text) as T;
    const answer = compute(text);
    if (memory.size >= (memory === long ? LONG_KEPT : size)) memory.clear();
    memory.set(text, typeof answer === 'object' && answer !== null ? Object.freeze(answer) : answer);
    return answer;
  };
}
