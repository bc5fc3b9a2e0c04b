/**
 * What the browser test needs around the page: the production bundle (built when missing or
 * older than its sources), a static server on 127.0.0.1, Debian's Chromium with the flags this
 * machine needs, office.js served from @microsoft/office-js/dist, and the Excel test double
 * bundled for the browser.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

/** Newest modification time under a path (a file or a folder, recursively). */
function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

/** Where the browser test notes which sources its last production build was made from. */
const STAMP = path.join(ROOT, 'node_modules/.cache/tttt-browser-build.json');

/**
 * Builds dist/ with `webpack --mode production` unless the last build this test made is newer
 * than every source. (webpack leaves unchanged outputs unwritten, so dist's own dates cannot say.)
 */
export function ensureProductionBuild(): { built: boolean; ms: number } {
  const page = path.join(DIST, 'taskpane.html');
  const sources = Math.max(
    ...['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json', 'tsconfig.json'].map((p) =>
      newest(path.join(ROOT, p)),
    ),
  );
  const stamp = fs.existsSync(STAMP)
    ? (JSON.parse(fs.readFileSync(STAMP, 'utf8')) as { sources: number; page: number })
    : null;
  if (fs.existsSync(page) && stamp && stamp.sources >= sources && stamp.page === fs.statSync(page).mtimeMs)
    return { built: false, ms: 0 };
  const t0 = Date.now();
  execFileSync(path.join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 600_000,
  });
  if (!fs.existsSync(page)) throw new Error('webpack did not produce dist/taskpane.html');
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, JSON.stringify({ sources, page: fs.statSync(page).mtimeMs }));
  return { built: true, ms: Date.now() - t0 };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static server for a folder on 127.0.0.1 and a free port; only files under the folder are served. */
export async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(folder, rel);
    if (!file.startsWith(folder + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Debian's Chromium, headless, in a fresh profile. Without the background-networking flags its
 * connections are refused on this machine.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 350, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** office.js's telemetry: a hidden frame it adds 3 s after loading, whenever that falls in a test. */
export const TELEMETRY = /^https?:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

/** Whether a console message is about office.js's telemetry frame (its text or its source names it). */
export function aboutTelemetry(message: { text(): string; location(): { url: string } }): boolean {
  return (
    /telemetryservice\.firstpartyapps\.oaspapps\.com/.test(message.text()) || TELEMETRY.test(message.location().url)
  );
}

/**
 * Serves Office's CDN (appsforoffice.microsoft.com/lib/1/hosted/…) from the local package, and
 * appends `afterOffice` to office.js itself so a test can hook Office before the bundle runs.
 * office.js's telemetry frame is aborted, always the same way, and counted apart: whether its 3 s
 * timer fires during a test is timing, and must not decide the test (the pane's
 * Content-Security-Policy blocks the frame before it asks anyway). Any other request off
 * 127.0.0.1 is refused: the pane must not need the network.
 */
export async function routeOffice(
  context: BrowserContext,
  afterOffice: string,
): Promise<{ officeRequests: string[]; refused: string[]; telemetry: string[] }> {
  const officeRequests: string[] = [];
  const refused: string[] = [];
  const telemetry: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, async (route) => {
    const url = new URL(route.request().url());
    if (TELEMETRY.test(url.href)) {
      telemetry.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const rel = url.hostname === 'appsforoffice.microsoft.com' ? url.pathname.replace(/^\/lib\/1\/hosted\//, '') : null;
    const file = rel ? path.join(OFFICE_DIST, rel) : null;
    if (!rel || !file || !file.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(file)) {
      refused.push(url.href);
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    officeRequests.push(rel);
    let body = fs.readFileSync(file, 'utf8');
    if (rel === 'office.js') body += `\n;${afterOffice}\n`;
    await route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body });
  });
  return { officeRequests, refused, telemetry };
}

/** The Excel test double and the seeding code as one browser script (IIFE) built by esbuild. */
export async function bundleDouble(entry: string): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
