// The VM's file descriptors, as Java code sees them (FileDescriptor.fd, IOUtil.fdVal). 0–2 are the
// process's standard streams and go through the VM's StdioSink; every other descriptor is the host file
// system's own. Operations throw HostError (the natives turn it into the Java exception HotSpot throws).
import { HostError, S_IFCHR, SEEK_CUR, type Host, type HostFileStat, type HostFileSystem } from './host.js';
import { fileSystemOf } from './readOnlyFs.js';
import type { StdioSink } from '../runtime/vm.js';

/** fstat of a standard stream: a character device (its real type is the host's business). */
const STDIO_STAT: HostFileStat = {
  mode: S_IFCHR | 0o620,
  ino: 0n,
  dev: 0n,
  rdev: 0n,
  nlink: 1,
  uid: 0,
  gid: 0,
  size: 0,
  atimeNs: 0n,
  mtimeNs: 0n,
  ctimeNs: 0n,
  birthtimeNs: null,
};

/** A StdioSink that can also tell how much of standard input is ready (FileInputStream.available). */
export interface StdinProbe {
  available(fd: number): number;
  /** Whether reading fd 0 now would wait for input. */
  wouldBlock(fd: number): boolean;
}

function hasProbe(sink: StdioSink): sink is StdioSink & StdinProbe {
  return typeof (sink as Partial<StdinProbe>).available === 'function';
}

export class FileTable {
  readonly fs: HostFileSystem;
  /**
   * Standard streams closed by Java code. HotSpot points a closed 0–2 at /dev/null rather than freeing the
   * number, so later writes through another FileDescriptor for it vanish and reads see end of file.
   */
  private readonly closedStdio = new Set<number>();
  /** Native objects Java code holds as a `long` (DIR*, FILE*, z_stream*): id → object. */
  private readonly handles = new Map<number, object>();
  private nextHandle = 1;
  /** Per-VM state of native libraries (mapped regions, ...), by library name. */
  private readonly libraryState = new Map<string, unknown>();

  constructor(
    readonly host: Host,
    private readonly stdio: StdioSink,
  ) {
    this.fs = fileSystemOf(host);
  }

  static isStdio(fd: number): boolean {
    return fd >= 0 && fd <= 2;
  }

  open(path: string, flags: number, mode: number): number {
    return this.fs.open(path, flags, mode);
  }

  /** Reads into `buf` at `position` (null: the current offset); 0 at end of input. */
  read(fd: number, buf: Uint8Array, position: number | null = null): number {
    if (buf.length === 0) return 0;
    if (FileTable.isStdio(fd)) {
      if (this.closedStdio.has(fd)) return 0;
      if (fd !== 0) throw new HostError('EBADF');
      const got = this.stdio.read(0, buf.length);
      buf.set(got);
      return got.length;
    }
    return this.fs.read(fd, buf, position);
  }

  /** Writes all of `buf` (looping over short writes); returns its length. */
  write(fd: number, buf: Uint8Array, position: number | null = null): number {
    if (FileTable.isStdio(fd)) {
      if (this.closedStdio.has(fd)) return buf.length;
      if (fd === 0) throw new HostError('EBADF');
      if (buf.length > 0) this.stdio.write(fd, buf);
      return buf.length;
    }
    let done = 0;
    while (done < buf.length) {
      const n = this.fs.write(fd, buf.subarray(done), position === null ? null : position + done);
      if (n <= 0) break;
      done += n;
    }
    return done;
  }

  seek(fd: number, offset: number, whence: number): number {
    if (FileTable.isStdio(fd)) throw new HostError('ESPIPE');
    return this.fs.seek(fd, offset, whence);
  }

  /** The current offset of a seekable descriptor. */
  position(fd: number): number {
    return this.seek(fd, 0, SEEK_CUR);
  }

  fstat(fd: number): HostFileStat {
    if (FileTable.isStdio(fd)) return STDIO_STAT;
    return this.fs.fstat(fd);
  }

  available(fd: number): number {
    if (FileTable.isStdio(fd))
      return fd === 0 && !this.closedStdio.has(0) && hasProbe(this.stdio) ? this.stdio.available(0) : 0;
    return this.fs.available(fd);
  }

  /** Whether a read of standard input would wait (so a green thread should let others run first). */
  stdinWouldBlock(): boolean {
    return !this.closedStdio.has(0) && hasProbe(this.stdio) && this.stdio.wouldBlock(0);
  }

  isatty(fd: number): boolean {
    if (this.closedStdio.has(fd)) return false;
    return this.fs.isatty(fd);
  }

  close(fd: number): void {
    if (FileTable.isStdio(fd)) {
      this.closedStdio.add(fd);
      return;
    }
    this.fs.close(fd);
  }

  /** Registers a native object and returns the non-zero number Java code will hold for it. */
  addHandle(obj: object): number {
    const id = this.nextHandle++;
    this.handles.set(id, obj);
    return id;
  }

  /** The native object behind a handle, or undefined when it is unknown or was released. */
  handle(id: number): object | undefined {
    return this.handles.get(id);
  }

  /** Puts `obj` under an existing handle number (a reset native object keeps the address Java holds). */
  setHandle(id: number, obj: object): void {
    this.handles.set(id, obj);
  }

  removeHandle(id: number): void {
    this.handles.delete(id);
  }

  /** The per-VM state a native library keeps under `key`, created on first use. */
  state<T>(key: string, create: () => T): T {
    if (!this.libraryState.has(key)) this.libraryState.set(key, create());
    return this.libraryState.get(key) as T;
  }
}
