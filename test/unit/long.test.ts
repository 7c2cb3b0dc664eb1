// Every long operation against a BigInt reference on random and edge values, and the conversions
// against HotSpot itself (a small Java program compiled and run with the host JDK).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  L,
  isZero,
  ladd,
  lsub,
  lmul,
  ldiv,
  lrem,
  lneg,
  land,
  lor,
  lxor,
  lshl,
  lshr,
  lushr,
  lcmp,
  l2i,
  i2l,
  l2d,
  l2f,
  d2l,
  f2l,
  toBigInt,
  fromBigInt,
  toNumber,
  fromNumber,
  longToString,
  parseLong,
} from '../../src/runtime/long.js';

const MIN = -(1n << 63n);
const MAX = (1n << 63n) - 1n;
const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
const loOf = (v: bigint): number => Number(BigInt.asIntN(32, v));
const hiOf = (v: bigint): number => Number(BigInt.asIntN(32, v >> 32n));
const hex = (v: bigint): string => '0x' + BigInt.asUintN(64, v).toString(16);

// Deterministic PRNG (mulberry32) so failures reproduce.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const EDGES: bigint[] = (() => {
  const base = [
    0n,
    1n,
    -1n,
    2n,
    -2n,
    3n,
    -3n,
    7n,
    10n,
    -10n,
    MIN,
    MAX,
    MIN + 1n,
    MAX - 1n,
    1n << 31n,
    -(1n << 31n),
    (1n << 31n) - 1n,
    -(1n << 31n) - 1n,
    1n << 32n,
    -(1n << 32n),
    (1n << 32n) - 1n,
    (1n << 32n) + 1n,
    -(1n << 32n) + 1n,
    -(1n << 32n) - 1n,
    1n << 53n,
    (1n << 53n) + 1n,
    (1n << 53n) - 1n,
    -(1n << 53n),
    -(1n << 53n) + 1n,
    -(1n << 53n) - 1n,
    1n << 52n,
    -(1n << 52n),
    1n << 62n,
    -(1n << 62n),
    0xffffffffn,
    0x100000000n,
    0x7fffffffn,
    0x80000000n,
    0x123456789abcdefn,
    -0x123456789abcdefn,
    1000000007n,
    10000000000n,
    1n << 21n,
    1n << 48n,
    -(1n << 48n),
  ];
  const out = new Set<bigint>();
  for (const v of base) for (const d of [-1n, 0n, 1n]) out.add(wrap(v + d));
  for (let k = 0n; k < 64n; k++) {
    out.add(wrap(1n << k));
    out.add(wrap(-(1n << k)));
    out.add(wrap((1n << k) - 1n));
  }
  return [...out];
})();

function randomLong(next: () => number): bigint {
  const kind = next() % 8;
  const full = (BigInt(next()) << 32n) | BigInt(next());
  switch (kind) {
    case 0:
    case 1:
      return BigInt.asIntN(64, full);
    case 2: {
      // random magnitude: keep the low k bits, random sign
      const k = BigInt(next() % 65);
      const v = BigInt.asUintN(64, full) & ((1n << k) - 1n);
      return wrap(next() & 1 ? -v : v);
    }
    case 3:
      return BigInt(next() | 0); // int32
    case 4:
      return EDGES[next() % EDGES.length];
    case 5:
      return wrap(EDGES[next() % EDGES.length] + BigInt((next() % 2001) - 1000));
    case 6: {
      // within the exact-double range and just outside it
      const k = BigInt(50 + (next() % 8));
      const v = BigInt.asUintN(64, full) & ((1n << k) - 1n);
      return next() & 1 ? -v : v;
    }
    default: {
      const sh = BigInt(next() % 64);
      return wrap(BigInt.asIntN(64, full) >> sh);
    }
  }
}

function pairs(seed: number, n: number): [bigint, bigint][] {
  const next = rng(seed);
  const out: [bigint, bigint][] = [];
  for (const a of EDGES) for (const b of EDGES) out.push([a, b]);
  for (let i = 0; i < n; i++) out.push([randomLong(next), randomLong(next)]);
  return out;
}

type BinOp = (alo: number, ahi: number, blo: number, bhi: number) => number;

function checkBinary(name: string, op: BinOp, ref: (a: bigint, b: bigint) => bigint | null, seed: number) {
  let checked = 0;
  for (const [a, b] of pairs(seed, 25000)) {
    const want = ref(a, b);
    if (want === null) continue;
    const lo = op(loOf(a), hiOf(a), loOf(b), hiOf(b));
    const hi = L.hi;
    const got = toBigInt(lo, hi);
    if (got !== want || (lo | 0) !== lo || (hi | 0) !== hi) {
      assert.fail(`${name}(${a}, ${b}) = ${got} (lo ${lo}, hi ${hi}), expected ${want}`);
    }
    checked++;
  }
  assert.ok(checked >= 20000, `${name}: only ${checked} cases`);
}

test('ladd', () => checkBinary('ladd', ladd, (a, b) => wrap(a + b), 1));
test('lsub', () => checkBinary('lsub', lsub, (a, b) => wrap(a - b), 2));
test('lmul', () => checkBinary('lmul', lmul, (a, b) => wrap(a * b), 3));
test('ldiv', () => checkBinary('ldiv', ldiv, (a, b) => (b === 0n ? null : wrap(a / b)), 4));
test('lrem', () => checkBinary('lrem', lrem, (a, b) => (b === 0n ? null : wrap(a % b)), 5));
test('land', () => checkBinary('land', land, (a, b) => a & b, 6));
test('lor', () => checkBinary('lor', lor, (a, b) => a | b, 7));
test('lxor', () => checkBinary('lxor', lxor, (a, b) => a ^ b, 8));

test('ldiv/lrem: quotient estimates near their limits', () => {
  const next = rng(99);
  const cases: [bigint, bigint][] = [
    [MIN, -1n],
    [MIN, 1n],
    [MIN, MIN],
    [MAX, MIN],
    [MIN, MAX],
    [MIN, 1n << 32n],
    [MIN, (1n << 32n) + 1n],
    [MAX, (1n << 32n) - 1n],
    [MAX, 1n << 32n],
    [MAX, 3n],
    [MIN, 10n],
  ];
  for (let i = 0; i < 20000; i++) {
    // divisors just above 2^32 and dividends that are near multiples of them
    const d = wrap((1n << BigInt(32 + (next() % 31))) + BigInt(next() % 5) - 2n);
    const q = BigInt(next()) % (MAX / (d < 0n ? -d : d) + 1n);
    const n = wrap(q * d + BigInt((next() % 7) - 3));
    const s = next() & 3;
    cases.push([wrap(s & 1 ? -n : n), wrap(s & 2 ? -d : d)]);
  }
  for (const [a, b] of cases) {
    if (b === 0n) continue;
    const qlo = ldiv(loOf(a), hiOf(a), loOf(b), hiOf(b));
    assert.equal(toBigInt(qlo, L.hi), wrap(a / b), `${a} / ${b}`);
    const rlo = lrem(loOf(a), hiOf(a), loOf(b), hiOf(b));
    assert.equal(toBigInt(rlo, L.hi), wrap(a % b), `${a} % ${b}`);
  }
});

test('lneg, lcmp, l2i, i2l, isZero', () => {
  const next = rng(10);
  const values = [...EDGES];
  for (let i = 0; i < 25000; i++) values.push(randomLong(next));
  for (const a of values) {
    const lo = lneg(loOf(a), hiOf(a));
    assert.equal(toBigInt(lo, L.hi), wrap(-a), `-${a}`);
    assert.equal(l2i(loOf(a), hiOf(a)), Number(BigInt.asIntN(32, a)));
    assert.equal(isZero(loOf(a), hiOf(a)), a === 0n);
  }
  for (const [a, b] of pairs(11, 25000)) {
    const want = a < b ? -1 : a > b ? 1 : 0;
    assert.equal(lcmp(loOf(a), hiOf(a), loOf(b), hiOf(b)), want, `lcmp(${a}, ${b})`);
  }
  for (const i of [0, 1, -1, 2147483647, -2147483648, 123456, -654321]) {
    const lo = i2l(i);
    assert.equal(toBigInt(lo, L.hi), BigInt(i));
  }
  for (let k = 0; k < 25000; k++) {
    const i = next() | 0;
    const lo = i2l(i);
    assert.equal(toBigInt(lo, L.hi), BigInt(i));
  }
});

test('shifts by every count 0..127 and by random counts', () => {
  const next = rng(12);
  const values = [...EDGES];
  for (let i = 0; i < 300; i++) values.push(randomLong(next));
  const check = (a: bigint, n: number) => {
    const s = BigInt(n & 63);
    let lo = lshl(loOf(a), hiOf(a), n);
    assert.equal(toBigInt(lo, L.hi), wrap(a << s), `${a} << ${n}`);
    lo = lshr(loOf(a), hiOf(a), n);
    assert.equal(toBigInt(lo, L.hi), a >> s, `${a} >> ${n}`);
    lo = lushr(loOf(a), hiOf(a), n);
    assert.equal(toBigInt(lo, L.hi), wrap(BigInt.asUintN(64, a) >> s), `${a} >>> ${n}`);
  };
  for (const a of values) for (let n = 0; n < 128; n++) check(a, n);
  for (let i = 0; i < 25000; i++) check(randomLong(next), next() | 0);
  for (const n of [-1, -63, -64, -65, 2147483647, -2147483648]) check(0x123456789abcdefn, n);
});

// Round-to-nearest-even of an exact integer to `bits` significant bits, computed independently of
// the floating-point hardware.
function roundToBits(v: bigint, bits: number): number {
  if (v === 0n) return 0;
  const neg = v < 0n;
  let m = neg ? -v : v;
  const len = m.toString(2).length;
  if (len <= bits) return neg ? -Number(m) : Number(m);
  const shift = BigInt(len - bits);
  let q = m >> shift;
  const rem = m - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  m = q << shift;
  return neg ? -Number(m) : Number(m);
}

// Values whose double rounding is a tie for float rounding: the trap for l2f via double.
function trickyForFloat(next: () => number): bigint[] {
  const out: bigint[] = [];
  for (let e = 25; e <= 62; e++) {
    const ulp = 1n << BigInt(e - 23); // float ulp for values in [2^e, 2^(e+1))
    for (let i = 0; i < 40; i++) {
      const mant = (1n << 23n) | BigInt(next() & 0x7fffff);
      const base = mant * ulp;
      const mid = base + ulp / 2n;
      const deltas = [0n, 1n, -1n, 2n, -2n, 0x7ffn, -0x7ffn, 0x800n, -0x800n, 0xfffn, 0x1000n, 1n << 10n];
      for (const d of deltas) {
        for (const v of [mid + d, base + d, -(mid + d)]) {
          if (v <= MAX && v >= MIN) out.push(v);
        }
      }
    }
  }
  out.push(
    MIN,
    MAX,
    MIN + 1n,
    (1n << 63n) - (1n << 38n),
    (1n << 63n) - (1n << 39n),
    (1n << 63n) - (1n << 39n) + 1n,
  );
  return out;
}

test('l2d and l2f round correctly', () => {
  const next = rng(13);
  const values = [...EDGES, ...trickyForFloat(next)];
  for (let i = 0; i < 30000; i++) values.push(randomLong(next));
  for (const v of values) {
    const lo = loOf(v);
    const hi = hiOf(v);
    assert.equal(l2d(lo, hi), Number(v), `l2d(${v})`); // Number(bigint) rounds to nearest even
    assert.equal(l2d(lo, hi), roundToBits(v, 53), `l2d(${v})`);
    assert.equal(l2f(lo, hi), roundToBits(v, 24), `l2f(${v})`);
  }
  // The tricky set really contains values where the double route goes wrong.
  const wrongViaDouble = values.filter((v) => Math.fround(Number(v)) !== roundToBits(v, 24)).length;
  assert.ok(wrongViaDouble > 100, `only ${wrongViaDouble} double-rounding traps`);
});

// Java's conversion results for a double argument: [(long) d] as a bigint.
function refD2l(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 2 ** 63) return MAX;
  if (d <= -(2 ** 63)) return MIN;
  return BigInt(Math.trunc(d));
}

function randomDoubles(next: () => number, n: number): number[] {
  const buf = new DataView(new ArrayBuffer(8));
  const out: number[] = [
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    0.5,
    -0.5,
    0.9999999999999999,
    -0.9999999999999999,
    1.5,
    -1.5,
    2 ** 31,
    -(2 ** 31),
    2 ** 31 - 0.5,
    -(2 ** 31) - 0.5,
    2 ** 32,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    2 ** 63,
    -(2 ** 63),
    2 ** 64,
    -(2 ** 64),
    9223372036854774784,
    -9223372036854774784,
    1e19,
    -1e19,
    4503599627370495.5,
    -4503599627370495.5,
  ];
  for (let i = 0; i < n; i++) {
    const kind = next() % 3;
    if (kind === 0) {
      buf.setUint32(0, next());
      buf.setUint32(4, next());
      out.push(buf.getFloat64(0));
    } else if (kind === 1) {
      const e = (next() % 140) - 10;
      out.push((next() / 2 ** 32 - 0.5) * 2 ** e);
    } else {
      out.push((next() | 0) * 2 ** (next() % 40) + (next() % 4) / 4);
    }
  }
  return out;
}

test('d2l, f2l, fromNumber saturate like Java', () => {
  const next = rng(14);
  for (const d of randomDoubles(next, 30000)) {
    let lo = d2l(d);
    assert.equal(toBigInt(lo, L.hi), refD2l(d), `d2l(${d})`);
    assert.ok(Object.is(lo, lo | 0), `d2l(${d}) low word is an int32`);
    const f = Math.fround(d);
    lo = f2l(f);
    assert.equal(toBigInt(lo, L.hi), refD2l(f), `f2l(${f})`);
    lo = fromNumber(d);
    assert.equal(toBigInt(lo, L.hi), refD2l(d), `fromNumber(${d})`);
  }
});

test('toBigInt, fromBigInt, toNumber', () => {
  const next = rng(15);
  const values = [...EDGES];
  for (let i = 0; i < 20000; i++) values.push(randomLong(next));
  for (const v of values) {
    const lo = fromBigInt(v);
    assert.equal(lo, loOf(v));
    assert.equal(L.hi, hiOf(v));
    assert.equal(toBigInt(lo, L.hi), v);
    if (v <= 1n << 53n && v >= -(1n << 53n)) assert.equal(toNumber(loOf(v), hiOf(v)), Number(v));
  }
  const lo = fromBigInt((1n << 64n) + 5n); // wraps like a narrowing conversion
  assert.equal(toBigInt(lo, L.hi), 5n);
});

test('longToString matches Long.toString in every radix', () => {
  const next = rng(16);
  const values = [...EDGES];
  for (let i = 0; i < 20000; i++) values.push(randomLong(next));
  for (const v of values) {
    assert.equal(longToString(loOf(v), hiOf(v)), v.toString(), `toString(${v})`);
    const radix = 2 + (next() % 35);
    assert.equal(longToString(loOf(v), hiOf(v), radix), v.toString(radix), `toString(${v}, ${radix})`);
  }
  for (let radix = 2; radix <= 36; radix++) {
    for (const v of [MIN, MAX, -1n, 0n, MIN + 1n]) {
      assert.equal(longToString(loOf(v), hiOf(v), radix), v.toString(radix));
    }
  }
  for (const bad of [0, 1, 37, -10]) assert.equal(longToString(loOf(MIN), hiOf(MIN), bad), MIN.toString());
});

test('parseLong', () => {
  const next = rng(17);
  for (let i = 0; i < 5000; i++) {
    const v = randomLong(next);
    const radix = 2 + (next() % 35);
    const lo = parseLong(v.toString(radix), radix);
    assert.equal(toBigInt(lo, L.hi), v);
  }
  let lo = parseLong('+42');
  assert.equal(toBigInt(lo, L.hi), 42n);
  lo = parseLong('-8000000000000000', 16);
  assert.equal(toBigInt(lo, L.hi), MIN);
  lo = parseLong('7FFFFFFFFFFFFFFF', 16);
  assert.equal(toBigInt(lo, L.hi), MAX);
  for (const bad of [
    '',
    '-',
    '+',
    '9223372036854775808',
    '-9223372036854775809',
    '12a',
    ' 1',
    '1.0',
    '--1',
  ]) {
    assert.throws(() => parseLong(bad), RangeError, bad);
  }
  assert.throws(() => parseLong('2', 2), RangeError);
});

// ---------------------------------------------------------------------------------------------
// Cross-check of the conversions against HotSpot.

function javaAvailable(): boolean {
  const c = spawnSync('javac', ['-version'], { encoding: 'utf8' });
  const j = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return c.status === 0 && j.status === 0;
}

const JAVA_SOURCE = `
import java.io.*;
public class LongConv {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new FileReader(args[0]));
    StringBuilder out = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      String[] p = line.split(" ");
      long bits = Long.parseUnsignedLong(p[1], 16);
      switch (p[0]) {
        case "L":
          out.append(Integer.toHexString(Float.floatToRawIntBits((float) bits))).append(' ')
             .append(Long.toHexString(Double.doubleToRawLongBits((double) bits))).append(' ')
             .append(Long.toString(bits, 36)).append('\\n');
          break;
        case "D": {
          double d = Double.longBitsToDouble(bits);
          out.append(Long.toHexString((long) d)).append('\\n');
          break;
        }
        default: {
          float f = Float.intBitsToFloat((int) bits);
          out.append(Long.toHexString((long) f)).append('\\n');
        }
      }
    }
    System.out.print(out);
  }
}
`;

test('conversions agree with HotSpot', { skip: !javaAvailable() && 'javac/java not on PATH' }, () => {
  const next = rng(18);
  const longs = [...EDGES, ...trickyForFloat(next).slice(0, 3000)];
  for (let i = 0; i < 1500; i++) longs.push(randomLong(next));
  const doubles = randomDoubles(next, 1500);
  const dv = new DataView(new ArrayBuffer(8));
  const lines: string[] = [];
  for (const v of longs) lines.push('L ' + BigInt.asUintN(64, v).toString(16));
  for (const d of doubles) {
    dv.setFloat64(0, d);
    lines.push('D ' + dv.getBigUint64(0).toString(16));
  }
  for (const d of doubles) {
    dv.setFloat32(0, d);
    lines.push('F ' + dv.getUint32(0).toString(16));
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-long-'));
  try {
    fs.writeFileSync(path.join(dir, 'LongConv.java'), JAVA_SOURCE);
    fs.writeFileSync(path.join(dir, 'in.txt'), lines.join('\n') + '\n');
    const c = spawnSync('javac', ['-d', dir, path.join(dir, 'LongConv.java')], { encoding: 'utf8' });
    assert.equal(c.status, 0, c.stderr);
    const r = spawnSync('java', ['-cp', dir, 'LongConv', path.join(dir, 'in.txt')], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trimEnd().split('\n');
    assert.equal(out.length, lines.length);

    let k = 0;
    for (const v of longs) {
      const [fbits, dbits, s36] = out[k++].split(' ');
      dv.setFloat32(0, l2f(loOf(v), hiOf(v)));
      assert.equal(dv.getUint32(0).toString(16), fbits, `(float) ${v} (${hex(v)})`);
      dv.setFloat64(0, l2d(loOf(v), hiOf(v)));
      assert.equal(dv.getBigUint64(0).toString(16), dbits, `(double) ${v}`);
      assert.equal(longToString(loOf(v), hiOf(v), 36), s36, `Long.toString(${v}, 36)`);
    }
    for (const d of doubles) {
      const lo = d2l(d);
      assert.equal(BigInt.asUintN(64, toBigInt(lo, L.hi)).toString(16), out[k++], `(long) ${d}`);
    }
    for (const d of doubles) {
      const lo = f2l(Math.fround(d));
      assert.equal(
        BigInt.asUintN(64, toBigInt(lo, L.hi)).toString(16),
        out[k++],
        `(long) ${Math.fround(d)}f`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
