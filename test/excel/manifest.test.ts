/**
 * The manifest: read offline by office-addin-manifest, one shared runtime, the ribbon's
 * ExecuteFunction matching the handler, Vietnamese overrides for every string, real icons.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { BUILD_ACTION } from '../../src/commands/actions';
import { REQUIRED_EXCEL_API } from '../../src/excel/requirements';

const root = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is read offline by office-addin-manifest info', () => {
    const bin = path.join(root, 'node_modules', '.bin', 'office-addin-manifest');
    const out = execFileSync(bin, ['info', 'manifest.xml'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(out).toMatch(/Id: 1f0d1c30-7fad-4cfd-8a84-867e9b4fc9e9/);
    expect(out).toMatch(/Hosts: Workbook/);
    expect(out).toMatch(/Permissions: ReadWriteDocument/);
  });

  it('runs everything in one long-lifetime shared runtime', () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\s*\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\s*\/>\s*<\/Page>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane\.Url"\s*\/>/);
    expect(xml).not.toMatch(/TaskpaneId/);
    expect(xml.match(/<Permissions>(\w+)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
  });

  it('declares what the add-in cannot run without: SharedRuntime 1.1 and the ExcelApi version the adapter requires', () => {
    const sets = [...xml.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\s*\/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toEqual([
      ['SharedRuntime', '1.1'],
      ['ExcelApi', REQUIRED_EXCEL_API],
    ]);
  });

  it('has Build tables (ExecuteFunction, the handler commands.ts registers) and Show task pane on the Home tab', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml.match(/<FunctionName>([^<]+)<\/FunctionName>/)?.[1]).toBe(BUILD_ACTION);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('names the TTTT namespace and the Vietnamese functions metadata', () => {
    expect(xml).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="TTTT"\s*\/>/);
    expect(xml).toMatch(/<bt:Override Locale="vi-vn" Value="https:\/\/localhost:3000\/functions-vi\.json"\s*\/>/);
  });

  it('gives every string but the namespace a vi-vn override, in NFC', () => {
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*"\s*(\/>|>([\s\S]*?)<\/bt:String>)/g)];
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const [, id, , body] of strings) {
      if (id === 'Functions.Namespace') continue;
      expect([id, /<bt:Override Locale="vi-vn" Value="[^"]+"/.test(body ?? '')]).toEqual([id, true]);
    }
    expect(xml.normalize('NFC')).toBe(xml);
  });

  it('points at icons that are real PNGs of the stated sizes', () => {
    for (const size of [16, 32, 64, 80]) {
      const file = path.join(root, 'assets', `icon-${size}.png`);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      // The image data inflates to size rows of (1 + 4·size) bytes.
      const idat = png.indexOf('IDAT');
      const length = png.readUInt32BE(idat - 4);
      expect(zlib.inflateSync(png.subarray(idat + 4, idat + 4 + length)).length).toBe(size * (1 + 4 * size));
    }
    for (const [, url] of xml.matchAll(/"https:\/\/localhost:3000\/(assets\/[^"]+)"/g)) {
      expect(fs.existsSync(path.join(root, url))).toBe(true);
    }
  });
});
