import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import type { BuildResult } from '../core';
import { buildResult, issue, referenceTables, submission } from '../../test/support/fixtures';
import { jsonPieces, toJsonResult, writeJsonFile } from './jsonResult';

const [telecom, postal] = referenceTables();
/** The reference's revenue row and first postal row (its change not a number), a submission and an issue. */
const result: BuildResult = buildResult({
  tables: [
    { ...telecom, rows: [telecom.rows[6]] },
    { ...postal, rows: [{ ...postal.rows[0], yoy: Number.NaN }] },
  ],
  submissions: [submission({ file: 'a.xlsx', sheet: 'BC', period: null, rows: 7, unrecognised: 1, correction: true })],
  issues: [issue({ file: 'a.xlsx', sheet: 'BC', enterprise: 'VNPT', indicator: 'fixed-wired' })],
});

describe('toJsonResult', () => {
  const json = toJsonResult(result);
  it('writes only the documented keys, in order, with null for what does not apply', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      period: '9T/2015',
      figures: { used: 0, unused: 0 },
      tables: [
        {
          id: 'telecom',
          title: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015',
          rows: [
            {
              stt: 7,
              indicator: 'telecom-revenue',
              label: 'Doanh thu',
              unit: 'Triệu đồng',
              increase: null,
              decrease: null,
              yoy: 0.66,
              current: 2466410,
            },
          ],
        },
        {
          id: 'postal',
          title: 'KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2015',
          rows: [
            {
              stt: 1,
              indicator: 'press-distribution',
              label: 'Sản lượng phát hành báo chí',
              unit: 'Tờ, cuốn',
              increase: 7162000,
              yoy: null,
            },
          ],
        },
      ],
      submissions: [
        { file: 'a.xlsx', sheet: 'BC', enterprise: 'VNPT', sector: 'telecom', period: null, rows: 7, unrecognised: 1 },
      ],
      issues: [{ severity: 'warning', code: 'repeated-figure', message: 'm', file: 'a.xlsx', sheet: 'BC', cell: 'D7' }],
    });
    expect(Object.keys(json.tables[0].rows[0])).toEqual([
      'stt',
      'indicator',
      'label',
      'unit',
      'increase',
      'decrease',
      'yoy',
      'current',
    ]);
    expect(Object.keys(json.tables[1].rows[0])).toEqual(['stt', 'indicator', 'label', 'unit', 'increase', 'yoy']);
  });
});

describe('jsonPieces and writeJsonFile', () => {
  // JSON values, and what JSON.stringify leaves out or turns to null: undefined members, functions.
  const value = fc.letrec((tie) => ({
    any: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      fc.array(tie('any')),
      fc.dictionary(fc.string(), tie('any')),
    ),
  })).any;

  it('gives JSON.stringify(value, null, 2), byte for byte, at every depth it opens', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, depth) => {
        expect([...jsonPieces(v, depth)].join('')).toBe(JSON.stringify(v, null, 2) ?? 'null');
      }),
    );
  });

  it('leaves out undefined members and functions as JSON.stringify does, and keeps a toJSON', () => {
    const v = { a: undefined, b: () => 1, c: [undefined, () => 1], d: new Date(0), e: 'x\ny', f: [] };
    expect([...jsonPieces(v, 3)].join('')).toBe(JSON.stringify(v, null, 2));
  });

  it('writes a result of many issues in pieces, the same bytes as one JSON.stringify and a newline', () => {
    const many = toJsonResult({
      ...result,
      issues: Array.from({ length: 2000 }, (_, n) => issue({ cell: `D${n + 1}` })),
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-json-')), 'r.json');
    writeJsonFile(file, many);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.length).toBeGreaterThan(1 << 17); // more than one piece
    expect(text).toBe(JSON.stringify(many, null, 2) + '\n');
  });
});
