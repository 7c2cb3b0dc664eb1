// java.io.FileDescriptor, FileCleanable, FileInputStream and FileOutputStream natives (HotSpot's
// io_util.c, io_util_md.c, FileInputStream.c, FileOutputStream_md.c) over the VM's file table.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JValue } from '../../../runtime/object.js';
import { jsStr, bytesOf, argLongNumber } from '../../util.js';
import { pendingOperation } from '../../../threads/scheduler.js';
import { writeBackAll } from '../../sun/nio/ch/mappings.js';
import { JVMTI_ALIVE, JVMTI_RUNNABLE } from '../../../threads/thread.js';
import {
  O_APPEND,
  O_CREAT,
  O_RDONLY,
  O_TRUNC,
  O_WRONLY,
  S_IFDIR,
  S_IFMT,
  SEEK_CUR,
} from '../../../host/host.js';
import {
  APPEND_FIELD,
  FD_FIELD,
  checkArrayRange,
  fdObjectOf,
  fdValue,
  setFdValue,
  streamFd,
  throwFileNotFound,
  throwIO,
  throwIOWithLastError,
} from './ioSupport.js';

/** io_util_md.c handleOpen + fileOpen: trailing slashes dropped, directories refused with EISDIR. */
export function openFile(t: JavaThread, pathValue: JValue, flags: number): number {
  const path = jsStr(t, pathValue)!;
  let p = path;
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  const files = t.vm.files;
  let fd: number;
  try {
    fd = files.open(p, flags, 0o666);
  } catch (e) {
    throwFileNotFound(t, path, e);
  }
  let isDir = false;
  try {
    isDir = (files.fstat(fd).mode & S_IFMT) === S_IFDIR;
  } catch (e) {
    files.close(fd);
    throwFileNotFound(t, path, e);
  }
  if (isDir) {
    files.close(fd);
    throw t.vm.newThrowable(t, 'java/io/FileNotFoundException', `${path} (Is a directory)`);
  }
  return fd;
}

/** Stores a freshly opened fd in a stream's FileDescriptor (fileOpen). */
export function attachFd(stream: JValue, cls: string, fd: number, flags: number): void {
  const fdObj = fdObjectOf(stream, cls);
  if (fdObj) {
    fdObj[FD_FIELD] = fd;
    fdObj[APPEND_FIELD] = (flags & O_APPEND) !== 0 ? 1 : 0;
  }
}

function requireOpen(t: JavaThread, fd: number): number {
  if (fd === -1) throwIO(t, 'Stream Closed');
  return fd;
}

/**
 * Before a read of standard input that would wait for input, lets the other runnable Java threads run:
 * the reading thread polls every few milliseconds instead of stopping the whole VM in read(2). When no
 * other thread can make progress (or input, or its end, is already there) it reads at once, blocking as
 * HotSpot does.
 */
export function awaitStdin(t: JavaThread, fd: number): void {
  if (fd !== 0) return;
  const vm = t.vm;
  for (;;) {
    const p = t.pending;
    if (p && p.kind === 'sleep' && p.ready) t.pending = null;
    // Someone else can make progress: a runnable thread, or one whose timed wait will end.
    const others = vm.scheduler.hasRunnable() || vm.scheduler.nextDeadline() !== Infinity;
    if (!others || !vm.files.stdinWouldBlock()) return;
    // Runnable, as HotSpot shows a thread in read(2); resumed, the read is attempted again.
    vm.scheduler.block(
      t,
      pendingOperation('sleep', null, Date.now() + STDIN_POLL_MS),
      JVMTI_ALIVE | JVMTI_RUNNABLE,
    );
  }
}

/** How often a green thread waiting for standard input looks again. */
const STDIN_POLL_MS = 5;

/** io_util.c readSingle. */
export function readSingle(t: JavaThread, fd: number): number {
  requireOpen(t, fd);
  awaitStdin(t, fd);
  const one = new Uint8Array(1);
  let n: number;
  try {
    n = t.vm.files.read(fd, one);
  } catch (e) {
    throwIOWithLastError(t, e);
  }
  return n === 0 ? -1 : one[0];
}

/** io_util.c readBytes. */
export function readBytes(t: JavaThread, fd: number, arr: JValue, off: number, len: number): number {
  const a = checkArrayRange(t, arr, off, len);
  if (len === 0) return 0;
  requireOpen(t, fd);
  awaitStdin(t, fd);
  let n: number;
  try {
    n = t.vm.files.read(fd, bytesOf(a).subarray(off, off + len));
  } catch (e) {
    throwIOWithLastError(t, e);
  }
  return n === 0 ? -1 : n;
}

/** io_util.c writeSingle. */
export function writeSingle(t: JavaThread, fd: number, b: number): void {
  requireOpen(t, fd);
  try {
    t.vm.files.write(fd, new Uint8Array([b & 0xff]));
  } catch (e) {
    throwIOWithLastError(t, e);
  }
}

/** io_util.c writeBytes. */
export function writeBytes(t: JavaThread, fd: number, arr: JValue, off: number, len: number): void {
  const a = checkArrayRange(t, arr, off, len);
  if (len === 0) return;
  requireOpen(t, fd);
  try {
    // A copy: the host may hold on to the bytes (a pipe), and Java may change the array right after.
    t.vm.files.write(fd, bytesOf(a).slice(off, off + len));
  } catch (e) {
    throwIOWithLastError(t, e);
  }
}

/** io_util_md.c fileDescriptorClose: fd set to -1 first; 0–2 are redirected to /dev/null, not freed. */
export function closeFileDescriptor(t: JavaThread, fdObj: JValue): void {
  const fd = fdValue(fdObj);
  if (fd === -1) return;
  setFdValue(fdObj, -1);
  try {
    // A file channel closes through here: its read-write mappings reach the file first.
    writeBackAll(t);
    t.vm.files.close(fd);
  } catch (e) {
    throwIOWithLastError(t, e);
  }
}

/** io_util_md.c handleGetLength. */
export function fileLength(t: JavaThread, fd: number): bigint {
  try {
    return BigInt(t.vm.files.fstat(fd).size);
  } catch (e) {
    throwIOWithLastError(t, e);
  }
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/io/FileDescriptor', {
    'initIDs()V': () => undefined,
    'getHandle(I)J': () => -1n,
    'getAppend(I)Z': () => 0,
    'close0()V': (t, a) => closeFileDescriptor(t, a[0]),
    'sync()V': (t, a) => {
      const fd = fdValue(a[0]);
      try {
        // fsync(2) on the descriptor itself, standard streams included (a pipe refuses it, as in HotSpot).
        t.vm.files.fs.fsync(fd, false);
      } catch {
        throwIO(t, 'sync failed', 'java/io/SyncFailedException');
      }
    },
  });
  reg.add('java/io/FileCleanable', 'cleanupClose0(IJ)V', (t, a) => {
    const fd = a[0] as number;
    if (fd === -1) return;
    try {
      t.vm.files.close(fd);
    } catch (e) {
      throwIOWithLastError(t, e);
    }
  });

  const FIS = 'java/io/FileInputStream';
  reg.addAll(FIS, {
    'initIDs()V': () => undefined,
    'open0(Ljava/lang/String;)V': (t, a) => attachFd(a[0], FIS, openFile(t, a[1], O_RDONLY), O_RDONLY),
    'read0()I': (t, a) => readSingle(t, streamFd(a[0], FIS)),
    'readBytes([BII)I': (t, a) => readBytes(t, streamFd(a[0], FIS), a[1], a[2] as number, a[3] as number),
    'length0()J': (t, a) => fileLength(t, requireOpen(t, streamFd(a[0], FIS))),
    'position0()J': (t, a) => {
      const fd = requireOpen(t, streamFd(a[0], FIS));
      try {
        return BigInt(t.vm.files.position(fd));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'skip0(J)J': (t, a) => {
      const fd = requireOpen(t, streamFd(a[0], FIS));
      const n = argLongNumber(a, 1);
      const files = t.vm.files;
      try {
        const cur = files.position(fd);
        const end = files.seek(fd, n, SEEK_CUR);
        return BigInt(end - cur);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'available0()I': (t, a) => {
      const fd = requireOpen(t, streamFd(a[0], FIS));
      try {
        return Math.min(0x7fffffff, Math.max(0, t.vm.files.available(fd)));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
  });

  const FOS = 'java/io/FileOutputStream';
  reg.addAll(FOS, {
    'initIDs()V': () => undefined,
    'open0(Ljava/lang/String;Z)V': (t, a) => {
      const flags = O_WRONLY | O_CREAT | (a[2] ? O_APPEND : O_TRUNC);
      attachFd(a[0], FOS, openFile(t, a[1], flags), flags);
    },
    'write(IZ)V': (t, a) => writeSingle(t, streamFd(a[0], FOS), a[1] as number),
    'writeBytes([BIIZ)V': (t, a) => writeBytes(t, streamFd(a[0], FOS), a[1], a[2] as number, a[3] as number),
  });
}
