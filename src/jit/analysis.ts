// Bytecode analysis for translation: instruction boundaries, basic-block leaders and the operand-stack
// depth before every instruction (JVMS §4.10.2.2 data flow, depth only).
import { CpTag, type ClassFile } from '../classfile/types.js';
import { instructionLength } from '../classfile/opcodes.js';
import { argSlotCount } from '../classfile/descriptors.js';
import type { JMethod } from '../runtime/jclass.js';

export interface MethodShape {
  /** Instruction start pcs in order. */
  pcs: number[];
  /** Stack depth (in slots) before the instruction at pc, or -1 for unreachable code. */
  depth: Int32Array;
  /** pcs that start a basic block (branch targets, handlers, instructions after a branch). */
  leaders: Set<number>;
}

export class NotTranslatable extends Error {}

function u2(code: Uint8Array, p: number): number {
  return (code[p] << 8) | code[p + 1];
}
function s2(code: Uint8Array, p: number): number {
  return ((code[p] << 24) >> 16) | code[p + 1];
}
function s4(code: Uint8Array, p: number): number {
  return (code[p] << 24) | (code[p + 1] << 16) | (code[p + 2] << 8) | code[p + 3];
}

function typeSlots(desc: string): number {
  return desc === 'J' || desc === 'D' ? 2 : desc === 'V' ? 0 : 1;
}

/** Slots popped and pushed by the instruction at `pc` (JVMS ch. 6). */
export function stackEffect(cf: ClassFile, code: Uint8Array, pc: number): [number, number] {
  const op = code[pc];
  const cp = cf.constantPool;
  switch (op) {
    case 0x00:
      return [0, 0];
    case 0x01:
    case 0x02:
    case 0x03:
    case 0x04:
    case 0x05:
    case 0x06:
    case 0x07:
    case 0x08:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x10:
    case 0x11:
      return [0, 1];
    case 0x09:
    case 0x0a:
    case 0x0e:
    case 0x0f:
      return [0, 2];
    case 0x12:
    case 0x13: {
      const e = cp[op === 0x12 ? code[pc + 1] : u2(code, pc + 1)];
      if (e && e.tag === CpTag.Dynamic) return [0, typeSlots(e.descriptor)];
      return [0, 1];
    }
    case 0x14:
      return [0, 2];
    case 0x15:
    case 0x17:
    case 0x19:
    case 0x1a:
    case 0x1b:
    case 0x1c:
    case 0x1d:
    case 0x22:
    case 0x23:
    case 0x24:
    case 0x25:
    case 0x2a:
    case 0x2b:
    case 0x2c:
    case 0x2d:
      return [0, 1];
    case 0x16:
    case 0x18:
    case 0x1e:
    case 0x1f:
    case 0x20:
    case 0x21:
    case 0x26:
    case 0x27:
    case 0x28:
    case 0x29:
      return [0, 2];
    case 0x2e:
    case 0x30:
    case 0x32:
    case 0x33:
    case 0x34:
    case 0x35:
      return [2, 1];
    case 0x2f:
    case 0x31:
      return [2, 2];
    case 0x36:
    case 0x38:
    case 0x3a:
    case 0x3b:
    case 0x3c:
    case 0x3d:
    case 0x3e:
    case 0x43:
    case 0x44:
    case 0x45:
    case 0x46:
    case 0x4b:
    case 0x4c:
    case 0x4d:
    case 0x4e:
      return [1, 0];
    case 0x37:
    case 0x39:
    case 0x3f:
    case 0x40:
    case 0x41:
    case 0x42:
    case 0x47:
    case 0x48:
    case 0x49:
    case 0x4a:
      return [2, 0];
    case 0x4f:
    case 0x51:
    case 0x53:
    case 0x54:
    case 0x55:
    case 0x56:
      return [3, 0];
    case 0x50:
    case 0x52:
      return [4, 0];
    case 0x57:
      return [1, 0];
    case 0x58:
      return [2, 0];
    case 0x59:
      return [1, 2];
    case 0x5a:
      return [2, 3];
    case 0x5b:
      return [3, 4];
    case 0x5c:
      return [2, 4];
    case 0x5d:
      return [3, 5];
    case 0x5e:
      return [4, 6];
    case 0x5f:
      return [2, 2];
    case 0x60:
    case 0x62:
    case 0x64:
    case 0x66:
    case 0x68:
    case 0x6a:
    case 0x6c:
    case 0x6e:
    case 0x70:
    case 0x72:
    case 0x78:
    case 0x7a:
    case 0x7c:
    case 0x7e:
    case 0x80:
    case 0x82:
      return [2, 1];
    case 0x61:
    case 0x63:
    case 0x65:
    case 0x67:
    case 0x69:
    case 0x6b:
    case 0x6d:
    case 0x6f:
    case 0x71:
    case 0x73:
    case 0x7f:
    case 0x81:
    case 0x83:
      return [4, 2];
    case 0x74:
    case 0x76:
      return [1, 1];
    case 0x75:
    case 0x77:
      return [2, 2];
    case 0x79:
    case 0x7b:
    case 0x7d:
      return [3, 2];
    case 0x84:
      return [0, 0];
    case 0x85:
    case 0x87:
    case 0x8c:
    case 0x8d:
      return [1, 2];
    case 0x86:
    case 0x8b:
    case 0x91:
    case 0x92:
    case 0x93:
      return [1, 1];
    case 0x88:
    case 0x89:
    case 0x8e:
    case 0x90:
      return [2, 1];
    case 0x8a:
    case 0x8f:
      return [2, 2];
    case 0x94:
    case 0x97:
    case 0x98:
      return [4, 1];
    case 0x95:
    case 0x96:
      return [2, 1];
    case 0x99:
    case 0x9a:
    case 0x9b:
    case 0x9c:
    case 0x9d:
    case 0x9e:
    case 0xc6:
    case 0xc7:
      return [1, 0];
    case 0x9f:
    case 0xa0:
    case 0xa1:
    case 0xa2:
    case 0xa3:
    case 0xa4:
    case 0xa5:
    case 0xa6:
      return [2, 0];
    case 0xa7:
    case 0xc8:
      return [0, 0];
    case 0xaa:
    case 0xab:
      return [1, 0];
    case 0xac:
    case 0xae:
    case 0xb0:
      return [1, 0];
    case 0xad:
    case 0xaf:
      return [2, 0];
    case 0xb1:
      return [0, 0];
    case 0xb2:
    case 0xb3:
    case 0xb4:
    case 0xb5: {
      const e = cp[u2(code, pc + 1)];
      if (!e || e.tag !== CpTag.Fieldref) throw new NotTranslatable('bad field ref');
      const n = typeSlots(e.descriptor);
      if (op === 0xb2) return [0, n];
      if (op === 0xb3) return [n, 0];
      if (op === 0xb4) return [1, n];
      return [1 + n, 0];
    }
    case 0xb6:
    case 0xb7:
    case 0xb8:
    case 0xb9:
    case 0xba: {
      const e = cp[u2(code, pc + 1)];
      if (!e || !('descriptor' in e)) throw new NotTranslatable('bad method ref');
      const args = argSlotCount(e.descriptor) + (op === 0xb8 || op === 0xba ? 0 : 1);
      const ret = typeSlots(e.descriptor.substring(e.descriptor.indexOf(')') + 1));
      return [args, ret];
    }
    case 0xbb:
      return [0, 1];
    case 0xbc:
    case 0xbd:
    case 0xbe:
    case 0xc0:
    case 0xc1:
      return [1, 1];
    case 0xbf:
      return [1, 0];
    case 0xc2:
    case 0xc3:
      return [1, 0];
    case 0xc4: {
      const w = code[pc + 1];
      if (w === 0x84 || w === 0xa9) return [0, 0];
      if (w === 0x16 || w === 0x18) return [0, 2];
      if (w === 0x37 || w === 0x39) return [2, 0];
      if (w >= 0x36) return [1, 0];
      return [0, 1];
    }
    case 0xc5:
      return [code[pc + 3], 1];
    default:
      throw new NotTranslatable(`opcode 0x${op.toString(16)}`);
  }
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
  const cf = m.cls.classFile!;
  const pcs: number[] = [];
  for (let pc = 0; pc < code.length; pc += instructionLength(code, pc)) {
    const op = code[pc];
    if (op === 0xa8 || op === 0xa9 || op === 0xc9 || (op === 0xc4 && code[pc + 1] === 0xa9)) {
      throw new NotTranslatable('jsr/ret');
    }
    pcs.push(pc);
  }
  const depth = new Int32Array(code.length).fill(-1);
  const leaders = new Set<number>([0]);
  const work: [number, number][] = [[0, 0]];
  for (const h of m.exceptionTable) {
    leaders.add(h.handlerPc);
    work.push([h.handlerPc, 1]);
  }
  while (work.length > 0) {
    const [start, d0] = work.pop()!;
    let pc = start;
    let d = d0;
    for (;;) {
      if (depth[pc] >= 0) {
        if (depth[pc] !== d) throw new NotTranslatable(`inconsistent stack depth at ${pc}`);
        break;
      }
      depth[pc] = d;
      const [pop, push] = stackEffect(cf, code, pc);
      d = d - pop + push;
      if (d < 0 || d > m.maxStack) throw new NotTranslatable(`stack depth ${d} at ${pc}`);
      const op = code[pc];
      for (const t of branchTargets(code, pc)) {
        leaders.add(t);
        work.push([t, d]);
      }
      const next = pc + instructionLength(code, pc);
      if (endsBlock(op)) {
        if (next < code.length) leaders.add(next);
        break;
      }
      if (branchTargets(code, pc).length > 0) leaders.add(next);
      if (next >= code.length) break;
      pc = next;
    }
  }
  return { pcs, depth, leaders };
}
