import { chosenSheetNames, loadSettings, parseSettings, saveSettings } from './settings';

describe('pane settings', () => {
  it('keep a known convention and filled sheet names', () => {
    expect(parseSettings('{"convention":"ratio","sheetNames":{"tables":"Biểu 9T","checks":"  ","x":"y"}}')).toEqual({
      convention: 'ratio',
      sheetNames: { tables: 'Biểu 9T' },
    });
  });

  it('fall back to the defaults for unknown or broken values', () => {
    expect(parseSettings('{"convention":"percent"}')).toEqual({ convention: 'change', sheetNames: {} });
    expect(parseSettings('{')).toEqual({ convention: 'change', sheetNames: {} });
    expect(parseSettings(null)).toEqual({ convention: 'change', sheetNames: {} });
    expect(parseSettings('42')).toEqual({ convention: 'change', sheetNames: {} });
  });

  it('round-trip through storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveSettings(storage, { convention: 'index', sheetNames: { breakdown: 'Chi tiết' } });
    expect(loadSettings(storage)).toEqual({ convention: 'index', sheetNames: { breakdown: 'Chi tiết' } });
  });

  it('survive a storage that throws or is missing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadSettings(throwing)).toEqual({ convention: 'change', sheetNames: {} });
    expect(() => saveSettings(throwing, { convention: 'ratio', sheetNames: {} })).not.toThrow();
    expect(loadSettings(undefined).convention).toBe('change');
  });

  it('pass only the names a person filled in, trimmed', () => {
    expect(chosenSheetNames({ tables: ' Biểu 9T ', breakdown: '', checks: '   ' })).toEqual({ tables: 'Biểu 9T' });
  });

  it('keep an outlier threshold that makes sense, and drop one that does not', () => {
    expect(parseSettings('{"convention":"change","outlier":{"above":1.5,"below":-0.3}}')).toEqual({
      convention: 'change',
      sheetNames: {},
      outlier: { above: 1.5, below: -0.3 },
    });
    expect(parseSettings('{"outlier":{"above":1.5,"below":-3}}')).toEqual({ convention: 'change', sheetNames: {} });
    expect(parseSettings('{"outlier":{"above":"2","below":-0.5}}')).toEqual({ convention: 'change', sheetNames: {} });
  });

  it('keep a province that names one, and drop a blank or a number', () => {
    expect(parseSettings('{"province":"Bắc Ninh"}')).toEqual({
      convention: 'change',
      sheetNames: {},
      province: 'Bắc Ninh',
    });
    expect(parseSettings('{"province":"  "}')).toEqual({ convention: 'change', sheetNames: {} });
    expect(parseSettings('{"province":5}')).toEqual({ convention: 'change', sheetNames: {} });
  });
});
