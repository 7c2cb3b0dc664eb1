// A read-only HostFileSystem over the basic Host queries, for hosts that offer no `fs` of their own: Java
// code can read files and list directories, and every change fails with EROFS.
import {
  HostError,
  O_ACCMODE,
  O_CREAT,
  O_RDONLY,
  O_TRUNC,
  S_IFDIR,
  S_IFREG,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  W_OK,
  type Host,
  type HostDir,
  type HostFileStat,
  type HostFileSystem,
  type HostFsStats,
} from './host.js';

interface OpenFile {
  data: Uint8Array | null;
  stat: HostFileStat;
  position: number;
}

function fail(code: string): never {
  throw new HostError(code);
}

export class ReadOnlyFileSystem implements HostFileSystem {
  private readonly fds = new Map<number, OpenFile>();
  private next = 3;

  constructor(private readonly host: Host) {}

  private file(fd: number): OpenFile {
    const f = this.fds.get(fd);
    if (!f) fail('EBADF');
    return f;
  }

  open(path: string, flags: number): number {
    const st = this.host.stat(path);
    if ((flags & O_ACCMODE) !== O_RDONLY || (flags & (O_CREAT | O_TRUNC)) !== 0)
      fail(st ? 'EROFS' : 'ENOENT');
    if (!st) fail('ENOENT');
    const data = st.isFile ? this.host.readFile(path) : null;
    if (st.isFile && data === null) fail('EACCES');
    const fd = this.next++;
    this.fds.set(fd, { data, stat: this.stat(path), position: 0 });
    return fd;
  }

  close(fd: number): void {
    this.file(fd);
    this.fds.delete(fd);
  }

  read(fd: number, buf: Uint8Array, position: number | null): number {
    const f = this.file(fd);
    if (!f.data) fail('EISDIR');
    const at = position ?? f.position;
    const n = Math.max(0, Math.min(buf.length, f.data.length - at));
    buf.set(f.data.subarray(at, at + n));
    if (position === null) f.position += n;
    return n;
  }

  write(fd: number): number {
    this.file(fd);
    fail('EBADF');
  }

  seek(fd: number, offset: number, whence: number): number {
    const f = this.file(fd);
    const base =
      whence === SEEK_SET
        ? 0
        : whence === SEEK_CUR
          ? f.position
          : whence === SEEK_END
            ? (f.data?.length ?? 0)
            : fail('EINVAL');
    if (base + offset < 0) fail('EINVAL');
    f.position = base + offset;
    return f.position;
  }

  fstat(fd: number): HostFileStat {
    return this.file(fd).stat;
  }

  ftruncate(fd: number): void {
    this.file(fd);
    fail('EINVAL');
  }

  fsync(fd: number): void {
    this.file(fd);
  }

  fchmod(): void {
    fail('EROFS');
  }

  futimes(): void {
    fail('EROFS');
  }

  available(fd: number): number {
    const f = this.file(fd);
    return f.data ? Math.max(0, f.data.length - f.position) : 0;
  }

  isatty(): boolean {
    return false;
  }

  stat(path: string): HostFileStat {
    const st = this.host.stat(path);
    if (!st) fail('ENOENT');
    const ns = BigInt(Math.floor(st.mtimeMs)) * 1000000n;
    return {
      mode: (st.isDirectory ? S_IFDIR | 0o555 : S_IFREG | 0o444) >>> 0,
      ino: 0n,
      dev: 0n,
      rdev: 0n,
      nlink: 1,
      uid: 0,
      gid: 0,
      size: st.size,
      atimeNs: ns,
      mtimeNs: ns,
      ctimeNs: ns,
      birthtimeNs: null,
    };
  }

  lstat(path: string): HostFileStat {
    return this.stat(path);
  }

  access(path: string, mode: number): void {
    this.stat(path);
    if ((mode & W_OK) !== 0) fail('EROFS');
  }

  mkdir(): void {
    fail('EROFS');
  }
  rmdir(): void {
    fail('EROFS');
  }
  unlink(): void {
    fail('EROFS');
  }
  rename(): void {
    fail('EROFS');
  }
  link(): void {
    fail('EROFS');
  }
  symlink(): void {
    fail('EROFS');
  }
  readlink(path: string): string {
    this.stat(path);
    fail('EINVAL');
  }
  chmod(): void {
    fail('EROFS');
  }
  chown(): void {
    fail('EROFS');
  }
  utimes(): void {
    fail('EROFS');
  }

  realpath(path: string): string {
    const real = this.host.realPath(path);
    if (real === null) fail('ENOENT');
    return real;
  }

  opendir(path: string): HostDir {
    const names = this.host.readDir(path);
    if (names === null) fail(this.host.stat(path) ? 'ENOTDIR' : 'ENOENT');
    let i = 0;
    return { read: () => (i < names.length ? names[i++] : null), close: () => undefined };
  }

  statfs(path: string): HostFsStats {
    this.stat(path);
    return { frsize: 4096, blocks: 0, bfree: 0, bavail: 0 };
  }
}

/** The host's file system, or a read-only view of its files when it has none. */
export function fileSystemOf(host: Host): HostFileSystem {
  return host.fs ?? new ReadOnlyFileSystem(host);
}
