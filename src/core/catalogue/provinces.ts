import { findPhrase, toPhrase } from './phrase';

/** A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương). */
export interface Province {
  /** As the report writes it: "Bắc Ninh", "Hồ Chí Minh". */
  name: string;
  /** A centrally-run city ("thành phố Hà Nội") rather than a province ("tỉnh Bắc Ninh"). */
  city: boolean;
}

/** The 63 provinces and cities (and Huế, a city since 2025), with the other spellings files use. */
const PROVINCES: readonly (readonly [string, boolean, ...string[]])[] = [
  ['Hà Nội', true],
  ['Hồ Chí Minh', true, 'TP.HCM', 'TP HCM', 'TPHCM', 'HCM', 'Sài Gòn', 'Thành phố Hồ Chí Minh'],
  ['Hải Phòng', true],
  ['Đà Nẵng', true],
  ['Cần Thơ', true],
  ['Huế', true],
  ['Thừa Thiên Huế', false],
  ['An Giang', false],
  ['Bà Rịa - Vũng Tàu', false, 'Bà Rịa Vũng Tàu', 'BR-VT', 'Vũng Tàu'],
  ['Bạc Liêu', false],
  ['Bắc Giang', false],
  ['Bắc Kạn', false, 'Bắc Cạn'],
  ['Bắc Ninh', false],
  ['Bến Tre', false],
  ['Bình Dương', false],
  ['Bình Định', false],
  ['Bình Phước', false],
  ['Bình Thuận', false],
  ['Cà Mau', false],
  ['Cao Bằng', false],
  ['Đắk Lắk', false, 'Đắc Lắc', 'Dak Lak'],
  ['Đắk Nông', false, 'Đắc Nông', 'Dak Nong'],
  ['Điện Biên', false],
  ['Đồng Nai', false],
  ['Đồng Tháp', false],
  ['Gia Lai', false],
  ['Hà Giang', false],
  ['Hà Nam', false],
  ['Hà Tĩnh', false],
  ['Hải Dương', false],
  ['Hậu Giang', false],
  ['Hòa Bình', false],
  ['Hưng Yên', false],
  ['Khánh Hòa', false],
  ['Kiên Giang', false],
  ['Kon Tum', false],
  ['Lai Châu', false],
  ['Lâm Đồng', false],
  ['Lạng Sơn', false],
  ['Lào Cai', false],
  ['Long An', false],
  ['Nam Định', false],
  ['Nghệ An', false],
  ['Ninh Bình', false],
  ['Ninh Thuận', false],
  ['Phú Thọ', false],
  ['Phú Yên', false],
  ['Quảng Bình', false],
  ['Quảng Nam', false],
  ['Quảng Ngãi', false],
  ['Quảng Ninh', false],
  ['Quảng Trị', false],
  ['Sóc Trăng', false],
  ['Sơn La', false],
  ['Tây Ninh', false],
  ['Thái Bình', false],
  ['Thái Nguyên', false],
  ['Thanh Hóa', false],
  ['Tiền Giang', false],
  ['Trà Vinh', false],
  ['Tuyên Quang', false],
  ['Vĩnh Long', false],
  ['Vĩnh Phúc', false],
  ['Yên Bái', false],
];

/** Every spelling as a phrase, longest first ("thua thien hue" before "hue"). */
const SPELLINGS = PROVINCES.flatMap(([name, city, ...others]) =>
  [name, ...others].map((spelling) => ({ phrase: toPhrase(spelling), province: { name, city } as Province })),
).sort((a, b) => b.phrase.length - a.phrase.length);

/** Every province's spellings as phrases, for aliases such as "Viễn thông {province}". */
export const PROVINCE_PHRASES: readonly string[] = SPELLINGS.map((s) => s.phrase);

/**
 * The province a text names (tỉnh, thành phố), whole words, diacritics folded; null when none.
 *
 * @example
 * findProvince('VIỄN THÔNG BẮC NINH')?.name //=> 'Bắc Ninh'
 * findProvince('bao-cao-vnpt-nghe-an.xlsx')?.name //=> 'Nghệ An'
 * findProvince('Việt Nam') //=> null
 */
export function findProvince(text: string): Province | null {
  if (typeof text !== 'string') return null;
  const phrase = toPhrase(text);
  if (!phrase) return null;
  return SPELLINGS.find((s) => findPhrase(phrase, s.phrase) >= 0)?.province ?? null;
}
