import { en } from './en';
import { format, localeOf, tables, translator } from './index';
import { vi } from './vi';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]))].sort();

describe('string tables', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(vi).length).toBeGreaterThan(40);
  });

  it('use the same parameters for each key in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(vi[key])]);
    }
  });

  it('have no empty string and Vietnamese text in NFC', () => {
    for (const table of Object.values(tables)) {
      for (const [key, text] of Object.entries(table)) {
        expect([key, text.trim().length > 0]).toEqual([key, true]);
        expect([key, text.normalize('NFC')]).toEqual([key, text]);
      }
    }
  });

  it('name the build button as users say it', () => {
    expect(vi.buildButton).toBe('Tạo biểu');
    expect(vi.importButton).toBe('Nhập tệp');
    expect(en.buildButton).toBe('Build tables');
  });
});

describe('localeOf', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['vi-VN', 'vi'],
    ['fr-FR', 'vi'],
    ['', 'vi'],
    [undefined, 'vi'],
    [null, 'vi'],
  ])('%s → %s', (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });

  it('does not take a language merely starting with the letters "en" elsewhere', () => {
    expect(localeOf('env')).toBe('vi');
  });
});

describe('format and translator', () => {
  it('fills parameters, repeated ones too', () => {
    expect(format('{a}+{a}={b}', { a: 1, b: 2 })).toBe('1+1=2');
  });

  it('leaves an unknown parameter visible', () => {
    expect(format('{count} vấn đề', {})).toBe('{count} vấn đề');
  });

  it('picks the English singular for exactly 1 and the plural otherwise', () => {
    const t = translator('en');
    expect(t('problemsCount', { count: 1 })).toBe('1 problem');
    expect(t('problemsCount', { count: 0 })).toBe('0 problems');
    expect(t('submissionsSummary', { count: 1, sheets: 2 })).toBe('1 submission on 2 sheets');
    expect(format('{n|one|other}', {})).toBe('{n|one|other}');
  });

  it('translates with parameters in each language', () => {
    expect(translator('vi')('problemsCount', { count: 3 })).toBe('3 vấn đề');
    expect(translator('en')('problemsCount', { count: 3 })).toBe('3 problems');
  });
});
