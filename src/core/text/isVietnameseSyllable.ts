/** Tone marks (dấu thanh) as combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Rhymes (vần) without tone: each vowel group with the final consonants it takes; "" means it can
 * end the syllable. Loose where Vietnamese is rare, strict where it helps tell real words from the
 * garbage a wrong decoding produces ("chởnh", "thueâ").
 */
const RHYMES: Record<string, string[]> = {
  a: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't'],
  e: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ê: ['', 'ch', 'm', 'n', 'nh', 'p', 't'],
  i: ['', 'ch', 'm', 'n', 'nh', 'p', 't'],
  o: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ô: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ơ: ['', 'm', 'n', 'p', 't'],
  u: ['', 'c', 'm', 'n', 'ng', 'p', 't'],
  ư: ['', 'c', 'm', 'n', 'ng', 't'],
  y: [''],
  oa: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  oă: ['c', 'm', 'n', 'ng', 't'],
  oe: ['', 'n', 't'],
  oo: ['c', 'ng'],
  uâ: ['n', 'ng', 't'],
  uê: ['', 'ch', 'n', 'nh'],
  uơ: [''],
  uy: ['', 'ch', 'n', 'nh', 'p', 't'],
  iê: ['c', 'm', 'n', 'ng', 'p', 't'],
  yê: ['m', 'n', 'ng', 't'],
  uô: ['c', 'm', 'n', 'ng', 't'],
  ươ: ['c', 'm', 'n', 'ng', 'p', 't'],
  uyê: ['n', 't'],
  ...Object.fromEntries(
    'ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu oai oay oeo uây uôi uya uyu ươi ươu yêu'
      .split(' ')
      .map((open) => [open, ['']]),
  ),
};

const ONSETS = 'ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x'.split(' ');

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const RHYME_LIST = Object.entries(RHYMES).flatMap(([nucleus, codas]) => codas.map((coda) => nucleus + coda));
const SYLLABLE = new RegExp(
  `^(?:${ONSETS.sort(byLengthDesc).join('|')})?(?:${RHYME_LIST.sort(byLengthDesc).join('|')})$`,
);

/**
 * Whether a word reads as one Vietnamese syllable (âm tiết) with at most one tone: used to judge
 * whether decoding a legacy encoding turned garbage into Vietnamese.
 *
 * @example
 * isVietnameseSyllable('Điện') //=> true
 * isVietnameseSyllable('§iÖn') //=> false
 * isVietnameseSyllable('chởnh') //=> false
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS);
  if (tones !== null && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}
