/**
 * A reading worker (worker_threads): reads each file it is sent into grids, reads every grid with
 * the core's reader, and posts back only the readings (src/cli/readWorkbook.ts `readFileSheets`),
 * so the grids never leave the worker. Bundled on its own (dist-cli/read-worker.cjs) so a worker
 * loads the reader, the core and SheetJS only, never the command line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSheets, type SheetPlan } from './readWorkbook';

/** What the pool sends: a file to read. */
export interface ReadRequest {
  id: number;
  path: string;
  name: string;
}

if (parentPort) {
  const port = parentPort;
  // How every sheet is read (language, chosen period, dictionary): sent once, as the worker's data.
  const plan = workerData as SheetPlan;
  port.on('message', (request: ReadRequest) => {
    void readFileSheets(request.path, request.name, plan, true).then((file) =>
      port.postMessage({ id: request.id, file }),
    );
  });
}
