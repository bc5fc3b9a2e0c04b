/**
 * How well the reader reads layouts nobody tuned it for (not a test).
 *
 * Generates N workbooks of the layout corpus (scripts/corpus: seeded, each with its truth) into a
 * temp folder, reads each with the command line's reader (`readWorkbook`) and builds it alone with
 * `build(grids, { period })` under the period the workbook is about; a workbook that states its
 * period is also built without one. Each truth figure is then right, flagged (an issue names its
 * cell) or silent, and each fact that is not right and whose cell no issue names is false (see
 * scripts/corpus/score.ts).
 *
 * The facts scored are the reader's, as the build reads each sheet, before months are added up
 * into a cumulative period; the issues are every issue of the file and the build
 * (scripts/corpus/run.ts).
 *
 * Prints: one table overall, the reader's warnings that name no figure it missed (false alarms),
 * one per habit (worst first), a few silent figures and false facts to
 * look at (`npx tsx scripts/corpus/show.ts --seed S --index I` draws a workbook as text), and timing.
 *
 * Work is shared between worker threads (`--workers`, two by default) over one temp folder.
 *
 * Run: `npm run bench:reader [-- --n 5000 --seed 1 --workers 2 --keep --list]` (`--keep` leaves the
 * folder, the workbooks and their truths; `--list` names every workbook with a silent or false figure).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { generateWorkbook, type CorpusWorkbook } from '../scripts/corpus/generate';
import { addScore, emptyScore, formatTable, scoreWorkbook, type Score, type ScoreRow } from '../scripts/corpus/score';
import { scoreFile } from '../scripts/corpus/run';
import { workbookBytes } from '../scripts/corpus/sheet';
import { argValue, truthRecord } from '../scripts/corpus/write';

/** What one worker found over its share of the corpus. */
interface Share {
  overall: Score;
  noPeriod: Score;
  stated: number;
  habits: ScoreRow[];
  failures: string[];
  times: { generate: number; write: number; read: number; build: number };
}

/** Scores the workbooks `index ≡ part (mod parts)` of `0..n-1`. */
async function runShare(
  seed: number,
  n: number,
  part: number,
  parts: number,
  dir: string,
  keep: boolean,
): Promise<Share> {
  const times = { generate: 0, write: 0, read: 0, build: 0 };
  const overall = emptyScore();
  const noPeriod = emptyScore();
  let stated = 0;
  const habits = new Map<string, ScoreRow>();
  const failures: string[] = [];
  const indices: number[] = [];
  for (let i = part; i < n; i += parts) indices.push(i);

  // A small pipeline: the next workbooks are drawn and written while one is read.
  const AHEAD = 3;
  const prepare = async (i: number) => {
    let t = performance.now();
    const wb = generateWorkbook(seed, i);
    const bytes = await workbookBytes(wb.sheets, { store: true });
    times.generate += performance.now() - t;
    t = performance.now();
    const file = path.join(dir, wb.file);
    await fs.promises.writeFile(file, bytes);
    if (keep) await fs.promises.writeFile(`${file}.truth.json`, JSON.stringify(truthRecord(wb), null, 1));
    times.write += performance.now() - t;
    return { wb, file };
  };
  const queue: Promise<{ wb: CorpusWorkbook; file: string }>[] = [];
  for (let j = 0; j < Math.min(AHEAD, indices.length); j++) queue.push(prepare(indices[j]));
  for (let j = 0; j < indices.length; j++) {
    const { wb, file } = await queue.shift()!;
    if (j + AHEAD < indices.length) queue.push(prepare(indices[j + AHEAD]));
    let s: Awaited<ReturnType<typeof scoreFile>>;
    try {
      s = await scoreFile(file, wb, times);
    } catch (error) {
      failures.push(`${wb.file}: ${error instanceof Error ? error.message : String(error)}`);
      s = {
        withPeriod: scoreWorkbook(wb.truth, []),
        withoutPeriod: wb.stated ? scoreWorkbook(wb.truth, []) : null,
      };
    }
    addScore(overall, s.withPeriod, Infinity);
    if (s.withoutPeriod) {
      stated++;
      addScore(noPeriod, s.withoutPeriod, Infinity);
    }
    for (const h of wb.habits) {
      const row = habits.get(h) ?? { name: h, workbooks: 0, score: emptyScore() };
      row.workbooks++;
      addScore(row.score, s.withPeriod, 0);
      habits.set(h, row);
    }
    if (!keep) await fs.promises.rm(file, { force: true });
    if (part === 0 && (j + 1) % 250 === 0) process.stderr.write(`  ${(j + 1) * parts}/${n}\n`);
  }
  return { overall, noPeriod, stated, habits: [...habits.values()], failures, times };
}

function merge(shares: Share[]): Share {
  const all: Share = {
    overall: emptyScore(),
    noPeriod: emptyScore(),
    stated: 0,
    habits: [],
    failures: [],
    times: { generate: 0, write: 0, read: 0, build: 0 },
  };
  const habits = new Map<string, ScoreRow>();
  for (const s of shares) {
    addScore(all.overall, s.overall, Infinity);
    addScore(all.noPeriod, s.noPeriod, Infinity);
    all.stated += s.stated;
    all.failures.push(...s.failures);
    for (const k of Object.keys(all.times) as (keyof Share['times'])[]) all.times[k] += s.times[k];
    for (const h of s.habits) {
      const row = habits.get(h.name) ?? { name: h.name, workbooks: 0, score: emptyScore() };
      row.workbooks += h.workbooks;
      addScore(row.score, h.score, 0);
      habits.set(h.name, row);
    }
  }
  all.habits = [...habits.values()];
  return all;
}

/** Runs share `part` of `parts` in a worker thread (the same file, under tsx's loader). */
function inWorker(seed: number, n: number, part: number, parts: number, dir: string, keep: boolean): Promise<Share> {
  return new Promise((resolve, reject) => {
    // A worker starts plain Node: register tsx's require hook, then load this file.
    const boot = `require('tsx/cjs'); require(${JSON.stringify(__filename)});`;
    const worker = new Worker(boot, { eval: true, workerData: { seed, n, part, parts, dir, keep } });
    worker.once('message', (share: Share) => resolve(share));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker ${part} stopped with code ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const n = argValue(args, 'n', 5000);
  const seed = argValue(args, 'seed', 1);
  const keep = args.includes('--keep');
  const workers = Math.max(1, argValue(args, 'workers', Math.min(2, os.cpus().length)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-bench-reader-'));
  const started = performance.now();
  const shares =
    workers === 1
      ? [await runShare(seed, n, 0, 1, dir, keep)]
      : await Promise.all(Array.from({ length: workers }, (_, part) => inWorker(seed, n, part, workers, dir, keep)));
  const { overall, noPeriod, stated, habits, failures, times } = merge(shares);
  const total = (performance.now() - started) / 1000;

  console.log(`\nbench:reader — ${n} workbooks, seed ${seed}\n`);
  console.log(
    formatTable('', [
      { name: 'with the period (build --period)', workbooks: n, score: overall },
      { name: 'without a period (stated only)', workbooks: stated, score: noPeriod },
    ]),
  );
  const codes = Object.entries(overall.alarmCodes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, k]) => `${code} ${k}`)
    .join(', ');
  console.log(
    `\nReader warnings (with the period): ${overall.warnings}, of which ${overall.alarms} name no figure it missed${codes ? ` (${codes})` : ''}.`,
  );
  const rate = (r: ScoreRow) => (r.score.figures ? (r.score.right + r.score.flagged) / r.score.figures : 1);
  const rows = habits.sort(
    (a, b) => rate(a) - rate(b) || b.score.false - a.score.false || a.name.localeCompare(b.name),
  );
  console.log(`\n${formatTable('Per habit (a workbook counts under every habit it has; with the period):', rows)}`);

  const where = (f: { file: string; sheet: string; cell: string }) => `${f.file} ${f.sheet}!${f.cell}`;
  if (overall.silentFigures.length > 0) {
    console.log('\nSome silent figures (file sheet!cell: indicator measure period value):');
    for (const f of overall.silentFigures.slice(0, 12))
      console.log(`  ${where(f)}: ${f.indicator} ${f.measure} ${f.period} ${f.value}`);
  }
  if (overall.falseFacts.length > 0) {
    console.log('\nSome false facts:');
    for (const f of overall.falseFacts.slice(0, 12))
      console.log(`  ${where(f.source)}: ${f.indicator} ${f.measure} ${f.period} ${f.value}`);
  }
  if (args.includes('--list')) {
    for (const [name, score] of [
      ['with the period', overall],
      ['without a period', noPeriod],
    ] as const) {
      const count = new Map<string, { silent: number; false: number }>();
      const at = (file: string) => count.get(file) ?? count.set(file, { silent: 0, false: 0 }).get(file)!;
      for (const f of score.silentFigures) at(f.file).silent++;
      for (const f of score.falseFacts) at(f.source.file).false++;
      console.log(`\nWorkbooks with silent or false figures, ${name} (file: silent, false):`);
      for (const [file, c] of [...count].sort()) console.log(`  ${file}: ${c.silent}, ${c.false}`);
    }
  }
  console.log(
    "(a workbook's number is its index: `npx tsx scripts/corpus/explain.ts --seed S --index I` says what became of each figure)",
  );
  if (failures.length > 0) console.log(`\n${failures.length} workbooks failed to read or build, e.g. ${failures[0]}`);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `\nTime: ${total.toFixed(1)} s in all, ${workers} worker${workers > 1 ? 's' : ''} (${((1000 * total) / n).toFixed(1)} ms a workbook); summed over workers: draw and write xlsx ${s(times.generate)}, files ${s(times.write)}, readWorkbook ${s(times.read)}, build and score ${s(times.build)}`,
  );
  if (keep) console.log(`Workbooks and truths kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

if (!isMainThread) {
  const { seed, n, part, parts, dir, keep } = workerData as {
    seed: number;
    n: number;
    part: number;
    parts: number;
    dir: string;
    keep: boolean;
  };
  void runShare(seed, n, part, parts, dir, keep).then((share) => parentPort!.postMessage(share));
} else if (require.main === module) void main();
