import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './collectFiles';
import { cannotOpen, readFileSheets, type FileSheets, type SheetPlan } from './readWorkbook';
import type { ReadRequest } from './readWorker';

/** How files are read: in worker threads (parsing in parallel) or in this thread (reads overlapped only). */
export interface ReadOptions {
  /** Worker threads to parse in; 0 reads in this thread. Default: one per CPU when the worker bundle is there. */
  workers?: number;
  /** Files in flight at once when reading in this thread. */
  inFlight?: number;
}

/** The worker script beside the command line's bundle (dist-cli/read-worker.cjs), or null when running from sources. */
export function workerScript(): string | null {
  const script = path.join(__dirname, 'read-worker.cjs');
  return __filename.endsWith('.cjs') && fs.existsSync(script) ? script : null;
}

/** One worker per CPU (Node's view of them), at most 8. */
export function defaultWorkers(): number {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(8, cpus));
}

/**
 * Reads files concurrently, each into grids and each grid with the core's reader
 * (`readFileSheets`), and hands each file's readings to `onRead` in the files' order (so a build
 * is the same whatever finishes first), as soon as it and all before it are read. No grid is kept:
 * only the readings the build needs. Never rejects: a file that cannot be read is an issue.
 *
 * With the bundled command line, files are parsed and read in a pool of worker threads (one per
 * CPU) and only the readings travel back; from the TypeScript sources (tests, tsx) they are read
 * in this thread, several in flight.
 */
export async function readFiles(
  files: InputFile[],
  plan: SheetPlan,
  onRead: (file: FileSheets, index: number) => void,
  options: ReadOptions = {},
): Promise<void> {
  const script = workerScript();
  // TTTT_WORKERS=0 reads in this thread (the benchmark compares both ways).
  const fromEnv = process.env.TTTT_WORKERS ? Number(process.env.TTTT_WORKERS) : undefined;
  const asked = options.workers ?? (Number.isInteger(fromEnv) ? fromEnv : undefined);
  const workers = Math.min(files.length, asked ?? (script ? defaultWorkers() : 0));
  const ready = new Map<number, FileSheets>();
  let next = 0;
  const deliver = (index: number, reading: FileSheets) => {
    ready.set(index, reading);
    while (ready.has(next)) {
      const r = ready.get(next)!;
      ready.delete(next);
      onRead(r, next++);
    }
  };
  if (workers > 0 && script) await inWorkers(files, plan, deliver, workers, script);
  else await inThread(files, plan, deliver, options.inFlight ?? 4);
}

async function inThread(
  files: InputFile[],
  plan: SheetPlan,
  deliver: (index: number, reading: FileSheets) => void,
  inFlight: number,
): Promise<void> {
  let taken = 0;
  const lane = async () => {
    while (taken < files.length) {
      const index = taken++;
      const file = files[index];
      deliver(index, await readFileSheets(file.path, file.name, plan));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, inFlight) }, lane));
}

/**
 * A message from a worker with each of its strings replaced by one instance kept in `pool`, in
 * place. A message arrives as a copy, every string its own: the enterprise, period, file and sheet
 * that each of a sheet's facts names would be held once per fact, for every file, until the build.
 * Shared, a file's readings take about a third of the memory.
 *
 * @example
 * const pool = new Map<string, string>();
 * const a = shareStrings({ facts: [{ period: '9T/2015' }] }, pool);
 * const b = shareStrings({ facts: [{ period: '9T/2015' }] }, pool);
 * // a.facts[0].period and b.facts[0].period are one string in memory
 */
export function shareStrings<T>(value: T, pool: Map<string, string>): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i], pool);
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = shareStrings(object[key], pool);
  } else if (typeof value === 'string') {
    const shared = pool.get(value);
    if (shared !== undefined) return shared as T;
    pool.set(value, value);
  }
  return value;
}

/** A worker's heap limit: a monstrous file fails in its worker (an issue) instead of taking the machine. */
const WORKER_HEAP_MB = 1024;
/** Files sent to a worker ahead of the one it reads, so it never waits for the next between files. */
const AHEAD = 2;

function inWorkers(
  files: InputFile[],
  plan: SheetPlan,
  deliver: (index: number, reading: FileSheets) => void,
  count: number,
  script: string,
): Promise<void> {
  return new Promise((resolve) => {
    // Each worker's files in flight, in the order it reads them.
    type Reader = Worker & { pending: number[] };
    // Files to read: first those a dead worker had been sent but not reached, then the rest in order.
    const again: number[] = [];
    let taken = 0;
    let done = 0;
    const pool: Reader[] = [];
    const strings = new Map<string, string>();
    const finish = () => {
      for (const w of pool) void w.terminate();
      resolve();
    };
    const send = (worker: Reader) => {
      while (worker.pending.length < AHEAD && (again.length > 0 || taken < files.length)) {
        const id = again.length > 0 ? again.shift()! : taken++;
        const request: ReadRequest = { id, path: files[id].path, name: files[id].name };
        worker.pending.push(id);
        worker.postMessage(request);
      }
    };
    const spawn = (): Reader => {
      const worker = new Worker(script, {
        workerData: plan,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      }) as Reader;
      worker.pending = [];
      pool.push(worker);
      worker.on('message', (message: { id: number; file: FileSheets }) => {
        worker.pending = worker.pending.filter((id) => id !== message.id);
        deliver(message.id, shareStrings(message.file, strings));
        if (++done === files.length) finish();
        else send(worker);
      });
      // A worker that dies (out of memory on a monstrous file) loses the file it was reading only: that
      // file is an issue, and the files sent after it go to a new worker.
      worker.on('error', (err) => {
        const [id, ...rest] = worker.pending;
        worker.pending = [];
        again.unshift(...rest);
        if (id !== undefined) {
          deliver(id, { issues: cannotOpen(err, files[id].name, plan.locale).issues, sheets: [] });
          if (++done === files.length) return finish();
        }
        if (again.length > 0 || taken < files.length) send(spawn());
      });
      return worker;
    };
    for (let i = 0; i < count; i++) send(spawn());
  });
}
