import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

import { parseClassFile, type ParseOptions } from '../../src/classfile/reader.js';
import { ClassFormatError, UnsupportedClassVersionError } from '../../src/classfile/errors.js';
import { encodeMutf8 } from '../../src/classfile/mutf8.js';
import {
  ACC_ABSTRACT,
  ACC_FINAL,
  ACC_INTERFACE,
  ACC_NATIVE,
  ACC_PRIVATE,
  ACC_PROTECTED,
  ACC_PUBLIC,
  ACC_STATIC,
  ACC_SUPER,
  CpTag,
} from '../../src/classfile/types.js';

// ---- a real class file to corrupt ----

function jdkHome(): string {
  const env = process.env.JAVA_HOME;
  if (env && existsSync(join(env, 'bin', 'javac'))) return env;
  for (const d of (process.env.PATH ?? '').split(delimiter)) {
    const javac = join(d, 'javac');
    if (existsSync(javac)) return dirname(dirname(realpathSync(javac)));
  }
  throw new Error('no JDK found: set JAVA_HOME or put javac on the PATH');
}

const workDir = mkdtempSync(join(tmpdir(), 'tsjvm-classfile-errors-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

const FOO = `
import java.util.*;
public class Foo implements Comparable<Foo> {
  static final long L = Long.MIN_VALUE;
  static final String S = "s\\0\\ud83d\\ude00";
  private final Map<String, List<Integer>> map = new HashMap<>();
  class Inner {}
  public int compareTo(Foo o) { return map.size() - o.map.size(); }
  int m(int k) throws Exception {
    Runnable r = () -> map.clear();
    try { r.run(); } catch (RuntimeException e) { return -1; }
    switch (k) { case 1: return 2; case 2: return 3; case 3: return 4; default: return 0; }
  }
  record R(int a) {}
}
`;

function compileFoo(): Uint8Array {
  writeFileSync(join(workDir, 'Foo.java'), FOO);
  execFileSync(join(jdkHome(), 'bin', 'javac'), ['-g', '-d', workDir, join(workDir, 'Foo.java')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Uint8Array(readFileSync(join(workDir, 'Foo.class')));
}

const FOO_CLASS = compileFoo();
const FOO_OPTS: ParseOptions = { name: 'Foo' };

/** Asserts that parsing fails with exactly this error class and message. */
function assertFails(
  bytes: Uint8Array,
  message: string,
  errorClass: typeof ClassFormatError = ClassFormatError,
  options: ParseOptions = FOO_OPTS,
): void {
  assert.throws(
    () => parseClassFile(bytes, options),
    (e: unknown) => {
      assert.ok(e instanceof errorClass, `expected ${errorClass.name}, got ${String(e)}`);
      assert.equal(e.constructor, errorClass);
      assert.equal(e.message, message);
      return true;
    },
  );
}

function patched(bytes: Uint8Array, at: number, values: number[]): Uint8Array {
  const copy = bytes.slice();
  copy.set(values, at);
  return copy;
}

/** Byte offset of each constant pool entry (its tag byte), indexed like the pool. */
function cpOffsets(bytes: Uint8Array): number[] {
  const count = (bytes[8] << 8) | bytes[9];
  const offsets: number[] = [0];
  let p = 10;
  for (let i = 1; i < count; i++) {
    offsets[i] = p;
    const tag = bytes[p];
    switch (tag) {
      case CpTag.Utf8:
        p += 3 + ((bytes[p + 1] << 8) | bytes[p + 2]);
        break;
      case CpTag.Long:
      case CpTag.Double:
        p += 9;
        offsets[++i] = -1;
        break;
      case CpTag.Class:
      case CpTag.String:
      case CpTag.MethodType:
      case CpTag.Module:
      case CpTag.Package:
        p += 3;
        break;
      case CpTag.MethodHandle:
        p += 4;
        break;
      default:
        p += 5;
    }
  }
  offsets.push(p); // where access_flags start
  return offsets;
}

// ---- a tiny class file writer, for structures javac will not produce ----

const u2 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const u4 = (n: number): number[] => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

interface Attr {
  name: string;
  data: number[];
}

interface Member {
  flags: number;
  name: string;
  desc: string;
  attrs?: Attr[];
}

class ClassBuilder {
  major = 61;
  minor = 0;
  flags = ACC_PUBLIC | ACC_SUPER;
  thisName = 'Foo';
  superName: string | null = 'java/lang/Object';
  interfaces: string[] = [];
  fields: Member[] = [];
  methods: Member[] = [];
  attrs: Attr[] = [];
  private pool: number[][] = [];
  private count = 1;
  private utf8s = new Map<string, number>();

  /** Adds a raw constant pool entry and returns its index. */
  raw(bytes: number[], slots = 1): number {
    const index = this.count;
    this.pool.push(bytes);
    this.count += slots;
    return index;
  }

  utf8(s: string): number {
    let i = this.utf8s.get(s);
    if (i === undefined) {
      const b = encodeMutf8(s);
      i = this.raw([CpTag.Utf8, ...u2(b.length), ...b]);
      this.utf8s.set(s, i);
    }
    return i;
  }

  cls(name: string): number {
    return this.raw([CpTag.Class, ...u2(this.utf8(name))]);
  }

  nameAndType(name: string, desc: string): number {
    return this.raw([CpTag.NameAndType, ...u2(this.utf8(name)), ...u2(this.utf8(desc))]);
  }

  ref(tag: CpTag, cls: string, name: string, desc: string): number {
    return this.raw([tag, ...u2(this.cls(cls)), ...u2(this.nameAndType(name, desc))]);
  }

  private attributes(attrs: Attr[] = []): number[] {
    const out = [...u2(attrs.length)];
    for (const a of attrs) out.push(...u2(this.utf8(a.name)), ...u4(a.data.length), ...a.data);
    return out;
  }

  private members(list: Member[]): number[] {
    const out = [...u2(list.length)];
    for (const m of list) {
      out.push(
        ...u2(m.flags),
        ...u2(this.utf8(m.name)),
        ...u2(this.utf8(m.desc)),
        ...this.attributes(m.attrs),
      );
    }
    return out;
  }

  build(): Uint8Array {
    const thisIndex = this.cls(this.thisName);
    const superIndex = this.superName === null ? 0 : this.cls(this.superName);
    const interfaces = this.interfaces.map((i) => this.cls(i));
    const rest = [
      ...u2(this.flags),
      ...u2(thisIndex),
      ...u2(superIndex),
      ...u2(interfaces.length),
      ...interfaces.flatMap(u2),
      ...this.members(this.fields),
      ...this.members(this.methods),
      ...this.attributes(this.attrs),
    ];
    return Uint8Array.from([
      ...u4(0xcafebabe),
      ...u2(this.minor),
      ...u2(this.major),
      ...u2(this.count),
      ...this.pool.flat(),
      ...rest,
    ]);
  }
}

/** A Code attribute body (JVMS §4.7.3). */
function code(
  maxStack: number,
  maxLocals: number,
  bytecode: number[],
  handlers: number[][] = [],
  attrs: number[] = [0, 0],
): number[] {
  return [
    ...u2(maxStack),
    ...u2(maxLocals),
    ...u4(bytecode.length),
    ...bytecode,
    ...u2(handlers.length),
    ...handlers.flatMap((h) => h.flatMap(u2)),
    ...attrs,
  ];
}

const RETURN = 0xb1;

// ---- tests on the real class ----

test('the unmodified class parses', () => {
  const cf = parseClassFile(FOO_CLASS, FOO_OPTS);
  assert.equal(cf.thisClass, 'Foo');
  assert.equal(cf.methods.find((m) => m.name === 'm')?.exceptions[0], 'java/lang/Exception');
});

test('truncation at every length is a ClassFormatError', () => {
  for (let n = 0; n < FOO_CLASS.length; n++) {
    assertFails(FOO_CLASS.subarray(0, n), 'Truncated class file');
  }
});

test('random corruption never escapes as anything but ClassFormatError', () => {
  // A fixed-seed xorshift, so a failure can be reproduced.
  let seed = 0x2545f491;
  const rand = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  let parsed = 0;
  for (let round = 0; round < 3000; round++) {
    const bytes = FOO_CLASS.slice();
    const flips = 1 + rand(4);
    for (let k = 0; k < flips; k++) {
      const at = rand(bytes.length);
      bytes[at] = rand(3) === 0 ? bytes[at] ^ (1 << rand(8)) : rand(256);
    }
    try {
      parseClassFile(bytes, FOO_OPTS);
      parsed++;
    } catch (e) {
      assert.ok(e instanceof ClassFormatError, `round ${round}: ${String((e as Error).stack)}`);
    }
  }
  assert.ok(parsed < 3000);
});

test('bad magic', () => {
  const bytes = patched(FOO_CLASS, 0, [0xca, 0xfe, 0xba, 0xbf]);
  assertFails(bytes, 'Incompatible magic value 3405691583 in class file Foo');
  assertFails(bytes, 'Incompatible magic value 3405691583 in class file <Unknown>', ClassFormatError, {});
  // Fewer than 8 bytes: HotSpot checks the length before the magic.
  assertFails(Uint8Array.of(1, 2, 3, 4, 5), 'Truncated class file');
});

test('unsupported versions', () => {
  const version = (major: number, minor: number): Uint8Array =>
    patched(FOO_CLASS, 4, [...u2(minor), ...u2(major)]);
  assertFails(
    version(66, 0),
    'Foo has been compiled by a more recent version of the Java Runtime (class file version 66.0), this version of the Java Runtime only recognizes class file versions up to 61.0',
    UnsupportedClassVersionError,
  );
  assert.throws(
    () => parseClassFile(version(62, 0), FOO_OPTS),
    ClassFormatError,
    'UCVE is a ClassFormatError',
  );
  assertFails(
    version(44, 0),
    'Foo (class file version 44.0) was compiled with an invalid major version',
    UnsupportedClassVersionError,
  );
  assertFails(
    version(61, 1),
    'Foo (class file version 61.1) was compiled with an invalid non-zero minor version',
    UnsupportedClassVersionError,
  );
  assertFails(
    version(61, 0xffff),
    "Preview features are not enabled for Foo (class file version 61.65535). Try running with '--enable-preview'",
    UnsupportedClassVersionError,
  );
  assert.equal(
    parseClassFile(version(61, 0xffff), { name: 'Foo', enablePreview: true }).minorVersion,
    0xffff,
  );
  assertFails(
    version(60, 0xffff),
    'Foo (class file version 60.65535) was compiled with preview features that are unsupported. This version of the Java Runtime only recognizes preview features for class file version 61.65535',
    UnsupportedClassVersionError,
  );
  // Before Java 12 the minor version was free.
  const old = new ClassBuilder();
  old.major = 50;
  old.minor = 3;
  assert.equal(parseClassFile(old.build()).minorVersion, 3);
});

test('extra bytes at the end', () => {
  const bytes = new Uint8Array(FOO_CLASS.length + 1);
  bytes.set(FOO_CLASS);
  assertFails(bytes, 'Extra bytes at the end of class file Foo');
});

test('bad constant pool indexes and tags in a real class', () => {
  const offsets = cpOffsets(FOO_CLASS);
  const tagAt = (i: number): number => FOO_CLASS[offsets[i]];
  const classIndex = offsets.findIndex((o, i) => i > 0 && o > 0 && tagAt(i) === CpTag.Class);
  assertFails(
    patched(FOO_CLASS, offsets[classIndex] + 1, u2(99)),
    'Invalid constant pool index 99 in class file Foo',
  );
  assertFails(
    patched(FOO_CLASS, offsets[classIndex] + 1, u2(0xffff)),
    'Invalid constant pool index 65535 in class file Foo',
  );
  // A Class entry naming another Class entry rather than a Utf8.
  assertFails(
    patched(FOO_CLASS, offsets[classIndex] + 1, u2(classIndex)),
    `Invalid constant pool index ${classIndex} in class file Foo`,
  );
  const methodref = offsets.findIndex((o, i) => i > 0 && o > 0 && tagAt(i) === CpTag.Methodref);
  const utf8 = offsets.findIndex((o, i) => i > 0 && o > 0 && tagAt(i) === CpTag.Utf8);
  assertFails(
    patched(FOO_CLASS, offsets[methodref] + 3, u2(utf8)),
    `Invalid constant pool index ${utf8} in class file Foo`,
  );
  assertFails(patched(FOO_CLASS, offsets[methodref], [2]), 'Unknown constant tag 2 in class file Foo');
  // A zero byte inside a Utf8.
  const name = offsets.findIndex((o, i) => i > 0 && o > 0 && tagAt(i) === CpTag.Utf8 && FOO_CLASS[o + 2] > 0);
  assertFails(
    patched(FOO_CLASS, offsets[name] + 3, [0]),
    'Illegal UTF8 string in constant pool in class file Foo',
  );
  // this_class pointing at a Utf8.
  const afterPool = offsets[offsets.length - 1];
  assertFails(
    patched(FOO_CLASS, afterPool + 2, u2(utf8)),
    `Invalid this class index ${utf8} in constant pool in class file Foo`,
  );
  assertFails(patched(FOO_CLASS, afterPool + 4, u2(0)), 'Invalid superclass index 0 in class file Foo');
});

// ---- tests on hand-built classes ----

test('the builder makes a valid class', () => {
  const b = new ClassBuilder();
  b.fields.push({ flags: ACC_PRIVATE, name: 'x', desc: 'I' });
  b.methods.push({
    flags: ACC_PUBLIC,
    name: 'm',
    desc: '()V',
    attrs: [{ name: 'Code', data: code(0, 1, [RETURN]) }],
  });
  b.attrs.push({ name: 'Whatever', data: [1, 2, 3] });
  const cf = parseClassFile(b.build());
  assert.equal(cf.thisClass, 'Foo');
  assert.equal(cf.fields[0].name, 'x');
  assert.deepEqual([...(cf.methods[0].code?.code ?? [])], [RETURN]);
  assert.deepEqual(
    cf.attributes.map((a) => [a.name, [...a.data]]),
    [['Whatever', [1, 2, 3]]],
  );
});

test('format checks on names and descriptors (JVMS §4.2, §4.3)', () => {
  const field = (name: string, desc: string): Uint8Array => {
    const b = new ClassBuilder();
    b.fields.push({ flags: ACC_PRIVATE, name, desc });
    return b.build();
  };
  const abstractMethod = (name: string, desc: string): Uint8Array => {
    const b = new ClassBuilder();
    b.flags |= ACC_ABSTRACT;
    b.methods.push({ flags: ACC_PUBLIC | ACC_ABSTRACT, name, desc });
    return b.build();
  };
  assertFails(field('a;b', 'I'), 'Illegal field name "a;b" in class Foo');
  assertFails(field('', 'I'), 'Illegal field name "" in class Foo');
  assertFails(field('x', 'Q'), 'Field "x" in class Foo has illegal signature "Q"');
  assertFails(
    field('x', 'Ljava.lang.String;'),
    'Field "x" in class Foo has illegal signature "Ljava.lang.String;"',
  );
  assertFails(field('x', '()V'), 'Field "x" in class Foo has illegal signature "()V"');
  assertFails(abstractMethod('m', '(I'), 'Method "m" in class Foo has illegal signature "(I"');
  assertFails(abstractMethod('m', '(V)V'), 'Method "m" in class Foo has illegal signature "(V)V"');
  assertFails(abstractMethod('a.b', '()V'), 'Illegal method name "a.b" in class Foo');
  assertFails(abstractMethod('<x>', '()V'), 'Illegal method name "<x>" in class Foo');
  assertFails(
    abstractMethod('m', '(' + 'J'.repeat(128) + ')V'),
    'Too many arguments in method signature in class file Foo',
  );
  // Names that are not Java identifiers are fine from version 49 on.
  assert.equal(parseClassFile(field('-weird name!', 'I')).fields[0].name, '-weird name!');

  const init = new ClassBuilder();
  init.methods.push({
    flags: ACC_PUBLIC,
    name: '<init>',
    desc: '()I',
    attrs: [{ name: 'Code', data: code(1, 1, [3, 0xac]) }],
  });
  assertFails(init.build(), 'Method "<init>" in class Foo has illegal signature "()I"');

  const badClass = new ClassBuilder();
  badClass.cls('a..b');
  assertFails(badClass.build(), 'Illegal class name "a..b" in class file Foo');

  const badNat = new ClassBuilder();
  badNat.ref(CpTag.Fieldref, 'Foo', 'f', '(I)V');
  assertFails(badNat.build(), 'Field "f" in class Foo has illegal signature "(I)V"');

  const clinitRef = new ClassBuilder();
  const ref = clinitRef.ref(CpTag.Methodref, 'Foo', '<clinit>', '()V');
  const nameIndex = clinitRef.utf8('<clinit>');
  assert.ok(ref > 0);
  assertFails(clinitRef.build(), `Bad method name at constant pool index ${nameIndex} in class file Foo`);
});

test('access flag rules (JVMS §4.1, §4.5, §4.6)', () => {
  const cls = (flags: number): Uint8Array => {
    const b = new ClassBuilder();
    b.flags = flags;
    return b.build();
  };
  assertFails(cls(0x611), 'Illegal class modifiers in class Foo: 0x611');
  assertFails(cls(ACC_PUBLIC | ACC_ABSTRACT | ACC_FINAL), 'Illegal class modifiers in class Foo: 0x411');
  assertFails(cls(ACC_PUBLIC | ACC_INTERFACE), 'Illegal class modifiers in class Foo: 0x201');
  assertFails(cls(ACC_PUBLIC | 0x2000), 'Illegal class modifiers in class Foo: 0x2001');
  // Unknown flags are dropped.
  assert.equal(parseClassFile(cls(ACC_PUBLIC | 0x0100)).accessFlags, ACC_PUBLIC);

  const fieldFlags = (classFlags: number, flags: number): Uint8Array => {
    const b = new ClassBuilder();
    b.flags = classFlags;
    b.fields.push({ flags, name: 'x', desc: 'I' });
    return b.build();
  };
  assertFails(fieldFlags(ACC_PUBLIC, ACC_PUBLIC | ACC_PRIVATE), 'Illegal field modifiers in class Foo: 0x3');
  assertFails(fieldFlags(ACC_PUBLIC, ACC_FINAL | 0x40), 'Illegal field modifiers in class Foo: 0x50');
  assertFails(
    fieldFlags(ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, ACC_PUBLIC),
    'Illegal field modifiers in class Foo: 0x1',
  );

  const methodFlags = (classFlags: number, flags: number, withCode = false): Uint8Array => {
    const b = new ClassBuilder();
    b.flags = classFlags;
    b.methods.push({
      flags,
      name: 'm',
      desc: '()V',
      attrs: withCode ? [{ name: 'Code', data: code(0, 1, [RETURN]) }] : [],
    });
    return b.build();
  };
  assertFails(
    methodFlags(ACC_PUBLIC | ACC_ABSTRACT, ACC_ABSTRACT | ACC_FINAL),
    'Method m in class Foo has illegal modifiers: 0x410',
  );
  assertFails(
    methodFlags(ACC_PUBLIC, ACC_PUBLIC | ACC_PROTECTED, true),
    'Method m in class Foo has illegal modifiers: 0x5',
  );
  assertFails(
    methodFlags(ACC_INTERFACE | ACC_ABSTRACT, ACC_PROTECTED | ACC_ABSTRACT),
    'Method m in class Foo has illegal modifiers: 0x404',
  );
  assertFails(
    methodFlags(ACC_PUBLIC, ACC_PUBLIC),
    'Absent Code attribute in method that is not native or abstract in class file Foo',
  );
  assertFails(
    methodFlags(ACC_PUBLIC, ACC_PUBLIC | ACC_NATIVE, true),
    'Code attribute in native or abstract methods in class file Foo',
  );

  const clinit = new ClassBuilder();
  clinit.methods.push({
    flags: 0,
    name: '<clinit>',
    desc: '()V',
    attrs: [{ name: 'Code', data: code(0, 0, [RETURN]) }],
  });
  assertFails(clinit.build(), 'Method <clinit> is not static in class file Foo');
  clinit.major = 50;
  assert.equal(parseClassFile(clinit.build()).methods[0].accessFlags, ACC_STATIC);
});

test('Code attribute checks', () => {
  const withCode = (data: number[], flags = ACC_STATIC): Uint8Array => {
    const b = new ClassBuilder();
    b.methods.push({ flags, name: 'm', desc: '()V', attrs: [{ name: 'Code', data }] });
    return b.build();
  };
  assertFails(withCode(code(0, 0, [])), 'Invalid method Code length 0 in class file Foo');
  assertFails(withCode([...code(0, 0, [RETURN]), 0]), 'Code segment has wrong length in class file Foo');
  assertFails(withCode(code(0, 0, [RETURN]).slice(0, -1)), 'Code segment has wrong length in class file Foo');
  assertFails(withCode(code(0, 0, [RETURN]), 0), "Arguments can't fit into locals in class file Foo");
  assertFails(
    withCode(code(0, 0, [0, RETURN], [[1, 1, 0, 0]])),
    'Illegal exception table range in class file Foo',
  );
  assertFails(
    withCode(code(0, 0, [0, RETURN], [[0, 3, 0, 0]])),
    'Illegal exception table range in class file Foo',
  );
  assertFails(
    withCode(code(0, 0, [0, RETURN], [[0, 1, 2, 0]])),
    'Illegal exception table handler in class file Foo',
  );
  assertFails(
    withCode(code(0, 0, [0, RETURN], [[0, 1, 1, 1]])),
    'Catch type in exception table has bad constant type in class file Foo',
  );

  // A LineNumberTable whose count claims more entries than its length holds.
  const b = new ClassBuilder();
  const lnt = b.utf8('LineNumberTable');
  const lntAttr = [...u2(lnt), ...u4(6), ...u2(2), ...u2(0), ...u2(1)];
  b.methods.push({
    flags: ACC_STATIC,
    name: 'm',
    desc: '()V',
    attrs: [{ name: 'Code', data: code(0, 0, [RETURN], [], [...u2(1), ...lntAttr]) }],
  });
  assertFails(b.build(), 'LineNumberTable attribute has wrong length in class file Foo');

  const b2 = new ClassBuilder();
  const lnt2 = b2.utf8('LineNumberTable');
  const lntAttr2 = [...u2(lnt2), ...u4(6), ...u2(1), ...u2(5), ...u2(1)];
  b2.methods.push({
    flags: ACC_STATIC,
    name: 'm',
    desc: '()V',
    attrs: [{ name: 'Code', data: code(0, 0, [RETURN], [], [...u2(1), ...lntAttr2]) }],
  });
  assertFails(b2.build(), 'Invalid pc in LineNumberTable in class file Foo');

  // A nested attribute claiming to run past the end of the Code attribute.
  const b3 = new ClassBuilder();
  const other = b3.utf8('Other');
  b3.methods.push({
    flags: ACC_STATIC,
    name: 'm',
    desc: '()V',
    attrs: [{ name: 'Code', data: code(0, 0, [RETURN], [], [...u2(1), ...u2(other), ...u4(50)]) }],
  });
  assertFails(b3.build(), 'Code segment has wrong length in class file Foo');
});

test('structural checks', () => {
  const dup = new ClassBuilder();
  dup.fields.push(
    { flags: 0, name: 'x', desc: 'Ljava/lang/String;' },
    { flags: 0, name: 'x', desc: 'Ljava/lang/String;' },
  );
  assertFails(dup.build(), 'Duplicate field name "x" with signature "Ljava.lang.String;" in class file Foo');

  const dupM = new ClassBuilder();
  dupM.flags |= ACC_ABSTRACT;
  dupM.methods.push(
    { flags: ACC_ABSTRACT, name: 'm', desc: '()V' },
    { flags: ACC_ABSTRACT, name: 'm', desc: '()V' },
  );
  assertFails(dupM.build(), 'Duplicate method name "m" with signature "()V" in class file Foo');

  const noSuper = new ClassBuilder();
  noSuper.superName = null;
  assertFails(noSuper.build(), 'Invalid superclass index 0 in class file Foo');
  const object = new ClassBuilder();
  object.thisName = 'java/lang/Object';
  object.superName = null;
  assert.equal(parseClassFile(object.build()).superClass, null);

  const iface = new ClassBuilder();
  iface.flags = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT;
  iface.superName = 'java/lang/Thread';
  assertFails(iface.build(), 'Interfaces must have java.lang.Object as superclass in class file Foo');

  const dupI = new ClassBuilder();
  dupI.interfaces = ['java/lang/Runnable', 'java/lang/Runnable'];
  assertFails(dupI.build(), 'Duplicate interface name "java/lang/Runnable" in class file Foo');

  const arrayThis = new ClassBuilder();
  arrayThis.thisName = '[LFoo;';
  assertFails(arrayThis.build(), 'Bad class name in class file <Unknown>', ClassFormatError, {});
});

test('constant pool structure', () => {
  // A Long in the last slot of a two-slot pool, where its second slot would fall outside.
  const bytes = Uint8Array.from([
    ...u4(0xcafebabe),
    0,
    0,
    0,
    61,
    ...u2(2),
    CpTag.Long,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
  ]);
  assertFails(bytes, 'Invalid constant pool entry 1 in class file Foo');
  assertFails(
    Uint8Array.from([...u4(0xcafebabe), 0, 0, 0, 61, 0, 0]),
    'Illegal constant pool size 0 in class file Foo',
  );

  const mh = new ClassBuilder();
  const target = mh.ref(CpTag.Methodref, 'Foo', 'm', '()V');
  const handle = mh.raw([CpTag.MethodHandle, 10, ...u2(target)]);
  assertFails(mh.build(), `Bad method handle kind at constant pool index ${handle} in class file Foo`);

  const mh2 = new ClassBuilder();
  const fieldRef = mh2.ref(CpTag.Fieldref, 'Foo', 'f', 'I');
  mh2.raw([CpTag.MethodHandle, 6, ...u2(fieldRef)]);
  assertFails(mh2.build(), `Invalid constant pool index ${fieldRef} in class file Foo`);

  const old = new ClassBuilder();
  old.major = 50;
  old.raw([CpTag.MethodType, ...u2(old.utf8('()V'))]);
  assertFails(old.build(), 'Class file version does not support constant tag 16 in class file Foo');

  const mod = new ClassBuilder();
  mod.raw([CpTag.Module, ...u2(mod.utf8('m'))]);
  assertFails(mod.build(), 'Unknown constant tag 19 in class file Foo');

  const indy = new ClassBuilder();
  indy.raw([CpTag.InvokeDynamic, 0, 0, ...u2(indy.nameAndType('run', '()Ljava/lang/Runnable;'))]);
  assertFails(indy.build(), 'Missing BootstrapMethods attribute in class file Foo');
});

test('attribute checks', () => {
  const withClassAttr = (name: string, data: number[], prepare?: (b: ClassBuilder) => void): Uint8Array => {
    const b = new ClassBuilder();
    prepare?.(b);
    b.attrs.push({ name, data });
    return b.build();
  };
  assertFails(withClassAttr('SourceFile', [0, 1, 2]), 'Wrong SourceFile attribute length in class file Foo');
  assertFails(
    withClassAttr('SourceFile', u2(2)),
    'Invalid SourceFile attribute at constant pool index 2 in class file Foo',
  );
  assertFails(withClassAttr('Signature', [0]), 'Wrong Signature attribute length 1 in class file Foo');
  assertFails(withClassAttr('NestHost', [0, 1, 0]), 'Wrong NestHost attribute length in class file Foo');
  assertFails(
    withClassAttr('NestMembers', [0, 2, 0, 1]),
    'Wrong NestMembers attribute length in class file Foo',
  );
  assertFails(
    withClassAttr('NestMembers', [0, 0, 0]),
    'Wrong NestMembers attribute length in class file Foo',
  );
  assertFails(
    withClassAttr('InnerClasses', [0, 1, 0, 0]),
    'Wrong InnerClasses attribute length in class file Foo',
  );
  assertFails(
    withClassAttr('EnclosingMethod', [0, 0, 0, 0, 0]),
    'Wrong EnclosingMethod attribute length 5 in class file Foo',
  );
  assertFails(
    withClassAttr('Synthetic', [0]),
    'Invalid Synthetic classfile attribute length 1 in class file Foo',
  );
  assertFails(
    withClassAttr('PermittedSubclasses', [0, 0], (b) => (b.flags |= ACC_FINAL)),
    'PermittedSubclasses attribute in final class file Foo',
  );
  // Permitted subclasses only exist from version 61; before that the attribute is just unknown.
  const old = withClassAttr('PermittedSubclasses', [0, 0, 0, 0, 0, 0], (b) => (b.major = 60));
  assert.deepEqual(parseClassFile(old).permittedSubclasses, []);

  const twice = new ClassBuilder();
  twice.attrs.push(
    { name: 'SourceFile', data: u2(twice.utf8('A.java')) },
    { name: 'SourceFile', data: u2(twice.utf8('A.java')) },
  );
  assertFails(twice.build(), 'Multiple SourceFile attributes in class file Foo');

  const cv = new ClassBuilder();
  const intConst = cv.raw([CpTag.Integer, 0, 0, 0, 1]);
  cv.fields.push({
    flags: ACC_STATIC | ACC_FINAL,
    name: 'x',
    desc: 'J',
    attrs: [{ name: 'ConstantValue', data: u2(intConst) }],
  });
  assertFails(cv.build(), 'Inconsistent constant value type in class file Foo');

  const cvLen = new ClassBuilder();
  cvLen.fields.push({
    flags: ACC_STATIC,
    name: 'x',
    desc: 'I',
    attrs: [{ name: 'ConstantValue', data: [0, 1, 0] }],
  });
  assertFails(cvLen.build(), 'Invalid ConstantValue field attribute length 3 in class file Foo');

  const exc = new ClassBuilder();
  exc.flags |= ACC_ABSTRACT;
  exc.methods.push({
    flags: ACC_ABSTRACT,
    name: 'm',
    desc: '()V',
    attrs: [{ name: 'Exceptions', data: [0, 2, 0, 2] }],
  });
  assertFails(exc.build(), 'Exceptions attribute has wrong length in class file Foo');

  const badAttrName = new ClassBuilder();
  const bytes = badAttrName.build();
  // Point the (only, empty) class attribute table at a bogus name: rewrite attributes_count and append one.
  const withAttr = new Uint8Array(bytes.length + 6);
  withAttr.set(bytes);
  withAttr.set([0, 1, ...u2(999), 0, 0, 0, 0], bytes.length - 2);
  assertFails(withAttr, 'Attribute name in class file Foo has bad constant pool index 999');
});

test('forward references in the constant pool resolve', () => {
  const b = new ClassBuilder();
  // Every entry below refers to entries after it.
  assert.equal(b.raw([CpTag.Fieldref, ...u2(2), ...u2(3)]), 1);
  assert.equal(b.raw([CpTag.Class, ...u2(8)]), 2);
  assert.equal(b.raw([CpTag.NameAndType, ...u2(9), ...u2(10)]), 3);
  assert.equal(b.raw([CpTag.String, ...u2(9)]), 4);
  assert.equal(b.raw([CpTag.Long, 0x80, 0, 0, 0, 0, 0, 0, 1], 2), 5);
  assert.equal(b.raw([CpTag.MethodType, ...u2(11)]), 7);
  assert.equal(b.utf8('Bar'), 8);
  assert.equal(b.utf8('count'), 9);
  assert.equal(b.utf8('J'), 10);
  assert.equal(b.utf8('(J)V'), 11);
  const cp = parseClassFile(b.build()).constantPool;
  assert.deepEqual(cp.get(1), {
    tag: CpTag.Fieldref,
    classIndex: 2,
    nameAndTypeIndex: 3,
    className: 'Bar',
    name: 'count',
    descriptor: 'J',
  });
  assert.deepEqual(cp.get(2), { tag: CpTag.Class, nameIndex: 8, name: 'Bar' });
  assert.deepEqual(cp.get(4), { tag: CpTag.String, stringIndex: 9, value: 'count' });
  assert.deepEqual(cp.get(5), { tag: CpTag.Long, hi: -0x80000000, lo: 1 });
  assert.equal(cp.get(6), null);
  assert.deepEqual(cp.get(7), { tag: CpTag.MethodType, descriptorIndex: 11, descriptor: '(J)V' });
});

test('old class files: narrow Code fields before 45.3, lenient UTF-8 up to 47', () => {
  const b = new ClassBuilder();
  b.major = 45;
  b.minor = 2;
  // max_stack and max_locals are u1 and code_length u2 here.
  b.methods.push({
    flags: ACC_STATIC,
    name: 'm',
    desc: '()V',
    attrs: [{ name: 'Code', data: [1, 0, 0, 1, RETURN, 0, 0, 0, 0] }],
  });
  const cf = parseClassFile(b.build());
  assert.equal(cf.methods[0].code?.maxStack, 1);
  assert.deepEqual([...(cf.methods[0].code?.code ?? [])], [RETURN]);

  const overlong = new ClassBuilder();
  overlong.major = 47;
  const s = overlong.raw([CpTag.Utf8, 0, 2, 0xc1, 0x81]);
  assert.equal(parseClassFile(overlong.build()).constantPool.get(s)?.tag, CpTag.Utf8);
  overlong.major = 48;
  assertFails(overlong.build(), 'Illegal UTF8 string in constant pool in class file Foo');
});

test('SourceDebugExtension, Deprecated, Synthetic, unknown attributes', () => {
  const b = new ClassBuilder();
  b.attrs.push(
    { name: 'SourceDebugExtension', data: [...encodeMutf8('SMAP\n\0\u20ac')] },
    { name: 'Deprecated', data: [] },
    { name: 'Synthetic', data: [] },
    { name: 'com.example.Custom', data: [9, 8, 7] },
  );
  b.fields.push({ flags: 0, name: 'f', desc: 'I', attrs: [{ name: 'Synthetic', data: [] }] });
  const cf = parseClassFile(b.build());
  assert.equal(cf.sourceDebugExtension, 'SMAP\n\0\u20ac');
  assert.ok(cf.deprecated);
  assert.ok(cf.synthetic);
  assert.ok(cf.accessFlags & 0x1000);
  assert.ok(cf.fields[0].synthetic);
  assert.equal(cf.fields[0].accessFlags, 0x1000);
  assert.deepEqual(
    cf.attributes.map((a) => a.name),
    ['SourceDebugExtension', 'Deprecated', 'Synthetic', 'com.example.Custom'],
  );
  assert.deepEqual([...cf.attributes[3].data], [9, 8, 7]);
});
