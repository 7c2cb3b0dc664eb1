// Standard streams on Node with synchronous writes, so output written before a crash or System.exit is
// never lost and stdout/stderr keep their order on a shared pipe.
//
// Standard input: read(2) on fd 0, plus what FileInputStream.available() needs. HotSpot asks the kernel
// (FIONREAD on pipes, size minus offset on files); Node has neither, so for a pipe or socket this opens
// a second, non-blocking description of it (/proc/self/fd/0) and reads ahead whatever is already there
// into a buffer that later reads consume first.
import * as fs from 'node:fs';
import type * as NodeNet from 'node:net';
import { nodeNet } from './builtins.js';
import type { StdioSink } from '../../runtime/vm.js';
import type { StdinProbe } from '../fileTable.js';

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errCode(e: unknown): string {
  return typeof e === 'object' && e !== null ? String((e as { code?: string }).code) : '';
}

export class NodeStdio implements StdioSink, StdinProbe {
  /** Input read ahead by available(), not yet returned by read(). */
  private ahead: Uint8Array[] = [];
  /** The non-blocking view of a piped stdin: undefined until needed, null when there is none. */
  private probeFd: number | null | undefined;
  /** Bytes read from a regular-file stdin, for available() (the file offset started at 0). */
  private fileOffset = 0;
  /** Keeps a socket stdin's non-blocking handle (and so the descriptor) alive. */
  private stdinHandle: NodeNet.Socket | null = null;
  /** The non-blocking view saw the end of input. */
  private atEnd = false;

  write(fd: number, bytes: Uint8Array): boolean {
    let off = 0;
    while (off < bytes.length) {
      try {
        off += fs.writeSync(fd, bytes, off, bytes.length - off);
      } catch (e) {
        // A non-blocking pipe that is full: wait for the reader.
        if (errCode(e) === 'EAGAIN') pause(1);
        else if (errCode(e) === 'EPIPE') return false;
        else throw e;
      }
    }
    return true;
  }

  read(fd: number, max: number): Uint8Array {
    if (fd === 0 && this.ahead.length === 0 && this.atEnd) return new Uint8Array(0);
    if (fd === 0 && this.ahead.length > 0) {
      const first = this.ahead[0];
      if (first.length <= max) {
        this.ahead.shift();
        return first;
      }
      this.ahead[0] = first.subarray(max);
      return first.subarray(0, max);
    }
    const buf = new Uint8Array(Math.max(1, max));
    for (;;) {
      try {
        const n = fs.readSync(fd, buf, 0, buf.length, null);
        if (fd === 0) this.fileOffset += n;
        return buf.subarray(0, n);
      } catch (e) {
        if (errCode(e) === 'EAGAIN') pause(1);
        else if (errCode(e) === 'EOF') return new Uint8Array(0);
        else throw e;
      }
    }
  }

  /** Bytes that can be read from fd 0 without blocking. */
  available(fd: number): number {
    if (fd !== 0) return 0;
    let st: fs.Stats;
    try {
      st = fs.fstatSync(0);
    } catch {
      return 0;
    }
    if (st.isFile()) return Math.max(0, st.size - this.fileOffset);
    this.readAhead();
    return this.buffered();
  }

  /** Whether a read of fd 0 would wait for input (false when unknown, at end of input, or for files). */
  wouldBlock(fd: number): boolean {
    if (fd !== 0 || this.buffered() > 0 || this.atEnd) return false;
    try {
      if (fs.fstatSync(0).isFile()) return false;
    } catch {
      return false;
    }
    return this.readAhead() === 'again';
  }

  /**
   * Reads what is already there through a non-blocking description of fd 0 (/proc/self/fd/0 reopens a
   * pipe, socket or terminal with flags of its own). 'again' when nothing is there yet.
   */
  private readAhead(): 'data' | 'again' | 'end' | 'unknown' {
    if (this.probeFd === undefined) this.probeFd = this.openProbe();
    if (this.probeFd === null) return 'unknown';
    const buf = new Uint8Array(65536);
    let result: 'data' | 'again' | 'end' | 'unknown' = 'unknown';
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(this.probeFd, buf, 0, buf.length, null);
      } catch (e) {
        if (errCode(e) === 'EAGAIN') return result === 'data' ? 'data' : 'again';
        return result;
      }
      if (n <= 0) {
        this.atEnd = true;
        return result === 'data' ? 'data' : 'end';
      }
      this.ahead.push(buf.slice(0, n));
      result = 'data';
    }
  }

  /**
   * A descriptor for non-blocking reads of standard input. Pipes and terminals reopen through /proc with
   * O_NONBLOCK. A socket (what Node's child_process gives for 'pipe') can't be reopened: its own end is put
   * in non-blocking mode instead (by libuv, through a handle that is never read from), and read() waits
   * out EAGAIN.
   */
  private openProbe(): number | null {
    try {
      return fs.openSync('/proc/self/fd/0', fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    } catch {
      // fall through
    }
    try {
      if (!fs.fstatSync(0).isSocket()) return null;
      const handle = new (nodeNet().Socket)({ fd: 0, readable: false, writable: false });
      handle.unref();
      this.stdinHandle = handle;
      return 0;
    } catch {
      return null;
    }
  }

  private buffered(): number {
    return this.ahead.reduce((sum, b) => sum + b.length, 0);
  }
}
