// java.lang.Class natives: the mirror's view of a VM class.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import { JavaObject, type JValue, type JArray } from '../../../runtime/object.js';
import type { JavaClass, TypeChar } from '../../../runtime/jclass.js';
import { isAssignable } from '../../../runtime/subtype.js';
import { nestHost } from '../../../runtime/resolve.js';
import { classArg, jsStr, refArray } from '../../util.js';
import { declaredFields, declaredMethods, declaredConstructors } from '../../reflection.js';

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

/** Class.forName's name (`java.lang.String`, `[I`, `[Ljava.lang.String;`) in internal form, or null if malformed. */
function internalNameForForName(name: string): string | null {
  if (name.includes('/')) return null;
  return name.replace(/\./g, '/');
}

/** Loads a class by name for Class.forName; throws ClassNotFoundException when it doesn't exist. */
export function forName(t: JavaThread, name: string, loader: JavaObject | null): JavaClass {
  const vm = t.vm;
  const internal = internalNameForForName(name);
  if (internal === null) throw vm.newThrowable(t, 'java/lang/ClassNotFoundException', name);
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
    // Reflection asks for it before parsing annotations, even when there are none (EnumMap →
    // Method.invoke → Reflection.isCallerSensitive → getAnnotation). Its constantPoolOop is the class's
    // mirror; the ConstantPool accessors themselves are not implemented yet.
    'getConstantPool()Ljdk/internal/reflect/ConstantPool;': (t, a) => {
      const vm = t.vm;
      const cpClass = vm.bootLoad('jdk/internal/reflect/ConstantPool');
      vm.initialize(t, cpClass);
      const cp = vm.newObject(cpClass);
      (cp as unknown as Record<string, JValue>)['constantPoolOop@jdk/internal/reflect/ConstantPool'] = a[0];
      return cp;
    },
    // The nest host first, then the members its NestMembers attribute lists (JVM_GetNestMembers).
    'getNestMembers0()[Ljava/lang/Class;': (t, a) => {
      const vm = t.vm;
      const host = nestHost(vm, classArg(t, a[0]));
      const members: JValue[] = [vm.mirrorOf(host)];
      for (const name of host.classFile?.nestMembers ?? [])
        members.push(vm.mirrorOf(vm.loadClass(t, name, host.loader)));
      return refArray(t, 'java/lang/Class', members);
    },
    'getNestHost0()Ljava/lang/Class;': (t, a) => {
      const c = classArg(t, a[0]);
      const host = c.classFile?.nestHost;
      if (!host) return t.vm.mirrorOf(c);
      try {
        return t.vm.mirrorOf(t.vm.loadClass(t, host, c.loader));
      } catch {
        return t.vm.mirrorOf(c);
      }
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
