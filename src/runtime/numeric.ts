// int, float and double semantics of the JVM instruction set (JVMS §2.8, §6.5) on JS numbers.
// int values are int32 numbers, floats are numbers already rounded with Math.fround, doubles are
// numbers. long helpers live in long.ts; the bit conversions here that produce a long use its
// convention (low word returned, high word in L.hi).

import { L } from './long.js';

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** (int) of a double: truncation, NaN -> 0, saturation at Integer.MIN_VALUE/MAX_VALUE. */
export function d2i(d: number): number {
  if (d >= INT_MAX) return INT_MAX;
  if (d <= INT_MIN) return INT_MIN;
  // In range, ToInt32 truncates toward zero exactly; NaN | 0 is 0 as Java requires.
  return d | 0;
}

/** (int) of a float: a float is an exact double, so this is d2i. */
export function f2i(f: number): number {
  return d2i(f);
}

export function i2f(i: number): number {
  return Math.fround(i);
}

export function d2f(d: number): number {
  return Math.fround(d);
}

export function i2b(i: number): number {
  return (i << 24) >> 24;
}

export function i2c(i: number): number {
  return i & 0xffff;
}

export function i2s(i: number): number {
  return (i << 16) >> 16;
}

/**
 * Java int `/`. The divisor must not be zero (the interpreter throws ArithmeticException first).
 * |a / b| <= 2^31 and ToInt32 truncates, so MIN_VALUE / -1 = 2^31 wraps to MIN_VALUE as in Java.
 */
export function idiv(a: number, b: number): number {
  return (a / b) | 0;
}

/** Java int `%` (sign of the dividend). MIN_VALUE % -1 is -0 in JS; | 0 makes it 0. */
export function irem(a: number, b: number): number {
  return (a % b) | 0;
}

// Comparisons: JS relational operators already treat -0 == +0 and make every NaN comparison false,
// as fcmp/dcmp require; only the NaN result differs between the l and g variants.

export function fcmpl(a: number, b: number): number {
  return a > b ? 1 : a === b ? 0 : -1;
}

export function fcmpg(a: number, b: number): number {
  return a < b ? -1 : a === b ? 0 : 1;
}

export function dcmpl(a: number, b: number): number {
  return a > b ? 1 : a === b ? 0 : -1;
}

export function dcmpg(a: number, b: number): number {
  return a < b ? -1 : a === b ? 0 : 1;
}

/**
 * Java `%` on doubles: truncating remainder (C fmod), not IEEE remainder. JS `%` is specified the
 * same way and computed exactly, including the sign of a zero result (the dividend's), NaN for an
 * infinite dividend or zero divisor, and the dividend itself for an infinite divisor.
 */
export function drem(a: number, b: number): number {
  return a % b;
}

/** Java `%` on floats: fmod of the float values is exact, so it is already a float; fround only
 * normalises the representation for callers that rely on it. */
export function frem(a: number, b: number): number {
  return Math.fround(a % b);
}

// One 8-byte scratch buffer viewed three ways. The word order of a double in the Int32Array depends
// on the host's endianness, so the indices are computed rather than assumed.
const scratch = new ArrayBuffer(8);
const f64 = new Float64Array(scratch);
const f32 = new Float32Array(scratch);
const i32 = new Int32Array(scratch);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

// NaN payloads. Only NaN-ness is guaranteed to survive a trip through a JS number, which is also
// all Java guarantees (Float.intBitsToFloat's documentation says a signaling NaN may not survive);
// floatToIntBits/doubleToLongBits canonicalize and are always exact. Observed on V8 (Node 20):
// - float: widening a signaling NaN to a JS number sets the quiet bit in unoptimized code
//   (0x7f800001 -> 0x7fc00001) but not in optimized code; quiet NaN payloads and signs survive.
// - double: payloads survive typed arrays, object fields and locals, but a NaN stored into a JS
//   array with double elements becomes the canonical 0x7ff8000000000000 when the store converts the
//   array's elements to doubles (as an array literal's first run does: translated code therefore hands
//   values to the runtime as rest parameters, jit/runtime.ts R.callv and R.values).
// - A NaN computed at run time (0.0 / 0.0) is x86's negative default NaN 0xfff8000000000000, as on
//   HotSpot; but where V8's optimizing compiler can prove the operands of such a division are zero it
//   folds it to the canonical NaN, so hot translated code may give 0x7ff8000000000000 where HotSpot
//   gives 0xfff8000000000000 (a known deviation: JS engines don't keep NaN bit patterns).
// Every non-NaN bit pattern round-trips exactly.

/** Float.floatToRawIntBits. For a NaN argument the result is some NaN pattern (see above). */
export function floatToRawIntBits(f: number): number {
  f32[0] = f;
  return i32[0];
}

/** Float.floatToIntBits: like floatToRawIntBits but every NaN is 0x7fc00000. */
export function floatToIntBits(f: number): number {
  if (f !== f) return 0x7fc00000;
  f32[0] = f;
  return i32[0];
}

/** Float.intBitsToFloat. NaN patterns give a NaN whose payload is not guaranteed (see above). */
export function intBitsToFloat(bits: number): number {
  i32[0] = bits;
  return f32[0];
}

/** Double.doubleToRawLongBits: returns the low word, high word in L.hi. */
export function doubleToRawLongBits(d: number): number {
  f64[0] = d;
  L.hi = i32[HI];
  return i32[LO];
}

/** Double.doubleToLongBits: every NaN is 0x7ff8000000000000. */
export function doubleToLongBits(d: number): number {
  if (d !== d) {
    L.hi = 0x7ff80000;
    return 0;
  }
  f64[0] = d;
  L.hi = i32[HI];
  return i32[LO];
}

/** Double.longBitsToDouble of the long (lo, hi). */
export function longBitsToDouble(lo: number, hi: number): number {
  i32[LO] = lo;
  i32[HI] = hi;
  return f64[0];
}
