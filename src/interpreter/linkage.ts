// Dynamic linkage through java.lang.invoke (JVMS §5.4.3.5, §6.5 invokedynamic): the VM resolves
// MethodType, MethodHandle and dynamic constants and links call sites by calling the JDK's own
// MethodHandleNatives.link* methods, exactly as HotSpot does; only the results are cached here.
import { CpTag, type CpEntry } from '../classfile/types.js';
import type { JavaThread } from '../threads/thread.js';
import type { JavaClass, JMethod, CallSiteLink } from '../runtime/jclass.js';
import { JavaObject, type JValue } from '../runtime/object.js';
import { resolveClassName } from '../runtime/resolve.js';
import { parseMethodDescriptor } from '../classfile/descriptors.js';
import { callJava } from './interpreter.js';

const MHN = 'java/lang/invoke/MethodHandleNatives';

function natives(t: JavaThread): JavaClass {
  const vm = t.vm;
  const c = vm.bootLoad(MHN);
  vm.initialize(t, c);
  return c;
}

function callMHN(t: JavaThread, name: string, desc: string, args: JValue[]): JValue {
  const m = natives(t).findDeclaredMethod(name, desc);
  if (!m) throw new Error(`tsjvm: MethodHandleNatives.${name}${desc} is missing`);
  return callJava(t, m, args) as JValue;
}

/** JVMS §5.4.3.5: the MethodType for a method descriptor, via MethodHandleNatives.findMethodHandleType. */
export function methodTypeFor(t: JavaThread, from: JavaClass, descriptor: string): JavaObject {
  const vm = t.vm;
  const d = parseMethodDescriptor(descriptor);
  const rtype = vm.mirrorOf(vm.classForDescriptor(t, d.returnType, from.loader));
  const ptypes = vm.newArray(vm.arrayOf(vm.classClass), d.params.length) as JValue[];
  d.params.forEach((p, i) => (ptypes[i] = vm.mirrorOf(vm.classForDescriptor(t, p, from.loader))));
  return callMHN(
    t,
    'findMethodHandleType',
    '(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;',
    [rtype, ptypes as unknown as JValue],
  ) as JavaObject;
}

/** JVMS §5.4.3.5: a CONSTANT_MethodHandle, via MethodHandleNatives.linkMethodHandleConstant. */
export function resolveMethodHandleConstant(t: JavaThread, from: JavaClass, index: number): JavaObject {
  const cached = from.cpCache[index];
  if (cached !== undefined) return cached as JavaObject;
  const vm = t.vm;
  const cp = from.classFile!.constantPool;
  const e = cp[index] as Extract<CpEntry, { tag: CpTag.MethodHandle }>;
  const ref = cp[e.referenceIndex] as Extract<CpEntry, { className: string }>;
  const defc = resolveClassName(t, from, ref.className);
  const isField = e.referenceKind <= 4;
  const type = isField
    ? vm.mirrorOf(vm.classForDescriptor(t, ref.descriptor, from.loader))
    : methodTypeFor(t, from, ref.descriptor);
  const mh = callMHN(
    t,
    'linkMethodHandleConstant',
    '(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;',
    [vm.mirrorOf(from), e.referenceKind, vm.mirrorOf(defc), vm.intern(ref.name), type],
  ) as JavaObject;
  from.cpCache[index] = mh;
  return mh;
}

export function resolveMethodTypeConstant(t: JavaThread, from: JavaClass, index: number): JavaObject {
  const cached = from.cpCache[index];
  if (cached !== undefined) return cached as JavaObject;
  const e = from.classFile!.constantPool[index] as Extract<CpEntry, { tag: CpTag.MethodType }>;
  const mt = methodTypeFor(t, from, e.descriptor);
  from.cpCache[index] = mt;
  return mt;
}

/** Boxes a primitive constant as the bootstrap method sees it (Integer.valueOf and friends). */
function box(t: JavaThread, cls: string, desc: string, args: JValue[]): JValue {
  const vm = t.vm;
  const c = vm.bootLoad(cls);
  vm.initialize(t, c);
  return callJava(t, c.findDeclaredMethod('valueOf', desc)!, args) as JValue;
}

/** A loadable constant as a reference (boxed if primitive), for bootstrap method arguments. */
function constantAsObject(t: JavaThread, from: JavaClass, index: number): JValue {
  const vm = t.vm;
  const e = from.classFile!.constantPool[index];
  if (!e) throw new Error(`tsjvm: bad bootstrap argument ${index} in ${from.name}`);
  switch (e.tag) {
    case CpTag.Integer:
      return box(t, 'java/lang/Integer', '(I)Ljava/lang/Integer;', [e.value]);
    case CpTag.Float:
      return box(t, 'java/lang/Float', '(F)Ljava/lang/Float;', [e.value]);
    case CpTag.Long:
      return box(t, 'java/lang/Long', '(J)Ljava/lang/Long;', [e.lo, e.hi]);
    case CpTag.Double:
      return box(t, 'java/lang/Double', '(D)Ljava/lang/Double;', [e.value, 0]);
    case CpTag.String:
      return vm.intern(e.value);
    case CpTag.Class:
      return vm.mirrorOf(resolveClassName(t, from, e.name));
    case CpTag.MethodType:
      return resolveMethodTypeConstant(t, from, index);
    case CpTag.MethodHandle:
      return resolveMethodHandleConstant(t, from, index);
    case CpTag.Dynamic:
      return resolveDynamicConstantObject(t, from, index);
    default:
      throw new Error(`tsjvm: constant ${index} of ${from.name} is not loadable`);
  }
}

/** The bootstrap method handle and static arguments of a Dynamic/InvokeDynamic entry. */
function bootstrapSpecifier(
  t: JavaThread,
  from: JavaClass,
  bsmIndex: number,
): { bsm: JavaObject; args: JValue } {
  const vm = t.vm;
  const spec = from.classFile!.bootstrapMethods[bsmIndex];
  const bsm = resolveMethodHandleConstant(t, from, spec.methodRefIndex);
  const n = spec.argumentIndexes.length;
  if (n === 0) return { bsm, args: null };
  const arr = vm.newArray(vm.arrayOf(vm.objectClass), n) as JValue[];
  spec.argumentIndexes.forEach((ai, i) => (arr[i] = constantAsObject(t, from, ai)));
  return { bsm, args: arr as unknown as JValue };
}

/** JVMS §5.4.3.6: a dynamically-computed constant, boxed, via MethodHandleNatives.linkDynamicConstant. */
export function resolveDynamicConstantObject(t: JavaThread, from: JavaClass, index: number): JValue {
  const cached = from.cpCache[index] as { value: JValue } | { error: JavaObject } | undefined;
  if (cached !== undefined) {
    if ('error' in cached) throw cached.error;
    return cached.value;
  }
  const vm = t.vm;
  const e = from.classFile!.constantPool[index] as Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;
  try {
    const { bsm, args } = bootstrapSpecifier(t, from, e.bootstrapMethodAttrIndex);
    const type = vm.mirrorOf(vm.classForDescriptor(t, e.descriptor, from.loader));
    const value = callMHN(
      t,
      'linkDynamicConstant',
      '(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;',
      [vm.mirrorOf(from), index, bsm, vm.intern(e.name), type, args],
    );
    from.cpCache[index] = { value };
    return value;
  } catch (ex) {
    if (ex instanceof JavaObject) from.cpCache[index] = { error: ex };
    throw ex;
  }
}

/** Pushes a dynamic constant in slot form, unboxing primitives. Returns the new stack pointer. */
export function pushDynamicConstant(
  t: JavaThread,
  from: JavaClass,
  index: number,
  s: JValue[],
  sp: number,
): number {
  const e = from.classFile!.constantPool[index] as Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;
  const v = resolveDynamicConstantObject(t, from, index);
  const d = e.descriptor;
  if (d.length !== 1) {
    s[sp++] = v;
    return sp;
  }
  const box = v as unknown as Record<string, JValue>;
  const cls = (v as JavaObject).$cls.name;
  s[sp++] = box[`value@${cls}`];
  if (d === 'J') s[sp++] = box[`value@${cls}$hi`];
  else if (d === 'D') s[sp++] = 0;
  return sp;
}

/** JVMS §6.5 invokedynamic: links the call site at `pc` once (MethodHandleNatives.linkCallSite). */
export function linkInvokeDynamic(t: JavaThread, method: JMethod, pc: number, index: number): CallSiteLink {
  let sites = method.callSites;
  if (!sites) {
    sites = new Map();
    method.callSites = sites;
  }
  const known = sites.get(pc);
  if (known) return known;
  const vm = t.vm;
  const from = method.cls;
  const e = from.classFile!.constantPool[index] as Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;
  let link: CallSiteLink;
  try {
    const { bsm, args } = bootstrapSpecifier(t, from, e.bootstrapMethodAttrIndex);
    const type = methodTypeFor(t, from, e.descriptor);
    const appendix = vm.newArray(vm.arrayOf(vm.objectClass), 1) as JValue[];
    const mn = callMHN(
      t,
      'linkCallSite',
      '(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;',
      [vm.mirrorOf(from), index, bsm, vm.intern(e.name), type, args, appendix as unknown as JValue],
    ) as JavaObject;
    link = { invoker: memberNameTarget(mn), appendix: appendix[0], error: null };
  } catch (ex) {
    if (!(ex instanceof JavaObject)) throw ex;
    // JVMS §6.5: a failed call site fails the same way every time; errors other than Error are wrapped.
    const err = vm.isInstanceOf(ex, 'java/lang/Error')
      ? ex
      : vm.newThrowable(t, 'java/lang/BootstrapMethodError', 'bootstrap method initialization exception', ex);
    link = { invoker: method, appendix: null, error: err };
  }
  sites.set(pc, link);
  return link;
}

/** invokehandle: links MethodHandle.invoke/invokeExact and VarHandle calls (MethodHandleNatives.linkMethod). */
export function linkInvokeHandle(
  t: JavaThread,
  from: JavaClass,
  adapter: JMethod,
  refKind: number,
): CallSiteLink {
  if (adapter.handleLink) return adapter.handleLink;
  const vm = t.vm;
  const appendix = vm.newArray(vm.arrayOf(vm.objectClass), 1) as JValue[];
  const type = methodTypeFor(t, from, adapter.descriptor);
  const mn = callMHN(
    t,
    'linkMethod',
    '(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;',
    [
      vm.mirrorOf(from),
      refKind,
      vm.mirrorOf(adapter.cls),
      vm.intern(adapter.name),
      type,
      appendix as unknown as JValue,
    ],
  ) as JavaObject;
  const link = { invoker: memberNameTarget(mn), appendix: appendix[0], error: null };
  adapter.handleLink = link;
  return link;
}

/** The method a resolved MemberName designates. */
export function memberNameTarget(mn: JavaObject): JMethod {
  const target = (mn as JavaObject & { $vmtarget?: JMethod }).$vmtarget;
  if (!target) throw new Error('tsjvm: MemberName has no target');
  return target;
}
