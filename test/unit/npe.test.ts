// Helpful NullPointerException messages (src/natives/npeMessage.ts) on bytecode javac never emits: jsr/ret,
// dead code that merges into live code, the dup family on mixed stacks, monitorexit, ldc of MethodType,
// MethodHandle and dynamic constants, invokedynamic results. The classes are assembled here, run on
// HotSpot (the expected messages) and on tsjvm, and the analysis is also checked directly against
// HotSpot's messages. A few properties that need no JDK are checked directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Op, instructionLength } from '../../src/classfile/opcodes.js';
import { parseClassFile } from '../../src/classfile/reader.js';
import { CpTag, type ClassFile, type ConstantPool, type CpEntry } from '../../src/classfile/types.js';
import { constantPoolOf } from '../../src/classfile/constantPool.js';
import { npeMessageAt, type NpeMethod } from '../../src/natives/npeMessage.js';
import { repoRoot } from '../harness/programs.js';

// ---------------------------------------------------------------------------------------------------------
// A minimal class-file assembler.

const u2 = (v: number): number[] => [(v >> 8) & 0xff, v & 0xff];
const u4 = (v: number): number[] => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

interface AsmMethod {
  flags: number;
  name: string;
  desc: string;
  maxStack: number;
  maxLocals: number;
  code: number[];
  /** [start, end, handler] catch-all entries. */
  handlers?: [number, number, number][];
}

class ClassAsm {
  private readonly pool: number[][] = [];
  private readonly keys = new Map<string, number>();
  private readonly fields: { flags: number; name: string; desc: string }[] = [];
  private readonly methods: AsmMethod[] = [];
  private readonly bootstraps: { handle: number; args: number[] }[] = [];
  private count = 1;

  constructor(
    readonly name: string,
    private readonly major: number,
  ) {}

  private add(key: string, bytes: number[]): number {
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const index = this.count;
    this.pool.push(bytes);
    this.count += bytes[0] === CpTag.Long || bytes[0] === CpTag.Double ? 2 : 1;
    this.keys.set(key, index);
    return index;
  }

  utf8(s: string): number {
    const bytes = [...Buffer.from(s, 'utf8')];
    return this.add(`utf8:${s}`, [CpTag.Utf8, ...u2(bytes.length), ...bytes]);
  }
  cls(name: string): number {
    return this.add(`class:${name}`, [CpTag.Class, ...u2(this.utf8(name))]);
  }
  str(s: string): number {
    return this.add(`string:${s}`, [CpTag.String, ...u2(this.utf8(s))]);
  }
  nat(name: string, desc: string): number {
    return this.add(`nat:${name}:${desc}`, [
      CpTag.NameAndType,
      ...u2(this.utf8(name)),
      ...u2(this.utf8(desc)),
    ]);
  }
  private ref(tag: CpTag, owner: string, name: string, desc: string): number {
    return this.add(`ref${tag}:${owner}.${name}:${desc}`, [
      tag,
      ...u2(this.cls(owner)),
      ...u2(this.nat(name, desc)),
    ]);
  }
  field(owner: string, name: string, desc: string): number {
    return this.ref(CpTag.Fieldref, owner, name, desc);
  }
  method(owner: string, name: string, desc: string): number {
    return this.ref(CpTag.Methodref, owner, name, desc);
  }
  methodType(desc: string): number {
    return this.add(`mt:${desc}`, [CpTag.MethodType, ...u2(this.utf8(desc))]);
  }
  methodHandle(kind: number, ref: number): number {
    return this.add(`mh:${kind}:${ref}`, [CpTag.MethodHandle, kind, ...u2(ref)]);
  }
  bootstrap(handle: number, args: number[] = []): number {
    this.bootstraps.push({ handle, args });
    return this.bootstraps.length - 1;
  }
  dynamic(bsm: number, name: string, desc: string): number {
    return this.add(`condy:${bsm}:${name}:${desc}`, [CpTag.Dynamic, ...u2(bsm), ...u2(this.nat(name, desc))]);
  }
  indy(bsm: number, name: string, desc: string): number {
    return this.add(`indy:${bsm}:${name}:${desc}`, [
      CpTag.InvokeDynamic,
      ...u2(bsm),
      ...u2(this.nat(name, desc)),
    ]);
  }

  addField(flags: number, name: string, desc: string): void {
    this.fields.push({ flags, name, desc });
  }
  addMethod(m: AsmMethod): void {
    this.methods.push(m);
  }

  bytes(): Uint8Array {
    // Everything the constant pool needs is created before it is written out.
    const thisIndex = this.cls(this.name);
    const superIndex = this.cls('java/lang/Object');
    const members = (list: { flags: number; name: string; desc: string }[], body: (i: number) => number[]) =>
      list.flatMap((m, i) => [
        ...u2(m.flags),
        ...u2(this.utf8(m.name)),
        ...u2(this.utf8(m.desc)),
        ...body(i),
      ]);
    const fieldBytes = members(this.fields, () => u2(0));
    const codeName = this.utf8('Code');
    const linesName = this.utf8('LineNumberTable');
    const methodBytes = members(this.methods, (i) => {
      const m = this.methods[i];
      // Line numbers are bytecode index + 1, so a stack trace tells where the exception was raised.
      const lines: number[] = [];
      let count = 0;
      for (let pc = 0; pc < m.code.length; count++) {
        lines.push(...u2(pc), ...u2(pc + 1));
        const len = instructionLength(Uint8Array.from(m.code), pc);
        assert.ok(len > 0, `${m.name}: bad instruction at ${pc}`);
        pc += len;
      }
      const lineAttr = [...u2(linesName), ...u4(2 + lines.length), ...u2(count), ...lines];
      const handlers = m.handlers ?? [];
      const body = [
        ...u2(m.maxStack),
        ...u2(m.maxLocals),
        ...u4(m.code.length),
        ...m.code,
        ...u2(handlers.length),
        ...handlers.flatMap(([s, e, h]) => [...u2(s), ...u2(e), ...u2(h), ...u2(0)]),
        ...u2(1),
        ...lineAttr,
      ];
      return [...u2(1), ...u2(codeName), ...u4(body.length), ...body];
    });
    const classAttrs: number[] = [];
    let attrCount = 0;
    if (this.bootstraps.length > 0) {
      const name = this.utf8('BootstrapMethods');
      const body = [
        ...u2(this.bootstraps.length),
        ...this.bootstraps.flatMap((b) => [...u2(b.handle), ...u2(b.args.length), ...b.args.flatMap(u2)]),
      ];
      classAttrs.push(...u2(name), ...u4(body.length), ...body);
      attrCount++;
    }
    const out = [
      ...u4(0xcafebabe),
      ...u2(0),
      ...u2(this.major),
      ...u2(this.count),
      ...this.pool.flat(),
      ...u2(0x21),
      ...u2(thisIndex),
      ...u2(superIndex),
      ...u2(0),
      ...u2(this.fields.length),
      ...fieldBytes,
      ...u2(this.methods.length),
      ...methodBytes,
      ...u2(attrCount),
      ...classAttrs,
    ];
    return Uint8Array.from(out);
  }
}

const ACC_PUBLIC_STATIC = 0x0009;
const STRING = 'Ljava/lang/String;';

/** Static fields A (null), B ("b"), C ("c") and D ("d"), set by <clinit>. */
function addStrings(asm: ClassAsm): void {
  for (const f of ['A', 'B', 'C', 'D']) asm.addField(ACC_PUBLIC_STATIC, f, STRING);
  const code: number[] = [];
  for (const f of ['B', 'C', 'D']) {
    code.push(Op.LDC_W, ...u2(asm.str(f.toLowerCase())), Op.PUTSTATIC, ...u2(asm.field(asm.name, f, STRING)));
  }
  code.push(Op.RETURN);
  asm.addMethod({ flags: 0x0008, name: '<clinit>', desc: '()V', maxStack: 2, maxLocals: 0, code });
}

function get(asm: ClassAsm, f: string): number[] {
  return [Op.GETSTATIC, ...u2(asm.field(asm.name, f, STRING))];
}

function length(asm: ClassAsm): number[] {
  return [Op.INVOKEVIRTUAL, ...u2(asm.method('java/lang/String', 'length', '()I'))];
}

function test0(asm: ClassAsm, name: string, code: number[], handlers?: [number, number, number][]): void {
  asm.addMethod({ flags: ACC_PUBLIC_STATIC, name, desc: '()V', maxStack: 8, maxLocals: 4, code, handlers });
}

/** Version 49: the type-inferencing verifier, so jsr/ret and branches need no StackMapTable. */
function oldClass(): ClassAsm {
  const a = new ClassAsm('NpeOld', 49);
  addStrings(a);
  const len = length(a);
  // jsr does not flow into the next instruction in the analysis: nothing is known after the call.
  test0(a, 'afterJsr', [
    Op.JSR,
    ...u2(11),
    ...get(a, 'A'),
    ...len,
    Op.POP,
    Op.RETURN,
    Op.ASTORE_0,
    Op.RET,
    0,
  ]);
  test0(a, 'insideJsr', [
    Op.JSR,
    ...u2(4),
    Op.RETURN,
    Op.ASTORE_0,
    ...get(a, 'A'),
    ...len,
    Op.POP,
    Op.RET,
    0,
  ]);
  // tableswitch also flows into the next instruction: the dead code there merges another producer into
  // the default target.
  test0(a, 'switchFallsThrough', [
    ...get(a, 'A'),
    Op.ICONST_1,
    Op.TABLESWITCH,
    0,
    0,
    0,
    ...u4(27),
    ...u4(0),
    ...u4(0),
    ...u4(27),
    Op.POP,
    ...get(a, 'B'),
    Op.GOTO,
    ...u2(3),
    ...len,
    Op.POP,
    Op.RETURN,
  ]);
  // Merging into the fall-through target first changes the stack the branch target then receives.
  test0(a, 'branchMergeOrder', [
    ...get(a, 'B'),
    Op.ICONST_0,
    Op.IFNE,
    ...u2(11),
    Op.POP,
    ...get(a, 'A'),
    Op.ICONST_0,
    Op.IFEQ,
    ...u2(5),
    Op.POP,
    Op.RETURN,
    ...len,
    Op.POP,
    Op.RETURN,
  ]);
  // The same without the earlier branch: the producer is known.
  test0(a, 'branchKnown', [
    ...get(a, 'A'),
    Op.ICONST_0,
    Op.IFEQ,
    ...u2(5),
    Op.POP,
    Op.RETURN,
    ...len,
    Op.POP,
    Op.RETURN,
  ]);
  test0(a, 'dupX1', [...get(a, 'A'), ...get(a, 'B'), Op.DUP_X1, Op.POP, ...len, Op.RETURN]);
  test0(a, 'dupX2', [
    ...get(a, 'A'),
    ...get(a, 'B'),
    ...get(a, 'C'),
    Op.DUP_X2,
    Op.POP,
    Op.POP,
    ...len,
    Op.RETURN,
  ]);
  test0(a, 'dup2', [...get(a, 'B'), ...get(a, 'A'), Op.DUP2, ...len, Op.RETURN]);
  test0(a, 'dup2X1Long', [...get(a, 'A'), Op.LCONST_1, Op.DUP2_X1, Op.POP2, ...len, Op.RETURN]);
  test0(a, 'dup2X1', [...get(a, 'B'), ...get(a, 'C'), ...get(a, 'A'), Op.DUP2_X1, ...len, Op.RETURN]);
  test0(a, 'dup2X2', [
    ...get(a, 'B'),
    ...get(a, 'C'),
    ...get(a, 'D'),
    ...get(a, 'A'),
    Op.DUP2_X2,
    Op.POP,
    Op.POP,
    Op.POP,
    Op.POP,
    ...len,
    Op.RETURN,
  ]);
  test0(a, 'dup2X2Long', [
    ...get(a, 'A'),
    ...get(a, 'B'),
    Op.DCONST_1,
    Op.DUP2_X2,
    Op.POP2,
    Op.POP,
    ...len,
    Op.RETURN,
  ]);
  test0(a, 'swap', [...get(a, 'A'), ...get(a, 'B'), Op.SWAP, ...len, Op.RETURN]);
  test0(a, 'monitorExit', [Op.ACONST_NULL, Op.MONITOREXIT, Op.RETURN]);
  test0(a, 'monitorEnterField', [...get(a, 'A'), Op.MONITORENTER, Op.RETURN]);
  test0(a, 'longStoreNull', [Op.ACONST_NULL, Op.ICONST_0, Op.LCONST_1, Op.LASTORE, Op.RETURN]);
  test0(a, 'wideLoad', [
    Op.ACONST_NULL,
    Op.WIDE,
    Op.ASTORE,
    ...u2(3),
    Op.WIDE,
    Op.ALOAD,
    ...u2(3),
    ...len,
    Op.RETURN,
  ]);
  // An exception handler starts with the exception on the stack.
  test0(
    a,
    'inHandler',
    [Op.ACONST_NULL, Op.ATHROW, Op.ASTORE_0, ...get(a, 'A'), ...len, Op.POP, Op.RETURN],
    [[0, 2, 2]],
  );
  test0(
    a,
    'handlerCause',
    [
      Op.ACONST_NULL,
      Op.ATHROW,
      Op.INVOKEVIRTUAL,
      ...u2(a.method('java/lang/Throwable', 'getCause', '()Ljava/lang/Throwable;')),
      Op.ATHROW,
    ],
    [[0, 2, 2]],
  );
  // Parameter types as HotSpot prints them: java.lang.Object/String prefixes go, even of longer names.
  const take =
    '(Ljava/lang/StringBuilder;Ljava/lang/Objectx;Ltest/java/lang/String;[Ljava/lang/String;JLjava/lang/Strings;)V';
  a.addMethod({ flags: 0x0001, name: 'take', desc: take, maxStack: 0, maxLocals: 8, code: [Op.RETURN] });
  test0(a, 'parameterNames', [
    Op.ACONST_NULL,
    Op.ACONST_NULL,
    Op.ACONST_NULL,
    Op.ACONST_NULL,
    Op.ACONST_NULL,
    Op.LCONST_0,
    Op.ACONST_NULL,
    Op.INVOKEVIRTUAL,
    ...u2(a.method('NpeOld', 'take', take)),
    Op.RETURN,
  ]);
  test0(a, 'objectReceiver', [
    Op.ACONST_NULL,
    Op.INVOKEVIRTUAL,
    ...u2(a.method('java/lang/Object', 'hashCode', '()I')),
    Op.RETURN,
  ]);
  return a;
}

/** Version 55: ldc of MethodType, MethodHandle and dynamic constants, invokedynamic (straight-line code). */
function newClass(): ClassAsm {
  const a = new ClassAsm('NpeNew', 55);
  addStrings(a);
  const len = length(a);
  // ldc of these pushes nothing in the analysis, so the pop removes the wrong entry.
  test0(a, 'ldcMethodType', [
    ...get(a, 'A'),
    Op.ACONST_NULL,
    Op.LDC_W,
    ...u2(a.methodType('()V')),
    Op.POP,
    ...len,
    Op.RETURN,
  ]);
  const valueOf = a.method('java/lang/String', 'valueOf', '(Ljava/lang/Object;)Ljava/lang/String;');
  test0(a, 'ldcMethodHandle', [
    ...get(a, 'A'),
    Op.ACONST_NULL,
    Op.LDC_W,
    ...u2(a.methodHandle(6, valueOf)),
    Op.POP,
    ...len,
    Op.RETURN,
  ]);
  const nullConstant = a.methodHandle(
    6,
    a.method(
      'java/lang/invoke/ConstantBootstraps',
      'nullConstant',
      '(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;',
    ),
  );
  const condy = a.dynamic(a.bootstrap(nullConstant), 'none', STRING);
  test0(a, 'ldcDynamic', [Op.ACONST_NULL, Op.LDC_W, ...u2(condy), ...len, Op.POP, Op.POP, Op.RETURN]);
  const site = a.methodHandle(
    6,
    a.method(
      'NpeBoot',
      'nullSite',
      '(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;',
    ),
  );
  const indy = a.indy(a.bootstrap(site), 'get', '()' + STRING);
  // The description of an invokedynamic result stops after the opening quote, as in HotSpot.
  test0(a, 'indyResult', [Op.INVOKEDYNAMIC, ...u2(indy), 0, 0, ...len, Op.RETURN]);
  const indyArray = a.indy(a.bootstrap(site), 'array', '()[I');
  test0(a, 'indyArrayLength', [Op.INVOKEDYNAMIC, ...u2(indyArray), 0, 0, Op.ARRAYLENGTH, Op.RETURN]);
  return a;
}

const BOOT_SOURCE = `
import java.lang.invoke.*;
public class NpeBoot {
  public static CallSite nullSite(MethodHandles.Lookup lookup, String name, MethodType type) {
    return new ConstantCallSite(MethodHandles.constant(type.returnType(), null));
  }
}
`;

function runnerSource(classes: [string, string[]][]): string {
  const calls = classes.flatMap(([cls, names]) =>
    names.map(
      (n) => `    try { ${cls}.${n}(); System.out.println("${cls}.${n}|none"); }
    catch (NullPointerException e) { report("${cls}.${n}", e); }
    catch (Throwable e) { System.out.println("${cls}.${n}|" + e); }`,
    ),
  );
  return `public class NpeRunner {
  static void report(String name, NullPointerException e) {
    StackTraceElement top = e.getStackTrace()[0];
    System.out.println(name + "|" + top.getMethodName() + "|" + (top.getLineNumber() - 1) + "|" + e.getMessage());
  }
  public static void main(String[] args) {
${calls.join('\n')}
  }
}
`;
}

function javaAvailable(): boolean {
  const c = spawnSync('javac', ['-version'], { encoding: 'utf8' });
  const j = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return c.status === 0 && j.status === 0;
}

function describe(cf: ClassFile, name: string): NpeMethod {
  const m = cf.methods.find((x) => x.name === name);
  assert.ok(m && m.code, `no method ${name}`);
  return {
    code: m.code.code,
    constantPool: cf.constantPool,
    descriptor: m.descriptor,
    isStatic: (m.accessFlags & 0x0008) !== 0,
    handlerPcs: m.code.exceptionTable.map((e) => e.handlerPc),
    localVariables: m.code.localVariables,
  };
}

test(
  'hand-assembled bytecode: messages as HotSpot gives them, in the analysis and in tsjvm',
  { skip: !javaAvailable() },
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-npe-'));
    try {
      const asms = [oldClass(), newClass()];
      const parsed = new Map<string, ClassFile>();
      const names: [string, string[]][] = [];
      for (const asm of asms) {
        const bytes = asm.bytes();
        fs.writeFileSync(path.join(dir, `${asm.name}.class`), bytes);
        const cf = parseClassFile(bytes);
        parsed.set(asm.name, cf);
        names.push([
          asm.name,
          cf.methods.filter((m) => m.accessFlags & 0x0008 && m.name !== '<clinit>').map((m) => m.name),
        ]);
      }
      fs.writeFileSync(path.join(dir, 'NpeBoot.java'), BOOT_SOURCE);
      fs.writeFileSync(path.join(dir, 'NpeRunner.java'), runnerSource(names));
      const javac = spawnSync(
        'javac',
        [
          '-XDstringConcat=inline',
          '-cp',
          dir,
          '-d',
          dir,
          path.join(dir, 'NpeBoot.java'),
          path.join(dir, 'NpeRunner.java'),
        ],
        { encoding: 'utf8' },
      );
      assert.equal(javac.status, 0, javac.stderr);
      const hotspot = spawnSync('java', ['-Xshare:auto', '-cp', dir, 'NpeRunner'], { encoding: 'utf8' });
      assert.equal(hotspot.status, 0, hotspot.stderr);
      const lines = hotspot.stdout.trim().split('\n');
      assert.equal(
        lines.length,
        names.reduce((n, [, ms]) => n + ms.length, 0),
      );

      // The analysis itself, at the index HotSpot reported.
      for (const line of lines) {
        const [id, method, bci, ...rest] = line.split('|');
        assert.notEqual(method, undefined, `no NullPointerException in ${line}`);
        const [cls] = id.split('.');
        const expected = rest.join('|');
        const actual = npeMessageAt(describe(parsed.get(cls)!, method), Number(bci));
        assert.equal(actual ?? 'null', expected, `${id} at ${bci}`);
      }

      // And end to end.
      const tsjvm = spawnSync(path.join(repoRoot, 'bin', 'tsjvm'), ['-cp', dir, 'NpeRunner'], {
        encoding: 'utf8',
      });
      assert.equal(tsjvm.stderr, '');
      assert.equal(tsjvm.stdout, hotspot.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);

// ---------------------------------------------------------------------------------------------------------
// Direct checks that need no JDK.

function pool(...entries: CpEntry[]): ConstantPool {
  return constantPoolOf([null, ...entries]);
}

function method(code: number[], cp: ConstantPool, extra: Partial<NpeMethod> = {}): NpeMethod {
  return {
    code: Uint8Array.from(code),
    constantPool: cp,
    descriptor: '()V',
    isStatic: true,
    handlerPcs: [],
    localVariables: [],
    ...extra,
  };
}

const initRef: CpEntry = {
  tag: CpTag.Methodref,
  classIndex: 0,
  nameAndTypeIndex: 0,
  className: 'java/lang/NullPointerException',
  name: '<init>',
  descriptor: '()V',
};

test('an explicitly constructed NullPointerException has no message', () => {
  // new NPE; dup; invokespecial <init>; athrow: the backtrace points at the constructor call.
  const m = method([Op.NEW, 0, 1, Op.DUP, Op.INVOKESPECIAL, 0, 1, Op.ATHROW], pool(initRef));
  assert.equal(npeMessageAt(m, 4), null);
});

test('instructions that cannot raise a NullPointerException give null', () => {
  const m = method([Op.ICONST_1, Op.ICONST_2, Op.IADD, Op.POP, Op.RETURN], pool());
  assert.equal(npeMessageAt(m, 2), null);
  assert.equal(npeMessageAt(m, 4), null);
  assert.equal(npeMessageAt(m, 99), null);
  assert.equal(npeMessageAt(m, -1), null);
});

test('local variable names: table entries, this, <parameterN>, <localN>', () => {
  const field: CpEntry = {
    tag: CpTag.Fieldref,
    classIndex: 0,
    nameAndTypeIndex: 0,
    className: 'Foo',
    name: 'x',
    descriptor: 'I',
  };
  const cp = pool(field);
  const instance = { isStatic: false, descriptor: '(JLjava/lang/Object;)V' };
  // aload_0 in an instance method without a table: this.
  assert.equal(
    npeMessageAt(method([Op.ALOAD_0, Op.GETFIELD, 0, 1], cp, instance), 1),
    'Cannot read field "x" because "this" is null',
  );
  // Slot 3 is the second parameter (after this and a long).
  assert.equal(
    npeMessageAt(method([Op.ALOAD_3, Op.GETFIELD, 0, 1], cp, instance), 1),
    'Cannot read field "x" because "<parameter2>" is null',
  );
  // Written before: a local.
  assert.equal(
    npeMessageAt(method([Op.ACONST_NULL, Op.ASTORE_3, Op.ALOAD_3, Op.GETFIELD, 0, 1], cp, instance), 3),
    'Cannot read field "x" because "<local3>" is null',
  );
  // With a table entry covering the load.
  const named = {
    ...instance,
    localVariables: [{ startPc: 0, length: 4, name: 'obj', descriptor: 'LFoo;', index: 3 }],
  };
  assert.equal(
    npeMessageAt(method([Op.ALOAD_3, Op.GETFIELD, 0, 1], cp, named), 1),
    'Cannot read field "x" because "obj" is null',
  );
  // Outside the entry's range the table does not apply.
  const late = {
    ...instance,
    localVariables: [{ startPc: 1, length: 3, name: 'obj', descriptor: 'LFoo;', index: 3 }],
  };
  assert.equal(
    npeMessageAt(method([Op.ALOAD_3, Op.GETFIELD, 0, 1], cp, late), 1),
    'Cannot read field "x" because "<parameter2>" is null',
  );
});

test('sipush indexes print unsigned, bipush signed (as HotSpot reads them)', () => {
  const cp = pool({
    tag: CpTag.Fieldref,
    classIndex: 0,
    nameAndTypeIndex: 0,
    className: 'Foo',
    name: 'arr',
    descriptor: '[[I',
  });
  const code = (push: number[]) => [
    Op.GETSTATIC,
    0,
    1,
    ...push,
    Op.AALOAD,
    Op.ICONST_0,
    Op.IALOAD,
    Op.POP,
    Op.RETURN,
  ];
  const sipush = code([Op.SIPUSH, 0xff, 0xfe]);
  assert.equal(
    npeMessageAt(method(sipush, cp), 8),
    'Cannot load from int array because "Foo.arr[65534]" is null',
  );
  const bipush = code([Op.BIPUSH, 0xfe]);
  assert.equal(
    npeMessageAt(method(bipush, cp), 7),
    'Cannot load from int array because "Foo.arr[-2]" is null',
  );
});
