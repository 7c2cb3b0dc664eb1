// System.arraycopy (JVM_ArrayCopy): the native, and the intrinsic translated code calls directly.
import type { JavaThread } from '../threads/thread.js';
import { JavaObject, type JArray, type JValue, type PrimitiveArray } from './object.js';
import { isAssignable } from './subtype.js';
import { externalTypeName } from './resolve.js';
import { ON_HEAP_MAX_BYTES } from '../memory/arraySlab.js';

/** Elements (typed-array units) up to which a primitive copy is an element loop: a subarray view costs more. */
const SHORT_COPY = 32;

type ElementCopy = (s: PrimitiveArray, d: PrimitiveArray, from: number, to: number, n: number) => void;

// One element loop per typed-array type. V8 keeps feedback per load and store site, and one loop that
// copied every type was megamorphic there: ~40 ns an element against 1-3 (measured on Int8Array).
// Copies within one array go through copyWithin, so these needn't care for overlap.
const copyInt8: ElementCopy = (s, d, from, to, n) => {
  for (let i = 0; i < n; i++) d[to + i] = s[from + i];
};
const copyUint16: ElementCopy = (s, d, from, to, n) => {
  for (let i = 0; i < n; i++) d[to + i] = s[from + i];
};
const copyInt16: ElementCopy = (s, d, from, to, n) => {
  for (let i = 0; i < n; i++) d[to + i] = s[from + i];
};
const copyInt32: ElementCopy = (s, d, from, to, n) => {
  for (let i = 0; i < n; i++) d[to + i] = s[from + i];
};
const copyFloat32: ElementCopy = (s, d, from, to, n) => {
  for (let i = 0; i < n; i++) d[to + i] = s[from + i];
};
const copyFloat64: ElementCopy = (s, d, from, to, n) => {
  for (let i = 0; i < n; i++) d[to + i] = s[from + i];
};

/** The element loop for arrays whose component type is `primitive` (long[] is stored as int pairs). */
function elementCopyFor(primitive: string): ElementCopy {
  switch (primitive) {
    case 'B':
    case 'Z':
      return copyInt8;
    case 'C':
      return copyUint16;
    case 'S':
      return copyInt16;
    case 'F':
      return copyFloat32;
    case 'D':
      return copyFloat64;
    default: // 'I', and 'J' as int pairs
      return copyInt32;
  }
}

/** Copies `n` typed-array units of `s` from `from` into `d` at `to`; `s` and `d` have one type. */
function copyPrimitive(
  s: PrimitiveArray,
  d: PrimitiveArray,
  primitive: string,
  from: number,
  to: number,
  n: number,
): void {
  if (s === d) {
    // copyWithin copies as if through a temporary (memmove), and doesn't move the elements off-heap.
    d.copyWithin(to, from, from + n);
  } else if (from === 0 && n === s.length) {
    // A whole array (Arrays.copyOf growing a buffer): set takes it without a view.
    d.set(s as Int32Array, to);
  } else if (n <= SHORT_COPY || s.byteLength <= ON_HEAP_MAX_BYTES) {
    // A subarray of an array whose elements V8 keeps on its heap moves them off it first, into a backing
    // store of their own (~0.5 µs for 16-64 bytes, measured), where a loop copies them in 50-150 ns.
    elementCopyFor(primitive)(s, d, from, to, n);
  } else {
    d.set((s as Int32Array).subarray(from, from + n), to);
  }
}

function arrayTypeName(a: JArray): string {
  const p = a.$cls.primitive;
  return p === null ? 'object array' : externalTypeName(p);
}

function fail(t: JavaThread, cls: string, msg: string): never {
  throw t.vm.newThrowable(t, cls, msg);
}

/** System.arraycopy with HotSpot's checks and messages (ObjArrayKlass/TypeArrayKlass::copy_array). */
export function arraycopy(
  t: JavaThread,
  src: JValue,
  srcPos: number,
  dst: JValue,
  dstPos: number,
  length: number,
): void {
  if (src === null || dst === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  if (src instanceof JavaObject)
    fail(t, 'java/lang/ArrayStoreException', `arraycopy: source type ${src.$cls.javaName} is not an array`);
  if (dst instanceof JavaObject)
    fail(
      t,
      'java/lang/ArrayStoreException',
      `arraycopy: destination type ${dst.$cls.javaName} is not an array`,
    );
  const s = src as JArray;
  const d = dst as JArray;
  const sp = s.$cls.primitive;
  const dp = d.$cls.primitive;
  if (sp !== dp) {
    fail(
      t,
      'java/lang/ArrayStoreException',
      `arraycopy: type mismatch: can not copy ${arrayTypeName(s)}[] into ${arrayTypeName(d)}[]`,
    );
  }
  const slen = s.length >> s.$cls.lenShift;
  const dlen = d.length >> d.$cls.lenShift;
  if (length < 0)
    fail(t, 'java/lang/ArrayIndexOutOfBoundsException', `arraycopy: length ${length} is negative`);
  if (srcPos < 0)
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: source index ${srcPos} out of bounds for ${arrayTypeName(s)}[${slen}]`,
    );
  if (dstPos < 0)
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: destination index ${dstPos} out of bounds for ${arrayTypeName(d)}[${dlen}]`,
    );
  if (srcPos + length > slen) {
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: last source index ${srcPos + length} out of bounds for ${arrayTypeName(s)}[${slen}]`,
    );
  }
  if (dstPos + length > dlen) {
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: last destination index ${dstPos + length} out of bounds for ${arrayTypeName(d)}[${dlen}]`,
    );
  }
  if (length === 0) return;
  if (sp !== null) {
    const shift = s.$cls.lenShift;
    copyPrimitive(
      s as PrimitiveArray,
      d as PrimitiveArray,
      sp,
      srcPos << shift,
      dstPos << shift,
      length << shift,
    );
    return;
  }
  const rs = s as JValue[];
  const rd = d as JValue[];
  const dcomp = d.$cls.componentType!;
  const scomp = s.$cls.componentType!;
  // Arrays of different primitive-array types can never hold each other's elements.
  if (
    scomp.primitive !== null &&
    dcomp.primitive !== null &&
    scomp.isArray &&
    dcomp.isArray &&
    scomp !== dcomp
  ) {
    fail(
      t,
      'java/lang/ArrayStoreException',
      `arraycopy: type mismatch: can not copy ${scomp.javaName}[] into ${dcomp.javaName}[]`,
    );
  }
  if (isAssignable(scomp, dcomp)) {
    if (rs === rd && srcPos < dstPos) for (let i = length - 1; i >= 0; i--) rd[dstPos + i] = rs[srcPos + i];
    else for (let i = 0; i < length; i++) rd[dstPos + i] = rs[srcPos + i];
    return;
  }
  for (let i = 0; i < length; i++) {
    const v = rs[srcPos + i] as JavaObject | JArray | null;
    if (v !== null && !isAssignable(v.$cls, dcomp)) {
      fail(
        t,
        'java/lang/ArrayStoreException',
        `arraycopy: element type mismatch: can not cast one of the elements of ${scomp.javaName}[] to the type of the destination array, ${dcomp.javaName}`,
      );
    }
    rd[dstPos + i] = v;
  }
}
