/**
 * A reading worker (worker_threads): reads the files it is sent into grids and posts each
 * reading back. Bundled on its own (dist-cli/read-worker.cjs) so a worker loads the reader and
 * SheetJS only, never the command line.
 */
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../core';
import { readWorkbook } from './readWorkbook';

/** What the pool sends: a file to read. */
export interface ReadRequest {
  id: number;
  path: string;
  name: string;
  locale: Locale;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: ReadRequest) => {
    void readWorkbook(request.path, request.name, request.locale).then((reading) =>
      port.postMessage({ id: request.id, reading }),
    );
  });
}
