// Helpful NullPointerException messages (JEP 358), as HotSpot 17 computes them in
// BytecodeUtils::get_NPE_message_at (src/hotspot/share/interpreter/bytecodeUtils.cpp).
//
// The message is built from the bytecode alone. A data-flow pass over the method simulates the operand
// stack, recording for every stack slot the bytecode index of the instruction that pushed it (or
// "unknown" where control flow merges different producers). At the faulting instruction the slot that
// held the null reference is looked up, and the instruction that pushed it is described as a Java-like
// expression ("this.next", "a[i]", "the return value of ...", a local variable name), following
// producers backwards at most five levels deep.
//
// The HotSpot algorithm is reproduced including its quirks, since the messages are observable:
// - the pass stops as soon as the faulting index has a stack (later merges, e.g. from loop back edges,
//   are never seen);
// - merging into a branch target also merges into the working stack, so a later target sees the merge;
// - tableswitch and lookupswitch also flow into the next instruction; jsr does not (nothing is known
//   after a subroutine call returns);
// - a null pushed by an instruction that is not described (invokedynamic)
//   leaves the message ending in ` because "`;
// - ldc of a MethodHandle, MethodType or dynamic constant pushes nothing (the product VM's behaviour);
// - sipush operands are printed unsigned;
// - only iaload and aaload are followed as array-element expressions.

import { CpTag, type ConstantPool, type CpEntry, type LocalVariableEntry } from '../classfile/types.js';
import { Op, instructionLength } from '../classfile/opcodes.js';

/** What the analysis needs to know about a method. */
export interface NpeMethod {
  /** The method's bytecode (not rewritten). */
  code: Uint8Array;
  constantPool: ConstantPool;
  /** The method descriptor, e.g. `(Ljava/lang/String;I)V`. */
  descriptor: string;
  isStatic: boolean;
  /** Handler indexes of the exception table, in table order. */
  handlerPcs: readonly number[];
  /** The LocalVariableTable entries in class-file order; empty when the method has none. */
  localVariables: readonly LocalVariableEntry[];
}

// ---------------------------------------------------------------------------------------------------------
// Basic types (HotSpot's BasicType values; only sizes and the object/array distinction matter here).

const T_BOOLEAN = 4;
const T_CHAR = 5;
const T_FLOAT = 6;
const T_DOUBLE = 7;
const T_BYTE = 8;
const T_SHORT = 9;
const T_INT = 10;
const T_LONG = 11;
const T_OBJECT = 12;
const T_ARRAY = 13;
const T_VOID = 14;
const T_ADDRESS = 15;
const T_CONFLICT = 19;

/** type2size: long and double take two stack words, void none; the rest one (T_CONFLICT's -1 pushes once). */
function isDoubleWord(type: number): boolean {
  return type === T_LONG || type === T_DOUBLE;
}

/** Signature::basic_type of a field descriptor or return type. */
function basicTypeOf(desc: string, at = 0): number {
  switch (desc.charCodeAt(at)) {
    case 0x5a /* Z */:
      return T_BOOLEAN;
    case 0x43 /* C */:
      return T_CHAR;
    case 0x46 /* F */:
      return T_FLOAT;
    case 0x44 /* D */:
      return T_DOUBLE;
    case 0x42 /* B */:
      return T_BYTE;
    case 0x53 /* S */:
      return T_SHORT;
    case 0x49 /* I */:
      return T_INT;
    case 0x4a /* J */:
      return T_LONG;
    case 0x5b /* [ */:
      return T_ARRAY;
    case 0x56 /* V */:
      return T_VOID;
    default:
      return T_OBJECT;
  }
}

/** Sizes (1 or 2) of the parameters of a method descriptor, in order. */
function parameterSizes(desc: string): number[] {
  const sizes: number[] = [];
  let i = 1;
  while (i < desc.length && desc.charCodeAt(i) !== 0x29 /* ) */) {
    const c = desc.charCodeAt(i);
    sizes.push(c === 0x4a || c === 0x44 ? 2 : 1);
    while (desc.charCodeAt(i) === 0x5b /* [ */) i++;
    if (desc.charCodeAt(i) === 0x4c /* L */) {
      const end = desc.indexOf(';', i);
      i = end < 0 ? desc.length : end + 1;
    } else {
      i++;
    }
  }
  return sizes;
}

/** ArgumentSizeComputer: stack words of a method's parameters (without the receiver). */
function argumentSize(desc: string): number {
  let n = 0;
  for (const s of parameterSizes(desc)) n += s;
  return n;
}

/** ResultTypeFinder: the basic type of a method descriptor's return type. */
function resultType(desc: string): number {
  return basicTypeOf(desc, desc.lastIndexOf(')') + 1);
}

/** Bytecodes::result_type for the instructions whose pushed type is fixed. */
function fixedResultType(op: number): number {
  if (op === Op.ACONST_NULL || op === Op.NEW || op === Op.NEWARRAY || op === Op.ANEWARRAY || op === Op.AALOAD)
    return T_OBJECT;
  if (op >= Op.ICONST_M1 && op <= Op.ICONST_5) return T_INT;
  if (op === Op.LCONST_0 || op === Op.LCONST_1) return T_LONG;
  if (op >= Op.FCONST_0 && op <= Op.FCONST_2) return T_FLOAT;
  if (op === Op.DCONST_0 || op === Op.DCONST_1) return T_DOUBLE;
  if (op === Op.BIPUSH || op === Op.SIPUSH || op === Op.INSTANCEOF) return T_INT;
  switch (op) {
    case Op.ILOAD:
    case Op.ILOAD_0:
    case Op.ILOAD_1:
    case Op.ILOAD_2:
    case Op.ILOAD_3:
    case Op.IALOAD:
      return T_INT;
    case Op.LLOAD:
    case Op.LLOAD_0:
    case Op.LLOAD_1:
    case Op.LLOAD_2:
    case Op.LLOAD_3:
    case Op.LALOAD:
      return T_LONG;
    case Op.FLOAD:
    case Op.FLOAD_0:
    case Op.FLOAD_1:
    case Op.FLOAD_2:
    case Op.FLOAD_3:
    case Op.FALOAD:
      return T_FLOAT;
    case Op.DLOAD:
    case Op.DLOAD_0:
    case Op.DLOAD_1:
    case Op.DLOAD_2:
    case Op.DLOAD_3:
    case Op.DALOAD:
      return T_DOUBLE;
    case Op.ALOAD:
    case Op.ALOAD_0:
    case Op.ALOAD_1:
    case Op.ALOAD_2:
    case Op.ALOAD_3:
      return T_OBJECT;
    case Op.BALOAD:
      return T_BYTE;
    case Op.CALOAD:
      return T_CHAR;
    case Op.SALOAD:
      return T_SHORT;
    // Arithmetic: the operand type.
    case Op.IADD:
    case Op.ISUB:
    case Op.IMUL:
    case Op.IDIV:
    case Op.IREM:
    case Op.INEG:
    case Op.ISHL:
    case Op.ISHR:
    case Op.IUSHR:
    case Op.IAND:
    case Op.IOR:
    case Op.IXOR:
    case Op.L2I:
    case Op.F2I:
    case Op.D2I:
      return T_INT;
    case Op.LADD:
    case Op.LSUB:
    case Op.LMUL:
    case Op.LDIV:
    case Op.LREM:
    case Op.LNEG:
    case Op.LSHL:
    case Op.LSHR:
    case Op.LUSHR:
    case Op.LAND:
    case Op.LOR:
    case Op.LXOR:
    case Op.I2L:
    case Op.F2L:
    case Op.D2L:
      return T_LONG;
    case Op.FADD:
    case Op.FSUB:
    case Op.FMUL:
    case Op.FDIV:
    case Op.FREM:
    case Op.FNEG:
    case Op.I2F:
    case Op.L2F:
    case Op.D2F:
      return T_FLOAT;
    case Op.DADD:
    case Op.DSUB:
    case Op.DMUL:
    case Op.DDIV:
    case Op.DREM:
    case Op.DNEG:
    case Op.I2D:
    case Op.L2D:
    case Op.F2D:
      return T_DOUBLE;
    case Op.I2B:
      return T_BYTE;
    case Op.I2C:
      return T_CHAR;
    case Op.I2S:
      return T_SHORT;
    default:
      // nop, iinc and the like push nothing.
      return T_VOID;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The simulated operand stack. An entry packs the pushing bytecode index (17 bits; INVALID when unknown)
// and the basic type.

const INVALID_BCI = 0x1ffff;

function entry(bci: number, type: number): number {
  return bci * 32 + type;
}
function entryBci(e: number): number {
  return Math.floor(e / 32);
}
function entryType(e: number): number {
  return e % 32;
}

/** StackSlotAnalysisData::merge. */
function mergeEntry(a: number, b: number): number {
  const ta = entryType(a);
  const tb = entryType(b);
  const ba = entryBci(a);
  const bb = entryBci(b);
  if (ta !== tb) {
    if ((ta === T_OBJECT || ta === T_ARRAY) && (tb === T_OBJECT || tb === T_ARRAY)) {
      return entry(ba === bb ? ba : INVALID_BCI, T_OBJECT);
    }
    return entry(INVALID_BCI, T_CONFLICT);
  }
  return ba === bb ? a : entry(INVALID_BCI, ta);
}

class SimStack {
  slots: number[] = [];
  /** Bit i: local slot i was written (slots 0..63; higher ones count as always written). */
  writtenLo = 0;
  writtenHi = 0;

  copy(): SimStack {
    const s = new SimStack();
    s.slots = this.slots.slice();
    s.writtenLo = this.writtenLo;
    s.writtenHi = this.writtenHi;
    return s;
  }

  pushRaw(e: number): void {
    if (entryType(e) !== T_VOID) this.slots.push(e);
  }

  push(bci: number, type: number): void {
    this.pushEntry(entry(bci, type));
  }

  pushEntry(e: number): void {
    this.pushRaw(e);
    if (isDoubleWord(entryType(e))) this.pushRaw(e);
  }

  pop(n: number): void {
    // Verified code never underflows; the guard only keeps malformed input from breaking the pass.
    this.slots.length = Math.max(0, this.slots.length - Math.max(0, n));
  }

  size(): number {
    return this.slots.length;
  }

  /** Slot 0 is the top of the stack. */
  at(slot: number): number {
    return this.slots[this.slots.length - 1 - slot];
  }

  merge(other: SimStack): void {
    const n = Math.min(this.slots.length, other.slots.length);
    for (let i = n - 1; i >= 0; i--) this.slots[i] = mergeEntry(this.slots[i], other.slots[i]);
    this.writtenLo |= other.writtenLo;
    this.writtenHi |= other.writtenHi;
  }

  setWritten(i: number): void {
    if (i > 63) return;
    if (i < 32) this.writtenLo |= 1 << i;
    else this.writtenHi |= 1 << (i - 32);
  }

  wasWritten(i: number): boolean {
    if (i > 63) return true;
    return i < 32 ? (this.writtenLo & (1 << i)) !== 0 : (this.writtenHi & (1 << (i - 32))) !== 0;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names as HotSpot prints them.

function u2(code: Uint8Array, at: number): number {
  return (code[at] << 8) | code[at + 1];
}

function s2(code: Uint8Array, at: number): number {
  return (u2(code, at) << 16) >> 16;
}

function s4(code: Uint8Array, at: number): number {
  return (code[at] << 24) | (code[at + 1] << 16) | (code[at + 2] << 8) | code[at + 3];
}

type MemberRef = Extract<CpEntry, { tag: CpTag.Fieldref | CpTag.Methodref | CpTag.InterfaceMethodref }>;

function memberRef(cp: ConstantPool, index: number): MemberRef | null {
  const e = cp.get(index);
  if (!e) return null;
  if (e.tag === CpTag.Fieldref || e.tag === CpTag.Methodref || e.tag === CpTag.InterfaceMethodref) return e;
  return null;
}

/** The name and descriptor a member reference or an InvokeDynamic entry names. */
function nameAndType(cp: ConstantPool, index: number): { name: string; descriptor: string } | null {
  const e = cp.get(index);
  if (!e) return null;
  switch (e.tag) {
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref:
    case CpTag.InvokeDynamic:
    case CpTag.Dynamic:
      return { name: e.name, descriptor: e.descriptor };
    default:
      return null;
  }
}

/** print_klass_name: the external name, with java.lang.Object and java.lang.String shortened. */
function klassName(internal: string): string {
  const name = internal.replace(/\//g, '.');
  if (name === 'java.lang.Object') return 'Object';
  if (name === 'java.lang.String') return 'String';
  return name;
}

/** How Symbol::print_as_signature_external_parameters prints one field type: `int`, `java.lang.String[][]`. */
function externalType(desc: string): string {
  let dims = 0;
  while (desc.charCodeAt(dims) === 0x5b /* [ */) dims++;
  const base = desc.substring(dims);
  let name: string;
  switch (base.charAt(0)) {
    case 'L':
      name = base.substring(1, base.length - 1).replace(/\//g, '.');
      break;
    case 'Z':
      name = 'boolean';
      break;
    case 'C':
      name = 'char';
      break;
    case 'F':
      name = 'float';
      break;
    case 'D':
      name = 'double';
      break;
    case 'B':
      name = 'byte';
      break;
    case 'S':
      name = 'short';
      break;
    case 'I':
      name = 'int';
      break;
    case 'J':
      name = 'long';
      break;
    default:
      name = base;
  }
  return name + '[]'.repeat(dims);
}

function parameterTypes(desc: string): string[] {
  const types: string[] = [];
  let i = 1;
  while (i < desc.length && desc.charCodeAt(i) !== 0x29 /* ) */) {
    const start = i;
    while (desc.charCodeAt(i) === 0x5b /* [ */) i++;
    if (desc.charCodeAt(i) === 0x4c /* L */) {
      const end = desc.indexOf(';', i);
      i = end < 0 ? desc.length : end + 1;
    } else {
      i++;
    }
    types.push(externalType(desc.substring(start, i)));
  }
  return types;
}

/**
 * trim_well_known_class_names_from_signature: drops "java.lang." from a parameter list where
 * "java.lang.Object" or "java.lang.String" starts the list or follows ", ". Only those sixteen characters
 * are compared, so java.lang.StringBuilder becomes StringBuilder too.
 */
function trimWellKnownClassNames(sig: string): string {
  if (sig.length < 16) return sig;
  let out = '';
  for (let i = 0; i < sig.length; i++) {
    if (
      (i === 0 && (sig.startsWith('java.lang.Object', 0) || sig.startsWith('java.lang.String', 0))) ||
      (i > 1 && (sig.startsWith(', java.lang.Object', i - 2) || sig.startsWith(', java.lang.String', i - 2)))
    ) {
      i += 10;
    }
    if (i < sig.length) out += sig.charAt(i);
  }
  return out;
}

/** print_method_name: `Class.name(param, types)`. */
function methodName(ref: MemberRef): string {
  const params = trimWellKnownClassNames(parameterTypes(ref.descriptor).join(', '));
  return `${klassName(ref.className)}.${ref.name}(${params})`;
}

// ---------------------------------------------------------------------------------------------------------
// The analysis (ExceptionMessageBuilder).

/** Cap on the total number of stack entries created, as in HotSpot (for pathological methods). */
const MAX_ENTRIES = 1_000_000;
/** How many producers deep a cause is described. */
const MAX_CAUSE_DETAIL = 5;

const INVALID_BYTECODE_ENCOUNTERED = -1;
const NPE_EXPLICIT_CONSTRUCTED = -2;

class MessageBuilder {
  private readonly code: Uint8Array;
  private readonly cp: ConstantPool;
  /** The simulated stack before each instruction, null where none is known (yet). */
  private readonly stacks: (SimStack | null)[];
  private entries = 0;
  private addedOne = true;
  private allProcessed = false;

  constructor(
    private readonly method: NpeMethod,
    bci: number,
  ) {
    this.code = method.code;
    this.cp = method.constantPool;
    const len = this.code.length;
    this.stacks = new Array<SimStack | null>(len + 1).fill(null);
    this.stacks[0] = new SimStack();
    for (const h of method.handlerPcs) {
      if (h >= 0 && h < len && this.stacks[h] === null) {
        const s = new SimStack();
        s.push(h, T_OBJECT);
        this.stacks[h] = s;
      }
    }
    while (!this.allProcessed && this.addedOne) {
      this.allProcessed = true;
      this.addedOne = false;
      for (let i = 0; i < len;) {
        const n = this.doInstruction(i);
        if (n <= 0) return; // malformed code: keep what is known
        i += n;
        // Only the stack at the faulting index is needed: stop as soon as it exists.
        if (i === bci && this.stacks[i] !== null) {
          this.allProcessed = true;
          break;
        }
        if (this.entries > MAX_ENTRIES) return;
      }
    }
  }

  private mergeInto(bci: number, stack: SimStack): void {
    if (bci < 0 || bci >= this.stacks.length) return;
    const existing = this.stacks[bci];
    if (existing === null) {
      this.addedOne = true;
      this.entries += stack.size();
    } else {
      // Note: the working stack itself takes the merge, so later targets see it too.
      stack.merge(existing);
    }
    this.stacks[bci] = stack.copy();
  }

  private fieldType(pos: number): number {
    const nt = nameAndType(this.cp, u2(this.code, pos));
    return nt ? basicTypeOf(nt.descriptor) : T_CONFLICT;
  }

  /** Simulates the instruction at `bci`; gives its length. */
  private doInstruction(bci: number): number {
    const code = this.code;
    const len = instructionLength(code, bci);
    if (len <= 0) return len;
    const current = this.stacks[bci];
    if (current === null) {
      this.allProcessed = false;
      return len;
    }
    const stack = current.copy();
    let dest = -1;
    const dests: number[] = [];
    let flowEnded = false;
    let op = code[bci];
    let pos = bci + 1;
    let wide = false;
    if (op === Op.WIDE) {
      wide = true;
      op = code[bci + 1];
      pos++;
    }

    switch (op) {
      case Op.NOP:
      case Op.ACONST_NULL:
      case Op.ICONST_M1:
      case Op.ICONST_0:
      case Op.ICONST_1:
      case Op.ICONST_2:
      case Op.ICONST_3:
      case Op.ICONST_4:
      case Op.ICONST_5:
      case Op.LCONST_0:
      case Op.LCONST_1:
      case Op.FCONST_0:
      case Op.FCONST_1:
      case Op.FCONST_2:
      case Op.DCONST_0:
      case Op.DCONST_1:
      case Op.BIPUSH:
      case Op.SIPUSH:
      case Op.ILOAD:
      case Op.LLOAD:
      case Op.FLOAD:
      case Op.DLOAD:
      case Op.ALOAD:
      case Op.ILOAD_0:
      case Op.ILOAD_1:
      case Op.ILOAD_2:
      case Op.ILOAD_3:
      case Op.LLOAD_0:
      case Op.LLOAD_1:
      case Op.LLOAD_2:
      case Op.LLOAD_3:
      case Op.FLOAD_0:
      case Op.FLOAD_1:
      case Op.FLOAD_2:
      case Op.FLOAD_3:
      case Op.DLOAD_0:
      case Op.DLOAD_1:
      case Op.DLOAD_2:
      case Op.DLOAD_3:
      case Op.ALOAD_0:
      case Op.ALOAD_1:
      case Op.ALOAD_2:
      case Op.ALOAD_3:
      case Op.IINC:
      case Op.NEW:
        stack.push(bci, fixedResultType(op));
        break;

      case Op.LDC:
      case Op.LDC_W:
      case Op.LDC2_W: {
        const index = op === Op.LDC ? code[pos] : u2(code, pos);
        const e = this.cp.get(index);
        switch (e?.tag) {
          case CpTag.Class:
          case CpTag.String:
          case CpTag.Methodref:
          case CpTag.InterfaceMethodref:
          case CpTag.Fieldref:
            stack.push(bci, T_OBJECT);
            break;
          case CpTag.Integer:
            stack.push(bci, T_INT);
            break;
          case CpTag.Long:
            stack.push(bci, T_LONG);
            break;
          case CpTag.Float:
            stack.push(bci, T_FLOAT);
            break;
          case CpTag.Double:
            stack.push(bci, T_DOUBLE);
            break;
          default:
            // MethodHandle, MethodType and dynamic constants: the product VM pushes nothing.
            break;
        }
        break;
      }

      case Op.IALOAD:
      case Op.FALOAD:
      case Op.AALOAD:
      case Op.BALOAD:
      case Op.CALOAD:
      case Op.SALOAD:
      case Op.LALOAD:
      case Op.DALOAD:
        stack.pop(2);
        stack.push(bci, fixedResultType(op));
        break;

      case Op.ISTORE:
      case Op.FSTORE:
      case Op.ASTORE:
        stack.setWritten(wide ? u2(code, bci + 2) : code[bci + 1]);
        stack.pop(1);
        break;
      case Op.LSTORE:
      case Op.DSTORE:
        stack.setWritten(wide ? u2(code, bci + 2) : code[bci + 1]);
        stack.pop(2);
        break;
      case Op.ISTORE_0:
      case Op.ISTORE_1:
      case Op.ISTORE_2:
      case Op.ISTORE_3:
        stack.setWritten(op - Op.ISTORE_0);
        stack.pop(1);
        break;
      case Op.FSTORE_0:
      case Op.FSTORE_1:
      case Op.FSTORE_2:
      case Op.FSTORE_3:
        stack.setWritten(op - Op.FSTORE_0);
        stack.pop(1);
        break;
      case Op.ASTORE_0:
      case Op.ASTORE_1:
      case Op.ASTORE_2:
      case Op.ASTORE_3:
        stack.setWritten(op - Op.ASTORE_0);
        stack.pop(1);
        break;
      case Op.LSTORE_0:
      case Op.LSTORE_1:
      case Op.LSTORE_2:
      case Op.LSTORE_3:
        stack.setWritten(op - Op.LSTORE_0);
        stack.pop(2);
        break;
      case Op.DSTORE_0:
      case Op.DSTORE_1:
      case Op.DSTORE_2:
      case Op.DSTORE_3:
        stack.setWritten(op - Op.DSTORE_0);
        stack.pop(2);
        break;

      case Op.IASTORE:
      case Op.FASTORE:
      case Op.AASTORE:
      case Op.BASTORE:
      case Op.CASTORE:
      case Op.SASTORE:
        stack.pop(3);
        break;
      case Op.LASTORE:
      case Op.DASTORE:
        stack.pop(4);
        break;
      case Op.POP:
      case Op.MONITORENTER:
      case Op.MONITOREXIT:
        stack.pop(1);
        break;
      case Op.POP2:
        stack.pop(2);
        break;
      case Op.BREAKPOINT:
        break;

      case Op.DUP:
        stack.pushRaw(stack.at(0));
        break;
      case Op.DUP_X1: {
        const top1 = stack.at(0);
        const top2 = stack.at(1);
        stack.pop(2);
        stack.pushRaw(top1);
        stack.pushRaw(top2);
        stack.pushRaw(top1);
        break;
      }
      case Op.DUP_X2: {
        const top1 = stack.at(0);
        const top2 = stack.at(1);
        const top3 = stack.at(2);
        stack.pop(3);
        stack.pushRaw(top1);
        stack.pushRaw(top3);
        stack.pushRaw(top2);
        stack.pushRaw(top1);
        break;
      }
      case Op.DUP2:
        stack.pushRaw(stack.at(1));
        stack.pushRaw(stack.at(1));
        break;
      case Op.DUP2_X1: {
        const top1 = stack.at(0);
        const top2 = stack.at(1);
        const top3 = stack.at(2);
        stack.pop(3);
        stack.pushRaw(top2);
        stack.pushRaw(top1);
        stack.pushRaw(top3);
        stack.pushRaw(top2);
        stack.pushRaw(top1);
        break;
      }
      case Op.DUP2_X2: {
        const top1 = stack.at(0);
        const top2 = stack.at(1);
        const top3 = stack.at(2);
        const top4 = stack.at(3);
        stack.pop(4);
        stack.pushRaw(top2);
        stack.pushRaw(top1);
        stack.pushRaw(top4);
        stack.pushRaw(top3);
        stack.pushRaw(top2);
        stack.pushRaw(top1);
        break;
      }
      case Op.SWAP: {
        const top1 = stack.at(0);
        const top2 = stack.at(1);
        stack.pop(2);
        // HotSpot uses push (not push_raw) here; for the one-word values swap takes it is the same.
        stack.pushEntry(top1);
        stack.pushEntry(top2);
        break;
      }

      case Op.IADD:
      case Op.LADD:
      case Op.FADD:
      case Op.DADD:
      case Op.ISUB:
      case Op.LSUB:
      case Op.FSUB:
      case Op.DSUB:
      case Op.IMUL:
      case Op.LMUL:
      case Op.FMUL:
      case Op.DMUL:
      case Op.IDIV:
      case Op.LDIV:
      case Op.FDIV:
      case Op.DDIV:
      case Op.IREM:
      case Op.LREM:
      case Op.FREM:
      case Op.DREM:
      case Op.IAND:
      case Op.LAND:
      case Op.IOR:
      case Op.LOR:
      case Op.IXOR:
      case Op.LXOR: {
        const t = fixedResultType(op);
        stack.pop(2 * (isDoubleWord(t) ? 2 : 1));
        stack.push(bci, t);
        break;
      }
      case Op.INEG:
      case Op.LNEG:
      case Op.FNEG:
      case Op.DNEG: {
        const t = fixedResultType(op);
        stack.pop(isDoubleWord(t) ? 2 : 1);
        stack.push(bci, t);
        break;
      }
      case Op.ISHL:
      case Op.LSHL:
      case Op.ISHR:
      case Op.LSHR:
      case Op.IUSHR:
      case Op.LUSHR: {
        const t = fixedResultType(op);
        stack.pop(1 + (isDoubleWord(t) ? 2 : 1));
        stack.push(bci, t);
        break;
      }
      case Op.I2L:
      case Op.I2F:
      case Op.I2D:
      case Op.F2I:
      case Op.F2L:
      case Op.F2D:
      case Op.I2B:
      case Op.I2C:
      case Op.I2S:
        stack.pop(1);
        stack.push(bci, fixedResultType(op));
        break;
      case Op.L2I:
      case Op.L2F:
      case Op.L2D:
      case Op.D2I:
      case Op.D2L:
      case Op.D2F:
        stack.pop(2);
        stack.push(bci, fixedResultType(op));
        break;
      case Op.LCMP:
      case Op.DCMPL:
      case Op.DCMPG:
        stack.pop(4);
        stack.push(bci, T_INT);
        break;
      case Op.FCMPL:
      case Op.FCMPG:
        stack.pop(2);
        stack.push(bci, T_INT);
        break;

      case Op.IFEQ:
      case Op.IFNE:
      case Op.IFLT:
      case Op.IFGE:
      case Op.IFGT:
      case Op.IFLE:
      case Op.IFNULL:
      case Op.IFNONNULL:
        stack.pop(1);
        dest = bci + s2(code, pos);
        break;
      case Op.IF_ICMPEQ:
      case Op.IF_ICMPNE:
      case Op.IF_ICMPLT:
      case Op.IF_ICMPGE:
      case Op.IF_ICMPGT:
      case Op.IF_ICMPLE:
      case Op.IF_ACMPEQ:
      case Op.IF_ACMPNE:
        stack.pop(2);
        dest = bci + s2(code, pos);
        break;

      case Op.JSR:
        stack.push(bci, T_ADDRESS);
        dest = bci + s2(code, pos);
        flowEnded = true;
        break;
      case Op.JSR_W:
        stack.push(bci, T_ADDRESS);
        dest = bci + s4(code, pos);
        flowEnded = true;
        break;
      case Op.RET:
        // Return addresses are not tracked: the flow just ends.
        flowEnded = true;
        break;

      case Op.TABLESWITCH: {
        stack.pop(1);
        const p = (pos + 3) & ~3;
        dest = bci + s4(code, p);
        const low = s4(code, p + 4);
        const high = s4(code, p + 8);
        for (let i = low; i <= high; i++) dests.push(bci + s4(code, p + 12 + 4 * (i - low)));
        break;
      }
      case Op.LOOKUPSWITCH: {
        stack.pop(1);
        const p = (pos + 3) & ~3;
        dest = bci + s4(code, p);
        const pairs = s4(code, p + 4);
        for (let i = 0; i < pairs; i++) dests.push(bci + s4(code, p + 12 + 8 * i));
        break;
      }

      case Op.IRETURN:
      case Op.FRETURN:
      case Op.ARETURN:
      case Op.ATHROW:
        stack.pop(1);
        flowEnded = true;
        break;
      case Op.LRETURN:
      case Op.DRETURN:
        stack.pop(2);
        flowEnded = true;
        break;
      case Op.RETURN:
        flowEnded = true;
        break;

      case Op.GETSTATIC:
        stack.push(bci, this.fieldType(pos));
        break;
      case Op.GETFIELD:
        stack.pop(1);
        stack.push(bci, this.fieldType(pos));
        break;
      case Op.PUTSTATIC:
        stack.pop(isDoubleWord(this.fieldType(pos)) ? 2 : 1);
        break;
      case Op.PUTFIELD:
        stack.pop((isDoubleWord(this.fieldType(pos)) ? 2 : 1) + 1);
        break;

      case Op.INVOKEVIRTUAL:
      case Op.INVOKESPECIAL:
      case Op.INVOKESTATIC:
      case Op.INVOKEINTERFACE:
      case Op.INVOKEDYNAMIC: {
        const nt = nameAndType(this.cp, u2(code, pos));
        const desc = nt ? nt.descriptor : '()V';
        if (op !== Op.INVOKESTATIC && op !== Op.INVOKEDYNAMIC) stack.pop(1);
        stack.pop(argumentSize(desc));
        stack.push(bci, resultType(desc));
        break;
      }

      case Op.NEWARRAY:
      case Op.ANEWARRAY:
      case Op.INSTANCEOF:
        stack.pop(1);
        stack.push(bci, fixedResultType(op));
        break;
      case Op.ARRAYLENGTH:
        stack.pop(1);
        stack.push(bci, T_INT);
        break;
      case Op.CHECKCAST:
        break;
      case Op.MULTIANEWARRAY:
        stack.pop(code[pos + 2]);
        stack.push(bci, T_OBJECT);
        break;

      case Op.GOTO:
        dest = bci + s2(code, pos);
        flowEnded = true;
        break;
      case Op.GOTO_W:
        dest = bci + s4(code, pos);
        flowEnded = true;
        break;

      default:
        // Not modelled: keep the stacks found so far usable.
        this.allProcessed = false;
        this.addedOne = false;
        return len;
    }

    if (!flowEnded) this.mergeInto(bci + len, stack);
    if (dest !== -1) this.mergeInto(dest, stack);
    for (const d of dests) this.mergeInto(d, stack);
    return len;
  }

  /** The operand-stack slot (0 = top) that held the null reference at `bci`, or a negative reason. */
  nullSlot(bci: number): number {
    const code = this.code;
    let op = code[bci];
    let pos = bci + 1;
    if (op === Op.WIDE) {
      op = code[bci + 1];
      pos++;
    }
    switch (op) {
      case Op.GETFIELD:
      case Op.ARRAYLENGTH:
      case Op.ATHROW:
      case Op.MONITORENTER:
      case Op.MONITOREXIT:
        return 0;
      case Op.IALOAD:
      case Op.FALOAD:
      case Op.AALOAD:
      case Op.BALOAD:
      case Op.CALOAD:
      case Op.SALOAD:
      case Op.LALOAD:
      case Op.DALOAD:
        return 1;
      case Op.IASTORE:
      case Op.FASTORE:
      case Op.AASTORE:
      case Op.BASTORE:
      case Op.CASTORE:
      case Op.SASTORE:
        return 2;
      case Op.LASTORE:
      case Op.DASTORE:
        return 3;
      case Op.PUTFIELD:
        return isDoubleWord(this.fieldType(pos)) ? 2 : 1;
      case Op.INVOKEVIRTUAL:
      case Op.INVOKESPECIAL:
      case Op.INVOKEINTERFACE: {
        const nt = nameAndType(this.cp, u2(code, pos));
        if (nt === null) return INVALID_BYTECODE_ENCOUNTERED;
        // A constructor call never dereferences null in Java code: this is `new NullPointerException()`.
        if (nt.name === '<init>') return NPE_EXPLICIT_CONSTRUCTED;
        return argumentSize(nt.descriptor);
      }
      default:
        return INVALID_BYTECODE_ENCOUNTERED;
    }
  }

  /** print_NPE_failed_action. */
  failedAction(bci: number): string {
    const code = this.code;
    let op = code[bci];
    let pos = bci + 1;
    if (op === Op.WIDE) {
      op = code[bci + 1];
      pos++;
    }
    switch (op) {
      case Op.IALOAD:
        return 'Cannot load from int array';
      case Op.FALOAD:
        return 'Cannot load from float array';
      case Op.AALOAD:
        return 'Cannot load from object array';
      case Op.BALOAD:
        return 'Cannot load from byte/boolean array';
      case Op.CALOAD:
        return 'Cannot load from char array';
      case Op.SALOAD:
        return 'Cannot load from short array';
      case Op.LALOAD:
        return 'Cannot load from long array';
      case Op.DALOAD:
        return 'Cannot load from double array';
      case Op.IASTORE:
        return 'Cannot store to int array';
      case Op.FASTORE:
        return 'Cannot store to float array';
      case Op.AASTORE:
        return 'Cannot store to object array';
      case Op.BASTORE:
        return 'Cannot store to byte/boolean array';
      case Op.CASTORE:
        return 'Cannot store to char array';
      case Op.SASTORE:
        return 'Cannot store to short array';
      case Op.LASTORE:
        return 'Cannot store to long array';
      case Op.DASTORE:
        return 'Cannot store to double array';
      case Op.ARRAYLENGTH:
        return 'Cannot read the array length';
      case Op.ATHROW:
        return 'Cannot throw exception';
      case Op.MONITORENTER:
        return 'Cannot enter synchronized block';
      case Op.MONITOREXIT:
        return 'Cannot exit synchronized block';
      case Op.GETFIELD:
        return `Cannot read field "${nameAndType(this.cp, u2(code, pos))?.name ?? ''}"`;
      case Op.PUTFIELD:
        return `Cannot assign field "${nameAndType(this.cp, u2(code, pos))?.name ?? ''}"`;
      case Op.INVOKEVIRTUAL:
      case Op.INVOKESPECIAL:
      case Op.INVOKEINTERFACE: {
        const ref = memberRef(this.cp, u2(code, pos));
        return `Cannot invoke "${ref ? methodName(ref) : ''}"`;
      }
      default:
        return '';
    }
  }

  /** print_NPE_cause: ` because "<what>" is null`, or '' when nothing can be said. */
  cause(bci: number, slot: number): string {
    const out: string[] = [];
    return this.cause0(out, bci, slot, MAX_CAUSE_DETAIL, false, ' because "')
      ? out.join('') + '" is null'
      : out.join('');
  }

  /**
   * print_NPE_cause0: describes the producer of `slot` at `bci`, recursing through field loads and array
   * loads at most `maxDetail` levels. `innerExpr` is set for array indexes. Gives whether it printed.
   * As in HotSpot, the prefix may be printed even when the description then fails.
   */
  private cause0(
    out: string[],
    bci: number,
    slot: number,
    maxDetail: number,
    innerExpr: boolean,
    prefix: string | null = null,
  ): boolean {
    if (maxDetail <= 0) return false;
    const stack = this.stacks[bci];
    if (!stack) return false;
    if (slot < 0 || slot >= stack.size()) return false;
    const data = stack.at(slot);
    const source = entryBci(data);
    if (source === INVALID_BCI) return false;

    const code = this.code;
    let op = code[source];
    let pos = source + 1;
    let wide = false;
    if (op === Op.WIDE) {
      wide = true;
      op = code[source + 1];
      pos++;
    }
    const isInvoke =
      op === Op.INVOKEVIRTUAL ||
      op === Op.INVOKESPECIAL ||
      op === Op.INVOKESTATIC ||
      op === Op.INVOKEINTERFACE;
    if (maxDetail === MAX_CAUSE_DETAIL && prefix !== null && !isInvoke) out.push(prefix);

    switch (op) {
      case Op.ILOAD_0:
      case Op.ALOAD_0:
        out.push(this.localVariable(source, 0, !stack.wasWritten(0)));
        return true;
      case Op.ILOAD_1:
      case Op.ALOAD_1:
        out.push(this.localVariable(source, 1, !stack.wasWritten(1)));
        return true;
      case Op.ILOAD_2:
      case Op.ALOAD_2:
        out.push(this.localVariable(source, 2, !stack.wasWritten(2)));
        return true;
      case Op.ILOAD_3:
      case Op.ALOAD_3:
        out.push(this.localVariable(source, 3, !stack.wasWritten(3)));
        return true;
      case Op.ILOAD:
      case Op.ALOAD: {
        const index = wide ? u2(code, source + 2) : code[source + 1];
        out.push(this.localVariable(source, index, !stack.wasWritten(index)));
        return true;
      }
      case Op.ACONST_NULL:
        out.push('null');
        return true;
      case Op.ICONST_M1:
      case Op.ICONST_0:
      case Op.ICONST_1:
      case Op.ICONST_2:
      case Op.ICONST_3:
      case Op.ICONST_4:
      case Op.ICONST_5:
        out.push(String(op - Op.ICONST_0));
        return true;
      case Op.BIPUSH:
        out.push(String((code[source + 1] << 24) >> 24));
        return true;
      case Op.SIPUSH:
        // HotSpot reads the operand as an unsigned u2.
        out.push(String(u2(code, source + 1)));
        return true;
      case Op.IALOAD:
      case Op.AALOAD:
        // The array, one level deeper, then the index at the same level (so it is always described
        // when simple) and without "the return value of".
        if (!this.cause0(out, source, 1, maxDetail - 1, innerExpr)) out.push('<array>');
        out.push('[');
        if (!this.cause0(out, source, 0, maxDetail, true)) out.push('...');
        out.push(']');
        return true;
      case Op.GETSTATIC: {
        const ref = memberRef(this.cp, u2(code, pos));
        out.push(ref ? `${klassName(ref.className)}.${ref.name}` : '');
        return true;
      }
      case Op.GETFIELD: {
        if (this.cause0(out, source, 0, maxDetail - 1, innerExpr)) out.push('.');
        out.push(nameAndType(this.cp, u2(code, pos))?.name ?? '');
        return true;
      }
      case Op.INVOKEVIRTUAL:
      case Op.INVOKESPECIAL:
      case Op.INVOKESTATIC:
      case Op.INVOKEINTERFACE: {
        const ref = memberRef(this.cp, u2(code, pos));
        if (maxDetail === MAX_CAUSE_DETAIL && !innerExpr) out.push(' because the return value of "');
        out.push(ref ? methodName(ref) : '');
        return true;
      }
      default:
        return false;
    }
  }

  /** print_local_var: the variable's name from the LocalVariableTable, else this, <parameterN> or <localN>. */
  private localVariable(bci: number, slot: number, isParameter: boolean): string {
    const m = this.method;
    for (const v of m.localVariables) {
      if (bci >= v.startPc && bci < v.startPc + v.length && v.index === slot) return v.name;
    }
    if (!m.isStatic && slot === 0 && isParameter) return 'this';
    let curr = m.isStatic ? 0 : 1;
    let param = 1;
    let found = false;
    for (const size of parameterSizes(m.descriptor)) {
      if (slot >= curr && slot < curr + size) {
        found = true;
        break;
      }
      param++;
      curr += size;
    }
    return found && isParameter ? `<parameter${param}>` : `<local${slot}>`;
  }
}

/**
 * The helpful message for a NullPointerException raised at `bci` of `method`, or null when HotSpot gives
 * none: the instruction cannot raise one (the exception was thrown some other way), or it is the
 * constructor call of an explicitly created NullPointerException.
 */
export function npeMessageAt(method: NpeMethod, bci: number): string | null {
  if (bci < 0 || bci >= method.code.length) return null;
  const builder = new MessageBuilder(method, bci);
  const slot = builder.nullSlot(bci);
  if (slot < 0) return null;
  return builder.failedAction(bci) + builder.cause(bci, slot);
}
