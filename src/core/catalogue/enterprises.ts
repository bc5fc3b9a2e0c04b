import type { Sector } from '../model';
import { findPhrase, toPhrase } from './phrase';
import { findProvince, PROVINCE_PHRASES, type Province } from './provinces';
import { remember } from '../text';

/** An enterprise (doanh nghiệp) that files submissions, with the names its sheets give it. */
export interface Enterprise {
  /** The name the report uses. */
  name: string;
  /** Names seen in title lines, sheet and file names; matched diacritic-insensitively as whole words. */
  aliases: string[];
  /** Sectors it reports in; Viettel files a telecom and a postal submission. */
  sectors: Sector[];
  /**
   * For a group whose provincial branch files ("VNPT Bắc Ninh", "Bưu điện tỉnh Nghệ An"): the
   * branch's name in a province. Aliases may hold "{tỉnh}", any province's name.
   */
  branch?: (province: Province) => string;
}

/** The telecom and postal enterprises that file in the provinces, by group (doanh nghiệp). */
export const ENTERPRISES: readonly Enterprise[] = [
  {
    name: 'VNPT',
    branch: (p) => `VNPT ${p.name}`,
    aliases: [
      'VNPT',
      'VNPT {tỉnh}',
      'Viễn thông {tỉnh}',
      'VinaPhone',
      'Vina Phone',
      'VNPT-VinaPhone',
      'Trung tâm kinh doanh VNPT',
      'Tập đoàn Bưu chính Viễn thông Việt Nam',
      'Bưu chính Viễn thông Việt Nam',
    ],
    sectors: ['telecom'],
  },
  {
    name: 'Viettel',
    branch: (p) => `Viettel ${p.name}`,
    aliases: [
      'Viettel',
      'Viettel {tỉnh}',
      'Chi nhánh Viettel',
      'Viễn thông Quân đội',
      'Công nghiệp Viễn thông Quân đội',
      'Tập đoàn Viễn thông Quân đội',
      'Viettel Telecom',
    ],
    sectors: ['telecom', 'postal'],
  },
  {
    name: 'Viettel Post',
    aliases: [
      'Viettel Post',
      'ViettelPost',
      'Bưu chính Viettel',
      'Bưu chính Viettel {tỉnh}',
      'Tổng công ty Cổ phần Bưu chính Viettel',
    ],
    sectors: ['postal'],
  },
  {
    name: 'MobiFone',
    aliases: [
      'MobiFone',
      'Mobi Fone',
      'VMS',
      'VMS MobiFone',
      'Công ty Thông tin di động',
      'Tổng công ty Viễn thông MobiFone',
      'Chi nhánh MobiFone',
    ],
    sectors: ['telecom'],
  },
  { name: 'Vietnamobile', aliases: ['Vietnamobile', 'Vietnam Mobile', 'HT Mobile', 'Hutchison'], sectors: ['telecom'] },
  {
    name: 'Gmobile',
    aliases: ['Gmobile', 'G mobile', 'Beeline', 'GTel', 'GTel Mobile', 'Công ty Viễn thông Di động Toàn cầu'],
    sectors: ['telecom'],
  },
  {
    name: 'FPT Telecom',
    aliases: ['FPT Telecom', 'FPT', 'Viễn thông FPT', 'Công ty Cổ phần Viễn thông FPT'],
    sectors: ['telecom'],
  },
  { name: 'CMC Telecom', aliases: ['CMC Telecom', 'CMC', 'Viễn thông CMC', 'CMC TI'], sectors: ['telecom'] },
  {
    name: 'SCTV',
    aliases: ['SCTV', 'Truyền hình cáp Saigontourist', 'Truyền hình cáp SCTV', 'Saigontourist'],
    sectors: ['telecom'],
  },
  {
    name: 'VTVcab',
    aliases: ['VTVcab', 'VTV cab', 'Truyền hình cáp Việt Nam', 'Tổng công ty Truyền hình Cáp Việt Nam'],
    sectors: ['telecom'],
  },
  {
    name: 'Truyền hình cáp',
    branch: (p) => `Truyền hình cáp ${p.name}`,
    aliases: ['Truyền hình cáp {tỉnh}', 'Đài Phát thanh và Truyền hình {tỉnh}'],
    sectors: ['telecom'],
  },
  {
    name: 'Bưu điện tỉnh',
    branch: (p) => `Bưu điện ${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`,
    aliases: [
      'Bưu điện tỉnh',
      'Bưu điện tỉnh {tỉnh}',
      'Bưu điện thành phố {tỉnh}',
      'Bưu điện {tỉnh}',
      'Bưu điện',
      'VNPost',
      'VN Post',
      'Vietnam Post',
      'Tổng công ty Bưu điện Việt Nam',
      'Bưu điện Việt Nam',
    ],
    sectors: ['postal'],
  },
  {
    name: 'EMS',
    aliases: [
      'EMS',
      'EMS Việt Nam',
      'Chuyển phát nhanh Bưu điện',
      'Công ty Cổ phần Chuyển phát nhanh Bưu điện',
      'EMS {tỉnh}',
    ],
    sectors: ['postal'],
  },
  {
    name: 'Hợp Nhất',
    aliases: ['Hợp Nhất', 'Chuyển phát nhanh Hợp Nhất', 'Hợp Nhất Express', 'HNC'],
    sectors: ['postal'],
  },
  { name: 'Netco', aliases: ['Netco', 'Nội Bài', 'Chuyển phát nhanh Nội Bài', 'Bưu chính Netco'], sectors: ['postal'] },
  { name: 'Giao hàng nhanh', aliases: ['Giao hàng nhanh', 'GHN', 'Giao Hàng Nhanh Express'], sectors: ['postal'] },
  { name: 'Giao hàng tiết kiệm', aliases: ['Giao hàng tiết kiệm', 'GHTK'], sectors: ['postal'] },
  {
    name: 'Tín Thành',
    aliases: ['Tín Thành', 'Kerry Express', 'Kerry', 'Chuyển phát nhanh Tín Thành'],
    sectors: ['postal'],
  },
  { name: 'J&T Express', aliases: ['J&T Express', 'J&T', 'J T Express', 'JT Express'], sectors: ['postal'] },
  { name: 'DHL', aliases: ['DHL', 'DHL-VNPT', 'DHL Express'], sectors: ['postal'] },
];

const ALIASES = ENTERPRISES.flatMap((enterprise) =>
  enterprise.aliases.flatMap((alias) =>
    alias.includes('{tỉnh}')
      ? PROVINCE_PHRASES.map((province) => ({
          phrase: toPhrase(alias.replace('{tỉnh}', province)),
          enterprise,
          generic: true,
        }))
      : [{ phrase: toPhrase(alias), enterprise, generic: false }],
  ),
)
  .filter((alias) => alias.phrase !== '')
  // A brand ("Vietnamobile") outranks a generic "Viễn thông {tỉnh}" ("Viễn thông Hà Nội (Vietnamobile)").
  .sort((a, b) => Number(a.generic) - Number(b.generic) || b.phrase.length - a.phrase.length)
  .map((alias, rank) => ({ ...alias, rank }));

/** The aliases by their first word, in rank order: a text is checked only against aliases that can start in it. */
const BY_FIRST_WORD = new Map<string, typeof ALIASES>();
for (const alias of ALIASES) {
  const first = alias.phrase.split(' ')[0];
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), alias]);
}

/**
 * Finds the enterprise (doanh nghiệp) a title line, sheet name or file name names; the longest
 * alias found wins, a brand before a generic "Viễn thông {province}" ("Chuyển phát nhanh Bưu điện" is EMS, not the Post Office; "Bưu chính Viettel"
 * is Viettel Post, not Viettel). Null when none is named.
 *
 * @example
 * matchEnterprise('VIỄN THÔNG QUẢNG NINH')?.name        //=> 'VNPT'
 * matchEnterprise('Công ty CP Bưu chính Viettel')?.name  //=> 'Viettel Post'
 * matchEnterprise('Sở Thông tin và Truyền thông')        //=> null
 */
export const matchEnterprise: (text: string) => Enterprise | null = remember(function matchEnterprise(
  text: string,
): Enterprise | null {
  if (typeof text !== 'string') return null;
  const phrase = toPhrase(text);
  let best: (typeof ALIASES)[number] | null = null;
  for (const word of new Set(phrase.split(' '))) {
    for (const alias of BY_FIRST_WORD.get(word) ?? []) {
      if (best !== null && alias.rank >= best.rank) break;
      if (findPhrase(phrase, alias.phrase) >= 0) best = alias;
    }
  }
  return best?.enterprise ?? null;
});

/**
 * The name a submission goes by: a branch of a group takes the province its file names — in the
 * texts given, first to last (the line naming the enterprise, the other title lines, the sheet's
 * and the file's names) — and never one it does not name; any other enterprise keeps its name.
 *
 * @example
 * enterpriseName(matchEnterprise('VIỄN THÔNG BẮC NINH')!, ['VIỄN THÔNG BẮC NINH']) //=> 'VNPT Bắc Ninh'
 * enterpriseName(matchEnterprise('VNPT')!, ['VNPT']) //=> 'VNPT'
 */
export function enterpriseName(enterprise: Enterprise, texts: readonly string[]): string {
  if (!enterprise.branch) return enterprise.name;
  for (const text of texts) {
    const province = findProvince(text);
    if (province) return enterprise.branch(province);
  }
  return enterprise.name;
}
