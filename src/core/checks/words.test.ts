import { cellName, indicatorName, percent } from './words';

describe('the words of the checks', () => {
  it("a percentage in the message's language", () => {
    expect(percent(-0.2801, 'vi')).toBe('-28%');
    expect(percent(0.125, 'vi')).toBe('13%');
    expect(percent(12.345, 'vi')).toBe('1.235%');
    expect(percent(12.345, 'en')).toBe('1,235%');
  });

  it("an indicator by its name in the message's language", () => {
    expect(indicatorName('ftth', 'vi')).toBe('Thuê bao FTTH');
    expect(indicatorName('parcels', 'en')).toBe('Ordinary parcels');
  });

  it('a cell as a person looks for it, the sheet quoted only when it must be', () => {
    expect(cellName({ file: 'a.xlsx', sheet: 'VNPT', cell: 'D7' })).toBe('a.xlsx › VNPT!D7');
    expect(cellName({ file: '', sheet: 'Số liệu', cell: 'B3' })).toBe("'Số liệu'!B3");
    expect(cellName({ file: '', sheet: "It's", cell: 'A1' })).toBe("'It''s'!A1");
  });
});
