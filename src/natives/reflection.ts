// Reflection objects built the way HotSpot's Reflection::new_field/new_method/new_constructor do.
import type { JavaThread } from '../threads/thread.js';
import type { JavaClass, JMethod, JField } from '../runtime/jclass.js';
import type { JavaObject, JValue, JArray, FieldBag } from '../runtime/object.js';
import { parseMethodDescriptor } from '../classfile/descriptors.js';
import { refArray } from './util.js';

/** The Class mirror a field descriptor names, loaded by `loader`. */
export function mirrorForDescriptor(t: JavaThread, desc: string, loader: JavaObject | null): JavaObject {
  const vm = t.vm;
  if (desc.length === 1) return vm.mirrorOf(vm.primitiveClasses.get(desc as 'I')!);
  const name = desc[0] === 'L' ? desc.substring(1, desc.length - 1) : desc;
  return vm.mirrorOf(vm.loadClass(t, name, loader));
}

export function rawBytes(t: JavaThread, raw: Uint8Array | null): JValue {
  if (!raw) return null;
  const a = t.vm.newArray(t.vm.byteArrayClass, raw.length) as Int8Array & JArray;
  a.set(new Int8Array(raw.buffer, raw.byteOffset, raw.length));
  return a;
}

function classArray(t: JavaThread, items: JavaObject[]): JArray {
  return refArray(t, 'java/lang/Class', items);
}

function newReflectObject(t: JavaThread, className: string): FieldBag {
  const vm = t.vm;
  const cls = vm.loadClass(t, className, null);
  vm.initialize(t, cls);
  return vm.newObject(cls) as unknown as FieldBag;
}

/** HotSpot's JVM_RECOGNIZED_FIELD_MODIFIERS and JVM_RECOGNIZED_METHOD_MODIFIERS. */
const JVM_RECOGNIZED_FIELD_MODIFIERS = 0x50df;
const JVM_RECOGNIZED_METHOD_MODIFIERS = 0x1dff;

/** A final field reflection may never write: static, or in a record or hidden class. */
export function isTrustedFinal(f: JField): boolean {
  return (f.flags & 0x10) !== 0 && (f.isStatic || f.cls.hidden || (f.cls.classFile?.record ?? null) !== null);
}

export function newField(t: JavaThread, f: JField): JavaObject {
  const vm = t.vm;
  const o = newReflectObject(t, 'java/lang/reflect/Field');
  const K = '@java/lang/reflect/Field';
  o['clazz' + K] = vm.mirrorOf(f.cls);
  o['name' + K] = vm.intern(f.name);
  o['type' + K] = mirrorForDescriptor(t, f.descriptor, f.cls.loader);
  o['modifiers' + K] = f.flags & JVM_RECOGNIZED_FIELD_MODIFIERS;
  // Static finals and finals of records and hidden classes can't be changed through reflection.
  o['trustedFinal' + K] = isTrustedFinal(f) ? 1 : 0;
  o['slot' + K] = f.slot;
  o['signature' + K] = f.info.signature ? vm.intern(f.info.signature) : null;
  o['annotations' + K] = rawBytes(t, f.info.runtimeVisibleAnnotations);
  return o as unknown as JavaObject;
}

function paramAndExceptionTypes(
  t: JavaThread,
  m: JMethod,
): { params: JavaObject[]; ret: JavaObject; exceptions: JavaObject[] } {
  const d = parseMethodDescriptor(m.descriptor);
  const loader = m.cls.loader;
  return {
    params: d.params.map((p) => mirrorForDescriptor(t, p, loader)),
    ret: mirrorForDescriptor(t, d.returnType, loader),
    exceptions: m.info.exceptions.map((e) => t.vm.mirrorOf(t.vm.loadClass(t, e, loader))),
  };
}

export function newMethod(t: JavaThread, m: JMethod): JavaObject {
  const vm = t.vm;
  const o = newReflectObject(t, 'java/lang/reflect/Method');
  const K = '@java/lang/reflect/Method';
  const types = paramAndExceptionTypes(t, m);
  o['clazz' + K] = vm.mirrorOf(m.cls);
  o['name' + K] = vm.intern(m.name);
  o['parameterTypes' + K] = classArray(t, types.params);
  o['returnType' + K] = types.ret;
  o['exceptionTypes' + K] = classArray(t, types.exceptions);
  o['modifiers' + K] = m.flags & JVM_RECOGNIZED_METHOD_MODIFIERS;
  o['slot' + K] = m.slot;
  o['signature' + K] = m.info.signature ? vm.intern(m.info.signature) : null;
  o['annotations' + K] = rawBytes(t, m.info.runtimeVisibleAnnotations);
  o['parameterAnnotations' + K] = rawBytes(t, m.info.runtimeVisibleParameterAnnotations);
  o['annotationDefault' + K] = rawBytes(t, m.info.annotationDefault);
  return o as unknown as JavaObject;
}

export function newConstructor(t: JavaThread, m: JMethod): JavaObject {
  const vm = t.vm;
  const o = newReflectObject(t, 'java/lang/reflect/Constructor');
  const K = '@java/lang/reflect/Constructor';
  const types = paramAndExceptionTypes(t, m);
  o['clazz' + K] = vm.mirrorOf(m.cls);
  o['parameterTypes' + K] = classArray(t, types.params);
  o['exceptionTypes' + K] = classArray(t, types.exceptions);
  o['modifiers' + K] = m.flags & JVM_RECOGNIZED_METHOD_MODIFIERS;
  o['slot' + K] = m.slot;
  o['signature' + K] = m.info.signature ? vm.intern(m.info.signature) : null;
  o['annotations' + K] = rawBytes(t, m.info.runtimeVisibleAnnotations);
  o['parameterAnnotations' + K] = rawBytes(t, m.info.runtimeVisibleParameterAnnotations);
  return o as unknown as JavaObject;
}

export function declaredFields(t: JavaThread, c: JavaClass, publicOnly: boolean): JArray {
  const fs = c.fields.filter((f) => !publicOnly || (f.flags & 1) !== 0);
  return refArray(
    t,
    'java/lang/reflect/Field',
    fs.map((f) => newField(t, f)),
  );
}

export function declaredMethods(t: JavaThread, c: JavaClass, publicOnly: boolean): JArray {
  const ms = c.methods.filter(
    (m) => m.name !== '<init>' && m.name !== '<clinit>' && (!publicOnly || (m.flags & 1) !== 0),
  );
  return refArray(
    t,
    'java/lang/reflect/Method',
    ms.map((m) => newMethod(t, m)),
  );
}

export function declaredConstructors(t: JavaThread, c: JavaClass, publicOnly: boolean): JArray {
  const ms = c.methods.filter((m) => m.name === '<init>' && (!publicOnly || (m.flags & 1) !== 0));
  return refArray(
    t,
    'java/lang/reflect/Constructor',
    ms.map((m) => newConstructor(t, m)),
  );
}

/** Class.getRecordComponents0 (java_lang_reflect_RecordComponent::create); null for a non-record. */
export function recordComponents(t: JavaThread, c: JavaClass): JArray | null {
  const comps = c.classFile?.record;
  if (!comps || c.superClass?.name !== 'java/lang/Record') return null;
  const vm = t.vm;
  const K = '@java/lang/reflect/RecordComponent';
  const items = comps.map((rc) => {
    const o = newReflectObject(t, 'java/lang/reflect/RecordComponent');
    o['clazz' + K] = vm.mirrorOf(c);
    o['name' + K] = vm.intern(rc.name);
    o['type' + K] = mirrorForDescriptor(t, rc.descriptor, c.loader);
    const accessor = c.findDeclaredMethod(rc.name, '()' + rc.descriptor);
    o['accessor' + K] = accessor && !accessor.isStatic ? newMethod(t, accessor) : null;
    o['signature' + K] = rc.signature ? vm.intern(rc.signature) : null;
    o['annotations' + K] = rawBytes(t, rc.runtimeVisibleAnnotations);
    o['typeAnnotations' + K] = rawBytes(t, rc.runtimeVisibleTypeAnnotations);
    return o as unknown as JavaObject;
  });
  return refArray(t, 'java/lang/reflect/RecordComponent', items);
}
