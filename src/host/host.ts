// What the VM needs from its host. The VM core never touches Node (or browser) APIs directly; it is
// handed a Host, so the same core runs on Node, in a page, or over an in-memory file system.
//
// Paths are POSIX-style strings ('/' separated). Missing files are reported as null, not thrown,
// because "absent" is an ordinary answer for class path lookups.

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
}
