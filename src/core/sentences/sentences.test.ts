import type { StandardTable, TableRow } from '../model';
import { layoutSentences } from './layoutSentences';
import { reportSentences, rowSentence } from './sentences';

// The reference report's 9T/2015 tables (bao-cao-376-BC-STTTT-2015), "so với cùng kỳ" as change.
const row = (stt: number, indicator: TableRow['indicator'], fields: Partial<TableRow>): TableRow => ({
  stt,
  indicator,
  label: '',
  unit: '',
  yoy: null,
  ...fields,
});
const telecom: StandardTable = {
  id: 'telecom',
  title: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015',
  columns: ['increase', 'decrease', 'yoy', 'current'],
  rows: [
    row(1, 'fixed-wired', { increase: 2907, decrease: 24060, yoy: -0.2801, current: 2907 }),
    row(4, 'mobile-prepaid', { increase: 826963, decrease: 660406, yoy: 0.68, current: 1826191 }),
    row(6, 'ftth', { increase: 23346, decrease: 6552, yoy: 2.99, current: 25126 }),
    row(7, 'telecom-revenue', { increase: null, decrease: null, yoy: 0.6604, current: 2466410 }),
  ],
};
const postal: StandardTable = {
  id: 'postal',
  title: 'KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2015',
  columns: ['increase', 'yoy'],
  rows: [
    row(1, 'press-distribution', { increase: 7162000, yoy: -0.04 }),
    row(5, 'money-orders', { increase: 55230, yoy: -0.11 }),
    row(7, 'postal-revenue', { increase: 74735, yoy: 0.155 }),
  ],
};

describe('reportSentences', () => {
  it('quotes every row of both tables in Vietnamese, as the report writes it', () => {
    expect(reportSentences({ tables: [telecom, postal] }, 'vi')).toEqual([
      'Điện thoại cố định có dây: 2.907 thuê bao, giảm 28% so với cùng kỳ',
      'Điện thoại di động trả trước: 1.826.191 thuê bao, tăng 68% so với cùng kỳ',
      'Thuê bao FTTH: 25.126 thuê bao, tăng 299% so với cùng kỳ',
      'Doanh thu viễn thông: 2.466.410 triệu đồng, tăng 66% so với cùng kỳ',
      'Sản lượng phát hành báo chí: 7.162.000 tờ/cuốn, giảm 4% so với cùng kỳ',
      'Thư, điện chuyển tiền: 55.230 cái/bức, giảm 11% so với cùng kỳ',
      'Doanh thu bưu chính: 74.735 triệu đồng, tăng 16% so với cùng kỳ',
    ]);
  });

  it('quotes them in English', () => {
    const en = reportSentences({ tables: [telecom, postal] }, 'en');
    expect(en[2]).toBe('FTTH subscriptions: 25,126 subscriptions, up 299% on the same period last year');
    expect(en[3]).toBe('Telecom revenue: 2,466,410 million VND, up 66% on the same period last year');
    expect(en[4]).toBe('Press distribution: 7,162,000 copies, down 4% on the same period last year');
  });
});

describe('rowSentence', () => {
  const ftth = telecom.rows[2];

  it('says when there is no figure for the same period last year', () => {
    expect(rowSentence({ ...ftth, yoy: null }, 'vi')).toBe('Thuê bao FTTH: 25.126 thuê bao (chưa có số liệu cùng kỳ)');
    expect(rowSentence({ ...ftth, yoy: null }, 'en')).toBe(
      'FTTH subscriptions: 25,126 subscriptions (no figure for the same period last year)',
    );
  });

  it('says when there is no figure at all', () => {
    expect(rowSentence({ ...ftth, current: null, increase: null }, 'vi')).toBe('Thuê bao FTTH: chưa có số liệu');
  });

  it('rounds the quoted figure to whole units and the change on its decimal spelling', () => {
    expect(rowSentence({ ...ftth, current: 25126.49, yoy: 0.285 }, 'vi')).toBe(
      'Thuê bao FTTH: 25.126 thuê bao, tăng 29% so với cùng kỳ',
    );
  });

  it('tells no change from a change that rounds to nothing', () => {
    expect(rowSentence({ ...ftth, yoy: 0 }, 'vi')).toBe('Thuê bao FTTH: 25.126 thuê bao, bằng cùng kỳ');
    expect(rowSentence({ ...ftth, yoy: -0.004 }, 'vi')).toBe('Thuê bao FTTH: 25.126 thuê bao, xấp xỉ cùng kỳ');
  });

  it('follows the ratio and index conventions', () => {
    const fixed = telecom.rows[0];
    expect(rowSentence(fixed, 'vi', 'ratio')).toBe(
      'Điện thoại cố định có dây: 2.907 thuê bao, bằng 72% so với cùng kỳ',
    );
    expect(rowSentence(fixed, 'vi', 'index')).toBe(
      'Điện thoại cố định có dây: 2.907 thuê bao, đạt 72,0 so với cùng kỳ (năm trước = 100)',
    );
    expect(rowSentence(fixed, 'en', 'index')).toBe(
      'Fixed wired telephones: 2,907 subscriptions, index 72.0 against the same period last year (last year = 100)',
    );
  });
});

describe('layoutSentences', () => {
  it("writes a heading with the period, then each table's title and its sentences, one per cell", () => {
    const sheet = layoutSentences({ period: '9T/2015', tables: [telecom, postal] }, 'vi');
    expect(sheet).toMatchObject({ name: 'TTTT Câu văn', kind: 'sentences', merges: [] });
    const column = sheet.cells.map((r) => r[0]?.value ?? null);
    expect(column[0]).toBe('Câu văn cho báo cáo – 9 tháng đầu năm 2015');
    expect(column.slice(2)).toEqual([
      null,
      telecom.title,
      'Điện thoại cố định có dây: 2.907 thuê bao, giảm 28% so với cùng kỳ',
      'Điện thoại di động trả trước: 1.826.191 thuê bao, tăng 68% so với cùng kỳ',
      'Thuê bao FTTH: 25.126 thuê bao, tăng 299% so với cùng kỳ',
      'Doanh thu viễn thông: 2.466.410 triệu đồng, tăng 66% so với cùng kỳ',
      null,
      postal.title,
      'Sản lượng phát hành báo chí: 7.162.000 tờ/cuốn, giảm 4% so với cùng kỳ',
      'Thư, điện chuyển tiền: 55.230 cái/bức, giảm 11% so với cùng kỳ',
      'Doanh thu bưu chính: 74.735 triệu đồng, tăng 16% so với cùng kỳ',
    ]);
    expect(sheet.cells.every((row) => row.length <= 1)).toBe(true);
  });

  it('speaks English and survives a build without a period', () => {
    const sheet = layoutSentences({ period: '', tables: [] }, 'en');
    expect(sheet.cells.map((r) => r[0]?.value)).toEqual([
      'Sentences for the report',
      'Copy the sentences below into the report\'s text; the figures are those of the tables on the "TTTT Biểu" sheet.',
    ]);
  });
});
