// HostFileSystem on Node.js over synchronous node:fs. Node has no lseek(2), so this file keeps each
// descriptor's offset itself and does positioned reads and writes on seekable files; pipes, terminals and
// devices are read and written at "the current position" (position null), as read(2)/write(2) would.

import * as fs from 'node:fs';
import { nodeTty } from './builtins.js';
import {
  HostError,
  O_ACCMODE,
  O_APPEND,
  O_CREAT,
  O_DIRECT,
  O_DIRECTORY,
  O_DSYNC,
  O_EXCL,
  O_NOCTTY,
  O_NOFOLLOW,
  O_NONBLOCK,
  O_RDWR,
  O_SYNC,
  O_TRUNC,
  O_WRONLY,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  type HostDir,
  type HostFileStat,
  type HostFileSystem,
  type HostFsStats,
} from '../host.js';
import { errnoNumber } from '../errno.js';

interface OpenFile {
  /** Offset for reads and writes at "the current position"; null for descriptors that can't seek. */
  position: number | null;
  append: boolean;
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs a node:fs call, turning its errors into HostError with the errno code name. */
function sys<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toHostError(e);
  }
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  // Node's own argument errors (ERR_INVALID_ARG_VALUE for a NUL in a path, ...) are EINVAL to a C program.
  if (/^E[A-Z0-9]+$/.test(code) && errnoNumber(code) !== errnoNumber('EIO')) return new HostError(code);
  if (code === 'EIO') return new HostError('EIO');
  return new HostError('EINVAL', e instanceof Error ? e.message : String(e));
}

/** Linux O_* bits to this platform's node:fs constants (identical on Linux). */
function nodeFlags(flags: number): number {
  const c = fs.constants;
  let out = 0;
  const acc = flags & O_ACCMODE;
  out |= acc === O_WRONLY ? c.O_WRONLY : acc === O_RDWR ? c.O_RDWR : c.O_RDONLY;
  const map: [number, number | undefined][] = [
    [O_CREAT, c.O_CREAT],
    [O_EXCL, c.O_EXCL],
    [O_NOCTTY, c.O_NOCTTY],
    [O_TRUNC, c.O_TRUNC],
    [O_APPEND, c.O_APPEND],
    [O_NONBLOCK, c.O_NONBLOCK],
    [O_DIRECTORY, c.O_DIRECTORY],
    [O_NOFOLLOW, c.O_NOFOLLOW],
    [O_DIRECT, c.O_DIRECT],
  ];
  for (const [linux, node] of map) if ((flags & linux) !== 0 && node !== undefined) out |= node;
  if ((flags & O_SYNC) === O_SYNC) out |= c.O_SYNC;
  else if ((flags & O_DSYNC) !== 0) out |= c.O_DSYNC ?? c.O_SYNC;
  return out;
}

export function statOf(s: fs.BigIntStats): HostFileStat {
  return {
    mode: Number(s.mode),
    ino: s.ino,
    dev: s.dev,
    rdev: s.rdev,
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    size: Number(s.size),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
    birthtimeNs: s.birthtimeNs,
  };
}

/**
 * Seconds for node:fs's utimes family from nanoseconds. libuv truncates the double to whole microseconds,
 * so half a microsecond is added to land on the intended one despite binary rounding.
 */
function utimeSeconds(ns: bigint): number {
  const us = ns >= 0n ? ns / 1000n : -((-ns + 999n) / 1000n);
  return (Number(us) + 0.5) / 1e6;
}

function isAgain(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'EAGAIN';
}

export class NodeFileSystem implements HostFileSystem {
  private readonly files = new Map<number, OpenFile>();

  open(path: string, flags: number, mode: number): number {
    const fd = sys(() => fs.openSync(path, nodeFlags(flags), mode));
    let seekable = false;
    try {
      const s = fs.fstatSync(fd);
      seekable = s.isFile() || s.isDirectory() || s.isBlockDevice();
    } catch {
      // leave it unseekable
    }
    this.files.set(fd, { position: seekable ? 0 : null, append: (flags & O_APPEND) !== 0 });
    return fd;
  }

  close(fd: number): void {
    this.files.delete(fd);
    sys(() => fs.closeSync(fd));
  }

  read(fd: number, buf: Uint8Array, position: number | null): number {
    if (buf.length === 0) return 0;
    const f = this.files.get(fd);
    const at = position ?? f?.position ?? null;
    for (;;) {
      try {
        const n = fs.readSync(fd, buf, 0, buf.length, at);
        if (position === null && f && f.position !== null) f.position += n;
        return n;
      } catch (e) {
        // A non-blocking pipe or terminal with nothing to read yet: wait for the writer.
        if (isAgain(e)) pause(1);
        else if ((e as { code?: string }).code === 'EOF') return 0;
        else throw toHostError(e);
      }
    }
  }

  write(fd: number, buf: Uint8Array, position: number | null): number {
    const f = this.files.get(fd);
    let at = position;
    if (at === null && f && f.position !== null && !f.append) at = f.position;
    for (;;) {
      try {
        const n = fs.writeSync(fd, buf, 0, buf.length, at);
        if (position === null && f && f.position !== null) {
          f.position = f.append ? Number(fs.fstatSync(fd).size) : f.position + n;
        }
        return n;
      } catch (e) {
        if (isAgain(e)) pause(1);
        else throw toHostError(e);
      }
    }
  }

  seek(fd: number, offset: number, whence: number): number {
    const f = this.files.get(fd);
    // Descriptors this file system did not open (the standard streams) are treated as unseekable.
    if (!f || f.position === null) throw new HostError('ESPIPE');
    let base: number;
    if (whence === SEEK_SET) base = 0;
    else if (whence === SEEK_CUR) base = f.position;
    else if (whence === SEEK_END) base = Number(sys(() => fs.fstatSync(fd)).size);
    else throw new HostError('EINVAL');
    const next = base + offset;
    if (next < 0) throw new HostError('EINVAL');
    f.position = next;
    return next;
  }

  fstat(fd: number): HostFileStat {
    return statOf(sys(() => fs.fstatSync(fd, { bigint: true })));
  }

  ftruncate(fd: number, length: number): void {
    sys(() => fs.ftruncateSync(fd, length));
  }

  fsync(fd: number, dataOnly: boolean): void {
    sys(() => (dataOnly ? fs.fdatasyncSync(fd) : fs.fsyncSync(fd)));
  }

  fchmod(fd: number, mode: number): void {
    sys(() => fs.fchmodSync(fd, mode));
  }

  futimes(fd: number, atimeNs: bigint | null, mtimeNs: bigint | null): void {
    let a = atimeNs;
    let m = mtimeNs;
    if (a === null || m === null) {
      const s = this.fstat(fd);
      a ??= s.atimeNs;
      m ??= s.mtimeNs;
    }
    const at = utimeSeconds(a);
    const mt = utimeSeconds(m);
    sys(() => fs.futimesSync(fd, at, mt));
  }

  available(fd: number): number {
    const f = this.files.get(fd);
    if (!f || f.position === null) return 0;
    try {
      const s = fs.fstatSync(fd);
      return s.isFile() ? Math.max(0, s.size - f.position) : 0;
    } catch {
      return 0;
    }
  }

  isatty(fd: number): boolean {
    // A terminal is a character device: anything else is answered without loading node:tty.
    try {
      if (!fs.fstatSync(fd).isCharacterDevice()) return false;
    } catch {
      return false;
    }
    return nodeTty().isatty(fd);
  }

  stat(path: string): HostFileStat {
    return statOf(sys(() => fs.statSync(path, { bigint: true })));
  }

  lstat(path: string): HostFileStat {
    return statOf(sys(() => fs.lstatSync(path, { bigint: true })));
  }

  access(path: string, mode: number): void {
    sys(() => fs.accessSync(path, mode));
  }

  mkdir(path: string, mode: number): void {
    sys(() => fs.mkdirSync(path, { mode }));
  }

  rmdir(path: string): void {
    sys(() => fs.rmdirSync(path));
  }

  unlink(path: string): void {
    sys(() => fs.unlinkSync(path));
  }

  rename(from: string, to: string): void {
    sys(() => fs.renameSync(from, to));
  }

  link(existing: string, newPath: string): void {
    sys(() => fs.linkSync(existing, newPath));
  }

  symlink(target: string, path: string): void {
    sys(() => fs.symlinkSync(target, path));
  }

  readlink(path: string): string {
    return sys(() => fs.readlinkSync(path));
  }

  chmod(path: string, mode: number): void {
    sys(() => fs.chmodSync(path, mode));
  }

  chown(path: string, uid: number, gid: number, followLinks: boolean): void {
    sys(() => (followLinks ? fs.chownSync(path, uid, gid) : fs.lchownSync(path, uid, gid)));
  }

  utimes(path: string, atimeNs: bigint | null, mtimeNs: bigint | null, followLinks: boolean): void {
    let a = atimeNs;
    let m = mtimeNs;
    if (a === null || m === null) {
      const s = followLinks ? this.stat(path) : this.lstat(path);
      a ??= s.atimeNs;
      m ??= s.mtimeNs;
    }
    const at = utimeSeconds(a);
    const mt = utimeSeconds(m);
    sys(() => (followLinks ? fs.utimesSync(path, at, mt) : fs.lutimesSync(path, at, mt)));
  }

  realpath(path: string): string {
    return sys(() => fs.realpathSync.native(path));
  }

  opendir(path: string): HostDir {
    const dir = sys(() => fs.opendirSync(path));
    let open = true;
    return {
      read: () => {
        if (!open) throw new HostError('EBADF');
        const e = sys(() => dir.readSync());
        return e === null ? null : e.name;
      },
      close: () => {
        if (!open) return;
        open = false;
        sys(() => dir.closeSync());
      },
    };
  }

  statfs(path: string): HostFsStats {
    const s = sys(() => fs.statfsSync(path));
    return { frsize: s.bsize, blocks: s.blocks, bfree: s.bfree, bavail: s.bavail };
  }
}
