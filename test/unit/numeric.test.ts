// int/float/double semantics: edge cases by hand, bulk cases against references, and the
// conversions and remainders against HotSpot (a small Java program run with the host JDK).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { L } from '../../src/runtime/long.js';
import {
  d2i,
  f2i,
  i2f,
  d2f,
  i2b,
  i2c,
  i2s,
  idiv,
  irem,
  fcmpl,
  fcmpg,
  dcmpl,
  dcmpg,
  drem,
  frem,
  floatToRawIntBits,
  floatToIntBits,
  intBitsToFloat,
  doubleToRawLongBits,
  doubleToLongBits,
  longBitsToDouble,
} from '../../src/runtime/numeric.js';

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

const dv = new DataView(new ArrayBuffer(8));
function doubleBits(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function floatBits(x: number): number {
  dv.setFloat32(0, x);
  return dv.getUint32(0);
}
function doubleFromWords(hi: number, lo: number): number {
  dv.setUint32(0, hi >>> 0);
  dv.setUint32(4, lo >>> 0);
  return dv.getFloat64(0);
}
function floatFromBits(b: number): number {
  dv.setUint32(0, b >>> 0);
  return dv.getFloat32(0);
}
const isInt32 = (x: number): boolean => Object.is(x, x | 0);

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

test('d2i and f2i: truncation, NaN -> 0, saturation', () => {
  const cases: [number, number][] = [
    [0, 0],
    [-0, 0],
    [NaN, 0],
    [Infinity, INT_MAX],
    [-Infinity, INT_MIN],
    [1.9, 1],
    [-1.9, -1],
    [0.5, 0],
    [-0.5, 0],
    [2147483647, INT_MAX],
    [2147483647.9, INT_MAX],
    [2147483648, INT_MAX],
    [1e300, INT_MAX],
    [-2147483648, INT_MIN],
    [-2147483648.9, INT_MIN],
    [-2147483649, INT_MIN],
    [-1e300, INT_MIN],
    [Number.MIN_VALUE, 0],
    [-Number.MIN_VALUE, 0],
    [4294967296.5, INT_MAX],
    [-4294967297, INT_MIN],
  ];
  for (const [d, want] of cases) {
    assert.ok(Object.is(d2i(d), want), `d2i(${d})`);
    const f = Math.fround(d);
    const fwant = Number.isNaN(f) ? 0 : f >= INT_MAX ? INT_MAX : f <= INT_MIN ? INT_MIN : Math.trunc(f) | 0;
    assert.ok(Object.is(f2i(f), fwant), `f2i(${f})`);
  }
  const next = rng(1);
  for (let i = 0; i < 50000; i++) {
    const d = (next() / 2 ** 32 - 0.5) * 2 ** (next() % 40);
    const want = d >= INT_MAX ? INT_MAX : d <= INT_MIN ? INT_MIN : Math.trunc(d) | 0;
    assert.ok(Object.is(d2i(d), want), `d2i(${d})`);
  }
});

test('i2f, d2f, i2b, i2c, i2s', () => {
  assert.equal(i2f(16777217), 16777216);
  assert.equal(i2f(16777219), 16777220);
  assert.equal(i2f(INT_MAX), 2147483648);
  assert.equal(d2f(1e300), Infinity);
  assert.ok(Object.is(d2f(-1e-300), -0));
  assert.equal(i2b(0x80), -128);
  assert.equal(i2b(0x17f), 127);
  assert.equal(i2b(-1), -1);
  assert.equal(i2c(-1), 0xffff);
  assert.equal(i2c(0x12345), 0x2345);
  assert.equal(i2s(0x8000), -32768);
  assert.equal(i2s(0x17fff), 32767);
  const next = rng(2);
  for (let i = 0; i < 20000; i++) {
    const v = next() | 0;
    assert.equal(i2b(v), Number(BigInt.asIntN(8, BigInt(v))));
    assert.equal(i2c(v), Number(BigInt.asUintN(16, BigInt(v))));
    assert.equal(i2s(v), Number(BigInt.asIntN(16, BigInt(v))));
  }
});

test('idiv and irem', () => {
  assert.equal(idiv(INT_MIN, -1), INT_MIN);
  assert.ok(Object.is(irem(INT_MIN, -1), 0));
  assert.ok(Object.is(irem(-6, 3), 0));
  assert.equal(idiv(-7, 2), -3);
  assert.equal(irem(-7, 2), -1);
  assert.equal(irem(7, -2), 1);
  const next = rng(3);
  const edge = [0, 1, -1, 2, -2, 3, 7, -7, INT_MIN, INT_MAX, INT_MIN + 1, INT_MAX - 1, 65536, -65536];
  const pairs: [number, number][] = [];
  for (const a of edge) for (const b of edge) pairs.push([a, b]);
  for (let i = 0; i < 30000; i++) {
    const a = next() | 0;
    const b = i & 1 ? (next() | 0) >> (next() % 32) : next() | 0;
    pairs.push([a, b]);
  }
  for (const [a, b] of pairs) {
    if (b === 0) continue;
    const q = BigInt.asIntN(32, BigInt(a) / BigInt(b));
    const r = BigInt.asIntN(32, BigInt(a) % BigInt(b));
    assert.ok(Object.is(idiv(a, b), Number(q)), `${a} / ${b}`);
    assert.ok(Object.is(irem(a, b), Number(r)), `${a} % ${b}`);
  }
});

test('fcmpl/fcmpg/dcmpl/dcmpg', () => {
  const values = [NaN, -Infinity, -1, -0, 0, Number.MIN_VALUE, 1, Infinity];
  for (const a of values) {
    for (const b of values) {
      const ordered = a < b ? -1 : a > b ? 1 : a === b ? 0 : null;
      assert.equal(fcmpl(a, b), ordered ?? -1, `fcmpl(${a}, ${b})`);
      assert.equal(fcmpg(a, b), ordered ?? 1, `fcmpg(${a}, ${b})`);
      assert.equal(dcmpl(a, b), ordered ?? -1, `dcmpl(${a}, ${b})`);
      assert.equal(dcmpg(a, b), ordered ?? 1, `dcmpg(${a}, ${b})`);
    }
  }
  assert.equal(fcmpl(-0, 0), 0);
  assert.equal(dcmpg(0, -0), 0);
});

test('drem and frem: fmod semantics', () => {
  assert.ok(Object.is(drem(-0, 1), -0));
  assert.ok(Object.is(drem(-4, 2), -0));
  assert.ok(Object.is(drem(4, -2), 0));
  assert.equal(drem(5.5, Infinity), 5.5);
  assert.ok(Number.isNaN(drem(Infinity, 1)));
  assert.ok(Number.isNaN(drem(1, 0)));
  assert.ok(Number.isNaN(drem(NaN, 1)));
  assert.equal(drem(-7.5, 2), -1.5);
  assert.equal(drem(1e300, 3), Number(BigInt(1e300) % 3n)); // exact, not 1e300 - 3 * trunc(1e300 / 3)
  assert.equal(drem(-1e300, 7), -Number(BigInt(1e300) % 7n));
  assert.equal(frem(Math.fround(5.1), Math.fround(2)), Math.fround(Math.fround(5.1) - 4));
  assert.ok(Object.is(frem(-0, 3), -0));
});

test('float bit conversions: every non-NaN pattern round-trips, NaN stays NaN', () => {
  const next = rng(4);
  const patterns = [
    0, 0x80000000, 1, 0x80000001, 0x007fffff, 0x00800000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x3f800000,
    0xbf800000,
  ];
  for (let i = 0; i < 100000; i++) patterns.push(next());
  for (const b of patterns) {
    const bits = b | 0;
    const f = intBitsToFloat(bits);
    const isNaNPattern = (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;
    if (isNaNPattern) {
      assert.ok(Number.isNaN(f));
      const back = floatToRawIntBits(f);
      assert.ok((back & 0x7f800000) === 0x7f800000 && (back & 0x7fffff) !== 0, 'a NaN pattern');
      assert.equal(floatToIntBits(f), 0x7fc00000);
      continue;
    }
    assert.equal(f, floatFromBits(b));
    assert.equal(floatToRawIntBits(f), bits, `pattern ${b.toString(16)}`);
    assert.equal(floatToIntBits(f), bits);
    assert.ok(isInt32(floatToRawIntBits(f)));
  }
  assert.equal(floatToRawIntBits(NaN), 0x7fc00000); // V8's canonical NaN narrows to Java's
  assert.equal(floatToIntBits(-0), 0x80000000 | 0);
});

test('double bit conversions: every non-NaN pattern round-trips, NaN stays NaN', () => {
  const next = rng(5);
  const words: [number, number][] = [
    [0, 0],
    [0x80000000, 0],
    [0, 1],
    [0x000fffff, 0xffffffff],
    [0x00100000, 0],
    [0x7fefffff, 0xffffffff],
    [0x7ff00000, 0],
    [0xfff00000, 0],
    [0x3ff00000, 0],
  ];
  for (let i = 0; i < 100000; i++) words.push([next(), next()]);
  for (const [h, l] of words) {
    const x = doubleFromWords(h, l);
    const hi = h | 0;
    const lo = l | 0;
    const d = longBitsToDouble(lo, hi);
    if (Number.isNaN(x)) {
      assert.ok(Number.isNaN(d));
      const rlo = doubleToLongBits(d);
      assert.equal(rlo, 0);
      assert.equal(L.hi, 0x7ff80000);
      continue;
    }
    assert.ok(Object.is(d, x));
    let rlo = doubleToRawLongBits(d);
    assert.equal(rlo, lo);
    assert.equal(L.hi, hi);
    rlo = doubleToLongBits(d);
    assert.equal(rlo, lo);
    assert.equal(L.hi, hi);
    assert.equal(doubleBits(d), (BigInt(h >>> 0) << 32n) | BigInt(l >>> 0));
  }
});

// ---------------------------------------------------------------------------------------------

function javaAvailable(): boolean {
  const c = spawnSync('javac', ['-version'], { encoding: 'utf8' });
  const j = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return c.status === 0 && j.status === 0;
}

const JAVA_SOURCE = `
import java.io.*;
public class NumericRef {
  static double d(String s) { return Double.longBitsToDouble(Long.parseUnsignedLong(s, 16)); }
  static float f(String s) { return Float.intBitsToFloat(Integer.parseUnsignedInt(s, 16)); }
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new FileReader(args[0]));
    StringBuilder out = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      String[] p = line.split(" ");
      switch (p[0]) {
        case "D": {
          double x = d(p[1]);
          out.append((int) x).append(' ').append(Integer.toHexString(Float.floatToRawIntBits((float) x)));
          break;
        }
        case "F": out.append((int) f(p[1])); break;
        case "I": out.append(Integer.toHexString(Float.floatToRawIntBits((float) Integer.parseInt(p[1])))); break;
        case "DR": out.append(Long.toHexString(Double.doubleToRawLongBits(d(p[1]) % d(p[2])))); break;
        default: out.append(Integer.toHexString(Float.floatToRawIntBits(f(p[1]) % f(p[2]))));
      }
      out.append('\\n');
    }
    System.out.print(out);
  }
}
`;

test(
  'conversions and remainders agree with HotSpot',
  { skip: !javaAvailable() && 'javac/java not on PATH' },
  () => {
    const next = rng(6);
    const anyDouble = () => doubleFromWords(next(), next());
    const scaled = () => (next() & 1 ? -1 : 1) * (1 + next() / 2 ** 32) * 2 ** ((next() % 200) - 100);
    const specials = [
      0,
      -0,
      NaN,
      Infinity,
      -Infinity,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      Number.MAX_VALUE,
      1,
      -1,
      3,
      -3,
      0.1,
      2.5,
      -2.5,
      2 ** 31,
      -(2 ** 31) - 1,
      2147483647.5,
      1e300,
      1.401298464324817e-45,
      3.4028234663852886e38,
      3.4028235677973366e38, // rounds to float infinity
    ];
    const doubles = [...specials];
    for (let i = 0; i < 2000; i++) doubles.push(anyDouble(), scaled(), (next() / 2 ** 32 - 0.5) * 2 ** 33);
    const ints = [0, 1, -1, INT_MAX, INT_MIN, 16777217, -16777217, 16777219];
    for (let i = 0; i < 2000; i++) ints.push(next() | 0);
    const pairs: [number, number][] = [];
    for (const a of specials) for (const b of specials) pairs.push([a, b]);
    for (let i = 0; i < 2000; i++) {
      pairs.push([anyDouble(), anyDouble()], [scaled(), scaled()]);
      pairs.push([(next() | 0) * 2 ** (next() % 60), (next() % 1000) + 0.5]);
      pairs.push([doubleFromWords(next() & 0x1fffff, next()), doubleFromWords(next() & 0x1fffff, next())]);
    }

    const hexD = (x: number) => doubleBits(x).toString(16);
    const hexF = (x: number) => floatBits(x).toString(16);
    const lines: string[] = [];
    for (const x of doubles) lines.push(`D ${hexD(x)}`);
    for (const x of doubles) lines.push(`F ${hexF(x)}`);
    for (const i of ints) lines.push(`I ${i}`);
    for (const [a, b] of pairs) lines.push(`DR ${hexD(a)} ${hexD(b)}`);
    for (const [a, b] of pairs) lines.push(`FR ${hexF(a)} ${hexF(b)}`);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-numeric-'));
    try {
      fs.writeFileSync(path.join(dir, 'NumericRef.java'), JAVA_SOURCE);
      fs.writeFileSync(path.join(dir, 'in.txt'), lines.join('\n') + '\n');
      const c = spawnSync('javac', ['-d', dir, path.join(dir, 'NumericRef.java')], { encoding: 'utf8' });
      assert.equal(c.status, 0, c.stderr);
      const r = spawnSync('java', ['-cp', dir, 'NumericRef', path.join(dir, 'in.txt')], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      assert.equal(r.status, 0, r.stderr);
      const out = r.stdout.trimEnd().split('\n');
      assert.equal(out.length, lines.length);

      const sameNaNAware = (got: string, want: string, nan: (s: string) => boolean) =>
        got === want || (nan(got) && nan(want));
      const isNaND = (s: string) => {
        const b = BigInt('0x' + s);
        return Number.isNaN(doubleFromWords(Number(b >> 32n), Number(BigInt.asUintN(32, b))));
      };
      const isNaNF = (s: string) => Number.isNaN(floatFromBits(parseInt(s, 16)));

      let k = 0;
      for (const x of doubles) {
        const [i, fb] = out[k++].split(' ');
        assert.equal(String(d2i(x)), i, `(int) ${x}`);
        assert.ok(sameNaNAware(hexF(d2f(x)), fb, isNaNF), `(float) ${x}`);
      }
      for (const x of doubles)
        assert.equal(String(f2i(Math.fround(x))), out[k++], `(int) ${Math.fround(x)}f`);
      for (const i of ints) assert.equal(hexF(i2f(i)), out[k++], `(float) ${i}`);
      for (const [a, b] of pairs) {
        assert.ok(sameNaNAware(hexD(drem(a, b)), out[k], isNaND), `${a} % ${b}: ${out[k]}`);
        k++;
      }
      for (const [a, b] of pairs) {
        const fa = Math.fround(a);
        const fb = Math.fround(b);
        assert.ok(sameNaNAware(hexF(frem(fa, fb)), out[k], isNaNF), `${fa}f % ${fb}f: ${out[k]}`);
        k++;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);
