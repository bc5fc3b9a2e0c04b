import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A LibreOffice user profile whose locale is vi-VN, so a report renders as Vietnamese readers
 * expect (1.234.567, -28%) whatever the machine's locale. LibreOffice reads the locale for
 * number formats from the profile's ooSetupSystemLocale.
 */
export function vietnameseProfile(dir: string): string {
  const user = path.join(dir, 'user');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** CSV filter: comma, quote, UTF-8 (76), from line 1, cells as shown, every sheet to its own file (-1). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Converts a workbook with LibreOffice headless; returns the files written into outDir. */
export function convert(file: string, to: 'csv' | 'pdf', outDir: string, profile: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to === 'csv' ? CSV_ALL_SHEETS : 'pdf',
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const stem = path.basename(file, path.extname(file));
  return fs
    .readdirSync(outDir)
    .filter((f) => f.startsWith(stem) && f.endsWith(`.${to}`))
    .map((f) => path.join(outDir, f));
}

/** Parses CSV as LibreOffice writes it (quotes doubled inside quoted fields). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
