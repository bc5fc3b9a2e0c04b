import fc from 'fast-check';
import { findPhrase, matchIndicator, toPhrase } from '../catalogue';
import { convert } from '../units';
import {
  dictionaryEnterprise,
  dictionaryIndicator,
  dictionaryRole,
  dictionaryUnit,
  enterpriseEntry,
  roleEntry,
  taughtUnit,
} from './lookup';
import type { Dictionary, DictionaryEntry, EntryKind } from './types';

const dict: Dictionary = {
  entries: [
    { kind: 'indicator', word: 'GPON-X', answer: 'ftth' },
    { kind: 'indicator', word: 'Thuê bao GPON-X trả trước', answer: 'none' },
    { kind: 'role', word: 'Số TB churn', answer: 'decrease' },
    { kind: 'role', word: 'churn', answer: 'ignore' },
    { kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 },
    { kind: 'unit', word: 'bao 50kg', answer: 'kg', multiplier: 50 },
    { kind: 'enterprise', word: 'Viễn thông Miền Đông', answer: 'VNPT' },
    { kind: 'enterprise', word: 'Bưu cục Hạ Long Xanh', answer: 'Hạ Long Xanh' },
  ],
};

describe('dictionaryIndicator', () => {
  it('teaches a label as a standard indicator, whatever the marks, case and punctuation', () => {
    for (const label of [
      'GPON-X',
      'gpon x',
      'Thuê bao GPON-X',
      '- TB GPON X (thuê bao)',
      toPhrase('2. Thuê bao GPON–X'),
    ]) {
      const match = dictionaryIndicator(dict, label);
      expect([label, match?.kind === 'standard' ? match.indicator.id : match]).toEqual([label, 'ftth']);
    }
  });

  it('the whole label first, then the longest word', () => {
    expect(dictionaryIndicator(dict, 'Thuê bao GPON-X trả trước')).toEqual({
      kind: 'other',
      name: 'Thuê bao GPON-X trả trước',
    });
  });

  it('does not take a word inside a label the catalogue reads otherwise', () => {
    expect(dictionaryIndicator(dict, 'Doanh thu GPON-X')).toBeNull();
    expect(dictionaryIndicator(dict, 'Thuê bao FTTH (gồm GPON-X)')).toBeNull();
  });

  it('null with no entry, no dictionary or no text', () => {
    expect(dictionaryIndicator(dict, 'Thuê bao ADSL')).toBeNull();
    expect(dictionaryIndicator(undefined, 'GPON-X')).toBeNull();
    expect(dictionaryIndicator({ entries: [] }, 'GPON-X')).toBeNull();
    expect(dictionaryIndicator(dict, '')).toBeNull();
  });

  it('a later entry for the same word wins', () => {
    const twice: Dictionary = {
      entries: [
        { kind: 'indicator', word: 'GPON', answer: 'ftth' },
        { kind: 'indicator', word: 'gpon', answer: 'broadband-xdsl' },
      ],
    };
    const m = dictionaryIndicator(twice, 'GPON');
    expect(m?.kind === 'standard' && m.indicator.id).toBe('broadband-xdsl');
  });

  it('is a drop-in before matchIndicator', () => {
    const read = (label: string) => dictionaryIndicator(dict, label) ?? matchIndicator(label);
    expect(read('Điện thoại DĐ trả trước')?.kind).toBe('standard');
    expect(read('Thuê bao GPON-X')?.kind).toBe('standard');
  });
});

describe('dictionaryRole', () => {
  it('a header exactly, else the longest word in it', () => {
    expect(dictionaryRole(dict, toPhrase('Số TB churn'))).toBe('decrease');
    expect(dictionaryRole(dict, 'SỐ TB CHURN (9 tháng)')).toBe('decrease');
    expect(dictionaryRole(dict, 'Churn')).toBe('ignore');
    expect(dictionaryRole(dict, 'Số tăng')).toBeNull();
  });
});

describe('dictionaryUnit', () => {
  it("a unit cell, a label's brackets, a title line", () => {
    for (const text of [
      'nghìn chiếc máy',
      'Nghìn chiếc máy',
      'Thuê bao di động (nghìn chiếc máy)',
      'Đơn vị tính: nghìn chiếc máy',
    ]) {
      expect([text, dictionaryUnit(dict, text)?.code]).toEqual([text, 'nghin-thue-bao']);
    }
    expect(dictionaryUnit(dict, 'chiếc máy')).toBeNull();
    expect(dictionaryUnit(dict, 'Thuê bao máy cố định')).toBeNull();
  });

  it('converts with the multiplier', () => {
    expect(convert(2.5, dictionaryUnit(dict, 'nghìn chiếc máy')!, 'thue-bao')).toBe(2500);
    const sack = dictionaryUnit(dict, 'bao 50kg')!;
    expect(sack.dimension).toBe('mass');
    expect(convert(3, sack, 'kg')).toBe(150);
    expect(convert(3, sack, 'tan')).toBe(0.15);
  });

  it("taughtUnit finds the table's unit of that size", () => {
    expect(taughtUnit('dong', 1e6)?.code).toBe('trieu-dong');
    expect(taughtUnit('kg', 1000)?.code).toBe('tan');
    expect(taughtUnit('cai')?.code).toBe('cai');
    expect(taughtUnit('xyz')).toBeNull();
  });
});

describe('dictionaryEnterprise', () => {
  it("a catalogue enterprise, or a group of the office's own", () => {
    expect(dictionaryEnterprise(dict, 'CHI NHÁNH VIỄN THÔNG MIỀN ĐÔNG')?.name).toBe('VNPT');
    const own = dictionaryEnterprise(dict, 'Bưu cục Hạ Long Xanh - báo cáo quý III');
    expect(own?.name).toBe('Hạ Long Xanh');
    expect(own?.sectors).toEqual(['telecom', 'postal']);
    expect(dictionaryEnterprise(dict, 'Viettel')).toBeNull();
  });
});

describe('look-ups in a large dictionary', () => {
  it('takes the longest entry found in a label, wherever the dictionary lists it', () => {
    const taught: Dictionary = {
      entries: [
        { kind: 'role', word: 'TB rời mạng trả trước', answer: 'ignore' },
        { kind: 'role', word: 'TB rời mạng', answer: 'decrease' },
        { kind: 'role', word: 'rời mạng trả', answer: 'increase' },
      ],
    };
    expect(dictionaryRole(taught, 'Số TB rời mạng trả trước trong kỳ')).toBe('ignore');
    expect(dictionaryRole(taught, 'Số TB rời mạng trả sau')).toBe('increase');
    expect(dictionaryRole(taught, 'Số TB rời mạng')).toBe('decrease');
  });

  it('takes a dictionary of 200,000 enterprises (more than a call takes arguments)', () => {
    const many: Dictionary = {
      entries: Array.from({ length: 200_000 }, (_, i) => ({
        kind: 'enterprise' as const,
        word: `DN số ${i}`,
        answer: `DN ${i}`,
      })),
    };
    expect(dictionaryEnterprise(many, 'Công ty DN số 199999')?.name).toBe('DN 199999');
  });

  // Words that make up both the entries and the labels, so entries are found inside labels often.
  const WORDS = ['thue', 'bao', 'gpon', 'x', 'tra', 'truoc', 'sau', 'di', 'dong', 'doanh', 'thu', 'mien'];
  const phrase = (min: number, max: number) =>
    fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
  const entries: fc.Arbitrary<DictionaryEntry[]> = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('role' as const),
        word: phrase(1, 4),
        answer: fc.constantFrom('decrease' as const, 'ignore' as const),
      }),
      fc.record({
        kind: fc.constant('enterprise' as const),
        word: phrase(1, 4),
        answer: fc.constantFrom('VNPT', 'FPT'),
      }),
    ),
    { maxLength: 40 },
  );

  /** The look-up as it was: every entry of the kind searched for in the label, the longest first. */
  function searched(taught: DictionaryEntry[], kind: EntryKind, label: string): DictionaryEntry | null {
    const seen = new Set<string>();
    const list: { phrase: string; entry: DictionaryEntry }[] = [];
    for (const entry of [...taught].reverse()) {
      const own = toPhrase(entry.word);
      if (entry.kind !== kind || seen.has(own)) continue;
      seen.add(own);
      list.push({ phrase: own, entry });
    }
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    return list.find((x) => findPhrase(toPhrase(label), x.phrase) >= 0)?.entry ?? null;
  }

  it("finds what searching every entry finds, by looking up the runs of the label's words", () => {
    fc.assert(
      // Labels made of taught words and others, so that entries of several words are found in them.
      fc.property(
        entries.chain((taught) =>
          fc.tuple(
            fc.constant(taught),
            fc
              .array(fc.oneof(phrase(1, 2), fc.constantFrom('x', ...taught.map((t) => t.word))), {
                minLength: 1,
                maxLength: 4,
              })
              .map((parts) => parts.join(' ')),
          ),
        ),
        ([taught, label]) => {
          const dict: Dictionary = { entries: taught };
          expect(roleEntry(dict, label)).toBe(searched(taught, 'role', label));
          expect(enterpriseEntry(dict, label)).toBe(searched(taught, 'enterprise', label));
        },
      ),
    );
  });
});
