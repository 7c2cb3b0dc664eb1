// Tier 2: translation of a method's bytecode to a JavaScript function (DESIGN "Translation to
// JavaScript"). JVM locals and stack slots become JS variables (l0…, s0…) in the same slot layout as the
// interpreter (a long is two int32 variables), control flow is a switch over basic blocks inside a loop,
// and one try/catch per method dispatches Java exceptions to handlers by pc and deoptimizes on BLOCK.
import { CpTag, type CpEntry } from '../classfile/types.js';
import type { JavaThread } from '../threads/thread.js';
import {
  ClassState,
  type JavaClass,
  type JMethod,
  type CompiledMethod,
  type JField,
} from '../runtime/jclass.js';
import { JavaObject } from '../runtime/object.js';
import { resolveClassRef, resolveFieldRef, resolveMethodRef } from '../runtime/resolve.js';
import { analyze, branchTargets, NotTranslatable, stackEffect, type MethodShape } from './analysis.js';
import { R } from './runtime.js';

function u2(code: Uint8Array, p: number): number {
  return (code[p] << 8) | code[p + 1];
}
function s2(code: Uint8Array, p: number): number {
  return ((code[p] << 24) >> 16) | code[p + 1];
}
function s4(code: Uint8Array, p: number): number {
  return (code[p] << 24) | (code[p + 1] << 16) | (code[p + 2] << 8) | code[p + 3];
}

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

/** Translates `m`, or returns null when it can't be (the interpreter keeps running it). */
export function translate(thread: JavaThread, m: JMethod): CompiledMethod | null {
  if (m.code === null || m.isNative || (m.flags & 0x20) !== 0 || m.signaturePolymorphic) return null;
  let shape: MethodShape;
  try {
    shape = analyze(m);
  } catch (e) {
    if (e instanceof NotTranslatable) return null;
    throw e;
  }
  const em = new Emitter();
  try {
    generate(thread, m, shape, em);
  } catch (e) {
    // Resolution failed (the error belongs to the instruction, at run time) or an unsupported shape.
    if (e instanceof NotTranslatable || e instanceof JavaObject) return null;
    throw e;
  }
  const names = em.consts.map((_, i) => `K${i}`);
  const body = em.out.join('\n');
  const factory = new Function('R', ...names, body) as (...a: unknown[]) => CompiledMethod;
  return factory(R, ...em.consts);
}

function generate(thread: JavaThread, m: JMethod, shape: MethodShape, em: Emitter): void {
  const code = m.code!;
  const cls = m.cls;
  const cf = cls.classFile!;
  const cp = cf.constantPool;
  const maxLocals = m.maxLocals;
  const maxStack = m.maxStack;
  const M = em.k(m);
  const params: string[] = [];
  for (let i = 0; i < m.argSlots; i++) params.push(`p${i}`);
  const locals: string[] = [];
  for (let i = 0; i < maxLocals; i++) locals.push(`l${i}`);
  const stack: string[] = [];
  // At least s0: an exception handler receives the exception there.
  for (let i = 0; i < Math.max(1, maxStack); i++) stack.push(`s${i}`);
  const all = [...locals, ...stack];
  // Stack depth before each instruction and, for invokes, the slots the callee's frame takes over.
  const depthTable = em.k(shape.depth);
  const argsTable = new Int32Array(code.length);

  const body: string[] = [];
  const E = (line: string): void => {
    body.push(line);
  };
  const setPc = (pc: number): void => E(`fr.pc = ${pc};`);
  const budget = (pc: number): void => E(`if (--thread.budget < 0) { fr.pc = ${pc}; R.preempt(thread); }`);
  const jump = (pc: number, target: number): void => {
    if (target <= pc) budget(pc);
    E(`pc = ${target}; continue dispatch;`);
  };
  const S = (i: number): string => `s${i}`;

  for (const pc of shape.pcs) {
    const d = shape.depth[pc];
    if (shape.leaders.has(pc)) E(`case ${pc}:`);
    if (d < 0) continue; // unreachable
    const op = code[pc];
    const t = S(d - 1);
    switch (op) {
      case 0x00:
        break;
      case 0x01:
        E(`${S(d)} = null;`);
        break;
      case 0x02:
      case 0x03:
      case 0x04:
      case 0x05:
      case 0x06:
      case 0x07:
      case 0x08:
        E(`${S(d)} = ${op - 3};`);
        break;
      case 0x09:
      case 0x0a:
        E(`${S(d)} = ${op - 9}; ${S(d + 1)} = 0;`);
        break;
      case 0x0b:
      case 0x0c:
      case 0x0d:
        E(`${S(d)} = ${op - 0x0b};`);
        break;
      case 0x0e:
      case 0x0f:
        E(`${S(d)} = ${op - 0x0e}; ${S(d + 1)} = 0;`);
        break;
      case 0x10:
        E(`${S(d)} = ${(code[pc + 1] << 24) >> 24};`);
        break;
      case 0x11:
        E(`${S(d)} = ${s2(code, pc + 1)};`);
        break;
      case 0x12:
      case 0x13:
      case 0x14: {
        const idx = op === 0x12 ? code[pc + 1] : u2(code, pc + 1);
        const e = cp[idx] as CpEntry;
        switch (e.tag) {
          case CpTag.Integer:
          case CpTag.Float:
            E(`${S(d)} = ${lit(e.value)};`);
            break;
          case CpTag.Long:
            E(`${S(d)} = ${e.lo}; ${S(d + 1)} = ${e.hi};`);
            break;
          case CpTag.Double:
            E(`${S(d)} = ${lit(e.value)}; ${S(d + 1)} = 0;`);
            break;
          case CpTag.String:
            E(`${S(d)} = ${em.k(thread.vm.intern(e.value))};`);
            break;
          case CpTag.Dynamic:
            throw new NotTranslatable('condy');
          default:
            setPc(pc);
            E(`${S(d)} = R.ldc(thread, ${em.k(cls)}, ${idx});`);
        }
        break;
      }
      case 0x15:
      case 0x17:
      case 0x19:
        E(`${S(d)} = l${code[pc + 1]};`);
        break;
      case 0x16:
      case 0x18:
        E(`${S(d)} = l${code[pc + 1]}; ${S(d + 1)} = l${code[pc + 1] + 1};`);
        break;
      case 0x1a:
      case 0x1b:
      case 0x1c:
      case 0x1d:
        E(`${S(d)} = l${op - 0x1a};`);
        break;
      case 0x1e:
      case 0x1f:
      case 0x20:
      case 0x21:
        E(`${S(d)} = l${op - 0x1e}; ${S(d + 1)} = l${op - 0x1e + 1};`);
        break;
      case 0x22:
      case 0x23:
      case 0x24:
      case 0x25:
        E(`${S(d)} = l${op - 0x22};`);
        break;
      case 0x26:
      case 0x27:
      case 0x28:
      case 0x29:
        E(`${S(d)} = l${op - 0x26}; ${S(d + 1)} = l${op - 0x26 + 1};`);
        break;
      case 0x2a:
      case 0x2b:
      case 0x2c:
      case 0x2d:
        E(`${S(d)} = l${op - 0x2a};`);
        break;
      case 0x2e:
      case 0x30:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35: {
        setPc(pc);
        const a = S(d - 2);
        const i = S(d - 1);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${a} = ${a}[${i}];`,
        );
        break;
      }
      case 0x2f: {
        setPc(pc);
        const a = S(d - 2);
        const i = S(d - 1);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length >> 1) R.aioobe(thread, ${i}, ${a}.length >> 1); t1 = ${a}; ${a} = t1[2 * ${i}]; ${i} = t1[2 * ${i} + 1];`,
        );
        break;
      }
      case 0x31: {
        setPc(pc);
        const a = S(d - 2);
        const i = S(d - 1);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${a} = ${a}[${i}]; ${i} = 0;`,
        );
        break;
      }
      case 0x36:
      case 0x38:
      case 0x3a:
        E(`l${code[pc + 1]} = ${t};`);
        break;
      case 0x37:
      case 0x39:
        E(`l${code[pc + 1]} = ${S(d - 2)}; l${code[pc + 1] + 1} = ${t};`);
        break;
      case 0x3b:
      case 0x3c:
      case 0x3d:
      case 0x3e:
        E(`l${op - 0x3b} = ${t};`);
        break;
      case 0x3f:
      case 0x40:
      case 0x41:
      case 0x42:
        E(`l${op - 0x3f} = ${S(d - 2)}; l${op - 0x3f + 1} = ${t};`);
        break;
      case 0x43:
      case 0x44:
      case 0x45:
      case 0x46:
        E(`l${op - 0x43} = ${t};`);
        break;
      case 0x47:
      case 0x48:
      case 0x49:
      case 0x4a:
        E(`l${op - 0x47} = ${S(d - 2)}; l${op - 0x47 + 1} = ${t};`);
        break;
      case 0x4b:
      case 0x4c:
      case 0x4d:
      case 0x4e:
        E(`l${op - 0x4b} = ${t};`);
        break;
      case 0x4f:
      case 0x51:
      case 0x54:
      case 0x55:
      case 0x56: {
        setPc(pc);
        const a = S(d - 3);
        const i = S(d - 2);
        const v = op === 0x54 ? `(${a}.$cls.primitive === 'Z' ? ${t} & 1 : ${t})` : t;
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${a}[${i}] = ${v};`,
        );
        break;
      }
      case 0x50: {
        setPc(pc);
        const a = S(d - 4);
        const i = S(d - 3);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length >> 1) R.aioobe(thread, ${i}, ${a}.length >> 1); ${a}[2 * ${i}] = ${S(d - 2)}; ${a}[2 * ${i} + 1] = ${t};`,
        );
        break;
      }
      case 0x52: {
        setPc(pc);
        const a = S(d - 4);
        const i = S(d - 3);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); ${a}[${i}] = ${S(d - 2)};`,
        );
        break;
      }
      case 0x53: {
        setPc(pc);
        const a = S(d - 3);
        const i = S(d - 2);
        E(
          `if (${a} === null) R.npe(thread); if (${i} >>> 0 >= ${a}.length) R.aioobe(thread, ${i}, ${a}.length); if (${t} !== null && ${t}.$cls !== ${a}.$cls.componentType && !R.assignable(${t}.$cls, ${a}.$cls.componentType)) R.ase(thread, ${t}); ${a}[${i}] = ${t};`,
        );
        break;
      }
      case 0x57:
      case 0x58:
        break;
      case 0x59:
        E(`${S(d)} = ${t};`);
        break;
      case 0x5a:
        E(`t1 = ${t}; ${t} = ${S(d - 2)}; ${S(d - 2)} = t1; ${S(d)} = t1;`);
        break;
      case 0x5b:
        E(`t1 = ${t}; ${t} = ${S(d - 2)}; ${S(d - 2)} = ${S(d - 3)}; ${S(d - 3)} = t1; ${S(d)} = t1;`);
        break;
      case 0x5c:
        E(`${S(d)} = ${S(d - 2)}; ${S(d + 1)} = ${t};`);
        break;
      case 0x5d:
        // ..., v3, v2, v1 → ..., v2, v1, v3, v2, v1
        E(
          `t1 = ${S(d - 1)}; t2 = ${S(d - 2)}; t3 = ${S(d - 3)}; ${S(d - 3)} = t2; ${S(d - 2)} = t1; ${S(d - 1)} = t3; ${S(d)} = t2; ${S(d + 1)} = t1;`,
        );
        break;
      case 0x5e:
        E(
          `t1 = ${S(d - 1)}; t2 = ${S(d - 2)}; t3 = ${S(d - 3)}; t4 = ${S(d - 4)}; ${S(d - 4)} = t2; ${S(d - 3)} = t1; ${S(d - 2)} = t4; ${S(d - 1)} = t3; ${S(d)} = t2; ${S(d + 1)} = t1;`,
        );
        break;
      case 0x5f:
        E(`t1 = ${t}; ${t} = ${S(d - 2)}; ${S(d - 2)} = t1;`);
        break;
      case 0x60:
        E(`${S(d - 2)} = (${S(d - 2)} + ${t}) | 0;`);
        break;
      case 0x64:
        E(`${S(d - 2)} = (${S(d - 2)} - ${t}) | 0;`);
        break;
      case 0x68:
        E(`${S(d - 2)} = R.imul(${S(d - 2)}, ${t});`);
        break;
      case 0x6c:
        setPc(pc);
        E(`if (${t} === 0) R.div0(thread); ${S(d - 2)} = (${S(d - 2)} / ${t}) | 0;`);
        break;
      case 0x70:
        setPc(pc);
        E(`if (${t} === 0) R.div0(thread); ${S(d - 2)} = (${S(d - 2)} % ${t}) | 0;`);
        break;
      case 0x74:
        E(`${t} = -${t} | 0;`);
        break;
      case 0x78:
        E(`${S(d - 2)} = ${S(d - 2)} << ${t};`);
        break;
      case 0x7a:
        E(`${S(d - 2)} = ${S(d - 2)} >> ${t};`);
        break;
      case 0x7c:
        E(`${S(d - 2)} = (${S(d - 2)} >>> ${t}) | 0;`);
        break;
      case 0x7e:
        E(`${S(d - 2)} = ${S(d - 2)} & ${t};`);
        break;
      case 0x80:
        E(`${S(d - 2)} = ${S(d - 2)} | ${t};`);
        break;
      case 0x82:
        E(`${S(d - 2)} = ${S(d - 2)} ^ ${t};`);
        break;
      case 0x61:
      case 0x65:
      case 0x69:
      case 0x6d:
      case 0x71: {
        const fn = { 0x61: 'ladd', 0x65: 'lsub', 0x69: 'lmul', 0x6d: 'ldiv', 0x71: 'lrem' }[op]!;
        if (op === 0x6d || op === 0x71) {
          setPc(pc);
          E(`if (${S(d - 2)} === 0 && ${t} === 0) R.div0(thread);`);
        }
        E(`${S(d - 4)} = ${fn}(${S(d - 4)}, ${S(d - 3)}, ${S(d - 2)}, ${t}); ${S(d - 3)} = L.hi;`);
        break;
      }
      case 0x7f:
        E(`${S(d - 4)} &= ${S(d - 2)}; ${S(d - 3)} &= ${t};`);
        break;
      case 0x81:
        E(`${S(d - 4)} |= ${S(d - 2)}; ${S(d - 3)} |= ${t};`);
        break;
      case 0x83:
        E(`${S(d - 4)} ^= ${S(d - 2)}; ${S(d - 3)} ^= ${t};`);
        break;
      case 0x75:
        E(`${S(d - 2)} = lsub(0, 0, ${S(d - 2)}, ${t}); ${t} = L.hi;`);
        break;
      case 0x79:
      case 0x7b:
      case 0x7d: {
        const fn = op === 0x79 ? 'lshl' : op === 0x7b ? 'lshr' : 'lushr';
        E(`${S(d - 3)} = ${fn}(${S(d - 3)}, ${S(d - 2)}, ${t}); ${S(d - 2)} = L.hi;`);
        break;
      }
      case 0x62:
        E(`${S(d - 2)} = fround(${S(d - 2)} + ${t});`);
        break;
      case 0x66:
        E(`${S(d - 2)} = fround(${S(d - 2)} - ${t});`);
        break;
      case 0x6a:
        E(`${S(d - 2)} = fround(${S(d - 2)} * ${t});`);
        break;
      case 0x6e:
        E(`${S(d - 2)} = fround(${S(d - 2)} / ${t});`);
        break;
      case 0x72:
        E(`${S(d - 2)} = fround(${S(d - 2)} % ${t});`);
        break;
      case 0x76:
        E(`${t} = -${t};`);
        break;
      case 0x63:
        E(`${S(d - 4)} = ${S(d - 4)} + ${S(d - 2)};`);
        break;
      case 0x67:
        E(`${S(d - 4)} = ${S(d - 4)} - ${S(d - 2)};`);
        break;
      case 0x6b:
        E(`${S(d - 4)} = ${S(d - 4)} * ${S(d - 2)};`);
        break;
      case 0x6f:
        E(`${S(d - 4)} = ${S(d - 4)} / ${S(d - 2)};`);
        break;
      case 0x73:
        E(`${S(d - 4)} = ${S(d - 4)} % ${S(d - 2)};`);
        break;
      case 0x77:
        E(`${S(d - 2)} = -${S(d - 2)};`);
        break;
      case 0x84:
        E(`l${code[pc + 1]} = (l${code[pc + 1]} + ${(code[pc + 2] << 24) >> 24}) | 0;`);
        break;
      case 0x85:
        E(`${S(d)} = ${t} >> 31;`);
        break;
      case 0x86:
        E(`${t} = fround(${t});`);
        break;
      case 0x87:
      case 0x8d:
        E(`${S(d)} = 0;`);
        break;
      case 0x88:
        break;
      case 0x89:
        E(`${S(d - 2)} = l2f(${S(d - 2)}, ${t});`);
        break;
      case 0x8a:
        E(`${S(d - 2)} = l2d(${S(d - 2)}, ${t}); ${t} = 0;`);
        break;
      case 0x8b:
        E(`${t} = f2i(${t});`);
        break;
      case 0x8c:
        E(`${t} = f2l(${t}); ${S(d)} = L.hi;`);
        break;
      case 0x8e:
        E(`${S(d - 2)} = d2i(${S(d - 2)});`);
        break;
      case 0x8f:
        E(`${S(d - 2)} = d2l(${S(d - 2)}); ${t} = L.hi;`);
        break;
      case 0x90:
        E(`${S(d - 2)} = fround(${S(d - 2)});`);
        break;
      case 0x91:
        E(`${t} = (${t} << 24) >> 24;`);
        break;
      case 0x92:
        E(`${t} = ${t} & 0xffff;`);
        break;
      case 0x93:
        E(`${t} = (${t} << 16) >> 16;`);
        break;
      case 0x94:
        E(`${S(d - 4)} = lcmp(${S(d - 4)}, ${S(d - 3)}, ${S(d - 2)}, ${t});`);
        break;
      case 0x95:
        E(`${S(d - 2)} = fcmpl(${S(d - 2)}, ${t});`);
        break;
      case 0x96:
        E(`${S(d - 2)} = fcmpg(${S(d - 2)}, ${t});`);
        break;
      case 0x97:
        E(`${S(d - 4)} = dcmpl(${S(d - 4)}, ${S(d - 2)});`);
        break;
      case 0x98:
        E(`${S(d - 4)} = dcmpg(${S(d - 4)}, ${S(d - 2)});`);
        break;
      case 0x99:
      case 0x9a:
      case 0x9b:
      case 0x9c:
      case 0x9d:
      case 0x9e: {
        const rel = ['===', '!==', '<', '>=', '>', '<='][op - 0x99];
        E(`if (${t} ${rel} 0) {`);
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
        E(`if (${S(d - 2)} ${rel} ${t}) {`);
        jump(pc, pc + s2(code, pc + 1));
        E(`}`);
        break;
      }
      case 0xc6:
      case 0xc7:
        E(`if (${t} ${op === 0xc6 ? '===' : '!=='} null) {`);
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
        if ([def, ...targets].some((x) => x <= pc)) budget(pc);
        E(
          `pc = (${t} >= ${low} && ${t} <= ${high}) ? ${em.k(Int32Array.from(targets))}[${t} - ${low}] : ${def}; continue dispatch;`,
        );
        break;
      }
      case 0xab: {
        const targets = branchTargets(code, pc);
        if (targets.some((x) => x <= pc)) budget(pc);
        const p = (pc + 4) & ~3;
        const n = s4(code, p + 4);
        E(`switch (${t}) {`);
        for (let i = 0; i < n; i++)
          E(`case ${s4(code, p + 8 + 8 * i)}: pc = ${pc + s4(code, p + 8 + 8 * i + 4)}; continue dispatch;`);
        E(`default: pc = ${pc + s4(code, p)}; continue dispatch; }`);
        break;
      }
      case 0xac:
      case 0xae:
      case 0xb0:
        E(`thread.frame = fr.parent; return ${t};`);
        break;
      case 0xad:
        E(`t1 = ${S(d - 2)}; L.hi = ${t}; thread.frame = fr.parent; return t1;`);
        break;
      case 0xaf:
        E(`thread.frame = fr.parent; return ${S(d - 2)};`);
        break;
      case 0xb1:
        E(`thread.frame = fr.parent; return undefined;`);
        break;
      case 0xb2:
      case 0xb3: {
        const f = resolveFieldRef(thread, cls, u2(code, pc + 1));
        if (!f.isStatic) throw new NotTranslatable('static access to instance field');
        if (op === 0xb3 && (f.flags & 0x10) !== 0 && f.cls !== cls)
          throw new NotTranslatable('final field of another class');
        const C = em.k(f.cls);
        if (f.cls.state !== ClassState.Initialized) {
          setPc(pc);
          E(`if (${C}.state !== ${ClassState.Initialized}) R.init(thread, ${C});`);
        }
        const key = JSON.stringify(f.key);
        const hiKey = JSON.stringify(f.hiKey);
        if (op === 0xb2) {
          E(`${S(d)} = ${C}.statics[${key}];`);
          if (f.type === 'J') E(`${S(d + 1)} = ${C}.statics[${hiKey}];`);
          else if (f.type === 'D') E(`${S(d + 1)} = 0;`);
        } else if (f.isWide) {
          E(`${C}.statics[${key}] = ${S(d - 2)};`);
          if (f.type === 'J') E(`${C}.statics[${hiKey}] = ${t};`);
        } else E(`${C}.statics[${key}] = ${t};`);
        break;
      }
      case 0xb4:
      case 0xb5: {
        const f: JField = resolveFieldRef(thread, cls, u2(code, pc + 1));
        if (f.isStatic) throw new NotTranslatable('instance access to static field');
        if (op === 0xb5 && (f.flags & 0x10) !== 0 && f.cls !== cls)
          throw new NotTranslatable('final field of another class');
        setPc(pc);
        const key = JSON.stringify(f.key);
        const hiKey = JSON.stringify(f.hiKey);
        if (op === 0xb4) {
          E(`if (${t} === null) R.npe(thread);`);
          if (f.type === 'J') E(`${S(d)} = ${t}[${hiKey}]; ${t} = ${t}[${key}];`);
          else if (f.type === 'D') E(`${t} = ${t}[${key}]; ${S(d)} = 0;`);
          else E(`${t} = ${t}[${key}];`);
        } else if (f.isWide) {
          const o = S(d - 3);
          E(`if (${o} === null) R.npe(thread); ${o}[${key}] = ${S(d - 2)};`);
          if (f.type === 'J') E(`${o}[${hiKey}] = ${t};`);
        } else {
          const o = S(d - 2);
          E(`if (${o} === null) R.npe(thread); ${o}[${key}] = ${t};`);
        }
        break;
      }
      case 0xb6:
      case 0xb7:
      case 0xb8:
      case 0xb9:
      case 0xba: {
        const [nargs, nret] = stackEffect(cf, code, pc);
        argsTable[pc] = nargs;
        const base = d - nargs;
        const args = [];
        for (let i = base; i < d; i++) args.push(S(i));
        setPc(pc);
        budget(pc);
        let call: string;
        if (op === 0xba) {
          call = `R.indy(thread, ${M}, ${pc}, ${u2(code, pc + 1)}${args.map((a) => ', ' + a).join('')})`;
        } else {
          const resolved = resolveMethodRef(thread, cls, u2(code, pc + 1), op);
          if (resolved.signaturePolymorphic) {
            call = `R.poly(thread, ${em.k(cls)}, ${em.k(resolved)}, ${op}${args.map((a) => ', ' + a).join('')})`;
          } else if (op === 0xb8) {
            if (!resolved.isStatic) throw new NotTranslatable('invokestatic of instance method');
            const T = em.k(resolved);
            if (resolved.cls.state !== ClassState.Initialized)
              E(`if (${T}.cls.state !== ${ClassState.Initialized}) R.init(thread, ${T}.cls);`);
            call = directCall(T, args);
          } else {
            if (resolved.isStatic) throw new NotTranslatable('invoke of static method');
            const recv = S(base);
            E(`if (${recv} === null) R.npe(thread);`);
            const target = op === 0xb7 ? selectSpecial(cls, resolved) : resolved;
            const monomorphic =
              op === 0xb7 ||
              target.isPrivate ||
              ((target.flags & 0x10) !== 0 && !target.cls.isInterface) ||
              ((target.cls.flags & 0x10) !== 0 && !target.cls.isInterface);
            if (monomorphic) {
              if (target.isAbstract) throw new NotTranslatable('abstract direct call');
              call = directCall(em.k(target), args);
            } else {
              const ic = em.k({ cls: null, m: null });
              E(
                `t1 = ${recv}.$cls === ${ic}.cls ? ${ic}.m : R.select(thread, ${recv}, ${em.k(resolved)}, ${ic}, ${op === 0xb9});`,
              );
              call = `(t1.compiled !== null ? t1.compiled(thread, null${args.map((a) => ', ' + a).join('')}) : R.call(thread, t1, [${args.join(', ')}]))`;
            }
          }
        }
        if (nret === 0) E(`${call};`);
        else if (nret === 1) E(`${S(base)} = ${call};`);
        else {
          const isLong =
            cf.constantPool[u2(code, pc + 1)] &&
            (cf.constantPool[u2(code, pc + 1)] as { descriptor: string }).descriptor.endsWith('J');
          E(`${S(base)} = ${call}; ${S(base + 1)} = ${isLong ? 'L.hi' : '0'};`);
        }
        break;
      }
      case 0xbb: {
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        if (c.isInterface || (c.flags & 0x400) !== 0 || !c.ctor)
          throw new NotTranslatable('new of abstract class');
        const C = em.k(c);
        if (c.state !== ClassState.Initialized) {
          setPc(pc);
          E(`if (${C}.state !== ${ClassState.Initialized}) R.init(thread, ${C});`);
        }
        E(`${S(d)} = new ${em.k(c.ctor)}();`);
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
        E(`${t} = R.newArray(thread, ${em.k(ac)}, ${t});`);
        break;
      }
      case 0xbe:
        setPc(pc);
        E(`if (${t} === null) R.npe(thread); ${t} = ${t}.length >> ${t}.$cls.lenShift;`);
        break;
      case 0xbf:
        setPc(pc);
        E(`if (${t} === null) R.npe(thread); throw ${t};`);
        break;
      case 0xc0: {
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        const C = em.k(c);
        setPc(pc);
        E(
          `if (${t} !== null && ${t}.$cls !== ${C} && !R.assignable(${t}.$cls, ${C})) R.cce(thread, ${t}, ${C});`,
        );
        break;
      }
      case 0xc1: {
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        const C = em.k(c);
        E(`${t} = ${t} === null ? 0 : (${t}.$cls === ${C} || R.assignable(${t}.$cls, ${C})) ? 1 : 0;`);
        break;
      }
      case 0xc2:
        setPc(pc);
        E(`R.menter(thread, ${t});`);
        break;
      case 0xc3:
        setPc(pc);
        E(`R.mexit(thread, ${t});`);
        break;
      case 0xc4: {
        const w = code[pc + 1];
        const i = u2(code, pc + 2);
        if (w === 0x84) E(`l${i} = (l${i} + ${s2(code, pc + 4)}) | 0;`);
        else if (w === 0x15 || w === 0x17 || w === 0x19) E(`${S(d)} = l${i};`);
        else if (w === 0x16 || w === 0x18) E(`${S(d)} = l${i}; ${S(d + 1)} = l${i + 1};`);
        else if (w === 0x36 || w === 0x38 || w === 0x3a) E(`l${i} = ${t};`);
        else if (w === 0x37 || w === 0x39) E(`l${i} = ${S(d - 2)}; l${i + 1} = ${t};`);
        else throw new NotTranslatable('wide');
        break;
      }
      case 0xc5: {
        setPc(pc);
        const c = resolveClassRef(thread, cls, u2(code, pc + 1));
        const dims = code[pc + 3];
        const counts = [];
        for (let i = d - dims; i < d; i++) counts.push(S(i));
        E(`${S(d - dims)} = R.multiArray(thread, ${em.k(c)}, [${counts.join(', ')}]);`);
        break;
      }
      default:
        throw new NotTranslatable(`opcode 0x${op.toString(16)}`);
    }
    // Falling through into the next block needs nothing: switch cases are in pc order.
  }

  // Assemble the function.
  em.emit(
    `const { long: { ladd, lsub, lmul, ldiv, lrem, lshl, lshr, lushr, lcmp, l2d, l2f, d2l, f2l }, numeric: { d2i, f2i, fcmpl, fcmpg, dcmpl, dcmpg }, L, fround } = R;`,
  );
  em.emit(`const ARGS = ${JSON.stringify(Array.from(argsTable))};`);
  em.emit(`return function ${safeName(m)}(thread, osr${params.map((p) => ', ' + p).join('')}) {`);
  em.emit(`let ${locals.map((l, i) => `${l} = ${i < m.argSlots ? `p${i}` : '0'}`).join(', ') || '_u = 0'};`);
  if (stack.length > 0) em.emit(`let ${stack.map((s) => `${s} = 0`).join(', ')};`);
  em.emit(`let t1 = null, t2 = null, t3 = null, t4 = null, pc = 0, fr, unhandled = null;`);
  em.emit(`if (osr !== null) {`);
  em.emit(`fr = osr; fr.compiled = true; const v = fr.slots; pc = fr.pc;`);
  locals.forEach((l, i) => em.emit(`${l} = v[${i}];`));
  stack.forEach((s, i) => em.emit(`${s} = v[${maxLocals + i}];`));
  em.emit(`} else {`);
  em.emit(`const parent = thread.frame; const depth = parent === null ? 0 : parent.depth + 1;`);
  em.emit(`if (depth > thread.maxDepth) R.overflow(thread);`);
  em.emit(`fr = new R.Frame(${M}, parent, depth, true); thread.frame = fr;`);
  em.emit(`}`);
  em.emit(`for (;;) {`);
  // An exception this frame does not handle leaves from here, after a back-edge of this loop: V8 counts
  // a function's heat only at returns and loop back-edges, so a method that always exits by throwing
  // (an exception thrown a few frames down) would otherwise stay in V8's interpreter forever.
  em.emit(`if (unhandled !== null) { thread.frame = fr.parent; throw unhandled; }`);
  em.emit(`try {`);
  em.emit(`dispatch: for (;;) {`);
  em.emit(`switch (pc) {`);
  for (const line of body) em.emit(line);
  em.emit(`default: throw new Error('tsjvm: translated ${safeName(m)} has no block at ' + pc);`);
  em.emit(`}`);
  em.emit(`}`);
  em.emit(`} catch (e) {`);
  em.emit(`if (e === R.BLOCK) {`);
  // Deoptimize: this frame becomes an interpreter frame; a callee frame above it owns the call's arguments.
  em.emit(
    `fr.materialize([${all.join(', ')}], ${depthTable}[fr.pc] - (thread.frame !== fr ? ARGS[fr.pc] : 0));`,
  );
  em.emit(`throw e;`);
  em.emit(`}`);
  em.emit(`let ex;`);
  em.emit(`try { ex = R.toThrowable(thread, e); } catch (e2) { thread.frame = fr.parent; throw e2; }`);
  em.emit(`thread.frame = fr;`);
  em.emit(`const h = R.handler(thread, ${M}, fr.pc, ex);`);
  em.emit(`if (h < 0) { unhandled = ex; continue; }`);
  em.emit(`s0 = ex; pc = h;`);
  em.emit(`}`);
  em.emit(`}`);
  em.emit(`};`);
}

function directCall(T: string, args: string[]): string {
  return `(${T}.compiled !== null ? ${T}.compiled(thread, null${args.map((a) => ', ' + a).join('')}) : R.call(thread, ${T}, [${args.join(', ')}]))`;
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
