/**
 * Indicators that arrive in submissions but are not rows of the standard tables (chỉ tiêu khác):
 * recognised so they are reported, never added into a standard row by accident.
 *
 * `overrides` entries win over any standard wording in the same label ("Thuê bao 3G trả trước"
 * is a 3G "of which" row, not the prepaid total); the others only name labels that match no
 * standard wording (a "Điện thoại di động" total above "Trả trước" / "Trả sau").
 */
export interface OtherIndicator {
  name: string;
  synonyms: string[];
  overrides?: boolean;
  /** A word such as "Tổng" that only says "a total": it does not make "Tổng doanh thu" a breakdown. */
  generic?: boolean;
  /** Wordings that count only as the whole label ("Cộng" — as a word it is also "công"). */
  exact?: string[];
}

export const OTHER_INDICATORS: readonly OtherIndicator[] = [
  {
    name: 'Trạm BTS',
    synonyms: [
      'bts',
      'trạm bts',
      'trạm phát sóng',
      'trạm thu phát sóng',
      'node b',
      'nodeb',
      'enodeb',
      'trạm 3g',
      'trạm 4g',
      'trạm 5g',
    ],
    overrides: true,
  },
  {
    name: 'Thuê bao 3G/4G/5G',
    synonyms: [
      '3g',
      '4g',
      '5g',
      'lte',
      'dcom',
      'data di động',
      'internet di động',
      'băng rộng di động',
      'mobile internet',
      'mobile broadband',
    ],
    overrides: true,
  },
  {
    name: 'Truyền hình trả tiền',
    synonyms: [
      'truyền hình',
      'truyền hình cáp',
      'truyền hình trả tiền',
      'catv',
      'iptv',
      'mytv',
      'my tv',
      'nextv',
      'sctv',
      'vtvcab',
      'truyền hình số',
    ],
    overrides: true,
  },
  {
    name: 'Kênh thuê riêng',
    synonyms: ['kênh thuê riêng', 'leased line', 'kênh riêng', 'metronet', 'mpls', 'vpn'],
    overrides: true,
  },
  {
    name: 'Bưu phẩm ghi số',
    synonyms: ['ghi số', 'bưu phẩm ghi số', 'bảo đảm', 'bưu phẩm bảo đảm', 'registered'],
    overrides: true,
  },
  {
    name: 'Hạ tầng',
    synonyms: [
      'cột ăng ten',
      'cột anten',
      'km cáp',
      'chiều dài cáp',
      'tuyến cáp',
      'cáp ngầm',
      'điểm bưu điện',
      'bưu cục',
      'điểm phục vụ',
      'điểm cung cấp dịch vụ',
      'thùng thư',
      'hòm thư',
      'đại lý',
    ],
    overrides: true,
  },
  {
    name: 'Lao động',
    synonyms: ['lao động', 'nhân viên', 'người lao động', 'nộp ngân sách', 'lợi nhuận', 'vốn đầu tư', 'đầu tư'],
    overrides: true,
  },
  {
    name: 'Điện thoại di động',
    synonyms: [
      'di động',
      'dđ',
      'điện thoại di động',
      'thuê bao di động',
      'mobile',
      'di động tổng',
      'thuê bao di động phát sinh lưu lượng',
    ],
  },
  {
    name: 'Điện thoại cố định',
    synonyms: [
      'cố định',
      'điện thoại cố định',
      'thuê bao cố định',
      'đt cố định',
      'cđ',
      'fixed telephone',
      'fixed line',
    ],
  },
  { name: 'Điện thoại', synonyms: ['điện thoại', 'thuê bao điện thoại', 'tổng số thuê bao điện thoại'] },
  {
    name: 'Internet băng rộng',
    synonyms: [
      'internet',
      'băng rộng',
      'băng thông rộng',
      'internet băng rộng',
      'băng rộng cố định',
      'internet băng rộng cố định',
      'thuê bao internet',
      'fixed broadband',
      'broadband',
      'internet subscriptions',
    ],
  },
  {
    name: 'Dịch vụ bưu chính',
    synonyms: [
      'bưu chính',
      'dịch vụ bưu chính',
      'bưu gửi',
      'hàng gửi',
      'sản lượng bưu gửi',
      'bưu chính công ích',
      'chuyển phát',
    ],
  },
  {
    name: 'Tổng cộng',
    synonyms: ['tổng cộng', 'tổng số', 'tổng', 'total', 'cộng chung'],
    exact: ['cộng', 'cộng i ii', 'cộng i+ii'],
    generic: true,
  },
];
