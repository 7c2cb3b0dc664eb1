// A port of fdlibm 5.3, the "Freely Distributable Math Library", as used by the JDK: HotSpot's
// StrictMath natives (sin, cos, tan, asin, acos, atan, atan2, log, log10, log1p, expm1, sinh, cosh,
// tanh, IEEEremainder) run the C fdlibm, and Java 17's java.lang.FdLibm (exp, pow, cbrt, hypot) is
// a transliteration of it. StrictMath promises these exact bits on every platform, so every
// operation below follows the C sources step by step: the same splits of doubles into 32-bit words,
// the same association of additions, the same constants. JS numbers are IEEE binary64 and V8 never
// contracts a*b+c into a fused multiply-add, so the results match bit for bit.
//
// Differences from C that cannot be seen in results: the statements fdlibm uses only to raise IEEE
// flags (inexact, overflow) are folded to their values, e.g. `if (huge + x > one) return x` for tiny
// x is just `return x`. NaN results are NaN, but their sign and payload may differ from HotSpot's
// (x86 produces a negative default NaN, V8 may canonicalize), which StrictMath does not specify.
//
// Constants are written as decimal literals that round-trip to the intended binary values; each
// carries its hex-float spelling from the fdlibm sources so it can be checked against them.

// The high (sign, exponent, top 20 fraction bits) and low 32-bit words of a double, through a
// shared scratch buffer. Word order depends on the host's endianness.
const scratch = new ArrayBuffer(8);
const f64 = new Float64Array(scratch);
const i32 = new Int32Array(scratch);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

function hiWord(x: number): number {
  f64[0] = x;
  return i32[HI];
}

function loWord(x: number): number {
  f64[0] = x;
  return i32[LO];
}

function withHi(x: number, hi: number): number {
  f64[0] = x;
  i32[HI] = hi;
  return f64[0];
}

function withLo(x: number, lo: number): number {
  f64[0] = x;
  i32[LO] = lo;
  return f64[0];
}

function fromWords(hi: number, lo: number): number {
  i32[HI] = hi;
  i32[LO] = lo;
  return f64[0];
}

const TWO24 = 16777216;
const TWON24 = 5.9604644775390625e-8;
const TWO54 = 18014398509481984;
const TWOM54 = 5.551115123125783e-17;
const HUGE = 1.0e300;
const TINY = 1.0e-300;

// fdlibm's scalbn: x * 2^n with a single rounding, also for subnormal results (where a product
// of two powers of two could round twice).
function scalbn(x: number, n: number): number {
  let hx = hiWord(x);
  let k = (hx & 0x7ff00000) >> 20;
  if (k === 0) {
    if (((hx & 0x7fffffff) | loWord(x)) === 0) return x;
    x *= TWO54;
    hx = hiWord(x);
    k = ((hx & 0x7ff00000) >> 20) - 54;
    if (n < -50000) return TINY * x;
  }
  if (k === 0x7ff) return x + x;
  k += n;
  if (k > 0x7fe) return HUGE * (x < 0 ? -HUGE : HUGE);
  if (k > 0) return withHi(x, (hx & 0x800fffff) | (k << 20));
  if (k <= -54) {
    if (n > 50000) return HUGE * (x < 0 ? -HUGE : HUGE);
    return TINY * (x < 0 ? -TINY : TINY);
  }
  k += 54;
  x = withHi(x, (hx & 0x800fffff) | (k << 20));
  return x * TWOM54;
}

// ---------------------------------------------------------------------------------------------
// Argument reduction for the trigonometric functions: x - n*pi/2 as Y[0] + Y[1], returning n.

const Y = new Float64Array(2);

// 2/pi in 24-bit chunks (396 hex digits).
const TWO_OVER_PI = Int32Array.from([
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb,
  0xc561b7, 0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5,
  0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8,
  0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d,
  0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7, 0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b,
  0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880,
  0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
]);

// High words of n*pi/2 for n = 1..32, to detect cancellation in the medium-size reduction.
const NPIO2_HW = Int32Array.from([
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
]);

const INVPIO2 = 0.6366197723675814; // 0x1.45f306dc9c883p-1
const PIO2_1 = 1.5707963267341256; // 0x1.921fb544p0, first 33 bits of pi/2
const PIO2_1T = 6.077100506506192e-11; // 0x1.0b4611a626331p-34, pi/2 - PIO2_1
const PIO2_2 = 6.077100506303966e-11; // 0x1.0b4611a6p-34, second 33 bits of pi/2
const PIO2_2T = 2.0222662487959506e-21; // 0x1.3198a2e037073p-69, pi/2 - (PIO2_1 + PIO2_2)
const PIO2_3 = 2.0222662487111665e-21; // 0x1.3198a2ep-69, third 33 bits of pi/2
const PIO2_3T = 8.4784276603689e-32; // 0x1.b839a252049c1p-104, pi/2 - (PIO2_1 + PIO2_2 + PIO2_3)

const TX = new Float64Array(3);

function remPio2(x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    Y[0] = x;
    Y[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: n = +-1
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        const y0 = z - PIO2_1T;
        Y[0] = y0;
        Y[1] = z - y0 - PIO2_1T;
      } else {
        // near pi/2: 33+33+53 bits of pi/2
        z -= PIO2_2;
        const y0 = z - PIO2_2T;
        Y[0] = y0;
        Y[1] = z - y0 - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      const y0 = z + PIO2_1T;
      Y[0] = y0;
      Y[1] = z - y0 + PIO2_1T;
    } else {
      z += PIO2_2;
      const y0 = z + PIO2_2T;
      Y[0] = y0;
      Y[1] = z - y0 + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| <= 2^19 * pi/2: subtract n * pi/2 in up to three steps of 33 bits
    let t = Math.abs(x);
    const n = (t * INVPIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T;
    let y0: number;
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      y0 = r - w;
    } else {
      const j = ix >> 20;
      y0 = r - w;
      let i = j - ((hiWord(y0) >> 20) & 0x7ff);
      if (i > 16) {
        t = r;
        w = fn * PIO2_2;
        r = t - w;
        w = fn * PIO2_2T - (t - r - w);
        y0 = r - w;
        i = j - ((hiWord(y0) >> 20) & 0x7ff);
        if (i > 49) {
          t = r;
          w = fn * PIO2_3;
          r = t - w;
          w = fn * PIO2_3T - (t - r - w);
          y0 = r - w;
        }
      }
    }
    const y1 = r - y0 - w;
    if (hx < 0) {
      Y[0] = -y0;
      Y[1] = -y1;
      return -n;
    }
    Y[0] = y0;
    Y[1] = y1;
    return n;
  }
  if (ix >= 0x7ff00000) {
    const nan = x - x;
    Y[0] = nan;
    Y[1] = nan;
    return 0;
  }
  // Large |x|: split |x| * 2^-e0 into three 24-bit integers for the multi-precision kernel.
  const e0 = (ix >> 20) - 1046;
  let z = fromWords(ix - (e0 << 20), loWord(x));
  for (let i = 0; i < 2; i++) {
    TX[i] = z | 0;
    z = (z - TX[i]) * TWO24;
  }
  TX[2] = z;
  let nx = 3;
  while (TX[nx - 1] === 0) nx--;
  const n = kernelRemPio2(TX, e0, nx);
  if (hx < 0) {
    Y[0] = -Y[0];
    Y[1] = -Y[1];
    return -n;
  }
  return n;
}

// pi/2 in 24-bit chunks.
const PIO2 = Float64Array.from([
  1.570796251296997, // 0x1.921fb4p0
  7.549789415861596e-8, // 0x1.4442dp-24
  5.390302529957765e-15, // 0x1.846988p-48
  3.282003415807913e-22, // 0x1.8cc516p-72
  1.270655753080676e-29, // 0x1.01b838p-96
  1.2293330898111133e-36, // 0x1.a25204p-120
  2.7337005381646456e-44, // 0x1.382228p-145
  2.1674168387780482e-51, // 0x1.9f31dp-169
]);

// Work arrays of __kernel_rem_pio2, reused across calls (cleared on entry, as C's are fresh).
const IQ = new Int32Array(20);
const KF = new Float64Array(20);
const FQ = new Float64Array(20);
const KQ = new Float64Array(20);

// __kernel_rem_pio2 for 53-bit results (prec = 2 as called from __ieee754_rem_pio2, so jk = 4):
// computes x * 2^e0 * 2/pi mod 8 from only the digits of 2/pi that matter, writes the fraction
// times pi/2 to Y[0] + Y[1] and returns the integer part mod 8.
function kernelRemPio2(x: Float64Array, e0: number, nx: number): number {
  const jk = 4;
  const jp = jk;
  IQ.fill(0);
  KF.fill(0);
  FQ.fill(0);
  KQ.fill(0);

  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);

  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) KF[i] = j < 0 ? 0 : TWO_OVER_PI[j];

  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (j = 0; j <= jx; j++) fw += x[j] * KF[jx + i - j];
    KQ[i] = fw;
  }

  let jz = jk;
  let z = 0;
  let n = 0;
  let ih = 0;
  for (;;) {
    // distill q[] into iq[] in reverse
    let i = 0;
    z = KQ[jz];
    for (j = jz; j > 0; i++, j--) {
      const fw = (TWON24 * z) | 0;
      IQ[i] = (z - TWO24 * fw) | 0;
      z = KQ[j - 1] + fw;
    }

    // compute n
    z = scalbn(z, q0);
    z -= 8.0 * Math.floor(z * 0.125);
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz-1] holds bits of n
      i = IQ[jz - 1] >> (24 - q0);
      n += i;
      IQ[jz - 1] -= i << (24 - q0);
      ih = IQ[jz - 1] >> (23 - q0);
    } else if (q0 === 0) {
      ih = IQ[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }

    if (ih > 0) {
      // fraction >= 0.5: use 1 - fraction and round n up
      n += 1;
      let carry = 0;
      for (i = 0; i < jz; i++) {
        const v = IQ[i];
        if (carry === 0) {
          if (v !== 0) {
            carry = 1;
            IQ[i] = 0x1000000 - v;
          }
        } else {
          IQ[i] = 0xffffff - v;
        }
      }
      if (q0 === 1) IQ[jz - 1] &= 0x7fffff;
      else if (q0 === 2) IQ[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1.0 - z;
        if (carry !== 0) z -= scalbn(1.0, q0);
      }
    }

    // all-zero fraction so far: take more digits of 2/pi
    if (z === 0) {
      let acc = 0;
      for (i = jz - 1; i >= jk; i--) acc |= IQ[i];
      if (acc === 0) {
        let k = 1;
        while (IQ[jk - k] === 0) k++;
        for (i = jz + 1; i <= jz + k; i++) {
          KF[jx + i] = TWO_OVER_PI[jv + i];
          let fw = 0;
          for (j = 0; j <= jx; j++) fw += x[j] * KF[jx + i - j];
          KQ[i] = fw;
        }
        jz += k;
        continue;
      }
    }
    break;
  }

  // chop off zero terms, or split z into 24-bit pieces
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (IQ[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = scalbn(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      IQ[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      IQ[jz] = fw;
    } else {
      IQ[jz] = z | 0;
    }
  }

  // convert the integer chunks to floating point
  let fw = scalbn(1.0, q0);
  for (let i = jz; i >= 0; i--) {
    KQ[i] = fw * IQ[i];
    fw *= TWON24;
  }

  // PIO2[0..jp] * q[jz..0]
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k] * KQ[i + k];
    FQ[jz - i] = fw;
  }

  // compress fq[] into Y[0] + Y[1]
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += FQ[i];
  Y[0] = ih === 0 ? fw : -fw;
  fw = FQ[0] - fw;
  for (let i = 1; i <= jz; i++) fw += FQ[i];
  Y[1] = ih === 0 ? fw : -fw;
  return n & 7;
}

// ---------------------------------------------------------------------------------------------
// Kernels on [-pi/4, pi/4]; y is the tail of x from the reduction.

const S1 = -0.16666666666666632; // -0x1.5555555555549p-3
const S2 = 0.00833333333332249; // 0x1.111111110f8a6p-7
const S3 = -0.0001984126982985795; // -0x1.a01a019c161d5p-13
const S4 = 0.0000027557313707070068; // 0x1.71de357b1fe7dp-19
const S5 = -2.5050760253406863e-8; // -0x1.ae5e68a2b9cebp-26
const S6 = 1.58969099521155e-10; // 0x1.5d93a5acfd57cp-33

function kernelSin(x: number, y: number, iy: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy === 0) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const C1 = 0.0416666666666666; // 0x1.555555555554cp-5
const C2 = -0.001388888888887411; // -0x1.6c16c16c15177p-10
const C3 = 0.00002480158728947673; // 0x1.a01a019cb159p-16
const C4 = -2.7557314351390663e-7; // -0x1.27e4f809c52adp-22
const C5 = 2.087572321298175e-9; // 0x1.1ee9ebdb4b1c4p-29
const C6 = -1.1359647557788195e-11; // -0x1.8fae9be8838d4p-37

function kernelCos(x: number, y: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) return 1.0; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1.0 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // 1 - qx and 0.5*z - qx are exact, which keeps the final subtraction accurate
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  const hz = 0.5 * z - qx;
  const a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

const PIO4 = 0.7853981633974483; // 0x1.921fb54442d18p-1
const PIO4LO = 3.061616997868383e-17; // 0x1.1a62633145c07p-55
const T0 = 0.3333333333333341; // 0x1.5555555555563p-2
const T1 = 0.13333333333320124; // 0x1.111111110fe7ap-3
const T2 = 0.05396825397622605; // 0x1.ba1ba1bb341fep-5
const T3 = 0.021869488294859542; // 0x1.664f48406d637p-6
const T4 = 0.0088632398235993; // 0x1.226e3e96e8493p-7
const T5 = 0.0035920791075913124; // 0x1.d6d22c9560328p-9
const T6 = 0.0014562094543252903; // 0x1.7dbc8fee08315p-10
const T7 = 0.0005880412408202641; // 0x1.344d8f2f26501p-11
const T8 = 0.0002464631348184699; // 0x1.026f71a8d1068p-12
const T9 = 0.00007817944429395571; // 0x1.47e88a03792a6p-14
const T10 = 0.00007140724913826082; // 0x1.2b80f32f0a7e9p-14
const T11 = -0.000018558637485527546; // -0x1.375cbdb605373p-16
const T12 = 0.00002590730518636337; // 0x1.b2a7074bf7ad4p-16

// tan(x + y) if iy = 1, -1/tan(x + y) if iy = -1.
function kernelTan(x: number, y: number, iy: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) {
    // |x| < 2^-28
    if ((ix | loWord(x) | (iy + 1)) === 0) return 1.0 / Math.abs(x);
    if (iy === 1) return x;
    // -1/(x + y), computed carefully
    const w = x + y;
    const z = withLo(w, 0);
    const v = y - (z - x);
    const a = -1.0 / w;
    const t = withLo(a, 0);
    const s = 1.0 + t * z;
    return t + a * (s + t * v);
  }
  const big = ix >= 0x3fe59428; // |x| >= 0.6744: use tan(pi/4 - x)
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = PIO4 - x + (PIO4LO - y);
    y = 0.0;
  }
  const z = x * x;
  let w = z * z;
  // x^5 (T1 + x^2 T2 + ...) split into odd and even powers of x^2
  let r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
  let v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
  let s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T0 * s;
  w = x + r;
  if (big) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - ((w * w) / (w + v) - r)));
  }
  if (iy === 1) return w;
  // -1/(x + r), computed accurately
  const zz = withLo(w, 0);
  v = r - (zz - x);
  const a = -1.0 / w;
  const t = withLo(a, 0);
  s = 1.0 + t * zz;
  return t + a * (s + t * v);
}

// ---------------------------------------------------------------------------------------------

export function sin(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, 0);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelSin(Y[0], Y[1], 1);
    case 1:
      return kernelCos(Y[0], Y[1]);
    case 2:
      return -kernelSin(Y[0], Y[1], 1);
    default:
      return -kernelCos(Y[0], Y[1]);
  }
}

export function cos(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelCos(Y[0], Y[1]);
    case 1:
      return -kernelSin(Y[0], Y[1], 1);
    case 2:
      return -kernelCos(Y[0], Y[1]);
    default:
      return kernelSin(Y[0], Y[1], 1);
  }
}

export function tan(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0, 1);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  return kernelTan(Y[0], Y[1], 1 - ((n & 1) << 1));
}

// ---------------------------------------------------------------------------------------------
// Inverse trigonometric functions.

const PIO2_HI = 1.5707963267948966; // 0x1.921fb54442d18p0
const PIO2_LO = 6.123233995736766e-17; // 0x1.1a62633145c07p-54
const PIO4_HI = 0.7853981633974483; // 0x1.921fb54442d18p-1
const PS0 = 0.16666666666666666; // 0x1.5555555555555p-3
const PS1 = -0.3255658186224009; // -0x1.4d61203eb6f7dp-2
const PS2 = 0.20121253213486293; // 0x1.9c1550e884455p-3
const PS3 = -0.04005553450067941; // -0x1.48228b5688f3bp-5
const PS4 = 0.0007915349942898145; // 0x1.9efe07501b288p-11
const PS5 = 0.00003479331075960212; // 0x1.23de10dfdf709p-15
const QS1 = -2.403394911734414; // -0x1.33a271c8a2d4bp1
const QS2 = 2.0209457602335057; // 0x1.02ae59c598ac8p1
const QS3 = -0.6882839716054533; // -0x1.6066c1b8d0159p-1
const QS4 = 0.07703815055590194; // 0x1.3b8c5b12e9282p-4

export function asin(x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  let t: number;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | loWord(x)) === 0) return x * PIO2_HI + x * PIO2_LO;
    return (x - x) / (x - x);
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix < 0x3e400000) return x; // |x| < 2^-27
    t = x * x;
    const p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    const q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    const w = p / q;
    return x + x * w;
  }
  // 0.5 <= |x| < 1
  let w = 1.0 - Math.abs(x);
  t = w * 0.5;
  let p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
  let q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
  const s = Math.sqrt(t);
  if (ix >= 0x3fef3333) {
    // |x| > 0.975
    w = p / q;
    t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
  } else {
    w = withLo(s, 0);
    const c = (t - w * w) / (s + w);
    const r = p / q;
    p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
    q = PIO4_HI - 2.0 * w;
    t = PIO4_HI - (p - q);
  }
  return hx > 0 ? t : -t;
}

const PI = 3.141592653589793; // 0x1.921fb54442d18p1

export function acos(x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | loWord(x)) === 0) {
      if (hx > 0) return 0.0;
      return PI + 2.0 * PIO2_LO;
    }
    return (x - x) / (x - x);
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO; // |x| < 2^-57
    const z = x * x;
    const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    const q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    const r = p / q;
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (hx < 0) {
    // x < -0.5
    const z = (1.0 + x) * 0.5;
    const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    const q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    const s = Math.sqrt(z);
    const r = p / q;
    const w = r * s - PIO2_LO;
    return PI - 2.0 * (s + w);
  }
  // x > 0.5
  const z = (1.0 - x) * 0.5;
  const s = Math.sqrt(z);
  const df = withLo(s, 0);
  const c = (z - df * df) / (s + df);
  const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
  const q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
  const r = p / q;
  const w = r * s + c;
  return 2.0 * (df + w);
}

const ATANHI = Float64Array.from([
  0.4636476090008061, // 0x1.dac670561bb4fp-2, atan(0.5)
  0.7853981633974483, // 0x1.921fb54442d18p-1, atan(1.0)
  0.982793723247329, // 0x1.f730bd281f69bp-1, atan(1.5)
  1.5707963267948966, // 0x1.921fb54442d18p0, atan(inf)
]);
const ATANLO = Float64Array.from([
  2.2698777452961687e-17, // 0x1.a2b7f222f65e2p-56
  3.061616997868383e-17, // 0x1.1a62633145c07p-55
  1.3903311031230998e-17, // 0x1.007887af0cbbdp-56
  6.123233995736766e-17, // 0x1.1a62633145c07p-54
]);
const AT0 = 0.3333333333333293; // 0x1.555555555550dp-2
const AT1 = -0.19999999999876483; // -0x1.999999998ebc4p-3
const AT2 = 0.14285714272503466; // 0x1.24924920083ffp-3
const AT3 = -0.11111110405462356; // -0x1.c71c6fe231671p-4
const AT4 = 0.09090887133436507; // 0x1.745cdc54c206ep-4
const AT5 = -0.0769187620504483; // -0x1.3b0f2af749a6dp-4
const AT6 = 0.06661073137387531; // 0x1.10d66a0d03d51p-4
const AT7 = -0.058335701337905735; // -0x1.dde2d52defd9ap-5
const AT8 = 0.049768779946159324; // 0x1.97b4b24760debp-5
const AT9 = -0.036531572744216916; // -0x1.2b4442c6a6c2fp-5
const AT10 = 0.016285820115365782; // 0x1.0ad3ae322da11p-6

export function atan(x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x44100000) {
    // |x| >= 2^66
    if (ix > 0x7ff00000 || (ix === 0x7ff00000 && loWord(x) !== 0)) return x + x;
    if (hx > 0) return ATANHI[3] + ATANLO[3];
    return -ATANHI[3] - ATANLO[3];
  }
  if (ix < 0x3fdc0000) {
    // |x| < 0.4375
    if (ix < 0x3e200000) return x; // |x| < 2^-29
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      // |x| < 1.1875
      if (ix < 0x3fe60000) {
        // 7/16 <= |x| < 11/16
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {
        // 11/16 <= |x| < 19/16
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) {
      // |x| < 2.4375
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {
      // 2.4375 <= |x| < 2^66
      id = 3;
      x = -1.0 / x;
    }
  }
  const z = x * x;
  const w = z * z;
  // the odd and even halves of sum AT[i] z^(i+1)
  const s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
  const s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
  if (id < 0) return x - x * (s1 + s2);
  const r = ATANHI[id] - (x * (s1 + s2) - ATANLO[id] - x);
  return hx < 0 ? -r : r;
}

const PI_O_4 = 0.7853981633974483; // 0x1.921fb54442d18p-1
const PI_O_2 = 1.5707963267948966; // 0x1.921fb54442d18p0
const PI_LO = 1.2246467991473532e-16; // 0x1.1a62633145c07p-53

export function atan2(y: number, x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  const lx = loWord(x);
  const hy = hiWord(y);
  const iy = hy & 0x7fffffff;
  const ly = loWord(y);
  if (x !== x || y !== y) return x + y;
  if (((hx - 0x3ff00000) | lx) === 0) return atan(y); // x = 1.0
  const m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x) + sign(y)

  if ((iy | ly) === 0) {
    switch (m) {
      case 0:
      case 1:
        return y;
      case 2:
        return PI + TINY;
      default:
        return -PI - TINY;
    }
  }
  if ((ix | lx) === 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;

  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) {
      switch (m) {
        case 0:
          return PI_O_4 + TINY;
        case 1:
          return -PI_O_4 - TINY;
        case 2:
          return 3.0 * PI_O_4 + TINY;
        default:
          return -3.0 * PI_O_4 - TINY;
      }
    }
    switch (m) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return PI + TINY;
      default:
        return -PI - TINY;
    }
  }
  if (iy === 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;

  const k = (iy - ix) >> 20;
  let z: number;
  if (k > 60) {
    z = PI_O_2 + 0.5 * PI_LO; // |y/x| > 2^60
  } else if (hx < 0 && k < -60) {
    z = 0.0; // |y|/x < -2^60
  } else {
    z = atan(Math.abs(y / x));
  }
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return PI - (z - PI_LO);
    default:
      return z - PI_LO - PI;
  }
}

// ---------------------------------------------------------------------------------------------
// Exponentials and logarithms.

const O_THRESHOLD = 709.782712893384; // 0x1.62e42fefa39efp9
const U_THRESHOLD = -745.1332191019411; // -0x1.74910d52d3051p9
const LN2_HI = 0.6931471803691238; // 0x1.62e42feep-1
const LN2_LO = 1.9082149292705877e-10; // 0x1.a39ef35793c76p-33
const INVLN2 = 1.4426950408889634; // 0x1.71547652b82fep0
const TWOM1000 = 9.332636185032189e-302; // 0x1.0p-1000
const P1 = 0.16666666666666602; // 0x1.555555555553ep-3
const P2 = -0.0027777777777015593; // -0x1.6c16c16bebd93p-9
const P3 = 0.00006613756321437934; // 0x1.1566aaf25de2cp-14
const P4 = -0.0000016533902205465252; // -0x1.bbd41c5d26bf1p-20
const P5 = 4.1381367970572385e-8; // 0x1.6376972bea4d0p-25

export function exp(x: number): number {
  let hx = hiWord(x);
  const xsb = (hx >> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;

  if (hx >= 0x40862e42) {
    // |x| >= 709.78...
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0.0;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0.0;
  }

  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = (INVLN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      const t = k;
      hi = x - t * LN2_HI; // exact
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1.0 + x;
  }

  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  const y = 1.0 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) return withHi(y, hiWord(y) + (k << 20));
  return withHi(y, hiWord(y) + ((k + 1000) << 20)) * TWOM1000;
}

const LG1 = 0.6666666666666735; // 0x1.5555555555593p-1
const LG2 = 0.3999999999940942; // 0x1.999999997fa04p-2
const LG3 = 0.2857142874366239; // 0x1.2492494229359p-2
const LG4 = 0.22222198432149784; // 0x1.c71c51d8e78afp-3
const LG5 = 0.1818357216161805; // 0x1.7466496cb03dep-3
const LG6 = 0.15313837699209373; // 0x1.39a09d078c69fp-3
const LG7 = 0.14798198605116586; // 0x1.2f112df3e5244p-3

export function log(x: number): number {
  let hx = hiWord(x);
  const lx = loWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return (x - x) / 0.0;
    k -= 54;
    x *= TWO54; // scale up subnormal
    hx = hiWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  x = withHi(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0.0) {
      if (k === 0) return 0.0;
      return k * LN2_HI + k * LN2_LO;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

const IVLN10 = 0.4342944819032518; // 0x1.bcb7b1526e50ep-2
const LOG10_2HI = 0.30102999566361177; // 0x1.34413509f6p-2
const LOG10_2LO = 3.694239077158931e-13; // 0x1.9fef311f12b36p-42

export function log10(x: number): number {
  let hx = hiWord(x);
  const lx = loWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return (x - x) / 0.0;
    k -= 54;
    x *= TWO54;
    hx = hiWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k >>> 31;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHi(x, hx);
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

export function log1p(x: number): number {
  const hx = hiWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) {
      // x <= -1.0
      if (x === -1.0) return -Infinity;
      return (x - x) / (x - x);
    }
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (ax < 0x3c900000) return x; // |x| < 2^-54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  let u: number;
  if (k !== 0) {
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hiWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = hiWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHi(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = withHi(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0.0) {
      if (k === 0) return 0.0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}

// expm1's coefficients are scaled by 2^i (it evaluates in x^2/2).
const Q1 = -0.03333333333333313; // -0x1.11111111110f4p-5
const Q2 = 0.0015873015872548146; // 0x1.a01a019fe5585p-10
const Q3 = -0.0000793650757867488; // -0x1.4ce199eaadbb7p-14
const Q4 = 0.000004008217827329362; // 0x1.0cfca86e65239p-18
const Q5 = -2.0109921818362437e-7; // -0x1.afdb76e09c32dp-23

export function expm1(x: number): number {
  let hx = hiWord(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  let k: number;
  let c = 0;

  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x; // NaN
        return xsb === 0 ? x : -1.0;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (xsb !== 0) return TINY - 1.0; // x < -56 ln2
  }

  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INVLN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      const t = k;
      hi = x - t * LN2_HI; // exact
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2^-54
    return x;
  } else {
    k = 0;
  }

  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    // exp(x) - 1 is accurate enough
    y = 1.0 - (e - x);
    y = withHi(y, hiWord(y) + (k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
    y = t - (e - x);
    y = withHi(y, hiWord(y) + (k << 20));
  } else {
    t = fromWords((0x3ff - k) << 20, 0); // 2^-k
    y = x - (e + t);
    y += 1.0;
    y = withHi(y, hiWord(y) + (k << 20));
  }
  return y;
}

// ---------------------------------------------------------------------------------------------
// Hyperbolic functions.

const SHUGE = 1.0e307;

export function sinh(x: number): number {
  const jx = hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x)); // |x| < log(MAX_VALUE)
  // |x| up to the overflow threshold: exp(|x|/2)^2 / 2 avoids overflowing exp
  if (ix < 0x408633ce || (ix === 0x408633ce && loWord(x) >>> 0 <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * SHUGE;
}

export function cosh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  if (ix < 0x3fd62e43) {
    // |x| < 0.5 ln2
    const t = expm1(Math.abs(x));
    const w = 1.0 + t;
    if (ix < 0x3c800000) return w; // cosh(tiny) = 1
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    // |x| < 22
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (ix < 0x408633ce || (ix === 0x408633ce && loWord(x) >>> 0 <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function tanh(x: number): number {
  const jx = hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    // tanh(+-inf) = +-1, tanh(NaN) = NaN
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  let z: number;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2^-55
    if (ix >= 0x3ff00000) {
      // |x| >= 1
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - TINY;
  }
  return jx >= 0 ? z : -z;
}

// ---------------------------------------------------------------------------------------------
// Roots, hypot, pow, remainder.

/** IEEE 754 square root is correctly rounded, which is what fdlibm's bit-by-bit sqrt computes. */
export function sqrt(x: number): number {
  return Math.sqrt(x);
}

const CB_B1 = 715094163; // (682 - 0.03306235651) * 2^20
const CB_B2 = 696219795; // (664 - 0.03306235651) * 2^20
const CB_C = 0.5428571428571428; // 0x1.15f15f15f15f1p-1, 19/35
const CB_D = -0.7053061224489796; // -0x1.691de2532c834p-1, -864/1225
const CB_E = 1.4142857142857144; // 0x1.6a0ea0ea0ea0fp0, 99/70
const CB_F = 1.6071428571428572; // 0x1.9b6db6db6db6ep0, 45/28
const CB_G = 0.35714285714285715; // 0x1.6db6db6db6db7p-2, 5/14

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x; // keeps the sign of zero, propagates NaN
  const sign = x < 0 ? -1.0 : 1.0;
  x = Math.abs(x);
  let t: number;
  // rough cbrt to 5 bits
  if (x < 2.2250738585072014e-308) {
    t = TWO54 * x;
    t = withHi(t, ((hiWord(t) / 3) | 0) + CB_B2);
  } else {
    t = fromWords(((hiWord(x) / 3) | 0) + CB_B1, 0);
  }
  // to 23 bits
  let r = (t * t) / x;
  let s = CB_C + r * t;
  t *= CB_G + CB_F / (s + CB_E + CB_D / s);
  // chop to 20 bits and make it larger than cbrt(x)
  t = withLo(t, 0);
  t = withHi(t, hiWord(t) + 1);
  // one Newton step to 53 bits, error < 0.667 ulp
  s = t * t; // exact
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r); // r - s is exact
  t = t + t * r;
  return sign * t;
}

const TWO_M600 = 2.409919865102884e-181; // 0x1.0p-600
const TWO_P600 = 4.149515568880993e180; // 0x1.0p600
const TWO_P1022 = 4.49423283715579e307; // 0x1.0p1022

export function hypot(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (a === Infinity || b === Infinity) return Infinity;
    return a + b; // NaN
  }
  if (b > a) {
    const tmp = a;
    a = b;
    b = tmp;
  }
  let ha = hiWord(a);
  let hb = hiWord(b);
  if (ha - hb > 0x3c00000) return a + b; // a/b > 2^60

  let k = 0;
  if (ha > 0x5f300000) {
    // a > 2^500: scale both by 2^-600
    ha -= 0x25800000;
    hb -= 0x25800000;
    a *= TWO_M600;
    b *= TWO_M600;
    k += 600;
  }
  if (hb < 0x20b00000) {
    // b < 2^-500
    if (hb <= 0x000fffff) {
      // subnormal b or 0. ha and hb are deliberately left unscaled: fdlibm does so, and the
      // splits below must use the same (stale) high words to reproduce its results.
      if (b === 0.0) return a;
      b *= TWO_P1022;
      a *= TWO_P1022;
      k -= 1022;
    } else {
      ha += 0x25800000;
      hb += 0x25800000;
      a *= TWO_P600;
      b *= TWO_P600;
      k -= 600;
    }
  }
  let w = a - b;
  if (w > b) {
    const t1 = fromWords(ha, 0);
    const t2 = a - t1;
    w = Math.sqrt(t1 * t1 - (b * -b - t2 * (a + t1)));
  } else {
    a = a + a;
    const y1 = fromWords(hb, 0);
    const y2 = b - y1;
    const t1 = fromWords(ha + 0x00100000, 0);
    const t2 = a - t1;
    w = Math.sqrt(t1 * y1 - (w * -w - (t1 * y2 + t2 * b)));
  }
  if (k !== 0) return fromWords((0x3ff + k) << 20, 0) * w;
  return w;
}

const BP1 = 1.5;
const DP_H1 = 0.5849624872207642; // 0x1.2b8034p-1
const DP_L1 = 1.350039202129749e-8; // 0x1.cfdeb43cfd006p-27
const L1 = 0.5999999999999946; // 0x1.3333333333303p-1
const L2 = 0.4285714285785502; // 0x1.b6db6db6fabffp-2
const L3 = 0.33333332981837743; // 0x1.55555518f264dp-2
const L4 = 0.272728123808534; // 0x1.17460a91d4101p-2
const L5 = 0.23066074577556175; // 0x1.d864a93c9db65p-3
const L6 = 0.20697501780033842; // 0x1.a7e284a454eefp-3
const LG2_FULL = 0.6931471805599453; // 0x1.62e42fefa39efp-1
const LG2_H = 0.6931471824645996; // 0x1.62e43p-1
const LG2_L = -1.904654299957768e-9; // -0x1.05c610ca86c39p-29
const OVT = 8.0085662595372944372e-17; // -(1024 - log2(overflow + 0.5 ulp))
const CP = 0.9617966939259756; // 0x1.ec709dc3a03fdp-1, 2/(3 ln2)
const CP_H = 0.9617967009544373; // 0x1.ec709ep-1
const CP_L = -7.028461650952758e-9; // -0x1.e2fe0145b01f5p-28
const INV_LN2 = 1.4426950408889634; // 0x1.71547652b82fep0
const INV_LN2_H = 1.4426950216293335; // 0x1.715476p0
const INV_LN2_L = 1.9259629911266175e-8; // 0x1.4ae0bf85ddf44p-26

export function pow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x !== x || y !== y) return x + y;

  const yAbs = Math.abs(y);
  let xAbs = Math.abs(x);
  if (y === 2.0) return x * x;
  if (y === 0.5) {
    if (x >= -Number.MAX_VALUE) return Math.sqrt(x + 0.0); // + 0.0 turns -0 into +0
  } else if (yAbs === 1.0) {
    return y === 1.0 ? x : 1.0 / x;
  } else if (yAbs === Infinity) {
    if (xAbs === 1.0) return y - y; // NaN
    if (xAbs > 1.0) return y >= 0 ? y : 0.0;
    return y < 0 ? -y : 0.0;
  }

  const hx = hiWord(x);
  let ix = hx & 0x7fffffff;

  // For x < 0: 0 if y is not an integer, 1 if odd, 2 if even.
  let yIsInt = 0;
  if (hx < 0) {
    if (yAbs >= 9007199254740992.0) yIsInt = 2;
    else if (yAbs >= 1.0 && Math.floor(yAbs) === yAbs) yIsInt = 2 - (yAbs % 2);
  }

  if (xAbs === 0 || xAbs === Infinity || xAbs === 1.0) {
    let z = xAbs;
    if (y < 0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0)
        z = (z - z) / (z - z); // (-1)^non-int
      else if (yIsInt === 1) z = -1.0 * z;
    }
    return z;
  }

  let n = (hx >> 31) + 1;
  if ((n | yIsInt) === 0) return (x - x) / (x - x); // (x < 0)^non-int

  let s = 1.0; // sign of the result
  if ((n | (yIsInt - 1)) === 0) s = -1.0;

  let t1: number;
  let t2: number;
  if (yAbs > 2147485695.9999995) {
    // |y| > ~2^31
    if (xAbs < 0.9999995231628418) return y < 0 ? s * Infinity : s * 0.0;
    if (xAbs > 1.0000009536743162) return y > 0 ? s * Infinity : s * 0.0;
    // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
    const t = xAbs - 1.0;
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = INV_LN2_H * t;
    const v = t * INV_LN2_L - w * INV_LN2;
    t1 = withLo(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      xAbs *= 9007199254740992.0;
      n -= 53;
      ix = hiWord(xAbs);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    let k: number;
    if (j <= 0x3988e) {
      k = 0; // |x| < sqrt(3/2)
    } else if (j < 0xbb67a) {
      k = 1; // |x| < sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    xAbs = withHi(xAbs, ix);

    // ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
    const bp = k === 0 ? 1.0 : BP1;
    let u = xAbs - bp;
    let v = 1.0 / (xAbs + bp);
    const ss = u * v;
    const sH = withLo(ss, 0);
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = xAbs - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // log(xAbs)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLo(3.0 + s2 + r, 0);
    tL = r - (tH - 3.0 - s2);
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3 log2) * (ss + ...)
    const pH = withLo(u + v, 0);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const dpH = k === 0 ? 0.0 : DP_H1;
    const dpL = k === 0 ? 0.0 : DP_L1;
    const zL = CP_L * pH + pL * CP + dpL;
    // log2(xAbs) = n + dpH + zH + zL
    const t = n;
    t1 = withLo(zL + zH + dpH + t, 0);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // (y1 + y2) * (t1 + t2) with y1 = y chopped to 32 bits
  const y1 = withLo(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = hiWord(z);
  let i = loWord(z);
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * Infinity;
    if (pL + OVT > z - pH) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * 0.0;
    if (pL <= z - pH) return s * 0.0;
  }

  // 2^(pH + pL)
  i = j & 0x7fffffff;
  let k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  let t = withLo(pL + pH, 0);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2_FULL + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  t = z * z;
  t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const r = (z * t1) / (t1 - 2.0) - (w + z * w);
  z = 1.0 - (r - z);
  j = hiWord(z) + (n << 20);
  if (j >> 20 <= 0)
    z = scalbn(z, n); // subnormal result
  else z = withHi(z, j);
  return s * z;
}

/**
 * IEEE 754 remainder: x - p*n with n the integer nearest x/p (ties to even). fdlibm reduces with
 * its own fmod first; fmod is exact, so JS `%` (also exact, same sign rules) gives the same value.
 */
export function IEEEremainder(x: number, p: number): number {
  let hx = hiWord(x);
  const lx = loWord(x);
  let hp = hiWord(p);
  const lp = loWord(p);
  const sx = hx & 0x80000000;
  hp &= 0x7fffffff;
  hx &= 0x7fffffff;

  if ((hp | lp) === 0) return (x * p) / (x * p); // p = 0
  if (hx >= 0x7ff00000 || (hp >= 0x7ff00000 && ((hp - 0x7ff00000) | lp) !== 0)) {
    return (x * p) / (x * p); // x not finite or p NaN
  }

  if (hp <= 0x7fdfffff) x = x % (p + p); // now |x| < 2|p|
  if (((hx - hp) | (lx - lp)) === 0) return 0.0 * x;
  x = Math.abs(x);
  p = Math.abs(p);
  if (hp < 0x00200000) {
    if (x + x > p) {
      x -= p;
      if (x + x >= p) x -= p;
    }
  } else {
    const pHalf = 0.5 * p;
    if (x > pHalf) {
      x -= p;
      if (x >= pHalf) x -= p;
    }
  }
  return withHi(x, hiWord(x) ^ sx);
}
