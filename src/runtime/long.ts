// Java `long` arithmetic on (lo, hi) int32 pairs: the one module that knows how 64-bit values are
// built from two JS numbers (see DESIGN.md, "Values").
//
// Calling convention: every function that produces a long returns its low word as an int32 and
// leaves the high word in `L.hi`; read it immediately, before the next call into this module:
//
//     const lo = ladd(alo, ahi, blo, bhi);
//     const hi = L.hi;
//
// Returning a pair through a scratch register instead of an array or object keeps the hot paths
// free of allocation, which is what made pairs beat BigInt in the measurements. JS is single-threaded
// and nothing here yields, so the shared register cannot be observed half-written.
//
// Inputs are int32 words (lo is the low 32 bits reinterpreted as signed). Functions coerce nothing:
// passing non-int32 numbers is a caller bug.

/**
 * The high-word result register of the last call that produced a long. Only int32 values are ever
 * stored: Node's V8 has no pointer compression, so every int32 is a small integer and the field
 * stays one. A field that has held a double, or an accessor backed by a typed array, measured
 * 2.5-5x slower on Node 20. (Browsers with pointer compression have 31-bit small integers, so
 * there this field becomes a double field; measure before relying on it in a page.)
 */
export const L = { hi: 0 };

const TWO_32 = 4294967296;
const TWO_NEG_32 = 1 / TWO_32;

// True when hi:lo lies in [-2^53, 2^53): the value is then an exact double and plain number
// arithmetic is exact where the operands allow.
function isSafe(hi: number): boolean {
  return (hi + 0x200000) >>> 0 < 0x400000;
}

// Stores an integral double in [-2^63, 2^63) as a pair: the low word is the value mod 2^32 (ToInt32
// is exact modular reduction for any integral double) and the division by 2^32 is exact.
function setFromIntegral(n: number): number {
  L.hi = Math.floor(n * TWO_NEG_32) | 0;
  return n | 0;
}

export function isZero(lo: number, hi: number): boolean {
  return (lo | hi) === 0;
}

export function ladd(alo: number, ahi: number, blo: number, bhi: number): number {
  const lo = (alo + blo) | 0;
  L.hi = (ahi + bhi + (lo >>> 0 < alo >>> 0 ? 1 : 0)) | 0;
  return lo;
}

export function lsub(alo: number, ahi: number, blo: number, bhi: number): number {
  const lo = (alo - blo) | 0;
  L.hi = (ahi - bhi - (alo >>> 0 < blo >>> 0 ? 1 : 0)) | 0;
  return lo;
}

export function lneg(lo: number, hi: number): number {
  const nlo = -lo | 0;
  L.hi = (nlo === 0 ? -hi : ~hi) | 0;
  return nlo;
}

// The high 32 bits (as an int32) of the 64-bit product of a and b taken as unsigned, from 16-bit
// limbs: every partial product and sum stays below 2^34, so all of it is exact, and the final | 0
// never sees a double beyond int32 range (which V8 truncates through a slow out-of-line path; a
// version rounding the double product was 2-3x slower for that reason).
function umulHigh(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

export function lmul(alo: number, ahi: number, blo: number, bhi: number): number {
  L.hi = (umulHigh(alo, blo) + Math.imul(ahi, blo) + Math.imul(alo, bhi)) | 0;
  return Math.imul(alo, blo);
}

// Results of udivmod (unsigned quotient and remainder words).
let qLo = 0;
let qHi = 0;
let rLo = 0;
let rHi = 0;

// The operands of the last udivmod, whose results are still in qLo/qHi/rLo/rHi: Java code often takes
// n / d and then n % d (both are one machine division on HotSpot), and the second is then free. A divisor
// is never 0, so the initial state matches no call.
let lastNlo = 0;
let lastNhi = 0;
let lastDlo = 0;
let lastDhi = 0;

// Unsigned 64-bit division n / d (d != 0), results in qLo/qHi/rLo/rHi.
function udivmod(nlo: number, nhi: number, dlo: number, dhi: number): void {
  if (nlo === lastNlo && nhi === lastNhi && dlo === lastDlo && dhi === lastDhi) return;
  lastNlo = nlo;
  lastNhi = nhi;
  lastDlo = dlo;
  lastDhi = dhi;
  const nh = nhi >>> 0;
  const nl = nlo >>> 0;
  const dh = dhi >>> 0;
  const dl = dlo >>> 0;
  if (nh < dh || (nh === dh && nl < dl)) {
    qLo = 0;
    qHi = 0;
    rLo = nlo;
    rHi = nhi;
    return;
  }
  if (dh === 0) {
    // Schoolbook division in 32 + 16 + 16 bit steps: every partial dividend stays below 2^48, where
    // floor of the double quotient is exact.
    const qh = Math.floor(nh / dl);
    let r = nh - qh * dl;
    let t = r * 65536 + (nl >>> 16);
    const q1 = Math.floor(t / dl);
    r = t - q1 * dl;
    t = r * 65536 + (nl & 0xffff);
    const q0 = Math.floor(t / dl);
    r = t - q0 * dl;
    qLo = (q1 * 65536 + q0) | 0;
    qHi = qh | 0;
    rLo = r | 0;
    rHi = 0;
    return;
  }
  // d >= 2^32, so the quotient is below 2^32. The double quotient has a relative error of a few
  // 2^-53, i.e. an absolute error below 2^-19, so its floor is within 1 of the true quotient.
  // Starting one below makes the estimate never too large; at most two corrections follow.
  let q = Math.floor((nh * TWO_32 + nl) / (dh * TWO_32 + dl)) - 1;
  if (q < 0) q = 0;
  else if (q > 0xffffffff) q = 0xffffffff;
  const plo = Math.imul(q, dlo);
  const phi = (umulHigh(q, dlo) + Math.imul(q, dhi)) | 0;
  let lo = (nlo - plo) | 0;
  let hi = (nhi - phi - (nl < plo >>> 0 ? 1 : 0)) | 0;
  while (hi >>> 0 > dh || (hi >>> 0 === dh && lo >>> 0 >= dl)) {
    const l2 = (lo - dlo) | 0;
    hi = (hi - dhi - (lo >>> 0 < dl ? 1 : 0)) | 0;
    lo = l2;
    q++;
  }
  qLo = q | 0;
  qHi = 0;
  rLo = lo;
  rHi = hi;
}

// Magnitudes of signed operands for udivmod; -MIN_VALUE wraps to MIN_VALUE, which is 2^63 unsigned.
let mLo = 0;
let mHi = 0;
function abs64(lo: number, hi: number): void {
  if (hi < 0) {
    mLo = -lo | 0;
    mHi = (mLo === 0 ? -hi : ~hi) | 0;
  } else {
    mLo = lo;
    mHi = hi;
  }
}

/** Java `/` on longs (truncates; MIN_VALUE / -1 = MIN_VALUE). The divisor must not be zero. */
export function ldiv(alo: number, ahi: number, blo: number, bhi: number): number {
  // Both in int range (the common case: an int widened to long): int32 division, which V8 compiles to
  // a machine divide; only MIN_VALUE / -1 leaves int range, and the path below handles it.
  if (ahi === alo >> 31 && bhi === blo >> 31 && blo !== -1) {
    const q = (alo / blo) | 0;
    L.hi = q >> 31;
    return q;
  }
  if (isSafe(ahi) && isSafe(bhi)) {
    // |a| <= 2^53 makes trunc(a / b) exact: a non-integral quotient is at least 1/|b| away from
    // an integer, more than the rounding error |a/b| * 2^-53.
    return setFromIntegral(Math.trunc((ahi * TWO_32 + (alo >>> 0)) / (bhi * TWO_32 + (blo >>> 0))));
  }
  abs64(alo, ahi);
  const nlo = mLo;
  const nhi = mHi;
  abs64(blo, bhi);
  udivmod(nlo, nhi, mLo, mHi);
  if ((ahi ^ bhi) < 0) return lneg(qLo, qHi);
  L.hi = qHi;
  return qLo;
}

/** Java `%` on longs (sign of the dividend). The divisor must not be zero. */
export function lrem(alo: number, ahi: number, blo: number, bhi: number): number {
  // Both in int range: int32 remainder (MIN_VALUE % -1 is -0 in JS, 0 after `| 0`, as in Java).
  if (ahi === alo >> 31 && bhi === blo >> 31) {
    const r = (alo % blo) | 0;
    L.hi = r >> 31;
    return r;
  }
  if (isSafe(ahi) && isSafe(bhi)) {
    // % on doubles is exact (fmod), and these are exact integers.
    return setFromIntegral((ahi * TWO_32 + (alo >>> 0)) % (bhi * TWO_32 + (blo >>> 0)));
  }
  abs64(alo, ahi);
  const nlo = mLo;
  const nhi = mHi;
  abs64(blo, bhi);
  udivmod(nlo, nhi, mLo, mHi);
  if (ahi < 0) return lneg(rLo, rHi);
  L.hi = rHi;
  return rLo;
}

export function land(alo: number, ahi: number, blo: number, bhi: number): number {
  L.hi = ahi & bhi;
  return alo & blo;
}

export function lor(alo: number, ahi: number, blo: number, bhi: number): number {
  L.hi = ahi | bhi;
  return alo | blo;
}

export function lxor(alo: number, ahi: number, blo: number, bhi: number): number {
  L.hi = ahi ^ bhi;
  return alo ^ blo;
}

// Shifts take the count as an int and use only its low 6 bits, as lshl/lshr/lushr do. JS shifts
// only use 5 bits, hence the split at 32; a count of 0 is special because x >>> 32 is x, not 0.

export function lshl(lo: number, hi: number, n: number): number {
  n &= 63;
  if (n === 0) {
    L.hi = hi;
    return lo;
  }
  if (n < 32) {
    L.hi = (hi << n) | (lo >>> (32 - n));
    return lo << n;
  }
  L.hi = lo << (n - 32);
  return 0;
}

export function lshr(lo: number, hi: number, n: number): number {
  n &= 63;
  if (n === 0) {
    L.hi = hi;
    return lo;
  }
  if (n < 32) {
    L.hi = hi >> n;
    return (lo >>> n) | (hi << (32 - n));
  }
  L.hi = hi >> 31;
  return hi >> (n - 32);
}

export function lushr(lo: number, hi: number, n: number): number {
  n &= 63;
  if (n === 0) {
    L.hi = hi;
    return lo;
  }
  if (n < 32) {
    L.hi = (hi >>> n) | 0;
    return (lo >>> n) | (hi << (32 - n));
  }
  L.hi = 0;
  return (hi >>> (n - 32)) | 0;
}

/** Java lcmp: -1, 0 or 1. */
export function lcmp(alo: number, ahi: number, blo: number, bhi: number): number {
  if (ahi !== bhi) return ahi < bhi ? -1 : 1;
  if (alo === blo) return 0;
  return alo >>> 0 < blo >>> 0 ? -1 : 1;
}

export function l2i(lo: number, _hi: number): number {
  return lo;
}

export function i2l(i: number): number {
  L.hi = i >> 31;
  return i | 0;
}

/** (double) of a long: hi * 2^32 is exact, so the single addition rounds correctly. */
export function l2d(lo: number, hi: number): number {
  return hi * TWO_32 + (lo >>> 0);
}

/**
 * (float) of a long, correctly rounded from the exact value. Going through the double would round
 * twice; instead, beyond 2^53 the bits below 2^12 are folded into a sticky bit at 2^11. Every float
 * and every float rounding boundary in that range is a multiple of 2^29, so the folded value rounds
 * like the exact one, and it fits in a double exactly (at most 52 bits between 2^62 and 2^11).
 */
export function l2f(lo: number, hi: number): number {
  const ulo = lo >>> 0;
  if (isSafe(hi)) return Math.fround(hi * TWO_32 + ulo);
  const low = ulo & 0xfff;
  return Math.fround(hi * TWO_32 + (low === 0 ? ulo : ulo - low + 0x800));
}

/** (long) of a double: truncation, NaN -> 0, saturation at MIN_VALUE/MAX_VALUE. */
export function d2l(d: number): number {
  if ((d | 0) === d) {
    L.hi = d >> 31;
    return d | 0; // not d: -0 must become 0
  }
  if (d >= 9223372036854775807) {
    L.hi = 0x7fffffff;
    return -1;
  }
  if (d <= -9223372036854775808) {
    L.hi = -0x80000000;
    return 0;
  }
  if (d !== d) {
    L.hi = 0;
    return 0;
  }
  return setFromIntegral(Math.trunc(d));
}

/** (long) of a float. A float is an exact double, so this is d2l. */
export function f2l(f: number): number {
  return d2l(f);
}

/** Exact when |value| <= 2^53; otherwise rounded to the nearest double. */
export function toNumber(lo: number, hi: number): number {
  return hi * TWO_32 + (lo >>> 0);
}

/** Integral part of n as a long, saturating like d2l (NaN -> 0). */
export function fromNumber(n: number): number {
  return d2l(n);
}

export function toBigInt(lo: number, hi: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/**
 * Wraps b to 64 bits, like a Java narrowing of a wider integer. The words go through `| 0`: V8 turns some
 * int32 BigInts (-2^31) into a heap number, and one such number stored into L.hi makes V8 keep the field as
 * a boxed double for good, after which every read of L.hi outside optimized code allocates.
 */
export function fromBigInt(b: bigint): number {
  L.hi = Number(BigInt.asIntN(32, b >> 32n)) | 0;
  return Number(BigInt.asIntN(32, b)) | 0;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Long.toString(long, radix): radix outside 2..36 means 10; lowercase digits, '-' for negatives. */
export function longToString(lo: number, hi: number, radix = 10): string {
  if (radix < 2 || radix > 36 || radix !== (radix | 0)) radix = 10;
  // Number#toString(radix) is exact for integers below 2^53 (all of its steps are exact there).
  if (isSafe(hi)) return (hi * TWO_32 + (lo >>> 0)).toString(radix);
  abs64(lo, hi);
  let nlo = mLo;
  let nhi = mHi;
  let tail = '';
  while (nhi >>> 0 >= 0x200000) {
    udivmod(nlo, nhi, radix, 0);
    tail = DIGITS.charAt(rLo) + tail;
    nlo = qLo;
    nhi = qHi;
  }
  const head = ((nhi >>> 0) * TWO_32 + (nlo >>> 0)).toString(radix);
  return hi < 0 ? '-' + head + tail : head + tail;
}

/**
 * Long.parseLong(s, radix) for ASCII digits: throws a RangeError where Java throws
 * NumberFormatException. Meant for tests and tools, not hot paths.
 */
export function parseLong(s: string, radix = 10): number {
  if (radix < 2 || radix > 36) throw new RangeError(`radix ${radix} out of range`);
  let i = 0;
  let neg = false;
  if (s.length > 0 && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    i = 1;
  }
  if (i >= s.length) throw new RangeError(`For input string: "${s}"`);
  const r = BigInt(radix);
  let v = 0n;
  for (; i < s.length; i++) {
    const d = DIGITS.indexOf(s[i].toLowerCase());
    if (d < 0 || d >= radix) throw new RangeError(`For input string: "${s}"`);
    v = v * r + BigInt(d);
    if (v > 0x8000000000000000n) throw new RangeError(`For input string: "${s}"`);
  }
  if (neg) v = -v;
  if (v > 0x7fffffffffffffffn) throw new RangeError(`For input string: "${s}"`);
  return fromBigInt(v);
}
