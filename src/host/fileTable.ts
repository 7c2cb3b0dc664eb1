// The VM's file descriptors, as Java code sees them (FileDescriptor.fd, IOUtil.fdVal). 0–2 are the
// process's standard streams and go through the VM's StdioSink; every other descriptor is the host file
// system's own. Operations throw HostError (the natives turn it into the Java exception HotSpot throws).
import {
  HostError,
  O_CLOEXEC,
  O_RDONLY,
  S_IFCHR,
  S_IFSOCK,
  S_IFIFO,
  SEEK_CUR,
  type Host,
  type HostFileStat,
  type HostFileSystem,
  type HostEvents,
  type HostNetwork,
  POLLIN,
  POLLOUT,
  POLLHUP,
  POLLERR,
  POLLNVAL,
} from './host.js';
import { CounterEvents } from './events.js';
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

/** fstat of a socket. */
const SOCKET_STAT: HostFileStat = { ...STDIO_STAT, mode: S_IFSOCK | 0o777 };

/** Descriptor numbers from here up are the VM's own (no host descriptor reserved for them). */
const VIRTUAL_FD_BASE = 1 << 20;

interface SocketEntry {
  readonly id: number;
  readonly options: Map<string, number>;
}

/** fstat of a pipe end. */
const PIPE_STAT: HostFileStat = { ...STDIO_STAT, mode: S_IFIFO | 0o600 };

/** Bytes a VM pipe holds before writes report EAGAIN (Linux's default pipe capacity). */
const PIPE_CAPACITY = 65536;

/** A pipe inside the VM (IOUtil.makePipe: Selector wake-ups, java.nio.channels.Pipe). */
class VmPipe {
  readonly chunks: Uint8Array[] = [];
  size = 0;
  readerOpen = true;
  writerOpen = true;
}

/** One end of a VM pipe (an eventfd is both ends at once). */
interface PipeEnd {
  readonly pipe: VmPipe;
  readonly reader: boolean;
  readonly writer: boolean;
}

/** An epoll instance: the descriptors it watches and the events of interest (EPoll.ctl). */
export type EpollSet = Map<number, number>;

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
  /** Descriptors that are sockets: fd → the host network's socket and the options set on it. */
  private readonly sockets = new Map<number, SocketEntry>();
  /** Descriptors that are ends of VM pipes. */
  private readonly pipes = new Map<number, PipeEnd>();
  /** Descriptors that are epoll instances. */
  private readonly epolls = new Map<number, EpollSet>();
  /** Descriptor numbers when the host can't reserve real ones. */
  private nextVirtualFd = VIRTUAL_FD_BASE;
  /** Counts I/O events (socket readiness, pipe writes); threads waiting in poll watch it. */
  readonly events: HostEvents;
  /** Per-VM state of native libraries (mapped regions, ...), by library name. */
  private readonly libraryState = new Map<string, unknown>();

  constructor(
    readonly host: Host,
    private readonly stdio: StdioSink,
  ) {
    this.fs = fileSystemOf(host);
    this.events = host.net?.events ?? new CounterEvents();
  }

  static isStdio(fd: number): boolean {
    return fd >= 0 && fd <= 2;
  }

  open(path: string, flags: number, mode: number): number {
    return this.fs.open(path, flags, mode);
  }

  /** The host's network; ENETUNREACH when it has none. */
  network(): HostNetwork {
    const net = this.host.net;
    if (!net) throw new HostError('ENETUNREACH');
    return net;
  }

  /**
   * A descriptor number for something that is not a host file (socket, pipe, epoll): a real descriptor of
   * the host (on /dev/null) keeps the number from being reused for a file while it is open.
   */
  private reserveFd(): number {
    try {
      return this.fs.open('/dev/null', O_RDONLY | O_CLOEXEC, 0);
    } catch {
      return this.nextVirtualFd++;
    }
  }

  private releaseFd(fd: number): void {
    if (fd < VIRTUAL_FD_BASE) this.fs.close(fd);
  }

  /** A descriptor for a host socket (socket(2), accept(2)). */
  addSocket(id: number): number {
    const fd = this.reserveFd();
    this.sockets.set(fd, { id, options: new Map() });
    return fd;
  }

  /** pipe(2) inside the VM: [read end, write end]. */
  addPipe(): [number, number] {
    const pipe = new VmPipe();
    const r = this.reserveFd();
    const w = this.reserveFd();
    this.pipes.set(r, { pipe, reader: true, writer: false });
    this.pipes.set(w, { pipe, reader: false, writer: true });
    return [r, w];
  }

  /** eventfd(2) inside the VM: a pipe read and written through one descriptor. */
  addEventFd(): number {
    const fd = this.reserveFd();
    this.pipes.set(fd, { pipe: new VmPipe(), reader: true, writer: true });
    return fd;
  }

  /** epoll_create(2). */
  addEpoll(): number {
    const fd = this.reserveFd();
    this.epolls.set(fd, new Map());
    return fd;
  }

  epollOf(fd: number): EpollSet | undefined {
    return this.epolls.get(fd);
  }

  /**
   * poll(2) of one descriptor without waiting: which of `events` (POLLIN, POLLOUT) are ready, plus
   * POLLERR/POLLHUP, or POLLNVAL when it is not open. Files are always ready, as on Linux.
   */
  pollReady(fd: number, events: number): number {
    const socket = this.sockets.get(fd);
    if (socket !== undefined) return this.network().poll(socket.id, events);
    const end = this.pipes.get(fd);
    if (end) {
      const p = end.pipe;
      let ready = 0;
      if (end.reader)
        ready |= (p.size > 0 || !p.writerOpen ? POLLIN & events : 0) | (p.writerOpen ? 0 : POLLHUP);
      if (end.writer) ready |= p.readerOpen ? (p.size < PIPE_CAPACITY ? POLLOUT & events : 0) : POLLERR;
      return ready;
    }
    if (this.epolls.has(fd) || FileTable.isStdio(fd)) return events & (POLLIN | POLLOUT);
    try {
      this.fs.fstat(fd);
    } catch {
      return POLLNVAL;
    }
    return events & (POLLIN | POLLOUT);
  }

  private readPipe(end: PipeEnd, buf: Uint8Array): number {
    if (!end.reader) throw new HostError('EBADF');
    const p = end.pipe;
    if (p.size === 0) {
      if (!p.writerOpen) return 0;
      throw new HostError('EAGAIN');
    }
    let n = 0;
    while (n < buf.length && p.chunks.length > 0) {
      const first = p.chunks[0];
      const take = Math.min(first.length, buf.length - n);
      buf.set(first.subarray(0, take), n);
      if (take === first.length) p.chunks.shift();
      else p.chunks[0] = first.subarray(take);
      n += take;
    }
    p.size -= n;
    this.events.signal();
    return n;
  }

  private writePipe(end: PipeEnd, buf: Uint8Array): number {
    if (!end.writer) throw new HostError('EBADF');
    const p = end.pipe;
    if (!p.readerOpen) throw new HostError('EPIPE');
    const n = Math.min(buf.length, PIPE_CAPACITY - p.size);
    if (n === 0) throw new HostError('EAGAIN');
    p.chunks.push(buf.slice(0, n));
    p.size += n;
    this.events.signal();
    return n;
  }

  /** The host socket behind `fd`, or undefined when `fd` is not a socket. */
  socketOf(fd: number): number | undefined {
    return this.sockets.get(fd)?.id;
  }

  /**
   * The socket options set on `fd` that the host network doesn't keep itself (setsockopt values read back
   * by getsockopt), by "level:name"; undefined when `fd` is not a socket. They go with the descriptor.
   */
  socketOptions(fd: number): Map<string, number> | undefined {
    return this.sockets.get(fd)?.options;
  }

  /** Reads into `buf` at `position` (null: the current offset); 0 at end of input. */
  read(fd: number, buf: Uint8Array, position: number | null = null): number {
    if (buf.length === 0) return 0;
    const socket = this.sockets.get(fd);
    if (socket !== undefined) return this.network().read(socket.id, buf);
    const end = this.pipes.get(fd);
    if (end) return this.readPipe(end, buf);
    if (FileTable.isStdio(fd)) {
      if (this.closedStdio.has(fd)) return 0;
      if (fd !== 0) throw new HostError('EBADF');
      const got = this.stdio.read(0, buf.length);
      buf.set(got);
      return got.length;
    }
    return this.fs.read(fd, buf, position);
  }

  /** Writes all of `buf` (looping over short writes); returns its length. A socket may take less. */
  write(fd: number, buf: Uint8Array, position: number | null = null): number {
    const socket = this.sockets.get(fd);
    if (socket !== undefined) return this.network().write(socket.id, buf);
    const end = this.pipes.get(fd);
    if (end) return this.writePipe(end, buf);
    if (FileTable.isStdio(fd)) {
      if (this.closedStdio.has(fd)) return buf.length;
      if (fd === 0) throw new HostError('EBADF');
      // write(2) to a pipe whose reader has gone fails with EPIPE (the JVM ignores SIGPIPE).
      if (buf.length > 0 && !this.stdio.write(fd, buf)) throw new HostError('EPIPE');
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
    if (FileTable.isStdio(fd) || this.sockets.has(fd) || this.pipes.has(fd)) throw new HostError('ESPIPE');
    return this.fs.seek(fd, offset, whence);
  }

  /** The current offset of a seekable descriptor. */
  position(fd: number): number {
    return this.seek(fd, 0, SEEK_CUR);
  }

  fstat(fd: number): HostFileStat {
    if (FileTable.isStdio(fd)) return STDIO_STAT;
    if (this.sockets.has(fd)) return SOCKET_STAT;
    if (this.pipes.has(fd)) return PIPE_STAT;
    return this.fs.fstat(fd);
  }

  available(fd: number): number {
    if (FileTable.isStdio(fd))
      return fd === 0 && !this.closedStdio.has(0) && hasProbe(this.stdio) ? this.stdio.available(0) : 0;
    const socket = this.sockets.get(fd);
    if (socket !== undefined) return this.network().available(socket.id);
    const end = this.pipes.get(fd);
    if (end) return end.reader ? end.pipe.size : 0;
    return this.fs.available(fd);
  }

  /** Whether a read of standard input would wait (so a green thread should let others run first). */
  stdinWouldBlock(): boolean {
    return !this.closedStdio.has(0) && hasProbe(this.stdio) && this.stdio.wouldBlock(0);
  }

  isatty(fd: number): boolean {
    if (this.closedStdio.has(fd) || this.sockets.has(fd) || this.pipes.has(fd)) return false;
    return this.fs.isatty(fd);
  }

  close(fd: number): void {
    if (FileTable.isStdio(fd)) {
      this.closedStdio.add(fd);
      return;
    }
    const socket = this.sockets.get(fd);
    if (socket !== undefined) {
      this.sockets.delete(fd);
      this.releaseFd(fd);
      this.network().close(socket.id);
      // Threads polling it must see it gone.
      this.events.signal();
      return;
    }
    const end = this.pipes.get(fd);
    if (end) {
      this.pipes.delete(fd);
      this.releaseFd(fd);
      if (end.reader) end.pipe.readerOpen = false;
      if (end.writer) end.pipe.writerOpen = false;
      this.events.signal();
      return;
    }
    if (this.epolls.delete(fd)) {
      this.releaseFd(fd);
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
