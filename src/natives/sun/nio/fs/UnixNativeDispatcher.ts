// sun.nio.fs.UnixNativeDispatcher natives (UnixNativeDispatcher.c): the POSIX calls of the JDK's
// UnixFileSystemProvider. Paths arrive as NUL-terminated strings in native memory (NativeBuffer), failures
// leave as sun.nio.fs.UnixException(errno) with Linux errno values; the Java code builds the messages.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JValue } from '../../../../runtime/object.js';
import { argLong, argLongNumber, byteArray } from '../../../util.js';
import { F_OK, HostError, type HostDir, type HostFileStat } from '../../../../host/host.js';
import { strerror, ENOENT } from '../../../../host/errno.js';
import {
  asHostError,
  cString,
  nativeBytes,
  setIntField,
  setLongField,
  throwUnixException,
  utf8Bytes,
} from '../../../java/io/ioSupport.js';

const UFA = 'sun/nio/fs/UnixFileAttributes';
const UFSA = 'sun/nio/fs/UnixFileStoreAttributes';

// UnixNativeDispatcher capability bits.
const SUPPORTS_FUTIMES = 1 << 2;
const SUPPORTS_FUTIMENS = 1 << 3;
const SUPPORTS_LUTIMES = 1 << 4;
const SUPPORTS_BIRTHTIME = 1 << 16;

/** Runs a host call; a host failure becomes UnixException(errno). */
export function unix<T>(t: JavaThread, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throwUnixException(t, e);
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** copy_statx_attributes: a HostFileStat into a sun.nio.fs.UnixFileAttributes. */
export function fillAttributes(attrs: JValue, s: HostFileStat): void {
  setIntField(attrs, UFA, 'st_mode', s.mode);
  setLongField(attrs, UFA, 'st_ino', s.ino);
  setLongField(attrs, UFA, 'st_dev', s.dev);
  setLongField(attrs, UFA, 'st_rdev', s.rdev);
  setIntField(attrs, UFA, 'st_nlink', s.nlink);
  setIntField(attrs, UFA, 'st_uid', s.uid);
  setIntField(attrs, UFA, 'st_gid', s.gid);
  setLongField(attrs, UFA, 'st_size', BigInt(s.size));
  const times: [string, bigint][] = [
    ['atime', s.atimeNs],
    ['mtime', s.mtimeNs],
    ['ctime', s.ctimeNs],
    ['birthtime', s.birthtimeNs ?? 0n],
  ];
  for (const [name, ns] of times) {
    const sec = floorDiv(ns, 1000000000n);
    setLongField(attrs, UFA, `st_${name}_sec`, sec);
    setLongField(attrs, UFA, `st_${name}_nsec`, ns - sec * 1000000000n);
  }
}

function path(t: JavaThread, a: JValue[], i: number): string {
  return cString(t, argLongNumber(a, i));
}

export function register(reg: NativeRegistry): void {
  reg.addAll('sun/nio/fs/UnixNativeDispatcher', {
    'init()I': () => SUPPORTS_FUTIMES | SUPPORTS_FUTIMENS | SUPPORTS_LUTIMES | SUPPORTS_BIRTHTIME,
    'getcwd()[B': (t) => byteArray(t, utf8Bytes(t.vm.host.cwd())),
    'strerror(I)[B': (t, a) => byteArray(t, utf8Bytes(strerror(a[0] as number))),
    'dup(I)I': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'open0(JII)I': (t, a) => unix(t, () => t.vm.files.open(path(t, a, 0), a[2] as number, a[3] as number)),
    'openat0(IJII)I': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'close0(I)V': (t, a) => {
      try {
        t.vm.files.close(a[0] as number);
      } catch (e) {
        if (asHostError(e).code !== 'EINTR') throwUnixException(t, e);
      }
    },
    'read(IJI)I': (t, a) => {
      const buf = nativeBytes(t, argLongNumber(a, 1), a[3] as number);
      return unix(t, () => t.vm.files.read(a[0] as number, buf));
    },
    'write(IJI)I': (t, a) => {
      const buf = nativeBytes(t, argLongNumber(a, 1), a[3] as number).slice();
      return unix(t, () => t.vm.files.write(a[0] as number, buf));
    },
    'stat0(JLsun/nio/fs/UnixFileAttributes;)V': (t, a) =>
      fillAttributes(
        a[2],
        unix(t, () => t.vm.files.fs.stat(path(t, a, 0))),
      ),
    'stat1(J)I': (t, a) => {
      try {
        return t.vm.files.fs.stat(path(t, a, 0)).mode;
      } catch (e) {
        asHostError(e);
        return 0;
      }
    },
    'lstat0(JLsun/nio/fs/UnixFileAttributes;)V': (t, a) =>
      fillAttributes(
        a[2],
        unix(t, () => t.vm.files.fs.lstat(path(t, a, 0))),
      ),
    'fstat(ILsun/nio/fs/UnixFileAttributes;)V': (t, a) =>
      fillAttributes(
        a[1],
        unix(t, () => t.vm.files.fstat(a[0] as number)),
      ),
    'fstatat0(IJILsun/nio/fs/UnixFileAttributes;)V': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'chmod0(JI)V': (t, a) => unix(t, () => t.vm.files.fs.chmod(path(t, a, 0), a[2] as number)),
    'fchmod(II)V': (t, a) => unix(t, () => t.vm.files.fs.fchmod(a[0] as number, a[1] as number)),
    'chown0(JII)V': (t, a) =>
      unix(t, () => t.vm.files.fs.chown(path(t, a, 0), a[2] as number, a[3] as number, true)),
    'lchown0(JII)V': (t, a) =>
      unix(t, () => t.vm.files.fs.chown(path(t, a, 0), a[2] as number, a[3] as number, false)),
    'fchown(III)V': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'utimes0(JJJ)V': (t, a) =>
      unix(t, () => t.vm.files.fs.utimes(path(t, a, 0), argLong(a, 2) * 1000n, argLong(a, 4) * 1000n, true)),
    'lutimes0(JJJ)V': (t, a) =>
      unix(t, () => t.vm.files.fs.utimes(path(t, a, 0), argLong(a, 2) * 1000n, argLong(a, 4) * 1000n, false)),
    'futimes(IJJ)V': (t, a) =>
      unix(t, () => t.vm.files.fs.futimes(a[0] as number, argLong(a, 1) * 1000n, argLong(a, 3) * 1000n)),
    'futimens(IJJ)V': (t, a) =>
      unix(t, () => t.vm.files.fs.futimes(a[0] as number, argLong(a, 1), argLong(a, 3))),
    'opendir0(J)J': (t, a) => {
      const dir = unix(t, () => t.vm.files.fs.opendir(path(t, a, 0)));
      return BigInt(t.vm.files.addHandle(dir));
    },
    'fdopendir(I)J': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'closedir(J)V': (t, a) => {
      const id = argLongNumber(a, 0);
      const dir = t.vm.files.handle(id) as HostDir | undefined;
      if (!dir) throwUnixException(t, new HostError('EBADF'));
      t.vm.files.removeHandle(id);
      unix(t, () => dir.close());
    },
    'readdir(J)[B': (t, a) => {
      const dir = t.vm.files.handle(argLongNumber(a, 0)) as HostDir | undefined;
      if (!dir) throwUnixException(t, new HostError('EBADF'));
      const name = unix(t, () => dir.read());
      return name === null ? null : byteArray(t, utf8Bytes(name));
    },
    'mkdir0(JI)V': (t, a) => unix(t, () => t.vm.files.fs.mkdir(path(t, a, 0), a[2] as number)),
    'rmdir0(J)V': (t, a) => unix(t, () => t.vm.files.fs.rmdir(path(t, a, 0))),
    'unlink0(J)V': (t, a) => unix(t, () => t.vm.files.fs.unlink(path(t, a, 0))),
    'unlinkat0(IJI)V': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'rename0(JJ)V': (t, a) => unix(t, () => t.vm.files.fs.rename(path(t, a, 0), path(t, a, 2))),
    'renameat0(IJIJ)V': (t) => throwUnixException(t, new HostError('ENOSYS')),
    'link0(JJ)V': (t, a) => unix(t, () => t.vm.files.fs.link(path(t, a, 0), path(t, a, 2))),
    'symlink0(JJ)V': (t, a) => unix(t, () => t.vm.files.fs.symlink(path(t, a, 0), path(t, a, 2))),
    'readlink0(J)[B': (t, a) => byteArray(t, utf8Bytes(unix(t, () => t.vm.files.fs.readlink(path(t, a, 0))))),
    'realpath0(J)[B': (t, a) => byteArray(t, utf8Bytes(unix(t, () => t.vm.files.fs.realpath(path(t, a, 0))))),
    'mknod0(JIJ)V': (t) => throwUnixException(t, new HostError('EPERM')),
    'access0(JI)V': (t, a) => unix(t, () => t.vm.files.fs.access(path(t, a, 0), a[2] as number)),
    'exists0(J)Z': (t, a) => {
      try {
        t.vm.files.fs.access(path(t, a, 0), F_OK);
        return 1;
      } catch (e) {
        asHostError(e);
        return 0;
      }
    },
    'statvfs0(JLsun/nio/fs/UnixFileStoreAttributes;)V': (t, a) => {
      const s = unix(t, () => t.vm.files.fs.statfs(path(t, a, 0)));
      setLongField(a[2], UFSA, 'f_frsize', BigInt(s.frsize));
      setLongField(a[2], UFSA, 'f_blocks', BigInt(s.blocks));
      setLongField(a[2], UFSA, 'f_bfree', BigInt(s.bfree));
      setLongField(a[2], UFSA, 'f_bavail', BigInt(s.bavail));
    },
    'getpwuid(I)[B': (t, a) => {
      const name = t.vm.host.process?.userName(a[0] as number) ?? null;
      if (name === null) throwUnixException(t, ENOENT);
      return byteArray(t, utf8Bytes(name));
    },
    'getgrgid(I)[B': (t, a) => {
      const name = t.vm.host.process?.groupName(a[0] as number) ?? null;
      if (name === null) throwUnixException(t, ENOENT);
      return byteArray(t, utf8Bytes(name));
    },
    'getpwnam0(J)I': (t, a) => t.vm.host.process?.userId(path(t, a, 0)) ?? -1,
    'getgrnam0(J)I': (t, a) => t.vm.host.process?.groupId(path(t, a, 0)) ?? -1,
    'rewind(J)V': () => undefined,
    'getlinelen(J)I': () => -1,
    'fgetxattr0(IJJI)I': (t) => throwUnixException(t, new HostError('EOPNOTSUPP')),
    'fsetxattr0(IJJI)V': (t) => throwUnixException(t, new HostError('EOPNOTSUPP')),
    'fremovexattr0(IJ)V': (t) => throwUnixException(t, new HostError('EOPNOTSUPP')),
    'flistxattr(IJI)I': (t) => throwUnixException(t, new HostError('EOPNOTSUPP')),
  });
}
