// java.lang.reflect.Array natives (HotSpot's JVM_GetArrayElement/JVM_SetArrayElement and
// Reflection::array_get/array_set/widen), with HotSpot's exceptions and messages.
import type { NativeRegistry, NativeFn } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { TypeChar } from '../../../../runtime/jclass.js';
import { JavaObject, type JArray, type JValue, type FieldBag } from '../../../../runtime/object.js';
import { classArg } from '../../../util.js';
import { newMultiArray } from '../../../../interpreter/arrays.js';
import { isAssignable } from '../../../../runtime/subtype.js';
import { l2d, l2f } from '../../../../runtime/long.js';
import { box } from '../../../jdk/internal/reflect/Reflection.js';

/** A primitive value as the VM holds it: a number, and for a long its high word. */
interface Prim {
  type: TypeChar;
  lo: number;
  hi: number;
}

const BOX_TYPES: Record<string, TypeChar> = {
  'java/lang/Boolean': 'Z',
  'java/lang/Byte': 'B',
  'java/lang/Character': 'C',
  'java/lang/Short': 'S',
  'java/lang/Integer': 'I',
  'java/lang/Long': 'J',
  'java/lang/Float': 'F',
  'java/lang/Double': 'D',
};

function iae(t: JavaThread, message: string | null): never {
  throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', message);
}

/** check_array: null -> NPE; not an array (or not a primitive array when required) -> IAE. */
function checkArray(t: JavaThread, v: JValue, primitiveOnly: boolean): JArray {
  if (v === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  const a = v as JArray;
  if (!a.$cls.isArray) iae(t, 'Argument is not an array');
  if (primitiveOnly && a.$cls.primitive === null) iae(t, 'Argument is not an array of primitive type');
  return a;
}

function checkIndex(t: JavaThread, a: JArray, index: number): void {
  if (index < 0 || index >= a.length >> a.$cls.lenShift)
    throw t.vm.newThrowable(t, 'java/lang/ArrayIndexOutOfBoundsException', null);
}

function readPrim(a: JArray, index: number): Prim {
  const type = a.$cls.primitive!;
  if (type === 'J') {
    const i32 = a as unknown as Int32Array;
    return { type, lo: i32[2 * index], hi: i32[2 * index + 1] };
  }
  return { type, lo: (a as unknown as number[])[index], hi: 0 };
}

function writePrim(a: JArray, index: number, v: Prim): void {
  if (v.type === 'J') {
    const i32 = a as unknown as Int32Array;
    i32[2 * index] = v.lo;
    i32[2 * index + 1] = v.hi;
  } else (a as unknown as number[])[index] = v.type === 'Z' ? v.lo & 1 : v.lo;
}

/** Reflection::widen (JLS §5.1.2); anything else is "argument type mismatch". */
function widen(t: JavaThread, v: Prim, to: TypeChar): Prim {
  if (v.type === to) return v;
  const ok: Record<string, string> = {
    B: 'SIJFD',
    S: 'IJFD',
    C: 'IJFD',
    I: 'JFD',
    J: 'FD',
    F: 'D',
    Z: '',
    D: '',
  };
  if (!ok[v.type].includes(to)) iae(t, 'argument type mismatch');
  if (v.type === 'J') return { type: to, lo: to === 'F' ? l2f(v.lo, v.hi) : l2d(v.lo, v.hi), hi: 0 };
  if (to === 'J') return { type: to, lo: v.lo | 0, hi: v.lo < 0 ? -1 : 0 };
  if (to === 'F') return { type: to, lo: Math.fround(v.lo), hi: 0 };
  return { type: to, lo: v.lo, hi: 0 };
}

/** Reflection::unbox_for_primitive: null -> IAE without message; not a box -> "argument type mismatch". */
function unbox(t: JavaThread, v: JValue): Prim {
  if (v === null) iae(t, null);
  if (!(v instanceof JavaObject)) iae(t, 'argument type mismatch');
  const type = BOX_TYPES[v.$cls.name];
  if (type === undefined) iae(t, 'argument type mismatch');
  const f = v as unknown as FieldBag;
  const key = `value@${v.$cls.name}`;
  return { type, lo: f[key] as number, hi: type === 'J' ? (f[key + '$hi'] as number) : 0 };
}

function boxed(t: JavaThread, v: Prim): JValue {
  return box(t, v.type, v.lo, v.hi);
}

/** The slot-form result of a native returning `to`: a long as a bigint. */
function result(v: Prim): JValue | bigint {
  if (v.type === 'J') return (BigInt(v.hi) << 32n) | BigInt(v.lo >>> 0);
  return v.lo;
}

function newArrayOf(t: JavaThread, compMirror: JValue, length: number): JArray {
  const vm = t.vm;
  if (compMirror === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', null);
  const comp = classArg(t, compMirror);
  if (comp.primitive === 'V') iae(t, null);
  if (length < 0) throw vm.newThrowable(t, 'java/lang/NegativeArraySizeException', String(length));
  let dims = 1;
  for (let c = comp; c.componentType; c = c.componentType) dims++;
  if (dims > 255) iae(t, null);
  return vm.newArray(vm.arrayOf(comp), length);
}

const PRIM_NAMES: [string, TypeChar][] = [
  ['Boolean', 'Z'],
  ['Byte', 'B'],
  ['Char', 'C'],
  ['Short', 'S'],
  ['Int', 'I'],
  ['Long', 'J'],
  ['Float', 'F'],
  ['Double', 'D'],
];

export function register(reg: NativeRegistry): void {
  const fns: Record<string, NativeFn> = {
    'newArray(Ljava/lang/Class;I)Ljava/lang/Object;': (t, a) => newArrayOf(t, a[0], a[1] as number),
    'getLength(Ljava/lang/Object;)I': (t, a) => {
      const arr = checkArray(t, a[0], false);
      return arr.length >> arr.$cls.lenShift;
    },
    'multiNewArray(Ljava/lang/Class;[I)Ljava/lang/Object;': (t, a) => {
      const vm = t.vm;
      if (a[0] === null || a[1] === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', null);
      let cls = classArg(t, a[0]);
      const dims = Array.from(a[1] as unknown as Int32Array);
      if (dims.length === 0 || cls.primitive === 'V') iae(t, null);
      let existing = 0;
      for (let c = cls; c.componentType; c = c.componentType) existing++;
      if (dims.length + existing > 255) iae(t, null);
      for (const d of dims)
        if (d < 0) throw vm.newThrowable(t, 'java/lang/NegativeArraySizeException', String(d));
      for (let i = 0; i < dims.length; i++) cls = vm.arrayOf(cls);
      return newMultiArray(t, cls, dims, 0);
    },
    'get(Ljava/lang/Object;I)Ljava/lang/Object;': (t, a) => {
      const arr = checkArray(t, a[0], false);
      const index = a[1] as number;
      checkIndex(t, arr, index);
      if (arr.$cls.primitive === null) return (arr as JValue[])[index];
      return boxed(t, readPrim(arr, index));
    },
    'set(Ljava/lang/Object;ILjava/lang/Object;)V': (t, a) => {
      const arr = checkArray(t, a[0], false);
      const index = a[1] as number;
      const value = a[2];
      if (arr.$cls.primitive === null) {
        checkIndex(t, arr, index);
        const o = value as JavaObject | JArray | null;
        if (o !== null && !isAssignable(o.$cls, arr.$cls.componentType!))
          iae(t, 'array element type mismatch');
        (arr as JValue[])[index] = o;
        return;
      }
      const v = unbox(t, value);
      checkIndex(t, arr, index);
      writePrim(arr, index, widen(t, v, arr.$cls.primitive));
    },
  };
  for (const [name, type] of PRIM_NAMES) {
    const wide = type === 'J' || type === 'D';
    fns[`get${name}(Ljava/lang/Object;I)${type}`] = (t, a) => {
      const arr = checkArray(t, a[0], true);
      const index = a[1] as number;
      checkIndex(t, arr, index);
      return result(widen(t, readPrim(arr, index), type));
    };
    fns[`set${name}(Ljava/lang/Object;I${type})V`] = (t, a) => {
      const arr = checkArray(t, a[0], true);
      const index = a[1] as number;
      checkIndex(t, arr, index);
      const v: Prim = { type, lo: a[2] as number, hi: wide && type === 'J' ? (a[3] as number) : 0 };
      writePrim(arr, index, widen(t, v, arr.$cls.primitive!));
    };
  }
  reg.addAll('java/lang/reflect/Array', fns);
}
