/**
 * What enterprises write, as data: indicator names, column headings, units, period phrases,
 * enterprises, provinces and districts. Drawn from Vietnamese practice and DOMAIN.md, not from the
 * reader's catalogue (the corpus measures the reader on wordings nobody tuned it for).
 */
import type { IndicatorId } from '../../src/core/model';
import { INDICATORS } from '../../src/core/catalogue';

export type Sector = 'telecom' | 'postal';

export const STOCKS: IndicatorId[] = [
  'fixed-wired',
  'fixed-wireless',
  'mobile-postpaid',
  'mobile-prepaid',
  'broadband-xdsl',
  'ftth',
];
export const POSTAL: IndicatorId[] = [
  'press-distribution',
  'letter-post',
  'parcels',
  'express',
  'money-orders',
  'money-transferred',
  'postal-revenue',
];

/** Canonical unit of each indicator (the catalogue's `unit` codes). */
export const CANONICAL: Record<IndicatorId, string> = {
  'fixed-wired': 'thue-bao',
  'fixed-wireless': 'thue-bao',
  'mobile-postpaid': 'thue-bao',
  'mobile-prepaid': 'thue-bao',
  'broadband-xdsl': 'thue-bao',
  ftth: 'thue-bao',
  'telecom-revenue': 'trieu-dong',
  'press-distribution': 'to-cuon',
  'letter-post': 'kg',
  parcels: 'cai',
  express: 'cai',
  'money-orders': 'cai',
  'money-transferred': 'trieu-dong',
  'postal-revenue': 'trieu-dong',
};

/** Names an indicator goes by: Vietnamese in full, abbreviated, and English. */
export const LABELS: Record<IndicatorId, { vi: string[]; abbr: string[]; en: string[] }> = {
  'fixed-wired': {
    vi: [
      'Điện thoại cố định có dây',
      'Điện thoại cố định hữu tuyến',
      'Máy điện thoại cố định có dây',
      'Thuê bao điện thoại cố định có dây',
    ],
    abbr: ['ĐTCĐ có dây', 'CĐ có dây', 'ĐT cố định hữu tuyến (PSTN)', 'TB cố định có dây', 'Cố định hữu tuyến'],
    en: ['Fixed telephone (wired)', 'Fixed line (PSTN)', 'Wired fixed-line subscriptions'],
  },
  'fixed-wireless': {
    vi: ['Điện thoại cố định không dây', 'Điện thoại cố định vô tuyến', 'Thuê bao điện thoại cố định không dây'],
    abbr: ['ĐTCĐ không dây', 'CĐ không dây (Gphone)', 'Cố định vô tuyến (Homephone)', 'TB cố định không dây'],
    en: ['Fixed wireless (WLL)', 'Fixed wireless local loop', 'Wireless fixed-line subscriptions'],
  },
  'mobile-postpaid': {
    vi: ['Điện thoại di động trả sau', 'Thuê bao di động trả sau', 'Di động trả sau'],
    abbr: ['ĐTDĐ trả sau', 'TB DĐ trả sau', 'Điện thoại DD trả sau', 'DĐ trả sau'],
    en: ['Mobile postpaid', 'Postpaid mobile subscriptions', 'Mobile (postpaid)'],
  },
  'mobile-prepaid': {
    vi: ['Điện thoại di động trả trước', 'Thuê bao di động trả trước', 'Di động trả trước'],
    abbr: ['ĐTDĐ trả trước', 'TB DĐ trả trước', 'Điện thoại DD trả trước', 'DĐ trả trước'],
    en: ['Mobile prepaid', 'Prepaid mobile subscriptions', 'Mobile (prepaid)'],
  },
  'broadband-xdsl': {
    vi: ['Thuê bao Internet băng rộng xDSL', 'Internet băng rộng cố định xDSL', 'Thuê bao Internet ADSL'],
    abbr: ['TB Internet xDSL', 'BR cố định xDSL', 'MegaVNN (ADSL)', 'Internet BR xDSL'],
    en: ['Fixed broadband xDSL', 'xDSL broadband subscriptions', 'ADSL subscribers'],
  },
  ftth: {
    vi: ['Thuê bao FTTH', 'Internet cáp quang FTTH', 'Thuê bao Internet cáp quang (FTTH)'],
    abbr: ['TB FTTH', 'FiberVNN (FTTH)', 'TB cáp quang FTTx', 'Internet BR cáp quang'],
    en: ['FTTH subscriptions', 'Fibre to the home (FTTH)', 'FTTx subscribers'],
  },
  'telecom-revenue': {
    vi: ['Doanh thu', 'Doanh thu viễn thông', 'Tổng doanh thu', 'Doanh thu dịch vụ viễn thông'],
    abbr: ['DT viễn thông', 'Doanh thu VT', 'Tổng DT'],
    en: ['Revenue', 'Telecom revenue', 'Total revenue'],
  },
  'press-distribution': {
    vi: ['Phát hành báo chí', 'Sản lượng phát hành báo chí', 'Báo chí phát hành'],
    abbr: ['PHBC', 'SL phát hành báo chí', 'Báo chí (PHBC)'],
    en: ['Press distribution', 'Newspapers and magazines distributed'],
  },
  'letter-post': {
    vi: ['Bưu phẩm thường', 'Bưu phẩm thường đi, đến trong nước và quốc tế', 'Thư, bưu phẩm thường'],
    abbr: ['BP thường', 'Bưu phẩm thường (BP)', 'BP thường đi, đến'],
    en: ['Letter post', 'Ordinary letter-post items'],
  },
  parcels: {
    vi: ['Bưu kiện thường', 'Bưu kiện thường đi, đến liên tỉnh, quốc tế', 'Bưu kiện'],
    abbr: ['BK thường', 'BK đi, đến'],
    en: ['Parcels', 'Ordinary parcels'],
  },
  express: {
    vi: ['Chuyển phát nhanh', 'Bưu gửi chuyển phát nhanh', 'Hàng gửi chuyển phát nhanh các loại'],
    abbr: ['CPN', 'Bưu gửi CPN', 'CPN (EMS)', 'Dịch vụ CPN'],
    en: ['Express mail (EMS)', 'Express items', 'Courier items'],
  },
  'money-orders': {
    vi: ['Thư, điện chuyển tiền', 'Chuyển tiền (thư, điện)', 'Thư chuyển tiền, điện chuyển tiền'],
    abbr: ['Thư, điện CT', 'Điện chuyển tiền', 'TCT, ĐCT'],
    en: ['Money orders', 'Postal money orders'],
  },
  'money-transferred': {
    vi: ['Số tiền chuyển', 'Giá trị tiền chuyển', 'Tổng số tiền chuyển'],
    abbr: ['Số tiền CT', 'Giá trị chuyển tiền'],
    en: ['Amount transferred', 'Money transferred'],
  },
  'postal-revenue': {
    vi: ['Doanh thu', 'Doanh thu bưu chính', 'Tổng doanh thu', 'Doanh thu bưu chính, chuyển phát'],
    abbr: ['DT bưu chính', 'Doanh thu BC', 'Tổng DT'],
    en: ['Revenue', 'Postal revenue', 'Total revenue'],
  },
};

/** A unit as written, and its factor to the canonical unit. */
export interface UnitWord {
  text: string;
  factor: number;
  /** True when it is written in English. */
  en?: boolean;
}

export const UNITS: Record<string, UnitWord[]> = {
  'thue-bao': [
    { text: 'Thuê bao', factor: 1 },
    { text: 'TB', factor: 1 },
    { text: 'thuê bao', factor: 1 },
    { text: 'Subscriptions', factor: 1, en: true },
  ],
  'thue-bao-k': [
    { text: 'Nghìn thuê bao', factor: 1000 },
    { text: 'Nghìn TB', factor: 1000 },
    { text: 'Ngàn TB', factor: 1000 },
    { text: "'000 subscriptions", factor: 1000, en: true },
  ],
  'trieu-dong': [
    { text: 'Triệu đồng', factor: 1 },
    { text: 'Tr.đồng', factor: 1 },
    { text: 'tr.đ', factor: 1 },
    { text: 'Trđ', factor: 1 },
    { text: 'Million VND', factor: 1, en: true },
  ],
  'trieu-dong-x': [
    { text: 'Nghìn đồng', factor: 0.001 },
    { text: 'Ngàn đồng', factor: 0.001 },
    { text: 'Đồng', factor: 0.000001 },
    { text: 'Tỷ đồng', factor: 1000 },
    { text: 'Thousand VND', factor: 0.001, en: true },
    { text: 'Billion VND', factor: 1000, en: true },
  ],
  kg: [
    { text: 'Kg', factor: 1 },
    { text: 'kg', factor: 1 },
  ],
  'kg-x': [
    { text: 'Tấn', factor: 1000 },
    { text: 'Tonnes', factor: 1000, en: true },
  ],
  cai: [
    { text: 'Cái', factor: 1 },
    { text: 'Bưu gửi', factor: 1 },
    { text: 'Cái, bức', factor: 1 },
    { text: 'Items', factor: 1, en: true },
  ],
  'cai-k': [
    { text: 'Nghìn cái', factor: 1000 },
    { text: 'Nghìn bưu gửi', factor: 1000 },
    { text: "'000 items", factor: 1000, en: true },
  ],
  'to-cuon': [
    { text: 'Tờ, cuốn', factor: 1 },
    { text: 'Tờ/cuốn', factor: 1 },
    { text: 'Tờ', factor: 1 },
    { text: 'Copies', factor: 1, en: true },
  ],
  'to-cuon-k': [
    { text: 'Nghìn tờ', factor: 1000 },
    { text: 'Nghìn tờ, cuốn', factor: 1000 },
    { text: "'000 copies", factor: 1000, en: true },
  ],
};

/** Column headings for what a column holds. `{y}` is the year, `{p}` the period in words, `{d}` its end date. */
export const HEADINGS = {
  increase: {
    vi: ['Tăng', 'Phát triển mới', 'Số tăng trong kỳ', 'PTM', 'Tăng trong kỳ', 'TB phát triển mới', 'Số TB tăng'],
    en: ['New subscriptions', 'Gross adds', 'Increase', 'Added'],
  },
  decrease: {
    vi: ['Giảm', 'Rời mạng', 'Số giảm trong kỳ', 'Cắt hủy', 'TB rời mạng', 'Giảm trong kỳ', 'Thanh lý'],
    en: ['Disconnected', 'Churn', 'Decrease', 'Disconnections'],
  },
  closing: {
    vi: [
      'Hiện có',
      'Hiện có trên mạng',
      'Lũy kế hiện có',
      'Tổng số TB hiện có',
      'Thuê bao đang hoạt động',
      'Số TB đến {d}',
      'Hiện có đến {d}',
    ],
    en: ['Active subscribers', 'Subscriptions at end of period', 'Closing', 'In service at {d}'],
  },
  opening: {
    vi: ['Đầu kỳ', 'Hiện có đầu kỳ', 'Số TB đầu kỳ', 'Số TB đến {o}'],
    en: ['Opening', 'At start of period', 'In service at {o}'],
  },
  lastClosing: {
    vi: ['Cùng kỳ năm {ly}', 'Cùng kỳ năm trước', 'Hiện có cùng kỳ {ly}', 'Số TB đến {ld}'],
    en: ['Same period {ly}', 'Same period last year', 'At {ld}'],
  },
  flow: {
    vi: [
      'Thực hiện',
      'Thực hiện {p}',
      'Kỳ báo cáo',
      'Thực hiện kỳ báo cáo',
      'Kỳ này',
      'Số liệu {p}',
      'Sản lượng, doanh thu',
    ],
    en: ['Actual', 'This period', '{p}', 'Reporting period'],
  },
  lastFlow: {
    vi: ['Cùng kỳ năm {ly}', 'Cùng kỳ năm trước', 'Thực hiện cùng kỳ {ly}', '{pl}'],
    en: ['Same period {ly}', 'Same period last year', '{pl}'],
  },
  percent: {
    vi: ['So sánh (%)', 'Tỷ lệ %', '% so cùng kỳ', 'Tăng/giảm (%)', 'So với cùng kỳ (%)'],
    en: ['YoY %', 'Change (%)', '% vs last year'],
  },
  plan: { vi: ['Kế hoạch năm {y}', 'KH {y}', 'Kế hoạch'], en: ['Plan {y}', 'Target {y}'] },
  planPercent: { vi: ['% thực hiện KH', '% KH năm'], en: ['% of plan'] },
  net: { vi: ['Thực tăng', 'Tăng thuần', 'Tăng ròng'], en: ['Net adds', 'Net additions'] },
  note: { vi: ['Ghi chú'], en: ['Notes', 'Remarks'] },
  label: {
    vi: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung', 'Dịch vụ', 'Loại dịch vụ'],
    en: ['Indicator', 'Service', 'Item'],
  },
  unit: { vi: ['ĐVT', 'Đơn vị tính', 'Đơn vị', 'ĐV tính'], en: ['Unit'] },
  stt: { vi: ['STT', 'TT', 'Số TT'], en: ['No.', '#'] },
  cumulative: { vi: ['Lũy kế', 'Lũy kế {p}', 'Cộng lũy kế', 'Lũy kế từ đầu năm'], en: ['Year to date', 'Cumulative'] },
};

export const PROVINCES: { name: string; town: string; districts: string[] }[] = [
  {
    name: 'Quảng Ninh',
    town: 'Hạ Long',
    districts: ['TP Hạ Long', 'TP Cẩm Phả', 'TP Uông Bí', 'TP Móng Cái', 'TX Quảng Yên', 'Huyện Vân Đồn'],
  },
  {
    name: 'Bắc Ninh',
    town: 'Bắc Ninh',
    districts: ['TP Bắc Ninh', 'TX Từ Sơn', 'Huyện Yên Phong', 'Huyện Quế Võ', 'Huyện Tiên Du'],
  },
  {
    name: 'Nghệ An',
    town: 'Vinh',
    districts: ['TP Vinh', 'TX Cửa Lò', 'TX Hoàng Mai', 'Huyện Diễn Châu', 'Huyện Quỳnh Lưu', 'Huyện Nghi Lộc'],
  },
  {
    name: 'Thanh Hóa',
    town: 'Thanh Hóa',
    districts: ['TP Thanh Hóa', 'TP Sầm Sơn', 'TX Bỉm Sơn', 'Huyện Hoằng Hóa', 'Huyện Tĩnh Gia'],
  },
  { name: 'Lào Cai', town: 'Lào Cai', districts: ['TP Lào Cai', 'TX Sa Pa', 'Huyện Bát Xát', 'Huyện Bảo Thắng'] },
  { name: 'Hải Dương', town: 'Hải Dương', districts: ['TP Hải Dương', 'TP Chí Linh', 'TX Kinh Môn', 'Huyện Nam Sách'] },
  {
    name: 'Thái Nguyên',
    town: 'Thái Nguyên',
    districts: ['TP Thái Nguyên', 'TP Sông Công', 'TX Phổ Yên', 'Huyện Đại Từ'],
  },
  {
    name: 'Đắk Lắk',
    town: 'Buôn Ma Thuột',
    districts: ['TP Buôn Ma Thuột', 'TX Buôn Hồ', 'Huyện Ea Kar', 'Huyện Krông Pắc'],
  },
  {
    name: 'Cần Thơ',
    town: 'Cần Thơ',
    districts: ['Quận Ninh Kiều', 'Quận Bình Thủy', 'Quận Cái Răng', 'Huyện Phong Điền'],
  },
  { name: 'Bình Định', town: 'Quy Nhơn', districts: ['TP Quy Nhơn', 'TX An Nhơn', 'TX Hoài Nhơn', 'Huyện Phù Cát'] },
  { name: 'Lâm Đồng', town: 'Đà Lạt', districts: ['TP Đà Lạt', 'TP Bảo Lộc', 'Huyện Đức Trọng', 'Huyện Di Linh'] },
  { name: 'Kiên Giang', town: 'Rạch Giá', districts: ['TP Rạch Giá', 'TP Phú Quốc', 'TP Hà Tiên', 'Huyện Châu Thành'] },
  {
    name: 'Hà Giang',
    town: 'Hà Giang',
    districts: ['TP Hà Giang', 'Huyện Đồng Văn', 'Huyện Mèo Vạc', 'Huyện Bắc Quang'],
  },
  { name: 'Quảng Nam', town: 'Tam Kỳ', districts: ['TP Tam Kỳ', 'TP Hội An', 'TX Điện Bàn', 'Huyện Núi Thành'] },
  {
    name: 'Đồng Nai',
    town: 'Biên Hòa',
    districts: ['TP Biên Hòa', 'TP Long Khánh', 'Huyện Nhơn Trạch', 'Huyện Trảng Bom'],
  },
  { name: 'Thừa Thiên Huế', town: 'Huế', districts: ['TP Huế', 'TX Hương Thủy', 'TX Hương Trà', 'Huyện Phú Vang'] },
];

/** An enterprise as it names itself in a province: the group line above, its own name, its short form in "Số: …/BC-…". */
export interface Enterprise {
  group: string;
  name: (p: string) => string;
  short: string;
  sector: Sector;
  /** Indicators it reports. */
  indicators: IndicatorId[];
}

/** Every telecom indicator, as the catalogue lists them (VNPT and Viettel report them all). */
const TELECOM: IndicatorId[] = INDICATORS.filter((i) => i.sector === 'telecom').map((i) => i.id);

export const ENTERPRISES: Enterprise[] = [
  {
    group: 'TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM',
    name: (p) => `VIỄN THÔNG ${p.toUpperCase()}`,
    short: 'VNPT',
    sector: 'telecom',
    indicators: TELECOM,
  },
  {
    group: 'TỔNG CÔNG TY DỊCH VỤ VIỄN THÔNG',
    name: (p) => `VNPT VINAPHONE ${p.toUpperCase()}`,
    short: 'VNPT-VNP',
    sector: 'telecom',
    indicators: ['mobile-postpaid', 'mobile-prepaid', 'telecom-revenue'],
  },
  {
    group: 'TẬP ĐOÀN CÔNG NGHIỆP - VIỄN THÔNG QUÂN ĐỘI',
    name: (p) => `VIETTEL ${p.toUpperCase()}`,
    short: 'VTT',
    sector: 'telecom',
    indicators: TELECOM,
  },
  {
    group: 'TỔNG CÔNG TY VIỄN THÔNG MOBIFONE',
    name: (p) => `MOBIFONE TỈNH ${p.toUpperCase()}`,
    short: 'MBF',
    sector: 'telecom',
    indicators: ['mobile-postpaid', 'mobile-prepaid', 'telecom-revenue'],
  },
  {
    group: 'CÔNG TY CỔ PHẦN VIỄN THÔNG FPT',
    name: (p) => `FPT TELECOM CHI NHÁNH ${p.toUpperCase()}`,
    short: 'FPT',
    sector: 'telecom',
    indicators: ['broadband-xdsl', 'ftth', 'telecom-revenue'],
  },
  {
    group: 'CÔNG TY CỔ PHẦN VIỄN THÔNG DI ĐỘNG VIETNAMOBILE',
    name: (p) => `VIETNAMOBILE - CHI NHÁNH ${p.toUpperCase()}`,
    short: 'VNM',
    sector: 'telecom',
    indicators: ['mobile-postpaid', 'mobile-prepaid', 'telecom-revenue'],
  },
  {
    group: 'TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM',
    name: (p) => `BƯU ĐIỆN TỈNH ${p.toUpperCase()}`,
    short: 'BĐT',
    sector: 'postal',
    indicators: POSTAL,
  },
  {
    group: 'TỔNG CÔNG TY CỔ PHẦN BƯU CHÍNH VIETTEL',
    name: (p) => `VIETTEL POST ${p.toUpperCase()}`,
    short: 'VTP',
    sector: 'postal',
    indicators: ['letter-post', 'parcels', 'express', 'money-orders', 'money-transferred', 'postal-revenue'],
  },
  {
    group: 'TỔNG CÔNG TY CHUYỂN PHÁT NHANH BƯU ĐIỆN',
    name: (p) => `EMS ${p.toUpperCase()}`,
    short: 'EMS',
    sector: 'postal',
    indicators: ['express', 'parcels', 'postal-revenue'],
  },
  {
    group: 'CÔNG TY CỔ PHẦN DỊCH VỤ GIAO HÀNG NHANH',
    name: (p) => `GIAO HÀNG NHANH - CHI NHÁNH ${p.toUpperCase()}`,
    short: 'GHN',
    sector: 'postal',
    indicators: ['express', 'parcels', 'postal-revenue'],
  },
];

/** Viettel files both sectors; on a two-sector sheet its postal part is Viettel Post's. */
export const VIETTEL_BOTH: Enterprise = {
  group: 'TẬP ĐOÀN CÔNG NGHIỆP - VIỄN THÔNG QUÂN ĐỘI',
  name: (p) => `CHI NHÁNH VIETTEL ${p.toUpperCase()}`,
  short: 'CNVT',
  sector: 'telecom',
  indicators: [],
};

export const SIGNERS = [
  'Nguyễn Văn Hùng',
  'Trần Thị Lan',
  'Lê Minh Tuấn',
  'Phạm Quốc Khánh',
  'Hoàng Thị Thu Hà',
  'Vũ Đức Thắng',
  'Đỗ Thanh Bình',
];
export const MONTH_NAMES_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const ROMAN = ['I', 'II', 'III', 'IV'];

/** Vietnamese text without its diacritics, as typed on a keyboard without Vietnamese input. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
