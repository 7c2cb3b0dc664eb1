// jdk.internal.reflect.ConstantPool natives (HotSpot's jvm.cpp JVM_ConstantPool*): the annotation parser
// and a few reflective paths read a class's constant pool through them. The `constantPoolOop` a
// ConstantPool object carries is the Class mirror of the class whose pool it is (Class.getConstantPool).
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JavaClass } from '../../../../runtime/jclass.js';
import type { JavaObject, JValue } from '../../../../runtime/object.js';
import { CpTag, type ConstantPool, type CpEntry } from '../../../../classfile/types.js';
import { classArg, refArray } from '../../../util.js';
import { constantPoolOf } from '../../../../classfile/constantPool.js';
import {
  resolveClassName,
  lookupField,
  lookupMethodInClasses,
  lookupMethodInInterfaces,
} from '../../../../runtime/resolve.js';
import { newField, newMethod, newConstructor } from '../../../reflection.js';

const CP = 'jdk/internal/reflect/ConstantPool';

/** Class.getConstantPool: a ConstantPool whose constantPoolOop is the class's mirror. */
export function newConstantPool(t: JavaThread, cls: JavaClass): JavaObject {
  const vm = t.vm;
  const cpClass = vm.loadClass(t, CP, null);
  vm.initialize(t, cpClass);
  const o = vm.newObject(cpClass);
  (o as unknown as Record<string, JValue>)[`constantPoolOop@${CP}`] = vm.mirrorOf(cls);
  return o;
}

/** The pool of a class without a class file (arrays, primitives): no entries. */
const NO_CONSTANTS = constantPoolOf([]);

function poolOf(t: JavaThread, oop: JValue): { cls: JavaClass; pool: ConstantPool } {
  const cls = classArg(t, oop);
  return { cls, pool: cls.classFile?.constantPool ?? NO_CONSTANTS };
}

function badIndex(t: JavaThread): never {
  throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Constant pool index out of bounds');
}

function wrongType(t: JavaThread): never {
  throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Wrong type at constant pool index');
}

/** The entry at `index` with one of `tags`; HotSpot's bounds and tag checks. */
function entryAt(
  t: JavaThread,
  oop: JValue,
  index: number,
  ...tags: CpTag[]
): { cls: JavaClass; e: CpEntry } {
  const { cls, pool } = poolOf(t, oop);
  if (index <= 0 || index >= pool.length) badIndex(t);
  const e = pool.get(index);
  if (!e || !tags.includes(e.tag)) wrongType(t);
  return { cls, e };
}

type MemberRef = Extract<CpEntry, { className: string }>;

function classAt(t: JavaThread, oop: JValue, index: number, ifLoaded: boolean): JValue {
  const { cls, e } = entryAt(t, oop, index, CpTag.Class);
  const name = (e as Extract<CpEntry, { tag: CpTag.Class }>).name;
  if (ifLoaded) {
    const c = t.vm.findLoadedClass(name, cls.loader);
    return c ? t.vm.mirrorOf(c) : null;
  }
  return t.vm.mirrorOf(resolveClassName(t, cls, name));
}

function methodAt(t: JavaThread, oop: JValue, index: number, ifLoaded: boolean): JValue {
  const { cls, e } = entryAt(t, oop, index, CpTag.Methodref, CpTag.InterfaceMethodref);
  const ref = e as MemberRef;
  const vm = t.vm;
  let owner: JavaClass | null;
  if (ifLoaded) owner = vm.findLoadedClass(ref.className, cls.loader);
  else owner = resolveClassName(t, cls, ref.className);
  if (!owner) return null;
  const key = ref.name + ref.descriptor;
  const m = lookupMethodInClasses(owner, key) ?? lookupMethodInInterfaces(owner, key);
  if (!m) throw vm.newThrowable(t, 'java/lang/RuntimeException', 'Unable to look up method in target class');
  return m.name === '<init>' ? newConstructor(t, m) : newMethod(t, m);
}

function fieldAt(t: JavaThread, oop: JValue, index: number, ifLoaded: boolean): JValue {
  const { cls, e } = entryAt(t, oop, index, CpTag.Fieldref);
  const ref = e as MemberRef;
  const vm = t.vm;
  let owner: JavaClass | null;
  if (ifLoaded) owner = vm.findLoadedClass(ref.className, cls.loader);
  else owner = resolveClassName(t, cls, ref.className);
  if (!owner) return null;
  const f = lookupField(owner, ref.name, ref.descriptor);
  if (!f) throw vm.newThrowable(t, 'java/lang/RuntimeException', 'Unable to look up field in target class');
  return newField(t, f);
}

export function register(reg: NativeRegistry): void {
  reg.addAll(CP, {
    'getSize0(Ljava/lang/Object;)I': (t, a) => poolOf(t, a[1]).pool.length,
    'getClassAt0(Ljava/lang/Object;I)Ljava/lang/Class;': (t, a) => classAt(t, a[1], a[2] as number, false),
    'getClassAtIfLoaded0(Ljava/lang/Object;I)Ljava/lang/Class;': (t, a) =>
      classAt(t, a[1], a[2] as number, true),
    'getClassRefIndexAt0(Ljava/lang/Object;I)I': (t, a) => {
      const { e } = entryAt(
        t,
        a[1],
        a[2] as number,
        CpTag.Fieldref,
        CpTag.Methodref,
        CpTag.InterfaceMethodref,
      );
      return (e as MemberRef).classIndex;
    },
    'getMethodAt0(Ljava/lang/Object;I)Ljava/lang/reflect/Member;': (t, a) =>
      methodAt(t, a[1], a[2] as number, false),
    'getMethodAtIfLoaded0(Ljava/lang/Object;I)Ljava/lang/reflect/Member;': (t, a) =>
      methodAt(t, a[1], a[2] as number, true),
    'getFieldAt0(Ljava/lang/Object;I)Ljava/lang/reflect/Field;': (t, a) =>
      fieldAt(t, a[1], a[2] as number, false),
    'getFieldAtIfLoaded0(Ljava/lang/Object;I)Ljava/lang/reflect/Field;': (t, a) =>
      fieldAt(t, a[1], a[2] as number, true),
    'getMemberRefInfoAt0(Ljava/lang/Object;I)[Ljava/lang/String;': (t, a) => {
      const { e } = entryAt(
        t,
        a[1],
        a[2] as number,
        CpTag.Fieldref,
        CpTag.Methodref,
        CpTag.InterfaceMethodref,
      );
      const ref = e as MemberRef;
      const vm = t.vm;
      return refArray(t, 'java/lang/String', [
        vm.newString(ref.className),
        vm.newString(ref.name),
        vm.newString(ref.descriptor),
      ]);
    },
    'getNameAndTypeRefIndexAt0(Ljava/lang/Object;I)I': (t, a) => {
      const { e } = entryAt(
        t,
        a[1],
        a[2] as number,
        CpTag.Fieldref,
        CpTag.Methodref,
        CpTag.InterfaceMethodref,
        CpTag.Dynamic,
        CpTag.InvokeDynamic,
      );
      return (e as { nameAndTypeIndex: number }).nameAndTypeIndex;
    },
    'getNameAndTypeRefInfoAt0(Ljava/lang/Object;I)[Ljava/lang/String;': (t, a) => {
      const { e } = entryAt(t, a[1], a[2] as number, CpTag.NameAndType);
      const nt = e as Extract<CpEntry, { tag: CpTag.NameAndType }>;
      return refArray(t, 'java/lang/String', [t.vm.newString(nt.name), t.vm.newString(nt.descriptor)]);
    },
    'getIntAt0(Ljava/lang/Object;I)I': (t, a) =>
      (entryAt(t, a[1], a[2] as number, CpTag.Integer).e as { value: number }).value,
    'getLongAt0(Ljava/lang/Object;I)J': (t, a) => {
      const e = entryAt(t, a[1], a[2] as number, CpTag.Long).e as { lo: number; hi: number };
      return (BigInt(e.hi) << 32n) | BigInt(e.lo >>> 0);
    },
    'getFloatAt0(Ljava/lang/Object;I)F': (t, a) =>
      (entryAt(t, a[1], a[2] as number, CpTag.Float).e as { value: number }).value,
    'getDoubleAt0(Ljava/lang/Object;I)D': (t, a) =>
      (entryAt(t, a[1], a[2] as number, CpTag.Double).e as { value: number }).value,
    'getStringAt0(Ljava/lang/Object;I)Ljava/lang/String;': (t, a) =>
      t.vm.intern((entryAt(t, a[1], a[2] as number, CpTag.String).e as { value: string }).value),
    'getUTF8At0(Ljava/lang/Object;I)Ljava/lang/String;': (t, a) =>
      t.vm.intern((entryAt(t, a[1], a[2] as number, CpTag.Utf8).e as { value: string }).value),
    'getTagAt0(Ljava/lang/Object;I)B': (t, a) => {
      const { pool } = poolOf(t, a[1]);
      const index = a[2] as number;
      if (index < 0 || index >= pool.length) badIndex(t);
      const e = pool.get(index);
      return e ? e.tag : 0;
    },
  });
}
