import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core';
import type { InputFile } from './collectFiles';
import { cannotOpen, readWorkbook, type FileReading } from './readWorkbook';
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
 * Reads files concurrently and hands each reading to `onRead` in the files' order (so a build is
 * the same whatever finishes first), as soon as it and all before it are read: the caller can
 * turn it into submissions and let the grids go. Never rejects: a file that cannot be read is an
 * issue in its reading.
 *
 * With the bundled command line, files are parsed in a pool of worker threads (one per CPU);
 * from the TypeScript sources (tests, tsx) they are read in this thread, several in flight.
 */
export async function readFiles(
  files: InputFile[],
  locale: Locale,
  onRead: (reading: FileReading, index: number) => void,
  options: ReadOptions = {},
): Promise<void> {
  const script = workerScript();
  // TTTT_WORKERS=0 reads in this thread (the benchmark compares both ways).
  const fromEnv = process.env.TTTT_WORKERS ? Number(process.env.TTTT_WORKERS) : undefined;
  const asked = options.workers ?? (Number.isInteger(fromEnv) ? fromEnv : undefined);
  const workers = Math.min(files.length, asked ?? (script ? defaultWorkers() : 0));
  const ready = new Map<number, FileReading>();
  let next = 0;
  const deliver = (index: number, reading: FileReading) => {
    ready.set(index, reading);
    while (ready.has(next)) {
      const r = ready.get(next)!;
      ready.delete(next);
      onRead(r, next++);
    }
  };
  if (workers > 0 && script) await inWorkers(files, locale, deliver, workers, script);
  else await inThread(files, locale, deliver, options.inFlight ?? 4);
}

async function inThread(
  files: InputFile[],
  locale: Locale,
  deliver: (index: number, reading: FileReading) => void,
  inFlight: number,
): Promise<void> {
  let taken = 0;
  const lane = async () => {
    while (taken < files.length) {
      const index = taken++;
      const file = files[index];
      deliver(index, await readWorkbook(file.path, file.name, locale));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, inFlight) }, lane));
}

/** A worker's heap limit: a monstrous file fails in its worker (an issue) instead of taking the machine. */
const WORKER_HEAP_MB = 1024;

function inWorkers(
  files: InputFile[],
  locale: Locale,
  deliver: (index: number, reading: FileReading) => void,
  count: number,
  script: string,
): Promise<void> {
  return new Promise((resolve) => {
    type Reader = Worker & { current?: number };
    let taken = 0;
    let done = 0;
    const pool: Reader[] = [];
    const finish = () => {
      for (const w of pool) void w.terminate();
      resolve();
    };
    const start = (worker: Reader) => {
      if (taken >= files.length) return;
      const id = taken++;
      const request: ReadRequest = { id, path: files[id].path, name: files[id].name, locale };
      worker.current = id;
      worker.postMessage(request);
    };
    const spawn = (): Reader => {
      const worker: Reader = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      pool.push(worker);
      worker.on('message', (message: { id: number; reading: FileReading }) => {
        worker.current = undefined;
        deliver(message.id, message.reading);
        if (++done === files.length) finish();
        else start(worker);
      });
      // A worker that dies (out of memory on a monstrous file) loses its file only: that file is an issue.
      worker.on('error', (err) => {
        const id = worker.current;
        worker.current = undefined;
        if (id !== undefined) {
          deliver(id, cannotOpen(err, files[id].name, locale));
          if (++done === files.length) return finish();
        }
        if (taken < files.length) start(spawn());
      });
      return worker;
    };
    for (let i = 0; i < count; i++) start(spawn());
  });
}
