import type { IndicatorId, Locale } from '../model';

/**
 * How a report's text names each indicator and its unit (chủ ngữ, đơn vị trong câu). The table's
 * label is not always right in a sentence: "Doanh thu" alone must say whose revenue it is, and a
 * unit such as "Tờ, cuốn" would read as a list after a comma.
 */
export const SENTENCE_WORDS: Record<IndicatorId, Record<Locale, { subject: string; unit: string }>> = {
  'fixed-wired': {
    vi: { subject: 'Điện thoại cố định có dây', unit: 'thuê bao' },
    en: { subject: 'Fixed wired telephones', unit: 'subscriptions' },
  },
  'fixed-wireless': {
    vi: { subject: 'Điện thoại cố định không dây', unit: 'thuê bao' },
    en: { subject: 'Fixed wireless telephones', unit: 'subscriptions' },
  },
  'mobile-postpaid': {
    vi: { subject: 'Điện thoại di động trả sau', unit: 'thuê bao' },
    en: { subject: 'Postpaid mobile telephones', unit: 'subscriptions' },
  },
  'mobile-prepaid': {
    vi: { subject: 'Điện thoại di động trả trước', unit: 'thuê bao' },
    en: { subject: 'Prepaid mobile telephones', unit: 'subscriptions' },
  },
  'broadband-xdsl': {
    vi: { subject: 'Thuê bao Internet băng rộng xDSL', unit: 'thuê bao' },
    en: { subject: 'xDSL broadband subscriptions', unit: 'subscriptions' },
  },
  ftth: {
    vi: { subject: 'Thuê bao FTTH', unit: 'thuê bao' },
    en: { subject: 'FTTH subscriptions', unit: 'subscriptions' },
  },
  'telecom-revenue': {
    vi: { subject: 'Doanh thu viễn thông', unit: 'triệu đồng' },
    en: { subject: 'Telecom revenue', unit: 'million VND' },
  },
  'press-distribution': {
    vi: { subject: 'Sản lượng phát hành báo chí', unit: 'tờ/cuốn' },
    en: { subject: 'Press distribution', unit: 'copies' },
  },
  'letter-post': {
    vi: { subject: 'Bưu phẩm thường', unit: 'kg' },
    en: { subject: 'Ordinary letter-post', unit: 'kg' },
  },
  parcels: { vi: { subject: 'Bưu kiện thường', unit: 'cái' }, en: { subject: 'Ordinary parcels', unit: 'items' } },
  express: {
    vi: { subject: 'Bưu gửi chuyển phát nhanh', unit: 'cái' },
    en: { subject: 'Express items', unit: 'items' },
  },
  'money-orders': {
    vi: { subject: 'Thư, điện chuyển tiền', unit: 'cái/bức' },
    en: { subject: 'Money orders', unit: 'items' },
  },
  'money-transferred': {
    vi: { subject: 'Số tiền chuyển', unit: 'triệu đồng' },
    en: { subject: 'Money transferred', unit: 'million VND' },
  },
  'postal-revenue': {
    vi: { subject: 'Doanh thu bưu chính', unit: 'triệu đồng' },
    en: { subject: 'Postal revenue', unit: 'million VND' },
  },
};
