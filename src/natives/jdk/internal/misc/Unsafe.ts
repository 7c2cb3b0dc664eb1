// jdk.internal.misc.Unsafe natives. Green threads make plain reads and writes atomic, so the volatile
// and ordered variants are the plain ones and fences do nothing.
import type { NativeRegistry, NativeFn } from '../../../registry.js';
import { JavaObject, type JValue, type JArray } from '../../../../runtime/object.js';
import type { VM } from '../../../../runtime/vm.js';
import { argLong, argLongNumber, classArg, jsStr } from '../../../util.js';
import { unsafeGet, unsafePut, arrayIndexScale, ARRAY_BASE_OFFSET, type AccessKind } from './unsafeAccess.js';
import { ClassState } from '../../../../runtime/jclass.js';
import type { JavaThread } from '../../../../threads/thread.js';
import {
  JVMTI_ALIVE,
  JVMTI_WAITING,
  JVMTI_PARKED,
  JVMTI_WAITING_INDEFINITELY,
  JVMTI_WAITING_WITH_TIMEOUT,
} from '../../../../threads/thread.js';
import { pendingOperation } from '../../../../threads/scheduler.js';
import { isInterrupted } from '../../../../threads/monitors.js';
import { vmThreadOf } from '../../../../threads/lifecycle.js';

const KINDS: [string, AccessKind, string][] = [
  ['Boolean', 'Z', 'Z'],
  ['Byte', 'B', 'B'],
  ['Short', 'S', 'S'],
  ['Char', 'C', 'C'],
  ['Int', 'I', 'I'],
  ['Long', 'J', 'J'],
  ['Float', 'F', 'F'],
  ['Double', 'D', 'D'],
  ['Reference', 'L', 'Ljava/lang/Object;'],
];

function sameValue(a: JValue | bigint, b: JValue | bigint): boolean {
  return a === b;
}

/** LockSupport.park: one permit; returns early on unpark, interrupt, timeout or spuriously. */
function park(t: JavaThread, isAbsolute: boolean, time: bigint): void {
  const p = t.pending;
  if (p && p.kind === 'park' && p.ready) {
    t.pending = null;
    return;
  }
  if (t.parkPermit) {
    t.parkPermit = false;
    return;
  }
  if (isInterrupted(t)) return;
  let deadline: number;
  if (isAbsolute) {
    deadline = Number(time);
    if (deadline <= Date.now()) return;
  } else {
    if (time < 0n) return;
    deadline = time === 0n ? Infinity : Date.now() + Number(time) / 1e6;
  }
  const status =
    JVMTI_ALIVE |
    JVMTI_WAITING |
    JVMTI_PARKED |
    (deadline === Infinity ? JVMTI_WAITING_INDEFINITELY : JVMTI_WAITING_WITH_TIMEOUT);
  t.vm.scheduler.block(t, pendingOperation('park', null, deadline), status);
  t.pending = null;
}

/**
 * The bytes of `n` bytes of raw memory at (base, offset), when they are all in native memory (a null base)
 * or in one primitive array: a byte view and where in it they start. Else null: copyMemory0 and
 * setMemory0 then go a byte at a time (a field's memory has no bytes of its own here). That was their only
 * way, at ~50 ns a byte of every direct buffer's bulk get and put and of channel reads and writes with heap
 * buffers (which go through a temporary direct one): 1000 puts and gets of 96 KiB took 5.8 s, now 0.6 s.
 */
function rawBytes(vm: VM, base: JValue, offset: number, n: number): { bytes: Uint8Array; at: number } | null {
  if (base === null) {
    vm.nativeMemory.touch(offset, n);
    const bytes = vm.nativeMemory.bytes;
    return offset >= 0 && offset + n <= bytes.length ? { bytes, at: offset } : null;
  }
  if (base instanceof JavaObject || (base as JArray).$cls.primitive === null) return null;
  const ta = base as unknown as Int8Array;
  const at = offset - ARRAY_BASE_OFFSET;
  if (at < 0 || at + n > ta.byteLength) return null;
  return { bytes: new Uint8Array(ta.buffer, ta.byteOffset, ta.byteLength), at };
}

export function register(reg: NativeRegistry): void {
  const U = 'jdk/internal/misc/Unsafe';
  const fns: Record<string, NativeFn> = {
    'registerNatives()V': () => undefined,
    'arrayBaseOffset0(Ljava/lang/Class;)I': () => ARRAY_BASE_OFFSET,
    'arrayIndexScale0(Ljava/lang/Class;)I': (t, a) => arrayIndexScale(classArg(t, a[1]).componentType!),
    'addressSize0()I': () => 8,
    'pageSize()I': () => 4096,
    'storeFence()V': () => undefined,
    'loadFence()V': () => undefined,
    'fullFence()V': () => undefined,
    'objectFieldOffset0(Ljava/lang/reflect/Field;)J': (t, a) => {
      const field = a[1] as JavaObject;
      const vm = t.vm;
      const cls = classArg(t, (field as unknown as Record<string, JValue>)['clazz@java/lang/reflect/Field']);
      const slot = (field as unknown as Record<string, JValue>)['slot@java/lang/reflect/Field'] as number;
      void vm;
      return BigInt(cls.fields[slot].offset);
    },
    'objectFieldOffset1(Ljava/lang/Class;Ljava/lang/String;)J': (t, a) => {
      const cls = classArg(t, a[1]);
      const name = jsStr(t, a[2])!;
      for (let c: typeof cls | null = cls; c; c = c.superClass) {
        for (const f of c.fields) if (!f.isStatic && f.name === name) return BigInt(f.offset);
      }
      throw t.vm.newThrowable(t, 'java/lang/InternalError', name);
    },
    'staticFieldOffset0(Ljava/lang/reflect/Field;)J': (t, a) => {
      const field = a[1] as unknown as Record<string, JValue>;
      const cls = classArg(t, field['clazz@java/lang/reflect/Field']);
      return BigInt(cls.fields[field['slot@java/lang/reflect/Field'] as number].offset);
    },
    'staticFieldBase0(Ljava/lang/reflect/Field;)Ljava/lang/Object;': (t, a) => {
      const field = a[1] as unknown as Record<string, JValue>;
      return field['clazz@java/lang/reflect/Field'];
    },
    'ensureClassInitialized0(Ljava/lang/Class;)V': (t, a) => {
      t.vm.initialize(t, classArg(t, a[1]));
    },
    'shouldBeInitialized0(Ljava/lang/Class;)Z': (t, a) =>
      classArg(t, a[1]).state === ClassState.Initialized ? 0 : 1,
    'allocateInstance(Ljava/lang/Class;)Ljava/lang/Object;': (t, a) => {
      const cls = classArg(t, a[1]);
      if (cls.isInterface || cls.isArray || cls.isPrimitive || (cls.flags & 0x400) !== 0) {
        throw t.vm.newThrowable(t, 'java/lang/InstantiationException', cls.javaName);
      }
      t.vm.initialize(t, cls);
      return t.vm.newObject(cls);
    },
    'allocateMemory0(J)J': (t, a) => BigInt(t.vm.nativeMemory.allocate(argLongNumber(a, 1))),
    'reallocateMemory0(JJ)J': (t, a) =>
      BigInt(t.vm.nativeMemory.reallocate(argLongNumber(a, 1), argLongNumber(a, 3))),
    'freeMemory0(J)V': (t, a) => {
      t.vm.nativeMemory.release(argLongNumber(a, 1));
    },
    'setMemory0(Ljava/lang/Object;JJB)V': (t, a) => {
      const base = a[1];
      const off = argLongNumber(a, 2);
      const n = argLongNumber(a, 4);
      const v = a[6] as number;
      const raw = rawBytes(t.vm, base, off, n);
      if (raw !== null) raw.bytes.fill(v, raw.at, raw.at + n);
      else for (let i = 0; i < n; i++) unsafePut(t.vm, base, off + i, 'B', v);
    },
    'copyMemory0(Ljava/lang/Object;JLjava/lang/Object;JJ)V': (t, a) => {
      const src = a[1];
      const srcOff = argLongNumber(a, 2);
      const dst = a[4];
      const dstOff = argLongNumber(a, 5);
      const n = argLongNumber(a, 7);
      const from = rawBytes(t.vm, src, srcOff, n);
      const to = from === null ? null : rawBytes(t.vm, dst, dstOff, n);
      if (from !== null && to !== null) {
        // set copies as if through a temporary when both are views of one buffer (memmove).
        to.bytes.set(from.bytes.subarray(from.at, from.at + n), to.at);
        return;
      }
      const tmp = new Array<number>(n);
      for (let i = 0; i < n; i++) tmp[i] = unsafeGet(t.vm, src, srcOff + i, 'B') as number;
      for (let i = 0; i < n; i++) unsafePut(t.vm, dst, dstOff + i, 'B', tmp[i]);
    },
    'copySwapMemory0(Ljava/lang/Object;JLjava/lang/Object;JJJ)V': (t, a) => {
      const src = a[1];
      const srcOff = argLongNumber(a, 2);
      const dst = a[4];
      const dstOff = argLongNumber(a, 5);
      const n = argLongNumber(a, 7);
      const size = argLongNumber(a, 9);
      for (let i = 0; i < n; i += size) {
        for (let j = 0; j < size; j++) {
          unsafePut(t.vm, dst, dstOff + i + j, 'B', unsafeGet(t.vm, src, srcOff + i + size - 1 - j, 'B'));
        }
      }
    },
    'park(ZJ)V': (t, a) => park(t, a[1] !== 0, argLong(a, 2)),
    'unpark(Ljava/lang/Object;)V': (t, a) => {
      const target = a[1] === null ? null : vmThreadOf(a[1] as JavaObject);
      if (!target) return;
      const p = target.pending;
      if (p && p.kind === 'park' && !p.ready) t.vm.scheduler.wake(target);
      else target.parkPermit = true;
    },
    'getLoadAverage0([DI)I': () => -1,
    'throwException(Ljava/lang/Throwable;)V': (_t, a) => {
      throw a[1] as JavaObject;
    },
  };
  for (const [name, kind, desc] of KINDS) {
    const get: NativeFn = (t, a) => unsafeGet(t.vm, a[1], argLongNumber(a, 2), kind);
    const put: NativeFn = (t, a) => {
      unsafePut(t.vm, a[1], argLongNumber(a, 2), kind, kind === 'J' ? argLong(a, 4) : a[4]);
    };
    fns[`get${name}(Ljava/lang/Object;J)${desc}`] = get;
    fns[`get${name}Volatile(Ljava/lang/Object;J)${desc}`] = get;
    fns[`put${name}(Ljava/lang/Object;J${desc})V`] = put;
    fns[`put${name}Volatile(Ljava/lang/Object;J${desc})V`] = put;
  }
  for (const [name, kind, desc] of KINDS.filter((k) => k[1] === 'I' || k[1] === 'J' || k[1] === 'L')) {
    const wide = kind === 'J';
    const cas: NativeFn = (t, a) => {
      const off = argLongNumber(a, 2);
      const expected = wide ? argLong(a, 4) : a[4];
      const x = wide ? argLong(a, 6) : a[5];
      const cur = unsafeGet(t.vm, a[1], off, kind);
      if (!sameValue(cur, expected)) return 0;
      unsafePut(t.vm, a[1], off, kind, x);
      return 1;
    };
    const cax: NativeFn = (t, a) => {
      const off = argLongNumber(a, 2);
      const expected = wide ? argLong(a, 4) : a[4];
      const x = wide ? argLong(a, 6) : a[5];
      const cur = unsafeGet(t.vm, a[1], off, kind);
      if (sameValue(cur, expected)) unsafePut(t.vm, a[1], off, kind, x);
      return cur;
    };
    fns[`compareAndSet${name}(Ljava/lang/Object;J${desc}${desc})Z`] = cas;
    fns[`compareAndExchange${name}(Ljava/lang/Object;J${desc}${desc})${desc}`] = cax;
  }
  reg.addAll(U, fns);
}

export type { JArray };
