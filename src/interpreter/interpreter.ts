// The interpreter loop (JVMS ch. 6) over explicit frames. One function with one big switch: V8 keeps the
// frame's pc, slots and stack pointer in registers, which is why they are copied into locals and written
// back only around calls and throws (DESIGN "Interpreter").
import { Frame } from './frame.js';
import type { JavaThread } from '../threads/thread.js';
import {
  ClassState,
  type JavaClass,
  type JMethod,
  type JField,
  type CompiledMethod,
} from '../runtime/jclass.js';
import {
  JavaObject,
  type JArray,
  type JValue,
  type RefArray,
  type FieldBag,
  type PrimitiveArray,
} from '../runtime/object.js';
import {
  resolveClassRef,
  resolveFieldRef,
  resolveMethodRef,
  methodSignatureForError,
} from '../runtime/resolve.js';
import { isAssignable } from '../runtime/subtype.js';
import { CpTag } from '../classfile/types.js';
import {
  L,
  ladd,
  lsub,
  lmul,
  ldiv,
  lrem,
  lshl,
  lshr,
  lushr,
  lcmp,
  l2d,
  l2f,
  d2l,
  f2l,
  fromBigInt,
} from '../runtime/long.js';
import { d2i, f2i, fcmpl, fcmpg, dcmpl, dcmpg } from '../runtime/numeric.js';
import { enterMonitor, exitMonitor } from '../threads/monitors.js';
import { BLOCK, SLICE_BUDGET, SliceEnd } from '../threads/scheduler.js';
import { invokeNative } from './natives.js';
import { loadConstant } from './constants.js';
import { newMultiArray } from './arrays.js';
import { linkInvokeDynamic, linkInvokeHandle, memberNameTarget } from './linkage.js';
import { intrinsicOf, Intrinsic } from '../runtime/polymorphic.js';
import { countInvocation, countBackedge, osrVariant } from '../jit/compiler.js';
import { selectMethod } from '../runtime/vtable.js';

const fround = Math.fround;

/** Why an instruction failed: the exception class and message HotSpot uses. */
function throwNPE(thread: JavaThread): never {
  throw thread.vm.newThrowable(thread, 'java/lang/NullPointerException', null);
}

function throwAIOOBE(thread: JavaThread, index: number, length: number): never {
  throw thread.vm.newThrowable(
    thread,
    'java/lang/ArrayIndexOutOfBoundsException',
    `Index ${index} out of bounds for length ${length}`,
  );
}

function arrayLength(a: JArray): number {
  return a.length >> a.$cls.lenShift;
}

/** Frames a StackOverflowError's construction may use beyond the limit (HotSpot's reserved zone). */
const OVERFLOW_HEADROOM = 200;

/** Throws StackOverflowError, constructed in the headroom above the depth limit. */
export function throwStackOverflow(thread: JavaThread): never {
  // No room to construct the error here: let the JS overflow unwind further and try again higher up.
  if (thread.inStackOverflow)
    throw new RangeError('Maximum call stack size exceeded while creating StackOverflowError');
  thread.inStackOverflow = true;
  thread.maxDepth += OVERFLOW_HEADROOM;
  let soe;
  try {
    soe = thread.vm.newThrowable(thread, 'java/lang/StackOverflowError', null);
  } finally {
    thread.maxDepth -= OVERFLOW_HEADROOM;
    thread.inStackOverflow = false;
  }
  throw soe;
}

/**
 * Pushes a frame for `m` with its arguments taken from the top of `caller`'s stack. The frame is the
 * thread's pooled one for its depth (JavaThread.framePool), as translated code's are: a new frame and
 * slots array per call was a third of an interpreted call's cost, with the scavenges it caused. A slots
 * array big enough is kept; values it still holds from the frame's last use are never read (JVMS §4.10:
 * a local is stored before it is loaded), and are overwritten as the new call runs.
 */
function pushFrame(thread: JavaThread, caller: Frame, m: JMethod, sp: number): Frame {
  const depth = caller.depth + 1;
  if (depth > thread.maxDepth) throwStackOverflow(thread);
  let f = thread.framePool[depth];
  if (f === undefined) {
    f = thread.framePool[depth] = new Frame(m, caller, depth);
  } else {
    f.method = m;
    f.parent = caller;
    f.pc = 0;
    f.lockedObject = null;
    f.isEntry = false;
    f.sp = m.maxLocals;
    const size = m.maxLocals + m.maxStack + 2;
    if (f.slots.length < size) f.slots = new Array<JValue>(size).fill(null);
  }
  const n = m.argSlots;
  const src = caller.slots;
  const dst = f.slots;
  const base = sp - n;
  for (let i = 0; i < n; i++) dst[i] = src[base + i];
  return f;
}

/** Runs `m` with `args` on `thread` until it returns, and gives its result (a long as a bigint). */
export function callJava(thread: JavaThread, m: JMethod, args: JValue[]): JValue | undefined {
  const caller = thread.frame;
  // While this call is on the JS stack the thread can't be suspended by unwinding (see Scheduler.block).
  thread.nested++;
  try {
    if (m.isNative) return invokeNative(thread, m, args);
    if (m.compiled !== null || (m.code !== null && !m.notCompilable && countInvocation(thread, m))) {
      // Translated code pushes (and on a synchronized method, locks) its own frame.
      const r = m.compiled!(thread, null, ...args);
      return m.returnType === 'J' ? longResult(r as number, L.hi) : r;
    }
    const f = entryFrame(thread, m, args);
    if ((m.flags & 0x20) !== 0) {
      const lock = m.isStatic ? thread.vm.mirrorOf(m.cls) : (args[0] as JavaObject);
      enterMonitor(thread, lock);
      f.lockedObject = lock;
    }
    thread.frame = f;
    return execute(thread) as JValue | undefined;
  } finally {
    thread.leaveNested();
    thread.frame = caller;
  }
}

/** A frame that returns to VM code rather than to a Java caller. */
function entryFrame(thread: JavaThread, m: JMethod, args: JValue[]): Frame {
  const caller = thread.frame;
  const depth = caller ? caller.depth + 1 : 0;
  if (depth > thread.maxDepth) throwStackOverflow(thread);
  const f = new Frame(m, caller, depth);
  for (let i = 0; i < args.length; i++) f.slots[i] = args[i];
  f.isEntry = true;
  return f;
}

/** Gives a new thread its first frame, `m` with `args`; the scheduler then runs it with runSlice. */
export function startThread(thread: JavaThread, m: JMethod, args: JValue[]): void {
  thread.frame = entryFrame(thread, m, args);
}

/**
 * Runs `m` in the interpreter for translated code (which has no interpreter frame of its own while it
 * runs). A long result comes back as its low word with the high word in L.hi, as translated code expects.
 * If the thread suspends, the interpreted frames stay on the thread and BLOCK tells the translated callers
 * to deoptimize.
 */
export function runInterpreted(thread: JavaThread, m: JMethod, args: JValue[]): JValue | undefined {
  const caller = thread.frame;
  const f = entryFrame(thread, m, args);
  if ((m.flags & 0x20) !== 0) {
    const lock = m.isStatic ? thread.vm.mirrorOf(m.cls) : (args[0] as JavaObject);
    enterMonitor(thread, lock);
    f.lockedObject = lock;
  }
  thread.frame = f;
  let r;
  try {
    r = execute(thread);
  } catch (e) {
    thread.frame = caller;
    throw e;
  }
  if (r === SUSPENDED) {
    // Once resumed, this frame returns into its (deoptimized) caller like any interpreted frame.
    f.isEntry = false;
    throw BLOCK;
  }
  if (m.returnType === 'J') return fromBigInt(r as unknown as bigint);
  return r;
}

/** A signature-polymorphic call made by translated code (see selectPolymorphic). */
export function invokePolymorphic(
  thread: JavaThread,
  cls: JavaClass,
  resolved: JMethod,
  op: number,
  ...args: JValue[]
): JValue | undefined {
  const s = args.slice();
  s.push(null);
  const r = selectPolymorphic(thread, cls, resolved, op, s, args.length);
  return callFromCompiled(thread, r.target, s.slice(0, r.sp));
}

/** An invokedynamic executed by translated code. */
export function invokeDynamicFromCompiled(
  thread: JavaThread,
  method: JMethod,
  pc: number,
  index: number,
  ...args: JValue[]
): JValue | undefined {
  const link = linkInvokeDynamic(thread, method, pc, index);
  if (link.error !== null) throw link.error;
  if (link.intrinsic !== null) return link.intrinsic(thread, args);
  if (link.appendix !== null) args.push(link.appendix);
  return callFromCompiled(thread, link.invoker, args);
}

/**
 * Calls any method from translated code (the translated-code calling convention: a long result is its
 * low word, with the high word in L.hi). A translated method is called directly; a method that becomes
 * hot is translated first; natives run directly; bytecode otherwise runs in the interpreter, and if the
 * interpreter suspends the thread, its frames stay on the thread and the translated callers deoptimize as
 * BLOCK passes through them.
 */
export function callFromCompiled(thread: JavaThread, m: JMethod, args: JValue[]): JValue | undefined {
  if (m.compiled !== null || countInvocation(thread, m)) return m.compiled!(thread, null, ...args);
  if (m.isNative || m.code === null) {
    const r = invokeNative(thread, m, args);
    return m.returnType === 'J' ? fromBigInt(r as unknown as bigint) : r;
  }
  return runInterpreted(thread, m, args);
}

/** ldc of a constant that needs resolution (class, method type/handle, string), for translated code. */
export function loadConstantValue(thread: JavaThread, cls: JavaClass, index: number): JValue {
  const tmp: JValue[] = [null, null];
  loadConstant(thread, cls, index, tmp, 0);
  return tmp[0];
}

/**
 * The dispatch loop was left for on-stack replacement. A branch leaves it with `break`, not a throw
 * caught by `execute` itself: such a catch costs tens of microseconds (see ESCAPED), and PingPong's
 * resumed threads re-entered translated code this way at every switch.
 */
const NOT_THROWN = Symbol('not thrown');

/** What the call trampolines below return when their callee threw; the exception is in escapedException. */
const ESCAPED = Symbol('escaped');
let escapedException: unknown = null;

function takeEscaped(): unknown {
  const e = escapedException;
  escapedException = null;
  return e;
}

// The interpreter calls translated code and natives through these small functions, which turn a throw
// (a Java exception, or BLOCK when the thread suspends) into a return of ESCAPED, so that the exception
// never unwinds into `execute`. V8 finds the handler in a baseline-compiled frame by scanning the frame's
// code from its start (BaselineFrame::GetPCForBytecodeOffset), and `execute` is long enough for that to
// take tens of microseconds per catch: a third of PingPong's CPU time, where every thread switch
// suspended translated code called from the interpreter. Caught here, a throw costs under a microsecond.

function callTranslated(
  fn: CompiledMethod,
  thread: JavaThread,
  s: JValue[],
  sp: number,
  n: number,
): JValue | undefined | typeof ESCAPED {
  try {
    switch (n) {
      case 0:
        return fn(thread, null);
      case 1:
        return fn(thread, null, s[sp - 1]);
      case 2:
        return fn(thread, null, s[sp - 2], s[sp - 1]);
      case 3:
        return fn(thread, null, s[sp - 3], s[sp - 2], s[sp - 1]);
      default:
        return fn(thread, null, ...s.slice(sp - n, sp));
    }
  } catch (e) {
    escapedException = e;
    return ESCAPED;
  }
}

function callOsr(fn: CompiledMethod, thread: JavaThread, f: Frame): JValue | undefined | typeof ESCAPED {
  try {
    return fn(thread, f);
  } catch (e) {
    escapedException = e;
    return ESCAPED;
  }
}

function callNative(thread: JavaThread, m: JMethod, args: JValue[]): JValue | undefined | typeof ESCAPED {
  try {
    return invokeNative(thread, m, args);
  } catch (e) {
    escapedException = e;
    return ESCAPED;
  }
}

/** Marks a suspended slice: the thread's frames are intact and it resumes at `frame.pc`. */
export const SUSPENDED = Symbol('suspended');

/** Runs a slice of `thread` at top level (the scheduler's entry); its bottom frame is an entry frame. */
export function runSlice(thread: JavaThread): SliceEnd {
  thread.budget = SLICE_BUDGET;
  try {
    return execute(thread) === SUSPENDED ? SliceEnd.Suspended : SliceEnd.Finished;
  } catch (e) {
    if (!(e instanceof JavaObject)) throw e;
    // The exception ended the thread's run method: the exit protocol dispatches it.
    thread.uncaught = e;
    thread.frame = null;
    return SliceEnd.Finished;
  }
}

/** A nested thread whose slice is spent lets the others run, then gets a new slice. */
function yieldNested(thread: JavaThread): number {
  thread.vm.scheduler.yieldNested(thread, true);
  return SLICE_BUDGET;
}

/** The exception handler for `ex` at `pc` in `f`, or -1 (JVMS §2.10, §4.7.3 exception_table). */
function findHandler(thread: JavaThread, f: Frame, pc: number, ex: JavaObject): number {
  const table = f.method.exceptionTable;
  for (let i = 0; i < table.length; i++) {
    const h = table[i];
    if (pc < h.startPc || pc >= h.endPc) continue;
    if (h.catchTypeIndex === 0) return h.handlerPc;
    const c = resolveClassRef(thread, f.method.cls, h.catchTypeIndex);
    if (isAssignable(ex.$cls, c)) return h.handlerPc;
  }
  return -1;
}

function instructionLengthAtReturn(code: Uint8Array, pc: number): number {
  const op = code[pc];
  return op === 0xb9 || op === 0xba ? 5 : 3;
}

/** The interpreter loop's JS function name, for the V8 tuning in cli/main.ts. */
export const INTERPRETER_LOOP_NAME = execute.name;

/**
 * Executes from `thread.frame` until the entry frame (the one `callJava` pushed) returns; gives the
 * returned value. A Java exception not handled below the entry frame is thrown to the caller.
 */
function execute(thread: JavaThread): JValue | undefined | typeof SUSPENDED {
  const vm = thread.vm;
  // Kept in a local for speed; written back whenever the loop is left.
  let budget = thread.budget;
  let f = thread.frame!;
  let m = f.method;
  let cls = m.cls;
  let code = m.code!;
  let s = f.slots;
  let sp = f.sp;
  let pc = f.pc;
  let retLo: JValue = null;
  let retHi: JValue = null;

  for (;;) {
    // What ended the dispatch loop: NOT_THROWN when it was left for on-stack replacement.
    let thrown: unknown = NOT_THROWN;
    try {
      dispatch: for (;;) {
        // Kept current so a Java exception created by a helper gets this frame's line number.
        f.pc = pc;
        const op = code[pc];
        switch (op) {
          case 0x00: // nop
            pc += 1;
            break;
          case 0x01: // aconst_null
            s[sp++] = null;
            pc += 1;
            break;
          case 0x02:
          case 0x03:
          case 0x04:
          case 0x05:
          case 0x06:
          case 0x07:
          case 0x08: // iconst_<i>
            s[sp++] = op - 0x03;
            pc += 1;
            break;
          case 0x09:
          case 0x0a: // lconst_<l>
            s[sp++] = op - 0x09;
            s[sp++] = 0;
            pc += 1;
            break;
          case 0x0b:
          case 0x0c:
          case 0x0d: // fconst_<f>
            s[sp++] = op - 0x0b;
            pc += 1;
            break;
          case 0x0e:
          case 0x0f: // dconst_<d>
            s[sp++] = op - 0x0e;
            s[sp++] = 0;
            pc += 1;
            break;
          case 0x10: // bipush
            s[sp++] = (code[pc + 1] << 24) >> 24;
            pc += 2;
            break;
          case 0x11: // sipush
            s[sp++] = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            pc += 3;
            break;
          case 0x12: // ldc
            sp = loadConstant(thread, cls, code[pc + 1], s, sp);
            pc += 2;
            break;
          case 0x13: // ldc_w
          case 0x14: // ldc2_w
            sp = loadConstant(thread, cls, (code[pc + 1] << 8) | code[pc + 2], s, sp);
            pc += 3;
            break;
          case 0x15: // iload
          case 0x17: // fload
          case 0x19: // aload
            s[sp++] = s[code[pc + 1]];
            pc += 2;
            break;
          case 0x16: // lload
          case 0x18: {
            // dload
            const i = code[pc + 1];
            s[sp++] = s[i];
            s[sp++] = s[i + 1];
            pc += 2;
            break;
          }
          case 0x1a:
          case 0x1b:
          case 0x1c:
          case 0x1d: // iload_<n>
            s[sp++] = s[op - 0x1a];
            pc += 1;
            break;
          case 0x1e:
          case 0x1f:
          case 0x20:
          case 0x21: {
            // lload_<n>
            const i = op - 0x1e;
            s[sp++] = s[i];
            s[sp++] = s[i + 1];
            pc += 1;
            break;
          }
          case 0x22:
          case 0x23:
          case 0x24:
          case 0x25: // fload_<n>
            s[sp++] = s[op - 0x22];
            pc += 1;
            break;
          case 0x26:
          case 0x27:
          case 0x28:
          case 0x29: {
            // dload_<n>
            const i = op - 0x26;
            s[sp++] = s[i];
            s[sp++] = s[i + 1];
            pc += 1;
            break;
          }
          case 0x2a:
          case 0x2b:
          case 0x2c:
          case 0x2d: // aload_<n>
            s[sp++] = s[op - 0x2a];
            pc += 1;
            break;
          case 0x2e: // iaload
          case 0x30: // faload
          case 0x32: // aaload
          case 0x33: // baload
          case 0x34: // caload
          case 0x35: {
            // saload
            const i = s[--sp] as number;
            const a = s[--sp] as JArray | null;
            if (a === null) throwNPE(thread);
            if (i >>> 0 >= a.length) throwAIOOBE(thread, i, a.length);
            s[sp++] = a[i];
            pc += 1;
            break;
          }
          case 0x2f: {
            // laload
            const i = s[--sp] as number;
            const a = s[--sp] as Int32Array | null;
            if (a === null) throwNPE(thread);
            const len = a.length >> 1;
            if (i >>> 0 >= len) throwAIOOBE(thread, i, len);
            s[sp++] = a[2 * i];
            s[sp++] = a[2 * i + 1];
            pc += 1;
            break;
          }
          case 0x31: {
            // daload
            const i = s[--sp] as number;
            const a = s[--sp] as Float64Array | null;
            if (a === null) throwNPE(thread);
            if (i >>> 0 >= a.length) throwAIOOBE(thread, i, a.length);
            s[sp++] = a[i];
            s[sp++] = 0;
            pc += 1;
            break;
          }
          case 0x36: // istore
          case 0x38: // fstore
          case 0x3a: // astore
            s[code[pc + 1]] = s[--sp];
            pc += 2;
            break;
          case 0x37: // lstore
          case 0x39: {
            // dstore
            const i = code[pc + 1];
            s[i + 1] = s[--sp];
            s[i] = s[--sp];
            pc += 2;
            break;
          }
          case 0x3b:
          case 0x3c:
          case 0x3d:
          case 0x3e: // istore_<n>
            s[op - 0x3b] = s[--sp];
            pc += 1;
            break;
          case 0x3f:
          case 0x40:
          case 0x41:
          case 0x42: {
            // lstore_<n>
            const i = op - 0x3f;
            s[i + 1] = s[--sp];
            s[i] = s[--sp];
            pc += 1;
            break;
          }
          case 0x43:
          case 0x44:
          case 0x45:
          case 0x46: // fstore_<n>
            s[op - 0x43] = s[--sp];
            pc += 1;
            break;
          case 0x47:
          case 0x48:
          case 0x49:
          case 0x4a: {
            // dstore_<n>
            const i = op - 0x47;
            s[i + 1] = s[--sp];
            s[i] = s[--sp];
            pc += 1;
            break;
          }
          case 0x4b:
          case 0x4c:
          case 0x4d:
          case 0x4e: // astore_<n>
            s[op - 0x4b] = s[--sp];
            pc += 1;
            break;
          case 0x4f: // iastore
          case 0x51: // fastore
          case 0x54: // bastore
          case 0x55: // castore
          case 0x56: {
            // sastore
            const v = s[--sp] as number;
            const i = s[--sp] as number;
            const a = s[--sp] as PrimitiveArray | null;
            if (a === null) throwNPE(thread);
            if (i >>> 0 >= a.length) throwAIOOBE(thread, i, a.length);
            // Typed arrays truncate to the element width, which is exactly i2b/i2c/i2s; boolean[] stores v & 1.
            a[i] = op === 0x54 && a.$cls.primitive === 'Z' ? v & 1 : v;
            pc += 1;
            break;
          }
          case 0x50: {
            // lastore
            const hi = s[--sp] as number;
            const lo = s[--sp] as number;
            const i = s[--sp] as number;
            const a = s[--sp] as Int32Array | null;
            if (a === null) throwNPE(thread);
            const len = a.length >> 1;
            if (i >>> 0 >= len) throwAIOOBE(thread, i, len);
            a[2 * i] = lo;
            a[2 * i + 1] = hi;
            pc += 1;
            break;
          }
          case 0x52: {
            // dastore
            --sp;
            const v = s[--sp] as number;
            const i = s[--sp] as number;
            const a = s[--sp] as Float64Array | null;
            if (a === null) throwNPE(thread);
            if (i >>> 0 >= a.length) throwAIOOBE(thread, i, a.length);
            a[i] = v;
            pc += 1;
            break;
          }
          case 0x53: {
            // aastore
            const v = s[--sp] as JavaObject | JArray | null;
            const i = s[--sp] as number;
            const a = s[--sp] as RefArray | null;
            if (a === null) throwNPE(thread);
            if (i >>> 0 >= a.length) throwAIOOBE(thread, i, a.length);
            if (v !== null && !isAssignable(v.$cls, a.$cls.componentType!)) {
              throw vm.newThrowable(thread, 'java/lang/ArrayStoreException', v.$cls.javaName);
            }
            a[i] = v;
            pc += 1;
            break;
          }
          case 0x57: // pop
            sp--;
            pc += 1;
            break;
          case 0x58: // pop2
            sp -= 2;
            pc += 1;
            break;
          case 0x59: // dup
            s[sp] = s[sp - 1];
            sp++;
            pc += 1;
            break;
          case 0x5a: {
            // dup_x1
            const v1 = s[sp - 1];
            const v2 = s[sp - 2];
            s[sp - 2] = v1;
            s[sp - 1] = v2;
            s[sp++] = v1;
            pc += 1;
            break;
          }
          case 0x5b: {
            // dup_x2
            const v1 = s[sp - 1];
            const v2 = s[sp - 2];
            const v3 = s[sp - 3];
            s[sp - 3] = v1;
            s[sp - 2] = v3;
            s[sp - 1] = v2;
            s[sp++] = v1;
            pc += 1;
            break;
          }
          case 0x5c: // dup2
            s[sp] = s[sp - 2];
            s[sp + 1] = s[sp - 1];
            sp += 2;
            pc += 1;
            break;
          case 0x5d: {
            // dup2_x1
            const v1 = s[sp - 1];
            const v2 = s[sp - 2];
            const v3 = s[sp - 3];
            s[sp - 3] = v2;
            s[sp - 2] = v1;
            s[sp - 1] = v3;
            s[sp] = v2;
            s[sp + 1] = v1;
            sp += 2;
            pc += 1;
            break;
          }
          case 0x5e: {
            // dup2_x2
            const v1 = s[sp - 1];
            const v2 = s[sp - 2];
            const v3 = s[sp - 3];
            const v4 = s[sp - 4];
            s[sp - 4] = v2;
            s[sp - 3] = v1;
            s[sp - 2] = v4;
            s[sp - 1] = v3;
            s[sp] = v2;
            s[sp + 1] = v1;
            sp += 2;
            pc += 1;
            break;
          }
          case 0x5f: {
            // swap
            const v1 = s[sp - 1];
            s[sp - 1] = s[sp - 2];
            s[sp - 2] = v1;
            pc += 1;
            break;
          }
          case 0x60: // iadd
            sp--;
            s[sp - 1] = ((s[sp - 1] as number) + (s[sp] as number)) | 0;
            pc += 1;
            break;
          case 0x64: // isub
            sp--;
            s[sp - 1] = ((s[sp - 1] as number) - (s[sp] as number)) | 0;
            pc += 1;
            break;
          case 0x68: // imul
            sp--;
            s[sp - 1] = Math.imul(s[sp - 1] as number, s[sp] as number);
            pc += 1;
            break;
          case 0x6c: {
            // idiv
            const b = s[--sp] as number;
            const a = s[sp - 1] as number;
            if (b === 0) throw vm.newThrowable(thread, 'java/lang/ArithmeticException', '/ by zero');
            s[sp - 1] = (a / b) | 0;
            pc += 1;
            break;
          }
          case 0x70: {
            // irem
            const b = s[--sp] as number;
            const a = s[sp - 1] as number;
            if (b === 0) throw vm.newThrowable(thread, 'java/lang/ArithmeticException', '/ by zero');
            s[sp - 1] = (a % b) | 0;
            pc += 1;
            break;
          }
          case 0x74: // ineg
            s[sp - 1] = -(s[sp - 1] as number) | 0;
            pc += 1;
            break;
          case 0x78: // ishl
            sp--;
            s[sp - 1] = (s[sp - 1] as number) << (s[sp] as number);
            pc += 1;
            break;
          case 0x7a: // ishr
            sp--;
            s[sp - 1] = (s[sp - 1] as number) >> (s[sp] as number);
            pc += 1;
            break;
          case 0x7c: // iushr
            sp--;
            s[sp - 1] = ((s[sp - 1] as number) >>> (s[sp] as number)) | 0;
            pc += 1;
            break;
          case 0x7e: // iand
            sp--;
            s[sp - 1] = (s[sp - 1] as number) & (s[sp] as number);
            pc += 1;
            break;
          case 0x80: // ior
            sp--;
            s[sp - 1] = (s[sp - 1] as number) | (s[sp] as number);
            pc += 1;
            break;
          case 0x82: // ixor
            sp--;
            s[sp - 1] = (s[sp - 1] as number) ^ (s[sp] as number);
            pc += 1;
            break;
          case 0x61: // ladd
          case 0x65: // lsub
          case 0x69: // lmul
          case 0x6d: // ldiv
          case 0x71: // lrem
          case 0x7f: // land
          case 0x81: // lor
          case 0x83: {
            // lxor
            const bhi = s[--sp] as number;
            const blo = s[--sp] as number;
            const ahi = s[sp - 1] as number;
            const alo = s[sp - 2] as number;
            let lo: number;
            let hi: number;
            switch (op) {
              case 0x61:
                lo = ladd(alo, ahi, blo, bhi);
                hi = L.hi;
                break;
              case 0x65:
                lo = lsub(alo, ahi, blo, bhi);
                hi = L.hi;
                break;
              case 0x69:
                lo = lmul(alo, ahi, blo, bhi);
                hi = L.hi;
                break;
              case 0x6d:
              case 0x71:
                if (blo === 0 && bhi === 0)
                  throw vm.newThrowable(thread, 'java/lang/ArithmeticException', '/ by zero');
                lo = op === 0x6d ? ldiv(alo, ahi, blo, bhi) : lrem(alo, ahi, blo, bhi);
                hi = L.hi;
                break;
              case 0x7f:
                lo = alo & blo;
                hi = ahi & bhi;
                break;
              case 0x81:
                lo = alo | blo;
                hi = ahi | bhi;
                break;
              default:
                lo = alo ^ blo;
                hi = ahi ^ bhi;
            }
            s[sp - 2] = lo;
            s[sp - 1] = hi;
            pc += 1;
            break;
          }
          case 0x75: {
            // lneg
            const lo = lsub(0, 0, s[sp - 2] as number, s[sp - 1] as number);
            s[sp - 2] = lo;
            s[sp - 1] = L.hi;
            pc += 1;
            break;
          }
          case 0x79: // lshl
          case 0x7b: // lshr
          case 0x7d: {
            // lushr
            const n = s[--sp] as number;
            const hi0 = s[sp - 1] as number;
            const lo0 = s[sp - 2] as number;
            const lo = op === 0x79 ? lshl(lo0, hi0, n) : op === 0x7b ? lshr(lo0, hi0, n) : lushr(lo0, hi0, n);
            s[sp - 2] = lo;
            s[sp - 1] = L.hi;
            pc += 1;
            break;
          }
          case 0x62: // fadd
            sp--;
            s[sp - 1] = fround((s[sp - 1] as number) + (s[sp] as number));
            pc += 1;
            break;
          case 0x66: // fsub
            sp--;
            s[sp - 1] = fround((s[sp - 1] as number) - (s[sp] as number));
            pc += 1;
            break;
          case 0x6a: // fmul
            sp--;
            s[sp - 1] = fround((s[sp - 1] as number) * (s[sp] as number));
            pc += 1;
            break;
          case 0x6e: // fdiv
            sp--;
            s[sp - 1] = fround((s[sp - 1] as number) / (s[sp] as number));
            pc += 1;
            break;
          case 0x72: // frem
            sp--;
            s[sp - 1] = fround((s[sp - 1] as number) % (s[sp] as number));
            pc += 1;
            break;
          case 0x76: // fneg
            s[sp - 1] = -(s[sp - 1] as number);
            pc += 1;
            break;
          case 0x63: // dadd
            sp -= 2;
            s[sp - 2] = (s[sp - 2] as number) + (s[sp] as number);
            pc += 1;
            break;
          case 0x67: // dsub
            sp -= 2;
            s[sp - 2] = (s[sp - 2] as number) - (s[sp] as number);
            pc += 1;
            break;
          case 0x6b: // dmul
            sp -= 2;
            s[sp - 2] = (s[sp - 2] as number) * (s[sp] as number);
            pc += 1;
            break;
          case 0x6f: // ddiv
            sp -= 2;
            s[sp - 2] = (s[sp - 2] as number) / (s[sp] as number);
            pc += 1;
            break;
          case 0x73: // drem
            sp -= 2;
            s[sp - 2] = (s[sp - 2] as number) % (s[sp] as number);
            pc += 1;
            break;
          case 0x77: // dneg
            s[sp - 2] = -(s[sp - 2] as number);
            pc += 1;
            break;
          case 0x84: {
            // iinc
            const i = code[pc + 1];
            s[i] = ((s[i] as number) + ((code[pc + 2] << 24) >> 24)) | 0;
            pc += 3;
            break;
          }
          case 0x85: {
            // i2l
            const v = s[sp - 1] as number;
            s[sp++] = v >> 31;
            pc += 1;
            break;
          }
          case 0x86: // i2f
            s[sp - 1] = fround(s[sp - 1] as number);
            pc += 1;
            break;
          case 0x87: // i2d
            s[sp++] = 0;
            pc += 1;
            break;
          case 0x88: // l2i
            sp--;
            pc += 1;
            break;
          case 0x89: {
            // l2f
            const hi = s[--sp] as number;
            s[sp - 1] = l2f(s[sp - 1] as number, hi);
            pc += 1;
            break;
          }
          case 0x8a: // l2d
            s[sp - 2] = l2d(s[sp - 2] as number, s[sp - 1] as number);
            s[sp - 1] = 0;
            pc += 1;
            break;
          case 0x8b: // f2i
            s[sp - 1] = f2i(s[sp - 1] as number);
            pc += 1;
            break;
          case 0x8c: {
            // f2l
            const lo = f2l(s[sp - 1] as number);
            s[sp - 1] = lo;
            s[sp++] = L.hi;
            pc += 1;
            break;
          }
          case 0x8d: // f2d
            s[sp++] = 0;
            pc += 1;
            break;
          case 0x8e: // d2i
            sp--;
            s[sp - 1] = d2i(s[sp - 1] as number);
            pc += 1;
            break;
          case 0x8f: {
            // d2l
            const lo = d2l(s[sp - 2] as number);
            s[sp - 2] = lo;
            s[sp - 1] = L.hi;
            pc += 1;
            break;
          }
          case 0x90: // d2f
            sp--;
            s[sp - 1] = fround(s[sp - 1] as number);
            pc += 1;
            break;
          case 0x91: // i2b
            s[sp - 1] = ((s[sp - 1] as number) << 24) >> 24;
            pc += 1;
            break;
          case 0x92: // i2c
            s[sp - 1] = (s[sp - 1] as number) & 0xffff;
            pc += 1;
            break;
          case 0x93: // i2s
            s[sp - 1] = ((s[sp - 1] as number) << 16) >> 16;
            pc += 1;
            break;
          case 0x94: {
            // lcmp
            const bhi = s[--sp] as number;
            const blo = s[--sp] as number;
            const ahi = s[--sp] as number;
            const alo = s[sp - 1] as number;
            s[sp - 1] = lcmp(alo, ahi, blo, bhi);
            pc += 1;
            break;
          }
          case 0x95: // fcmpl
            sp--;
            s[sp - 1] = fcmpl(s[sp - 1] as number, s[sp] as number);
            pc += 1;
            break;
          case 0x96: // fcmpg
            sp--;
            s[sp - 1] = fcmpg(s[sp - 1] as number, s[sp] as number);
            pc += 1;
            break;
          case 0x97: // dcmpl
            sp -= 3;
            s[sp - 1] = dcmpl(s[sp - 1] as number, s[sp + 1] as number);
            pc += 1;
            break;
          case 0x98: // dcmpg
            sp -= 3;
            s[sp - 1] = dcmpg(s[sp - 1] as number, s[sp + 1] as number);
            pc += 1;
            break;
          case 0x99: {
            // ifeq
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            if ((s[--sp] as number) === 0) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0x9a: {
            // ifne
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            if ((s[--sp] as number) !== 0) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0x9b: {
            // iflt
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            if ((s[--sp] as number) < 0) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0x9c: {
            // ifge
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            if ((s[--sp] as number) >= 0) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0x9d: {
            // ifgt
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            if ((s[--sp] as number) > 0) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0x9e: {
            // ifle
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            if ((s[--sp] as number) <= 0) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0x9f: {
            // if_icmpeq
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if (s[sp] === s[sp + 1]) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa0: {
            // if_icmpne
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if (s[sp] !== s[sp + 1]) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa1: {
            // if_icmplt
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if ((s[sp] as number) < (s[sp + 1] as number)) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa2: {
            // if_icmpge
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if ((s[sp] as number) >= (s[sp + 1] as number)) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa3: {
            // if_icmpgt
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if ((s[sp] as number) > (s[sp + 1] as number)) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa4: {
            // if_icmple
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if ((s[sp] as number) <= (s[sp + 1] as number)) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa5: {
            // if_acmpeq
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if (s[sp] === s[sp + 1]) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa6: {
            // if_acmpne
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            sp -= 2;
            if (s[sp] !== s[sp + 1]) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xa7: {
            // goto
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            pc += off;
            if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
              f.pc = pc;
              f.sp = sp;
              break dispatch;
            }
            break;
          }
          case 0xa8: // jsr
            s[sp++] = pc + 3;
            pc += (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            break;
          case 0xa9: // ret
            pc = s[code[pc + 1]] as number;
            break;
          case 0xaa: {
            // tableswitch
            const key = s[--sp] as number;
            let p = (pc + 4) & ~3;
            const def = readInt(code, p);
            const low = readInt(code, p + 4);
            const high = readInt(code, p + 8);
            p += 12;
            pc += key < low || key > high ? def : readInt(code, p + 4 * (key - low));
            break;
          }
          case 0xab: {
            // lookupswitch
            const key = s[--sp] as number;
            let p = (pc + 4) & ~3;
            const def = readInt(code, p);
            const n = readInt(code, p + 4);
            p += 8;
            let target = def;
            // Keys are sorted (JVMS §6.5 lookupswitch): binary search.
            let lo = 0;
            let hi = n - 1;
            while (lo <= hi) {
              const mid = (lo + hi) >> 1;
              const k = readInt(code, p + 8 * mid);
              if (k < key) lo = mid + 1;
              else if (k > key) hi = mid - 1;
              else {
                target = readInt(code, p + 8 * mid + 4);
                break;
              }
            }
            pc += target;
            break;
          }
          case 0xac: // ireturn
          case 0xae: // freturn
          case 0xb0: // areturn
          case 0xad: // lreturn
          case 0xaf: // dreturn
          case 0xb1: {
            // return
            const wide = op === 0xad || op === 0xaf;
            if (op !== 0xb1) {
              if (wide) {
                retHi = s[sp - 1];
                retLo = s[sp - 2];
              } else retLo = s[sp - 1];
            }
            if (f.lockedObject !== null) exitMonitor(thread, f.lockedObject);
            const caller = f.parent;
            if (f.isEntry || caller === null) {
              thread.frame = caller;
              thread.budget = budget;
              if (op === 0xb1) return undefined;
              if (wide) return op === 0xad ? longResult(retLo as number, retHi as number) : retLo;
              return retLo;
            }
            thread.frame = caller;
            f = caller;
            m = f.method;
            cls = m.cls;
            code = m.code!;
            s = f.slots;
            sp = f.sp;
            pc = f.pc + instructionLengthAtReturn(code, f.pc);
            if (op !== 0xb1) {
              s[sp++] = retLo;
              if (wide) s[sp++] = retHi;
            }
            break;
          }
          case 0xb2: {
            // getstatic
            // Resolved entries are read from the cache here rather than in resolveFieldRef: this loop runs
            // as V8 baseline code, where the call alone costs several ns (also for invokes, new, casts).
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const fld = (cls.cpCache[index] as JField | undefined) ?? resolveFieldRef(thread, cls, index);
            const owner = fld.cls;
            if (!fld.isStatic) checkStatic(thread, fld, true);
            if (owner.state !== ClassState.Initialized) {
              f.sp = sp;
              vm.initialize(thread, owner);
            }
            const st = owner.statics;
            s[sp++] = st[fld.key];
            if (fld.isWide) s[sp++] = fld.type === 'J' ? st[fld.hiKey] : 0;
            pc += 3;
            break;
          }
          case 0xb3: {
            // putstatic
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const fld = (cls.cpCache[index] as JField | undefined) ?? resolveFieldRef(thread, cls, index);
            const owner = fld.cls;
            if (!fld.isStatic) checkStatic(thread, fld, true);
            if ((fld.flags & 0x10) !== 0 && owner !== cls) checkFinalPut(thread, fld, cls);
            if (owner.state !== ClassState.Initialized) {
              f.sp = sp;
              vm.initialize(thread, owner);
            }
            const st = owner.statics;
            if (fld.isWide) {
              const hi = s[--sp];
              if (fld.type === 'J') st[fld.hiKey] = hi;
            }
            st[fld.key] = s[--sp];
            pc += 3;
            break;
          }
          case 0xb4: {
            // getfield
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const fld = (cls.cpCache[index] as JField | undefined) ?? resolveFieldRef(thread, cls, index);
            if (fld.isStatic) checkStatic(thread, fld, false);
            const o = s[sp - 1] as FieldBag | null;
            if (o === null) throwNPE(thread);
            s[sp - 1] = o[fld.key];
            if (fld.isWide) s[sp++] = fld.type === 'J' ? o[fld.hiKey] : 0;
            pc += 3;
            break;
          }
          case 0xb5: {
            // putfield
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const fld = (cls.cpCache[index] as JField | undefined) ?? resolveFieldRef(thread, cls, index);
            if (fld.isStatic) checkStatic(thread, fld, false);
            if ((fld.flags & 0x10) !== 0 && fld.cls !== cls) checkFinalPut(thread, fld, cls);
            if (fld.isWide) {
              const hi = s[--sp];
              const lo = s[--sp];
              const o = s[--sp] as FieldBag | null;
              if (o === null) throwNPE(thread);
              o[fld.key] = lo;
              if (fld.type === 'J') o[fld.hiKey] = hi;
            } else {
              const v = s[--sp];
              const o = s[--sp] as FieldBag | null;
              if (o === null) throwNPE(thread);
              o[fld.key] = v;
            }
            pc += 3;
            break;
          }
          case 0xb6: // invokevirtual
          case 0xb7: // invokespecial
          case 0xb8: // invokestatic
          case 0xb9: // invokeinterface
          case 0xba: {
            // invokedynamic
            // Calls count against the time slice too, so recursion without loops is preempted.
            if (--budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            // The stack as the instruction found it: a blocked native call re-executes the instruction.
            const sp0 = sp;
            let target: JMethod;
            if (op === 0xba) {
              f.sp = sp;
              const link = linkInvokeDynamic(thread, m, pc, (code[pc + 1] << 8) | code[pc + 2]);
              if (link.error !== null) throw link.error;
              if (link.intrinsic !== null) {
                const n = link.intrinsicSlots;
                const r = link.intrinsic(thread, s.slice(sp - n, sp));
                sp -= n;
                s[sp++] = r;
                pc += 5;
                break;
              }
              if (link.appendix !== null) s[sp++] = link.appendix;
              target = link.invoker;
            } else {
              const index = (code[pc + 1] << 8) | code[pc + 2];
              const resolved =
                (cls.cpCache[index] as JMethod | undefined) ?? resolveMethodRef(thread, cls, index, op);
              target = resolved;
              if (resolved.signaturePolymorphic) {
                f.sp = sp;
                const r = selectPolymorphic(thread, cls, resolved, op, s, sp);
                target = r.target;
                sp = r.sp;
              } else if (op === 0xb8) {
                if (!resolved.isStatic) {
                  throw vm.newThrowable(
                    thread,
                    'java/lang/IncompatibleClassChangeError',
                    `Expected static method ${methodSignatureForError(resolved.cls.name, resolved.name, resolved.descriptor)}`,
                  );
                }
                if (resolved.cls.state !== ClassState.Initialized) {
                  f.sp = sp;
                  vm.initialize(thread, resolved.cls);
                }
              } else {
                if (resolved.isStatic) {
                  throw vm.newThrowable(
                    thread,
                    'java/lang/IncompatibleClassChangeError',
                    `Expecting non-static method ${methodSignatureForError(resolved.cls.name, resolved.name, resolved.descriptor)}`,
                  );
                }
                const recv = s[sp - resolved.argSlots] as JavaObject | JArray | null;
                if (recv === null) throwNPE(thread);
                if (op === 0xb7) target = selectSpecial(cls, resolved);
                else if (!resolved.isPrivate) target = selectVirtual(thread, recv, resolved, op === 0xb9);
                if (target.isAbstract) throwAbstractMethodError(thread, recv, resolved, target);
              }
            }
            if (
              target.compiled !== null ||
              (target.code !== null && !target.notCompilable && countInvocation(thread, target))
            ) {
              // A translated callee runs on the JS stack; it returns a long's high word in L.hi.
              const n = target.argSlots;
              const fn = target.compiled!;
              f.sp = sp - n;
              thread.budget = budget;
              const r = callTranslated(fn, thread, s, sp, n);
              if (r === ESCAPED) {
                thrown = takeEscaped();
                break dispatch;
              }
              budget = thread.budget;
              sp -= n;
              if (target.retSlots === 1) s[sp++] = r as JValue;
              else if (target.retSlots === 2) {
                s[sp++] = r as JValue;
                s[sp++] = target.returnType === 'J' ? L.hi : 0;
              }
              pc += op >= 0xb9 ? 5 : 3;
              break;
            }
            if (target.isNative || target.code === null) {
              const n = target.argSlots;
              const args = s.slice(sp - n, sp);
              f.sp = sp0;
              sp -= n;
              const r = callNative(thread, target, args);
              if (r === ESCAPED) {
                thrown = takeEscaped();
                break dispatch;
              }
              if (target.retSlots === 1) s[sp++] = r as JValue;
              else if (target.retSlots === 2) {
                if (target.returnType === 'J') {
                  s[sp++] = fromBigInt(r as unknown as bigint);
                  s[sp++] = L.hi;
                } else {
                  s[sp++] = r as number;
                  s[sp++] = 0;
                }
              }
              pc += op >= 0xb9 ? 5 : 3;
              break;
            }
            let lock: JavaObject | null = null;
            if ((target.flags & 0x20) !== 0) {
              lock = target.isStatic ? vm.mirrorOf(target.cls) : (s[sp - target.argSlots] as JavaObject);
              f.sp = sp0;
              enterMonitor(thread, lock);
            }
            const nf = pushFrame(thread, f, target, sp);
            nf.lockedObject = lock;
            f.sp = sp - target.argSlots;
            thread.frame = nf;
            f = nf;
            m = target;
            cls = m.cls;
            code = m.code!;
            s = f.slots;
            sp = f.sp;
            pc = 0;
            break;
          }
          case 0xbb: {
            // new
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const c = (cls.cpCache[index] as JavaClass | undefined) ?? resolveClassRef(thread, cls, index);
            if (c.isInterface || (c.flags & 0x400) !== 0) {
              throw vm.newThrowable(thread, 'java/lang/InstantiationError', c.javaName);
            }
            if (c.state !== ClassState.Initialized) {
              f.sp = sp;
              vm.initialize(thread, c);
            }
            s[sp++] = vm.newObject(c);
            pc += 3;
            break;
          }
          case 0xbc: {
            // newarray
            const n = s[sp - 1] as number;
            if (n < 0) throw vm.newThrowable(thread, 'java/lang/NegativeArraySizeException', String(n));
            s[sp - 1] = vm.newArray(
              primitiveArrayClass(thread, code[pc + 1]),
              checkArraySize(thread, n, code[pc + 1]),
            );
            pc += 2;
            break;
          }
          case 0xbd: {
            // anewarray
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const c = (cls.cpCache[index] as JavaClass | undefined) ?? resolveClassRef(thread, cls, index);
            const n = s[sp - 1] as number;
            if (n < 0) throw vm.newThrowable(thread, 'java/lang/NegativeArraySizeException', String(n));
            s[sp - 1] = vm.newArray(vm.arrayOf(c), checkArraySize(thread, n, 0));
            pc += 3;
            break;
          }
          case 0xbe: {
            // arraylength
            const a = s[sp - 1] as JArray | null;
            if (a === null) throwNPE(thread);
            s[sp - 1] = arrayLength(a);
            pc += 1;
            break;
          }
          case 0xbf: {
            // athrow
            const ex = s[sp - 1] as JavaObject | null;
            if (ex === null) throwNPE(thread);
            // Not `throw`: see ESCAPED on what a catch in `execute` costs.
            thrown = ex;
            break dispatch;
          }
          case 0xc0: {
            // checkcast
            const o = s[sp - 1] as JavaObject | JArray | null;
            if (o !== null) {
              const index = (code[pc + 1] << 8) | code[pc + 2];
              const c = (cls.cpCache[index] as JavaClass | undefined) ?? resolveClassRef(thread, cls, index);
              if (!isAssignable(o.$cls, c))
                throw vm.newThrowable(
                  thread,
                  'java/lang/ClassCastException',
                  classCastMessage(thread, o.$cls, c),
                );
            }
            pc += 3;
            break;
          }
          case 0xc1: {
            // instanceof
            const o = s[sp - 1] as JavaObject | JArray | null;
            if (o === null) s[sp - 1] = 0;
            else {
              const index = (code[pc + 1] << 8) | code[pc + 2];
              const c = (cls.cpCache[index] as JavaClass | undefined) ?? resolveClassRef(thread, cls, index);
              s[sp - 1] = isAssignable(o.$cls, c) ? 1 : 0;
            }
            pc += 3;
            break;
          }
          case 0xc2: {
            // monitorenter
            const o = s[sp - 1] as JavaObject | null;
            if (o === null) throwNPE(thread);
            f.sp = sp;
            enterMonitor(thread, o);
            sp--;
            pc += 1;
            break;
          }
          case 0xc3: {
            // monitorexit
            const o = s[--sp] as JavaObject | null;
            if (o === null) throwNPE(thread);
            exitMonitor(thread, o);
            pc += 1;
            break;
          }
          case 0xc4: {
            // wide
            const wop = code[pc + 1];
            const i = (code[pc + 2] << 8) | code[pc + 3];
            switch (wop) {
              case 0x15:
              case 0x17:
              case 0x19:
                s[sp++] = s[i];
                break;
              case 0x16:
              case 0x18:
                s[sp++] = s[i];
                s[sp++] = s[i + 1];
                break;
              case 0x36:
              case 0x38:
              case 0x3a:
                s[i] = s[--sp];
                break;
              case 0x37:
              case 0x39:
                s[i + 1] = s[--sp];
                s[i] = s[--sp];
                break;
              case 0xa9:
                pc = s[i] as number;
                continue;
              case 0x84:
                s[i] = ((s[i] as number) + ((((code[pc + 4] << 8) | code[pc + 5]) << 16) >> 16)) | 0;
                pc += 6;
                continue;
            }
            pc += 4;
            break;
          }
          case 0xc5: {
            // multianewarray
            const index = (code[pc + 1] << 8) | code[pc + 2];
            const c = (cls.cpCache[index] as JavaClass | undefined) ?? resolveClassRef(thread, cls, index);
            const dims = code[pc + 3];
            const counts: number[] = [];
            for (let i = 0; i < dims; i++) counts.push(s[sp - dims + i] as number);
            for (const n of counts)
              if (n < 0) throw vm.newThrowable(thread, 'java/lang/NegativeArraySizeException', String(n));
            sp -= dims;
            s[sp++] = newMultiArray(thread, c, counts, 0);
            pc += 4;
            break;
          }
          case 0xc6: // ifnull
          case 0xc7: {
            // ifnonnull
            const off = (((code[pc + 1] << 8) | code[pc + 2]) << 16) >> 16;
            if (off <= 0 && --budget < 0) {
              if (thread.nested === 0 && vm.scheduler.shouldYield()) {
                f.sp = sp;
                thread.budget = 0;
                return SUSPENDED;
              }
              budget = yieldNested(thread);
            }
            const isNull = s[--sp] === null;
            if (isNull === (op === 0xc6)) {
              pc += off;
              if (off <= 0 && (m.compiled !== null || countBackedge(thread, m))) {
                f.pc = pc;
                f.sp = sp;
                break dispatch;
              }
            } else pc += 3;
            break;
          }
          case 0xc8: // goto_w
            pc += readInt(code, pc + 1);
            break;
          case 0xc9: // jsr_w
            s[sp++] = pc + 5;
            pc += readInt(code, pc + 1);
            break;
          default:
            throw vm.newThrowable(
              thread,
              'java/lang/VerifyError',
              `Bad instruction: ${op.toString(16)} in ${m.cls.javaName}.${m.name}`,
            );
        }
      }
    } catch (e) {
      thrown = e;
    }
    {
      if (thrown === BLOCK) {
        // A blocking operation at top level: the frame keeps the instruction's pc and stack to re-execute.
        thread.budget = budget;
        return SUSPENDED;
      }
      if (thrown === NOT_THROWN) {
        // On-stack replacement: the translated method continues this frame at its loop header.
        const osrCode = osrVariant(thread, m, f.pc);
        if (osrCode === null) {
          // No variant for this loop header (not translatable, or the loop not hot enough for one of its
          // own yet: compiler.ts osrHeaderIsHot): keep interpreting the frame.
          pc = f.pc;
          sp = f.sp;
          continue;
        }
        thread.budget = budget;
        let r: JValue | undefined;
        let escaped = false;
        const result = callOsr(osrCode, thread, f);
        if (result === ESCAPED) {
          const e2 = takeEscaped();
          if (e2 === BLOCK) return SUSPENDED;
          escaped = true;
          thrown = e2;
        } else r = result;
        budget = thread.budget;
        const caller = f.parent;
        if (!escaped) {
          // The translated code returned from the frame: finish the return in the interpreter.
          const hi = L.hi;
          const returning = m;
          if (f.isEntry || caller === null) {
            thread.frame = caller;
            thread.budget = budget;
            if (returning.returnType === 'J') return longResult(r as number, hi);
            return r;
          }
          f = caller;
          m = f.method;
          cls = m.cls;
          code = m.code!;
          s = f.slots;
          sp = f.sp;
          pc = f.pc + instructionLengthAtReturn(code, f.pc);
          if (returning.retSlots >= 1) s[sp++] = r as JValue;
          if (returning.retSlots === 2) s[sp++] = returning.returnType === 'J' ? hi : 0;
          continue;
        }
        // An exception left the translated frame, which has popped itself: unwind from its caller.
        if (!(thrown instanceof JavaObject) || f.isEntry || caller === null) {
          thread.frame = caller;
          thread.budget = budget;
          if (thrown instanceof JavaObject || !(thrown instanceof RangeError)) throw thrown;
        }
        f = caller!;
        m = f.method;
        cls = m.cls;
        code = m.code!;
      }
      const ex = asJavaThrowable(thread, thrown);
      // Unwind to a handler (JVMS §2.10): this frame first, then callers, stopping at the entry frame.
      for (;;) {
        const h = findHandler(thread, f, f.pc, ex);
        if (h >= 0) {
          s = f.slots;
          sp = m.maxLocals;
          s[sp++] = ex;
          pc = h;
          break;
        }
        if (f.lockedObject !== null) exitMonitor(thread, f.lockedObject);
        const caller = f.parent;
        if (f.isEntry || caller === null) {
          thread.frame = caller;
          thread.budget = budget;
          throw ex;
        }
        thread.frame = caller;
        f = caller;
        m = f.method;
        cls = m.cls;
        code = m.code!;
      }
    }
  }
}

/** Turns what a JS `throw` produced into a Java Throwable; a JS stack overflow becomes StackOverflowError. */
function asJavaThrowable(thread: JavaThread, e: unknown): JavaObject {
  if (e instanceof JavaObject) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    try {
      throwStackOverflow(thread);
    } catch (soe) {
      if (soe instanceof JavaObject) return soe;
      throw soe;
    }
  }
  throw e;
}

function longResult(lo: number, hi: number): JValue {
  // callJava gives a long as a bigint (the native convention); see NativeFn.
  return ((BigInt(hi) << 32n) | BigInt(lo >>> 0)) as unknown as JValue;
}

function readInt(code: Uint8Array, p: number): number {
  return (code[p] << 24) | (code[p + 1] << 16) | (code[p + 2] << 8) | code[p + 3];
}

/** JVMS §5.4.6 Method selection for invokevirtual / invokeinterface. */
function selectVirtual(
  thread: JavaThread,
  recv: JavaObject | JArray,
  resolved: JMethod,
  isInterface: boolean,
): JMethod {
  const sel = selectMethod(recv.$cls, resolved);
  if (sel !== undefined) return sel;
  if (isInterface && !isAssignable(recv.$cls, resolved.cls)) {
    throw thread.vm.newThrowable(
      thread,
      'java/lang/IncompatibleClassChangeError',
      `Class ${recv.$cls.javaName} does not implement the requested interface ${resolved.cls.javaName}`,
    );
  }
  throwAbstractMethodError(thread, recv, resolved);
}

/**
 * HotSpot's AbstractMethodError for a receiver without an implementation of `resolved`. When selection
 * found an abstract method other than the resolved one (a class re-declared it abstract), HotSpot throws
 * from that method's abstract entry and names it instead ("Missing implementation of resolved method").
 * Deviation: HotSpot uses the first form also for such a method when the call's constant pool entry is
 * first linked with that very receiver; tsjvm doesn't track the entry's linking and always uses the second.
 */
export function throwAbstractMethodError(
  thread: JavaThread,
  recv: JavaObject | JArray,
  resolved: JMethod,
  selected: JMethod = resolved,
): never {
  const missing = selected !== resolved;
  const m = missing ? selected : resolved;
  // HotSpot names the method without its class here: 'abstract java.lang.String greet()'.
  const sig = methodSignatureForError(m.cls.name, m.name, m.descriptor)
    .slice(1, -1)
    .replace(` ${m.cls.javaName}.`, ' ');
  const kind = m.cls.isInterface ? 'interface' : 'abstract class';
  const what = `resolved method '${m.isAbstract ? 'abstract ' : ''}${sig}' of ${kind} ${m.cls.javaName}.`;
  throw thread.vm.newThrowable(
    thread,
    'java/lang/AbstractMethodError',
    missing
      ? `Missing implementation of ${what}`
      : `Receiver class ${recv.$cls.javaName} does not define or inherit an implementation of the ${what}`,
  );
}

/**
 * A signature-polymorphic call: the VM's intrinsics (invokeBasic, linkTo*) dispatch on the method handle
 * or trailing MemberName; MethodHandle.invoke/invokeExact and VarHandle methods link once to an invoker
 * (invokehandle) whose appendix is pushed as a trailing argument.
 */
function selectPolymorphic(
  thread: JavaThread,
  cls: JavaClass,
  resolved: JMethod,
  op: number,
  s: JValue[],
  sp: number,
): { target: JMethod; sp: number } {
  const intrinsic = intrinsicOf(resolved);
  switch (intrinsic) {
    case Intrinsic.None: {
      if (op !== 0xb8 && s[sp - resolved.argSlots] === null) throwNPE(thread);
      const link = linkInvokeHandle(thread, cls, resolved, op === 0xb8 ? 6 : 5);
      if (link.appendix !== null) s[sp++] = link.appendix;
      return { target: link.invoker, sp };
    }
    case Intrinsic.InvokeBasic:
      return { target: invokeBasicTarget(thread, s[sp - resolved.argSlots]), sp };
    case Intrinsic.LinkToStatic:
    case Intrinsic.LinkToSpecial:
      return { target: memberNameTarget(s[sp - 1] as JavaObject), sp: sp - 1 };
    case Intrinsic.LinkToVirtual:
    case Intrinsic.LinkToInterface: {
      const mtarget = memberNameTarget(s[sp - 1] as JavaObject);
      sp--;
      const recv = s[sp - mtarget.argSlots];
      const target = linkToVirtualTarget(thread, mtarget, recv, intrinsic === Intrinsic.LinkToInterface);
      return { target, sp };
    }
    default:
      throw thread.vm.newThrowable(
        thread,
        'java/lang/UnsupportedOperationException',
        'linkToNative is not supported',
      );
  }
}

/** MethodHandle.invokeBasic: the method of the handle's LambdaForm (its vmentry). */
export function invokeBasicTarget(thread: JavaThread, mh: JValue): JMethod {
  if (mh === null) throwNPE(thread);
  const form = (mh as unknown as FieldBag)['form@java/lang/invoke/MethodHandle'] as unknown as FieldBag;
  return memberNameTarget(form['vmentry@java/lang/invoke/LambdaForm'] as JavaObject);
}

/** MethodHandle.linkToVirtual/linkToInterface: the trailing MemberName's method selected for `recv`. */
export function linkToVirtualTarget(
  thread: JavaThread,
  mtarget: JMethod,
  recv: JValue,
  isInterface: boolean,
): JMethod {
  if (recv === null) throwNPE(thread);
  const o = recv as JavaObject | JArray;
  const target = mtarget.isPrivate ? mtarget : selectVirtual(thread, o, mtarget, isInterface);
  if (target.isAbstract) throwAbstractMethodError(thread, o, mtarget, target);
  return target;
}

/** JVMS §6.5 invokespecial: the superclass method when ACC_SUPER semantics apply. */
function selectSpecial(current: JavaClass, resolved: JMethod): JMethod {
  if (resolved.name === '<init>' || resolved.isPrivate) return resolved;
  const owner = resolved.cls;
  if (owner.isInterface || current === owner || !current.supertypes.has(owner)) return resolved;
  for (let c = current.superClass; c; c = c.superClass) {
    const m = c.declaredMethods.get(resolved.key);
    if (m && !m.isStatic) return m;
  }
  return resolved;
}

/** JVMS §6.5 putfield/putstatic: a final field may only be set by its own class. */
function checkFinalPut(thread: JavaThread, fld: JField, from: JavaClass): void {
  throw thread.vm.newThrowable(
    thread,
    'java/lang/IllegalAccessError',
    `Update to ${fld.isStatic ? 'static' : 'non-static'} final field ${fld.cls.javaName}.${fld.name} attempted from a different class (${from.javaName}) than the field's declaring class`,
  );
}

/** JVMS §6.5 getstatic/putstatic: the field must be static. */
function checkStatic(thread: JavaThread, fld: JField, expectStatic: boolean): void {
  if (fld.isStatic !== expectStatic) {
    throw thread.vm.newThrowable(
      thread,
      'java/lang/IncompatibleClassChangeError',
      `Expected ${expectStatic ? 'static' : 'non-static'} field ${fld.cls.javaName}.${fld.name}`,
    );
  }
}

const ARRAY_TYPE_CHARS = ['', '', '', '', 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'] as const;

function primitiveArrayClass(thread: JavaThread, atype: number): JavaClass {
  const t = ARRAY_TYPE_CHARS[atype];
  const vm = thread.vm;
  return vm.arrayOf(vm.primitiveClasses.get(t as 'I')!);
}

/** HotSpot's limit: arrays of more than max_jint - 2 elements, or more than the heap, fail. */
function checkArraySize(thread: JavaThread, n: number, atype: number): number {
  if (n > 0x7ffffffd)
    throw thread.vm.newThrowable(
      thread,
      'java/lang/OutOfMemoryError',
      'Requested array size exceeds VM limit',
    );
  const elemSize =
    atype === 7 || atype === 11
      ? 8
      : atype === 6 || atype === 10 || atype === 0
        ? 4
        : atype === 5 || atype === 9
          ? 2
          : 1;
  if (n * elemSize > thread.vm.options.maxHeap)
    throw thread.vm.newThrowable(thread, 'java/lang/OutOfMemoryError', 'Java heap space');
  return n;
}

/** HotSpot's ClassCastException message (SharedRuntime::generate_class_cast_message). */
export function classCastMessage(thread: JavaThread, from: JavaClass, to: JavaClass): string {
  const vm = thread.vm;
  const fromDesc = vm.moduleDescription(baseClass(from));
  const toDesc = vm.moduleDescription(baseClass(to));
  const tail =
    fromDesc === toDesc
      ? `${from.javaName} and ${to.javaName} are in ${fromDesc}`
      : `${from.javaName} is in ${fromDesc}; ${to.javaName} is in ${toDesc}`;
  return `class ${from.javaName} cannot be cast to class ${to.javaName} (${tail})`;
}

function baseClass(c: JavaClass): JavaClass {
  while (c.componentType) c = c.componentType;
  return c;
}

export { CpTag };
