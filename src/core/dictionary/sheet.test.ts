import { answerChoices } from './choices';
import { mergeDictionaries, withEntry, withoutEntry } from './edit';
import { DICTIONARY_SHEET, dictionaryFromGrid, layoutDictionary } from './sheet';
import type { Dictionary } from './types';

const dict: Dictionary = {
  entries: [
    { kind: 'indicator', word: '=GPON-X', answer: 'ftth' },
    { kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 },
  ],
};

describe('the dictionary sheet', () => {
  it('is laid out hidden, and reads back as it was', () => {
    const layout = layoutDictionary(dict);
    expect(layout).toMatchObject({ name: DICTIONARY_SHEET, kind: 'dictionary', hidden: true });
    const values = layout.cells.map((row) => row.map((c) => c?.value ?? null));
    expect(values[0]).toEqual(['loại', 'từ', 'nghĩa', 'hệ số']);
    const read = dictionaryFromGrid({ file: '', sheet: DICTIONARY_SHEET, top: 0, left: 0, values });
    expect(read).toEqual({ dictionary: dict, issues: [], lines: [2, 3] });
  });

  it('reports a row a person broke by its row number', () => {
    const grid = {
      file: '',
      sheet: DICTIONARY_SHEET,
      top: 0,
      left: 0,
      values: [
        ['loại', 'từ', 'nghĩa', 'hệ số'],
        ['chỉ tiêu', 'GPON-X', 'ftth', null],
        ['chỉ tiêu', 'ABC', 'what', null],
      ],
    };
    const read = dictionaryFromGrid(grid, 'en');
    expect(read.dictionary.entries).toHaveLength(1);
    expect(read.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['dictionary-line', DICTIONARY_SHEET, 'A3']]);
    expect(dictionaryFromGrid(undefined)).toEqual({ dictionary: { entries: [] }, issues: [], lines: [] });
  });
});

describe('editing', () => {
  it('adds, replaces the same word, removes and merges without changing the given one', () => {
    const added = withEntry(dict, { kind: 'role', word: ' Số TB churn ', answer: 'decrease' });
    expect(added.entries).toHaveLength(3);
    expect(added.entries[2].word).toBe('Số TB churn');
    const replaced = withEntry(added, { kind: 'role', word: 'SO TB CHURN', answer: 'ignore' });
    expect(replaced.entries).toHaveLength(3);
    expect(replaced.entries[2]).toEqual({ kind: 'role', word: 'SO TB CHURN', answer: 'ignore' });
    expect(withoutEntry(replaced, 0).entries).toHaveLength(2);
    expect(dict.entries).toHaveLength(2);
    expect(
      mergeDictionaries(dict, { entries: [{ kind: 'indicator', word: '=gpon-x', answer: 'none' }] }).entries,
    ).toEqual([dict.entries[1], { kind: 'indicator', word: '=gpon-x', answer: 'none' }]);
  });
});

describe('answerChoices', () => {
  it("offers the answers in the person's language", () => {
    expect(answerChoices('indicator', 'vi')).toHaveLength(15);
    expect(answerChoices('indicator', 'en').find((c) => c.value === 'ftth')?.label).toBe('FTTH subscriptions');
    expect(answerChoices('role', 'vi').map((c) => c.value)).toEqual([
      'increase',
      'decrease',
      'opening',
      'current',
      'percent',
      'ignore',
    ]);
    expect(answerChoices('unit', 'vi').some((c) => c.value === 'nghin-thue-bao')).toBe(true);
    expect(answerChoices('enterprise', 'vi')[0].value).toBe('VNPT');
  });
});
