// jdk.internal.reflect natives: caller-sensitive lookups and the native reflective call paths.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JavaObject, JValue, FieldBag, JArray } from '../../../../runtime/object.js';
import { fromBigInt, L } from '../../../../runtime/long.js';
import { JavaObject as JavaObjectClass } from '../../../../runtime/object.js';
import { classArg } from '../../../util.js';
import { nestHost } from '../../../../runtime/resolve.js';
import { isAssignable } from '../../../../runtime/subtype.js';
import type { JavaClass, JMethod, TypeChar } from '../../../../runtime/jclass.js';
import { annotationTypes } from '../../../../classfile/annotations.js';
import { withNativeFrame } from '../../../nativeFrames.js';
import { selectMethod } from '../../../../runtime/vtable.js';

/**
 * JVM_GetCallerClass: the class of the frame that called the @CallerSensitive method which called
 * Reflection.getCallerClass, skipping the frames HotSpot's security stack walk ignores (Method.invoke,
 * method accessors, compiled LambdaForms). Natives have no frames here, so the innermost frame is the
 * @CallerSensitive method itself.
 */
function callerClass(t: JavaThread): JValue {
  let f = t.frame;
  if (f) f = f.parent;
  const accessorImpl = t.vm.bootClasses.get('jdk/internal/reflect/MethodAccessorImpl');
  while (f && isIgnoredBySecurityStackWalk(f.method, accessorImpl)) f = f.parent;
  return f ? t.vm.mirrorOf(f.method.cls) : null;
}

/** Method::is_ignored_by_security_stack_walk. */
function isIgnoredBySecurityStackWalk(m: JMethod, accessorImpl: JavaClass | undefined): boolean {
  if (m.cls.name === 'java/lang/reflect/Method' && m.name === 'invoke') return true;
  if (accessorImpl !== undefined && m.cls.supertypes.has(accessorImpl)) return true;
  return m.hidden && isCompiledLambdaForm(m);
}

function isCompiledLambdaForm(m: JMethod): boolean {
  const cf = m.cls.classFile;
  return (
    cf !== null &&
    annotationTypes(m.info.runtimeVisibleAnnotations, cf.constantPool).includes(
      'Ljava/lang/invoke/LambdaForm$Compiled;',
    )
  );
}

const BOXES: Record<string, [string, string]> = {
  Z: ['java/lang/Boolean', 'value'],
  B: ['java/lang/Byte', 'value'],
  C: ['java/lang/Character', 'value'],
  S: ['java/lang/Short', 'value'],
  I: ['java/lang/Integer', 'value'],
  J: ['java/lang/Long', 'value'],
  F: ['java/lang/Float', 'value'],
  D: ['java/lang/Double', 'value'],
};

/** Boxes a slot value of `type` by calling the box class's valueOf, like HotSpot's Reflection::box. */
export function box(t: JavaThread, type: TypeChar, lo: JValue, hi: JValue): JValue {
  const [cn] = BOXES[type];
  const vm = t.vm;
  const cls = vm.loadClass(t, cn, null);
  vm.initialize(t, cls);
  const desc = type === 'J' ? '(J)Ljava/lang/Long;' : `(${type})L${cn};`;
  const m = cls.findDeclaredMethod('valueOf', desc)!;
  return vm.callJava(t, m, type === 'J' || type === 'D' ? [lo, hi] : [lo]) as JValue;
}

/** Unboxes (with widening, JLS §5.1.2) an argument for a parameter of primitive `type`; pushes slots. */
function unboxInto(t: JavaThread, type: TypeChar, v: JValue, out: JValue[]): void {
  const vm = t.vm;
  const fail = (): never => vm.throwJava(t, 'java/lang/IllegalArgumentException', 'argument type mismatch');
  // HotSpot's Reflection::unbox_for_primitive: a null for a primitive parameter has no message.
  if (v === null) vm.throwJava(t, 'java/lang/IllegalArgumentException', null);
  const o = v as JavaObject;
  const src = Object.entries(BOXES).find(([, [cn]]) => cn === o.$cls.name)?.[0] as TypeChar | undefined;
  if (!src) fail();
  const f = o as unknown as FieldBag;
  const key = `value@${BOXES[src!][0]}`;
  const val = f[key];
  const widen = 'BSCIJFD';
  if (src === type) {
    out.push(val);
    if (type === 'J') out.push(f[key + '$hi']);
    else if (type === 'D') out.push(0);
    return;
  }
  if (type === 'Z' || src === 'Z') fail();
  const order = (c: string): number => widen.indexOf(c);
  if (src === 'C' && (type === 'B' || type === 'S')) fail();
  if (order(src!) > order(type) || type === 'C') fail();
  let num: number;
  if (src === 'J') num = (f[key + '$hi'] as number) * 4294967296 + ((val as number) >>> 0);
  else num = val as number;
  if (type === 'J') {
    out.push(num | 0, Math.floor(num / 4294967296) | 0);
  } else if (type === 'F') out.push(Math.fround(num));
  else if (type === 'D') out.push(num, 0);
  else out.push(num);
}

/** Calls `m` reflectively: checks and converts arguments, wraps exceptions in InvocationTargetException. */
function invokeReflectively(
  t: JavaThread,
  m: JMethod,
  receiver: JValue,
  argArray: JValue,
): JValue | undefined {
  const vm = t.vm;
  const given = argArray === null ? [] : Array.from(argArray as unknown as JValue[]);
  if (given.length !== m.paramTypes.length) {
    throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'wrong number of arguments');
  }
  const slots: JValue[] = [];
  if (!m.isStatic) slots.push(receiver);
  const d = m.descriptor;
  let p = 1;
  for (let i = 0; i < m.paramTypes.length; i++) {
    const tc = m.paramTypes[i];
    let end = p;
    while (d[end] === '[') end++;
    if (d[end] === 'L') end = d.indexOf(';', end);
    const desc = d.substring(p, end + 1);
    p = end + 1;
    if (tc === 'L' || tc === '[') {
      const v = given[i] as JavaObject | JArray | null;
      if (v !== null) {
        const pc = vm.loadClass(t, tc === 'L' ? desc.substring(1, desc.length - 1) : desc, m.cls.loader);
        if (!isAssignable(v.$cls, pc))
          throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'argument type mismatch');
      }
      slots.push(v);
    } else unboxInto(t, tc, given[i], slots);
  }
  try {
    return vm.callJava(t, m, slots);
  } catch (e) {
    if (e instanceof JavaObjectClass) {
      throw vm.newThrowable(t, 'java/lang/reflect/InvocationTargetException', null, e);
    }
    throw e;
  }
}

/** The JMethod of a native method of a boot class, by `name+descriptor`. */
function nativeMethod(t: JavaThread, cls: string, key: string): JMethod {
  return t.vm.bootLoad(cls).declaredMethods.get(key)!;
}

function methodFromReflect(t: JavaThread, obj: JavaObject, kind: 'Method' | 'Constructor'): JMethod {
  const f = obj as unknown as FieldBag;
  const cls = classArg(t, f[`clazz@java/lang/reflect/${kind}`]);
  return cls.methods[f[`slot@java/lang/reflect/${kind}`] as number];
}

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/internal/reflect/Reflection', {
    'getCallerClass()Ljava/lang/Class;': (t) => callerClass(t),
    'getClassAccessFlags(Ljava/lang/Class;)I': (t, a) => classArg(t, a[0]).flags & 0xffff,
    'areNestMates(Ljava/lang/Class;Ljava/lang/Class;)Z': (t, a) =>
      nestHost(t.vm, classArg(t, a[0])) === nestHost(t.vm, classArg(t, a[1])) ? 1 : 0,
  });
  const INVOKE0 =
    'invoke0(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;';
  const NEW_INSTANCE0 = 'newInstance0(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;';
  reg.add('jdk/internal/reflect/NativeMethodAccessorImpl', INVOKE0, (t, a) =>
    withNativeFrame(t, nativeMethod(t, 'jdk/internal/reflect/NativeMethodAccessorImpl', INVOKE0), () => {
      const vm = t.vm;
      let m = methodFromReflect(t, a[0] as JavaObject, 'Method');
      const recv = a[1] as JavaObject | JArray | null;
      if (!m.isStatic) {
        if (recv === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', null);
        if (!isAssignable(recv.$cls, m.cls))
          throw vm.newThrowable(
            t,
            'java/lang/IllegalArgumentException',
            'object is not an instance of declaring class',
          );
        if (!m.isPrivate) m = selectMethod(recv.$cls, m) ?? m;
      } else vm.initialize(t, m.cls);
      const r = invokeReflectively(t, m, recv, a[2]);
      if (m.returnType === 'V') return null;
      if (m.returnType === 'L' || m.returnType === '[') return r as JValue;
      if (m.returnType === 'J') {
        const lo = fromBigInt(r as unknown as bigint);
        return box(t, 'J', lo, L.hi);
      }
      return box(t, m.returnType, r as JValue, 0);
    }),
  );
  reg.add('jdk/internal/reflect/NativeConstructorAccessorImpl', NEW_INSTANCE0, (t, a) =>
    withNativeFrame(
      t,
      nativeMethod(t, 'jdk/internal/reflect/NativeConstructorAccessorImpl', NEW_INSTANCE0),
      () => {
        const vm = t.vm;
        const m = methodFromReflect(t, a[0] as JavaObject, 'Constructor');
        if ((m.cls.flags & 0x400) !== 0) throw vm.newThrowable(t, 'java/lang/InstantiationException', null);
        vm.initialize(t, m.cls);
        const obj = vm.newObject(m.cls);
        invokeReflectively(t, m, obj, a[1]);
        return obj;
      },
    ),
  );
}
