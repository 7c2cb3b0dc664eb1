// Tier 2: translation of a method's bytecode to a JavaScript function (DESIGN "Translation to
// JavaScript"). JVM locals and stack slots become JS variables, one per slot and kind of value (l3i, l3d,
// l3a, s0i… — see typeflow.ts; a long is two int32 variables), control flow is a switch over basic blocks inside a loop,
// and one try/catch per method dispatches Java exceptions to handlers by pc and deoptimizes on BLOCK.
import { ACC_FINAL, CpTag, type CpEntry } from '../classfile/types.js';
import type { JavaThread } from '../threads/thread.js';
import {
  ClassState,
  type JavaClass,
  type JMethod,
  type CompiledMethod,
  type JField,
} from '../runtime/jclass.js';
import { JavaObject, type JValue } from '../runtime/object.js';
import { instructionLength } from '../classfile/opcodes.js';
import { resolveClassRef, resolveFieldRef, resolveMethodRef } from '../runtime/resolve.js';
import {
  analyze,
  branchTargets,
  constantPushedAt,
  endsBlock,
  localStoredAt,
  NotTranslatable,
  s2,
  s4,
  type MethodShape,
  u2,
} from './analysis.js';
import { descriptorKinds, inferKinds, invokeArgSlots, parameterKinds, STACK_SHUFFLES } from './typeflow.js';
import { returnTypeOf } from '../classfile/descriptors.js';
import { CountedLoops } from './countedLoops.js';
import { structureBlocks, type Block, type Line } from './structure.js';
import { R } from './runtime.js';
import { intrinsicOf, Intrinsic } from '../runtime/polymorphic.js';
import { NO_SLOTS } from '../interpreter/frame.js';
import { dispatchKeyOf } from '../runtime/vtable.js';

/** A JS literal for a Java numeric constant, exact (JS number printing round-trips). */
function lit(n: number): string {
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

class Emitter {
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  out: string[] = [];

  /** A closure constant holding `v`, bound to a local name in the generated function's prologue. */
  k(v: unknown): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(v, i);
    }
    return `K${i}`;
  }
  emit(line: string): void {
    this.out.push(line);
  }
}

/**
 * Translates `m`, or returns null when it can't be (the interpreter keeps running it). With `osrEntry`,
 * the function instead continues an interpreter frame of `m` at that loop header (on-stack replacement).
 */
export function translate(thread: JavaThread, m: JMethod, osrEntry = -1): CompiledMethod | null {
  if (m.code === null || m.isNative || m.signaturePolymorphic) return null;
  if (osrEntry < 0) {
    const leaf = leafFunction(thread, m);
    const entry = leaf === null ? null : framelessEntry(leaf, m.argSlots);
    if (entry !== null) return entry;
  }
  const body = generateSource(thread, m, osrEntry, false);
  return body === null ? null : instantiate<CompiledMethod>(body);
}

/** The generated source of `m` with its closure constants, or null when it can't be translated. */
function generateSource(thread: JavaThread, m: JMethod, osrEntry: number, leaf: boolean): Emitter | null {
  const em = new Emitter();
  try {
    if (!generate(thread, m, analyze(m), em, osrEntry, leaf)) return null;
  } catch (e) {
    // Resolution failed (the error belongs to the instruction, at run time) or an unsupported shape.
    if (e instanceof NotTranslatable || e instanceof JavaObject) return null;
    throw e;
  }
  return em;
}

/** Compiles generated source; its prologue binds the runtime `R` and the constants K0, K1… */
function instantiate<F>(em: Emitter): F {
  const names = em.consts.map((_, i) => `K${i}`);
  const factory = new Function('R', ...names, em.out.join('\n')) as (...a: unknown[]) => F;
  return factory(R, ...em.consts);
}

/** A leaf method as a plain JS function of its argument slots (a long result's high word in L.hi). */
export type LeafFunction = (thread: JavaThread, ...args: JValue[]) => JValue;

/**
 * A leaf as the method's translated entry, which ignores the thread and OSR frame: then virtual and
 * interface calls, and calls from the interpreter, skip the frame too (a getter called through an
 * interface cost ~10 ns with a frame). By argument slots; null for more than these.
 */
const FRAMELESS_ENTRIES: readonly ((leaf: LeafFunction) => CompiledMethod)[] = [
  (leaf) => (t) => leaf(t),
  (leaf) => (t, _o, a) => leaf(t, a),
  (leaf) => (t, _o, a, b) => leaf(t, a, b),
  (leaf) => (t, _o, a, b, c) => leaf(t, a, b, c),
  (leaf) => (t, _o, a, b, c, d) => leaf(t, a, b, c, d),
  (leaf) => (t, _o, a, b, c, d, e) => leaf(t, a, b, c, d, e),
  (leaf) => (t, _o, a, b, c, d, e, f) => leaf(t, a, b, c, d, e, f),
];

function framelessEntry(leaf: LeafFunction, argSlots: number): CompiledMethod | null {
  return argSlots < FRAMELESS_ENTRIES.length ? FRAMELESS_ENTRIES[argSlots](leaf) : null;
}

/**
 * Bytecodes of a method at most this long may be a leaf. A leaf is a method without a frame, not one
 * inlined (V8 decides that), so the bound is not HotSpot's MaxInlineSize (35), which it was: measured
 * (interleaved runs), 100 took Collections ~10% and LongMath ~16% less wall time (LongMath's 56-byte udiv
 * lost its frame), and 250 some 3-7% less again on the programs that call small methods most. Most
 * candidates are rejected by their instructions or calls before any code is generated for them.
 */
const MAX_LEAF_SIZE = 250;

/**
 * Instructions a leaf may contain: they can neither block nor call; a branch back may make a loop, kept
 * only if it is counted (countedLoops.ts), which needs no budget check; `new` of a class already
 * initialized only allocates (an instance, not an array, whose size could fail). Some can throw (array
 * loads, stores and arraylength, getfield and putfield, integer division, checkcast): the leaf then gives
 * the exception a frame of its own (R.leafThrow). getstatic and constants are checked on the emitted code
 * below; an invoke only of a leaf with one possible target (a call that needs a frame, a class
 * initialization or a dispatch is rejected there).
 */
function isLeafInstruction(code: Uint8Array, pc: number): boolean {
  const op = code[pc];
  if (op <= 0x11 || (op >= 0x15 && op <= 0x5f)) return true;
  if (op === 0x12 || op === 0x13 || op === 0x14) return true; // constants needing resolution are rejected below
  if (op >= 0x60 && op <= 0x98) return true;
  if ((op >= 0x99 && op <= 0xa7) || op === 0xc6 || op === 0xc7) return true;
  return (
    (op >= 0xac && op <= 0xb2) ||
    op === 0xb4 ||
    op === 0xb5 ||
    op === 0xaa ||
    op === 0xab ||
    op === 0xb6 ||
    op === 0xb7 ||
    op === 0xb8 ||
    op === 0xbb ||
    op === 0xbe ||
    op === 0xc0 ||
    op === 0xc1
  );
}

/**
 * What a leaf's body may not contain: its caller's frame or the thread's state, a budget check, or a
 * runtime helper other than pure ones and the throwing helpers R.leafThrow runs (a static field of a
 * class not yet initialized, a constant needing resolution, a call needing a frame).
 */
const NOT_IN_LEAF =
  /\bfr\.|\bthread\.|\$tick\b|R\.(?!imul\b|assignable\b|leafThrow\b|npe\b|aioobe\b|div0\b|cce\b|ase\b)/;

/**
 * A method of at most MAX_LEAF_SIZE bytecodes that does nothing but compute from its arguments (no loops
 * but counted ones, no allocation, handlers or frame-visible state, no calls but to other leaves), as a
 * plain JS function without a frame, which callers call directly and V8 may inline; null if `m` is not
 * such a method (nor a recursive one: a method is not a leaf while it is being examined).
 * Deoptimization never needs its frame: nothing inside it can block or be preempted. Nor do stack
 * traces, but of an exception it throws itself, which R.leafThrow makes with a frame of the leaf on top
 * of its caller's (whose pc the caller publishes: leafThrows).
 */
export function leafFunction(thread: JavaThread, m: JMethod): LeafFunction | null {
  if (m.leaf !== undefined) return m.leaf;
  m.leaf = null;
  const code = m.code;
  if (code === null || m.isNative || (m.flags & 0x20) !== 0 || m.signaturePolymorphic) return null;
  if (code.length > MAX_LEAF_SIZE) return null;
  for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) {
    if (!isLeafInstruction(code, pc)) return null;
  }
  // After the scan: the exception table is parsed from the class file on first use.
  if (m.exceptionTable.length > 0) return null;
  if (!callsOnlyLeaves(thread, m)) return null;
  const em = generateSource(thread, m, -1, true);
  if (em === null) return null;
  const source = em.out.join('\n');
  const body = source.substring(source.indexOf('{'));
  if (NOT_IN_LEAF.test(body)) return null;
  m.leafThrows = body.includes('R.leafThrow(');
  m.leaf = instantiate<LeafFunction>(em);
  return m.leaf;
}

/**
 * Whether each call in `m` can be one a leaf makes: of a leaf that can't throw, or of a Math method that
 * translates to a JS expression. A would-be leaf is most often rejected for a call; this finds that before
 * its code is generated (in the Strings benchmark, 119 of 178 candidates, ~12 ms of translating).
 * Resolution errors make it no leaf, as generating it would.
 */
function callsOnlyLeaves(thread: JavaThread, m: JMethod): boolean {
  const code = m.code!;
  for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) {
    const op = code[pc];
    if (op < 0xb6 || op > 0xb9) continue;
    try {
      const resolved = resolveMethodRef(thread, m.cls, u2(code, pc + 1), op);
      if (op === 0xb8 && !resolved.signaturePolymorphic && inlineIntrinsic(resolved) !== undefined) continue;
      const callee = leafCallee(thread, m.cls, op, resolved);
      if (callee === null || callee.leafThrows) return false;
    } catch (e) {
      if (e instanceof JavaObject || e instanceof NotTranslatable) return false;
      throw e;
    }
  }
  return true;
}

/**
 * The leaf that an invoke instruction of `cls` calls when it has one possible target and that is a leaf:
 * invokestatic of a method of an initialized class (a leaf can't initialize one), or invokevirtual,
 * invokespecial or invokeinterface of a method no class can override.
 */
function leafCallee(thread: JavaThread, cls: JavaClass, op: number, resolved: JMethod): JMethod | null {
  if (op === 0xb8) {
    const initialized = resolved.isStatic && resolved.cls.state === ClassState.Initialized;
    return initialized && leafFunction(thread, resolved) !== null ? resolved : null;
  }
  if (resolved.signaturePolymorphic || resolved.isStatic) return null;
  const target = op === 0xb7 ? selectSpecial(cls, resolved) : resolved;
  if (!isMonomorphicCall(op, target) || target.isAbstract) return null;
  return leafFunction(thread, target) !== null ? target : null;
}

/** Does the method store into local 0 (xstore 0, xstore_0, iinc 0, or their wide forms)? */
function storesLocalZero(code: Uint8Array, pcs: readonly number[]): boolean {
  return pcs.some((pc) => localStoredAt(code, pc) === 0);
}

/** A value kind that has a JS variable (`x` and `T` slots have none). */
type VarKind = 'i' | 'd' | 'a';

/**
 * java.lang.Math / StrictMath methods whose JS counterpart gives bit-identical results (IEEE 754
 * operations both languages define exactly): translated as the JS expression instead of a call.
 */
const MATH_INTRINSICS: Readonly<Record<string, (a: string[]) => string>> = {
  'sqrt(D)D': (a) => `Math.sqrt(${a[0]})`,
  'abs(D)D': (a) => `Math.abs(${a[0]})`,
  'abs(F)F': (a) => `Math.abs(${a[0]})`,
  'abs(I)I': (a) => `(Math.abs(${a[0]}) | 0)`,
  'floor(D)D': (a) => `Math.floor(${a[0]})`,
  'ceil(D)D': (a) => `Math.ceil(${a[0]})`,
  // Java's min/max return NaN if either is NaN and order -0.0 below 0.0, as JS's do.
  'min(II)I': (a) => `Math.min(${a[0]}, ${a[1]})`,
  'max(II)I': (a) => `Math.max(${a[0]}, ${a[1]})`,
  'min(DD)D': (a) => `Math.min(${a[0]}, ${a[1]})`,
  'max(DD)D': (a) => `Math.max(${a[0]}, ${a[1]})`,
  'min(FF)F': (a) => `Math.min(${a[0]}, ${a[1]})`,
  'max(FF)F': (a) => `Math.max(${a[0]}, ${a[1]})`,
};

/**
 * Integer and Long bit counts that JS computes exactly with Math.clz32 (HotSpot's lzcnt/tzcnt intrinsics).
 * A long argument is its two words, low first. The arguments are variables, so they may appear twice.
 */
const BIT_INTRINSICS: Readonly<Record<string, (a: string[]) => string>> = {
  'java/lang/Integer.numberOfLeadingZeros(I)I': (a) => `Math.clz32(${a[0]})`,
  'java/lang/Integer.numberOfTrailingZeros(I)I': (a) =>
    `(${a[0]} === 0 ? 32 : 31 - Math.clz32(${a[0]} & -${a[0]}))`,
  'java/lang/Long.numberOfLeadingZeros(J)I': (a) =>
    `(${a[1]} !== 0 ? Math.clz32(${a[1]}) : 32 + Math.clz32(${a[0]}))`,
  'java/lang/Long.numberOfTrailingZeros(J)I': (a) =>
    `(${a[0]} !== 0 ? 31 - Math.clz32(${a[0]} & -${a[0]}) : ${a[1]} !== 0 ? 63 - Math.clz32(${a[1]} & -${a[1]}) : 64)`,
};

function inlineIntrinsic(target: JMethod): ((a: string[]) => string) | undefined {
  const owner = target.cls.name;
  if (owner === 'java/lang/Integer' || owner === 'java/lang/Long') {
    return BIT_INTRINSICS[`${owner}.${target.key}`];
  }
  if (owner !== 'java/lang/Math' && owner !== 'java/lang/StrictMath') return undefined;
  return MATH_INTRINSICS[target.key];
}

/** System.arraycopy, called without the native call's argument array and trampolines. */
function isArraycopy(target: JMethod): boolean {
  return (
    target.cls.name === 'java/lang/System' &&
    target.key === 'arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V'
  );
}

/**
 * lshl/lshr/lushr of the long in variables lo, hi by a known count n (0..63), in place: the shift helpers
 * of src/runtime/long.ts with the count's branches decided here.
 */
function longShiftByConstant(op: number, n: number, lo: string, hi: string): string {
  if (n === 0) return '';
  if (op === 0x79) {
    return n < 32
      ? `${hi} = (${hi} << ${n}) | (${lo} >>> ${32 - n}); ${lo} = ${lo} << ${n};`
      : `${hi} = ${lo} << ${n - 32}; ${lo} = 0;`;
  }
  if (op === 0x7b) {
    return n < 32
      ? `${lo} = (${lo} >>> ${n}) | (${hi} << ${32 - n}); ${hi} = ${hi} >> ${n};`
      : `${lo} = ${hi} >> ${n - 32}; ${hi} = ${hi} >> 31;`;
  }
  return n < 32
    ? `${lo} = (${lo} >>> ${n}) | (${hi} << ${32 - n}); ${hi} = (${hi} >>> ${n}) | 0;`
    : `${lo} = (${hi} >>> ${n - 32}) | 0; ${hi} = 0;`;
}

/**
 * lshl/lshr/lushr of the long in variables lo, hi by the count in variable n (already masked to 0..63), in
 * place: the shift helpers of src/runtime/long.ts written out. A count of 0 changes nothing (JS would
 * shift by 32 - 0 = 32 as by 0).
 */
function longShiftByVariable(op: number, n: string, lo: string, hi: string): string {
  if (op === 0x79) {
    return (
      `if (${n} >= 32) { ${hi} = ${lo} << (${n} - 32); ${lo} = 0; } ` +
      `else if (${n} !== 0) { ${hi} = (${hi} << ${n}) | (${lo} >>> (32 - ${n})); ${lo} = ${lo} << ${n}; }`
    );
  }
  if (op === 0x7b) {
    return (
      `if (${n} >= 32) { ${lo} = ${hi} >> (${n} - 32); ${hi} = ${hi} >> 31; } ` +
      `else if (${n} !== 0) { ${lo} = (${lo} >>> ${n}) | (${hi} << (32 - ${n})); ${hi} = ${hi} >> ${n}; }`
    );
  }
  return (
    `if (${n} >= 32) { ${lo} = (${hi} >>> (${n} - 32)) | 0; ${hi} = 0; } ` +
    `else if (${n} !== 0) { ${lo} = (${lo} >>> ${n}) | (${hi} << (32 - ${n})); ${hi} = (${hi} >>> ${n}) | 0; }`
  );
}

/**
 * The test that the non-null reference `x` is an instance of class `c` (the constant `C`), as checkcast
 * and instanceof make it (JVMS §6.5): identity for a final class, the superclass display for another
 * class, the class's secondary super cache and then the runtime's general test for an interface, the
 * general test for an array type.
 */
function isInstanceTest(x: string, c: JavaClass, C: string): string {
  if (c.componentType === null && !c.isInterface && c.superDisplay.length > 0) {
    if ((c.flags & ACC_FINAL) !== 0) return `${x}.$cls === ${C}`;
    return `${x}.$cls.superDisplay[${c.superDisplay.length - 1}] === ${C}`;
  }
  if (c.componentType === null) {
    return `${x}.$cls === ${C} || ${x}.$cls.secondarySuper === ${C} || R.assignable(${x}.$cls, ${C})`;
  }
  return `${x}.$cls === ${C} || R.assignable(${x}.$cls, ${C})`;
}

/** Calls of the runtime's throwing helpers in emitted code (their arguments hold no `;`). */
const THROWING_HELPER = /(R\.(?:npe|aioobe|div0|cce|ase)\([^;]*\));/g;
/**
 * The same, as helper name and the arguments after `thread`: a leaf passes them to R.leafThrow rather
 * than wrapping the call in a closure, which would put the variables it reads in a context V8 allocates
 * on every call.
 */
const THROWING_HELPER_ARGS = /R\.(npe|aioobe|div0|cce|ase)\(thread((?:, [^;]*)?)\);/g;

/**
 * Generates the function's source into `em`. With `osrEntry` < 0 it is the method's ordinary entry; else
 * it is an on-stack-replacement variant that starts an interpreter frame's execution at that loop header.
 * False when `leaf` and the method turned out not to be one.
 */
function generate(
  thread: JavaThread,
  m: JMethod,
  shape: MethodShape,
  em: Emitter,
  osrEntry: number,
  leaf = false,
): boolean {
  const code = m.code!;
  const cls = m.cls;
  const cf = cls.classFile!;
  const cp = cf.constantPool;
  const maxLocals = m.maxLocals;
  const M = em.k(m);
  const paramKinds = (m.isStatic ? '' : 'a') + parameterKinds(m.descriptor);
  const flow = inferKinds(m, paramKinds);
  const params: string[] = [];
  for (let i = 0; i < m.argSlots; i++) params.push(`p${i}`);
  // Every JS variable the body uses, with its initial value: one per (slot, kind) pair.
  const vars = new Map<string, string>();
  const v = (name: string, kind: VarKind): string => {
    vars.set(name, kind === 'a' ? 'null' : '0');
    return name;
  };
  const local = (n: number, kind: VarKind): string => v(`l${n}${kind}`, kind);
  const out = (i: number, kind: VarKind): string => v(`s${i}${kind}`, kind);
  // Stack depth before each instruction and, for invokes, the slots the callee's frame takes over.
  const depth = new Int32Array(code.length).fill(-1);
  flow.stack.forEach((kinds, pc) => {
    if (kinds !== undefined) depth[pc] = kinds.length;
  });
  const depthTable = em.k(depth);
  const argsTable = new Int32Array(code.length);
  // pcs where the frame's pc is published (fr.pc): where a BLOCK can unwind it, so deoptimization
  // needs the slots' variables there.
  const publishedPcs = new Set<number>();
  // A synchronized method releases its monitor (the frame's, also for an interpreter frame taken over by
  // on-stack replacement) whenever it leaves, by return or by exception.
  const synchronizedMethod = (m.flags & 0x20) !== 0;
  const leave = leaf
    ? ''
    : synchronizedMethod
      ? 'R.mexit(thread, fr.lockedObject); thread.frame = fr.parent;'
      : 'thread.frame = fr.parent;';

  // Code per basic block, branches left as { to } for structure.ts to place.
  const blocks = new Map<number, Block>();
  let lines: Line[] = [];
  let blockStart = -1;
  const endBlock = (end: number, fallsThrough: boolean): void => {
    if (blockStart < 0) return;
    if (fallsThrough) lines.push({ to: end });
    const successors = lines.filter((l): l is { to: number } => typeof l !== 'string').map((l) => l.to);
    blocks.set(blockStart, { start: blockStart, end, lines, successors });
    blockStart = -1;
  };
  // Instructions that can only throw (not block) publish their pc on the throwing path alone: a store to
  // fr.pc on every array access or field read would cost more than the access in a hot loop.
  let throwPc = -1;
  const pcOnThrow = (pc: number): void => {
    throwPc = pc;
  };
  // A would-be leaf stops at its first instruction that needs more than a leaf may use (leafFunction
  // checks the whole body again): most candidates a program's translations examine are not leaves
  // (~75% in the Strings benchmark), and generating and structuring the rest of them was wasted. The
  // loop below returns on this flag rather than E throwing: V8 finds the handler for an exception
  // thrown through this function's baseline frame by scanning its code, which is large.
  let notLeaf = false;
  const E = (line: string): void => {
    if (leaf) {
      const code =
        throwPc < 0
          ? line
          : line.replace(THROWING_HELPER_ARGS, `R.leafThrow(thread, ${M}, ${throwPc}, R.$1$2);`);
      if (NOT_IN_LEAF.test(code)) notLeaf = true;
      lines.push(code);
    } else if (throwPc < 0) lines.push(line);
    else lines.push(line.replace(THROWING_HELPER, `{ fr.pc = ${throwPc}; $1; }`));
  };
  const setPc = (pc: number): void => {
    publishedPcs.add(pc);
    E(`fr.pc = ${pc};`);
  };
  /**
   * JVMS §5.5: `c` is initialized before the instruction at pc runs; while it isn't yet at translation, the
   * code checks each time (publishing pc first, unless pc < 0: the caller has). `ref` is `c` in the code.
   */
  const initializeFirst = (c: JavaClass, pc: number, ref?: string): void => {
    if (c.state === ClassState.Initialized) return;
    if (pc >= 0) setPc(pc);
    const C = ref ?? em.k(c);
    E(`if (${C}.state !== ${ClassState.Initialized}) R.init(thread, ${C});`);
  };
  // Budget checks (preemption points) are at loop back-edges and at method entry (see R.tick).
  if (osrEntry < 0) publishedPcs.add(0);
  const backEdgeBudget = (pc: number): void => {
    publishedPcs.add(pc);
    E(`$tick(thread, fr, ${pc});`);
  };
  // Calls translated into code that can't block or be preempted (intrinsics, leaves, arraycopy): a
  // counted loop may make them and still do without a budget check.
  const callFreePcs = new Set<number>();
  let countedLoops: CountedLoops | null = null;
  const jump = (pc: number, target: number): void => {
    if (target <= pc) {
      countedLoops ??= new CountedLoops(
        code,
        shape.pcs,
        m.exceptionTable.map((h) => h.handlerPc),
        (p) => callFreePcs.has(p),
        (index) => {
          const e = cp.get(index);
          return e !== null && e.tag === CpTag.Integer ? e.value : null;
        },
      );
      if (!countedLoops.isCounted(pc, target)) backEdgeBudget(pc);
    }
    lines.push({ to: target });
  };

  // `this` stays in local 0 of an instance method that never stores there: a field access right after
  // aload_0 needs no null check (the invoke checked the receiver).
  const thisIsFixed = !m.isStatic && !storesLocalZero(code, shape.pcs);
  let previousOp = -1;
  let previousOp2 = -1;
  let previousPc = -1;
  for (const pc of shape.pcs) {
    const d = depth[pc];
    const kinds = flow.stack[pc];
    if (shape.leaders.has(pc) || kinds === undefined) endBlock(pc, previousOp >= 0 && !endsBlock(previousOp));
    const prior = shape.leaders.has(pc) ? -1 : previousOp;
    const priorPc = prior < 0 ? -1 : previousPc;
    // The instruction before the prior one, in the same block (-1 if none).
    const prior2 = prior < 0 || shape.leaders.has(priorPc) ? -1 : previousOp2;
    previousOp2 = prior;
    previousOp = -1;
    previousPc = pc;
    if (d < 0 || kinds === undefined) continue; // unreachable
    if (blockStart < 0) {
      blockStart = pc;
      lines = [];
    }
    previousOp = code[pc];
    throwPc = -1;
    /** The variable of stack slot i before this instruction. */
    const S = (i: number): string => {
      const k = kinds[i];
      if (k !== 'i' && k !== 'd' && k !== 'a')
        throw new NotTranslatable(`no value in stack slot ${i} at ${pc}`);
      return v(`s${i}${k}`, k);
    };
    const top = (): string => S(d - 1);
    const op = code[pc];
    switch (op) {
      case 0x00:
        break;
      case 0x01:
        E(`${out(d, 'a')} = null;`);
        break;
      case 0x02:
      case 0x03:
      case 0x04:
      case 0x05:
      case 0x06:
      case 0x07:
      case 0x08:
        E(`${out(d, 'i')} = ${op - 3};`);
        break;
      case 0x09:
      case 0x0a:
        E(`${out(d, 'i')} = ${op - 9}; ${out(d + 1, 'i')} = 0;`);
        break;
      case 0x0b:
      case 0x0c:
      case 0x0d:
        E(`${out(d, 'd')} = ${op - 0x0b};`);
        break;
      case 0x0e:
      case 0x0f:
        E(`${out(d, 'd')} = ${op - 0x0e};`);
        break;
      case 0x10:
        E(`${out(d, 'i')} = ${(code[pc + 1] << 24) >> 24};`);
        break;
      case 0x11:
        E(`${out(d, 'i')} = ${s2(code, pc + 1)};`);
        break;
      case 0x12:
      case 0x13:
      case 0x14: {
        const idx = op === 0x12 ? code[pc + 1] : u2(code, pc + 1);
        const e = cp.get(idx) as CpEntry;
        switch (e.tag) {
          case CpTag.Integer:
            E(`${out(d, 'i')} = ${lit(e.value)};`);
            break;
          case CpTag.Float:
          case CpTag.Double:
            E(`${out(d, 'd')} = ${lit(e.value)};`);
            break;
          case CpTag.Long:
            E(`${out(d, 'i')} = ${e.lo}; ${out(d + 1, 'i')} = ${e.hi};`);
            break;
          case CpTag.String:
            E(`${out(d, 'a')} = ${em.k(thread.vm.intern(e.value))};`);
            break;
          case CpTag.Dynamic:
            throw new NotTranslatable('condy');
          default:
            setPc(pc);
            E(`${out(d, 'a')} = R.ldc(thread, ${em.k(cls)}, ${idx});`);
        }
        break;
      }
      case 0x15:
      case 0x17:
      case 0x19:
      case 0x16:
      case 0x18: {
        const n = code[pc + 1];
        const k = op === 0x15 || op === 0x16 ? 'i' : op === 0x19 ? 'a' : 'd';
        E(`${out(d, k)} = ${local(n, k)};`);
        if (op === 0x16) E(`${out(d + 1, 'i')} = ${local(n + 1, 'i')};`);
        break;
      }
      case 0x1a:
      case 0x1b:
      case 0x1c:
      case 0x1d:
        E(`${out(d, 'i')} = ${local(op - 0x1a, 'i')};`);
        break;
      case 0x1e:
      case 0x1f:
      case 0x20:
      case 0x21:
        E(`${out(d, 'i')} = ${local(op - 0x1e, 'i')}; ${out(d + 1, 'i')} = ${local(op - 0x1e + 1, 'i')};`);
        break;
      case 0x22:
      case 0x23:
      case 0x24:
      case 0x25:
        E(`${out(d, 'd')} = ${local(op - 0x22, 'd')};`);
        break;
      case 0x26:
      case 0x27:
      case 0x28:
      case 0x29:
        E(`${out(d, 'd')} = ${local(op - 0x26, 'd')};`);
        break;
      case 0x2a:
      case 0x2b:
      case 0x2c:
      case 0x2d:
        E(`${out(d, 'a')} = ${local(op - 0x2a, 'a')};`);
        break;
      case 0x2e:
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35: {
        pcOnThrow(pc);
        const a = S(d - 2);
        const i = S(d - 1);
        const k: VarKind = op === 0x30 || op === 0x31 ? 'd' : op === 0x32 ? 'a' : 'i';
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${out(d - 2, k)} = ${a}[${i}];`,
        );
        break;
      }
      case 0x2f: {
        pcOnThrow(pc);
        const a = S(d - 2);
        const i = S(d - 1);
        // The index variable is also the result's high word: read both words before writing it.
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length >> 1) R.aioobe(thread, ${i}, ${a}.length >> 1); ${out(d - 2, 'i')} = ${a}[2 * ${i}]; ${out(d - 1, 'i')} = ${a}[2 * ${i} + 1];`,
        );
        break;
      }
      case 0x36:
      case 0x38:
      case 0x3a: {
        const k = op === 0x36 ? 'i' : op === 0x38 ? 'd' : 'a';
        E(`${local(code[pc + 1], k)} = ${top()};`);
        break;
      }
      case 0x37:
        E(`${local(code[pc + 1], 'i')} = ${S(d - 2)}; ${local(code[pc + 1] + 1, 'i')} = ${top()};`);
        break;
      case 0x39:
        E(`${local(code[pc + 1], 'd')} = ${S(d - 2)};`);
        break;
      case 0x3b:
      case 0x3c:
      case 0x3d:
      case 0x3e:
        E(`${local(op - 0x3b, 'i')} = ${top()};`);
        break;
      case 0x3f:
      case 0x40:
      case 0x41:
      case 0x42:
        E(`${local(op - 0x3f, 'i')} = ${S(d - 2)}; ${local(op - 0x3f + 1, 'i')} = ${top()};`);
        break;
      case 0x43:
      case 0x44:
      case 0x45:
      case 0x46:
        E(`${local(op - 0x43, 'd')} = ${top()};`);
        break;
      case 0x47:
      case 0x48:
      case 0x49:
      case 0x4a:
        E(`${local(op - 0x47, 'd')} = ${S(d - 2)};`);
        break;
      case 0x4b:
      case 0x4c:
      case 0x4d:
      case 0x4e:
        E(`${local(op - 0x4b, 'a')} = ${top()};`);
        break;
      case 0x4f:
      case 0x51:
      case 0x54:
      case 0x55:
      case 0x56: {
        pcOnThrow(pc);
        const a = S(d - 3);
        const i = S(d - 2);
        const x = top();
        // bastore serves byte and boolean arrays; a boolean array keeps the value's low bit (JVMS §6.5
        // bastore), which a constant 0 or 1 (`composite[i] = true`) already is.
        const constant = op === 0x54 ? constantPushedAt(code, priorPc) : null;
        const val =
          op === 0x54 && constant !== 0 && constant !== 1
            ? `(${a}.$cls.primitive === 'Z' ? ${x} & 1 : ${x})`
            : x;
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${a}[${i}] = ${val};`,
        );
        break;
      }
      case 0x50: {
        pcOnThrow(pc);
        const a = S(d - 4);
        const i = S(d - 3);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length >> 1) R.aioobe(thread, ${i}, ${a}.length >> 1); ${a}[2 * ${i}] = ${S(d - 2)}; ${a}[2 * ${i} + 1] = ${top()};`,
        );
        break;
      }
      case 0x52: {
        pcOnThrow(pc);
        const a = S(d - 4);
        const i = S(d - 3);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${a}[${i}] = ${S(d - 2)};`,
        );
        break;
      }
      case 0x53: {
        pcOnThrow(pc);
        const a = S(d - 3);
        const i = S(d - 2);
        const x = top();
        // Object[] (ArrayList's and the sorts' arrays) takes any reference: no call for the store check.
        const OBJECT = em.k(thread.vm.objectClass);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); if (${x} !== null && ${x}.$cls !== ${a}.$cls.componentType && ${a}.$cls.componentType !== ${OBJECT} && !R.assignable(${x}.$cls, ${a}.$cls.componentType)) R.ase(thread, ${x}); ${a}[${i}] = ${x};`,
        );
        break;
      }
      case 0x57:
      case 0x58:
        break;
      case 0x59:
      case 0x5a:
      case 0x5b:
      case 0x5c:
      case 0x5d:
      case 0x5e:
      case 0x5f: {
        // Read every moved value into a temporary first: outputs overlap inputs.
        const { pop, out: order } = STACK_SHUFFLES[op];
        const base = d - pop;
        const temps: string[] = [];
        const reads: string[] = [];
        for (let j = 0; j < pop; j++) {
          const k = kinds[base + j];
          if (k === 'x') {
            temps.push('');
            continue;
          }
          const tmp = v(`u${j}${k}`, k as VarKind);
          temps.push(tmp);
          reads.push(`${tmp} = ${S(base + j)};`);
        }
        const writes: string[] = [];
        order.forEach((j, pos) => {
          const k = kinds[base + j];
          if (k !== 'x') writes.push(`${out(base + pos, k as VarKind)} = ${temps[j]};`);
        });
        E([...reads, ...writes].join(' '));
        break;
      }
      case 0x60:
        E(`${out(d - 2, 'i')} = (${S(d - 2)} + ${top()}) | 0;`);
        break;
      case 0x64:
        E(`${out(d - 2, 'i')} = (${S(d - 2)} - ${top()}) | 0;`);
        break;
      case 0x68:
        E(`${out(d - 2, 'i')} = R.imul(${S(d - 2)}, ${top()});`);
        break;
      case 0x6c:
        pcOnThrow(pc);
        E(`if (${top()} === 0) R.div0(thread); ${out(d - 2, 'i')} = (${S(d - 2)} / ${top()}) | 0;`);
        break;
      case 0x70:
        pcOnThrow(pc);
        E(`if (${top()} === 0) R.div0(thread); ${out(d - 2, 'i')} = (${S(d - 2)} % ${top()}) | 0;`);
        break;
      case 0x74:
        E(`${out(d - 1, 'i')} = -${top()} | 0;`);
        break;
      case 0x78:
        E(`${out(d - 2, 'i')} = ${S(d - 2)} << ${top()};`);
        break;
      case 0x7a:
        E(`${out(d - 2, 'i')} = ${S(d - 2)} >> ${top()};`);
        break;
      case 0x7c:
        E(`${out(d - 2, 'i')} = (${S(d - 2)} >>> ${top()}) | 0;`);
        break;
      case 0x7e:
        E(`${out(d - 2, 'i')} = ${S(d - 2)} & ${top()};`);
        break;
      case 0x80:
        E(`${out(d - 2, 'i')} = ${S(d - 2)} | ${top()};`);
        break;
      case 0x82:
        E(`${out(d - 2, 'i')} = ${S(d - 2)} ^ ${top()};`);
        break;
      case 0x61:
      case 0x65: {
        // Inline: V8 would not inline the helpers once a large method has spent its inlining budget.
        const [alo, ahi, blo, bhi] = [S(d - 4), S(d - 3), S(d - 2), top()];
        const t = v('lt', 'i');
        const carry =
          op === 0x61 ? `+ (${t} >>> 0 < ${alo} >>> 0 ? 1 : 0)` : `- (${alo} >>> 0 < ${blo} >>> 0 ? 1 : 0)`;
        const sign = op === 0x61 ? '+' : '-';
        E(
          `${t} = (${alo} ${sign} ${blo}) | 0; ${out(d - 3, 'i')} = (${ahi} ${sign} ${bhi} ${carry}) | 0; ${out(d - 4, 'i')} = ${t};`,
        );
        break;
      }
      case 0x69: {
        // Inline, as runtime/long.ts lmul computes it (16-bit limbs for the unsigned high word of the low
        // words' product): a large method has often spent V8's inlining budget, and the call then cost ~4x
        // the multiply, ~20% more even inlined (a loop of multiplies, measured).
        const [alo, ahi, blo, bhi] = [S(d - 4), S(d - 3), S(d - 2), top()];
        const [a0, a1, b0, b1, p01, p10, hi] = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((n) =>
          v(n, 'i'),
        );
        E(
          `${a0} = ${alo} & 0xffff; ${a1} = ${alo} >>> 16; ${b0} = ${blo} & 0xffff; ${b1} = ${blo} >>> 16; ` +
            `${p01} = ${a0} * ${b1}; ${p10} = ${a1} * ${b0};`,
        );
        E(
          `${hi} = (${a1} * ${b1} + (${p01} >>> 16) + (${p10} >>> 16) + ` +
            `((((${a0} * ${b0}) >>> 16) + (${p01} & 0xffff) + (${p10} & 0xffff)) >>> 16) + ` +
            `Math.imul(${ahi}, ${blo}) + Math.imul(${alo}, ${bhi})) | 0;`,
        );
        E(`${out(d - 4, 'i')} = Math.imul(${alo}, ${blo}); ${out(d - 3, 'i')} = ${hi};`);
        break;
      }
      case 0x6d:
      case 0x71: {
        const fn = op === 0x6d ? '$ldiv' : '$lrem';
        const [alo, ahi, blo, bhi] = [S(d - 4), S(d - 3), S(d - 2), top()];
        pcOnThrow(pc);
        E(`if (${blo} === 0 && ${bhi} === 0) R.div0(thread);`);
        // Both operands in int range (an int widened to long, a small count): int32 division inline, as
        // ldiv/lrem begin; MIN_VALUE / -1 leaves int range and takes the helper.
        const q = v('m0', 'i');
        const intRange = `${ahi} === ${alo} >> 31 && ${bhi} === ${blo} >> 31${op === 0x6d ? ` && ${blo} !== -1` : ''}`;
        E(
          `if (${intRange}) { ${q} = (${alo} ${op === 0x6d ? '/' : '%'} ${blo}) | 0; ` +
            `${out(d - 4, 'i')} = ${q}; ${out(d - 3, 'i')} = ${q} >> 31; } ` +
            `else { ${out(d - 4, 'i')} = ${fn}(${alo}, ${ahi}, ${blo}, ${bhi}); ${out(d - 3, 'i')} = L.hi; }`,
        );
        break;
      }
      case 0x7f:
        E(`${S(d - 4)} &= ${S(d - 2)}; ${S(d - 3)} &= ${top()};`);
        break;
      case 0x81:
        E(`${S(d - 4)} |= ${S(d - 2)}; ${S(d - 3)} |= ${top()};`);
        break;
      case 0x83:
        E(`${S(d - 4)} ^= ${S(d - 2)}; ${S(d - 3)} ^= ${top()};`);
        break;
      case 0x75:
        E(`${out(d - 2, 'i')} = $lsub(0, 0, ${S(d - 2)}, ${top()}); ${out(d - 1, 'i')} = L.hi;`);
        break;
      case 0x79:
      case 0x7b:
      case 0x7d: {
        const n = constantPushedAt(code, priorPc);
        if (n !== null) {
          E(longShiftByConstant(op, n & 63, out(d - 3, 'i'), out(d - 2, 'i')));
          break;
        }
        // By a variable count: inline as well (the helpers' branches written out), for the same reason as
        // lmul below.
        const count = v('m0', 'i');
        E(`${count} = ${top()} & 63;`);
        E(longShiftByVariable(op, count, out(d - 3, 'i'), out(d - 2, 'i')));
        break;
      }
      case 0x62:
        E(`${out(d - 2, 'd')} = fround(${S(d - 2)} + ${top()});`);
        break;
      case 0x66:
        E(`${out(d - 2, 'd')} = fround(${S(d - 2)} - ${top()});`);
        break;
      case 0x6a:
        E(`${out(d - 2, 'd')} = fround(${S(d - 2)} * ${top()});`);
        break;
      case 0x6e:
        E(`${out(d - 2, 'd')} = fround(${S(d - 2)} / ${top()});`);
        break;
      case 0x72:
        E(`${out(d - 2, 'd')} = fround(${S(d - 2)} % ${top()});`);
        break;
      case 0x76:
        E(`${out(d - 1, 'd')} = -${top()};`);
        break;
      case 0x63:
        E(`${out(d - 4, 'd')} = ${S(d - 4)} + ${S(d - 2)};`);
        break;
      case 0x67:
        E(`${out(d - 4, 'd')} = ${S(d - 4)} - ${S(d - 2)};`);
        break;
      case 0x6b:
        E(`${out(d - 4, 'd')} = ${S(d - 4)} * ${S(d - 2)};`);
        break;
      case 0x6f:
        E(`${out(d - 4, 'd')} = ${S(d - 4)} / ${S(d - 2)};`);
        break;
      case 0x73:
        E(`${out(d - 4, 'd')} = ${S(d - 4)} % ${S(d - 2)};`);
        break;
      case 0x77:
        E(`${out(d - 2, 'd')} = -${S(d - 2)};`);
        break;
      case 0x84:
        E(`${local(code[pc + 1], 'i')} = (${local(code[pc + 1], 'i')} + ${(code[pc + 2] << 24) >> 24}) | 0;`);
        break;
      case 0x85:
        E(`${out(d, 'i')} = ${top()} >> 31;`);
        break;
      case 0x86:
        E(`${out(d - 1, 'd')} = fround(${top()});`);
        break;
      case 0x87:
        E(`${out(d - 1, 'd')} = ${top()};`);
        break;
      case 0x8d:
      case 0x88:
        // f2d and l2i leave the value where it is, in a variable of the right kind.
        break;
      case 0x89:
        E(`${out(d - 2, 'd')} = $l2f(${S(d - 2)}, ${top()});`);
        break;
      case 0x8a:
        // As long.l2d: hi * 2^32 is exact, so the one addition rounds correctly.
        E(`${out(d - 2, 'd')} = ${top()} * 4294967296 + (${S(d - 2)} >>> 0);`);
        break;
      case 0x8b:
        E(`${out(d - 1, 'i')} = ${doubleToInt(top())};`);
        break;
      case 0x8c:
        E(`${out(d - 1, 'i')} = $f2l(${top()}); ${out(d, 'i')} = L.hi;`);
        break;
      case 0x8e:
        E(`${out(d - 2, 'i')} = ${doubleToInt(S(d - 2))};`);
        break;
      case 0x8f:
        E(`${out(d - 2, 'i')} = $d2l(${S(d - 2)}); ${out(d - 1, 'i')} = L.hi;`);
        break;
      case 0x90:
        E(`${out(d - 2, 'd')} = fround(${S(d - 2)});`);
        break;
      case 0x91:
        E(`${out(d - 1, 'i')} = (${top()} << 24) >> 24;`);
        break;
      case 0x92:
        E(`${out(d - 1, 'i')} = ${top()} & 0xffff;`);
        break;
      case 0x93:
        E(`${out(d - 1, 'i')} = (${top()} << 16) >> 16;`);
        break;
      case 0x94: {
        const [alo, ahi, blo, bhi] = [S(d - 4), S(d - 3), S(d - 2), top()];
        E(
          `${out(d - 4, 'i')} = ${ahi} !== ${bhi} ? (${ahi} < ${bhi} ? -1 : 1) : ${alo} === ${blo} ? 0 : ${alo} >>> 0 < ${blo} >>> 0 ? -1 : 1;`,
        );
        break;
      }
      case 0x95:
        E(`${out(d - 2, 'i')} = ${compareDoubles(S(d - 2), top(), -1)};`);
        break;
      case 0x96:
        E(`${out(d - 2, 'i')} = ${compareDoubles(S(d - 2), top(), 1)};`);
        break;
      case 0x97:
        E(`${out(d - 4, 'i')} = ${compareDoubles(S(d - 4), S(d - 2), -1)};`);
        break;
      case 0x98:
        E(`${out(d - 4, 'i')} = ${compareDoubles(S(d - 4), S(d - 2), 1)};`);
        break;
      case 0x99:
      case 0x9a:
      case 0x9b:
      case 0x9c:
      case 0x9d:
      case 0x9e: {
        const rel = ['===', '!==', '<', '>=', '>', '<='][op - 0x99];
        E(`if (${top()} ${rel} 0) {`);
        jump(pc, pc + s2(code, pc + 1));
        E(`}`);
        break;
      }
      case 0x9f:
      case 0xa0:
      case 0xa1:
      case 0xa2:
      case 0xa3:
      case 0xa4:
      case 0xa5:
      case 0xa6: {
        const rel = ['===', '!==', '<', '>=', '>', '<=', '===', '!=='][op - 0x9f];
        E(`if (${S(d - 2)} ${rel} ${top()}) {`);
        jump(pc, pc + s2(code, pc + 1));
        E(`}`);
        break;
      }
      case 0xc6:
      case 0xc7:
        E(`if (${top()} ${op === 0xc6 ? '===' : '!=='} null) {`);
        jump(pc, pc + s2(code, pc + 1));
        E(`}`);
        break;
      case 0xa7:
        jump(pc, pc + s2(code, pc + 1));
        break;
      case 0xc8:
        jump(pc, pc + s4(code, pc + 1));
        break;
      case 0xaa: {
        const p = (pc + 4) & ~3;
        const def = pc + s4(code, p);
        const low = s4(code, p + 4);
        const high = s4(code, p + 8);
        const targets: number[] = [];
        for (let i = 0; i <= high - low; i++) targets.push(pc + s4(code, p + 12 + 4 * i));
        if ([def, ...targets].some((x) => x <= pc)) backEdgeBudget(pc);
        E(`switch (${top()}) {`);
        targets.forEach((target, i) => {
          E(`case ${low + i}:`);
          lines.push({ to: target });
        });
        E(`default:`);
        lines.push({ to: def });
        E(`}`);
        break;
      }
      case 0xab: {
        const targets = branchTargets(code, pc);
        if (targets.some((x) => x <= pc)) backEdgeBudget(pc);
        const p = (pc + 4) & ~3;
        const n = s4(code, p + 4);
        E(`switch (${top()}) {`);
        for (let i = 0; i < n; i++) {
          E(`case ${s4(code, p + 8 + 8 * i)}:`);
          lines.push({ to: pc + s4(code, p + 8 + 8 * i + 4) });
        }
        E(`default:`);
        lines.push({ to: pc + s4(code, p) });
        E(`}`);
        break;
      }
      case 0xac:
      case 0xae:
      case 0xb0:
        E(`${leave} return ${top()};`);
        break;
      case 0xad:
        E(`L.hi = ${top()}; ${leave} return ${S(d - 2)};`);
        break;
      case 0xaf:
        E(`${leave} return ${S(d - 2)};`);
        break;
      case 0xb1:
        E(`${leave} return undefined;`);
        break;
      case 0xb2:
      case 0xb3: {
        const f = resolveFieldRef(thread, cls, u2(code, pc + 1));
        if (!f.isStatic) throw new NotTranslatable('static access to instance field');
        if (op === 0xb3 && (f.flags & 0x10) !== 0 && f.cls !== cls)
          throw new NotTranslatable('final field of another class');
        const C = em.k(f.cls);
        initializeFirst(f.cls, pc, C);
        const key = JSON.stringify(f.key);
        const hiKey = JSON.stringify(f.hiKey);
        const fk = descriptorKinds(f.type);
        if (op === 0xb2) {
          E(`${out(d, fk[0] as VarKind)} = ${C}.statics[${key}];`);
          if (f.type === 'J') E(`${out(d + 1, 'i')} = ${C}.statics[${hiKey}];`);
        } else if (f.isWide) {
          E(`${C}.statics[${key}] = ${S(d - 2)};`);
          if (f.type === 'J') E(`${C}.statics[${hiKey}] = ${top()};`);
        } else E(`${C}.statics[${key}] = ${top()};`);
        break;
      }
      case 0xb4:
      case 0xb5: {
        const f: JField = resolveFieldRef(thread, cls, u2(code, pc + 1));
        if (f.isStatic) throw new NotTranslatable('instance access to static field');
        if (op === 0xb5 && (f.flags & 0x10) !== 0 && f.cls !== cls)
          throw new NotTranslatable('final field of another class');
        pcOnThrow(pc);
        const key = JSON.stringify(f.key);
        const hiKey = JSON.stringify(f.hiKey);
        const fk = descriptorKinds(f.type);
        if (op === 0xb4) {
          const o = top();
          if (!(thisIsFixed && prior === 0x2a)) E(`if (${o} === null) R.npe(thread);`);
          if (f.type === 'J') E(`${out(d, 'i')} = ${o}[${hiKey}];`);
          E(`${out(d - 1, fk[0] as VarKind)} = ${o}[${key}];`);
        } else {
          // `aload_0; <push of one value>; putfield` stores into `this`, which needs no null check (a
          // constructor's field stores then leave it a leaf that can't throw).
          const o = f.isWide ? S(d - 3) : S(d - 2);
          if (!(thisIsFixed && prior2 === 0x2a && pushesOneValue(prior)))
            E(`if (${o} === null) R.npe(thread);`);
          if (f.isWide) {
            E(`${o}[${key}] = ${S(d - 2)};`);
            if (f.type === 'J') E(`${o}[${hiKey}] = ${top()};`);
          } else E(`${o}[${key}] = ${top()};`);
        }
        break;
      }
      case 0xb6:
      case 0xb7:
      case 0xb8:
      case 0xb9:
      case 0xba: {
        const desc = (cp.get(u2(code, pc + 1)) as { descriptor: string }).descriptor;
        const nargs = invokeArgSlots(op, desc);
        argsTable[pc] = nargs;
        const base = d - nargs;
        const args: string[] = [];
        for (let i = base; i < d; i++) args.push(kinds[i] === 'x' ? '0' : S(i));
        const rk = descriptorKinds(returnTypeOf(desc));
        const assign = (call: string): void => {
          if (rk === '') E(`${call};`);
          else if (rk === 'ii') E(`${out(base, 'i')} = ${call}; ${out(base + 1, 'i')} = L.hi;`);
          else E(`${out(base, rk[0] as VarKind)} = ${call};`);
        };
        if (op === 0xb8) {
          const resolved = resolveMethodRef(thread, cls, u2(code, pc + 1), op);
          const intrinsic = resolved.signaturePolymorphic ? undefined : inlineIntrinsic(resolved);
          if (intrinsic !== undefined && resolved.isStatic) {
            initializeFirst(resolved.cls, pc);
            assign(intrinsic(args.filter((_, j) => kinds[base + j] !== 'x')));
            callFreePcs.add(pc);
            break;
          }
          if (isArraycopy(resolved)) {
            setPc(pc);
            initializeFirst(resolved.cls, -1);
            assign(`R.arraycopy(thread, ${em.k(resolved)}, ${args.join(', ')})`);
            callFreePcs.add(pc);
            break;
          }
          // A leaf of an initialized class can't block: no deoptimization point, callable from a leaf.
          // One that can throw shows this frame under its own in the exception's stack trace: its pc is
          // published first (which keeps such a call out of another leaf, whose body has no frame).
          const callee = leafCallee(thread, cls, op, resolved);
          if (callee !== null) {
            if (callee.leafThrows) E(`fr.pc = ${pc};`);
            assign(leafCall(em.k(callee.leaf), args));
            callFreePcs.add(pc);
            break;
          }
        }
        if (op === 0xb6 || op === 0xb7 || op === 0xb9) {
          // A call with one possible target that is a leaf: no deoptimization point, so no pc to publish
          // but for a null receiver (or for a leaf that can throw, which keeps the call out of a leaf).
          const resolved = resolveMethodRef(thread, cls, u2(code, pc + 1), op);
          const callee = leafCallee(thread, cls, op, resolved);
          if (callee !== null) {
            pcOnThrow(pc);
            const receiverIsThis = thisIsFixed && prior === 0x2a && nargs === 1;
            if (!receiverIsThis) E(`if (${S(base)} === null) R.npe(thread);`);
            if (callee.leafThrows) E(`fr.pc = ${pc};`);
            assign(leafCall(em.k(callee.leaf), args));
            callFreePcs.add(pc);
            break;
          }
        }
        setPc(pc);
        let call: string;
        if (op === 0xba) {
          call = `R.indy(thread, ${M}, ${pc}, ${u2(code, pc + 1)}${args.map((a) => ', ' + a).join('')})`;
        } else {
          const resolved = resolveMethodRef(thread, cls, u2(code, pc + 1), op);
          if (resolved.signaturePolymorphic) {
            call = polymorphicCall(em, E, cls, resolved, op, args);
          } else if (op === 0xb8) {
            if (!resolved.isStatic) throw new NotTranslatable('invokestatic of instance method');
            const T = em.k(resolved);
            initializeFirst(resolved.cls, -1, `${T}.cls`);
            const leafFn = leafFunction(thread, resolved);
            call = leafFn !== null ? leafCall(em.k(leafFn), args) : directCall(T, args);
          } else {
            if (resolved.isStatic) throw new NotTranslatable('invoke of static method');
            const recv = S(base);
            E(`if (${recv} === null) R.npe(thread);`);
            const target = op === 0xb7 ? selectSpecial(cls, resolved) : resolved;
            if (isMonomorphicCall(op, target)) {
              // Not a leaf: a leaf target was called above.
              if (target.isAbstract) throw new NotTranslatable('abstract direct call');
              call = directCall(em.k(target), args);
            } else {
              // The receiver's prototype holds the selected method once R.select has published it
              // (src/runtime/selectedMethods.ts); arrays and abstract selections always take R.select.
              E(
                `tm = ${recv}[${JSON.stringify(dispatchKeyOf(resolved))}] ?? R.select(thread, ${recv}, ${em.k(resolved)}, ${op === 0xb9});`,
              );
              call = directCall('tm', args);
            }
          }
        }
        assign(call);
        break;
      }
      case 0xbb: {
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        if (c.isInterface || (c.flags & 0x400) !== 0 || !c.ctor)
          throw new NotTranslatable('new of abstract class');
        const C = em.k(c);
        initializeFirst(c, pc, C);
        E(`${out(d, 'a')} = new ${em.k(c.ctor)}();`);
        break;
      }
      case 0xbc:
      case 0xbd: {
        setPc(pc);
        const vm = thread.vm;
        let ac: JavaClass;
        if (op === 0xbc) {
          const tc = ['', '', '', '', 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'][code[pc + 1]] as 'I';
          ac = vm.arrayOf(vm.primitiveClasses.get(tc)!);
        } else ac = vm.arrayOf(resolveClassRef(thread, cls, u2(code, pc + 1)));
        E(`${out(d - 1, 'a')} = R.newArray(thread, ${em.k(ac)}, ${top()});`);
        break;
      }
      case 0xbe: {
        pcOnThrow(pc);
        const a = top();
        E(`if (${a} === null) R.npe(thread); ${out(d - 1, 'i')} = ${a}.length >> ${a}.$cls.lenShift;`);
        break;
      }
      case 0xbf:
        setPc(pc);
        E(`if (${top()} === null) R.npe(thread); throw ${top()};`);
        break;
      case 0xc0: {
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        const C = em.k(c);
        pcOnThrow(pc);
        const x = top();
        E(`if (${x} !== null && !(${isInstanceTest(x, c, C)})) R.cce(thread, ${x}, ${C});`);
        break;
      }
      case 0xc1: {
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        const C = em.k(c);
        const x = top();
        E(`${out(d - 1, 'i')} = ${x} !== null && (${isInstanceTest(x, c, C)}) ? 1 : 0;`);
        break;
      }
      case 0xc2:
        setPc(pc);
        E(`R.menter(thread, ${top()});`);
        break;
      case 0xc3:
        setPc(pc);
        E(`R.mexit(thread, ${top()});`);
        break;
      case 0xc4: {
        const w = code[pc + 1];
        const n = u2(code, pc + 2);
        if (w === 0x84) E(`${local(n, 'i')} = (${local(n, 'i')} + ${s2(code, pc + 4)}) | 0;`);
        else if (w === 0x15) E(`${out(d, 'i')} = ${local(n, 'i')};`);
        else if (w === 0x17 || w === 0x18) E(`${out(d, 'd')} = ${local(n, 'd')};`);
        else if (w === 0x19) E(`${out(d, 'a')} = ${local(n, 'a')};`);
        else if (w === 0x16)
          E(`${out(d, 'i')} = ${local(n, 'i')}; ${out(d + 1, 'i')} = ${local(n + 1, 'i')};`);
        else if (w === 0x36) E(`${local(n, 'i')} = ${top()};`);
        else if (w === 0x38) E(`${local(n, 'd')} = ${top()};`);
        else if (w === 0x3a) E(`${local(n, 'a')} = ${top()};`);
        else if (w === 0x37) E(`${local(n, 'i')} = ${S(d - 2)}; ${local(n + 1, 'i')} = ${top()};`);
        else if (w === 0x39) E(`${local(n, 'd')} = ${S(d - 2)};`);
        else throw new NotTranslatable('wide');
        break;
      }
      case 0xc5: {
        setPc(pc);
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        const dims = code[pc + 3];
        const counts = [];
        for (let i = d - dims; i < d; i++) counts.push(S(i));
        E(`${out(d - dims, 'a')} = R.multiArray(thread, ${em.k(c)}, [${counts.join(', ')}]);`);
        break;
      }
      default:
        throw new NotTranslatable(`opcode 0x${op.toString(16)}`);
    }
    if (notLeaf) return false;
    // Falling through into the next block needs nothing: switch cases are in pc order.
  }

  /** The JS expressions for every local and stack slot live before pc, in the interpreter's layout. */
  const slotValues = (pc: number): string[] => {
    const values: string[] = [];
    const ls = flow.locals[pc]!;
    const ss = flow.stack[pc]!;
    const of = (prefix: string, i: number, k: string): string =>
      k === 'i' || k === 'd' || k === 'a' ? v(`${prefix}${i}${k}`, k) : k === 'x' ? '0' : 'null';
    for (let i = 0; i < maxLocals; i++) values.push(of('l', i, ls[i]));
    for (let i = 0; i < ss.length; i++) values.push(of('s', i, ss[i]));
    return values;
  };
  // Deoptimization: per published pc, the variables that hold the frame's slots there (grouped by
  // identical layouts to keep the function small). A switch of array literals: one literal of every
  // variable with a table of indexes per pc measured ~10% slower (Strings), though it is smaller.
  const deopt = new Map<string, number[]>();
  for (const pc of [...publishedPcs].sort((a, b) => a - b)) {
    const key = slotValues(pc).join(', ');
    const pcs = deopt.get(key);
    if (pcs) pcs.push(pc);
    else deopt.set(key, [pc]);
  }
  // On-stack replacement enters at a loop header with the interpreter frame's slots.
  const osrLoads: string[] = [];
  if (osrEntry >= 0) {
    if (flow.locals[osrEntry] === undefined) throw new NotTranslatable(`no loop header at ${osrEntry}`);
    // Numbers are loaded as numbers (an int with `| 0`, a double with unary `+`). A load from the slots
    // array is of any type to V8, and a loop variable merged from it stays a tagged value: each iteration
    // then boxed every double in a new heap number (Mandelbrot's loop allocated ~1 GB a run). The slots may
    // also hold an int32 as a heap number (natives and V8's own conversions make some).
    const load = (x: string, i: number): string =>
      x.endsWith('i') ? `${x} = sl[${i}] | 0;` : x.endsWith('d') ? `${x} = +sl[${i}];` : `${x} = sl[${i}];`;
    slotValues(osrEntry).forEach((x, i) => {
      if (x !== '0' && x !== 'null') osrLoads.push(load(x, i));
    });
  }
  const entryLoads: string[] = [];
  for (let i = 0; i < paramKinds.length; i++) {
    const k = paramKinds[i];
    if (k === 'i' || k === 'd' || k === 'a') entryLoads.push(`${local(i, k)} = p${i};`);
  }

  const exceptionVar = v('s0a', 'a');
  endBlock(code.length, false);
  // An OSR variant retypes its doubles in a loop around its entry loop (structure.ts OsrRetyping).
  let osrRetyping: string | null = null;
  if (osrEntry >= 0) {
    const doubles = [...vars.keys()].filter((name) => /^[ls]\d+d$/.test(name));
    if (doubles.length > 0) {
      osrRetyping = doubles.map((name) => `${name} = +${name};`).join(' ');
      v('osrTrips', 'i');
    }
  }
  const cases = structureBlocks(
    blocks,
    osrEntry >= 0 ? osrEntry : 0,
    m.exceptionTable,
    (target) => `pc = ${target}; continue dispatch;`,
    osrRetyping,
  );

  // Assemble the function. Its prologue binds only the helpers the body uses.
  const prologue = helperPrologue(cases, !leaf && osrEntry < 0);
  if (prologue !== '') em.emit(prologue);
  if (leaf) {
    // No frame, no exception dispatch, no deoptimization: a leaf can't catch, block or be preempted.
    em.emit(`return (function ${safeName(m)}(${['thread', ...params].join(', ')}) {`);
    const leafVars = [...vars].map(([name, init]) => `${name} = ${init}`);
    if (leafVars.length > 0) em.emit(`let ${leafVars.join(', ')};`);
    em.emit(`let pc = 0;`);
    em.emit(entryLoads.join(' '));
    em.emit(`dispatch: for (;;) {`);
    em.emit(`switch (pc) {`);
    for (const line of cases) em.emit(line);
    em.emit(`}`);
    em.emit(`}`);
    em.emit(`});`);
    return true;
  }
  const args = em.k(argsTable);
  // In parentheses: V8 compiles such a function expression at once instead of pre-parsing it now and
  // parsing it again at its first call.
  em.emit(`return (function ${safeName(m)}(thread, osr${params.map((p) => ', ' + p).join('')}) {`);
  const declared = [...vars].map(([name, init]) => `${name} = ${init}`);
  if (declared.length > 0) em.emit(`let ${declared.join(', ')};`);
  em.emit(`let tm = null, pc = 0, fr, unhandled = null, suspended = null;`);
  if (osrEntry >= 0) {
    em.emit(`fr = osr; const sl = fr.slots; pc = ${osrEntry};`);
    em.emit(osrLoads.join(' '));
  } else {
    em.emit(entryLoads.join(' '));
    em.emit(`const parent = thread.frame; const depth = parent === null ? 0 : parent.depth + 1;`);
    // The thread's pooled frame for this depth (JavaThread.framePool), else a new one for the pool. A
    // pooled frame the interpreter ran after a deoptimization drops its slots, which would otherwise keep
    // the objects of a finished call reachable. Its references are compared before they are stored: a
    // depth mostly sees the same method and parent call after call, and a load is cheaper than a store
    // through V8's write barrier (a recursive fib ~8% faster).
    const noSlots = em.k(NO_SLOTS);
    const takeFrame =
      `fr = thread.framePool[depth]; ` +
      `if (fr === undefined) fr = thread.framePool[depth] = new R.Frame(${M}, parent, depth, true); ` +
      `else { if (fr.method !== ${M}) fr.method = ${M}; if (fr.parent !== parent) fr.parent = parent; fr.pc = 0; ` +
      `if (fr.lockedObject !== null) fr.lockedObject = null; if (fr.slots !== ${noSlots}) fr.slots = ${noSlots}; } ` +
      `thread.frame = fr;`;
    em.emit(`if (depth > thread.maxDepth) R.overflow(thread);`);
    if (synchronizedMethod) {
      // As the interpreter's invoke: the monitor is entered before the frame exists, so if entering
      // blocks, the caller re-executes its invoke instruction once the thread resumes.
      const lock = m.isStatic ? em.k(thread.vm.mirrorOf(cls)) : 'p0';
      em.emit(`R.menter(thread, ${lock});`);
      em.emit(`${takeFrame} fr.lockedObject = ${lock};`);
    } else em.emit(takeFrame);
  }
  em.emit(`for (;;) {`);
  // An exception this frame does not handle leaves from here, after a back-edge of this loop: V8 counts
  // a function's heat only at returns and loop back-edges, so a method that always exits by throwing
  // (an exception thrown a few frames down) would otherwise stay in V8's interpreter forever.
  em.emit(`if (unhandled !== null) { ${leave} throw unhandled; }`);
  // Suspension (BLOCK) leaves the same way, after the frame has become an interpreter frame: a method
  // entered again at each resumption (PingPong's loops around wait and park) always leaves by it.
  em.emit(`if (suspended !== null) throw suspended;`);
  em.emit(`try {`);
  if (osrEntry < 0) em.emit(`if (pc === 0) $tick(thread, fr, 0);`);
  em.emit(`dispatch: for (;;) {`);
  em.emit(`switch (pc) {`);
  for (const line of cases) em.emit(line);
  em.emit(`default: throw R.badPc(${M}, pc);`);
  em.emit(`}`);
  em.emit(`}`);
  em.emit(`} catch (e) {`);
  em.emit(`if (e === R.BLOCK) {`);
  // Deoptimize: this frame becomes an interpreter frame; a callee frame above it owns the call's arguments.
  em.emit(`let slots;`);
  em.emit(`switch (fr.pc) {`);
  for (const [values, pcs] of deopt)
    em.emit(`${pcs.map((p) => `case ${p}:`).join(' ')} slots = R.values(${values}); break;`);
  em.emit(`default: throw R.badPc(${M}, fr.pc);`);
  em.emit(`}`);
  em.emit(`fr.materialize(slots, ${depthTable}[fr.pc] - (thread.frame !== fr ? ${args}[fr.pc] : 0));`);
  em.emit(`suspended = e; continue;`);
  em.emit(`}`);
  em.emit(`let ex;`);
  em.emit(`try { ex = R.toThrowable(thread, e); } catch (e2) { thread.frame = fr.parent; throw e2; }`);
  em.emit(`thread.frame = fr;`);
  em.emit(`const h = R.handler(thread, ${M}, fr.pc, ex);`);
  em.emit(`if (h < 0) { unhandled = ex; continue; }`);
  em.emit(`${exceptionVar} = ex; pc = h;`);
  em.emit(`}`);
  em.emit(`}`);
  em.emit(`});`);
  return true;
}

// The runtime helpers generated code may use, by the local name the prologue gives them.
const LONG_HELPERS = 'lsub ldiv lrem l2f d2l f2l'.split(' ');

// Conversions and comparisons of doubles are written inline rather than called: V8 boxes every double
// passed to or returned from a function it does not inline, and a large translated method has often
// spent its inlining budget (Mandelbrot's inner loop allocated a heap number per dcmpg, ~600 MB a run).

/** fcmpl/dcmpl (`nanResult` -1) or fcmpg/dcmpg (1) of two variables: -0 equals +0, NaN is unordered. */
function compareDoubles(a: string, b: string, nanResult: 1 | -1): string {
  return nanResult === 1
    ? `(${a} < ${b} ? -1 : ${a} === ${b} ? 0 : 1)`
    : `(${a} > ${b} ? 1 : ${a} === ${b} ? 0 : -1)`;
}

/** d2i/f2i of a variable (numeric.d2i): saturating; NaN gives 0, as ToInt32 does. */
function doubleToInt(x: string): string {
  return `(${x} >= 2147483647 ? 2147483647 : ${x} <= -2147483648 ? -2147483648 : ${x} | 0)`;
}

/**
 * `const { ... } = R;` binding the helpers that the lines of a body use, and R.tick when the function
 * checks its budget at entry ('' if none).
 */
function helperPrologue(body: readonly string[], entryCheck: boolean): string {
  const text = body.join('\n');
  const used = (names: string[]): string =>
    names
      .filter((n) => text.includes('$' + n + '('))
      .map((n) => `${n}: $${n}`)
      .join(', ');
  const parts: string[] = [];
  const longs = used(LONG_HELPERS);
  if (longs !== '') parts.push(`long: { ${longs} }`);
  if (entryCheck || text.includes('$tick(')) parts.push('tick: $tick');
  if (/\bL\.hi\b/.test(text)) parts.push('L');
  if (text.includes('fround(')) parts.push('fround');
  return parts.length === 0 ? '' : `const { ${parts.join(', ')} } = R;`;
}

/** Does instruction `op` push one value (of one or two slots) and take nothing from the stack? */
function pushesOneValue(op: number): boolean {
  return op >= 0x01 && op <= 0x2d;
}

/** An invokespecial, or an invokevirtual of a method no class can override: one target, called directly. */
function isMonomorphicCall(op: number, target: JMethod): boolean {
  return (
    op === 0xb7 ||
    target.isPrivate ||
    ((target.flags & 0x10) !== 0 && !target.cls.isInterface) ||
    ((target.cls.flags & 0x10) !== 0 && !target.cls.isInterface)
  );
}

function leafCall(L: string, args: string[]): string {
  return `${L}(${['thread', ...args].join(', ')})`;
}

function directCall(T: string, args: string[]): string {
  const list = args.map((a) => ', ' + a).join('');
  return `(${T}.compiled !== null ? ${T}.compiled(thread, null${list}) : R.callv(thread, ${T}${list}))`;
}

/**
 * A signature-polymorphic call (JVMS §2.9.3), made as the interpreter's selectPolymorphic makes it but
 * without R.poly's argument arrays: the linkTo* and invokeBasic intrinsics call the method their trailing
 * MemberName or their method handle designates, and an invokehandle site (MethodHandle.invoke/invokeExact,
 * the VarHandle methods) that is linked already, as it is once the interpreter has run it, calls its
 * invoker with the appendix. Every VarHandle access is two such calls (the access's guard, then
 * linkToStatic): through R.poly they cost ~0.7 µs, most of a CAS loop in java.util.concurrent.
 */
function polymorphicCall(
  em: Emitter,
  E: (line: string) => void,
  cls: JavaClass,
  resolved: JMethod,
  op: number,
  args: string[],
): string {
  const intrinsic = intrinsicOf(resolved);
  switch (intrinsic) {
    case Intrinsic.None: {
      const link = resolved.handleLink;
      if (!link) break;
      if (op !== 0xb8) E(`if (${args[0]} === null) R.npe(thread);`);
      return directCall(em.k(link.invoker), link.appendix === null ? args : [...args, em.k(link.appendix)]);
    }
    case Intrinsic.InvokeBasic:
      E(`tm = R.basic(thread, ${args[0]});`);
      return directCall('tm', args);
    case Intrinsic.LinkToStatic:
    case Intrinsic.LinkToSpecial:
      E(`tm = R.member(${args[args.length - 1]});`);
      return directCall('tm', args.slice(0, -1));
    case Intrinsic.LinkToVirtual:
    case Intrinsic.LinkToInterface: {
      // The receiver is the first argument, as in HotSpot's linkToVirtual adapters.
      const rest = args.slice(0, -1);
      const itf = intrinsic === Intrinsic.LinkToInterface;
      E(`tm = R.linkVirtual(thread, R.member(${args[args.length - 1]}), ${rest[0]}, ${itf});`);
      return directCall('tm', rest);
    }
  }
  return `R.poly(thread, ${em.k(cls)}, ${em.k(resolved)}, ${op}${args.map((a) => ', ' + a).join('')})`;
}

function safeName(m: JMethod): string {
  return (m.cls.name + '_' + m.name).replace(/[^A-Za-z0-9_$]/g, '_');
}

/** JVMS §6.5 invokespecial selection (as the interpreter's selectSpecial). */
function selectSpecial(current: JavaClass, resolved: JMethod): JMethod {
  if (resolved.name === '<init>' || resolved.isPrivate) return resolved;
  const owner = resolved.cls;
  if (owner.isInterface || current === owner || !current.supertypes.has(owner)) return resolved;
  for (let c = current.superClass; c; c = c.superClass) {
    const mm = c.declaredMethods.get(resolved.key);
    if (mm && !mm.isStatic) return mm;
  }
  return resolved;
}
