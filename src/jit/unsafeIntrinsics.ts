// Unsafe's unaligned accesses (getLongUnaligned and friends, @IntrinsicCandidate in the JDK) as intrinsics:
// the loads and stores behind a heap ByteBuffer's getInt/putLong…, the byte-array VarHandles
// (MethodHandles.byteArrayViewVarHandle) and the digests that read their blocks through them (SHA-2's
// ByteArrayAccess). On a byte[] they read or write the bytes where they are, in the little-endian order
// HotSpot's x86 and AArch64 use. Their bytecode instead called the getLong/putLong… natives, each with its
// offset made a BigInt, a DataView made over the array (and the array moved off V8's heap if it was small
// enough to be in it), and a long result made a BigInt and taken apart again: a heap ByteBuffer getLong
// cost ~2 µs. Any other base (a field, another array type, native memory) or an offset outside the array
// goes the way the natives go (unsafeAccess.ts), which is what the bytecode would have done.
import type { CompiledMethod } from '../runtime/jclass.js';
import type { JValue } from '../runtime/object.js';
import { fromBigInt, L, toBigInt, toNumber } from '../runtime/long.js';
import {
  ARRAY_BASE_OFFSET,
  unsafeGet,
  unsafePut,
  type AccessKind,
} from '../natives/jdk/internal/misc/unsafeAccess.js';

/**
 * The index in byte[] `o` of the `size` bytes at Unsafe offset (lo, hi), or -1 when `o` is not a byte[]
 * (or boolean[], also an Int8Array) or they are not all inside it.
 */
function byteIndex(o: JValue, lo: number, hi: number, size: number): number {
  if (!(o instanceof Int8Array) || hi !== 0) return -1;
  const i = lo - ARRAY_BASE_OFFSET;
  return i >= 0 && i + size <= o.length ? i : -1;
}

function slowGet(
  thread: Parameters<CompiledMethod>[0],
  o: JValue,
  lo: number,
  hi: number,
  kind: AccessKind,
): JValue {
  return unsafeGet(thread.vm, o, toNumber(lo, hi), kind) as JValue;
}

function int32At(a: Int8Array, i: number): number {
  return (a[i] & 0xff) | ((a[i + 1] & 0xff) << 8) | ((a[i + 2] & 0xff) << 16) | (a[i + 3] << 24);
}

function putInt32At(a: Int8Array, i: number, v: number): void {
  a[i] = v;
  a[i + 1] = v >> 8;
  a[i + 2] = v >> 16;
  a[i + 3] = v >> 24;
}

// Arguments: the thread, the OSR frame (none), the Unsafe instance, the base, the offset's two words,
// then the value (a long as two words). A long result is returned as its low word with L.hi.
const getIntUnaligned: CompiledMethod = (thread, _osr, _unsafe, o, lo, hi) => {
  const i = byteIndex(o, lo as number, hi as number, 4);
  return i < 0 ? slowGet(thread, o, lo as number, hi as number, 'I') : int32At(o as Int8Array, i);
};

const getLongUnaligned: CompiledMethod = (thread, _osr, _unsafe, o, lo, hi) => {
  const i = byteIndex(o, lo as number, hi as number, 8);
  if (i < 0) return fromBigInt(unsafeGet(thread.vm, o, toNumber(lo as number, hi as number), 'J') as bigint);
  const a = o as Int8Array;
  L.hi = int32At(a, i + 4);
  return int32At(a, i);
};

const getShortUnaligned: CompiledMethod = (thread, _osr, _unsafe, o, lo, hi) => {
  const i = byteIndex(o, lo as number, hi as number, 2);
  if (i < 0) return slowGet(thread, o, lo as number, hi as number, 'S');
  const a = o as Int8Array;
  return (a[i] & 0xff) | (a[i + 1] << 8);
};

const getCharUnaligned: CompiledMethod = (thread, _osr, _unsafe, o, lo, hi) => {
  const i = byteIndex(o, lo as number, hi as number, 2);
  if (i < 0) return slowGet(thread, o, lo as number, hi as number, 'C');
  const a = o as Int8Array;
  return (a[i] & 0xff) | ((a[i + 1] & 0xff) << 8);
};

const putIntUnaligned: CompiledMethod = (thread, _osr, _unsafe, o, lo, hi, v) => {
  const i = byteIndex(o, lo as number, hi as number, 4);
  if (i < 0) unsafePut(thread.vm, o, toNumber(lo as number, hi as number), 'I', v);
  else putInt32At(o as Int8Array, i, v as number);
  return undefined;
};

const putLongUnaligned: CompiledMethod = (thread, _osr, _unsafe, o, lo, hi, vLo, vHi) => {
  const i = byteIndex(o, lo as number, hi as number, 8);
  if (i < 0) {
    unsafePut(
      thread.vm,
      o,
      toNumber(lo as number, hi as number),
      'J',
      toBigInt(vLo as number, vHi as number),
    );
  } else {
    putInt32At(o as Int8Array, i, vLo as number);
    putInt32At(o as Int8Array, i + 4, vHi as number);
  }
  return undefined;
};

/** putShortUnaligned and putCharUnaligned: the low 16 bits of the value. */
function put16Unaligned(kind: 'S' | 'C'): CompiledMethod {
  return (thread, _osr, _unsafe, o, lo, hi, v) => {
    const i = byteIndex(o, lo as number, hi as number, 2);
    if (i < 0) unsafePut(thread.vm, o, toNumber(lo as number, hi as number), kind, v);
    else {
      const a = o as Int8Array;
      a[i] = v as number;
      a[i + 1] = (v as number) >> 8;
    }
    return undefined;
  };
}

const UNSAFE = 'jdk/internal/misc/Unsafe.';

/** The intrinsics, by `class.name+descriptor` as INTRINSICS (intrinsics.ts) keys them. */
export const UNSAFE_INTRINSICS: readonly [string, CompiledMethod][] = [
  [`${UNSAFE}getIntUnaligned(Ljava/lang/Object;J)I`, getIntUnaligned],
  [`${UNSAFE}getLongUnaligned(Ljava/lang/Object;J)J`, getLongUnaligned],
  [`${UNSAFE}getShortUnaligned(Ljava/lang/Object;J)S`, getShortUnaligned],
  [`${UNSAFE}getCharUnaligned(Ljava/lang/Object;J)C`, getCharUnaligned],
  [`${UNSAFE}putIntUnaligned(Ljava/lang/Object;JI)V`, putIntUnaligned],
  [`${UNSAFE}putLongUnaligned(Ljava/lang/Object;JJ)V`, putLongUnaligned],
  [`${UNSAFE}putShortUnaligned(Ljava/lang/Object;JS)V`, put16Unaligned('S')],
  [`${UNSAFE}putCharUnaligned(Ljava/lang/Object;JC)V`, put16Unaligned('C')],
];
