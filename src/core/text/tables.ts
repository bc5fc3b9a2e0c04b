/**
 * Code tables of the two legacy 8-bit Vietnamese encodings still met in old report templates.
 *
 * Kept as data, not code: each table is the list of Vietnamese letters and what the legacy
 * encoding stores for it. Bytes are given as numbers because several of them are invisible or
 * confusable when printed (TCVN3 ư is 0xAD, the soft hyphen).
 */

/** Vietnamese letters that are not ASCII, lower case, in the order of the TCVN3 byte list below. */
const TCVN3_LETTERS = [
  'à',
  'á',
  'ả',
  'ã',
  'ạ',
  'ă',
  'ằ',
  'ắ',
  'ẳ',
  'ẵ',
  'ặ',
  'â',
  'ầ',
  'ấ',
  'ẩ',
  'ẫ',
  'ậ',
  'đ',
  'è',
  'é',
  'ẻ',
  'ẽ',
  'ẹ',
  'ê',
  'ề',
  'ế',
  'ể',
  'ễ',
  'ệ',
  'ì',
  'í',
  'ỉ',
  'ĩ',
  'ị',
  'ò',
  'ó',
  'ỏ',
  'õ',
  'ọ',
  'ô',
  'ồ',
  'ố',
  'ổ',
  'ỗ',
  'ộ',
  'ơ',
  'ờ',
  'ớ',
  'ở',
  'ỡ',
  'ợ',
  'ù',
  'ú',
  'ủ',
  'ũ',
  'ụ',
  'ư',
  'ừ',
  'ứ',
  'ử',
  'ữ',
  'ự',
  'ỳ',
  'ý',
  'ỷ',
  'ỹ',
  'ỵ',
  // Upper case: VN3 (the ABC/.VnTime level of TCVN 5712:1993) only has the seven base letters;
  // toned capitals are written with the lower-case codes in an "H" font (.VnTimeH).
  'Ă',
  'Â',
  'Ê',
  'Ô',
  'Ơ',
  'Ư',
  'Đ',
];

/** TCVN 5712:1993 VN3 byte of each letter of {@link TCVN3_LETTERS}. */
const TCVN3_BYTES = [
  0xb5, 0xb8, 0xb6, 0xb7, 0xb9, 0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6, 0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb, 0xae, 0xcc,
  0xd0, 0xce, 0xcf, 0xd1, 0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6, 0xd7, 0xdd, 0xd8, 0xdc, 0xde, 0xdf, 0xe3, 0xe1, 0xe2,
  0xe4, 0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9, 0xac, 0xea, 0xed, 0xeb, 0xec, 0xee, 0xef, 0xf3, 0xf1, 0xf2, 0xf4, 0xad,
  0xf5, 0xf8, 0xf6, 0xf7, 0xf9, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
];

/** TCVN3 character (as read from xlsx: the Latin-1 character of the byte) → Unicode letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  TCVN3_BYTES.map((byte, i) => [String.fromCharCode(byte), TCVN3_LETTERS[i]]),
);

/** Unicode letter → TCVN3 character. */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = new Map(
  TCVN3_BYTES.map((byte, i) => [TCVN3_LETTERS[i], String.fromCharCode(byte)]),
);

/**
 * VNI-Windows spelling of each lower-case Vietnamese vowel and đ: a base letter followed by a
 * mark byte, or a single byte for i/ỵ/đ/ơ/ư. Tones in the order: none, sắc, huyền, hỏi, ngã, nặng.
 */
const VNI_LOWER: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
  ['â', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
  ['ă', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
  ['e', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
  ['ê', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
  ['o', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
  ['ô', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['u', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ư', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
  ['i', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['y', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
];

/** Combining tone marks in the order of {@link VNI_LOWER}'s columns (after "none"). */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

function vniPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [['đ', 'ñ']];
  for (const [base, spellings] of VNI_LOWER) {
    spellings.forEach((vni, tone) => {
      const letter = tone === 0 ? base : (base + TONES[tone - 1]).normalize('NFC');
      pairs.push([letter, vni]);
    });
  }
  // Upper case: both the letter and the VNI bytes go to capitals ("Ấ" ↔ "AÁ", "Đ" ↔ "Ñ").
  return [...pairs, ...pairs.map(([u, v]) => [u.toUpperCase(), v.toUpperCase()] as [string, string])];
}

const VNI_PAIRS = vniPairs();

/** Unicode letter → VNI spelling (only letters VNI does not spell as themselves). */
export const UNICODE_TO_VNI: ReadonlyMap<string, string> = new Map(VNI_PAIRS.filter(([u, v]) => u !== v));

/**
 * VNI spelling → Unicode letter, including spellings whose mark byte has the other case than its
 * base letter ("Aù"): the base letter decides the case of the result.
 */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [u, v] of VNI_PAIRS) {
    if (u === v) continue;
    map.set(v, u);
    if (v.length === 2) {
      const [base, mark] = v;
      map.set(base + mark.toLowerCase(), u);
      map.set(base + mark.toUpperCase(), u);
    }
  }
  return map;
})();
