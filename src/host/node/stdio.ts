// Standard streams on Node with synchronous writes, so output written before a crash or System.exit is
// never lost and stdout/stderr keep their order on a shared pipe.
import * as fs from 'node:fs';
import type { StdioSink } from '../../runtime/vm.js';

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAgain(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'EAGAIN';
}

export class NodeStdio implements StdioSink {
  write(fd: number, bytes: Uint8Array): void {
    let off = 0;
    while (off < bytes.length) {
      try {
        off += fs.writeSync(fd, bytes, off, bytes.length - off);
      } catch (e) {
        // A non-blocking pipe that is full: wait for the reader.
        if (isAgain(e)) pause(1);
        else if ((e as { code?: string }).code === 'EPIPE') return;
        else throw e;
      }
    }
  }

  read(fd: number, max: number): Uint8Array {
    const buf = new Uint8Array(Math.max(1, max));
    for (;;) {
      try {
        const n = fs.readSync(fd, buf, 0, buf.length, null);
        return buf.subarray(0, n);
      } catch (e) {
        if (isAgain(e)) pause(1);
        else if ((e as { code?: string }).code === 'EOF') return new Uint8Array(0);
        else throw e;
      }
    }
  }
}
