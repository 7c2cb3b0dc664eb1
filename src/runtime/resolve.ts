// JVMS §5.4.3 Resolution of symbolic references, cached per constant pool entry.
import { CpTag } from '../classfile/types.js';
import { ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED } from '../classfile/types.js';
import type { JavaThread } from '../threads/thread.js';
import type { JavaClass, JField, JMethod } from './jclass.js';
import type { VM } from './vm.js';
import { findPolymorphicMethod, polymorphicAdapter } from './polymorphic.js';

/** Java-style type name of a descriptor, as HotSpot prints it in error messages. */
export function externalTypeName(desc: string): string {
  let dims = 0;
  while (desc[dims] === '[') dims++;
  const base = desc.substring(dims);
  let name: string;
  switch (base[0]) {
    case 'Z':
      name = 'boolean';
      break;
    case 'B':
      name = 'byte';
      break;
    case 'C':
      name = 'char';
      break;
    case 'S':
      name = 'short';
      break;
    case 'I':
      name = 'int';
      break;
    case 'J':
      name = 'long';
      break;
    case 'F':
      name = 'float';
      break;
    case 'D':
      name = 'double';
      break;
    case 'V':
      name = 'void';
      break;
    default:
      name = base.substring(1, base.length - 1).replace(/\//g, '.');
  }
  return name + '[]'.repeat(dims);
}

/** `'void Foo.bar(int, java.lang.String)'`, the form of NoSuchMethodError messages. */
export function methodSignatureForError(className: string, name: string, descriptor: string): string {
  const close = descriptor.indexOf(')');
  const params: string[] = [];
  let i = 1;
  while (i < close) {
    let j = i;
    while (descriptor[j] === '[') j++;
    if (descriptor[j] === 'L') j = descriptor.indexOf(';', j);
    params.push(externalTypeName(descriptor.substring(i, j + 1)));
    i = j + 1;
  }
  const ret = externalTypeName(descriptor.substring(close + 1));
  return `'${ret} ${className.replace(/\//g, '.')}.${name}(${params.join(', ')})'`;
}

/** JVMS §5.4.3.1 Class and interface resolution. */
export function resolveClassRef(thread: JavaThread, from: JavaClass, index: number): JavaClass {
  const cached = from.cpCache[index];
  if (cached !== undefined) return cached as JavaClass;
  const e = from.classFile!.constantPool.get(index);
  if (!e || e.tag !== CpTag.Class) throw new Error(`tsjvm: cp ${index} of ${from.name} is not a class`);
  const cls = resolveClassName(thread, from, e.name);
  from.cpCache[index] = cls;
  return cls;
}

/** Resolves a class by name as referenced from `from`, with the access check of JVMS §5.4.4. */
export function resolveClassName(thread: JavaThread, from: JavaClass, name: string): JavaClass {
  const vm = thread.vm;
  // A hidden class is not registered by name; its own name in its constant pool means itself.
  if (from.hidden && name === from.classFile?.thisClass) return from;
  const cls = vm.loadClass(thread, name, from.loader);
  let elem = cls;
  while (elem.componentType) elem = elem.componentType;
  if (elem.primitive === null && !isClassAccessible(elem, from)) {
    throw vm.newThrowable(
      thread,
      'java/lang/IllegalAccessError',
      `failed to access class ${elem.javaName} from class ${from.javaName} (${elem.javaName} is in ${vm.moduleDescription(elem)}; ${from.javaName} is in ${vm.moduleDescription(from)})`,
    );
  }
  return cls;
}

/** JVMS §5.4.4: a class is accessible if public, or in the same run-time package. */
export function isClassAccessible(target: JavaClass, from: JavaClass): boolean {
  if ((target.flags & ACC_PUBLIC) !== 0) return true;
  return samePackage(target, from) || isMagicAccessor(from);
}

/**
 * Reflection's generated accessors (subclasses of jdk.internal.reflect.MagicAccessorImpl) are exempt from
 * access checks, as HotSpot exempts them: they are made only for members the caller may already use.
 */
function isMagicAccessor(cls: JavaClass): boolean {
  for (let c: JavaClass | null = cls.superClass; c; c = c.superClass) {
    if (c.name === 'jdk/internal/reflect/MagicAccessorImpl') return true;
  }
  return false;
}

export function samePackage(a: JavaClass, b: JavaClass): boolean {
  return a.loader === b.loader && a.packageName === b.packageName;
}

/** JVMS §5.4.4 access control for a field or method declared in `decl` with `flags`, referenced via `ref`. */
export function isMemberAccessible(
  vm: VM,
  decl: JavaClass,
  flags: number,
  from: JavaClass,
  ref: JavaClass,
): boolean {
  if ((flags & ACC_PUBLIC) !== 0 || isMagicAccessor(from)) return true;
  if ((flags & ACC_PRIVATE) !== 0) return decl === from || nestHost(vm, decl) === nestHost(vm, from);
  if (samePackage(decl, from)) return true;
  if ((flags & ACC_PROTECTED) !== 0) {
    void ref;
    return from.supertypes.has(decl);
  }
  return false;
}

/**
 * The nest host (JVMS §5.4.4, NestHost attribute). The host encloses its members, so it is already loaded
 * by the member's loader whenever a member runs; a host that can't be found makes the class its own host.
 */
export function nestHost(vm: VM, cls: JavaClass): JavaClass {
  if (cls.nestHostClass) return cls.nestHostClass;
  const hostName = cls.classFile?.nestHost;
  let host = cls;
  if (hostName) {
    // Resolving the NestHost class (JVMS §5.4.4); a host that can't be loaded, or that doesn't list this
    // class among its NestMembers, leaves the class as its own host (JDK 15+ behaviour).
    let found = vm.findLoadedClass(hostName, cls.loader);
    if (!found) {
      try {
        found = vm.loadClass(vm.currentThread(), hostName, cls.loader);
      } catch {
        found = null;
      }
    }
    if (found && found.loader === cls.loader && found.packageName === cls.packageName) {
      const members = found.classFile?.nestMembers ?? [];
      if (members.includes(cls.classFile!.thisClass)) host = found;
    }
  }
  cls.nestHostClass = host;
  return host;
}

/** JVMS §5.4.3.2 Field resolution: the class, its superinterfaces, then its superclass, recursively. */
export function lookupField(cls: JavaClass, name: string, descriptor: string): JField | null {
  const own = cls.declaredFields.get(name + ':' + descriptor);
  if (own) return own;
  for (const i of cls.interfaces) {
    const f = lookupField(i, name, descriptor);
    if (f) return f;
  }
  return cls.superClass ? lookupField(cls.superClass, name, descriptor) : null;
}

export function resolveFieldRef(thread: JavaThread, from: JavaClass, index: number): JField {
  const cached = from.cpCache[index];
  if (cached !== undefined) return cached as JField;
  const e = from.classFile!.constantPool.get(index);
  if (!e || e.tag !== CpTag.Fieldref) throw new Error(`tsjvm: cp ${index} of ${from.name} is not a field`);
  const owner = resolveClassRef(thread, from, e.classIndex);
  const f = lookupField(owner, e.name, e.descriptor);
  const vm = thread.vm;
  if (!f) throw vm.newThrowable(thread, 'java/lang/NoSuchFieldError', e.name);
  if (!isMemberAccessible(vm, f.cls, f.flags, from, owner)) {
    throw vm.newThrowable(
      thread,
      'java/lang/IllegalAccessError',
      `class ${from.javaName} tried to access ${accessKind(f.flags)}field ${f.cls.javaName}.${f.name} (${from.javaName} and ${f.cls.javaName} are in ${vm.moduleDescription(from)})`,
    );
  }
  from.cpCache[index] = f;
  return f;
}

function accessKind(flags: number): string {
  if ((flags & ACC_PRIVATE) !== 0) return 'private ';
  if ((flags & ACC_PROTECTED) !== 0) return 'protected ';
  return '';
}

/** JVMS §5.4.3.3 Method resolution (steps 2–3): the class and its superclasses, then superinterfaces. */
export function lookupMethodInClasses(cls: JavaClass, key: string): JMethod | null {
  for (let c: JavaClass | null = cls; c; c = c.superClass) {
    const m = c.declaredMethods.get(key);
    if (m) return m;
  }
  return null;
}

/** Maximally-specific superinterface method (JVMS §5.4.3.3 step 3), non-abstract preferred. */
export function lookupMethodInInterfaces(cls: JavaClass, key: string): JMethod | null {
  let found: JMethod | null = null;
  for (const s of cls.supertypes) {
    if (!s.isInterface || s === cls) continue;
    const m = s.declaredMethods.get(key);
    if (!m || m.isPrivate || m.isStatic) continue;
    if (!found || (found.isAbstract && !m.isAbstract) || m.cls.supertypes.has(found.cls)) found = m;
  }
  return found;
}

/**
 * Resolves the method reference at `index`; `op` is the invoking instruction, whose kind decides the
 * error for a Methodref that names an interface (HotSpot's LinkResolver).
 */
export function resolveMethodRef(thread: JavaThread, from: JavaClass, index: number, op = 0xb6): JMethod {
  const cached = from.cpCache[index];
  if (cached !== undefined) return cached as JMethod;
  const e = from.classFile!.constantPool.get(index);
  if (!e || (e.tag !== CpTag.Methodref && e.tag !== CpTag.InterfaceMethodref)) {
    throw new Error(`tsjvm: cp ${index} of ${from.name} is not a method`);
  }
  const vm = thread.vm;
  const owner = resolveClassRef(thread, from, e.classIndex);
  const key = e.name + e.descriptor;
  let m: JMethod | null;
  if (e.tag === CpTag.Methodref) {
    // JVMS §5.4.3.3
    if (owner.isInterface) {
      if (op === 0xb8 || op === 0xb7) {
        throw vm.newThrowable(
          thread,
          'java/lang/IncompatibleClassChangeError',
          `Method ${methodSignatureForError(owner.name, e.name, e.descriptor)} must be InterfaceMethodref constant`,
        );
      }
      throw vm.newThrowable(
        thread,
        'java/lang/IncompatibleClassChangeError',
        `Found interface ${owner.javaName}, but class was expected`,
      );
    }
    m = lookupMethodInClasses(owner, key);
    if (!m && owner.isArray) m = lookupMethodInClasses(vm.objectClass, key);
    if (!m) {
      // JVMS §5.4.3.3 step 2: a signature-polymorphic method matches any descriptor.
      const poly = findPolymorphicMethod(owner, e.name);
      if (poly) m = polymorphicAdapter(poly, e.descriptor);
    }
    if (!m) m = lookupMethodInInterfaces(owner, key);
  } else {
    // JVMS §5.4.3.4 Interface method resolution
    if (!owner.isInterface) {
      throw vm.newThrowable(
        thread,
        'java/lang/IncompatibleClassChangeError',
        `Found class ${owner.javaName}, but interface was expected`,
      );
    }
    m = owner.declaredMethods.get(key) ?? null;
    if (!m) {
      const om = vm.objectClass.declaredMethods.get(key);
      if (om && !om.isStatic && (om.flags & ACC_PUBLIC) !== 0) m = om;
    }
    if (!m) m = lookupMethodInInterfaces(owner, key);
  }
  if (!m) {
    throw vm.newThrowable(
      thread,
      'java/lang/NoSuchMethodError',
      methodSignatureForError(owner.name, e.name, e.descriptor),
    );
  }
  if (!m.signaturePolymorphic && !isMemberAccessible(vm, m.cls, m.flags, from, owner)) {
    throw vm.newThrowable(
      thread,
      'java/lang/IllegalAccessError',
      `class ${from.javaName} tried to access ${accessKind(m.flags)}method ${methodSignatureForError(m.cls.name, m.name, m.descriptor)} (${from.javaName} and ${m.cls.javaName} are in ${vm.moduleDescription(from)})`,
    );
  }
  from.cpCache[index] = m;
  return m;
}
