/**
 * The numbering a row starts with (số thứ tự): a Roman section (I, II), an Arabic item (1, 2),
 * a sub-item (1.1, a, b) or a bullet (-, +), and how deep it sits: I = 0, 1 = 1, 1.1 and a = 2.
 * Bullets have no depth of their own: they sit under the row above them.
 */
export interface Numbering {
  kind: 'roman' | 'arabic' | 'sub' | 'letter' | 'bullet' | 'none';
  /** Depth for numbered rows; for bullets 1 ("-", "•") or 2 ("+", "*") levels under the row above. */
  depth: number;
  /** The label without its numbering. */
  rest: string;
}

const PATTERNS: readonly [Numbering['kind'], RegExp, (m: RegExpExecArray) => number][] = [
  ['bullet', /^([-–—•·])\s*(?=\S|$)/, () => 1],
  ['bullet', /^([+*])\s*(?=\S|$)(?!\))/, () => 2],
  ['roman', /^((?:X{0,3})(?:IX|IV|V?I{0,3}))(?:[.):/]\s*|\s+|$)(?=\S|$)/, () => 0],
  ['sub', /^(\d{1,2}(?:\.\d{1,2})+)\.?(?:[):]\s*|\s+|$)/, (m) => m[1].split('.').length],
  ['arabic', /^(\d{1,2})(?:[.):/]\s*|\s+|$)(?!\d)/, () => 1],
  ['letter', /^([a-zđ])(?:[.):]\s*|\s+(?=\S)|$)/, () => 2],
];

/**
 * Reads the numbering at the start of a label or in an STT cell.
 *
 * @example
 * numbering('II. BƯU CHÍNH') //=> { kind: 'roman', depth: 0, rest: 'BƯU CHÍNH' }
 * numbering('2. Điện thoại cố định') //=> { kind: 'arabic', depth: 1, rest: 'Điện thoại cố định' }
 * numbering('1.1') //=> { kind: 'sub', depth: 2, rest: '' }
 * numbering('- Trả trước') //=> { kind: 'bullet', depth: 1, rest: 'Trả trước' }
 * numbering('3G') //=> { kind: 'none', depth: 1, rest: '3G' }
 */
export function numbering(text: string): Numbering {
  const trimmed = text.trim();
  for (const [kind, pattern, depth] of PATTERNS) {
    const m = pattern.exec(trimmed);
    if (m === null || m[0] === '' || (kind === 'roman' && m[1] === '')) continue;
    // A lone capital letter "I" followed by a lower-case word is a roman numeral; a letter pattern
    // only takes lower case, so "A" or "B" column letters never count.
    return { kind, depth: depth(m), rest: trimmed.slice(m[0].length).trim() };
  }
  return { kind: 'none', depth: 1, rest: trimmed };
}
