import { numbering } from './numbering';

describe('numbering', () => {
  it.each([
    ['I', 'roman', 0, ''],
    ['II. BƯU CHÍNH', 'roman', 0, 'BƯU CHÍNH'],
    ['IV', 'roman', 0, ''],
    ['1', 'arabic', 1, ''],
    ['2. Điện thoại', 'arabic', 1, 'Điện thoại'],
    ['3) FTTH', 'arabic', 1, 'FTTH'],
    ['1.2', 'sub', 2, ''],
    ['1.2.3 Quốc tế', 'sub', 3, 'Quốc tế'],
    ['a) Trả trước', 'letter', 2, 'Trả trước'],
    ['b. Trả sau', 'letter', 2, 'Trả sau'],
    ['- Trả trước', 'bullet', 1, 'Trả trước'],
    ['+ Quốc tế', 'bullet', 2, 'Quốc tế'],
    ['• Trong nước', 'bullet', 1, 'Trong nước'],
    ['3G', 'none', 1, '3G'],
    ['Internet', 'none', 1, 'Internet'],
    ['VNPT', 'none', 1, 'VNPT'],
    ['2015', 'none', 1, '2015'],
    ['', 'none', 1, ''],
  ])('%s', (text, kind, depth, rest) => {
    expect(numbering(text)).toEqual({ kind, depth, rest });
  });
});
