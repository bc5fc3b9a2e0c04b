/**
 * A reading worker (worker_threads): reads each file it is sent into grids, reads every grid with
 * the core's reader, and posts back only the readings (src/cli/readWorkbook.ts `readFileSheets`),
 * so the grids never leave the worker. Bundled on its own (dist-cli/read-worker.cjs) so a worker
 * loads the reader, the core and SheetJS only, never the command line.
 */
import * as zlib from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';
import { readFileSheets, type SheetPlan } from './readWorkbook';

/** What the pool sends: a file to read. */
export interface ReadRequest {
  id: number;
  path: string;
  name: string;
}

/**
 * SheetJS inflates zip parts with its own JavaScript unless given Node's zlib, which does it several
 * times faster (same bytes). SheetJS reads how much input a part used from `bytesRead`, which Node
 * names `bytesWritten` now (the old name warns): a subclass gives it under the old name. Checked
 * on a tiny stream first, so a Node without the internals SheetJS uses keeps the JavaScript inflate
 * quietly.
 */
export function useNativeInflate(): void {
  class InflateRaw extends zlib.InflateRaw {
    override get bytesRead(): number {
      return this.bytesWritten;
    }
  }
  type Chunked = { _processChunk: (chunk: Uint8Array, flag: number) => Buffer; _finishFlushFlag: number };
  try {
    const probe = new InflateRaw() as unknown as Chunked & { bytesRead: number };
    const out = probe._processChunk(zlib.deflateRawSync(Buffer.from('ok')), probe._finishFlushFlag);
    if (out.toString() !== 'ok' || !probe.bytesRead) return;
  } catch {
    return;
  }
  XLSX.CFB.utils.use_zlib({ InflateRaw, deflateRawSync: zlib.deflateRawSync });
}

if (parentPort) {
  const port = parentPort;
  // How every sheet is read (language, chosen period, dictionary): sent once, as the worker's data.
  const plan = workerData as SheetPlan;
  useNativeInflate();
  port.on('message', (request: ReadRequest) => {
    void readFileSheets(request.path, request.name, plan, true).then((file) =>
      port.postMessage({ id: request.id, file }),
    );
  });
}
