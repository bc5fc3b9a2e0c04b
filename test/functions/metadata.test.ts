import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const functionsFile = path.join(root, 'src', 'functions', 'functions.ts');
const viStrings = JSON.parse(fs.readFileSync(path.join(root, 'src', 'functions', 'vi.json'), 'utf8'));
const ViMetadataPlugin = require('../../src/functions/metadata/vi-metadata-plugin.js');

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

/** Every function of issue 4, with its parameters in order: [name, matrix?, optional?, repeating?]. */
const expected: Record<string, [string, 'matrix' | 'scalar', 'optional'?, 'repeating'?][]> = {
  YOY: [
    ['current', 'matrix'],
    ['previous', 'matrix'],
    ['convention', 'scalar', 'optional'],
  ],
  NUM: [['value', 'matrix']],
  TOUNIT: [
    ['value', 'matrix'],
    ['fromUnit', 'matrix'],
    ['toUnit', 'scalar'],
  ],
  INDICATOR: [
    ['label', 'matrix'],
    ['sector', 'scalar', 'optional'],
  ],
  LABEL: [
    ['indicator', 'matrix'],
    ['language', 'scalar', 'optional'],
  ],
  STOCK: [
    ['opening', 'matrix'],
    ['increase', 'matrix'],
    ['decrease', 'matrix'],
  ],
  CHECK: [
    ['opening', 'matrix'],
    ['increase', 'matrix'],
    ['decrease', 'matrix'],
    ['closing', 'matrix'],
  ],
  PERIOD: [
    ['text', 'matrix'],
    ['language', 'scalar', 'optional'],
  ],
  SAMEPERIOD: [
    ['period', 'matrix'],
    ['language', 'scalar', 'optional'],
  ],
  CHANGETEXT: [
    ['current', 'matrix'],
    ['previous', 'matrix'],
    ['language', 'scalar', 'optional'],
  ],
  FIX: [
    ['text', 'matrix'],
    ['font', 'scalar', 'optional'],
  ],
  SUMIND: [
    ['indicator', 'scalar'],
    ['ranges', 'matrix', 'optional', 'repeating'],
  ],
};

let english: { functions: FunctionMetadata[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(functionsFile);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson);
});

describe('functions.json generated from the JSDoc', () => {
  it('has exactly the functions of issue 4, ids ASCII upper-case, names equal to ids', () => {
    expect(english.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(expected).sort());
    for (const fn of english.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
      expect(fn.name).toBe(fn.id);
    }
  });

  it.each(Object.entries(expected))('%s has its parameters in order, with shapes and flags', (id, parameters) => {
    const fn = english.functions.find((f) => f.id === id)!;
    expect(
      fn.parameters.map((p) => [
        p.name,
        p.dimensionality ?? 'scalar',
        p.optional ? 'optional' : undefined,
        p.repeating ? 'repeating' : undefined,
      ]),
    ).toEqual(parameters.map(([name, dim, opt, rep]) => [name, dim, opt, rep]));
  });

  it("shares no name with an Excel built-in (the custom-functions docs: avoid any language's built-in names)", () => {
    // Built-ins near the add-in's words, in English and as Vietnamese Excel keeps them (English names).
    const builtIns = ['CONVERT', 'FIXED', 'VALUE', 'NUMBERVALUE', 'TEXT', 'STOCKHISTORY', 'SUM', 'SUMIF', 'INDEX'];
    expect(english.functions.map((fn) => fn.id).filter((id) => builtIns.includes(id))).toEqual([]);
  });

  it('returns arrays where a column goes in, a single figure for SUMIND', () => {
    for (const fn of english.functions)
      expect(fn.result.dimensionality).toBe(fn.id === 'SUMIND' ? undefined : 'matrix');
  });

  it('describes every function and parameter in English', () => {
    for (const fn of english.functions) {
      expect(fn.description).toMatch(/^[A-Z].{20,}\.$/s);
      for (const p of fn.parameters) expect(p.description).toMatch(/^[A-Z"(].{8,}/);
    }
    expect(english.functions.find((f) => f.id === 'YOY')!.description).toBe(
      'Compares a figure with the same period last year: change (default), ratio or index.',
    );
  });
});

describe('functions-vi.json derived from it', () => {
  it('keeps ids, parameter order, types and flags; localises names and descriptions in NFC', () => {
    const { metadata, errors } = ViMetadataPlugin.localise(english, viStrings);
    expect(errors).toEqual([]);
    const vi = metadata.functions as FunctionMetadata[];
    expect(vi.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
    vi.forEach((fn, i) => {
      const en = english.functions[i];
      expect(fn.name).toBe(en.id); // ids and names stay ASCII (see vi.json)
      expect(fn.description).toBe(viStrings[fn.id].description);
      expect(fn.description).not.toBe(en.description);
      expect(fn.description!.normalize('NFC')).toBe(fn.description);
      expect(fn.parameters.map(({ name, description, ...rest }) => rest)).toEqual(
        en.parameters.map(({ name, description, ...rest }) => rest),
      );
      fn.parameters.forEach((p, j) => {
        expect(p.name).toBe(viStrings[fn.id].parameters[en.parameters[j].name].name);
        expect(p.name).toMatch(/^[\p{L}_]+$/u);
        expect(p.description!.length).toBeGreaterThan(8);
        expect(p.name.normalize('NFC') + p.description!.normalize('NFC')).toBe(p.name + p.description);
      });
    });
    expect(vi.find((fn) => fn.id === 'YOY')!.parameters[1]).toMatchObject({
      name: 'cùng_kỳ',
      dimensionality: 'matrix',
      type: 'any',
    });
    expect(vi.find((fn) => fn.id === 'SUMIND')!.parameters[1]).toMatchObject({
      name: 'vùng',
      repeating: true,
      dimensionality: 'matrix',
    });
  });

  it('says what is missing or stray, and normalises decomposed text to NFC', () => {
    const strings = structuredClone(viStrings);
    delete strings.NUM;
    delete strings.YOY.parameters.convention;
    strings.FIX.parameters.colour = { name: 'màu', description: 'Không có' };
    strings.GONE = { description: 'Đã bỏ' };
    strings.CHECK.description = 'Kiểm tra'.normalize('NFD');
    const { metadata, errors } = ViMetadataPlugin.localise(english, strings);
    expect(errors.sort()).toEqual([
      'FIX(colour): in vi.json but not a parameter',
      'GONE: in vi.json but not a function',
      'NUM: no Vietnamese strings in vi.json',
      'YOY(convention): no Vietnamese strings in vi.json',
    ]);
    expect(metadata.functions.find((fn: FunctionMetadata) => fn.id === 'CHECK').description).toBe(
      'Kiểm tra'.normalize('NFC'),
    );
  });

  it('is emitted by the webpack plugin next to functions.json', async () => {
    const webpack = require('webpack');
    const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-vi-metadata-'));
    const entry = path.join(out, 'entry.js');
    fs.writeFileSync(entry, 'module.exports = 1;\n');
    const stats = await new Promise<{ hasErrors(): boolean; toString(o: unknown): string }>((resolve, reject) =>
      webpack({
        mode: 'development',
        devtool: false,
        context: root,
        entry,
        output: { path: out, filename: 'bundle.js' },
        plugins: [
          new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionsFile }),
          new ViMetadataPlugin({ input: 'functions.json', output: 'functions-vi.json' }),
        ],
      }).run((error: Error | null, result: { hasErrors(): boolean; toString(o: unknown): string }) =>
        error ? reject(error) : resolve(result),
      ),
    );
    expect(stats.hasErrors() ? stats.toString('errors-only') : '').toBe('');
    const written = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8'));
    const vi = JSON.parse(fs.readFileSync(path.join(out, 'functions-vi.json'), 'utf8'));
    expect(written.functions.map((fn: FunctionMetadata) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
    expect(vi).toEqual(ViMetadataPlugin.localise(english, viStrings).metadata);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
