// What translated code calls into: the slow and throwing paths of instructions, virtual-call selection,
// the trampolines between translated and interpreted code, and deoptimization (DESIGN "Green threads and
// deoptimization"). Generated code receives these as the `R` object.
import type { JavaThread } from '../threads/thread.js';
import { Frame } from '../interpreter/frame.js';
import { JavaObject, type JArray, type JValue } from '../runtime/object.js';
import type { JavaClass, JMethod } from '../runtime/jclass.js';
import { isAssignable } from '../runtime/subtype.js';
import { resolveClassRef } from '../runtime/resolve.js';
import { publishSelectedMethod } from '../runtime/selectedMethods.js';
import { BLOCK, SLICE_BUDGET } from '../threads/scheduler.js';
import { enterMonitor, exitMonitor } from '../threads/monitors.js';
import {
  callFromCompiled,
  throwAbstractMethodError,
  classCastMessage,
  throwStackOverflow,
  invokePolymorphic,
  invokeBasicTarget,
  linkToVirtualTarget,
  invokeDynamicFromCompiled,
  loadConstantValue,
} from '../interpreter/interpreter.js';
import { newMultiArray } from '../interpreter/arrays.js';
import { memberNameTarget } from '../interpreter/linkage.js';
import { arraycopy } from '../runtime/arraycopy.js';
import { enterNative, leaveNative } from '../interpreter/natives.js';
import * as long from '../runtime/long.js';
import { dispatchKeyOf, selectMethod } from '../runtime/vtable.js';

/** A NullPointerException at the running frame's pc (the interpreter's and translated code's alike). */
export function npe(thread: JavaThread): never {
  throw thread.vm.newThrowable(thread, 'java/lang/NullPointerException', null);
}

export const R = {
  Frame,
  BLOCK,
  L: long.L,
  long,
  fround: Math.fround,
  imul: Math.imul,
  npe,
  aioobe(thread: JavaThread, index: number, length: number): never {
    throw thread.vm.newThrowable(
      thread,
      'java/lang/ArrayIndexOutOfBoundsException',
      `Index ${index} out of bounds for length ${length}`,
    );
  },
  div0(thread: JavaThread): never {
    throw thread.vm.newThrowable(thread, 'java/lang/ArithmeticException', '/ by zero');
  },
  ase(thread: JavaThread, v: JavaObject | JArray): never {
    throw thread.vm.newThrowable(thread, 'java/lang/ArrayStoreException', v.$cls.javaName);
  },
  cce(thread: JavaThread, v: JavaObject | JArray, c: JavaClass): never {
    throw thread.vm.newThrowable(thread, 'java/lang/ClassCastException', classCastMessage(thread, v.$cls, c));
  },
  assignable: isAssignable,
  /** System.arraycopy `m`, called without the trampolines of a native call; it still shows in traces. */
  arraycopy(
    thread: JavaThread,
    m: JMethod,
    src: JValue,
    srcPos: number,
    dst: JValue,
    dstPos: number,
    length: number,
  ): void {
    enterNative(thread, m);
    try {
      arraycopy(thread, src, srcPos, dst, dstPos, length);
    } finally {
      leaveNative(thread);
    }
  },
  init(thread: JavaThread, c: JavaClass): void {
    thread.vm.initialize(thread, c);
  },
  /** The error of a translated method reaching a pc it has no code or deoptimization entry for (a VM bug). */
  badPc(m: JMethod, pc: number): Error {
    return new Error(`tsjvm: translated ${m.cls.name}.${m.name}${m.descriptor} has no code for pc ${pc}`);
  },
  overflow(thread: JavaThread): never {
    throwStackOverflow(thread);
  },
  newArray(thread: JavaThread, arrayClass: JavaClass, n: number): JArray {
    const vm = thread.vm;
    if (n < 0) throw vm.newThrowable(thread, 'java/lang/NegativeArraySizeException', String(n));
    if (n > 0x7ffffffd)
      throw vm.newThrowable(thread, 'java/lang/OutOfMemoryError', 'Requested array size exceeds VM limit');
    const scale = arrayClass.primitive === 'J' || arrayClass.primitive === 'D' ? 8 : 4;
    if (n * scale > vm.options.maxHeap)
      throw vm.newThrowable(thread, 'java/lang/OutOfMemoryError', 'Java heap space');
    return vm.newArray(arrayClass, n);
  },
  multiArray(thread: JavaThread, c: JavaClass, counts: number[]): JArray {
    for (const n of counts)
      if (n < 0) throw thread.vm.newThrowable(thread, 'java/lang/NegativeArraySizeException', String(n));
    return newMultiArray(thread, c, counts, 0);
  },
  menter(thread: JavaThread, o: JValue): void {
    if (o === null) npe(thread);
    enterMonitor(thread, o as JavaObject);
  },
  mexit(thread: JavaThread, o: JValue): void {
    if (o === null) npe(thread);
    exitMonitor(thread, o as JavaObject);
  },
  /**
   * The budget check of a loop back-edge or method entry at `pc`: one function for all translated
   * code, which V8 inlines. Its rarely taken preemption call has V8 feedback once any check has taken
   * it; written out at each check, that call had none until its own budget first ran out, and V8 then
   * deoptimized the method there: in a long loop nest, one deoptimization and recompilation per
   * back-edge (Fannkuch ~25% faster, LongMath ~10%). Methods check at entry rather than before each
   * call they make: one inlined check per method, where a check per call site took V8's limit on
   * inlined code per function from the callees (NBody ~20% slower).
   */
  tick(thread: JavaThread, fr: Frame, pc: number): void {
    if (--thread.budget < 0) {
      fr.pc = pc;
      R.preempt(thread);
    }
  },
  /**
   * Calls throwing helper `helper` (R.npe, R.aioobe…) for leaf `m` at `pc`. A leaf has no frame, so the
   * exception is made with one for it on top of its caller's (the caller has published its pc): the stack
   * trace and the helpful NullPointerException message show the leaf as the interpreter would. The frame
   * is gone again before the exception leaves.
   */
  leafThrow<A extends unknown[]>(
    thread: JavaThread,
    m: JMethod,
    pc: number,
    helper: (thread: JavaThread, ...args: A) => void,
    ...args: A
  ): never {
    const parent = thread.frame;
    const frame = new Frame(m, parent, parent === null ? 0 : parent.depth + 1, true);
    frame.pc = pc;
    thread.frame = frame;
    try {
      helper(thread, ...args);
    } finally {
      thread.frame = parent;
    }
    throw new Error(`tsjvm: ${m.cls.name}.${m.name} at ${pc}: a throwing helper returned`);
  },
  /** The slice is spent: suspend (unwinding with BLOCK) if possible, else let others run. */
  preempt(thread: JavaThread): void {
    const scheduler = thread.vm.scheduler;
    if (thread.nested === 0 && scheduler.current === thread && scheduler.shouldYield()) {
      thread.budget = 0;
      throw BLOCK;
    }
    thread.vm.scheduler.yieldNested(thread, true);
    thread.budget = SLICE_BUDGET;
  },
  /** JVMS §5.4.6 Method selection for a virtual or interface call whose receiver has no published method. */
  select(thread: JavaThread, recv: JavaObject | JArray, resolved: JMethod, isInterface: boolean): JMethod {
    const cls = recv.$cls;
    const selected = (resolved.selected ??= []);
    let m = selected[cls.id];
    if (m !== undefined) return m;
    m = selectMethod(cls, resolved);
    if (m === undefined || m.isAbstract) {
      if (isInterface && !isAssignable(cls, resolved.cls)) {
        throw thread.vm.newThrowable(
          thread,
          'java/lang/IncompatibleClassChangeError',
          `Class ${cls.javaName} does not implement the requested interface ${resolved.cls.javaName}`,
        );
      }
      // Selection found an abstract method (the class, or a superclass between it and the resolved
      // method's class, declares it abstract): there is no implementation to call.
      if (m !== undefined) throwAbstractMethodError(thread, recv, resolved, m);
      m = resolved;
      if (m.isAbstract) throwAbstractMethodError(thread, recv, resolved);
    }
    selected[cls.id] = m;
    // Arrays have no prototype of ours; their calls always come here.
    if (!cls.isArray) publishSelectedMethod(cls, dispatchKeyOf(resolved));
    return m;
  },
  /** The exception handler for `ex` at `pc` of `m`, or -1. */
  handler(thread: JavaThread, m: JMethod, pc: number, ex: JavaObject): number {
    for (const h of m.exceptionTable) {
      if (pc < h.startPc || pc >= h.endPc) continue;
      if (h.catchTypeIndex === 0) return h.handlerPc;
      if (isAssignable(ex.$cls, resolveClassRef(thread, m.cls, h.catchTypeIndex))) return h.handlerPc;
    }
    return -1;
  },
  /** A JS exception caught by translated code as a Java Throwable; a JS stack overflow becomes SOE. */
  toThrowable(thread: JavaThread, e: unknown): JavaObject {
    if (e instanceof JavaObject) return e;
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      // Constructing the error needs stack; if there is none yet, let the caller's frame try.
      try {
        throwStackOverflow(thread);
      } catch (soe) {
        if (soe instanceof JavaObject) return soe;
        throw soe;
      }
    }
    throw e;
  },
  // Argument and deoptimization values reach the runtime as rest parameters, not array literals: V8
  // builds a literal of doubles by storing into an array of small integers first, and that conversion
  // turns a NaN into the canonical NaN (FixedDoubleArray::set), so its sign and payload, which
  // Double.doubleToRawLongBits shows, changed on the literal's first run (StrictMath.asin's NaN is
  // 0xfff8000000000000 on HotSpot; the Double.doubleToRawLongBits call made when its caller was
  // first translated gave 0x7ff8000000000000). A rest parameter holds its values as they are.
  callv(thread: JavaThread, m: JMethod, ...args: JValue[]): JValue | undefined {
    return callFromCompiled(thread, m, args);
  },
  values: (...values: JValue[]): JValue[] => values,
  poly: invokePolymorphic,
  // The targets of signature-polymorphic calls (translator.ts polymorphicCall).
  member: memberNameTarget,
  linkVirtual: linkToVirtualTarget,
  basic: invokeBasicTarget,
  indy: invokeDynamicFromCompiled,
  ldc: loadConstantValue,
};

export type Runtime = typeof R;
