// Unsafe's int, long and reference accesses, compare-and-set and get-and-add as intrinsics (HotSpot's
// compilers intrinsify all of them): what java.util.concurrent's atomics, locks and ConcurrentHashMap, and
// Random's seed, run on every operation. On an instance field of the type accessed, or an element of an
// int[], long[] or Object[], they read and write it in place, a long as its two words. The natives they
// replace took their arguments as an array and a long as a BigInt (an AtomicLong.incrementAndGet cost
// ~0.8 µs, 100x HotSpot); for any other base (a static field, native memory, a mismatched type) they call
// those natives (natives/jdk/internal/misc/Unsafe.ts). Green threads make each of them atomic as it is.
import type { CompiledMethod, JField, JavaClass } from '../runtime/jclass.js';
import { JavaObject, type FieldBag, type JValue } from '../runtime/object.js';
import { fromBigInt, L } from '../runtime/long.js';
import type { NativeFn } from '../natives/registry.js';
import { ARRAY_BASE_OFFSET, instanceFieldOfKind } from '../natives/jdk/internal/misc/unsafeAccess.js';

type Kind = 'I' | 'J' | 'L';

/** The instance field of `o` at Unsafe offset (lo, hi) holding values of `kind`, if there is one. */
function fieldAt(o: JValue, lo: number, hi: number, kind: Kind): JField | undefined {
  return hi === 0 ? instanceFieldOfKind(o, lo, kind) : undefined;
}

/**
 * The index of the element at Unsafe offset (lo, hi) of `o` if `o` is an array of `kind` (int[], long[]:
 * the low word's index in its Int32Array, Object[]) and the element is inside it, else -1.
 */
function elementAt(o: JValue, lo: number, hi: number, kind: Kind): number {
  if (o === null || o instanceof JavaObject || hi !== 0) return -1;
  const cls: JavaClass = (o as { $cls: JavaClass }).$cls;
  const offset = lo - ARRAY_BASE_OFFSET;
  if (kind === 'L') {
    if (cls.primitive !== null || (offset & 3) !== 0) return -1;
  } else if (cls.primitive !== kind || (offset & (kind === 'J' ? 7 : 3)) !== 0) return -1;
  const i = offset >> 2;
  return i >= 0 && i < (o as unknown[]).length ? i : -1;
}

/** getInt(Object, long) and getIntVolatile; getReference… the same for references. */
function getWord(kind: 'I' | 'L', native: NativeFn): CompiledMethod {
  return (thread, _osr, u, o, lo, hi) => {
    const f = fieldAt(o, lo as number, hi as number, kind);
    if (f !== undefined) return (o as unknown as FieldBag)[f.key];
    const i = elementAt(o, lo as number, hi as number, kind);
    if (i >= 0) return (o as unknown as JValue[])[i];
    return native(thread, [u, o, lo, hi]) as JValue;
  };
}

/** putInt(Object, long, int) and putIntVolatile; putReference… the same for references. */
function putWord(kind: 'I' | 'L', native: NativeFn): CompiledMethod {
  return (thread, _osr, u, o, lo, hi, v) => {
    const f = fieldAt(o, lo as number, hi as number, kind);
    if (f !== undefined) (o as unknown as FieldBag)[f.key] = v;
    else {
      const i = elementAt(o, lo as number, hi as number, kind);
      if (i >= 0) (o as unknown as JValue[])[i] = v;
      else native(thread, [u, o, lo, hi, v]);
    }
    return undefined;
  };
}

/** compareAndSetInt / compareAndSetReference (exchange = false) and compareAndExchange… (true). */
function casWord(kind: 'I' | 'L', exchange: boolean, native: NativeFn): CompiledMethod {
  return (thread, _osr, u, o, lo, hi, expected, x) => {
    const f = fieldAt(o, lo as number, hi as number, kind);
    let cur: JValue;
    if (f !== undefined) {
      const bag = o as unknown as FieldBag;
      cur = bag[f.key];
      if (cur === expected) bag[f.key] = x;
    } else {
      const i = elementAt(o, lo as number, hi as number, kind);
      if (i < 0) return native(thread, [u, o, lo, hi, expected, x]) as JValue;
      const a = o as unknown as JValue[];
      cur = a[i];
      if (cur === expected) a[i] = x;
    }
    return exchange ? cur : cur === expected ? 1 : 0;
  };
}

/** getLong(Object, long) and getLongVolatile: the low word, the high one in L.hi. */
function getLong(native: NativeFn): CompiledMethod {
  return (thread, _osr, u, o, lo, hi) => {
    const f = fieldAt(o, lo as number, hi as number, 'J');
    if (f !== undefined) {
      const bag = o as unknown as FieldBag;
      L.hi = bag[f.hiKey] as number;
      return bag[f.key];
    }
    const i = elementAt(o, lo as number, hi as number, 'J');
    if (i >= 0) {
      const a = o as unknown as Int32Array;
      L.hi = a[i + 1];
      return a[i];
    }
    return fromBigInt(native(thread, [u, o, lo, hi]) as bigint);
  };
}

/** putLong(Object, long, long) and putLongVolatile. */
function putLong(native: NativeFn): CompiledMethod {
  return (thread, _osr, u, o, lo, hi, vLo, vHi) => {
    const f = fieldAt(o, lo as number, hi as number, 'J');
    if (f !== undefined) {
      const bag = o as unknown as FieldBag;
      bag[f.key] = vLo;
      bag[f.hiKey] = vHi;
      return undefined;
    }
    const i = elementAt(o, lo as number, hi as number, 'J');
    if (i >= 0) {
      const a = o as unknown as Int32Array;
      a[i] = vLo as number;
      a[i + 1] = vHi as number;
    } else native(thread, [u, o, lo, hi, vLo, vHi]);
    return undefined;
  };
}

/** compareAndSetLong (exchange = false) and compareAndExchangeLong (true). */
function casLong(exchange: boolean, native: NativeFn): CompiledMethod {
  return (thread, _osr, u, o, lo, hi, eLo, eHi, xLo, xHi) => {
    const f = fieldAt(o, lo as number, hi as number, 'J');
    let curLo: number;
    let curHi: number;
    if (f !== undefined) {
      const bag = o as unknown as FieldBag;
      curLo = bag[f.key] as number;
      curHi = bag[f.hiKey] as number;
      if (curLo === eLo && curHi === eHi) {
        bag[f.key] = xLo;
        bag[f.hiKey] = xHi;
      }
    } else {
      const i = elementAt(o, lo as number, hi as number, 'J');
      if (i < 0) {
        const r = native(thread, [u, o, lo, hi, eLo, eHi, xLo, xHi]);
        return exchange ? fromBigInt(r as bigint) : (r as JValue);
      }
      const a = o as unknown as Int32Array;
      curLo = a[i];
      curHi = a[i + 1];
      if (curLo === eLo && curHi === eHi) {
        a[i] = xLo as number;
        a[i + 1] = xHi as number;
      }
    }
    if (!exchange) return curLo === eLo && curHi === eHi ? 1 : 0;
    L.hi = curHi;
    return curLo;
  };
}

/** getAndAddInt (add = true) and getAndSetInt / getAndSetReference (false): Java loops over get and CAS. */
function getAndModifyWord(
  kind: 'I' | 'L',
  add: boolean,
  get: CompiledMethod,
  cas: CompiledMethod,
): CompiledMethod {
  return (thread, osr, u, o, lo, hi, v) => {
    const f = fieldAt(o, lo as number, hi as number, kind);
    if (f !== undefined) {
      const bag = o as unknown as FieldBag;
      const cur = bag[f.key];
      bag[f.key] = add ? ((cur as number) + (v as number)) | 0 : v;
      return cur;
    }
    const i = elementAt(o, lo as number, hi as number, kind);
    if (i >= 0) {
      const a = o as unknown as JValue[];
      const cur = a[i];
      a[i] = add ? ((cur as number) + (v as number)) | 0 : v;
      return cur;
    }
    for (;;) {
      const cur = get(thread, osr, u, o, lo, hi) as JValue;
      const next = add ? ((cur as number) + (v as number)) | 0 : v;
      if (cas(thread, osr, u, o, lo, hi, cur, next) === 1) return cur;
    }
  };
}

/** getAndAddLong (add = true) and getAndSetLong (false). */
function getAndModifyLong(add: boolean, get: CompiledMethod, cas: CompiledMethod): CompiledMethod {
  return (thread, osr, u, o, lo, hi, vLo, vHi) => {
    for (;;) {
      const curLo = get(thread, osr, u, o, lo, hi) as number;
      const curHi = L.hi;
      let nextLo = vLo as number;
      let nextHi = vHi as number;
      if (add) {
        nextLo = (curLo + nextLo) | 0;
        nextHi = (curHi + nextHi + (nextLo >>> 0 < curLo >>> 0 ? 1 : 0)) | 0;
      }
      if (cas(thread, osr, u, o, lo, hi, curLo, curHi, nextLo, nextHi) === 1) {
        L.hi = curHi;
        return curLo;
      }
    }
  };
}

const UNSAFE = 'jdk/internal/misc/Unsafe';
const TYPES: readonly [name: string, kind: Kind, descriptor: string][] = [
  ['Int', 'I', 'I'],
  ['Long', 'J', 'J'],
  ['Reference', 'L', 'Ljava/lang/Object;'],
];

/** An intrinsic, made from the Unsafe natives it needs by `name+descriptor` (`native`). */
type Maker = (native: (key: string) => NativeFn) => CompiledMethod;

/**
 * The intrinsics by Unsafe method (`name+descriptor`): the natives, and the Java methods that only call
 * one of them (the weak, acquire, release and opaque forms, which green threads make the same) or loop over
 * them (getAndAdd, getAndSet).
 */
const ATOMIC_INTRINSICS = new Map<string, Maker>();
for (const [name, kind, d] of TYPES) {
  const get = `get${name}Volatile(Ljava/lang/Object;J)${d}`;
  const put = `put${name}Volatile(Ljava/lang/Object;J${d})V`;
  const cas = `compareAndSet${name}(Ljava/lang/Object;J${d}${d})Z`;
  const cax = `compareAndExchange${name}(Ljava/lang/Object;J${d}${d})${d}`;
  const makeGet: Maker = (n) => (kind === 'J' ? getLong(n(get)) : getWord(kind, n(get)));
  const makePut: Maker = (n) => (kind === 'J' ? putLong(n(put)) : putWord(kind, n(put)));
  const makeCas: Maker = (n) => (kind === 'J' ? casLong(false, n(cas)) : casWord(kind, false, n(cas)));
  const makeCax: Maker = (n) => (kind === 'J' ? casLong(true, n(cax)) : casWord(kind, true, n(cax)));
  for (const form of ['', 'Volatile', 'Acquire', 'Opaque'])
    ATOMIC_INTRINSICS.set(`get${name}${form}(Ljava/lang/Object;J)${d}`, makeGet);
  for (const form of ['', 'Volatile', 'Release', 'Opaque'])
    ATOMIC_INTRINSICS.set(`put${name}${form}(Ljava/lang/Object;J${d})V`, makePut);
  ATOMIC_INTRINSICS.set(cas, makeCas);
  for (const form of ['', 'Plain', 'Acquire', 'Release'])
    ATOMIC_INTRINSICS.set(`weakCompareAndSet${name}${form}(Ljava/lang/Object;J${d}${d})Z`, makeCas);
  for (const form of ['', 'Acquire', 'Release'])
    ATOMIC_INTRINSICS.set(`compareAndExchange${name}${form}(Ljava/lang/Object;J${d}${d})${d}`, makeCax);
  ATOMIC_INTRINSICS.set(`getAndSet${name}(Ljava/lang/Object;J${d})${d}`, (n) =>
    kind === 'J'
      ? getAndModifyLong(false, makeGet(n), makeCas(n))
      : getAndModifyWord(kind, false, makeGet(n), makeCas(n)),
  );
  if (kind !== 'L') {
    ATOMIC_INTRINSICS.set(`getAndAdd${name}(Ljava/lang/Object;J${d})${d}`, (n) =>
      kind === 'J'
        ? getAndModifyLong(true, makeGet(n), makeCas(n))
        : getAndModifyWord(kind, true, makeGet(n), makeCas(n)),
    );
  }
}

/**
 * The intrinsic for method `key` (`name+descriptor`) of class `className` if it is one of the boot
 * library's Unsafe that has one; `native` gives an Unsafe native by `name+descriptor`.
 */
export function atomicIntrinsic(
  className: string,
  key: string,
  native: (key: string) => NativeFn | undefined,
): CompiledMethod | undefined {
  if (className !== UNSAFE) return undefined;
  const make = ATOMIC_INTRINSICS.get(key);
  if (make === undefined) return undefined;
  return make((k) => {
    const fn = native(k);
    if (fn === undefined) throw new Error(`tsjvm: no native Unsafe.${k}`);
    return fn;
  });
}
