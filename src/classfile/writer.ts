// Writing class files (JVMS ch. 4) for the classes the VM itself makes (lambda proxies). Constant pool
// entries are numbered in the order they are first asked for, as ASM's SymbolTable numbers them, so that a
// class made by the same sequence of requests as one of the JDK's ASM generators is byte for byte the same.
import { CpTag } from './types.js';
import { encodeMutf8 } from './mutf8.js';

/** A growable big-endian byte buffer. */
export class ByteWriter {
  private bytes = new Uint8Array(256);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  u1(v: number): void {
    this.room(1);
    this.bytes[this.length++] = v & 0xff;
  }
  u2(v: number): void {
    this.room(2);
    this.bytes[this.length++] = (v >>> 8) & 0xff;
    this.bytes[this.length++] = v & 0xff;
  }
  u4(v: number): void {
    this.u2(v >>> 16);
    this.u2(v & 0xffff);
  }
  raw(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }
  /** The bytes written so far (a copy). */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** JVMS §4.4 The constant pool, built up entry by entry; a request for an existing entry returns it. */
export class ConstantPoolWriter {
  private readonly out = new ByteWriter();
  private readonly indexes = new Map<string, number>();
  /** The next free index (entry 0 is unused). */
  count = 1;

  private entry(key: string, write: () => void): number {
    const known = this.indexes.get(key);
    if (known !== undefined) return known;
    write();
    const index = this.count++;
    this.indexes.set(key, index);
    return index;
  }
  utf8(s: string): number {
    return this.entry(`1:${s}`, () => {
      const b = encodeMutf8(s);
      this.out.u1(CpTag.Utf8);
      this.out.u2(b.length);
      this.out.raw(b);
    });
  }
  /** A CONSTANT_Class for an internal name or an array descriptor. */
  classRef(name: string): number {
    const nameIndex = this.utf8(name);
    return this.entry(`7:${name}`, () => {
      this.out.u1(CpTag.Class);
      this.out.u2(nameIndex);
    });
  }
  nameAndType(name: string, descriptor: string): number {
    const n = this.utf8(name);
    const d = this.utf8(descriptor);
    return this.entry(`12:${name}:${descriptor}`, () => {
      this.out.u1(CpTag.NameAndType);
      this.out.u2(n);
      this.out.u2(d);
    });
  }
  private memberRef(tag: CpTag, owner: string, name: string, descriptor: string): number {
    const c = this.classRef(owner);
    const nt = this.nameAndType(name, descriptor);
    return this.entry(`${tag}:${owner}:${name}:${descriptor}`, () => {
      this.out.u1(tag);
      this.out.u2(c);
      this.out.u2(nt);
    });
  }
  fieldRef(owner: string, name: string, descriptor: string): number {
    return this.memberRef(CpTag.Fieldref, owner, name, descriptor);
  }
  methodRef(owner: string, name: string, descriptor: string, isInterface: boolean): number {
    const tag = isInterface ? CpTag.InterfaceMethodref : CpTag.Methodref;
    return this.memberRef(tag, owner, name, descriptor);
  }
  /** constant_pool_count followed by the entries. */
  writeTo(w: ByteWriter): void {
    w.u2(this.count);
    w.raw(this.out.toBytes());
  }
}

/** A method's bytecode with the operand stack depth tracked, for max_stack (straight-line code only). */
export class CodeWriter {
  readonly code = new ByteWriter();
  private depth = 0;
  maxStack = 0;

  constructor(
    /** Local variable slots the arguments take, `this` included: max_locals of code that adds none. */
    readonly maxLocals: number,
  ) {}

  /** Appends an instruction's bytes; `stackChange` is what it does to the operand stack depth. */
  op(stackChange: number, ...bytes: number[]): void {
    for (const b of bytes) this.code.u1(b);
    this.depth += stackChange;
    if (this.depth > this.maxStack) this.maxStack = this.depth;
  }
}

/** A field_info without attributes: its flags and the pool indexes of its name and descriptor. */
export interface FieldSpec {
  readonly access: number;
  readonly name: number;
  readonly descriptor: number;
}

/** A method_info with a Code attribute: its flags, name and descriptor indexes, and its code. */
export interface MethodSpec {
  readonly access: number;
  readonly name: number;
  readonly descriptor: number;
  readonly code: CodeWriter;
}

/**
 * JVMS §4.1 A class file: the header, then fields and methods (each method with only a Code attribute,
 * no exception table), and no class attributes. The "Code" name is added to the pool last, as ASM adds
 * attribute names when it writes the class.
 */
export function writeClassFile(
  pool: ConstantPoolWriter,
  major: number,
  access: number,
  thisClass: number,
  superClass: number,
  interfaces: readonly number[],
  fields: readonly FieldSpec[],
  methods: readonly MethodSpec[],
): Uint8Array {
  const codeName = methods.length > 0 ? pool.utf8('Code') : 0;
  const w = new ByteWriter();
  w.u4(0xcafebabe);
  w.u2(0);
  w.u2(major);
  pool.writeTo(w);
  w.u2(access);
  w.u2(thisClass);
  w.u2(superClass);
  w.u2(interfaces.length);
  for (const i of interfaces) w.u2(i);
  w.u2(fields.length);
  for (const f of fields) {
    w.u2(f.access);
    w.u2(f.name);
    w.u2(f.descriptor);
    w.u2(0);
  }
  w.u2(methods.length);
  for (const m of methods) {
    const code = m.code.code.toBytes();
    w.u2(m.access);
    w.u2(m.name);
    w.u2(m.descriptor);
    w.u2(1);
    w.u2(codeName);
    w.u4(12 + code.length);
    w.u2(m.code.maxStack);
    w.u2(m.code.maxLocals);
    w.u4(code.length);
    w.raw(code);
    w.u2(0);
    w.u2(0);
  }
  w.u2(0);
  return w.toBytes();
}
