// java.lang.reflect.Array natives.
import type { NativeRegistry, NativeFn } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JArray, JValue, JavaObject, FieldBag } from '../../../../runtime/object.js';
import { classArg, argLong } from '../../../util.js';
import { box } from '../../../jdk/internal/reflect/Reflection.js';
import { isAssignable } from '../../../../runtime/subtype.js';
import type { TypeChar } from '../../../../runtime/jclass.js';
import { newMultiArray } from '../../../../interpreter/arrays.js';

function newArrayOf(t: JavaThread, compMirror: JValue, length: number): JArray {
  const vm = t.vm;
  if (compMirror === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', null);
  const comp = classArg(t, compMirror);
  if (comp.primitive === 'V') throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', null);
  if (length < 0) throw vm.newThrowable(t, 'java/lang/NegativeArraySizeException', String(length));
  return vm.newArray(vm.arrayOf(comp), length);
}

const WIDEN = 'BSCIJFD';
const TYPES: [string, TypeChar][] = [
  ['Boolean', 'Z'],
  ['Byte', 'B'],
  ['Char', 'C'],
  ['Short', 'S'],
  ['Int', 'I'],
  ['Long', 'J'],
  ['Float', 'F'],
  ['Double', 'D'],
];

function arrayArg(t: JavaThread, v: JValue): JArray {
  if (v === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  const a = v as JArray;
  if (!a.$cls || !a.$cls.isArray)
    throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Argument is not an array');
  return a;
}

function checkIndex(t: JavaThread, a: JArray, i: number): void {
  if (i < 0 || i >= a.length >> a.$cls.lenShift)
    throw t.vm.newThrowable(t, 'java/lang/ArrayIndexOutOfBoundsException', null);
}

/** Element `i` of a primitive array as [type, value] (a long as a bigint). */
function readPrimitive(a: JArray, i: number): [TypeChar, number | bigint] {
  const p = a.$cls.primitive as TypeChar;
  if (p === 'J') {
    const w = a as unknown as Int32Array;
    return ['J', (BigInt(w[2 * i + 1]) << 32n) | BigInt(w[2 * i] >>> 0)];
  }
  return [p, (a as unknown as number[])[i]];
}

/** JLS §5.1.2 widening of a primitive value to `to`, or null when not allowed. */
function widen(from: TypeChar, v: number | bigint, to: TypeChar): number | bigint | null {
  if (from === to) return v;
  if (from === 'Z' || to === 'Z' || to === 'C' || (from === 'C' && (to === 'B' || to === 'S'))) return null;
  if (WIDEN.indexOf(from) > WIDEN.indexOf(to)) return null;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (to === 'J') return BigInt(n);
  if (to === 'F') return Math.fround(n);
  return n;
}

function mismatch(t: JavaThread): never {
  throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'argument type mismatch');
}

function getAs(t: JavaThread, av: JValue, i: number, to: TypeChar): JValue | bigint {
  const a = arrayArg(t, av);
  if (a.$cls.primitive === null) mismatch(t);
  checkIndex(t, a, i);
  const [from, v] = readPrimitive(a, i);
  const w = widen(from, v, to);
  if (w === null) mismatch(t);
  return w as JValue | bigint;
}

function setFrom(t: JavaThread, av: JValue, i: number, from: TypeChar, v: number | bigint): void {
  const a = arrayArg(t, av);
  const to = a.$cls.primitive as TypeChar | null;
  if (to === null) mismatch(t);
  checkIndex(t, a, i);
  const w = widen(from, v, to);
  if (w === null) mismatch(t);
  if (to === 'J') {
    const b = w as bigint;
    const arr = a as unknown as Int32Array;
    arr[2 * i] = Number(BigInt.asIntN(32, b));
    arr[2 * i + 1] = Number(BigInt.asIntN(32, b >> 32n));
  } else (a as unknown as number[])[i] = w as number;
}

export function register(reg: NativeRegistry): void {
  const fns: Record<string, NativeFn> = {};
  for (const [name, tc] of TYPES) {
    fns[`get${name}(Ljava/lang/Object;I)${tc}`] = (t, a) => getAs(t, a[0], a[1] as number, tc);
    fns[`set${name}(Ljava/lang/Object;I${tc})V`] = (t, a) => {
      const v = tc === 'J' ? argLong(a, 2) : (a[2] as number);
      setFrom(t, a[0], a[1] as number, tc, v);
    };
  }
  fns['get(Ljava/lang/Object;I)Ljava/lang/Object;'] = (t, a) => {
    const arr = arrayArg(t, a[0]);
    const i = a[1] as number;
    checkIndex(t, arr, i);
    if (arr.$cls.primitive === null) return (arr as JValue[])[i];
    const [tc, v] = readPrimitive(arr, i);
    if (tc === 'J') {
      const b = v as bigint;
      return box(t, 'J', Number(BigInt.asIntN(32, b)), Number(BigInt.asIntN(32, b >> 32n)));
    }
    return box(t, tc, v as number, 0);
  };
  fns['set(Ljava/lang/Object;ILjava/lang/Object;)V'] = (t, a) => {
    const arr = arrayArg(t, a[0]);
    const i = a[1] as number;
    const v = a[2] as JavaObject | JArray | null;
    if (arr.$cls.primitive === null) {
      checkIndex(t, arr, i);
      if (v !== null && !isAssignable(v.$cls, arr.$cls.componentType!)) mismatch(t);
      (arr as JValue[])[i] = v;
      return;
    }
    if (v === null) mismatch(t);
    const boxName = (v as JavaObject).$cls.name;
    const entry = TYPES.find(
      ([n]) => boxName === `java/lang/${n === 'Int' ? 'Integer' : n === 'Char' ? 'Character' : n}`,
    );
    if (!entry) mismatch(t);
    const f = v as unknown as FieldBag;
    const key = `value@${boxName}`;
    const val =
      entry[1] === 'J'
        ? (BigInt(f[key + '$hi'] as number) << 32n) | BigInt((f[key] as number) >>> 0)
        : (f[key] as number);
    setFrom(t, arr, i, entry[1], val);
  };
  reg.addAll('java/lang/reflect/Array', fns);
  reg.addAll('java/lang/reflect/Array', {
    'newArray(Ljava/lang/Class;I)Ljava/lang/Object;': (t, a) => newArrayOf(t, a[0], a[1] as number),
    'getLength(Ljava/lang/Object;)I': (t, a) => {
      const arr = a[0] as JArray | null;
      if (arr === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      if (!arr.$cls.isArray)
        throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Argument is not an array');
      return arr.length >> arr.$cls.lenShift;
    },
    'multiNewArray(Ljava/lang/Class;[I)Ljava/lang/Object;': (t, a) => {
      const vm = t.vm;
      let cls = classArg(t, a[0]);
      const dims = Array.from(a[1] as unknown as Int32Array);
      for (const d of dims)
        if (d < 0) throw vm.newThrowable(t, 'java/lang/NegativeArraySizeException', String(d));
      for (let i = 0; i < dims.length; i++) cls = vm.arrayOf(cls);
      return newMultiArray(t, cls, dims, 0);
    },
  });
}
