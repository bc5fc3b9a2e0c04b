import { isOwned, outputLike, parseMark } from './ownership';

describe('outputLike', () => {
  it('matches an output name and its numbered free names, without case', () => {
    expect(outputLike('TTTT Biểu', ['TTTT Biểu'])).toBe(true);
    expect(outputLike('tttt biểu (2)', ['TTTT Biểu'])).toBe(true);
    expect(outputLike('TTTT Biểu (12)', ['TTTT Kiểm tra', 'TTTT Biểu'])).toBe(true);
  });

  it('matches the shortened free name of a long output name (31 characters at most)', () => {
    const wanted = 'Biểu tổng hợp quý ba năm 2015 x'; // 31 characters
    expect(wanted).toHaveLength(31);
    expect(outputLike(`${wanted.slice(0, 27)} (2)`, [wanted])).toBe(true);
  });

  it('leaves other names alone', () => {
    expect(outputLike('VNPT', ['TTTT Biểu'])).toBe(false);
    expect(outputLike('TTTT Biểu cũ', ['TTTT Biểu'])).toBe(false);
    expect(outputLike('TTTT Biểu (x)', ['TTTT Biểu'])).toBe(false);
    expect(outputLike('TTTT Biểu (2)', [])).toBe(false);
  });
});

describe('parseMark and isOwned', () => {
  it('reads a marker and checks it names the sheet', () => {
    const mark = parseMark('{"name":"TTTT Biểu","requested":"TTTT Biểu","kind":"tables"}');
    expect(isOwned('TTTT Biểu', mark)).toBe(true);
    expect(isOwned('TTTT Biểu (2)', mark)).toBe(false);
    expect(parseMark('hello')).toBeNull();
  });
});
