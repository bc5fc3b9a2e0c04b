import { cellFonts, isLegacyFont, styleFonts } from './xlsxFonts';

describe('xlsx fonts', () => {
  it('knows the legacy fonts', () => {
    expect(['.VnTime', '.VnArialH', 'VNI-Times', 'VNI Helve'].every(isLegacyFont)).toBe(true);
    expect(['Times New Roman', 'Calibri', 'Vinhan', null].some(isLegacyFont)).toBe(false);
  });
  it('gives each cell style its font name, only when some style uses a legacy font', () => {
    const fonts = [{ name: 'Calibri' }, { name: '.VnTime' }];
    expect(styleFonts({ Styles: { Fonts: fonts, CellXf: [{ fontId: 0 }, { fontId: 1 }, {}] } })).toEqual([
      'Calibri',
      '.VnTime',
      'Calibri',
    ]);
    expect(styleFonts({ Styles: { Fonts: [{ name: 'Calibri' }], CellXf: [{ fontId: 0 }] } })).toBeNull();
    expect(styleFonts({})).toBeNull();
  });
  it("reads each cell's style from the sheet XML, with or without addresses and prefixes", () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
      '<row r="1"><c r="B1" s="1" t="s"><v>0</v></c></row>' +
      '<row r="3"><c s="1"><v>1</v></c><c><v>2</v></c><c r="D3" s="9"/></row>' +
      '<x:row r="4"><x:c r="A4" s="1"/></x:row>' +
      '</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    expect(cellFonts(xml, ['Calibri', '.VnTime'], 4, 3)).toEqual([
      [null, '.VnTime', null],
      [null, null, null],
      ['.VnTime', 'Calibri', null],
      ['.VnTime', null, null],
    ]);
  });
});
