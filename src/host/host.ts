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
