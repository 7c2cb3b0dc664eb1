// The fdlibm port against HotSpot's StrictMath, bit for bit: a Java program prints
// Double.doubleToRawLongBits(StrictMath.f(x)) for a few thousand inputs per function, compiled and
// run with the host JDK. NaN results only need to be NaN: their sign and payload are not specified
// by StrictMath and differ between x86's default NaN and V8's canonical one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fdlibm from '../../src/natives/java/lang/fdlibm.js';

const UNARY = [
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'exp',
  'log',
  'log10',
  'log1p',
  'expm1',
  'sqrt',
  'cbrt',
  'sinh',
  'cosh',
  'tanh',
] as const;
const BINARY = ['atan2', 'pow', 'hypot', 'IEEEremainder'] as const;
type Unary = (typeof UNARY)[number];
type Binary = (typeof BINARY)[number];

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
function bitsOf(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function fromBits(b: bigint): number {
  dv.setBigUint64(0, BigInt.asUintN(64, b));
  return dv.getFloat64(0);
}
function fromWords(hi: number, lo: number): number {
  dv.setUint32(0, hi >>> 0);
  dv.setUint32(4, lo >>> 0);
  return dv.getFloat64(0);
}
const hex = (x: number): string => bitsOf(x).toString(16);
function ulps(x: number, n: number): number {
  // n representable steps away from x (toward +inf for n > 0 on positive x)
  if (!Number.isFinite(x) || x === 0) return x;
  return fromBits(bitsOf(x) + BigInt(n));
}

// High words the fdlibm code branches on; inputs sit on both sides of each.
const THRESHOLDS = [
  0x3fe921fb, 0x4002d97c, 0x413921fb, 0x3e400000, 0x3fd33333, 0x3fe90000, 0x3e300000, 0x3fe59428, 0x3ff00000,
  0x3fe00000, 0x3fef3333, 0x3c600000, 0x44100000, 0x3fdc0000, 0x3e200000, 0x3ff30000, 0x3fe60000, 0x40038000,
  0x40862e42, 0x3fd62e42, 0x3fd62e43, 0x3ff0a2b2, 0x00100000, 0x3fda827a, 0x3fd2bec3, 0x43400000, 0x3ff6a09e,
  0x4043687a, 0x3c900000, 0x3c800000, 0x40360000, 0x408633ce, 0x3ff921fb, 0x400921fb, 0x4012d97c, 0x40f00000,
  0x41e00000, 0x7fe00000, 0x7fefffff, 0x000fffff, 0x3ff3988e, 0x3ffbb67a, 0x41e00000, 0x5f300000, 0x20b00000,
];

function unaryInputs(): number[] {
  const next = rng(0xfd11b);
  const out: number[] = [
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    fromWords(0x000fffff, 0xffffffff),
    2.2250738585072014e-308,
    -2.2250738585072014e-308,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1,
    -1,
    0.5,
    -0.5,
    2,
    -2,
    Math.PI,
    -Math.PI,
    Math.PI / 2,
    Math.PI / 4,
    10,
    100,
    1e22,
    -1e22,
    1e300,
    1e-300,
    709.782712893384,
    709.7827128933841,
    -745.1332191019411,
    -745.1332191019412,
    -708.3964185322641,
    710.4758600739439,
    22,
    -22,
    Math.LN2 / 2,
    Math.LN2 * 1.5,
    Math.LN2 * 56,
    -Math.LN2 * 56,
    0.975,
    0.98,
    0.41422,
    -0.2929,
    -0.99999999,
    1e15,
    1e16,
    2 ** 53,
    6381956970095103 * 2 ** 797, // close to a multiple of pi/2
    5.319372648326541e255,
    fromWords(0x408633ce, 0x8fb9f87d),
    fromWords(0x408633ce, 0x8fb9f87e),
    fromWords(0x408633ce, 0x8fb9f87c),
  ];
  for (let k = 1; k <= 200; k++) {
    // multiples of pi/2: the reductions' cancellation cases
    const m = k < 100 ? k : k * 997 + 123456789 * (k - 99);
    const v = (m * Math.PI) / 2;
    for (let d = -2; d <= 2; d++) out.push(ulps(v, d), -ulps(v, d));
  }
  for (let e = -1074; e <= 1023; e += 7) out.push(2 ** e, -(2 ** e), ulps(2 ** e, 1), ulps(2 ** e, -1));
  for (const h of THRESHOLDS) {
    for (const dh of [-1, 0, 1]) {
      for (const lo of [0, 1, 0xffffffff, next()]) {
        const x = fromWords((h + dh) & 0x7fffffff, lo);
        out.push(x, -x);
      }
    }
  }
  for (let i = 0; i < 1200; i++) out.push(fromWords(next(), next())); // any double
  for (let i = 0; i < 1000; i++) out.push((next() / 2 ** 32 - 0.5) * 8);
  for (let i = 0; i < 600; i++) out.push((next() / 2 ** 32 - 0.5) * 2);
  for (let i = 0; i < 600; i++) out.push((next() / 2 ** 32 - 0.5) * 1600);
  for (let i = 0; i < 800; i++) {
    const e = (next() % 120) - 60;
    out.push((next() & 1 ? -1 : 1) * (1 + next() / 2 ** 32) * 2 ** e);
  }
  for (let i = 0; i < 300; i++) out.push(1 + (next() / 2 ** 32 - 0.5) * 2 ** -(next() % 40)); // near 1
  return out;
}

function binaryInputs(fn: Binary): [number, number][] {
  const next = rng(0xb1 + fn.length * 7919 + fn.charCodeAt(0));
  const out: [number, number][] = [];
  const rnd = () => next() / 2 ** 32;
  const anyDouble = () => fromWords(next(), next());
  const logUniform = (lo: number, hi: number) =>
    (next() & 1 ? -1 : 1) * (1 + rnd()) * 2 ** (lo + (next() % (hi - lo)));
  const specials = [
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    1,
    -1,
    2,
    -2,
    0.5,
    -0.5,
    3,
    -3,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    2.2250738585072014e-308,
    1e-300,
    1e300,
    Math.PI,
    -Math.PI,
  ];
  for (const a of specials) for (const b of specials) out.push([a, b]);
  for (let i = 0; i < 800; i++) out.push([anyDouble(), anyDouble()]);
  for (let i = 0; i < 800; i++) out.push([(rnd() - 0.5) * 20, (rnd() - 0.5) * 20]);
  for (let i = 0; i < 800; i++) out.push([logUniform(-80, 80), logUniform(-80, 80)]);
  switch (fn) {
    case 'pow': {
      const xs = [
        ...specials,
        ulps(1, 1),
        ulps(1, -1),
        -ulps(1, 1),
        0.9999995231628418,
        ulps(0.9999995231628418, -1),
        1.0000009536743162,
        ulps(1.0000009536743162, 1),
        10,
        -10,
        0.1,
        1.5,
        Math.E,
      ];
      const ys = [
        ...specials,
        2 ** 31,
        -(2 ** 31),
        2 ** 31 + 1,
        2147483648.0000005,
        2 ** 52 + 1,
        2 ** 53,
        2 ** 53 + 2,
        -(2 ** 53),
        1e10,
        -1e10,
        0.3,
        -0.3,
        1075,
        -1075,
        -1074.5,
        1023.9999,
        1024,
        -1022,
        1 / 3,
        4,
        5,
        -5,
        1e-20,
      ];
      for (const x of xs) for (const y of ys) out.push([x, y]);
      for (let i = 0; i < 600; i++) out.push([rnd() * 10, (rnd() - 0.5) * 100]);
      for (let i = 0; i < 400; i++) out.push([-(rnd() * 10), (next() % 200) - 100]); // x < 0, int y
      for (let i = 0; i < 400; i++) out.push([1 + (rnd() - 0.5) * 2 ** -18, (rnd() - 0.5) * 2 ** 40]);
      for (let i = 0; i < 400; i++) out.push([2, 1023.9 + rnd() * 0.2]); // around overflow
      for (let i = 0; i < 400; i++) out.push([2, -1076 + rnd() * 56]); // subnormal results
      for (let i = 0; i < 400; i++) out.push([0.5 + rnd(), -(rnd() * 1e5)]);
      for (let i = 0; i < 300; i++) out.push([logUniform(-1074, 1023), (rnd() - 0.5) * 4]);
      for (let i = 0; i < 200; i++) out.push([next() % 100, next() % 20]); // exact integer powers
      break;
    }
    case 'atan2':
      for (let i = 0; i < 400; i++) {
        const y = logUniform(-30, 30);
        const e = (next() % 130) - 65; // ratios around the 2^60 shortcuts
        out.push([y, y * 2 ** e * (next() & 1 ? -1 : 1)]);
      }
      for (let i = 0; i < 200; i++) out.push([(rnd() - 0.5) * 4, 1]);
      break;
    case 'hypot':
      for (let i = 0; i < 600; i++) {
        const a = logUniform(-1074, 1023);
        out.push([a, a * 2 ** ((next() % 140) - 70) * (1 + rnd())]);
      }
      for (let i = 0; i < 200; i++) out.push([fromWords(0, next()), fromWords(next() & 0xfffff, next())]);
      for (let i = 0; i < 200; i++) out.push([logUniform(490, 1000), logUniform(-600, 1000)]);
      for (let i = 0; i < 200; i++) {
        const a = logUniform(-20, 20);
        out.push([a, ulps(a, (next() % 5) - 2)]);
      }
      out.push([Infinity, NaN], [NaN, -Infinity], [NaN, 1], [3, 4], [5, 12]);
      break;
    case 'IEEEremainder':
      for (let i = 0; i < 400; i++) {
        const p = logUniform(-40, 40);
        const n = (next() % 2000) - 1000;
        out.push([(n + 0.5) * p, p], [n * p, p], [ulps((n + 0.5) * p, 1), p]);
      }
      for (let i = 0; i < 300; i++) out.push([logUniform(0, 1023), logUniform(-1074, 0)]);
      for (let i = 0; i < 200; i++)
        out.push([fromWords(next() & 0x1fffff, next()), fromWords(next() & 0x1fffff, next())]);
      for (let i = 0; i < 100; i++) out.push([logUniform(1000, 1023), logUniform(1018, 1023)]);
      break;
  }
  return out;
}

function javaAvailable(): boolean {
  const c = spawnSync('javac', ['-version'], { encoding: 'utf8' });
  const j = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return c.status === 0 && j.status === 0;
}

const JAVA_SOURCE = `
import java.io.*;
public class StrictMathRef {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new FileReader(args[0]));
    StringBuilder out = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      String[] p = line.split(" ");
      double x = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
      double y = p.length > 2 ? Double.longBitsToDouble(Long.parseUnsignedLong(p[2], 16)) : 0;
      double r;
      switch (p[0]) {
        case "sin": r = StrictMath.sin(x); break;
        case "cos": r = StrictMath.cos(x); break;
        case "tan": r = StrictMath.tan(x); break;
        case "asin": r = StrictMath.asin(x); break;
        case "acos": r = StrictMath.acos(x); break;
        case "atan": r = StrictMath.atan(x); break;
        case "exp": r = StrictMath.exp(x); break;
        case "log": r = StrictMath.log(x); break;
        case "log10": r = StrictMath.log10(x); break;
        case "log1p": r = StrictMath.log1p(x); break;
        case "expm1": r = StrictMath.expm1(x); break;
        case "sqrt": r = StrictMath.sqrt(x); break;
        case "cbrt": r = StrictMath.cbrt(x); break;
        case "sinh": r = StrictMath.sinh(x); break;
        case "cosh": r = StrictMath.cosh(x); break;
        case "tanh": r = StrictMath.tanh(x); break;
        case "atan2": r = StrictMath.atan2(x, y); break;
        case "pow": r = StrictMath.pow(x, y); break;
        case "hypot": r = StrictMath.hypot(x, y); break;
        case "IEEEremainder": r = StrictMath.IEEEremainder(x, y); break;
        default: throw new IllegalArgumentException(p[0]);
      }
      out.append(Long.toHexString(Double.doubleToRawLongBits(r))).append('\\n');
    }
    System.out.print(out);
  }
}
`;

type Case = { fn: Unary | Binary; args: number[] };

// Runs HotSpot once for every case of every function; returns the result bits per case.
let cached: { cases: Case[]; results: bigint[] } | undefined;
function hotspot(): { cases: Case[]; results: bigint[] } {
  if (cached) return cached;
  const cases: Case[] = [];
  const xs = unaryInputs();
  for (const fn of UNARY) for (const x of xs) cases.push({ fn, args: [x] });
  for (const fn of BINARY) for (const [x, y] of binaryInputs(fn)) cases.push({ fn, args: [x, y] });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-fdlibm-'));
  try {
    fs.writeFileSync(path.join(dir, 'StrictMathRef.java'), JAVA_SOURCE);
    const input = cases.map((c) => [c.fn, ...c.args.map(hex)].join(' ')).join('\n') + '\n';
    fs.writeFileSync(path.join(dir, 'in.txt'), input);
    const c = spawnSync('javac', ['-d', dir, path.join(dir, 'StrictMathRef.java')], { encoding: 'utf8' });
    assert.equal(c.status, 0, c.stderr);
    const r = spawnSync('java', ['-cp', dir, 'StrictMathRef', path.join(dir, 'in.txt')], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.equal(r.status, 0, r.stderr);
    const results = r.stdout
      .trimEnd()
      .split('\n')
      .map((s) => BigInt('0x' + s));
    assert.equal(results.length, cases.length);
    cached = { cases, results };
    return cached;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function isNaNBits(b: bigint): boolean {
  return (b & 0x7ff0000000000000n) === 0x7ff0000000000000n && (b & 0xfffffffffffffn) !== 0n;
}

const skip = !javaAvailable() && 'javac/java not on PATH';

for (const fn of [...UNARY, ...BINARY]) {
  test(`StrictMath.${fn} bit for bit`, { skip }, () => {
    const { cases, results } = hotspot();
    const f = fdlibm[fn] as (...args: number[]) => number;
    const failures: string[] = [];
    let count = 0;
    for (let i = 0; i < cases.length; i++) {
      if (cases[i].fn !== fn) continue;
      count++;
      const args = cases[i].args;
      const want = results[i];
      const got = bitsOf(f(...args));
      if (got === want || (isNaNBits(got) && isNaNBits(want))) continue;
      failures.push(
        `${fn}(${args.map((a) => `${a} [${hex(a)}]`).join(', ')}) = ${fromBits(got)} [${got.toString(16)}], ` +
          `HotSpot ${fromBits(want)} [${want.toString(16)}]`,
      );
    }
    assert.ok(count >= 2000, `${fn}: only ${count} inputs`);
    assert.equal(
      failures.length,
      0,
      `${failures.length}/${count} differ:\n${failures.slice(0, 20).join('\n')}`,
    );
  });
}
