// System.arraycopy (JVM_ArrayCopy): the native, and the intrinsic translated code calls directly.
import type { JavaThread } from '../threads/thread.js';
import { JavaObject, type JArray, type JValue } from './object.js';
import { isAssignable } from './subtype.js';
import { externalTypeName } from './resolve.js';

/** Elements (typed-array units) up to which a primitive copy is an element loop: a subarray view costs more. */
const SHORT_COPY = 32;

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
    const ts = s as unknown as Int32Array;
    const td = d as unknown as Int32Array;
    const from = srcPos << shift;
    const to = dstPos << shift;
    const n = length << shift;
    if (n > SHORT_COPY) td.set(ts.subarray(from, from + n), to);
    else if (ts === td && from < to) for (let i = n - 1; i >= 0; i--) td[to + i] = ts[from + i];
    else for (let i = 0; i < n; i++) td[to + i] = ts[from + i];
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
