// What the VM needs from its host. The VM core never touches Node (or browser) APIs directly; it is
// handed a Host, so the same core runs on Node, in a page, or over an in-memory file system.
//
// Paths are POSIX-style strings ('/' separated). Missing files are reported as null, not thrown,
// because "absent" is an ordinary answer for class path lookups.
//
// File I/O for Java programs goes through `HostFileSystem`, a small POSIX: file descriptors, open flags,
// modes and stat fields with Linux's values (the JDK's Unix classes are built against them), failures
// thrown as HostError carrying the POSIX error code name.

export interface HostStat {
  readonly isDirectory: boolean;
  readonly isFile: boolean;
  readonly size: number;
  readonly mtimeMs: number;
}

/** An open file for positioned reads, so big files (the 128 MB runtime image, jars) need not be read whole. */
export interface HostFile {
  readonly size: number;
  /**
   * A fresh array (never shared with other reads) holding up to `length` bytes from `position`; shorter only
   * at the end of the file.
   */
  read(position: number, length: number): Uint8Array;
  close(): void;
}

export interface Host {
  /** The whole file, or null when it does not exist or is not a regular file. */
  readFile(path: string): Uint8Array | null;
  /** Follows symbolic links; null when the path does not exist. */
  stat(path: string): HostStat | null;
  /** Entry names (not paths) of a directory, or null when it is not a readable directory. */
  readDir(path: string): string[] | null;
  /** The canonical absolute path (symbolic links resolved), or null when the path does not exist. */
  realPath(path: string): string | null;
  /** The absolute current directory, against which relative paths are resolved. */
  cwd(): string;
  /** A snapshot of the environment variables. */
  env(): Record<string, string>;
  /** Optional: hosts that can do positioned reads offer this; callers fall back to readFile. */
  openFile?(path: string): HostFile | null;
  /**
   * File I/O for Java code (java.io, NIO). Hosts without it get a read-only view of the queries above
   * (see `fileSystemOf`).
   */
  readonly fs?: HostFileSystem;
  /** Facts about the user and process (uid, user name, pid); defaults apply where absent. */
  readonly process?: HostProcess;
  /** TCP sockets and name lookup (java.net, socket channels); hosts without it have no network. */
  readonly net?: HostNetwork;
}

/** A failed host operation: `code` is the POSIX error name ('ENOENT', 'EACCES', ...). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'HostError';
  }
}

export function isHostError(e: unknown, code?: string): e is HostError {
  return e instanceof HostError && (code === undefined || e.code === code);
}

// Open flags, Linux values (sun.nio.fs.UnixConstants and the java.io natives use these).
export const O_RDONLY = 0;
export const O_WRONLY = 0o1;
export const O_RDWR = 0o2;
export const O_ACCMODE = 0o3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DSYNC = 0o10000;
export const O_DIRECT = 0o40000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;
export const O_CLOEXEC = 0o2000000;
export const O_SYNC = 0o4010000;

// File types and permission bits of `mode` (the same values on every Unix).
export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o60000;
export const S_IFDIR = 0o40000;
export const S_IFCHR = 0o20000;
export const S_IFIFO = 0o10000;

// access(2) modes.
export const F_OK = 0;
export const X_OK = 1;
export const W_OK = 2;
export const R_OK = 4;

// lseek(2) origins.
export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

/** stat(2) of a file, with nanosecond times. */
export interface HostFileStat {
  /** File type and permission bits (S_IF*, 0o7777). */
  readonly mode: number;
  readonly ino: bigint;
  readonly dev: bigint;
  readonly rdev: bigint;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  /** Times in nanoseconds since the epoch. */
  readonly atimeNs: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  /** Creation time, or null when the file system does not record it. */
  readonly birthtimeNs: bigint | null;
}

/** statvfs(3) of a file system, in bytes. */
export interface HostFsStats {
  /** Fragment (allocation unit) size. */
  readonly frsize: number;
  readonly blocks: number;
  readonly bfree: number;
  readonly bavail: number;
}

/** An open directory, read in the file system's own order (like readdir(3), without '.' and '..'). */
export interface HostDir {
  /** The next entry name, or null at the end. */
  read(): string | null;
  close(): void;
}

/**
 * A POSIX-like file system. Every method throws HostError on failure, with the code the POSIX call would
 * set in errno. File descriptors are the host's; 0, 1 and 2 are the process's standard streams (the VM
 * routes those through its StdioSink, not through here).
 */
export interface HostFileSystem {
  /** open(2) with Linux O_* flags and a permission mode for created files; returns a descriptor. */
  open(path: string, flags: number, mode: number): number;
  close(fd: number): void;
  /** Reads at `position`, or at the descriptor's offset (advancing it) when null; 0 at end of file. */
  read(fd: number, buf: Uint8Array, position: number | null): number;
  /** Writes at `position`, or at the descriptor's offset (or the end with O_APPEND) when null. */
  write(fd: number, buf: Uint8Array, position: number | null): number;
  /** lseek(2): the new offset. */
  seek(fd: number, offset: number, whence: number): number;
  fstat(fd: number): HostFileStat;
  ftruncate(fd: number, length: number): void;
  /** fsync(2), or fdatasync(2) when `dataOnly`. */
  fsync(fd: number, dataOnly: boolean): void;
  fchmod(fd: number, mode: number): void;
  /** futimens(2) with nanosecond times; null leaves that time unchanged. */
  futimes(fd: number, atimeNs: bigint | null, mtimeNs: bigint | null): void;
  /** Bytes that can be read without blocking (0 when unknown). */
  available(fd: number): number;
  isatty(fd: number): boolean;

  stat(path: string): HostFileStat;
  lstat(path: string): HostFileStat;
  /** access(2) with R_OK/W_OK/X_OK/F_OK; throws EACCES (or ENOENT ...) when not allowed. */
  access(path: string, mode: number): void;
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  link(existing: string, newPath: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number, followLinks: boolean): void;
  /** utimensat(2) with nanosecond times; null leaves that time unchanged. */
  utimes(path: string, atimeNs: bigint | null, mtimeNs: bigint | null, followLinks: boolean): void;
  /** realpath(3). */
  realpath(path: string): string;
  opendir(path: string): HostDir;
  statfs(path: string): HostFsStats;
}

/** The user and process the VM runs as. */
export interface HostProcess {
  readonly pid: number;
  readonly uid: number;
  readonly gid: number;
  readonly euid: number;
  readonly egid: number;
  /** getpwuid(3): the user name of a uid, or null when unknown. */
  userName(uid: number): string | null;
  /** getpwuid(3)'s pw_dir: the home directory of a uid, or null when unknown. */
  userHome(uid: number): string | null;
  /** getgrgid(3): the group name of a gid, or null when unknown. */
  groupName(gid: number): string | null;
  /** getpwnam(3): the uid of a user name, or null. */
  userId(name: string): number | null;
  /** getgrnam(3): the gid of a group name, or null. */
  groupId(name: string): number | null;
  /** Number of processors (Runtime.availableProcessors). */
  readonly cpus: number;
}

// ---------------------------------------------------------------------------------------------------------
// Network

/** An IP address and port; `address` is a numeric literal ('127.0.0.1', '::1'), IPv4 when it can be. */
export interface HostSocketAddress {
  readonly address: string;
  readonly port: number;
}

/** A connection waiting in a listening socket's queue, taken by accept(). */
export interface HostAccepted {
  /** The new connection's socket number. */
  readonly id: number;
  readonly local: HostSocketAddress;
  readonly remote: HostSocketAddress;
}

/** What connect() left behind, as getsockopt(SO_ERROR) after a non-blocking connect tells it. */
export type HostConnectState = 'connected' | 'pending' | { readonly error: string };

// poll(2) event bits, Linux values (sun.nio.ch.Net reads them through pollinValue() and friends).
export const POLLIN = 0x1;
export const POLLOUT = 0x4;
export const POLLERR = 0x8;
export const POLLHUP = 0x10;
export const POLLNVAL = 0x20;

/**
 * A counter that the host bumps whenever something may have become ready (data arrived, a connection
 * came in or completed, a peer closed). A green thread waiting in poll() sleeps until it changes; the
 * scheduler waits on it when every thread is blocked.
 */
export interface HostEvents {
  count(): number;
  /** Blocks the JS thread until the count differs from `seen` or `ms` pass. */
  waitSync(seen: number, ms: number): void;
  /** Resolves when the count differs from `seen` or `ms` pass, letting the event loop run meanwhile. */
  waitAsync(seen: number, ms: number): Promise<void>;
  /** Bumps the count (the VM itself made something ready, e.g. closed a socket another thread polls). */
  signal(): void;
}

/**
 * TCP over the host, with the semantics of non-blocking POSIX sockets: nothing here waits for the
 * network (except listen and name lookups, which finish quickly); calls that would block throw
 * HostError('EAGAIN'), and threads wait with poll() by way of `events`. Sockets are named by the numbers
 * `socket()` returns. Failures are HostErrors with the POSIX code ('ECONNREFUSED', 'EADDRINUSE', ...).
 */
export interface HostNetwork {
  /** Whether IPv6 sockets exist here (java.net.preferIPv6Addresses and dual-stack sockets follow it). */
  readonly ipv6: boolean;
  readonly events: HostEvents;
  /** A new, unconnected TCP socket. */
  socket(): number;
  /**
   * bind(2). Deviation: a bound socket is listening at once (the host assigns ports when listening), so
   * connections that arrive before listen() wait in the queue instead of being refused.
   */
  bind(id: number, address: string, port: number): void;
  /** listen(2): `backlog` applies only if the socket was not bound yet. */
  listen(id: number, backlog: number): void;
  /** Starts connecting; connectState() reports the outcome. */
  connect(id: number, address: string, port: number): void;
  connectState(id: number): HostConnectState;
  /** Takes a waiting connection as a new socket; throws EAGAIN when there is none. */
  accept(id: number): HostAccepted;
  /** Reads up to `buf.length` bytes: the count, 0 at end of stream; throws EAGAIN when none are there. */
  read(id: number, buf: Uint8Array): number;
  /** Writes some of `buf`: the count; throws EAGAIN when the send buffer is full. */
  write(id: number, buf: Uint8Array): number;
  /** poll(2) of one socket, without waiting: the ready events among `events` (plus ERR/HUP/NVAL). */
  poll(id: number, events: number): number;
  /** Bytes that can be read without blocking. */
  available(id: number): number;
  /** shutdown(2): 0 reading, 1 writing, 2 both. */
  shutdown(id: number, how: number): void;
  /** Makes reads see end of stream and wakes pollers, before the socket is closed (NioSocketImpl.close). */
  preClose(id: number): void;
  close(id: number): void;
  localAddress(id: number): HostSocketAddress | null;
  remoteAddress(id: number): HostSocketAddress | null;
  /** Applies an option the host knows (TCP_NODELAY, SO_KEEPALIVE); others are only remembered by the VM. */
  setOption(id: number, name: 'nodelay' | 'keepalive', value: boolean): void;
  /** getaddrinfo(3): the addresses of a host name, in the resolver's order; throws with a gai error code. */
  lookup(host: string): { address: string; family: 4 | 6 }[];
  /** getnameinfo(3) with NI_NAMEREQD: the name of an address; throws ENOTFOUND when it has none. */
  reverseLookup(address: string): string;
  /** gethostname(2). */
  hostName(): string;
  /** The network interfaces (getifaddrs(3) and their flags). */
  interfaces(): HostInterface[];
}

/** A network interface as java.net.NetworkInterface shows it. */
export interface HostInterface {
  readonly name: string;
  readonly index: number;
  readonly up: boolean;
  readonly loopback: boolean;
  readonly pointToPoint: boolean;
  readonly multicast: boolean;
  readonly mtu: number;
  /** The hardware address, or null (loopback, or unknown). */
  readonly mac: Uint8Array | null;
  readonly addresses: readonly { address: string; prefix: number; broadcast: string | null }[];
}
