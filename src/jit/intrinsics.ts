// Methods of the class library that the execution engine runs as JavaScript of its own instead of
// translating their bytecode (HotSpot's compiler intrinsics). Each computes exactly what the bytecode
// computes. They are the string hashing and comparison loops that a JDK boot runs before anything is hot
// enough to translate: StringLatin1.hashCode alone is a quarter of the ~124,000 bytecodes Hello World
// interprets; and String.compareTo's loop (HotSpot's _compareToL), which sorted collections of strings
// call all the time: translated, it was two frames and a loop for what is usually a few bytes. These are
// package-private in java.lang, and String only passes them its own non-null arrays. The Float and Double
// bit conversions are natives made intrinsics for their long's two words (no BigInt, no native frame),
// and Unsafe's unaligned accesses are intrinsics on byte arrays (unsafeIntrinsics.ts), its int, long and
// reference accesses and CAS on fields and array elements (atomicIntrinsics.ts), and Arrays.fill of a
// whole primitive array (fillIntrinsics.ts).
// Some other natives run without their native frame (FRAMELESS_NATIVES below).
// Not used under -Xint, which interprets everything.
import type { CompiledMethod, JMethod } from '../runtime/jclass.js';
import type { JValue } from '../runtime/object.js';
import type { VM } from '../runtime/vm.js';
import type { NativeFn } from '../natives/registry.js';
import { fromBigInt } from '../runtime/long.js';
import { npe } from './runtime.js';
import { UNSAFE_INTRINSICS } from './unsafeIntrinsics.js';
import { atomicIntrinsic } from './atomicIntrinsics.js';
import { fillIntrinsic } from './fillIntrinsics.js';
import {
  doubleToRawLongBits,
  floatToRawIntBits,
  intBitsToFloat,
  longBitsToDouble,
} from '../runtime/numeric.js';

/** StringLatin1.hashCode(byte[]): h = 31 * h + (b & 0xff) over the bytes. */
const latin1HashCode: CompiledMethod = (thread, _osr, value) => {
  if (value === null) npe(thread);
  const bytes = value as Int8Array;
  let h = 0;
  for (let i = 0; i < bytes.length; i++) h = (Math.imul(31, h) + (bytes[i] & 0xff)) | 0;
  return h;
};

/** StringLatin1.equals(byte[], byte[]): same length and the same bytes. */
const latin1Equals: CompiledMethod = (thread, _osr, a, b) => {
  if (a === null || b === null) npe(thread);
  const x = a as Int8Array;
  const y = b as Int8Array;
  if (x.length !== y.length) return 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return 0;
  return 1;
};

/**
 * StringLatin1.compareTo(byte[], byte[]): at the first differing byte, the difference of the two as
 * unsigned chars; else the difference of the lengths.
 */
const latin1CompareTo: CompiledMethod = (thread, _osr, a, b) => {
  if (a === null || b === null) npe(thread);
  const x = a as Int8Array;
  const y = b as Int8Array;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] & 0xff) - (y[i] & 0xff);
  return x.length - y.length;
};

const INTRINSICS = new Map<string, CompiledMethod>([
  ['java/lang/StringLatin1.hashCode([B)I', latin1HashCode],
  ['java/lang/StringLatin1.equals([B[B)Z', latin1Equals],
  ['java/lang/StringLatin1.compareTo([B[B)I', latin1CompareTo],
  // The bit conversions are natives; as intrinsics they take and give a long as its two words (the
  // translated calling convention) rather than as the BigInt a native call makes.
  ['java/lang/Double.doubleToRawLongBits(D)J', (_t, _o, d) => doubleToRawLongBits(d as number)],
  ['java/lang/Double.longBitsToDouble(J)D', (_t, _o, lo, hi) => longBitsToDouble(lo as number, hi as number)],
  ['java/lang/Float.floatToRawIntBits(F)I', (_t, _o, f) => floatToRawIntBits(f as number)],
  ['java/lang/Float.intBitsToFloat(I)F', (_t, _o, i) => intBitsToFloat(i as number)],
  ...UNSAFE_INTRINSICS,
]);

/**
 * Natives that can't throw, block or run Java code, which translated code calls without the native frame
 * that invokeNative pushes (only a stack trace taken inside the native could show it, and none is): the
 * Unsafe accesses and CAS behind java.util.concurrent's atomics, VarHandles and locks, and the few others
 * such code calls on every operation. HotSpot's compilers intrinsify all of them.
 */
const FRAMELESS_NATIVES = (() => {
  const keys = [
    'java/lang/Class.isInstance(Ljava/lang/Object;)Z',
    'java/lang/Class.isArray()Z',
    'java/lang/Class.isInterface()Z',
    'java/lang/Class.isPrimitive()Z',
    'java/lang/Object.getClass()Ljava/lang/Class;',
    'java/lang/Object.hashCode()I',
    'java/lang/System.identityHashCode(Ljava/lang/Object;)I',
    'java/lang/Thread.currentThread()Ljava/lang/Thread;',
    'java/lang/ref/Reference.refersTo0(Ljava/lang/Object;)Z',
    'java/lang/ref/PhantomReference.refersTo0(Ljava/lang/Object;)Z',
  ];
  const unsafe = 'jdk/internal/misc/Unsafe.';
  const kinds: [string, string][] = [
    ['Int', 'I'],
    ['Long', 'J'],
    ['Reference', 'Ljava/lang/Object;'],
    ['Boolean', 'Z'],
    ['Byte', 'B'],
    ['Short', 'S'],
    ['Char', 'C'],
    ['Float', 'F'],
    ['Double', 'D'],
  ];
  for (const [name, d] of kinds) {
    keys.push(
      `${unsafe}get${name}(Ljava/lang/Object;J)${d}`,
      `${unsafe}get${name}Volatile(Ljava/lang/Object;J)${d}`,
    );
    keys.push(
      `${unsafe}put${name}(Ljava/lang/Object;J${d})V`,
      `${unsafe}put${name}Volatile(Ljava/lang/Object;J${d})V`,
    );
  }
  for (const [name, d] of kinds.slice(0, 3)) {
    keys.push(`${unsafe}compareAndSet${name}(Ljava/lang/Object;J${d}${d})Z`);
    keys.push(`${unsafe}compareAndExchange${name}(Ljava/lang/Object;J${d}${d})${d}`);
  }
  return new Set(keys);
})();

/** A native as a translated entry: its arguments as the native takes them, a long result as L.hi and low word. */
function framelessNative(m: JMethod, fn: NativeFn): CompiledMethod {
  if (m.returnType === 'J') return (thread, _osr, ...args) => fromBigInt(fn(thread, args) as bigint);
  return (thread, _osr, ...args) => fn(thread, args) as JValue | undefined;
}

/** The intrinsic that runs `m`, if the boot class library's method has one. */
export function intrinsicFor(vm: VM, m: JMethod): CompiledMethod | undefined {
  if (m.cls.loader !== null) return undefined;
  const key = `${m.cls.name}.${m.key}`;
  const intrinsic =
    INTRINSICS.get(key) ??
    fillIntrinsic(m) ??
    atomicIntrinsic(m.cls.name, m.key, (k) => vm.natives.lookupKey(m.cls.name, k));
  if (intrinsic !== undefined || !m.isNative) return intrinsic;
  const fn = FRAMELESS_NATIVES.has(key) ? vm.natives.lookup(m.cls.name, m.name, m.descriptor) : undefined;
  return fn === undefined ? undefined : framelessNative(m, fn);
}
