import type { Sector } from '../model';
import { findPhrase, toPhrase } from './phrase';

/** An enterprise (doanh nghiệp) that files submissions, with the names its sheets give it. */
export interface Enterprise {
  /** The name the report uses. */
  name: string;
  /** Names seen in title lines, sheet and file names; matched diacritic-insensitively as whole words. */
  aliases: string[];
  /** Sectors it reports in; Viettel files a telecom and a postal submission. */
  sectors: Sector[];
}

/** The telecom and postal enterprises of a province (Quảng Ninh in the reference report). */
export const ENTERPRISES: readonly Enterprise[] = [
  {
    name: 'VNPT Quảng Ninh',
    aliases: [
      'VNPT',
      'VNPT Quảng Ninh',
      'Viễn thông Quảng Ninh',
      'Viễn thông QN',
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
    name: 'Viettel Quảng Ninh',
    aliases: [
      'Viettel',
      'Viettel Quảng Ninh',
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
      'Bưu chính Viettel Quảng Ninh',
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
    name: 'Truyền hình cáp Quảng Ninh',
    aliases: ['Truyền hình cáp Quảng Ninh', 'Truyền hình cáp QN', 'QTV', 'Đài Phát thanh và Truyền hình Quảng Ninh'],
    sectors: ['telecom'],
  },
  {
    name: 'Bưu điện tỉnh Quảng Ninh',
    aliases: [
      'Bưu điện tỉnh',
      'Bưu điện tỉnh Quảng Ninh',
      'Bưu điện Quảng Ninh',
      'Bưu điện QN',
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
      'EMS Quảng Ninh',
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
  enterprise.aliases.map((alias) => ({ phrase: toPhrase(alias), enterprise })),
)
  .filter((alias) => alias.phrase !== '')
  .sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * Finds the enterprise (doanh nghiệp) a title line, sheet name or file name names; the longest
 * alias found wins ("Chuyển phát nhanh Bưu điện" is EMS, not the Post Office; "Bưu chính Viettel"
 * is Viettel Post, not Viettel). Null when none is named.
 *
 * @example
 * matchEnterprise('VIỄN THÔNG QUẢNG NINH')?.name        //=> 'VNPT Quảng Ninh'
 * matchEnterprise('Công ty CP Bưu chính Viettel')?.name  //=> 'Viettel Post'
 * matchEnterprise('Sở Thông tin và Truyền thông')        //=> null
 */
export function matchEnterprise(text: string): Enterprise | null {
  if (typeof text !== 'string') return null;
  const phrase = toPhrase(text);
  if (!phrase) return null;
  return ALIASES.find((alias) => findPhrase(phrase, alias.phrase) >= 0)?.enterprise ?? null;
}
