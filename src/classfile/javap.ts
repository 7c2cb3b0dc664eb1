// A javap-style disassembler, for debugging and test failure messages. The layout follows `javap -c -p`
// closely; declarations are printed from descriptors (erased), not from generic signatures.

import {
  ACC_ABSTRACT,
  ACC_FINAL,
  ACC_INTERFACE,
  ACC_MODULE,
  ACC_NATIVE,
  ACC_PRIVATE,
  ACC_PROTECTED,
  ACC_PUBLIC,
  ACC_STATIC,
  ACC_STRICT,
  ACC_SYNCHRONIZED,
  ACC_TRANSIENT,
  ACC_VARARGS,
  ACC_VOLATILE,
  type ClassFile,
  type CodeAttribute,
  type ConstantPool,
  CpTag,
  type FieldInfo,
  type MethodInfo,
} from './types.js';
import { descriptorToJavaType, parseMethodDescriptor } from './descriptors.js';
import { instructionLength, Op, OPCODE_NAMES } from './opcodes.js';

/** Column at which javap starts the `//` comment after an instruction. */
const COMMENT_COLUMN = 44;

const NEWARRAY_TYPES: Record<number, string> = {
  4: 'boolean',
  5: 'char',
  6: 'float',
  7: 'double',
  8: 'byte',
  9: 'short',
  10: 'int',
  11: 'long',
};

const REFERENCE_KINDS = [
  '',
  'REF_getField',
  'REF_getStatic',
  'REF_putField',
  'REF_putStatic',
  'REF_invokeVirtual',
  'REF_invokeStatic',
  'REF_invokeSpecial',
  'REF_newInvokeSpecial',
  'REF_invokeInterface',
];

function external(internalName: string): string {
  return internalName.replace(/\//g, '.');
}

function modifiers(flags: number, table: [number, string][]): string {
  let s = '';
  for (const [flag, word] of table) if (flags & flag) s += word + ' ';
  return s;
}

const FIELD_MODIFIERS: [number, string][] = [
  [ACC_PUBLIC, 'public'],
  [ACC_PRIVATE, 'private'],
  [ACC_PROTECTED, 'protected'],
  [ACC_STATIC, 'static'],
  [ACC_FINAL, 'final'],
  [ACC_VOLATILE, 'volatile'],
  [ACC_TRANSIENT, 'transient'],
];

const METHOD_MODIFIERS: [number, string][] = [
  [ACC_PUBLIC, 'public'],
  [ACC_PRIVATE, 'private'],
  [ACC_PROTECTED, 'protected'],
  [ACC_STATIC, 'static'],
  [ACC_FINAL, 'final'],
  [ACC_SYNCHRONIZED, 'synchronized'],
  [ACC_NATIVE, 'native'],
  [ACC_ABSTRACT, 'abstract'],
  [ACC_STRICT, 'strictfp'],
];

/** Java's Double.toString layout: plain decimals for 1e-3 <= |d| < 1e7, otherwise `d.dddE±n`. */
export function javaDoubleToString(d: number, digits?: string): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const sign = d < 0 ? '-' : '';
  const abs = Math.abs(d);
  // Shortest round-tripping digits and exponent, e.g. 1.5e-7 -> mantissa "15", exponent -7.
  const [m, e] = (digits ?? abs.toExponential()).split('e');
  const mantissa = m.replace('.', '');
  const exp = Number(e);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exp >= 0) {
      const intPart = mantissa.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = mantissa.slice(exp + 1);
      return sign + intPart + '.' + (frac === '' ? '0' : frac);
    }
    return sign + '0.' + '0'.repeat(-exp - 1) + mantissa;
  }
  return sign + mantissa[0] + '.' + (mantissa.length > 1 ? mantissa.slice(1) : '0') + 'E' + exp;
}

/** Java's Float.toString: the shortest digits that round back to the same float. */
export function javaFloatToString(f: number): string {
  if (!Number.isFinite(f) || f === 0) return javaDoubleToString(f);
  for (let p = 1; p <= 9; p++) {
    const digits = Math.abs(f).toExponential(p - 1);
    if (Math.fround(Number(digits)) === Math.abs(f)) return javaDoubleToString(f, digits);
  }
  return javaDoubleToString(f);
}

/** The value of a CONSTANT_Long as a bigint. */
export function longValue(hi: number, lo: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

function quoteString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x09:
        out += '\\t';
        break;
      case 0x0a:
        out += '\\n';
        break;
      case 0x0d:
        out += '\\r';
        break;
      case 0x08:
        out += '\\b';
        break;
      case 0x0c:
        out += '\\f';
        break;
      case 0x22:
        out += '\\"';
        break;
      case 0x27:
        out += "\\'";
        break;
      case 0x5c:
        out += '\\\\';
        break;
      default:
        out += c < 0x20 || (c >= 0x7f && c < 0xa0) ? '\\u' + c.toString(16).padStart(4, '0') : s[i];
    }
  }
  return out;
}

/** Names javap quotes in member references: anything that is not a plain identifier, like `<init>`. */
function quoteName(name: string): string {
  return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name) ? name : `"${name}"`;
}

class Printer {
  private readonly cp: ConstantPool;

  constructor(private readonly cf: ClassFile) {
    this.cp = cf.constantPool;
  }

  /** What javap shows after `//` for a constant pool reference. */
  constantComment(index: number): string {
    const e = this.cp.get(index);
    if (!e) return `invalid constant #${index}`;
    switch (e.tag) {
      case CpTag.Utf8:
        return `Utf8 ${e.value}`;
      case CpTag.Integer:
        return `int ${e.value}`;
      case CpTag.Float:
        return `float ${javaFloatToString(e.value)}f`;
      case CpTag.Long:
        return `long ${longValue(e.hi, e.lo)}l`;
      case CpTag.Double:
        return `double ${javaDoubleToString(e.value)}d`;
      case CpTag.Class:
        return `class ${this.className(e.name)}`;
      case CpTag.String:
        return `String ${quoteString(e.value)}`;
      case CpTag.Fieldref:
        return `Field ${this.memberRef(e.className, e.name, e.descriptor)}`;
      case CpTag.Methodref:
        return `Method ${this.memberRef(e.className, e.name, e.descriptor)}`;
      case CpTag.InterfaceMethodref:
        return `InterfaceMethod ${this.memberRef(e.className, e.name, e.descriptor)}`;
      case CpTag.NameAndType:
        return `NameAndType ${quoteName(e.name)}:${e.descriptor}`;
      case CpTag.MethodHandle: {
        const ref = this.constantComment(e.referenceIndex).replace(/^\S+ /, '');
        return `MethodHandle ${REFERENCE_KINDS[e.referenceKind] ?? e.referenceKind} ${ref}`;
      }
      case CpTag.MethodType:
        return `MethodType ${e.descriptor}`;
      case CpTag.Dynamic:
        return `Dynamic #${e.bootstrapMethodAttrIndex}:${quoteName(e.name)}:${e.descriptor}`;
      case CpTag.InvokeDynamic:
        return `InvokeDynamic #${e.bootstrapMethodAttrIndex}:${quoteName(e.name)}:${e.descriptor}`;
      case CpTag.Module:
        return `Module ${e.name}`;
      case CpTag.Package:
        return `Package ${e.name}`;
    }
  }

  private className(name: string): string {
    return name.charCodeAt(0) === 0x5b /* [ */ ? `"${name}"` : name;
  }

  private memberRef(cls: string, name: string, desc: string): string {
    const owner = cls === this.cf.thisClass ? '' : this.className(cls) + '.';
    return `${owner}${quoteName(name)}:${desc}`;
  }

  header(): string {
    const cf = this.cf;
    let s = '';
    if (cf.accessFlags & ACC_MODULE) return `module ${cf.thisClass}`;
    if (cf.accessFlags & ACC_PUBLIC) s += 'public ';
    if (cf.accessFlags & ACC_FINAL) s += 'final ';
    const isInterface = (cf.accessFlags & ACC_INTERFACE) !== 0;
    if (isInterface) {
      s += 'interface ' + external(cf.thisClass);
      if (cf.interfaces.length > 0) s += ' extends ' + cf.interfaces.map(external).join(', ');
      return s;
    }
    if (cf.accessFlags & ACC_ABSTRACT) s += 'abstract ';
    s += 'class ' + external(cf.thisClass);
    if (cf.superClass !== null && cf.superClass !== 'java/lang/Object')
      s += ' extends ' + external(cf.superClass);
    if (cf.interfaces.length > 0) s += ' implements ' + cf.interfaces.map(external).join(', ');
    return s;
  }

  field(f: FieldInfo): string {
    return `  ${modifiers(f.accessFlags, FIELD_MODIFIERS)}${descriptorToJavaType(f.descriptor)} ${f.name};`;
  }

  method(m: MethodInfo): string {
    const cf = this.cf;
    let mods = modifiers(m.accessFlags, METHOD_MODIFIERS);
    const isInterface = (cf.accessFlags & ACC_INTERFACE) !== 0;
    if (
      isInterface &&
      (m.accessFlags & (ACC_ABSTRACT | ACC_STATIC | ACC_PRIVATE)) === 0 &&
      m.name !== '<clinit>'
    ) {
      mods = mods.replace(/^(public )?/, (p) => p + 'default ');
    }
    let decl: string;
    if (m.name === '<clinit>') {
      decl = `  static {};`;
    } else {
      const { params, returnType } = parseMethodDescriptor(m.descriptor);
      const types = params.map(descriptorToJavaType);
      if (m.accessFlags & ACC_VARARGS && types.length > 0) {
        types[types.length - 1] = types[types.length - 1].replace(/\[\]$/, '...');
      }
      const name = m.name === '<init>' ? external(cf.thisClass) : m.name;
      const ret = m.name === '<init>' ? '' : descriptorToJavaType(returnType) + ' ';
      const throwsClause = m.exceptions.length > 0 ? ' throws ' + m.exceptions.map(external).join(', ') : '';
      decl = `  ${mods}${ret}${name}(${types.join(', ')})${throwsClause};`;
    }
    return m.code === null ? decl : decl + '\n' + this.code(m.code);
  }

  code(code: CodeAttribute): string {
    const lines = ['    Code:'];
    const bytes = code.code;
    let pc = 0;
    while (pc < bytes.length) {
      const len = instructionLength(bytes, pc);
      if (len <= 0) {
        lines.push(`    ${String(pc).padStart(4)}: <illegal opcode ${bytes[pc]}>`);
        break;
      }
      lines.push(this.instruction(bytes, pc));
      pc += len;
    }
    if (code.exceptionTable.length > 0) {
      lines.push('    Exception table:', '       from    to  target type');
      for (const h of code.exceptionTable) {
        const range = [h.startPc, h.endPc, h.handlerPc].map((n) => String(n).padStart(5)).join(' ');
        lines.push(`       ${range}   ${h.catchType === null ? 'any' : 'Class ' + h.catchType}`);
      }
    }
    return lines.join('\n');
  }

  /** One instruction as javap prints it: offset, mnemonic, operands and a comment naming the constant. */
  instruction(code: Uint8Array, pc: number): string {
    const op = code[pc];
    const u1 = (at: number) => code[at];
    const u2 = (at: number) => (code[at] << 8) | code[at + 1];
    const s1 = (at: number) => (code[at] << 24) >> 24;
    const s2 = (at: number) => ((code[at] << 24) >> 16) | code[at + 1];
    const s4 = (at: number) => (code[at] << 24) | (code[at + 1] << 16) | (code[at + 2] << 8) | code[at + 3];
    let name = OPCODE_NAMES[op];
    let operands = '';
    let comment: string | null = null;
    switch (op) {
      case Op.BIPUSH:
        operands = String(s1(pc + 1));
        break;
      case Op.SIPUSH:
        operands = String(s2(pc + 1));
        break;
      case Op.LDC:
        operands = '#' + u1(pc + 1);
        comment = this.constantComment(u1(pc + 1));
        break;
      case Op.LDC_W:
      case Op.LDC2_W:
      case Op.GETSTATIC:
      case Op.PUTSTATIC:
      case Op.GETFIELD:
      case Op.PUTFIELD:
      case Op.INVOKEVIRTUAL:
      case Op.INVOKESPECIAL:
      case Op.INVOKESTATIC:
      case Op.NEW:
      case Op.ANEWARRAY:
      case Op.CHECKCAST:
      case Op.INSTANCEOF:
        operands = '#' + u2(pc + 1);
        comment = this.constantComment(u2(pc + 1));
        break;
      case Op.INVOKEINTERFACE:
        operands = `#${u2(pc + 1)},  ${u1(pc + 3)}`;
        comment = this.constantComment(u2(pc + 1));
        break;
      case Op.INVOKEDYNAMIC:
        operands = `#${u2(pc + 1)},  0`;
        comment = this.constantComment(u2(pc + 1));
        break;
      case Op.MULTIANEWARRAY:
        operands = `#${u2(pc + 1)},  ${u1(pc + 3)}`;
        comment = this.constantComment(u2(pc + 1));
        break;
      case Op.ILOAD:
      case Op.LLOAD:
      case Op.FLOAD:
      case Op.DLOAD:
      case Op.ALOAD:
      case Op.ISTORE:
      case Op.LSTORE:
      case Op.FSTORE:
      case Op.DSTORE:
      case Op.ASTORE:
      case Op.RET:
        operands = String(u1(pc + 1));
        break;
      case Op.IINC:
        operands = `${u1(pc + 1)}, ${s1(pc + 2)}`;
        break;
      case Op.NEWARRAY:
        operands = ' ' + (NEWARRAY_TYPES[u1(pc + 1)] ?? String(u1(pc + 1)));
        break;
      case Op.GOTO_W:
      case Op.JSR_W:
        operands = String(pc + s4(pc + 1));
        break;
      case Op.WIDE: {
        const modified = u1(pc + 1);
        name = OPCODE_NAMES[modified] + '_w';
        operands = String(u2(pc + 2));
        if (modified === Op.IINC) operands += ', ' + ((u2(pc + 4) << 16) >> 16);
        break;
      }
      case Op.TABLESWITCH:
      case Op.LOOKUPSWITCH: {
        const at = (pc + 4) & ~3;
        const def = pc + s4(at);
        const rows: string[] = [];
        let head: string;
        if (op === Op.TABLESWITCH) {
          const low = s4(at + 4);
          const high = s4(at + 8);
          head = `{ // ${low} to ${high}`;
          for (let k = 0; k <= high - low; k++)
            rows.push(`${String(low + k).padStart(22)}: ${pc + s4(at + 12 + k * 4)}`);
        } else {
          const n = s4(at + 4);
          head = `{ // ${n}`;
          for (let k = 0; k < n; k++) {
            rows.push(`${String(s4(at + 8 + k * 8)).padStart(22)}: ${pc + s4(at + 12 + k * 8)}`);
          }
        }
        rows.push(`${'default'.padStart(22)}: ${def}`);
        return `    ${String(pc).padStart(4)}: ${name.padEnd(13)} ${head}\n${rows.join('\n')}\n          }`;
      }
      default:
        if ((op >= Op.IFEQ && op <= Op.JSR) || op === Op.IFNULL || op === Op.IFNONNULL) {
          operands = String(pc + s2(pc + 1));
        }
    }
    let line =
      `    ${String(pc).padStart(4)}: ` + (operands === '' ? name : `${name.padEnd(13)} ${operands}`);
    if (comment !== null) {
      line = (line.length < COMMENT_COLUMN ? line.padEnd(COMMENT_COLUMN) : line + ' ') + '// ' + comment;
    }
    // javap never ends a line in spaces, even when a quoted constant does.
    return line.trimEnd();
  }
}

/** Formats a parsed class file the way `javap -c -p` prints it (generic signatures aside). */
export function formatClassFile(cf: ClassFile): string {
  const p = new Printer(cf);
  let out = cf.sourceFile !== null ? `Compiled from "${cf.sourceFile}"\n` : '';
  out += p.header() + ' {\n';
  // javap -c follows every field with a blank line but only separates methods by one.
  for (const f of cf.fields) out += p.field(f) + '\n\n';
  if (cf.methods.length > 0) out += cf.methods.map((m) => p.method(m)).join('\n\n') + '\n';
  return out + '}\n';
}

/** Formats one instruction of `code` javap-style, resolving constant pool operands against `cf`. */
export function formatInstruction(cf: ClassFile, code: Uint8Array, pc: number): string {
  return new Printer(cf).instruction(code, pc).trimStart();
}
