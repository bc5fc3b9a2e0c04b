import { toPhrase } from '../catalogue';
import { breakdownOf, isNoteText, sectorNamed } from './rowKinds';

const note = (text: string) => isNoteText(text, toPhrase(text));

describe('isNoteText', () => {
  it('knows notes, signatures and date lines', () => {
    expect(note('Ghi chú: số liệu ước tính')).toBe(true);
    expect(note('(*) Bao gồm bưu gửi quốc tế')).toBe(true);
    expect(note('Người lập biểu')).toBe(true);
    expect(note('GIÁM ĐỐC')).toBe(true);
    expect(note('KT. GIÁM ĐỐC')).toBe(true);
    expect(note('Hạ Long, ngày 05 tháng 10 năm 2015')).toBe(true);
  });
  it('leaves data labels alone', () => {
    expect(note('Doanh thu')).toBe(false);
    expect(note('* Trả trước')).toBe(false);
    expect(note('Thuê bao di động')).toBe(false);
  });
});

describe('sectorNamed', () => {
  it('reads the sector of a section row', () => {
    expect(sectorNamed(toPhrase('II. BƯU CHÍNH, CHUYỂN PHÁT'))).toBe('postal');
    expect(sectorNamed(toPhrase('I. Viễn thông'))).toBe('telecom');
    expect(sectorNamed(toPhrase('Tổng cộng'))).toBeNull();
  });
});

describe('breakdownOf', () => {
  it('splits "Trong đó" from what follows it', () => {
    expect(breakdownOf(toPhrase('Trong đó: trả trước'))).toBe('tra truoc');
    expect(breakdownOf(toPhrase('Trong đó:'))).toBe('');
    expect(breakdownOf(toPhrase('Chia ra'))).toBe('');
    expect(breakdownOf(toPhrase('Trả trước'))).toBeNull();
  });
});
