// sun.nio.ch.FileDispatcherImpl natives (FileDispatcherImpl.c): reads and writes between file descriptors
// and native memory (direct buffers), positioned I/O, size, truncate, force, locks.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JValue, JavaObject } from '../../../../runtime/object.js';
import { fromBigInt, L } from '../../../../runtime/long.js';
import { mapFile, mapFileReadOnly, unmapFile, writeBackAll } from './mappings.js';
import { argLongNumber } from '../../../util.js';
import { HostError, SEEK_CUR, SEEK_SET } from '../../../../host/host.js';
import {
  asHostError,
  fdValue,
  nativeBytes,
  setFdValue,
  throwIO,
  throwIOWithLastError,
} from '../../../java/io/ioSupport.js';

// sun.nio.ch.IOStatus
export const IOS_EOF = -1;
export const IOS_UNAVAILABLE = -2;
export const IOS_UNSUPPORTED_CASE = -6;

// FileDispatcher lock results.
const LOCKED = 0;

// FileChannelImpl map modes.
const MAP_RO = 0;
const MAP_RW = 1;

/** convertReturnVal for a read: 0 bytes is end of input. */
function readResult(n: number): number {
  return n === 0 ? IOS_EOF : n;
}

/** A host failure as the channel natives report it: EAGAIN is "unavailable", others an IOException. */
function ioFailure(t: JavaThread, e: unknown): number {
  if (asHostError(e).code === 'EAGAIN') return IOS_UNAVAILABLE;
  throwIOWithLastError(t, e);
}

export function channelRead(
  t: JavaThread,
  fd: number,
  address: number,
  len: number,
  position: number | null,
): number {
  const buf = nativeBytes(t, address, len);
  try {
    return len === 0 ? 0 : readResult(t.vm.files.read(fd, buf, position));
  } catch (e) {
    return ioFailure(t, e);
  }
}

export function channelWrite(
  t: JavaThread,
  fd: number,
  address: number,
  len: number,
  position: number | null,
): number {
  const buf = nativeBytes(t, address, len).slice();
  try {
    return t.vm.files.write(fd, buf, position);
  } catch (e) {
    return ioFailure(t, e);
  }
}

/** The (base, length) pairs of a struct iovec array in native memory (16 bytes each on 64-bit Linux). */
export function iovecs(t: JavaThread, address: number, count: number): [number, number][] {
  t.vm.nativeMemory.touch(address, count * 16);
  const view = t.vm.nativeMemory.view;
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const at = address + i * 16;
    out.push([Number(view.getBigUint64(at, true)), Number(view.getBigUint64(at + 8, true))]);
  }
  return out;
}

/**
 * readv/writev over a struct iovec array: `one` transfers one buffer (bytes, or a negative IOStatus);
 * stops at the first short transfer, and reports a status only when nothing was transferred before it.
 */
export function vectored(
  t: JavaThread,
  address: number,
  count: number,
  one: (base: number, len: number) => number,
): bigint {
  let total = 0;
  for (const [base, len] of iovecs(t, address, count)) {
    const n = one(base, len);
    if (n < 0) return BigInt(total > 0 ? total : n);
    total += n;
    if (n < len) break;
  }
  return BigInt(total);
}

export function channelReadv(t: JavaThread, fd: number, address: number, count: number): bigint {
  return vectored(t, address, count, (base, len) => channelRead(t, fd, base, len, null));
}

export function channelWritev(t: JavaThread, fd: number, address: number, count: number): bigint {
  return vectored(t, address, count, (base, len) => channelWrite(t, fd, base, len, null));
}

function fdArg(a: JValue[], i: number): number {
  return fdValue(a[i]);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('sun/nio/ch/FileDispatcherImpl', {
    'init()V': () => undefined,
    'read0(Ljava/io/FileDescriptor;JI)I': (t, a) =>
      channelRead(t, fdArg(a, 0), argLongNumber(a, 1), a[3] as number, null),
    'pread0(Ljava/io/FileDescriptor;JIJ)I': (t, a) =>
      channelRead(t, fdArg(a, 0), argLongNumber(a, 1), a[3] as number, argLongNumber(a, 4)),
    'readv0(Ljava/io/FileDescriptor;JI)J': (t, a) =>
      channelReadv(t, fdArg(a, 0), argLongNumber(a, 1), a[3] as number),
    'write0(Ljava/io/FileDescriptor;JI)I': (t, a) =>
      channelWrite(t, fdArg(a, 0), argLongNumber(a, 1), a[3] as number, null),
    'pwrite0(Ljava/io/FileDescriptor;JIJ)I': (t, a) =>
      channelWrite(t, fdArg(a, 0), argLongNumber(a, 1), a[3] as number, argLongNumber(a, 4)),
    'writev0(Ljava/io/FileDescriptor;JI)J': (t, a) =>
      channelWritev(t, fdArg(a, 0), argLongNumber(a, 1), a[3] as number),
    'seek0(Ljava/io/FileDescriptor;J)J': (t, a) => {
      const offset = argLongNumber(a, 1);
      try {
        const files = t.vm.files;
        return BigInt(
          offset < 0 ? files.seek(fdArg(a, 0), 0, SEEK_CUR) : files.seek(fdArg(a, 0), offset, SEEK_SET),
        );
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'size0(Ljava/io/FileDescriptor;)J': (t, a) => {
      try {
        return BigInt(t.vm.files.fstat(fdArg(a, 0)).size);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'truncate0(Ljava/io/FileDescriptor;J)I': (t, a) => {
      try {
        t.vm.files.fs.ftruncate(fdArg(a, 0), argLongNumber(a, 1));
        return 0;
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'force0(Ljava/io/FileDescriptor;Z)I': (t, a) => {
      const fd = fdArg(a, 0);
      if (fd <= 2) return 0;
      try {
        t.vm.files.fs.fsync(fd, a[1] === 0);
        return 0;
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    // One process, one VM: advisory locks can't conflict with anything, so every request succeeds.
    'lock0(Ljava/io/FileDescriptor;ZJJZ)I': () => LOCKED,
    'release0(Ljava/io/FileDescriptor;JJ)V': () => undefined,
    'closeIntFD(I)V': (t, a) => {
      try {
        writeBackAll(t);
        t.vm.files.close(a[0] as number);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'close0(Ljava/io/FileDescriptor;)V': (t, a) => {
      const fd = fdArg(a, 0);
      if (fd === -1) return;
      try {
        writeBackAll(t);
        t.vm.files.close(fd);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    // For a socket: later reads see end of stream and threads blocked in poll wake up (HotSpot dup2s a
    // half-closed socket over the descriptor for the same effect).
    'preClose0(Ljava/io/FileDescriptor;)V': (t, a) => {
      const files = t.vm.files;
      const socket = files.socketOf(fdArg(a, 0));
      if (socket === undefined) return;
      try {
        files.network().preClose(socket);
        files.events.signal();
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'dup0(Ljava/io/FileDescriptor;Ljava/io/FileDescriptor;)V': (t) =>
      throwIOWithLastError(t, new HostError('ENOSYS')),
    'setDirect0(Ljava/io/FileDescriptor;)I': (t) => throwIO(t, 'DirectIO is not supported'),
    'canTransferToFromOverlappedMap0()Z': () => 1,
  });
  reg.addAll('sun/nio/ch/IOUtil', {
    'initIDs()V': () => undefined,
    'iovMax()I': () => 1024,
    'fdLimit()I': () => 1048576,
    'fdVal(Ljava/io/FileDescriptor;)I': (_t, a) => fdValue(a[0]),
    'setfdVal(Ljava/io/FileDescriptor;I)V': (_t, a) => setFdValue(a[0], a[1] as number),
    'configureBlocking(Ljava/io/FileDescriptor;Z)V': () => undefined,
    'randomBytes([B)Z': () => 0,
    // Pipes inside the VM; both ends never block (blocking channels park in Net.poll instead).
    'makePipe(Z)J': (t) => {
      const [r, w] = t.vm.files.addPipe();
      return (BigInt(r) << 32n) | BigInt(w);
    },
    'drain(I)Z': (t, a) => {
      const buf = new Uint8Array(16);
      let total = 0;
      for (;;) {
        let n: number;
        try {
          n = t.vm.files.read(a[0] as number, buf);
        } catch (e) {
          if (asHostError(e).code === 'EAGAIN') break;
          throwIOWithLastError(t, e);
        }
        total += n;
        if (n < buf.length) break;
      }
      return total > 0 ? 1 : 0;
    },
    'drain1(I)I': (t, a) => {
      try {
        return t.vm.files.read(a[0] as number, new Uint8Array(1));
      } catch (e) {
        if (asHostError(e).code === 'EAGAIN') return 0;
        throwIOWithLastError(t, e);
      }
    },
    'write1(IB)I': (t, a) => {
      try {
        return t.vm.files.write(a[0] as number, new Uint8Array([(a[1] as number) & 0xff]));
      } catch (e) {
        return ioFailure(t, e);
      }
    },
  });
  reg.addAll('sun/nio/ch/NativeThread', {
    'init()V': () => undefined,
    // No native thread to signal: blocking calls are not interruptible from other threads here.
    'current()J': () => 0n,
    'signal(J)V': () => undefined,
  });
  reg.addAll('sun/nio/ch/FileKey', {
    'initIDs()V': () => undefined,
    'init(Ljava/io/FileDescriptor;)V': (t, a) => {
      let st;
      try {
        st = t.vm.files.fstat(fdValue(a[1]));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
      const key = a[0];
      const bag = key as unknown as Record<string, JValue>;
      const set = (name: string, v: bigint): void => {
        bag[`${name}@sun/nio/ch/FileKey`] = fromBigInt(v);
        bag[`${name}@sun/nio/ch/FileKey$hi`] = L.hi;
      };
      set('st_dev', st.dev);
      set('st_ino', st.ino);
    },
  });
  reg.addAll('sun/nio/ch/FileChannelImpl', {
    // The allocation granularity for map().
    'initIDs()J': () => 4096n,
    'maxDirectTransferSize0()I': () => 0x7ffff000,
    'transferTo0(Ljava/io/FileDescriptor;JJLjava/io/FileDescriptor;)J': () => BigInt(IOS_UNSUPPORTED_CASE),
    'map0(IJJZ)J': (t, a) => {
      const self = a[0] as unknown as Record<string, JValue>;
      const fd = fdValue(self['fd@sun/nio/ch/FileChannelImpl']);
      const prot = a[1] as number;
      const position = argLongNumber(a, 2);
      const length = argLongNumber(a, 4);
      const pathObj = self['path@sun/nio/ch/FileChannelImpl'];
      const path = pathObj === null ? null : t.vm.jsString(pathObj as JavaObject);
      try {
        if (prot === MAP_RO && path !== null) return BigInt(mapFileReadOnly(t, path, position, length));
        return BigInt(mapFile(t, fd, position, length, prot === MAP_RW ? path : null));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'unmap0(JJ)I': (t, a) => {
      try {
        unmapFile(t, argLongNumber(a, 0));
      } catch (e) {
        asHostError(e);
      }
      return 0;
    },
  });
}
