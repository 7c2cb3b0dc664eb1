// What the I/O natives share: FileDescriptor fields, host errors turned into the Java exceptions HotSpot's
// io_util.c / jni_util.c throw (strerror texts from glibc), C strings in native memory, byte[] bounds.
import type { JavaThread } from '../../../threads/thread.js';
import type { JavaObject, JValue, FieldBag, JArray } from '../../../runtime/object.js';
import { fromBigInt, L } from '../../../runtime/long.js';
import { HostError } from '../../../host/host.js';
import { errnoNumber, strerror } from '../../../host/errno.js';

export const FD_FIELD = 'fd@java/io/FileDescriptor';
export const APPEND_FIELD = 'append@java/io/FileDescriptor';

/** The FileDescriptor object in field `fd` of a stream of class `cls` (FileInputStream, ...). */
export function fdObjectOf(stream: JValue, cls: string): FieldBag | null {
  return (stream as unknown as FieldBag)[`fd@${cls}`] as unknown as FieldBag | null;
}

/** io_util.c getFD: the int fd of a stream's FileDescriptor, -1 when it has none or it is closed. */
export function streamFd(stream: JValue, cls: string): number {
  const fdObj = fdObjectOf(stream, cls);
  return fdObj ? (fdObj[FD_FIELD] as number) : -1;
}

/** The int fd of a java.io.FileDescriptor (-1 when null). */
export function fdValue(fdObj: JValue): number {
  return fdObj === null ? -1 : ((fdObj as unknown as FieldBag)[FD_FIELD] as number);
}

export function setFdValue(fdObj: JValue, fd: number): void {
  (fdObj as unknown as FieldBag)[FD_FIELD] = fd;
}

/** The errno a host failure stands for (EIO for anything that is not a HostError is never used: rethrown). */
export function errnoOf(e: HostError): number {
  return errnoNumber(e.code);
}

/** Rethrows anything that is not a host failure (Java exceptions, VM bugs). */
export function asHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  throw e;
}

/** JNU_ThrowIOExceptionWithLastError: an IOException whose message is strerror(errno). */
export function throwIOWithLastError(t: JavaThread, e: unknown, cls = 'java/io/IOException'): never {
  const he = asHostError(e);
  throw t.vm.newThrowable(t, cls, strerror(errnoOf(he)));
}

export function throwIO(t: JavaThread, message: string | null, cls = 'java/io/IOException'): never {
  throw t.vm.newThrowable(t, cls, message);
}

/** io_util.c throwFileNotFoundException: "path (reason)". */
export function throwFileNotFound(t: JavaThread, path: string, e: unknown): never {
  const he = asHostError(e);
  throw t.vm.newThrowable(t, 'java/io/FileNotFoundException', `${path} (${strerror(errnoOf(he))})`);
}

export function throwNPE(t: JavaThread): never {
  throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
}

/** io_util.c outOfBounds: IndexOutOfBoundsException without a message. */
export function checkArrayRange(t: JavaThread, arr: JValue, off: number, len: number): JArray {
  if (arr === null) throwNPE(t);
  const a = arr as JArray;
  if (off < 0 || len < 0 || a.length - off < len) {
    throw t.vm.newThrowable(t, 'java/lang/IndexOutOfBoundsException', null);
  }
  return a;
}

const utf8 = new TextDecoder('utf-8');

/** A NUL-terminated byte string at `address` in native memory (NativeBuffer paths), decoded as UTF-8. */
export function cString(t: JavaThread, address: number): string {
  const mem = t.vm.nativeMemory;
  const bytes = mem.bytes;
  let end = address;
  mem.touch(end, 1);
  while (end < bytes.length && bytes[end] !== 0) {
    end++;
    if ((end & 0xfff) === 0) mem.touch(end, 1);
  }
  return utf8.decode(bytes.subarray(address, end));
}

/** A view of `length` bytes of native memory at `address` (re-read after any allocation). */
export function nativeBytes(t: JavaThread, address: number, length: number): Uint8Array {
  t.vm.nativeMemory.touch(address, length);
  const bytes = t.vm.nativeMemory.bytes;
  if (address < 0 || address + length > bytes.length) {
    throw t.vm.newThrowable(t, 'java/lang/InternalError', `bad native address ${address}`);
  }
  return bytes.subarray(address, address + length);
}

/** Creates a Java object by running its constructor `desc` with `args` (after `this`). */
export function newObjectWith(t: JavaThread, className: string, desc: string, args: JValue[]): JavaObject {
  const vm = t.vm;
  const cls = vm.loadClass(t, className, null);
  vm.initialize(t, cls);
  const obj = vm.newObject(cls);
  const init = cls.findDeclaredMethod('<init>', desc);
  if (!init) throw new Error(`tsjvm: ${className} has no constructor ${desc}`);
  vm.callJava(t, init, [obj, ...args]);
  return obj;
}

/** Stores a long field (two int32 halves, as the object model keeps longs). */
export function setLongField(obj: JValue, cls: string, name: string, v: bigint): void {
  const f = obj as unknown as FieldBag;
  const key = `${name}@${cls}`;
  f[key] = fromBigInt(v);
  f[key + '$hi'] = L.hi;
}

export function setIntField(obj: JValue, cls: string, name: string, v: number): void {
  (obj as unknown as FieldBag)[`${name}@${cls}`] = v | 0;
}

/** Throws sun.nio.fs.UnixException(errno) for a host failure, as the NIO natives' throwUnixException. */
export function throwUnixException(t: JavaThread, e: unknown): never {
  const errno = typeof e === 'number' ? e : errnoOf(asHostError(e));
  throw newObjectWith(t, 'sun/nio/fs/UnixException', '(I)V', [errno]);
}

const utf8Encoder = new TextEncoder();

export function utf8Bytes(s: string): Uint8Array {
  return utf8Encoder.encode(s);
}
