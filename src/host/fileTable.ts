// The VM's file descriptors: 0–2 are the process's stdio; others are files opened through the Host.
// Full file I/O (writes, seeks, NIO) comes with the host I/O issue; reading whole files is what class
// loading and resources need now.
import type { Host } from './host.js';
import type { StdioSink } from '../runtime/vm.js';

export interface OpenFile {
  readonly path: string;
  readonly data: Uint8Array;
  position: number;
}

export class FileTable {
  private readonly files = new Map<number, OpenFile>();
  private next = 3;
  constructor(
    private readonly host: Host,
    private readonly stdio: StdioSink,
  ) {}

  /** Opens a file for reading; null when it can't be read (the caller reports the reason). */
  openForRead(path: string): number | null {
    const data = this.host.readFile(path);
    if (data === null) return null;
    const fd = this.next++;
    this.files.set(fd, { path, data, position: 0 });
    return fd;
  }

  /** Reads into `buf`; -1 at end of input. */
  read(fd: number, buf: Uint8Array): number {
    if (fd === 0) {
      const got = this.stdio.read(0, buf.length);
      if (got.length === 0) return -1;
      buf.set(got);
      return got.length;
    }
    const f = this.files.get(fd);
    if (!f) return -2;
    if (f.position >= f.data.length) return -1;
    const n = Math.min(buf.length, f.data.length - f.position);
    buf.set(f.data.subarray(f.position, f.position + n));
    f.position += n;
    return n;
  }

  available(fd: number): number {
    const f = this.files.get(fd);
    return f ? f.data.length - f.position : 0;
  }

  skip(fd: number, n: number): number {
    const f = this.files.get(fd);
    if (!f) return 0;
    const k = Math.max(0, Math.min(n, f.data.length - f.position));
    f.position += k;
    return k;
  }

  write(fd: number, bytes: Uint8Array): boolean {
    if (fd === 1 || fd === 2) {
      this.stdio.write(fd, bytes);
      return true;
    }
    return false;
  }

  close(fd: number): void {
    this.files.delete(fd);
  }

  isOpen(fd: number): boolean {
    return fd <= 2 || this.files.has(fd);
  }
}
