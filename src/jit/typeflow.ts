// The kind of value in every local and operand-stack slot before each instruction (JVMS §4.10.2.2 type
// inference by data flow, reduced to the distinctions JavaScript code cares about). Translated code gives
// each slot one JS variable per kind, so V8 sees every variable hold a single type: int32s stay untagged
// words and doubles stay unboxed instead of every arithmetic result becoming a heap number.
import { CpTag, type ClassFile, type CpEntry } from '../classfile/types.js';
import { instructionLength } from '../classfile/opcodes.js';
import { argSlotCount, returnTypeOf, typeCharsOfMethod } from '../classfile/descriptors.js';
import type { JMethod } from '../runtime/jclass.js';
import { branchTargets, endsBlock, NotTranslatable, u2 } from './analysis.js';

/**
 * One character per slot: `i` int (also each half of a long: low word, then high word), `d` float or
 * double, `x` the unused second slot of a double, `a` reference, `T` unusable (unset, or different kinds
 * on merging paths).
 */
export type Kind = 'i' | 'd' | 'x' | 'a' | 'T';

export interface TypeFlow {
  /** Kinds of locals [0, maxLocals) before the instruction at pc; undefined where unreachable. */
  readonly locals: (string | undefined)[];
  /** Kinds of operand-stack slots, bottom first, before the instruction at pc. */
  readonly stack: (string | undefined)[];
}

/** The slot kinds a field or return descriptor occupies. */
export function descriptorKinds(desc: string): string {
  switch (desc[0]) {
    case 'V':
      return '';
    case 'J':
      return 'ii';
    case 'D':
      return 'dx';
    case 'F':
      return 'd';
    case 'L':
    case '[':
      return 'a';
    default:
      return 'i';
  }
}

/** The slot kinds of a method descriptor's parameters, in order. */
export function parameterKinds(desc: string): string {
  let kinds = parameterKindsCache.get(desc);
  if (kinds === undefined) {
    kinds = typeCharsOfMethod(desc).slice(0, -1).map(descriptorKinds).join('');
    parameterKindsCache.set(desc, kinds);
  }
  return kinds;
}

/**
 * parameterKinds by method descriptor: the translator asks at every call site and the inference pass
 * again, for a few hundred distinct descriptors in a run.
 */
const parameterKindsCache = new Map<string, string>();

/** Operand-stack slots an invoke instruction pops: its arguments, and the receiver unless static/dynamic. */
export function invokeArgSlots(op: number, desc: string): number {
  return argSlotCount(desc) + (op === 0xb8 || op === 0xba ? 0 : 1);
}

function memberDescriptor(cp: ClassFile['constantPool'], index: number): string {
  const e = cp.get(index) as CpEntry | null;
  if (!e || !('descriptor' in e)) throw new NotTranslatable('bad member reference');
  return e.descriptor;
}

/** Kinds pushed by ldc / ldc_w / ldc2_w. */
function constantKinds(e: CpEntry | null): string {
  if (!e) throw new NotTranslatable('bad constant');
  switch (e.tag) {
    case CpTag.Integer:
      return 'i';
    case CpTag.Float:
      return 'd';
    case CpTag.Long:
      return 'ii';
    case CpTag.Double:
      return 'dx';
    case CpTag.Dynamic:
      return descriptorKinds(e.descriptor);
    default:
      return 'a';
  }
}

/** A one-slot store into local n invalidates a double or long that began in slot n - 1. */
function storeLocal(locals: string[], n: number, kinds: string): void {
  if (n > 0 && locals[n - 1] === 'd' && locals[n] === 'x') locals[n - 1] = 'T';
  for (let k = 0; k < kinds.length; k++) locals[n + k] = kinds[k];
  const after = n + kinds.length;
  if (after < locals.length && locals[after] === 'x') locals[after] = 'T';
}

/** Positions of dup_x1 … swap outputs, as indexes into the top `pop` input slots (JVMS §6.5). */
export const STACK_SHUFFLES: Readonly<Record<number, { pop: number; out: readonly number[] }>> = {
  0x59: { pop: 1, out: [0, 0] }, // dup: v → v v
  0x5a: { pop: 2, out: [1, 0, 1] }, // dup_x1: v2 v1 → v1 v2 v1
  0x5b: { pop: 3, out: [2, 0, 1, 2] }, // dup_x2: v3 v2 v1 → v1 v3 v2 v1
  0x5c: { pop: 2, out: [0, 1, 0, 1] }, // dup2: v2 v1 → v2 v1 v2 v1
  0x5d: { pop: 3, out: [1, 2, 0, 1, 2] }, // dup2_x1: v3 v2 v1 → v2 v1 v3 v2 v1
  0x5e: { pop: 4, out: [2, 3, 0, 1, 2, 3] }, // dup2_x2: v4 v3 v2 v1 → v2 v1 v4 v3 v2 v1
  0x5f: { pop: 2, out: [1, 0] }, // swap: v2 v1 → v1 v2
};

/** The effect of the instruction at pc on (locals, stack); both are modified in place. */
function transfer(cf: ClassFile, code: Uint8Array, pc: number, locals: string[], stack: string[]): void {
  const op = code[pc];
  const cp = cf.constantPool;
  const pop = (n: number): void => {
    if (stack.length < n) throw new NotTranslatable(`stack underflow at ${pc}`);
    stack.length -= n;
  };
  const push = (kinds: string): void => {
    for (const k of kinds) stack.push(k);
  };
  const store = (n: number, kinds: string): void => {
    pop(kinds.length);
    storeLocal(locals, n, kinds);
  };
  if (op >= 0x02 && op <= 0x08) return push('i');
  // Loads push the kinds the opcode names (the verifier has checked the local holds them).
  if (op >= 0x1a && op <= 0x1d) return push('i');
  if (op >= 0x1e && op <= 0x21) return push('ii');
  if (op >= 0x22 && op <= 0x25) return push('d');
  if (op >= 0x26 && op <= 0x29) return push('dx');
  if (op >= 0x2a && op <= 0x2d) return push('a');
  if (op >= 0x3b && op <= 0x3e) return store(op - 0x3b, 'i');
  if (op >= 0x3f && op <= 0x42) return store(op - 0x3f, 'ii');
  if (op >= 0x43 && op <= 0x46) return store(op - 0x43, 'd');
  if (op >= 0x47 && op <= 0x4a) return store(op - 0x47, 'dx');
  if (op >= 0x4b && op <= 0x4e) return store(op - 0x4b, 'a');
  const shuffle = STACK_SHUFFLES[op];
  if (shuffle !== undefined) {
    const top = stack.slice(stack.length - shuffle.pop);
    pop(shuffle.pop);
    for (const i of shuffle.out) stack.push(top[i]);
    return;
  }
  switch (op) {
    case 0x00:
      return;
    case 0x01:
      return push('a');
    case 0x09:
    case 0x0a:
      return push('ii');
    case 0x0b:
    case 0x0c:
    case 0x0d:
      return push('d');
    case 0x0e:
    case 0x0f:
      return push('dx');
    case 0x10:
    case 0x11:
      return push('i');
    case 0x12:
      return push(constantKinds(cp.get(code[pc + 1])));
    case 0x13:
    case 0x14:
      return push(constantKinds(cp.get(u2(code, pc + 1))));
    case 0x15:
      return push('i');
    case 0x16:
      return push('ii');
    case 0x17:
      return push('d');
    case 0x18:
      return push('dx');
    case 0x19:
      return push('a');
    case 0x2e:
    case 0x33:
    case 0x34:
    case 0x35:
      pop(2);
      return push('i');
    case 0x2f:
      pop(2);
      return push('ii');
    case 0x30:
      pop(2);
      return push('d');
    case 0x31:
      pop(2);
      return push('dx');
    case 0x32:
      pop(2);
      return push('a');
    case 0x36:
      return store(code[pc + 1], 'i');
    case 0x37:
      return store(code[pc + 1], 'ii');
    case 0x38:
      return store(code[pc + 1], 'd');
    case 0x39:
      return store(code[pc + 1], 'dx');
    case 0x3a:
      return store(code[pc + 1], 'a');
    case 0x4f:
    case 0x51:
    case 0x53:
    case 0x54:
    case 0x55:
    case 0x56:
      return pop(3);
    case 0x50:
    case 0x52:
      return pop(4);
    case 0x57:
      return pop(1);
    case 0x58:
      return pop(2);
    case 0x60:
    case 0x64:
    case 0x68:
    case 0x6c:
    case 0x70:
    case 0x78:
    case 0x7a:
    case 0x7c:
    case 0x7e:
    case 0x80:
    case 0x82:
      pop(2);
      return push('i');
    case 0x61:
    case 0x65:
    case 0x69:
    case 0x6d:
    case 0x71:
    case 0x7f:
    case 0x81:
    case 0x83:
      pop(4);
      return push('ii');
    case 0x62:
    case 0x66:
    case 0x6a:
    case 0x6e:
    case 0x72:
      pop(2);
      return push('d');
    case 0x63:
    case 0x67:
    case 0x6b:
    case 0x6f:
    case 0x73:
      pop(4);
      return push('dx');
    case 0x74:
      pop(1);
      return push('i');
    case 0x75:
      pop(2);
      return push('ii');
    case 0x76:
      pop(1);
      return push('d');
    case 0x77:
      pop(2);
      return push('dx');
    case 0x79:
    case 0x7b:
    case 0x7d:
      pop(3);
      return push('ii');
    case 0x84:
      storeLocal(locals, code[pc + 1], 'i');
      return;
    case 0x85:
    case 0x8c:
      pop(1);
      return push('ii');
    case 0x86:
      pop(1);
      return push('d');
    case 0x87:
    case 0x8d:
      pop(1);
      return push('dx');
    case 0x88:
    case 0x8e:
      pop(2);
      return push('i');
    case 0x89:
    case 0x90:
      pop(2);
      return push('d');
    case 0x8a:
      pop(2);
      return push('dx');
    case 0x8b:
    case 0x91:
    case 0x92:
    case 0x93:
      pop(1);
      return push('i');
    case 0x8f:
      pop(2);
      return push('ii');
    case 0x94:
    case 0x97:
    case 0x98:
      pop(4);
      return push('i');
    case 0x95:
    case 0x96:
      pop(2);
      return push('i');
    case 0x99:
    case 0x9a:
    case 0x9b:
    case 0x9c:
    case 0x9d:
    case 0x9e:
    case 0xc6:
    case 0xc7:
    case 0xaa:
    case 0xab:
      return pop(1);
    case 0x9f:
    case 0xa0:
    case 0xa1:
    case 0xa2:
    case 0xa3:
    case 0xa4:
    case 0xa5:
    case 0xa6:
      return pop(2);
    case 0xa7:
    case 0xc8:
    case 0xb1:
      return;
    case 0xac:
    case 0xae:
    case 0xb0:
    case 0xbf:
      return pop(1);
    case 0xad:
    case 0xaf:
      return pop(2);
    case 0xb2:
      return push(descriptorKinds(memberDescriptor(cp, u2(code, pc + 1))));
    case 0xb3:
      return pop(descriptorKinds(memberDescriptor(cp, u2(code, pc + 1))).length);
    case 0xb4:
      pop(1);
      return push(descriptorKinds(memberDescriptor(cp, u2(code, pc + 1))));
    case 0xb5:
      return pop(1 + descriptorKinds(memberDescriptor(cp, u2(code, pc + 1))).length);
    case 0xb6:
    case 0xb7:
    case 0xb8:
    case 0xb9:
    case 0xba: {
      const desc = memberDescriptor(cp, u2(code, pc + 1));
      pop(invokeArgSlots(op, desc));
      return push(descriptorKinds(returnTypeOf(desc)));
    }
    case 0xbb:
      return push('a');
    case 0xbc:
    case 0xbd:
      pop(1);
      return push('a');
    case 0xbe:
    case 0xc1:
      pop(1);
      return push('i');
    case 0xc0:
      return;
    case 0xc2:
    case 0xc3:
      return pop(1);
    case 0xc4: {
      const w = code[pc + 1];
      const n = u2(code, pc + 2);
      const kinds: Record<number, string> = { 0x15: 'i', 0x16: 'ii', 0x17: 'd', 0x18: 'dx', 0x19: 'a' };
      if (w === 0x84) return storeLocal(locals, n, 'i');
      if (w >= 0x15 && w <= 0x19) return push(kinds[w]);
      if (w >= 0x36 && w <= 0x3a) return store(n, kinds[w - 0x21]);
      throw new NotTranslatable('wide');
    }
    case 0xc5:
      pop(code[pc + 3]);
      return push('a');
    default:
      throw new NotTranslatable(`opcode 0x${op.toString(16)}`);
  }
}

function mergeKinds(into: string, from: string, what: string, pc: number): string {
  if (into === from) return into;
  if (into.length !== from.length) throw new NotTranslatable(`${what} sizes differ at ${pc}`);
  let out = '';
  for (let i = 0; i < into.length; i++) {
    if (into[i] === from[i]) out += into[i];
    else if (what === 'stack') throw new NotTranslatable(`stack kinds differ at ${pc}`);
    else out += 'T';
  }
  return out;
}

/** Computes the kinds before every reachable instruction of `m` (jsr/ret excluded by analyze). */
export function inferKinds(m: JMethod, paramKinds: string): TypeFlow {
  const code = m.code!;
  const cf = m.cls.classFile!;
  const localsAt: (string | undefined)[] = new Array(code.length);
  const stackAt: (string | undefined)[] = new Array(code.length);
  const entry = (paramKinds + 'T'.repeat(m.maxLocals)).substring(0, m.maxLocals);
  const work: number[] = [];
  const flowInto = (pc: number, locals: string, stack: string): void => {
    const oldL = localsAt[pc];
    if (oldL === undefined) {
      localsAt[pc] = locals;
      stackAt[pc] = stack;
      work.push(pc);
      return;
    }
    const l = mergeKinds(oldL, locals, 'locals', pc);
    const s = mergeKinds(stackAt[pc]!, stack, 'stack', pc);
    if (l !== oldL || s !== stackAt[pc]) {
      localsAt[pc] = l;
      stackAt[pc] = s;
      work.push(pc);
    }
  };
  flowInto(0, entry, '');
  while (work.length > 0) {
    const pc = work.pop()!;
    const before = localsAt[pc]!;
    for (const h of m.exceptionTable) {
      if (pc >= h.startPc && pc < h.endPc) flowInto(h.handlerPc, before, 'a');
    }
    const locals = before.split('');
    const stack = stackAt[pc]!.split('');
    transfer(cf, code, pc, locals, stack);
    if (stack.length > m.maxStack) throw new NotTranslatable(`stack deeper than max_stack at ${pc}`);
    const l = locals.join('');
    const s = stack.join('');
    for (const t of branchTargets(code, pc)) flowInto(t, l, s);
    const op = code[pc];
    const next = pc + instructionLength(code, pc);
    if (!endsBlock(op) && next < code.length) flowInto(next, l, s);
  }
  return { locals: localsAt, stack: stackAt };
}
