// Dynamic linkage through java.lang.invoke (JVMS §5.4.3.5, §6.5 invokedynamic): the VM resolves
// MethodType, MethodHandle and dynamic constants and links call sites by calling the JDK's own
// MethodHandleNatives.link* methods, exactly as HotSpot does; only the results are cached here.
import { CpTag, type CpEntry } from '../classfile/types.js';
import { invokeOpcodeOf, REF_invokeStatic } from '../classfile/referenceKinds.js';
import type { JavaThread } from '../threads/thread.js';
import type { JavaClass, JMethod, CallSiteLink } from '../runtime/jclass.js';
import { JavaObject, type JValue } from '../runtime/object.js';
import { methodSignatureForError, resolveClassName, resolveMethodRef } from '../runtime/resolve.js';
import { argSlotCount, parseMethodDescriptor } from '../classfile/descriptors.js';
import { stringConcatIntrinsic } from './concat.js';
import { continueLambdaNumbering, lambdaMetafactoryIntrinsic } from './lambda.js';
import { objectMethodsIntrinsic } from './objectMethods.js';
import { callJava } from './interpreter.js';
import { pendingOperation } from '../threads/scheduler.js';
import { JVMTI_ALIVE, JVMTI_RUNNABLE } from '../threads/thread.js';
import { vtableOf } from '../runtime/vtable.js';

const MHN = 'java/lang/invoke/MethodHandleNatives';

function natives(t: JavaThread): JavaClass {
  const vm = t.vm;
  const c = vm.bootLoad(MHN);
  vm.initialize(t, c);
  return c;
}

/**
 * One thread at a time runs the JDK's linkage code (bootstrap methods, MethodHandleNatives.link*). Those
 * calls run nested on the JS stack, and with green threads two nested linkers could each wait for the
 * other forever (the one below can't run until the one above returns). A thread that finds another one
 * linking waits for it at an instruction boundary and then re-executes its instruction; a thread that is
 * itself nested (it can't wait that way) links concurrently, as every thread may in HotSpot.
 */
interface LinkLock {
  owner: JavaThread | null;
  depth: number;
  waiters: JavaThread[];
}

function linkLock(t: JavaThread): LinkLock {
  const holder = natives(t) as JavaClass & { $linkLock?: LinkLock };
  return (holder.$linkLock ??= { owner: null, depth: 0, waiters: [] });
}

function callMHN(t: JavaThread, name: string, desc: string, args: JValue[]): JValue {
  const m = natives(t).findDeclaredMethod(name, desc);
  if (!m) throw new Error(`tsjvm: MethodHandleNatives.${name}${desc} is missing`);
  const lock = linkLock(t);
  const vm = t.vm;
  if (lock.owner !== null && lock.owner !== t && t.nested === 0 && vm.scheduler.current === t) {
    lock.waiters.push(t);
    vm.scheduler.block(t, pendingOperation('classinit', null, Infinity), JVMTI_ALIVE | JVMTI_RUNNABLE);
  }
  const owned = lock.owner === null || lock.owner === t;
  if (owned) {
    lock.owner = t;
    lock.depth++;
  }
  try {
    return callJava(t, m, args) as JValue;
  } finally {
    if (owned && --lock.depth === 0) {
      lock.owner = null;
      for (const w of lock.waiters.splice(0)) vm.scheduler.wake(w);
    }
  }
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
  const e = cp.get(index) as Extract<CpEntry, { tag: CpTag.MethodHandle }>;
  const ref = cp.get(e.referenceIndex) as Extract<CpEntry, { className: string }>;
  const defc = resolveClassName(t, from, ref.className);
  const isField = e.referenceKind <= 4;
  if (!isField) resolveMethodHandleMember(t, from, e.referenceKind, e.referenceIndex);
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

/**
 * JVMS §5.4.3.5: the method of a method handle constant is resolved as its instruction would resolve it.
 * HotSpot does this in the VM before calling linkMethodHandleConstant (SystemDictionary::
 * link_method_handle_constant resolves the MemberName first), so its errors are thrown as they are rather
 * than as the JDK's lookup reports them (an IllegalAccessError caused by the IncompatibleClassChangeError).
 */
function resolveMethodHandleMember(t: JavaThread, from: JavaClass, kind: number, refIndex: number): void {
  const m = resolveMethodRef(t, from, refIndex, invokeOpcodeOf(kind));
  if ((kind === REF_invokeStatic) === m.isStatic) return;
  const signature = methodSignatureForError(m.cls.name, m.name, m.descriptor);
  throw t.vm.newThrowable(
    t,
    'java/lang/IncompatibleClassChangeError',
    m.isStatic ? `Expecting non-static method ${signature}` : `Expected static method ${signature}`,
  );
}

export function resolveMethodTypeConstant(t: JavaThread, from: JavaClass, index: number): JavaObject {
  const cached = from.cpCache[index];
  if (cached !== undefined) return cached as JavaObject;
  const e = from.classFile!.constantPool.get(index) as Extract<CpEntry, { tag: CpTag.MethodType }>;
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
  const e = from.classFile!.constantPool.get(index);
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

/**
 * A resolution error kept for a constant pool entry or call site (JVMS §5.4.3: later attempts fail with the
 * same error). Like HotSpot, what is kept is the error's class and message (and for constants its cause's),
 * and each later attempt throws a new instance.
 */
interface ResolutionError {
  cls: JavaClass;
  message: string | null;
  cause: { cls: JavaClass; message: string | null } | null;
}

function detailMessage(t: JavaThread, ex: JavaObject): string | null {
  const m = (ex as unknown as Record<string, JValue>)['detailMessage@java/lang/Throwable'];
  return m === null || m === undefined ? null : t.vm.jsString(m as JavaObject);
}

function recordError(t: JavaThread, ex: JavaObject, withCause: boolean): ResolutionError {
  const c = (ex as unknown as Record<string, JValue>)['cause@java/lang/Throwable'];
  const cause = withCause && c instanceof JavaObject && c !== ex ? c : null;
  return {
    cls: ex.$cls,
    message: detailMessage(t, ex),
    cause: cause ? { cls: cause.$cls, message: detailMessage(t, cause) } : null,
  };
}

/** A new Throwable of `cls` built by its (String[, Throwable]) constructor, as HotSpot's Exceptions::new_exception. */
function newThrowableOf(
  t: JavaThread,
  cls: JavaClass,
  message: string | null,
  cause: JavaObject | null,
): JavaObject {
  const vm = t.vm;
  vm.initialize(t, cls);
  const obj = vm.newObject(cls);
  const msg = message === null ? null : vm.newString(message);
  const withCause = cause
    ? cls.findDeclaredMethod('<init>', '(Ljava/lang/String;Ljava/lang/Throwable;)V')
    : undefined;
  if (withCause) {
    callJava(t, withCause, [obj, msg, cause]);
    return obj;
  }
  const init = cls.findDeclaredMethod('<init>', '(Ljava/lang/String;)V');
  if (!init) return vm.newThrowable(t, 'java/lang/InternalError', cls.javaName);
  callJava(t, init, [obj, msg]);
  if (cause) {
    const initCause = vtableOf(cls).get('initCause(Ljava/lang/Throwable;)Ljava/lang/Throwable;');
    if (initCause) callJava(t, initCause, [obj, cause]);
  }
  return obj;
}

function rethrowRecorded(t: JavaThread, e: ResolutionError): never {
  const cause = e.cause ? newThrowableOf(t, e.cause.cls, e.cause.message, null) : null;
  throw newThrowableOf(t, e.cls, e.message, cause);
}

/**
 * HotSpot's Exceptions::wrap_dynamic_exception: an Error from a bootstrap method passes through, anything
 * else is wrapped in BootstrapMethodError (whose message is then the cause's toString()).
 */
function wrapBootstrapException(t: JavaThread, ex: JavaObject): JavaObject {
  const vm = t.vm;
  if (vm.isInstanceOf(ex, 'java/lang/Error')) return ex;
  return vm.newThrowable(t, 'java/lang/BootstrapMethodError', null, ex, '(Ljava/lang/Throwable;)V');
}

type DynamicConstantCache = { value: JValue } | { error: ResolutionError };

/** JVMS §5.4.3.6: a dynamically-computed constant, boxed, via MethodHandleNatives.linkDynamicConstant. */
export function resolveDynamicConstantObject(t: JavaThread, from: JavaClass, index: number): JValue {
  const cached = from.cpCache[index] as DynamicConstantCache | undefined;
  if (cached !== undefined) {
    if ('error' in cached) rethrowRecorded(t, cached.error);
    return cached.value;
  }
  const vm = t.vm;
  const e = from.classFile!.constantPool.get(index) as Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;
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
    if (!(ex instanceof JavaObject)) throw ex;
    const err = wrapBootstrapException(t, ex);
    // Only linkage errors are remembered; anything else lets a later attempt run the bootstrap again.
    if (vm.isInstanceOf(err, 'java/lang/LinkageError'))
      from.cpCache[index] = { error: recordError(t, err, true) } satisfies DynamicConstantCache;
    throw err;
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
  const e = from.classFile!.constantPool.get(index) as Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;
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

/** Failed call sites: the error to recreate on every later execution, by method and bytecode index. */
type FailedSite = CallSiteLink & { recorded: ResolutionError };

/** JVMS §6.5 invokedynamic: links the call site at `pc` once (MethodHandleNatives.linkCallSite). */
export function linkInvokeDynamic(t: JavaThread, method: JMethod, pc: number, index: number): CallSiteLink {
  let sites = method.callSites;
  if (!sites) {
    sites = new Map();
    method.callSites = sites;
  }
  const known = sites.get(pc);
  if (known) {
    if (known.error !== null) rethrowRecorded(t, (known as FailedSite).recorded);
    return known;
  }
  const vm = t.vm;
  const from = method.cls;
  const e = from.classFile!.constantPool.get(index) as Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;
  const intrinsic =
    stringConcatIntrinsic(t, from, index) ??
    lambdaMetafactoryIntrinsic(t, from, index) ??
    objectMethodsIntrinsic(t, from, index);
  if (intrinsic !== null) {
    const intrinsicSite: CallSiteLink = {
      invoker: method,
      appendix: null,
      error: null,
      intrinsic,
      intrinsicSlots: argSlotCount(e.descriptor),
    };
    sites.set(pc, intrinsicSite);
    return intrinsicSite;
  }
  let link: CallSiteLink;
  try {
    continueLambdaNumbering(t, from, index);
    const { bsm, args } = bootstrapSpecifier(t, from, e.bootstrapMethodAttrIndex);
    const type = methodTypeFor(t, from, e.descriptor);
    const appendix = vm.newArray(vm.arrayOf(vm.objectClass), 1) as JValue[];
    const mn = callMHN(
      t,
      'linkCallSite',
      '(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;',
      [vm.mirrorOf(from), index, bsm, vm.intern(e.name), type, args, appendix as unknown as JValue],
    ) as JavaObject;
    link = {
      invoker: memberNameTarget(mn),
      appendix: appendix[0],
      error: null,
      intrinsic: null,
      intrinsicSlots: 0,
    };
  } catch (ex) {
    if (!(ex instanceof JavaObject)) throw ex;
    // JVMS §6.5: errors other than Error are wrapped; a LinkageError fails the site the same way every
    // time (HotSpot keeps its class and message, not its cause); other errors leave the site unlinked.
    const err = wrapBootstrapException(t, ex);
    if (vm.isInstanceOf(err, 'java/lang/LinkageError')) {
      const failed: FailedSite = {
        invoker: method,
        appendix: null,
        error: err,
        intrinsic: null,
        intrinsicSlots: 0,
        recorded: recordError(t, err, false),
      };
      sites.set(pc, failed);
    }
    throw err;
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
  const link = {
    invoker: memberNameTarget(mn),
    appendix: appendix[0],
    error: null,
    intrinsic: null,
    intrinsicSlots: 0,
  };
  adapter.handleLink = link;
  return link;
}

/** The method a resolved MemberName designates. */
export function memberNameTarget(mn: JavaObject): JMethod {
  const target = (mn as JavaObject & { $vmtarget?: JMethod }).$vmtarget;
  if (!target) throw new Error('tsjvm: MemberName has no target');
  return target;
}
