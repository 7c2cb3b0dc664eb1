// Bytecode analysis for translation: instruction boundaries and basic-block leaders (the kinds and depth
// of the operand stack before every instruction come from typeflow.ts).
import { instructionLength } from '../classfile/opcodes.js';
import type { JMethod } from '../runtime/jclass.js';

export interface MethodShape {
  /** Instruction start pcs in order. */
  pcs: number[];
  /** pcs that start a basic block (branch targets, handlers, instructions after a branch). */
  leaders: Set<number>;
}

/**
 * Thrown inside the translator when a method can't be translated (the interpreter keeps running it).
 * Not an Error: a leaf candidate is rejected this way once per examined method, and capturing a stack
 * trace for each was ~2.5% of a translation-heavy program's translation time (measured).
 */
export class NotTranslatable {
  constructor(readonly reason: string) {}
}

/** The unsigned 16-bit operand at p. */
export function u2(code: Uint8Array, p: number): number {
  return (code[p] << 8) | code[p + 1];
}
/** The signed 16-bit operand at p. */
export function s2(code: Uint8Array, p: number): number {
  return ((code[p] << 24) >> 16) | code[p + 1];
}
/** The int an iconst/bipush/sipush at `pc` pushes, or null (no such instruction there, or pc < 0). */
export function constantPushedAt(code: Uint8Array, pc: number): number | null {
  if (pc < 0) return null;
  const op = code[pc];
  if (op >= 0x02 && op <= 0x08) return op - 0x03;
  if (op === 0x10) return (code[pc + 1] << 24) >> 24;
  if (op === 0x11) return s2(code, pc + 1);
  return null;
}

/** The local that the instruction at pc stores into (xstore, iinc, their wide forms), or -1. */
export function localStoredAt(code: Uint8Array, pc: number): number {
  const op = code[pc];
  if ((op >= 0x36 && op <= 0x3a) || op === 0x84) return code[pc + 1];
  if (op >= 0x3b && op <= 0x4e) return (op - 0x3b) & 3;
  if (op === 0xc4 && ((code[pc + 1] >= 0x36 && code[pc + 1] <= 0x3a) || code[pc + 1] === 0x84)) {
    return u2(code, pc + 2);
  }
  return -1;
}

/** The signed 32-bit operand at p. */
export function s4(code: Uint8Array, p: number): number {
  return (code[p] << 24) | (code[p + 1] << 16) | (code[p + 2] << 8) | code[p + 3];
}

/** Branch targets of the instruction at pc (absolute), excluding fall-through. */
export function branchTargets(code: Uint8Array, pc: number): number[] {
  const op = code[pc];
  if ((op >= 0x99 && op <= 0xa7) || op === 0xc6 || op === 0xc7) return [pc + s2(code, pc + 1)];
  if (op === 0xc8) return [pc + s4(code, pc + 1)];
  if (op === 0xaa) {
    const p = (pc + 4) & ~3;
    const low = s4(code, p + 4);
    const high = s4(code, p + 8);
    const out = [pc + s4(code, p)];
    for (let i = 0; i <= high - low; i++) out.push(pc + s4(code, p + 12 + 4 * i));
    return out;
  }
  if (op === 0xab) {
    const p = (pc + 4) & ~3;
    const n = s4(code, p + 4);
    const out = [pc + s4(code, p)];
    for (let i = 0; i < n; i++) out.push(pc + s4(code, p + 8 + 8 * i + 4));
    return out;
  }
  return [];
}

/** Does control never fall through to the next instruction? */
export function endsBlock(op: number): boolean {
  return (
    op === 0xa7 || op === 0xc8 || op === 0xaa || op === 0xab || (op >= 0xac && op <= 0xb1) || op === 0xbf
  );
}

export function analyze(m: JMethod): MethodShape {
  const code = m.code!;
  const pcs: number[] = [];
  const leaders = new Set<number>([0]);
  for (const h of m.exceptionTable) leaders.add(h.handlerPc);
  for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) {
    const op = code[pc];
    if (op === 0xa8 || op === 0xa9 || op === 0xc9 || (op === 0xc4 && code[pc + 1] === 0xa9)) {
      throw new NotTranslatable('jsr/ret');
    }
    pcs.push(pc);
    const targets = branchTargets(code, pc);
    for (const t of targets) leaders.add(t);
    const next = pc + instructionLength(code, pc);
    if ((targets.length > 0 || endsBlock(op)) && next < code.length) leaders.add(next);
  }
  return { pcs, leaders };
}
