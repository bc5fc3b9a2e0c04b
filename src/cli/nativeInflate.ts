import * as zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';

let done = false;

/**
 * SheetJS inflates zip parts with its own JavaScript unless given Node's zlib, which does it several
 * times faster (same bytes). SheetJS reads how much input a part used from `bytesRead`, which Node
 * names `bytesWritten` now (the old name warns): a subclass gives it under the old name. Checked
 * on a tiny stream first, so a Node without the internals SheetJS uses keeps the JavaScript inflate
 * quietly. Once per thread; Node only (the pane's reader keeps SheetJS's own inflate).
 */
export function useNativeInflate(): void {
  if (done) return;
  done = true;
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
