// An intrinsic for javac's lambda and method-reference call sites (invokedynamic with the bootstrap method
// LambdaMetafactory.metafactory). DESIGN "invokedynamic and method handles" allows intrinsics for hot
// bootstraps behind a switch: linking such a site through the JDK's bootstrap runs java.lang.invoke's
// method-handle machinery and its ASM class writer in our interpreter, ~150 ms for a program's first lambda
// and several ms for each later one. This does what the JDK's InnerClassLambdaMetafactory does for these
// sites: the same checks (validateMetafactoryArgs), the same proxy class (lambdaProxy.ts, byte for byte),
// named from the same counter and defined as a hidden nestmate of the caller, and the same call-site
// behaviour (one instance for a non-capturing lambda, a new one per evaluation otherwise). Any site it does
// not cover, or that fails a check, goes to the JDK's bootstrap, which links it or throws the exact error:
// altMetafactory (serializable lambdas, marker interfaces, bridges), accidentally serializable interfaces,
// implementations that need a method handle (protected methods of another package, invokespecial of
// another class), hidden callers, classes that fail to load, and the JDK's debugging properties except
// jdk.internal.lambda.dumpProxyClasses, which this honours for an existing writable directory. Turned off by
// -XX:-UseLambdaMetafactoryIntrinsic.
import { ACC_PROTECTED, CpTag, type ConstantPool } from '../classfile/types.js';
import type { JavaClass } from '../runtime/jclass.js';
import { ClassState } from '../runtime/jclass.js';
import { JavaObject, type FieldBag } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';
import { parseMethodDescriptor, typeSize } from '../classfile/descriptors.js';
import { resolveClassName, resolveMethodRef, samePackage, isClassAccessible } from '../runtime/resolve.js';
import { isAssignable } from '../runtime/subtype.js';
import type { CallSiteIntrinsic } from './concat.js';
import { siteWithBootstrap, staticBootstrap } from './bootstrapSites.js';
import {
  isPrimitiveDesc,
  isWideningOrSame,
  lambdaProxyClassFile,
  unboxedOf,
  UnsupportedLambda,
  wrapperDescriptorOf,
  type LambdaProxySpec,
  type MethodTypeDesc,
  type TypeDesc,
} from './lambdaProxy.js';
import {
  invokeOpcodeOf,
  REF_invokeInterface,
  REF_invokeSpecial,
  REF_invokeStatic,
  REF_invokeVirtual,
  REF_newInvokeSpecial,
} from '../classfile/referenceKinds.js';
import { O_CREAT, O_TRUNC, O_WRONLY, S_IFDIR, S_IFMT, W_OK } from '../host/host.js';

const LMF = 'java/lang/invoke/LambdaMetafactory';
const METAFACTORY = `${LMF}.metafactory(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;`;
const ICLMF = 'java/lang/invoke/InnerClassLambdaMetafactory';
const DUMP_PROPERTY = 'jdk.internal.lambda.dumpProxyClasses';
const EAGER_INIT_PROPERTY = 'jdk.internal.lambda.disableEagerInitialization';

/** Is the site's bootstrap one of LambdaMetafactory's (metafactory or altMetafactory)? */
export function isLambdaMetafactorySite(from: JavaClass, index: number): boolean {
  const cf = from.classFile!;
  const site = cf.constantPool.get(index);
  if (!site || site.tag !== CpTag.InvokeDynamic) return false;
  const spec = cf.bootstrapMethods[site.bootstrapMethodAttrIndex];
  const bsm = spec ? staticBootstrap(cf.constantPool, spec.methodRefIndex) : null;
  return bsm !== null && bsm.startsWith(LMF + '.');
}

/**
 * The intrinsic for the invokedynamic site at constant-pool `index` of `from`, or null when the JDK's
 * bootstrap must link it.
 */
export function lambdaMetafactoryIntrinsic(
  thread: JavaThread,
  from: JavaClass,
  index: number,
): CallSiteIntrinsic | null {
  const vm = thread.vm;
  if (!vm.useLambdaMetafactoryIntrinsic || from.hidden) return null;
  const found = siteWithBootstrap(from, index, METAFACTORY);
  if (found === null) return null;
  const { site, spec: bootstrap } = found;
  const cp = from.classFile!.constantPool;
  if (bootstrap.argumentIndexes.length !== 3) return null;
  const properties = new Map(vm.options.properties);
  if (properties.has(EAGER_INIT_PROPERTY)) return null;
  const dumpDir = properties.has(DUMP_PROPERTY)
    ? dumpDirectory(thread, properties.get(DUMP_PROPERTY)!)
    : null;
  if (dumpDir === false) return null;
  let spec: LambdaProxySpec | null;
  try {
    spec = siteSpec(thread, from, cp, site.name, site.descriptor, bootstrap.argumentIndexes);
    if (spec === null) return null;
  } catch (e) {
    // A class that fails to load or a method that fails to resolve: the JDK's bootstrap throws the error.
    if (e instanceof JavaObject || e instanceof UnsupportedLambda) return null;
    throw e;
  }
  const name = `${from.name}$$Lambda$${nextLambdaNumber(thread)}`;
  let bytes: Uint8Array;
  try {
    bytes = lambdaProxyClassFile({ ...spec, lambdaClassName: name });
  } catch (e) {
    if (e instanceof UnsupportedLambda) return null;
    throw e;
  }
  if (dumpDir !== null) dumpClassFile(thread, dumpDir, name, bytes);
  const proxy = vm.defineHiddenClass(thread, bytes, from, true, null);
  vm.initialize(thread, proxy);
  return callSiteOf(thread, proxy, spec.captured);
}

/** The call site's behaviour (InnerClassLambdaMetafactory.buildCallSite). */
function callSiteOf(thread: JavaThread, proxy: JavaClass, captured: readonly TypeDesc[]): CallSiteIntrinsic {
  const vm = thread.vm;
  if (captured.length === 0) {
    // The JDK makes the one instance at link time, through the constructor, which only runs Object's.
    const instance = vm.newObject(proxy);
    return () => instance;
  }
  // The constructor stores the captured values in arg$1..n; the arguments come in slot layout.
  const stores: { key: string; hiKey: string | null; slot: number }[] = [];
  let slot = 0;
  captured.forEach((t, i) => {
    const f = proxy.declaredFields.get(`arg$${i + 1}:${t}`)!;
    stores.push({ key: f.key, hiKey: t === 'J' ? f.hiKey : null, slot });
    slot += typeSize(t);
  });
  return (_t, args) => {
    const o = vm.newObject(proxy) as unknown as FieldBag;
    for (const s of stores) {
      o[s.key] = args[s.slot];
      if (s.hiKey !== null) o[s.hiKey] = args[s.slot + 1];
    }
    return o as unknown as JavaObject;
  };
}

/**
 * The proxy's description for a site, after AbstractValidatingLambdaMetafactory's checks; null when the
 * JDK must link it. Loads the classes the JDK's MethodType and MethodHandle constants would.
 */
function siteSpec(
  thread: JavaThread,
  from: JavaClass,
  cp: ConstantPool,
  interfaceMethodName: string,
  factoryDescriptor: string,
  argumentIndexes: readonly number[],
): LambdaProxySpec | null {
  const vm = thread.vm;
  const samEntry = cp.get(argumentIndexes[0]);
  const implEntry = cp.get(argumentIndexes[1]);
  const dynamicEntry = cp.get(argumentIndexes[2]);
  if (samEntry?.tag !== CpTag.MethodType || dynamicEntry?.tag !== CpTag.MethodType) return null;
  if (implEntry?.tag !== CpTag.MethodHandle) return null;
  const classes = new Map<TypeDesc, JavaClass>();
  const load = (desc: TypeDesc): TypeDesc => {
    if (!isPrimitiveDesc(desc) && desc !== 'V' && !classes.has(desc))
      classes.set(desc, vm.classForDescriptor(thread, desc, from.loader));
    return desc;
  };
  const methodType = (desc: string): MethodTypeDesc => {
    const d = parseMethodDescriptor(desc);
    load(d.returnType);
    return { params: d.params.map(load), ret: d.returnType };
  };
  // In the order the JDK resolves them: the bootstrap's arguments, then the call site's type.
  const interfaceMethodType = methodType(samEntry.descriptor);
  const kind = implEntry.referenceKind;
  if (kind < REF_invokeVirtual || kind > REF_invokeInterface) return null;
  const ref = cp.get(implEntry.referenceIndex);
  if (!ref || (ref.tag !== CpTag.Methodref && ref.tag !== CpTag.InterfaceMethodref)) return null;
  const refc = resolveClassName(thread, from, ref.className);
  const refType = methodType(ref.descriptor);
  const m = resolveMethodRef(thread, from, implEntry.referenceIndex, invokeOpcodeOf(kind));
  if (m.signaturePolymorphic || m.isStatic !== (kind === REF_invokeStatic)) return null;
  if ((kind === REF_newInvokeSpecial) !== (m.name === '<init>') || m.name === '<clinit>') return null;
  if (kind === REF_invokeInterface && !m.cls.isInterface) return null;
  if (refc.isArray) return null;
  const dynamicMethodType = methodType(dynamicEntry.descriptor);
  const factoryType = methodType(factoryDescriptor);

  // The constructor's cases (implKind, implClass, implMethodType).
  let implKind = kind;
  let implClass: JavaClass;
  let implParams: TypeDesc[];
  let implReturn = refType.ret;
  switch (kind) {
    case REF_invokeVirtual:
    case REF_invokeInterface:
      implClass = refc;
      implParams = [vm.descriptorOf(refc), ...refType.params];
      break;
    case REF_invokeSpecial:
      // Only a private method of the caller itself becomes an ordinary virtual/interface call.
      if (m.cls !== from || !m.isPrivate) return null;
      implClass = from;
      implKind = from.isInterface ? REF_invokeInterface : REF_invokeVirtual;
      implParams = [vm.descriptorOf(from), ...refType.params];
      break;
    case REF_invokeStatic:
      implClass = m.cls;
      implParams = [...refType.params];
      if (implClass.hidden) return null;
      break;
    default:
      implClass = m.cls;
      implParams = [...refType.params];
      implReturn = vm.descriptorOf(refc);
  }
  classes.set(vm.descriptorOf(implClass), implClass);
  // useImplMethodHandle: a protected method of another package is called through a method handle.
  if ((m.flags & ACC_PROTECTED) !== 0 && !samePackage(from, m.cls)) return null;

  const interfaceDesc = factoryType.ret;
  const interfaceClass = classes.get(interfaceDesc);
  if (interfaceClass === undefined || !interfaceClass.isInterface) return null;
  if (!isClassAccessible(interfaceClass, from)) return null;
  const serializable = vm.bootClasses.get('java/io/Serializable');
  if (serializable !== undefined && isAssignable(interfaceClass, serializable)) return null;

  const implMethodType: MethodTypeDesc = { params: implParams, ret: implReturn };
  const cls = (d: TypeDesc): JavaClass => classes.get(d)!;
  const assignable = (fromType: TypeDesc, toType: TypeDesc): boolean => {
    if (fromType === toType) return true;
    if (isPrimitiveDesc(fromType) || isPrimitiveDesc(toType) || fromType === 'V' || toType === 'V')
      return false;
    return isAssignable(cls(fromType), cls(toType));
  };
  const wrapperDescOf = (p: TypeDesc): TypeDesc => load(wrapperDescriptorOf(p));
  // AbstractValidatingLambdaMetafactory.isAdaptableTo
  const isAdaptableTo = (fromType: TypeDesc, toType: TypeDesc, strict: boolean): boolean => {
    if (fromType === toType) return true;
    if (isPrimitiveDesc(fromType)) {
      if (isPrimitiveDesc(toType)) return isWideningOrSame(fromType, toType);
      return assignable(wrapperDescOf(fromType), toType);
    }
    if (isPrimitiveDesc(toType)) {
      if (fromType === 'Ljava/lang/Void;') return false;
      const unboxed = unboxedOf(fromType);
      if (unboxed !== null) return isWideningOrSame(unboxed, toType);
      return !strict;
    }
    return !strict || assignable(fromType, toType);
  };
  const isAdaptableToAsReturn = (fromType: TypeDesc, toType: TypeDesc): boolean =>
    toType === 'V' || (fromType !== 'V' && isAdaptableTo(fromType, toType, false));
  const isAdaptableToAsReturnStrict = (fromType: TypeDesc, toType: TypeDesc): boolean =>
    fromType === 'V' || toType === 'V' ? fromType === toType : isAdaptableTo(fromType, toType, true);

  // validateMetafactoryArgs
  const implArity = implMethodType.params.length;
  const capturedArity = factoryType.params.length;
  const samArity = interfaceMethodType.params.length;
  if (implArity !== capturedArity + samArity) return null;
  if (dynamicMethodType.params.length !== samArity) return null;
  const implIsInstanceMethod = implKind === REF_invokeVirtual || implKind === REF_invokeInterface;
  let capturedStart = 0;
  let samStart = capturedArity;
  if (implIsInstanceMethod) {
    let receiver: TypeDesc;
    if (capturedArity === 0) {
      samStart = 1;
      if (dynamicMethodType.params.length === 0) return null;
      receiver = dynamicMethodType.params[0];
    } else {
      capturedStart = 1;
      receiver = factoryType.params[0];
    }
    if (!assignable(receiver, implMethodType.params[0])) return null;
  }
  for (let i = capturedStart; i < capturedArity; i++) {
    if (implMethodType.params[i] !== factoryType.params[i]) return null;
  }
  for (let i = samStart; i < implArity; i++) {
    if (!isAdaptableTo(dynamicMethodType.params[i - capturedArity], implMethodType.params[i], true))
      return null;
  }
  if (!isAdaptableToAsReturn(implMethodType.ret, dynamicMethodType.ret)) return null;
  // checkDescriptor(interfaceMethodType)
  for (let i = 0; i < dynamicMethodType.params.length; i++) {
    if (!assignable(dynamicMethodType.params[i], interfaceMethodType.params[i])) return null;
  }
  if (!isAdaptableToAsReturnStrict(dynamicMethodType.ret, interfaceMethodType.ret)) return null;

  return {
    lambdaClassName: '',
    interfaceName: interfaceClass.name,
    interfaceMethodName,
    captured: factoryType.params,
    interfaceMethodType,
    dynamicMethodType,
    implKind,
    implClassName: implClass.name,
    implIsInterface: implClass.isInterface,
    implMethodName: ref.name,
    implMethodDesc: ref.descriptor,
    implMethodType,
  };
}

/** InnerClassLambdaMetafactory.counter, if that class is initialized (its AtomicInteger), else null. */
function jdkCounter(thread: JavaThread): FieldBag | null {
  const iclmf = thread.vm.bootClasses.get(ICLMF);
  if (iclmf === undefined || iclmf.state !== ClassState.Initialized) return null;
  return iclmf.statics[`counter@${ICLMF}`] as unknown as FieldBag | null;
}

const ATOMIC_VALUE = 'value@java/util/concurrent/atomic/AtomicInteger';

/** The next lambda class number: the JDK's counter and the intrinsic's count as one sequence. */
function nextLambdaNumber(thread: JavaThread): number {
  const vm = thread.vm;
  const counter = jdkCounter(thread);
  const n = Math.max(vm.lambdaProxyCount, counter === null ? 0 : (counter[ATOMIC_VALUE] as number)) + 1;
  vm.lambdaProxyCount = n;
  if (counter !== null) counter[ATOMIC_VALUE] = n;
  return n;
}

/**
 * Before the JDK's metafactory links a site, its counter continues from the proxies the intrinsic made
 * (initializing InnerClassLambdaMetafactory, as the metafactory is about to).
 */
export function continueLambdaNumbering(thread: JavaThread, from: JavaClass, index: number): void {
  const vm = thread.vm;
  if (vm.lambdaProxyCount === 0 || !isLambdaMetafactorySite(from, index)) return;
  const iclmf = vm.bootClasses.get(ICLMF) ?? vm.loadClass(thread, ICLMF, null);
  vm.initialize(thread, iclmf);
  const counter = jdkCounter(thread);
  if (counter !== null && (counter[ATOMIC_VALUE] as number) < vm.lambdaProxyCount)
    counter[ATOMIC_VALUE] = vm.lambdaProxyCount;
}

/**
 * jdk.internal.lambda.dumpProxyClasses: the directory, if it exists and is writable; false otherwise (the
 * JDK's ProxyClassesDumper then reports it).
 */
function dumpDirectory(thread: JavaThread, value: string): string | false {
  const host = thread.vm.host;
  const fs = host.fs;
  const trimmed = value.trim();
  const dir = trimmed === '' ? '.' : trimmed;
  if (fs === undefined) return false;
  try {
    if ((fs.stat(dir).mode & S_IFMT) !== S_IFDIR) return false;
    fs.access(dir, W_OK);
  } catch {
    return false;
  }
  return dir;
}

/** ProxyClassesDumper.dumpClass: `<dir>/<name>.class`, with a directory per package. */
function dumpClassFile(thread: JavaThread, dir: string, name: string, bytes: Uint8Array): void {
  const fs = thread.vm.host.fs!;
  const parts = name.split('/');
  let path = dir;
  try {
    for (const p of parts.slice(0, -1)) {
      path += '/' + p;
      try {
        fs.mkdir(path, 0o777);
      } catch {
        // Already there (or not creatable: then the open below fails).
      }
    }
    const fd = fs.open(`${path}/${parts[parts.length - 1]}.class`, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    try {
      fs.write(fd, bytes, null);
    } finally {
      fs.close(fd);
    }
  } catch {
    // The JDK logs a warning through PlatformLogger here; the class is still defined. (Not reproduced.)
  }
}
