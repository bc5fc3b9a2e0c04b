import { remember } from './remember';

describe('remember', () => {
  it('computes each distinct text once and gives the same answer again', () => {
    const seen: string[] = [];
    const upper = remember((text: string) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper('ab'), upper('cd'), upper('ab'), upper('ab')]).toEqual(['AB', 'CD', 'AB', 'AB']);
    expect(seen).toEqual(['ab', 'cd']);
  });

  it('remembers null, false and empty answers too', () => {
    let calls = 0;
    const nothing = remember(() => {
      calls++;
      return null;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  it('keeps only the last two texts longer than `longest`', () => {
    const seen: string[] = [];
    const length = remember(
      (text: string) => {
        seen.push(text);
        return text.length;
      },
      { longest: 3 },
    );
    expect(length('abc') + length('abc')).toBe(6);
    expect(seen).toEqual(['abc']);
    // A long text asked again and again (one label, stage after stage) is computed once …
    expect([length('abcd'), length('abcd'), length('abcde'), length('abcd')]).toEqual([4, 4, 5, 4]);
    expect(seen).toEqual(['abc', 'abcd', 'abcde']);
    // … but a third long text makes room by forgetting the long ones; the short ones stay.
    length('abcdef');
    length('abcd');
    length('abc');
    expect(seen).toEqual(['abc', 'abcd', 'abcde', 'abcdef', 'abcd']);
  });

  it('forgets everything when full, then remembers again', () => {
    const seen: string[] = [];
    const same = remember(
      (text: string) => {
        seen.push(text);
        return text;
      },
      { size: 2 },
    );
    for (const text of ['a', 'b', 'a', 'c', 'a', 'c']) same(text);
    // a, b kept; c clears them (full at 2) and is kept; a is computed again and kept beside c.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('freezes an object answer, so a caller cannot change what the next caller gets', () => {
    const make = remember((text: string) => ({ text }));
    const first = make('a');
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { text: string }).text = 'b';
    }).toThrow(TypeError);
    expect(make('a')).toBe(first);
    expect(make('a').text).toBe('a');
  });

  it('passes a non-string through to the function, unremembered', () => {
    let calls = 0;
    const kind = remember((text: string) => {
      calls++;
      return typeof text;
    });
    expect(kind(42 as unknown as string)).toBe('number');
    expect(kind(42 as unknown as string)).toBe('number');
    expect(calls).toBe(2);
  });
});
