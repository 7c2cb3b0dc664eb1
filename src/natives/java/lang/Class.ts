// java.lang.Class natives: the mirror's view of a VM class.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import { JavaObject, type JValue, type JArray } from '../../../runtime/object.js';
import type { JavaClass, TypeChar } from '../../../runtime/jclass.js';
import { isAssignable } from '../../../runtime/subtype.js';
import { classArg, jsStr, refArray } from '../../util.js';
import {
  declaredFields,
  declaredMethods,
  declaredConstructors,
  recordComponents,
  rawBytes,
} from '../../reflection.js';
import { newConstantPool } from '../../jdk/internal/reflect/ConstantPool.js';
import { nestHost } from '../../../runtime/resolve.js';

const PRIMITIVE_NAMES: Record<string, TypeChar> = {
  boolean: 'Z',
  byte: 'B',
  char: 'C',
  short: 'S',
  int: 'I',
  long: 'J',
  float: 'F',
  double: 'D',
  void: 'V',
};

/** check_classname.c skip_over_fieldname: a JVM identifier run, with single slashes when `slashOk`. */
function skipFieldName(name: string, i: number, slashOk: boolean): number {
  const start = i;
  let last = '';
  for (; i < name.length; i++) {
    const ch = name[i];
    if (ch !== '.' && ch !== ';' && ch !== '[' && ch !== '/') {
      last = ch;
      continue;
    }
    if (slashOk && ch === '/' && last !== '') {
      if (last === '/') return -1;
      last = ch;
      continue;
    }
    return i === start ? -1 : i;
  }
  return i === start ? -1 : i;
}

/** check_classname.c verifyClassname (arrays allowed): is `name` (slashed) a legal class or array name? */
function isLegalClassName(name: string): boolean {
  if (name.startsWith('[')) {
    let i = 0;
    while (name[i] === '[') i++;
    if (i > 255) return false;
    const c = name[i];
    if ('ZBCSIJFD'.includes(c) && c !== undefined) return i + 1 === name.length;
    if (c !== 'L') return false;
    const end = skipFieldName(name, i + 1, true);
    return end > 0 && name[end] === ';' && end + 1 === name.length;
  }
  return skipFieldName(name, 0, true) === name.length;
}

/** Loads a class by name for Class.forName; throws ClassNotFoundException when it doesn't exist. */
export function forName(t: JavaThread, name: string, loader: JavaObject | null): JavaClass {
  const vm = t.vm;
  // Class.c forName0: a name with slashes is reported as given; an illegal one in its slashed form.
  if (name.includes('/')) throw vm.newThrowable(t, 'java/lang/ClassNotFoundException', name);
  const internal = name.replace(/\./g, '/');
  if (!isLegalClassName(internal)) throw vm.newThrowable(t, 'java/lang/ClassNotFoundException', internal);
  if (loader === null) {
    let c: JavaClass | null;
    try {
      c = internal.startsWith('[') ? vm.loadClass(t, internal, null) : vm.loadBootClass(internal, t);
    } catch (e) {
      if (
        e instanceof JavaObject &&
        vm.isInstanceOf(e, 'java/lang/NoClassDefFoundError') &&
        internal.startsWith('[')
      ) {
        throw vm.newThrowable(t, 'java/lang/ClassNotFoundException', name);
      }
      throw e;
    }
    if (!c) throw vm.newThrowable(t, 'java/lang/ClassNotFoundException', name);
    return c;
  }
  try {
    return vm.loadClass(t, internal, loader);
  } catch (e) {
    if (e instanceof JavaObject && vm.isInstanceOf(e, 'java/lang/NoClassDefFoundError')) {
      const cause = (e as unknown as Record<string, JValue>)['cause@java/lang/Throwable'];
      if (
        cause instanceof JavaObject &&
        cause !== e &&
        vm.isInstanceOf(cause, 'java/lang/ClassNotFoundException')
      )
        throw cause;
      if (
        !internal.startsWith('[') &&
        vm.jsString((e as unknown as Record<string, JavaObject>)['detailMessage@java/lang/Throwable']) ===
          internal
      ) {
        throw vm.newThrowable(t, 'java/lang/ClassNotFoundException', name);
      }
    }
    throw e;
  }
}

/** JVMS §4.1 access flags as Class.getModifiers reports them (InnerClasses flags for member classes). */
export function classModifiers(c: JavaClass): number {
  if (c.isArray) {
    const comp = classModifiers(c.componentType!);
    return (comp & 0x7) | 0x410;
  }
  if (c.isPrimitive) return 0x411;
  const cf = c.classFile;
  if (cf) {
    for (const ic of cf.innerClasses) {
      if (ic.innerClass === c.name) return ic.innerClassAccessFlags & ~0x20;
    }
  }
  return c.flags & ~0x20 & 0x7fff;
}

/**
 * HotSpot's InstanceKlass::nest_host (see resolve.ts nestHost, which validates the NestHost attribute);
 * arrays and primitive classes are their own hosts.
 */
export function validatedNestHost(t: JavaThread, c: JavaClass): JavaClass {
  if (c.isArray || c.isPrimitive) return c;
  return nestHost(t.vm, c);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Class', {
    'registerNatives()V': () => undefined,
    'getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;': (t, a) => {
      const t2 = PRIMITIVE_NAMES[jsStr(t, a[0])!];
      return t.vm.mirrorOf(t.vm.primitiveClasses.get(t2)!);
    },
    'desiredAssertionStatus0(Ljava/lang/Class;)Z': (t, a) => {
      const c = classArg(t, a[0]);
      return (c.loader === null ? t.vm.options.enableSystemAssertions : t.vm.options.enableAssertions)
        ? 1
        : 0;
    },
    'forName0(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;': (t, a) => {
      const name = jsStr(t, a[0]);
      if (name === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      const c = forName(t, name, a[2] as JavaObject | null);
      if (a[1] !== 0) t.vm.initialize(t, c);
      return t.vm.mirrorOf(c);
    },
    'initClassName()Ljava/lang/String;': (t, a) => {
      const c = classArg(t, a[0]);
      const s = t.vm.intern(c.javaName);
      (a[0] as unknown as Record<string, JValue>)['name@java/lang/Class'] = s;
      return s;
    },
    'getSuperclass()Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      if (c.isInterface || c.isPrimitive || !c.superClass) return null;
      return t.vm.mirrorOf(c.superClass);
    },
    'getInterfaces0()[Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      return refArray(
        t,
        'java/lang/Class',
        c.interfaces.map((i) => t.vm.mirrorOf(i)),
      );
    },
    'getModifiers()I': (t, a) => classModifiers(classArg(t, a[0])),
    'isArray()Z': (t, a) => (classArg(t, a[0]).isArray ? 1 : 0),
    'isPrimitive()Z': (t, a) => (classArg(t, a[0]).isPrimitive ? 1 : 0),
    'isInterface()Z': (t, a) => (classArg(t, a[0]).isInterface ? 1 : 0),
    'isHidden()Z': (t, a) => (classArg(t, a[0]).hidden ? 1 : 0),
    'isInstance(Ljava/lang/Object;)Z': (t, a) => {
      const o = a[1] as JavaObject | JArray | null;
      return o !== null && isAssignable(o.$cls, classArg(t, a[0])) ? 1 : 0;
    },
    'isAssignableFrom(Ljava/lang/Class;)Z': (t, a) => {
      const target = classArg(t, a[0]);
      const src = classArg(t, a[1]);
      if (target.isPrimitive || src.isPrimitive) return target === src ? 1 : 0;
      return isAssignable(src, target) ? 1 : 0;
    },
    'getComponentType()Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      return c.componentType ? t.vm.mirrorOf(c.componentType) : null;
    },
    'getProtectionDomain0()Ljava/security/ProtectionDomain;': (t, a) => classArg(t, a[0]).protectionDomain,
    'getDeclaredFields0(Z)[Ljava/lang/reflect/Field;': (t, a) =>
      declaredFields(t, classArg(t, a[0]), a[1] !== 0),
    'getDeclaredMethods0(Z)[Ljava/lang/reflect/Method;': (t, a) =>
      declaredMethods(t, classArg(t, a[0]), a[1] !== 0),
    'getDeclaredConstructors0(Z)[Ljava/lang/reflect/Constructor;': (t, a) =>
      declaredConstructors(t, classArg(t, a[0]), a[1] !== 0),
    'getDeclaredClasses0()[Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      const out: JValue[] = [];
      for (const ic of c.classFile?.innerClasses ?? []) {
        if (ic.outerClass === c.name && ic.innerClass)
          out.push(t.vm.mirrorOf(t.vm.loadClass(t, ic.innerClass, c.loader)));
      }
      return refArray(t, 'java/lang/Class', out);
    },
    'getDeclaringClass0()Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      for (const ic of c.classFile?.innerClasses ?? []) {
        if (ic.innerClass === c.name && ic.outerClass)
          return t.vm.mirrorOf(t.vm.loadClass(t, ic.outerClass, c.loader));
      }
      return null;
    },
    'getSimpleBinaryName0()Ljava/lang/String;': (t, a) => {
      const c = classArg(t, a[0]);
      for (const ic of c.classFile?.innerClasses ?? []) {
        if (ic.innerClass === c.name) return ic.innerName === null ? null : t.vm.intern(ic.innerName);
      }
      return null;
    },
    'getEnclosingMethod0()[Ljava/lang/Object;': (t, a) => {
      const c = classArg(t, a[0]);
      const em = c.classFile?.enclosingMethod;
      if (!em) return null;
      const vm = t.vm;
      return refArray(t, 'java/lang/Object', [
        vm.mirrorOf(vm.loadClass(t, em.className, c.loader)),
        em.name === null ? null : vm.intern(em.name),
        em.descriptor === null ? null : vm.intern(em.descriptor),
      ]);
    },
    'getGenericSignature0()Ljava/lang/String;': (t, a) => {
      const sig = classArg(t, a[0]).classFile?.signature;
      return sig ? t.vm.intern(sig) : null;
    },
    'getRawAnnotations()[B': (t, a) => {
      const raw = classArg(t, a[0]).classFile?.runtimeVisibleAnnotations;
      if (!raw) return null;
      const arr = t.vm.newArray(t.vm.byteArrayClass, raw.length) as Int8Array & JArray;
      arr.set(new Int8Array(raw.buffer, raw.byteOffset, raw.length));
      return arr;
    },
    'getNestHost0()Ljava/lang/Class;': (t, a) => t.vm.mirrorOf(validatedNestHost(t, classArg(t, a[0]))),
    'getNestMembers0()[Ljava/lang/Class;': (t, a) => {
      const vm = t.vm;
      const host = validatedNestHost(t, classArg(t, a[0]));
      const out: JValue[] = [vm.mirrorOf(host)];
      for (const name of host.classFile?.nestMembers ?? []) {
        const member = vm.loadClass(t, name, host.loader);
        if (member !== host && validatedNestHost(t, member) === host) out.push(vm.mirrorOf(member));
      }
      return refArray(t, 'java/lang/Class', out);
    },
    'getRecordComponents0()[Ljava/lang/reflect/RecordComponent;': (t, a) =>
      recordComponents(t, classArg(t, a[0])),
    'getRawTypeAnnotations()[B': (t, a) =>
      rawBytes(t, classArg(t, a[0]).classFile?.runtimeVisibleTypeAnnotations ?? null),
    'getConstantPool()Ljdk/internal/reflect/ConstantPool;': (t, a) => newConstantPool(t, classArg(t, a[0])),
    'getSigners()[Ljava/lang/Object;': (t, a) => {
      const signers = (a[0] as JavaObject & { $signers?: JArray | null }).$signers ?? null;
      if (signers === null) return null;
      const copy = t.vm.newArray(signers.$cls, signers.length) as JValue[] & JArray;
      for (let i = 0; i < signers.length; i++) copy[i] = (signers as JValue[])[i];
      return copy;
    },
    'setSigners([Ljava/lang/Object;)V': (_t, a) => {
      (a[0] as JavaObject & { $signers?: JArray | null }).$signers = a[1] as JArray | null;
    },
    'isRecord0()Z': (t, a) => (classArg(t, a[0]).classFile?.record ? 1 : 0),
    'getPermittedSubclasses0()[Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      const names = c.classFile?.permittedSubclasses ?? [];
      if (names.length === 0) return null;
      return refArray(
        t,
        'java/lang/Class',
        names.map((n) => t.vm.mirrorOf(t.vm.loadClass(t, n, c.loader))),
      );
    },
    'getClassAccessFlagsRaw0()I': (t, a) => classArg(t, a[0]).flags,
    'getClassFileVersion0()I': (t, a) => {
      const cf = classArg(t, a[0]).classFile;
      return cf ? (cf.minorVersion << 16) | cf.majorVersion : 61;
    },
  });
}
