// java.lang.invoke.MethodHandleNatives: HotSpot's side of the method handle contract (prims/methodHandles.cpp).
// A resolved MemberName carries its target as JS properties: `$vmtarget` (the JMethod or JField) and
// `$vmindex`; ResolvedMethodName objects carry `$vmtarget` too.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import { JavaObject, type JValue, type FieldBag, type JArray } from '../../../../runtime/object.js';
import { JField, JMethod, type JavaClass } from '../../../../runtime/jclass.js';
import { classArg } from '../../../util.js';
import {
  lookupField,
  lookupMethodInClasses,
  lookupMethodInInterfaces,
  methodSignatureForError,
} from '../../../../runtime/resolve.js';
import { findPolymorphicMethod, polymorphicAdapter } from '../../../../runtime/polymorphic.js';
import { fieldOf, setFieldOf } from '../../../util.js';
import {
  REF_getField,
  REF_getStatic,
  REF_invokeInterface,
  REF_invokeSpecial,
  REF_invokeStatic,
  REF_invokeVirtual,
  REF_putField,
  REF_putStatic,
} from '../../../../classfile/referenceKinds.js';

const MN = 'java/lang/invoke/MemberName';

// MethodHandleNatives.Constants
export const IS_METHOD = 0x00010000;
export const IS_CONSTRUCTOR = 0x00020000;
export const IS_FIELD = 0x00040000;
export const IS_TYPE = 0x00080000;
export const CALLER_SENSITIVE = 0x00100000;
export const TRUSTED_FINAL = 0x00200000;
export const REFERENCE_KIND_SHIFT = 24;
export const REFERENCE_KIND_MASK = 0x0f;

export type MemberNameObject = JavaObject & { $vmtarget?: JMethod | JField; $vmindex?: number };

/** The JMethod a resolved MemberName targets (through its ResolvedMethodName, as HotSpot keeps it). */
export function memberTarget(mn: JavaObject): JMethod {
  const target = (mn as MemberNameObject).$vmtarget;
  if (!(target instanceof JMethod)) throw new Error('tsjvm: MemberName is not a resolved method');
  return target;
}

/** The descriptor of a java.lang.invoke.MethodType (its rtype and ptypes fields). */
export function methodTypeDescriptor(t: JavaThread, mt: JavaObject): string {
  const vm = t.vm;
  const rtype = fieldOf(mt, 'java/lang/invoke/MethodType', 'rtype') as JavaObject;
  const ptypes = fieldOf(mt, 'java/lang/invoke/MethodType', 'ptypes') as unknown as JavaObject[];
  let d = '(';
  for (const p of ptypes) d += vm.descriptorOf(vm.classFromMirror(p));
  return d + ')' + vm.descriptorOf(vm.classFromMirror(rtype));
}

/** MemberName.type as a descriptor: a MethodType, a Class (fields), a String, or {rtype, ptypes[]}. */
function memberTypeDescriptor(t: JavaThread, type: JValue, isField: boolean): string {
  const vm = t.vm;
  if (type === null) throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'nothing to resolve');
  const o = type as JavaObject;
  const cname = o.$cls.name;
  if (cname === 'java/lang/String') return vm.jsString(o);
  if (cname === 'java/lang/Class') return vm.descriptorOf(vm.classFromMirror(o));
  if (cname === 'java/lang/invoke/MethodType') return methodTypeDescriptor(t, o);
  if (o.$cls.isArray && !isField) {
    const parts = o as unknown as JavaObject[];
    const r = vm.classFromMirror(parts[0]);
    const ps = parts[1] as unknown as JavaObject[];
    return '(' + ps.map((p) => vm.descriptorOf(vm.classFromMirror(p))).join('') + ')' + vm.descriptorOf(r);
  }
  throw vm.newThrowable(t, 'java/lang/InternalError', `unrecognized MemberName type ${o.$cls.javaName}`);
}

function newResolvedMethodName(t: JavaThread, m: JMethod): JavaObject {
  const vm = t.vm;
  const rmn = vm.newObject(vm.bootLoad('java/lang/invoke/ResolvedMethodName')) as MemberNameObject;
  rmn.$vmtarget = m;
  return rmn;
}

/** MethodHandles::init_method_MemberName: flags, reference kind and target of a method. */
export function initMethodMemberName(
  t: JavaThread,
  mn: JavaObject,
  m: JMethod,
  refKind: number,
  receiverClass: JavaClass | null,
): void {
  let flags = m.flags & 0xffff;
  let kind: number;
  const direct = m.isPrivate || (m.flags & 0x10) !== 0 || (m.cls.flags & 0x10) !== 0;
  if (m.isStatic) {
    flags |= IS_METHOD;
    kind = REF_invokeStatic;
  } else if (m.name === '<init>') {
    flags |= IS_CONSTRUCTOR;
    kind = REF_invokeSpecial;
  } else if (
    refKind === REF_invokeSpecial ||
    (direct && !m.cls.isInterface && refKind !== REF_invokeInterface)
  ) {
    flags |= IS_METHOD;
    kind = REF_invokeSpecial;
  } else if (refKind === REF_invokeInterface || (m.cls.isInterface && receiverClass?.isInterface !== false)) {
    flags |= IS_METHOD;
    kind = REF_invokeInterface;
  } else {
    flags |= IS_METHOD;
    kind = REF_invokeVirtual;
  }
  if (m.callerSensitive) flags |= CALLER_SENSITIVE;
  flags |= kind << REFERENCE_KIND_SHIFT;
  const o = mn as MemberNameObject;
  o.$vmtarget = m;
  o.$vmindex = kind === REF_invokeVirtual || kind === REF_invokeInterface ? 0 : -1;
  setFieldOf(mn, MN, 'flags', flags);
  // Interface calls are made against the interface that was named; everything else against the holder.
  const holder = kind === REF_invokeInterface && receiverClass?.isInterface ? receiverClass : m.cls;
  setFieldOf(mn, MN, 'clazz', t.vm.mirrorOf(holder));
  setFieldOf(mn, MN, 'method', newResolvedMethodName(t, m));
}

/** MethodHandles::init_field_MemberName. */
export function initFieldMemberName(t: JavaThread, mn: JavaObject, f: JField, isSetter: boolean): void {
  const vm = t.vm;
  let flags = (f.flags & 0xffff) | IS_FIELD;
  const kind = f.isStatic
    ? isSetter
      ? REF_putStatic
      : REF_getStatic
    : isSetter
      ? REF_putField
      : REF_getField;
  flags |= kind << REFERENCE_KIND_SHIFT;
  if ((f.flags & 0x10) !== 0 && (f.isStatic || f.cls.hidden || f.cls.classFile?.record))
    flags |= TRUSTED_FINAL;
  const o = mn as MemberNameObject;
  o.$vmtarget = f;
  o.$vmindex = f.offset;
  setFieldOf(mn, MN, 'flags', flags);
  setFieldOf(mn, MN, 'clazz', vm.mirrorOf(f.cls));
  setFieldOf(mn, MN, 'name', vm.intern(f.name));
  setFieldOf(mn, MN, 'type', vm.mirrorOf(vm.classForDescriptor(t, f.descriptor, f.cls.loader)));
}

/** MethodHandles::resolve_MemberName; null when `speculative` and the member doesn't exist. */
function resolveMemberName(t: JavaThread, mn: JavaObject, speculative: boolean): JavaObject | null {
  const vm = t.vm;
  if ((mn as MemberNameObject).$vmtarget) return mn;
  const clazzMirror = fieldOf(mn, MN, 'clazz');
  const nameObj = fieldOf(mn, MN, 'name');
  if (clazzMirror === null || nameObj === null)
    throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'nothing to resolve');
  const clazz = classArg(t, clazzMirror);
  const name = vm.jsString(nameObj as JavaObject);
  const flags = fieldOf(mn, MN, 'flags') as number;
  const refKind = (flags >>> REFERENCE_KIND_SHIFT) & REFERENCE_KIND_MASK;
  if ((flags & IS_FIELD) !== 0) {
    const desc = memberTypeDescriptor(t, fieldOf(mn, MN, 'type'), true);
    const f = lookupField(clazz, name, desc);
    if (!f) {
      if (speculative) return null;
      throw vm.newThrowable(t, 'java/lang/NoSuchFieldError', name);
    }
    initFieldMemberName(t, mn, f, refKind === REF_putField || refKind === REF_putStatic);
    return mn;
  }
  const desc = memberTypeDescriptor(t, fieldOf(mn, MN, 'type'), false);
  const key = name + desc;
  let m: JMethod | null;
  if (refKind === REF_invokeInterface) {
    m =
      clazz.declaredMethods.get(key) ??
      lookupMethodInInterfaces(clazz, key) ??
      lookupMethodInClasses(vm.objectClass, key);
  } else {
    m = lookupMethodInClasses(clazz, key);
    if (!m) {
      const poly = findPolymorphicMethod(clazz, name);
      if (poly) m = polymorphicAdapter(poly, desc);
    }
    if (!m) m = lookupMethodInInterfaces(clazz, key);
  }
  if (m && (flags & IS_CONSTRUCTOR) !== 0 && m.cls !== clazz) m = null;
  if (!m || (refKind === REF_invokeStatic) !== m.isStatic) {
    if (speculative) return null;
    if (m) {
      throw vm.newThrowable(
        t,
        'java/lang/IncompatibleClassChangeError',
        `Expected ${refKind === REF_invokeStatic ? 'static' : 'non-static'} method ${methodSignatureForError(clazz.name, name, desc)}`,
      );
    }
    throw vm.newThrowable(t, 'java/lang/NoSuchMethodError', methodSignatureForError(clazz.name, name, desc));
  }
  initMethodMemberName(t, mn, m, refKind, clazz);
  return mn;
}

function methodFromReflect(t: JavaThread, obj: JavaObject, kind: 'Method' | 'Constructor'): JMethod {
  const f = obj as unknown as FieldBag;
  const cls = classArg(t, f[`clazz@java/lang/reflect/${kind}`]);
  return cls.methods[f[`slot@java/lang/reflect/${kind}`] as number];
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/invoke/MethodHandleNatives', {
    'registerNatives()V': () => undefined,
    'init(Ljava/lang/invoke/MemberName;Ljava/lang/Object;)V': (t, a) => {
      const mn = a[0] as JavaObject;
      const ref = a[1] as JavaObject;
      const cname = ref.$cls.name;
      if (cname === 'java/lang/reflect/Method') {
        const m = methodFromReflect(t, ref, 'Method');
        initMethodMemberName(t, mn, m, m.cls.isInterface ? REF_invokeInterface : REF_invokeVirtual, m.cls);
      } else if (cname === 'java/lang/reflect/Constructor') {
        initMethodMemberName(t, mn, methodFromReflect(t, ref, 'Constructor'), REF_invokeSpecial, null);
      } else if (cname === 'java/lang/reflect/Field') {
        const f = ref as unknown as FieldBag;
        const cls = classArg(t, f['clazz@java/lang/reflect/Field']);
        initFieldMemberName(t, mn, cls.fields[f['slot@java/lang/reflect/Field'] as number], false);
      } else
        throw t.vm.newThrowable(
          t,
          'java/lang/InternalError',
          `unsupported MemberName source ${ref.$cls.javaName}`,
        );
    },
    'expand(Ljava/lang/invoke/MemberName;)V': (t, a) => {
      const mn = a[0] as MemberNameObject;
      const vm = t.vm;
      const target = mn.$vmtarget;
      if (!target) throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'MemberName not resolved');
      if (fieldOf(mn, MN, 'clazz') === null) setFieldOf(mn, MN, 'clazz', vm.mirrorOf(target.cls));
      if (fieldOf(mn, MN, 'name') === null) setFieldOf(mn, MN, 'name', vm.intern(target.name));
      if (fieldOf(mn, MN, 'type') === null) {
        setFieldOf(
          mn,
          MN,
          'type',
          target instanceof JField
            ? vm.mirrorOf(vm.classForDescriptor(t, target.descriptor, target.cls.loader))
            : vm.intern(target.descriptor),
        );
      }
    },
    'resolve(Ljava/lang/invoke/MemberName;Ljava/lang/Class;IZ)Ljava/lang/invoke/MemberName;': (t, a) =>
      resolveMemberName(t, a[0] as JavaObject, a[3] !== 0),
    'getMembers(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;ILjava/lang/Class;I[Ljava/lang/invoke/MemberName;)I':
      () => 0,
    'objectFieldOffset(Ljava/lang/invoke/MemberName;)J': (t, a) => BigInt(fieldTarget(t, a[0]).offset),
    'staticFieldOffset(Ljava/lang/invoke/MemberName;)J': (t, a) => BigInt(fieldTarget(t, a[0]).offset),
    'staticFieldBase(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;': (t, a) =>
      t.vm.mirrorOf(fieldTarget(t, a[0]).cls),
    'getMemberVMInfo(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;': (t, a) => {
      const mn = a[0] as MemberNameObject;
      const vm = t.vm;
      const arr = vm.newArray(vm.arrayOf(vm.objectClass), 2) as JValue[];
      const longCls = vm.bootLoad('java/lang/Long');
      vm.initialize(t, longCls);
      const idx = mn.$vmindex ?? -1;
      arr[0] = vm.callJava(t, longCls.findDeclaredMethod('valueOf', '(J)Ljava/lang/Long;')!, [
        idx | 0,
        idx < 0 ? -1 : 0,
      ]) as JValue;
      arr[1] = mn.$vmtarget instanceof JField ? fieldOf(mn, MN, 'clazz') : mn;
      return arr as unknown as JArray;
    },
    'setCallSiteTargetNormal(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V': (_t, a) => {
      setFieldOf(a[0] as JavaObject, 'java/lang/invoke/CallSite', 'target', a[1]);
    },
    'setCallSiteTargetVolatile(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V': (_t, a) => {
      setFieldOf(a[0] as JavaObject, 'java/lang/invoke/CallSite', 'target', a[1]);
    },
    'clearCallSiteContext(Ljava/lang/invoke/MethodHandleNatives$CallSiteContext;)V': () => undefined,
    'getNamedCon(I[Ljava/lang/Object;)I': () => 0,
    'copyOutBootstrapArguments(Ljava/lang/Class;[IIILjava/lang/Object;IZLjava/lang/Object;)V': (t) => {
      throw t.vm.newThrowable(
        t,
        'java/lang/InternalError',
        'tsjvm pushes bootstrap arguments; pull mode is unused',
      );
    },
  });
  reg.add(
    'java/lang/invoke/MethodHandleNatives',
    'copyOutBootstrapArguments(Ljava/lang/Class;[III[Ljava/lang/Object;IZLjava/lang/Object;)V',
    (t) => {
      throw t.vm.newThrowable(
        t,
        'java/lang/InternalError',
        'tsjvm pushes bootstrap arguments; pull mode is unused',
      );
    },
  );
}

function fieldTarget(t: JavaThread, mn: JValue): JField {
  const target = (mn as MemberNameObject).$vmtarget;
  if (!(target instanceof JField))
    throw t.vm.newThrowable(t, 'java/lang/InternalError', 'not a field MemberName');
  return target;
}
