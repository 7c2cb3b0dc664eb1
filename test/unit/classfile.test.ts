import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

import { parseClassFile } from '../../src/classfile/reader.js';
import { formatClassFile, javaDoubleToString, javaFloatToString } from '../../src/classfile/javap.js';
import { instructionLength, Op, OPCODE_LENGTHS, OPCODE_NAMES } from '../../src/classfile/opcodes.js';
import { decodeMutf8, encodeMutf8, mutf8Length, tryDecodeMutf8 } from '../../src/classfile/mutf8.js';
import {
  argSlotCount,
  classNameToDescriptor,
  descriptorToClassName,
  descriptorToJavaType,
  isValidBinaryName,
  isValidClassName,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  isValidUnqualifiedName,
  parseMethodDescriptor,
  typeSize,
} from '../../src/classfile/descriptors.js';
import { ClassFormatError } from '../../src/classfile/errors.js';
import {
  ACC_ABSTRACT,
  ACC_FINAL,
  ACC_INTERFACE,
  ACC_PRIVATE,
  ACC_STATIC,
  ACC_SUPER,
  ACC_PUBLIC,
  type ClassFile,
  type CpEntry,
  CpTag,
  type MethodInfo,
} from '../../src/classfile/types.js';

// ---- compiling Java sources with the host JDK ----

function jdkHome(): string {
  const env = process.env.JAVA_HOME;
  if (env && existsSync(join(env, 'bin', 'javac'))) return env;
  for (const d of (process.env.PATH ?? '').split(delimiter)) {
    const javac = join(d, 'javac');
    if (existsSync(javac)) return dirname(dirname(realpathSync(javac)));
  }
  throw new Error('no JDK found: set JAVA_HOME or put javac on the PATH');
}

const JDK = jdkHome();
const workDir = mkdtempSync(join(tmpdir(), 'tsjvm-classfile-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

/** Compiles the sources (file name -> text) into a fresh directory and returns it. */
function compile(sources: Record<string, string>, options: string[] = []): string {
  const dir = mkdtempSync(join(workDir, 'c-'));
  const files = Object.entries(sources).map(([name, text]) => {
    const file = join(dir, 'src', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  });
  const out = join(dir, 'out');
  execFileSync(join(JDK, 'bin', 'javac'), ['-g', '-parameters', '-nowarn', '-d', out, ...options, ...files], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return out;
}

function load(dir: string, name: string): ClassFile {
  return parseClassFile(readFileSync(join(dir, name + '.class')), { name });
}

function method(cf: ClassFile, name: string, descriptor?: string): MethodInfo {
  const m = cf.methods.find(
    (m) => m.name === name && (descriptor === undefined || m.descriptor === descriptor),
  );
  assert.ok(m, `method ${name}${descriptor ?? ''} in ${cf.thisClass}`);
  return m;
}

function constantOf(cf: ClassFile, field: string): CpEntry {
  const f = cf.fields.find((f) => f.name === field);
  assert.ok(f, `field ${field}`);
  const e = cf.constantPool.get(f.constantValueIndex);
  assert.ok(e, `constant value of ${field}`);
  return e;
}

function lineOf(source: string, marker: string): number {
  const i = source.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(i >= 0, marker);
  return i + 1;
}

/** Walks the bytecode with instructionLength; it must land exactly on the end. */
function walk(code: Uint8Array): number[] {
  const pcs: number[] = [];
  let pc = 0;
  while (pc < code.length) {
    pcs.push(pc);
    const len = instructionLength(code, pc);
    assert.ok(len > 0, `bad instruction ${code[pc]} at ${pc}`);
    pc += len;
  }
  assert.equal(pc, code.length);
  return pcs;
}

// ---- sources ----

const CONSTS = `
public class Consts {
  public static final long LMIN = Long.MIN_VALUE;
  public static final long LMAX = Long.MAX_VALUE;
  public static final long LNEG = -2L;
  public static final double DNAN = Double.NaN;
  public static final double DNEGZERO = -0.0;
  public static final double DMIN = Double.MIN_VALUE;
  public static final double DNEGINF = Double.NEGATIVE_INFINITY;
  public static final double DPI = Math.PI;
  public static final float FNAN = Float.NaN;
  public static final float FNEGZERO = -0.0f;
  public static final float FMAX = Float.MAX_VALUE;
  public static final float FMIN = Float.MIN_VALUE;
  public static final int IMIN = Integer.MIN_VALUE;
  public static final int IMAX = Integer.MAX_VALUE;
  public static final char C = '\\uffff';
  public static final boolean Z = true;
  public static final byte B = -128;
  public static final short S = -32768;
  public static final String SURROGATES = "a\\ud83d\\ude00b";
  public static final String NUL = "x\\0y";
  public static final String LONE = "\\ud800!";
  public static final String EMPTY = "";
  public static final String UNICODE = "\\u00e9\\u20ac\\u07ff\\u0800";
  public final int instanceConst = 5;
  public static long notConstant = System.nanoTime();
}
`;

const CODE = `import java.io.IOException;

public class Code1 implements Runnable {
  private int counter;
  protected static volatile Object lock;

  public int one() {
    return 1;
  }

  int f(int a) {
    try {
      a = a / 0; // DIVIDE
    } catch (ArithmeticException e) {
      a = -1; // CATCH
    } finally {
      a++;
    }
    return a;
  }

  static long g(long x, double y, int[] z, String s) throws IOException, InterruptedException {
    return x + (long) y + z.length + s.length();
  }

  native void n();

  int sw(int k) {
    switch (k) { case 1: return 10; case 2: return 20; case 3: return 30; default: return 0; }
  }

  int lsw(int k) {
    switch (k) { case -5: return 10; case 1000: return 20; default: return 0; }
  }

  public synchronized void run() {
    long l = 123456789012L;
    float f = 1.5f;
    double d = 2.5e100;
    Object o = new int[3][4];
    String[] sa = new String[2];
    char[] cs = new char[] { 'a' };
    Runnable r = () -> System.out.println(l + f + d + o.hashCode() + sa.length + cs.length);
    r.run();
    synchronized (this) { counter += 100000; }
    if (o == null) throw new IllegalStateException("quote \\" and 'apostrophe' \\n");
  }

  static int varargs(String... xs) { return xs.length; }
}
`;

const OUTER = `import java.lang.annotation.*;
import java.util.List;

public class Outer<T extends Comparable<T>> {
  class Inner {}
  static class Nested {}
  private static int secret;

  Runnable m(int p) {
    class Local { int get() { return p + secret; } }
    Object anon = new Object() {};
    Runnable r = () -> System.out.println(new Local().get() + anon.hashCode());
    return r;
  }

  <U> U id(U u) { return u; }

  @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT) @interface Tag {}

  record Point(int x, @Tag long y, List<String> names) {}

  sealed interface Shape permits Circle, Square {}
  static final class Circle implements Shape {}
  static non-sealed class Square implements Shape {}

  @Retention(RetentionPolicy.RUNTIME) @interface Ann { int value() default 42; String[] names() default {}; }

  @Deprecated @Ann(7) void old(@Ann int q) {}

  enum Color { RED, GREEN }
}
`;

const consts = compile({ 'Consts.java': CONSTS });
const code = compile({ 'Code1.java': CODE });
const outer = compile({ 'Outer.java': OUTER });

// ---- tests ----

test('header: versions, names, flags, interfaces, source file', () => {
  const cf = load(code, 'Code1');
  assert.equal(cf.majorVersion, 61);
  assert.equal(cf.minorVersion, 0);
  assert.equal(cf.thisClass, 'Code1');
  assert.equal(cf.superClass, 'java/lang/Object');
  assert.deepEqual(cf.interfaces, ['java/lang/Runnable']);
  assert.equal(cf.accessFlags, ACC_PUBLIC | ACC_SUPER);
  assert.equal(cf.sourceFile, 'Code1.java');
  assert.equal(cf.constantPool.get(0), null);
  assert.ok(cf.attributes.some((a) => a.name === 'SourceFile' && a.data.length === 2));
  const counter = cf.fields.find((f) => f.name === 'counter');
  assert.ok(counter);
  assert.equal(counter.descriptor, 'I');
  assert.equal(counter.accessFlags, ACC_PRIVATE);
  const lock = cf.fields.find((f) => f.name === 'lock');
  assert.equal(lock?.descriptor, 'Ljava/lang/Object;');
});

test('constant values, including long/double/float edge cases and odd strings', () => {
  const cf = load(consts, 'Consts');
  const long = (name: string): [number, number] => {
    const e = constantOf(cf, name);
    assert.equal(e.tag, CpTag.Long);
    return e.tag === CpTag.Long ? [e.hi, e.lo] : [0, 0];
  };
  assert.deepEqual(long('LMIN'), [-0x80000000, 0]);
  assert.deepEqual(long('LMAX'), [0x7fffffff, -1]);
  assert.deepEqual(long('LNEG'), [-1, -2]);
  const num = (name: string, tag: CpTag): number => {
    const e = constantOf(cf, name);
    assert.equal(e.tag, tag, name);
    return 'value' in e && typeof e.value === 'number' ? e.value : NaN;
  };
  assert.ok(Number.isNaN(num('DNAN', CpTag.Double)));
  assert.ok(Object.is(num('DNEGZERO', CpTag.Double), -0));
  assert.equal(num('DMIN', CpTag.Double), 5e-324);
  assert.equal(num('DNEGINF', CpTag.Double), -Infinity);
  assert.equal(num('DPI', CpTag.Double), Math.PI);
  assert.ok(Number.isNaN(num('FNAN', CpTag.Float)));
  assert.ok(Object.is(num('FNEGZERO', CpTag.Float), -0));
  assert.equal(num('FMAX', CpTag.Float), 3.4028234663852886e38);
  assert.equal(num('FMIN', CpTag.Float), 1.401298464324817e-45);
  assert.equal(num('IMIN', CpTag.Integer), -2147483648);
  assert.equal(num('IMAX', CpTag.Integer), 2147483647);
  assert.equal(num('C', CpTag.Integer), 0xffff);
  assert.equal(num('Z', CpTag.Integer), 1);
  assert.equal(num('B', CpTag.Integer), -128);
  assert.equal(num('S', CpTag.Integer), -32768);
  const str = (name: string): string => {
    const e = constantOf(cf, name);
    assert.equal(e.tag, CpTag.String);
    return e.tag === CpTag.String ? e.value : '';
  };
  assert.equal(str('SURROGATES'), 'a\ud83d\ude00b');
  assert.equal(str('NUL'), 'x\0y');
  assert.equal(str('LONE'), '\ud800!');
  assert.equal(str('EMPTY'), '');
  assert.equal(str('UNICODE'), '\u00e9\u20ac\u07ff\u0800');
  // JVMS §4.7.2: ConstantValue is ignored on non-static fields (javac emits it anyway).
  const inst = cf.fields.find((f) => f.name === 'instanceConst');
  assert.equal(inst?.constantValueIndex, 0);
  assert.ok(inst?.attributes.some((a) => a.name === 'ConstantValue'));
  assert.equal(cf.fields.find((f) => f.name === 'notConstant')?.constantValueIndex, 0);
});

test('Code: lengths, exception table, line numbers, local variables', () => {
  const cf = load(code, 'Code1');
  const one = method(cf, 'one');
  assert.ok(one.code);
  assert.deepEqual([...one.code.code], [Op.ICONST_1, Op.IRETURN]);
  assert.equal(one.code.maxStack, 1);
  assert.equal(one.code.maxLocals, 1);
  const init = method(cf, '<init>', '()V');
  assert.equal(init.code?.code.length, 5);

  const f = method(cf, 'f', '(I)I');
  assert.ok(f.code);
  const { exceptionTable, lineNumbers, localVariables } = f.code;
  const len = f.code.code.length;
  for (const h of exceptionTable) {
    assert.ok(h.startPc < h.endPc && h.endPc <= len && h.handlerPc < len);
  }
  const typed = exceptionTable.filter((h) => h.catchType !== null);
  assert.equal(typed.length, 1);
  assert.equal(typed[0].catchType, 'java/lang/ArithmeticException');
  const catchEntry = cf.constantPool.get(typed[0].catchTypeIndex);
  assert.equal(catchEntry?.tag === CpTag.Class && catchEntry.name, 'java/lang/ArithmeticException');
  assert.ok(exceptionTable.some((h) => h.catchType === null && h.catchTypeIndex === 0));
  const lines = lineNumbers.map((l) => l.lineNumber);
  assert.ok(lines.includes(lineOf(CODE, '// DIVIDE')));
  assert.ok(lines.includes(lineOf(CODE, '// CATCH')));
  assert.ok(lineNumbers.every((l) => l.startPc < len));
  const names = localVariables.map((v) => `${v.index}:${v.name}:${v.descriptor}`);
  assert.ok(names.includes('0:this:LCode1;'));
  assert.ok(names.includes('1:a:I'));
  assert.ok(names.some((n) => n.endsWith(':e:Ljava/lang/ArithmeticException;')));
  assert.ok(f.code.attributes.some((a) => a.name === 'LineNumberTable'));
  assert.ok(f.code.stackMapTable !== null && f.code.stackMapTable.length > 0);
  assert.ok(f.attributes.some((a) => a.name === 'Code'));

  const g = method(cf, 'g');
  assert.equal(g.descriptor, '(JD[ILjava/lang/String;)J');
  assert.deepEqual(g.exceptions, ['java/io/IOException', 'java/lang/InterruptedException']);
  assert.equal(argSlotCount(g.descriptor), 6);
  assert.ok((g.code?.maxLocals ?? 0) >= 6);
  assert.deepEqual(
    g.methodParameters?.map((p) => p.name),
    ['x', 'y', 'z', 's'],
  );

  const n = method(cf, 'n');
  assert.equal(n.code, null);

  for (const m of cf.methods) if (m.code) walk(m.code.code);
  const sw = method(cf, 'sw').code?.code ?? new Uint8Array();
  assert.ok(walk(sw).some((pc) => sw[pc] === Op.TABLESWITCH));
  const lsw = method(cf, 'lsw').code?.code ?? new Uint8Array();
  assert.ok(walk(lsw).some((pc) => lsw[pc] === Op.LOOKUPSWITCH));
});

test('bootstrap methods and invokedynamic for a lambda', () => {
  const cf = load(code, 'Code1');
  assert.ok(cf.bootstrapMethods.length >= 1);
  const indy = cf.constantPool.all().find((e) => e?.tag === CpTag.InvokeDynamic);
  assert.ok(indy && indy.tag === CpTag.InvokeDynamic);
  assert.equal(indy.name, 'run');
  assert.match(
    indy.descriptor,
    /^\(JFDLjava\/lang\/Object;\[Ljava\/lang\/String;\[C\)Ljava\/lang\/Runnable;$/,
  );
  const bsm = cf.bootstrapMethods[indy.bootstrapMethodAttrIndex];
  const handle = cf.constantPool.get(bsm.methodRefIndex);
  assert.ok(handle && handle.tag === CpTag.MethodHandle);
  assert.equal(handle.referenceKind, 6); // REF_invokeStatic
  const ref = cf.constantPool.get(handle.referenceIndex);
  assert.ok(ref && ref.tag === CpTag.Methodref);
  assert.equal(ref.className, 'java/lang/invoke/LambdaMetafactory');
  assert.equal(ref.name, 'metafactory');
  assert.deepEqual(
    bsm.argumentIndexes.map((i) => cf.constantPool.get(i)?.tag),
    [CpTag.MethodType, CpTag.MethodHandle, CpTag.MethodType],
  );
  const samType = cf.constantPool.get(bsm.argumentIndexes[0]);
  assert.equal(samType?.tag === CpTag.MethodType && samType.descriptor, '()V');
  // The lambda body is a private static synthetic method.
  assert.ok(cf.methods.some((m) => m.name.startsWith('lambda$run$') && m.accessFlags & ACC_STATIC));
});

test('member references resolve their class, name and descriptor', () => {
  const cf = load(code, 'Code1');
  const println = cf.constantPool
    .all()
    .find((e) => e?.tag === CpTag.Methodref && e.className === 'java/io/PrintStream' && e.name === 'println');
  assert.ok(println && println.tag === CpTag.Methodref);
  const nat = cf.constantPool.get(println.nameAndTypeIndex);
  assert.ok(nat && nat.tag === CpTag.NameAndType);
  assert.equal(nat.name, 'println');
  assert.equal(nat.descriptor, println.descriptor);
  const field = cf.constantPool.all().find((e) => e?.tag === CpTag.Fieldref && e.name === 'counter');
  assert.ok(field && field.tag === CpTag.Fieldref);
  assert.equal(field.className, 'Code1');
  assert.equal(field.descriptor, 'I');
  const str = cf.constantPool.all().find((e) => e?.tag === CpTag.String && e.value.startsWith('quote'));
  assert.equal(str?.tag === CpTag.String && str.value, "quote \" and 'apostrophe' \n");
});

test('inner classes, nest host and members, enclosing method', () => {
  const cf = load(outer, 'Outer');
  assert.equal(cf.signature, '<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;');
  for (const m of ['Outer$Inner', 'Outer$Nested', 'Outer$1Local', 'Outer$1', 'Outer$Point', 'Outer$Shape']) {
    assert.ok(cf.nestMembers.includes(m), m);
  }
  assert.equal(cf.nestHost, null);
  const inner = cf.innerClasses.find((e) => e.innerClass === 'Outer$Inner');
  assert.ok(inner);
  assert.equal(inner.outerClass, 'Outer');
  assert.equal(inner.innerName, 'Inner');
  const nested = cf.innerClasses.find((e) => e.innerClass === 'Outer$Nested');
  assert.ok(nested && nested.innerClassAccessFlags & ACC_STATIC);
  const local = cf.innerClasses.find((e) => e.innerClass === 'Outer$1Local');
  assert.ok(local);
  assert.equal(local.outerClass, null);
  assert.equal(local.outerClassInfoIndex, 0);
  assert.equal(local.innerName, 'Local');
  const anon = cf.innerClasses.find((e) => e.innerClass === 'Outer$1');
  assert.ok(anon);
  assert.equal(anon.innerName, null);
  assert.equal(anon.innerNameIndex, 0);
  assert.equal(method(cf, 'id').signature, '<U:Ljava/lang/Object;>(TU;)TU;');

  const innerCf = load(outer, 'Outer$Inner');
  assert.equal(innerCf.nestHost, 'Outer');
  assert.deepEqual(innerCf.nestMembers, []);

  const localCf = load(outer, 'Outer$1Local');
  assert.ok(localCf.enclosingMethod);
  assert.equal(localCf.enclosingMethod.className, 'Outer');
  assert.equal(localCf.enclosingMethod.name, 'm');
  assert.equal(localCf.enclosingMethod.descriptor, '(I)Ljava/lang/Runnable;');
  const anonCf = load(outer, 'Outer$1');
  assert.equal(anonCf.enclosingMethod?.name, 'm');
  // A member class has no EnclosingMethod.
  assert.equal(innerCf.enclosingMethod, null);
});

test('records', () => {
  const cf = load(outer, 'Outer$Point');
  assert.equal(cf.superClass, 'java/lang/Record');
  assert.ok(cf.accessFlags & ACC_FINAL);
  assert.ok(cf.record);
  assert.deepEqual(
    cf.record.map((c) => [c.name, c.descriptor, c.signature]),
    [
      ['x', 'I', null],
      ['y', 'J', null],
      ['names', 'Ljava/util/List;', 'Ljava/util/List<Ljava/lang/String;>;'],
    ],
  );
  assert.ok(cf.record[1].runtimeVisibleAnnotations !== null);
  assert.ok(cf.record[1].attributes.some((a) => a.name === 'RuntimeVisibleAnnotations'));
  assert.equal(cf.record[0].runtimeVisibleAnnotations, null);
  // The accessors are generated; toString etc. go through an indy to ObjectMethods.
  assert.ok(cf.bootstrapMethods.length > 0);
  assert.equal(load(outer, 'Outer').record, null);
});

test('sealed classes: permitted subclasses', () => {
  const shape = load(outer, 'Outer$Shape');
  assert.equal(shape.accessFlags & (ACC_INTERFACE | ACC_ABSTRACT), ACC_INTERFACE | ACC_ABSTRACT);
  assert.deepEqual(shape.permittedSubclasses, ['Outer$Circle', 'Outer$Square']);
  assert.deepEqual(load(outer, 'Outer$Circle').permittedSubclasses, []);
});

test('annotations, defaults, deprecation, parameters, enums', () => {
  const cf = load(outer, 'Outer');
  const old = method(cf, 'old');
  assert.ok(old.deprecated);
  assert.ok(old.runtimeVisibleAnnotations !== null);
  assert.ok(old.runtimeVisibleParameterAnnotations !== null);
  const rva = old.attributes.find((a) => a.name === 'RuntimeVisibleAnnotations');
  assert.equal(rva?.data, old.runtimeVisibleAnnotations);
  assert.deepEqual(old.methodParameters, [
    { nameIndex: old.methodParameters?.[0].nameIndex, name: 'q', accessFlags: 0 },
  ]);

  const ann = load(outer, 'Outer$Ann');
  assert.ok(ann.accessFlags & ACC_INTERFACE);
  const value = method(ann, 'value');
  assert.ok(value.annotationDefault);
  // element_value: tag 'I' and a CONSTANT_Integer index holding 42.
  assert.equal(String.fromCharCode(value.annotationDefault[0]), 'I');
  const idx = (value.annotationDefault[1] << 8) | value.annotationDefault[2];
  const c = ann.constantPool.get(idx);
  assert.equal(c?.tag === CpTag.Integer && c.value, 42);

  const color = load(outer, 'Outer$Color');
  assert.equal(color.superClass, 'java/lang/Enum');
  assert.ok(color.fields.some((f) => f.name === 'RED' && f.descriptor === 'LOuter$Color;'));
});

test('module-info', () => {
  const dir = compile({
    'm/module-info.java': 'module m { requires java.logging; exports p; }',
    'm/p/A.java': 'package p; public class A {}',
  });
  const cf = load(dir, 'module-info');
  assert.equal(cf.thisClass, 'module-info');
  assert.equal(cf.superClass, null);
  assert.ok(cf.module !== null && cf.module.length > 0);
  assert.ok(cf.constantPool.all().some((e) => e?.tag === CpTag.Module && e.name === 'java.logging'));
  assert.ok(cf.constantPool.all().some((e) => e?.tag === CpTag.Package && e.name === 'p'));
});

test('javap-style printer matches javap -c -p for a class without generics', () => {
  const file = join(code, 'Code1.class');
  const expected = execFileSync(join(JDK, 'bin', 'javap'), ['-c', '-p', file], { encoding: 'utf8' });
  assert.equal(formatClassFile(load(code, 'Code1')), expected);
});

test('Java number formatting used by the printer', () => {
  assert.equal(javaDoubleToString(1), '1.0');
  assert.equal(javaDoubleToString(-0), '-0.0');
  assert.equal(javaDoubleToString(2.5e100), '2.5E100');
  assert.equal(javaDoubleToString(1e7), '1.0E7');
  assert.equal(javaDoubleToString(9999999), '9999999.0');
  assert.equal(javaDoubleToString(0.001), '0.001');
  assert.equal(javaDoubleToString(1e-4), '1.0E-4');
  assert.equal(javaDoubleToString(123.456), '123.456');
  assert.equal(javaDoubleToString(NaN), 'NaN');
  assert.equal(javaFloatToString(0.1), '0.1');
  assert.equal(javaFloatToString(3.4028234663852886e38), '3.4028235E38');
  assert.equal(javaFloatToString(1e10), '1.0E10');
  assert.equal(javaFloatToString(1.5), '1.5');
});

test('descriptors', () => {
  assert.deepEqual(parseMethodDescriptor('(IJ[Ljava/lang/String;Ljava/lang/Object;[[D)V'), {
    params: ['I', 'J', '[Ljava/lang/String;', 'Ljava/lang/Object;', '[[D'],
    returnType: 'V',
  });
  assert.deepEqual(parseMethodDescriptor('()[I'), { params: [], returnType: '[I' });
  assert.throws(() => parseMethodDescriptor('(I'), ClassFormatError);
  assert.throws(() => parseMethodDescriptor('(V)V'), ClassFormatError);
  assert.equal(argSlotCount('()V'), 0);
  assert.equal(argSlotCount('(IJ[JLjava/lang/String;D[[Ljava/lang/Object;Z)V'), 9);
  assert.equal(typeSize('J'), 2);
  assert.equal(typeSize('D'), 2);
  assert.equal(typeSize('[J'), 1);
  assert.equal(typeSize('Ljava/lang/Long;'), 1);
  assert.equal(descriptorToClassName('Ljava/lang/String;'), 'java/lang/String');
  assert.equal(descriptorToClassName('[I'), '[I');
  assert.equal(descriptorToClassName('[Ljava/lang/String;'), '[Ljava/lang/String;');
  assert.throws(() => descriptorToClassName('I'), ClassFormatError);
  assert.equal(classNameToDescriptor('java/lang/String'), 'Ljava/lang/String;');
  assert.equal(classNameToDescriptor('[I'), '[I');
  assert.equal(descriptorToJavaType('[[Ljava/lang/String;'), 'java.lang.String[][]');
  assert.equal(descriptorToJavaType('Z'), 'boolean');

  for (const d of [
    'I',
    'J',
    '[I',
    '[[Ljava/lang/String;',
    'LFoo;',
    'La/b/C$D;',
    'L\u00e9t\u00e9;',
    '['.repeat(255) + 'I',
  ]) {
    assert.ok(isValidFieldDescriptor(d), d);
  }
  for (const d of [
    '',
    'V',
    'Q',
    '[',
    'L;',
    'Ljava/lang/String',
    'Ljava.lang.String;',
    'L/a;',
    'La/;',
    'La//b;',
    'IJ',
    '[V',
    'L[I;',
    '['.repeat(256) + 'I',
  ]) {
    assert.ok(!isValidFieldDescriptor(d), d);
  }
  for (const d of ['()V', '(I)V', '(IJLjava/lang/String;[[D)[Ljava/lang/Object;', '()I']) {
    assert.ok(isValidMethodDescriptor(d), d);
  }
  for (const d of ['', 'V', '(I', '(I)', '(V)V', '()VV', 'I)V', '(I)Q', '()[V', '(L;)V']) {
    assert.ok(!isValidMethodDescriptor(d), d);
  }
  assert.ok(isValidUnqualifiedName('foo$bar'));
  assert.ok(isValidUnqualifiedName('<weird>', 'field'));
  assert.ok(isValidUnqualifiedName('-'));
  assert.ok(!isValidUnqualifiedName(''));
  for (const bad of ['a.b', 'a;b', 'a[b', 'a/b']) assert.ok(!isValidUnqualifiedName(bad), bad);
  assert.ok(isValidUnqualifiedName('<init>', 'method'));
  assert.ok(isValidUnqualifiedName('<clinit>', 'method'));
  assert.ok(!isValidUnqualifiedName('<foo>', 'method'));
  assert.ok(!isValidUnqualifiedName('a<b', 'method'));
  assert.ok(isValidBinaryName('java/lang/Object'));
  assert.ok(isValidBinaryName('Foo'));
  assert.ok(!isValidBinaryName('java.lang.Object'));
  assert.ok(!isValidBinaryName('/Foo'));
  assert.ok(!isValidBinaryName('Foo/'));
  assert.ok(!isValidBinaryName('a//b'));
  assert.ok(!isValidBinaryName('[I'));
  assert.ok(!isValidBinaryName(''));
  assert.ok(isValidClassName('[I'));
  assert.ok(isValidClassName('[Ljava/lang/Object;'));
  assert.ok(!isValidClassName('[Ljava/lang/Object'));
  assert.ok(isValidClassName('java/lang/Object'));
});

test('modified UTF-8', () => {
  const samples = [
    '',
    'abc',
    '\0',
    'a\0b',
    '\u007f\u0080\u07ff\u0800\uffff',
    '\ud83d\ude00',
    '\udc00\ud800',
    'x'.repeat(100000),
  ];
  for (const s of samples) {
    const bytes = encodeMutf8(s);
    assert.equal(bytes.length, mutf8Length(s));
    assert.ok(!bytes.includes(0), 'no zero bytes');
    assert.equal(decodeMutf8(bytes), s);
  }
  assert.deepEqual([...encodeMutf8('\0')], [0xc0, 0x80]);
  assert.deepEqual([...encodeMutf8('\ud83d\ude00')], [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
  const big = '\u20ac'.repeat(30000);
  assert.equal(decodeMutf8(encodeMutf8(big)), big);
  const bad = [
    [0],
    [0x41, 0],
    [0xf0, 0x90, 0x80, 0x80],
    [0xc3],
    [0xe2, 0x82],
    [0x80],
    [0xc1, 0x81],
    [0xe0, 0x81, 0x81],
    [0xc3, 0x41],
  ];
  for (const b of bad) {
    assert.equal(tryDecodeMutf8(Uint8Array.from(b), 0, b.length), null, JSON.stringify(b));
    assert.throws(() => decodeMutf8(Uint8Array.from(b)), ClassFormatError);
  }
  // Overlong forms are tolerated for class files of version 47 and below, as in HotSpot.
  assert.equal(tryDecodeMutf8(Uint8Array.from([0xc1, 0x81]), 0, 2, true), 'A');
  // Decoding a slice leaves the rest alone.
  assert.equal(decodeMutf8(Uint8Array.from([0x41, 0x42, 0x43, 0x44]), 1, 3), 'BC');
});

test('opcode table', () => {
  assert.equal(OPCODE_NAMES.length, 256);
  assert.equal(OPCODE_NAMES[0], 'nop');
  assert.equal(OPCODE_NAMES[Op.INVOKEVIRTUAL], 'invokevirtual');
  assert.equal(OPCODE_NAMES[0xb6], 'invokevirtual');
  assert.equal(OPCODE_NAMES[Op.JSR_W], 'jsr_w');
  assert.equal(OPCODE_NAMES[0xcb], '');
  assert.equal(OPCODE_NAMES[0xfe], 'impdep1');
  assert.equal(OPCODE_LENGTHS[Op.INVOKEINTERFACE], 5);
  assert.equal(OPCODE_LENGTHS[Op.MULTIANEWARRAY], 4);
  assert.equal(OPCODE_LENGTHS[Op.TABLESWITCH], 0);
  assert.equal(OPCODE_LENGTHS[0xcb], -1);
  assert.equal(instructionLength(Uint8Array.of(Op.BREAKPOINT), 0), -1);
  assert.equal(instructionLength(Uint8Array.of(Op.SIPUSH, 1), 0), -1, 'truncated operand');
  assert.equal(instructionLength(Uint8Array.of(Op.WIDE, Op.ILOAD, 1, 0), 0), 4);
  assert.equal(instructionLength(Uint8Array.of(Op.WIDE, Op.IINC, 1, 0, 0, 5), 0), 6);
  assert.equal(instructionLength(Uint8Array.of(Op.WIDE, Op.IADD, 0, 0), 0), -1);
  // tableswitch at pc 1: two padding bytes, then default, low=0, high=1 and two offsets.
  const ts = new Uint8Array(1 + 1 + 2 + 12 + 8);
  ts[1] = Op.TABLESWITCH;
  ts[15] = 1; // high = 1
  assert.equal(instructionLength(ts, 1), ts.length - 1);
  assert.equal(instructionLength(ts.subarray(0, ts.length - 1), 1), -1);
  const bad = ts.slice();
  bad[11] = 5; // low = 5 > high
  assert.equal(instructionLength(bad, 1), -1);
  // lookupswitch at pc 3: no padding, default, npairs=1, one pair.
  const ls = new Uint8Array(4 + 8 + 8);
  ls[3] = Op.LOOKUPSWITCH;
  ls[11] = 1;
  assert.equal(instructionLength(ls, 3), ls.length - 3);
  ls[8] = 0x80; // npairs negative
  assert.equal(instructionLength(ls, 3), -1);
});

test('wide instructions in real code', () => {
  const locals = Array.from({ length: 300 }, (_, i) => `int v${i} = ${i};`).join(' ');
  const src = `public class Wide { int m() { ${locals} v299 += 1000; double d = v299; return v299 + v0 + (int) d; } }`;
  const dir = compile({ 'Wide.java': src });
  const cf = load(dir, 'Wide');
  const m = method(cf, 'm');
  assert.ok(m.code);
  const c = m.code.code;
  const pcs = walk(c);
  assert.ok(pcs.some((pc) => c[pc] === Op.WIDE && c[pc + 1] === Op.IINC));
  assert.ok(pcs.some((pc) => c[pc] === Op.WIDE && c[pc + 1] === Op.ILOAD));
  assert.ok(m.code.maxLocals > 300);
  assert.ok(formatClassFile(cf).includes('iinc_w        300, 1000'));
  const expected = execFileSync(join(JDK, 'bin', 'javap'), ['-c', '-p', join(dir, 'Wide.class')], {
    encoding: 'utf8',
  });
  assert.equal(formatClassFile(load(dir, 'Wide')), expected);
});

test('options: name is only a fallback, and Buffer input works', () => {
  const bytes = readFileSync(join(code, 'Code1.class'));
  assert.equal(parseClassFile(bytes).thisClass, 'Code1');
  const copy = new Uint8Array(bytes.length + 8);
  copy.set(bytes, 4);
  const cf = parseClassFile(copy.subarray(4, 4 + bytes.length));
  assert.equal(cf.thisClass, 'Code1');
  assert.equal(Object.getPrototypeOf(method(cf, 'one').code?.code), Uint8Array.prototype);
});
