import type { Indicator, IndicatorId } from '../model';

/**
 * The 14 standard indicators (chỉ tiêu) of the two tables that close a Sở TTTT periodic report,
 * in the reference report's order. `label` and `unitLabel` are written exactly as its tables
 * write them; `synonyms` are wordings seen in submissions (matched as whole words after
 * {@link toPhrase}, longest first — see matchIndicator).
 *
 * Anchors: national indicator system TT 03/2022/TT-BTTTT (1303 telecom revenue, 1304 telephone
 * subscriptions, 1307 broadband subscriptions), ITU indicators, UPU postal statistics.
 */
export const INDICATORS: readonly Indicator[] = [
  {
    id: 'fixed-wired',
    sector: 'telecom',
    stt: 1,
    label: 'Điện thoại cố định có dây',
    labelEn: 'Fixed-line telephone (wired)',
    unitLabel: 'Thuê bao',
    kind: 'stock',
    dimension: 'subscriptions',
    unit: 'thue-bao',
    synonyms: [
      'cố định có dây', 'điện thoại cố định có dây', 'cố định hữu tuyến', 'cđ có dây', 'cố định dây',
      'có dây', 'hữu tuyến', 'pstn', 'máy cố định', 'điện thoại cố định hữu tuyến', 'thuê bao cố định có dây', 'fixed line',
    ],
    anchors: ['TT03/2022:1304', 'ITU:i112'],
  },
  {
    id: 'fixed-wireless',
    sector: 'telecom',
    stt: 2,
    label: 'Điện thoại cố định không dây',
    labelEn: 'Fixed wireless telephone',
    unitLabel: '',
    kind: 'stock',
    dimension: 'subscriptions',
    unit: 'thue-bao',
    synonyms: [
      'cố định không dây', 'điện thoại cố định không dây', 'cố định vô tuyến', 'cđ không dây', 'cđ vô tuyến',
      'không dây', 'vô tuyến', 'gphone', 'g phone', 'homephone', 'home phone', 'wll', 'máy cố định không dây', 'cố định không dây gphone',
    ],
    anchors: ['TT03/2022:1304', 'ITU:i112w'],
  },
  {
    id: 'mobile-postpaid',
    sector: 'telecom',
    stt: 3,
    label: 'Điện thoại DD trả sau',
    labelEn: 'Mobile telephone, postpaid',
    unitLabel: '',
    kind: 'stock',
    dimension: 'subscriptions',
    unit: 'thue-bao',
    synonyms: [
      'trả sau', 'di động trả sau', 'dđ trả sau', 'dd trả sau', 'tb trả sau', 'thuê bao trả sau',
      'điện thoại di động trả sau', 'điện thoại dđ trả sau', 'postpaid', 'post paid',
    ],
    anchors: ['TT03/2022:1304', 'ITU:i271'],
  },
  {
    id: 'mobile-prepaid',
    sector: 'telecom',
    stt: 4,
    label: 'Điện thoại DD trả trước',
    labelEn: 'Mobile telephone, prepaid',
    unitLabel: '',
    kind: 'stock',
    dimension: 'subscriptions',
    unit: 'thue-bao',
    synonyms: [
      'trả trước', 'di động trả trước', 'dđ trả trước', 'dd trả trước', 'tb trả trước', 'thuê bao trả trước',
      'điện thoại di động trả trước', 'điện thoại dđ trả trước', 'prepaid', 'pre paid',
    ],
    anchors: ['TT03/2022:1304', 'ITU:i271'],
  },
  {
    id: 'broadband-xdsl',
    sector: 'telecom',
    stt: 5,
    label: 'Thuê bao internet băng thông rộng xDSL',
    labelEn: 'Broadband Internet subscriptions, xDSL',
    unitLabel: '',
    kind: 'stock',
    dimension: 'subscriptions',
    unit: 'thue-bao',
    synonyms: [
      'xdsl', 'adsl', 'vdsl', 'shdsl', 'megavnn', 'mega vnn', 'băng rộng cố định xdsl',
      'internet băng thông rộng xdsl', 'internet băng rộng xdsl', 'thuê bao xdsl', 'thuê bao adsl',
    ],
    anchors: ['TT03/2022:1307', 'ITU:i4213tfbb'],
  },
  {
    id: 'ftth',
    sector: 'telecom',
    stt: 6,
    label: 'Thuê bao FTTH',
    labelEn: 'FTTH subscriptions',
    unitLabel: '',
    kind: 'stock',
    dimension: 'subscriptions',
    unit: 'thue-bao',
    synonyms: [
      'ftth', 'fttx', 'ftthx', 'cáp quang', 'internet cáp quang', 'fibervnn', 'fiber vnn', 'ftth gpon',
      'băng rộng cáp quang', 'thuê bao ftth', 'internet ftth',
    ],
    anchors: ['TT03/2022:1307', 'ITU:i4213tfbb'],
  },
  {
    id: 'telecom-revenue',
    sector: 'telecom',
    stt: 7,
    label: 'Doanh thu',
    labelEn: 'Revenue',
    unitLabel: 'Triệu đồng',
    kind: 'flow',
    dimension: 'money',
    unit: 'trieu-dong',
    synonyms: [
      'doanh thu viễn thông', 'doanh thu dịch vụ viễn thông', 'doanh thu dv viễn thông', 'doanh thu vt',
      'doanh thu viễn thông internet', 'doanh thu viễn thông cntt', 'doanh thu vt cntt', 'tổng doanh thu viễn thông',
    ],
    anchors: ['TT03/2022:1303'],
  },
  {
    id: 'press-distribution',
    sector: 'postal',
    stt: 1,
    label: 'Sản lượng phát hành báo chí',
    labelEn: 'Newspapers and magazines distributed',
    unitLabel: 'Tờ, cuốn',
    kind: 'flow',
    dimension: 'copies',
    unit: 'to-cuon',
    synonyms: [
      'phát hành báo chí', 'phbc', 'báo chí phát hành', 'báo chí', 'phát hành báo', 'báo tạp chí',
      'báo, tạp chí', 'sản lượng phát hành báo chí', 'phát hành báo tạp chí',
    ],
    anchors: ['UPU:newspapers'],
  },
  {
    id: 'letter-post',
    sector: 'postal',
    stt: 2,
    label: 'Sản lượng Bưu phẩm thường đi, đến trong nước và Quốc tế',
    labelEn: 'Ordinary letter-post items',
    unitLabel: 'Kg',
    kind: 'flow',
    dimension: 'mass',
    unit: 'kg',
    synonyms: ['bưu phẩm thường', 'bưu phẩm', 'bp thường', 'thư thường', 'bưu phẩm thư thường', 'letter post'],
    anchors: ['UPU:letter-post'],
  },
  {
    id: 'parcels',
    sector: 'postal',
    stt: 3,
    label: 'Bưu kiện thường đi, đến từ liên tỉnh, quốc tế.',
    labelEn: 'Ordinary parcels',
    unitLabel: 'Cái',
    kind: 'flow',
    dimension: 'items',
    unit: 'cai',
    synonyms: ['bưu kiện thường', 'bưu kiện', 'bk thường', 'parcel', 'parcels'],
    anchors: ['UPU:parcels'],
  },
  {
    id: 'express',
    sector: 'postal',
    stt: 4,
    label: 'Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước',
    labelEn: 'Express items (EMS and courier)',
    unitLabel: 'Cái',
    kind: 'flow',
    dimension: 'items',
    unit: 'cai',
    synonyms: [
      'chuyển phát nhanh', 'cpn', 'ems', 'bưu gửi chuyển phát nhanh', 'hàng gửi chuyển phát nhanh',
      'phát nhanh', 'express', 'bưu gửi, hàng gửi chuyển phát nhanh',
    ],
    anchors: ['UPU:EMS'],
  },
  {
    id: 'money-orders',
    sector: 'postal',
    stt: 5,
    label: 'Thư, điện chuyển tiền từ liên tỉnh, quốc tế đi, đến',
    labelEn: 'Postal money orders (letters and telegrams)',
    unitLabel: 'Cái, bức',
    kind: 'flow',
    dimension: 'items',
    unit: 'cai',
    synonyms: [
      'thư, điện chuyển tiền', 'thư chuyển tiền', 'điện chuyển tiền', 'chuyển tiền', 'dịch vụ chuyển tiền',
      'số thư chuyển tiền', 'money order', 'money orders', 'điện hoa chuyển tiền', 'thư điện chuyển tiền',
    ],
    anchors: ['UPU:postal-money-orders'],
  },
  {
    id: 'money-transferred',
    sector: 'postal',
    stt: 6,
    label: 'Số tiền chuyển',
    labelEn: 'Money transferred',
    unitLabel: 'Tr.đồng',
    kind: 'flow',
    dimension: 'money',
    unit: 'trieu-dong',
    synonyms: [
      'số tiền chuyển', 'tiền chuyển', 'giá trị chuyển tiền', 'số tiền chuyển tiền', 'giá trị tiền chuyển',
      'tổng số tiền chuyển', 'giá trị chuyển', 'số tiền chuyển đi đến', 'tổng tiền chuyển',
    ],
    anchors: ['UPU:postal-money-orders-value'],
  },
  {
    id: 'postal-revenue',
    sector: 'postal',
    stt: 7,
    label: 'Doanh thu',
    labelEn: 'Revenue',
    unitLabel: 'Tr.đồng',
    kind: 'flow',
    dimension: 'money',
    unit: 'trieu-dong',
    synonyms: [
      'doanh thu bưu chính', 'doanh thu dịch vụ bưu chính', 'doanh thu dv bưu chính', 'doanh thu bc',
      'doanh thu chuyển phát', 'doanh thu chuyển phát nhanh', 'doanh thu bưu chính chuyển phát',
      'doanh thu bưu chính, chuyển phát nhanh', 'doanh thu bưu chính chuyển phát nhanh', 'tổng doanh thu bưu chính',
    ],
    anchors: ['UPU:postal-revenue'],
  },
];

const BY_ID = new Map<string, Indicator>(INDICATORS.map((indicator) => [indicator.id, indicator]));

/**
 * The standard indicator with this id (mã chỉ tiêu), or undefined for an unknown id.
 *
 * @example
 * indicatorById('ftth')?.label //=> 'Thuê bao FTTH'
 * indicatorById('bts') //=> undefined
 */
export function indicatorById(id: IndicatorId): Indicator;
export function indicatorById(id: string): Indicator | undefined;
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
