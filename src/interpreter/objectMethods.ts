// An intrinsic for the call sites javac gives a record's equals, hashCode and toString (invokedynamic with
// the bootstrap method ObjectMethods.bootstrap). DESIGN "invokedynamic and method handles" allows
// intrinsics for hot bootstraps behind a switch: the JDK's bootstrap combines method handles
// (guardWithTest, filterArguments, permuteArguments, asCollector) whose LambdaForms our interpreter spins
// through the JDK's bytecode generator, ~0.8 s for a record's first toString, equals and hashCode. This
// computes what those method-handle trees compute, in the order they compute it (JDK 17
// ObjectMethods.makeEquals/makeHashCode/makeToString): equals is true for the same object, false for an
// object of another class, else compares the components from the last to the first (Objects.equals for
// references, Float/Double.compare for floating point, == otherwise) and stops at the first difference;
// hashCode is 31 * h + the component's hash from the first component to the last (Objects.hashCode, the
// wrappers' static hashCode); toString is `Simple[a=…, b=…]` with Objects.toString or the wrapper's
// toString of each component, as String.format("%s") prints those strings. Objects' methods are called as
// Java methods, so a component's own equals, hashCode or toString runs in the frames HotSpot shows.
// Sites this does not cover (not a record class's own fields, other method types) go to the JDK's
// bootstrap. Turned off by -XX:-UseObjectMethodsIntrinsic.
import { CpTag } from '../classfile/types.js';
import { REF_getField } from '../classfile/referenceKinds.js';
import type { JavaClass, JMethod, TypeChar } from '../runtime/jclass.js';
import { JavaObject, type JValue, type FieldBag } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';
import { resolveClassRef, resolveFieldRef } from '../runtime/resolve.js';
import { isAssignable } from '../runtime/subtype.js';
import { primitiveString, type CallSiteIntrinsic } from './concat.js';
import { siteWithBootstrap } from './bootstrapSites.js';

const BOOTSTRAP =
  'java/lang/runtime/ObjectMethods.bootstrap(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/TypeDescriptor;Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;';

/** A record component as its getter reads it. */
interface Component {
  readonly type: TypeChar;
  readonly key: string;
  /** A long's high word. */
  readonly hiKey: string;
}

/**
 * The intrinsic for the invokedynamic site at constant-pool `index` of `from`, or null when the JDK's
 * bootstrap must link it.
 */
export function objectMethodsIntrinsic(
  thread: JavaThread,
  from: JavaClass,
  index: number,
): CallSiteIntrinsic | null {
  const vm = thread.vm;
  if (!vm.useObjectMethodsIntrinsic) return null;
  const found = siteWithBootstrap(from, index, BOOTSTRAP);
  if (found === null) return null;
  const { site, spec: bootstrap } = found;
  const cp = from.classFile!.constantPool;
  const [classIndex, namesIndex, ...getterIndexes] = bootstrap.argumentIndexes;
  const classEntry = classIndex === undefined ? null : cp.get(classIndex);
  const namesEntry = namesIndex === undefined ? null : cp.get(namesIndex);
  if (classEntry?.tag !== CpTag.Class || namesEntry?.tag !== CpTag.String) return null;
  const names = namesEntry.value === '' ? [] : namesEntry.value.split(';');
  if (names.length !== getterIndexes.length) return null;
  let recordClass: JavaClass;
  const components: Component[] = [];
  try {
    recordClass = resolveClassRef(thread, from, classIndex);
    for (const gi of getterIndexes) {
      const mh = cp.get(gi);
      if (mh?.tag !== CpTag.MethodHandle || mh.referenceKind !== REF_getField) return null;
      const f = resolveFieldRef(thread, from, mh.referenceIndex);
      if (f.isStatic || f.cls !== recordClass) return null;
      components.push({ type: f.type, key: f.key, hiKey: f.hiKey });
    }
  } catch (e) {
    // A class or field that does not resolve: the JDK's bootstrap throws the error.
    if (e instanceof JavaObject) return null;
    throw e;
  }
  const receiver = `L${recordClass.name};`;
  switch (site.name) {
    case 'equals':
      if (site.descriptor !== `(${receiver}Ljava/lang/Object;)Z`) return null;
      return equalsOf(thread, recordClass, components);
    case 'hashCode':
      if (site.descriptor !== `(${receiver})I`) return null;
      return hashCodeOf(thread, components);
    case 'toString': {
      if (site.descriptor !== `(${receiver})Ljava/lang/String;`) return null;
      return toStringOf(thread, recordClass, components, names);
    }
    default:
      return null;
  }
}

function method(thread: JavaThread, className: string, name: string, descriptor: string): JMethod {
  const m = thread.vm.bootLoad(className).findDeclaredMethod(name, descriptor);
  if (!m) throw new Error(`tsjvm: ${className}.${name}${descriptor} is missing from the class library`);
  return m;
}

/** The receiver's component, or NullPointerException (the getter's) for a null receiver. */
function componentOf(thread: JavaThread, r: JValue, c: Component): JValue {
  if (r === null) throw thread.vm.newThrowable(thread, 'java/lang/NullPointerException', null);
  return (r as unknown as FieldBag)[c.key];
}

/** Float.compare(a, b) == 0 and Double.compare(a, b) == 0: NaN equals NaN, 0.0 differs from -0.0. */
function sameFloatingPoint(a: number, b: number): boolean {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function equalsOf(
  thread: JavaThread,
  recordClass: JavaClass,
  components: readonly Component[],
): CallSiteIntrinsic {
  const objectsEquals = method(
    thread,
    'java/util/Objects',
    'equals',
    '(Ljava/lang/Object;Ljava/lang/Object;)Z',
  );
  return (t, args) => {
    const r = args[0];
    const o = args[1];
    if (r === o) return 1;
    if (o === null || !isAssignable((o as JavaObject).$cls, recordClass)) return 0;
    for (let i = components.length - 1; i >= 0; i--) {
      const c = components[i];
      const a = componentOf(t, r, c);
      const b = (o as unknown as FieldBag)[c.key];
      let same: boolean;
      switch (c.type) {
        case 'L':
        case '[':
          same = t.vm.callJava(t, objectsEquals, [a, b]) !== 0;
          break;
        case 'F':
        case 'D':
          same = sameFloatingPoint(a as number, b as number);
          break;
        case 'J':
          same = a === b && (r as unknown as FieldBag)[c.hiKey] === (o as unknown as FieldBag)[c.hiKey];
          break;
        default:
          same = a === b;
      }
      if (!same) return 0;
    }
    return 1;
  };
}

function hashCodeOf(thread: JavaThread, components: readonly Component[]): CallSiteIntrinsic {
  const objectsHashCode = method(thread, 'java/util/Objects', 'hashCode', '(Ljava/lang/Object;)I');
  const floatHashCode = method(thread, 'java/lang/Float', 'hashCode', '(F)I');
  const doubleHashCode = method(thread, 'java/lang/Double', 'hashCode', '(D)I');
  return (t, args) => {
    const r = args[0];
    let h = 0;
    for (const c of components) {
      const v = componentOf(t, r, c);
      let hash: number;
      switch (c.type) {
        case 'L':
        case '[':
          hash = t.vm.callJava(t, objectsHashCode, [v]) as number;
          break;
        case 'Z':
          hash = v !== 0 ? 1231 : 1237;
          break;
        case 'J':
          hash = (v as number) ^ ((r as unknown as FieldBag)[c.hiKey] as number);
          break;
        case 'F':
          hash = t.vm.callJava(t, floatHashCode, [v]) as number;
          break;
        case 'D':
          hash = t.vm.callJava(t, doubleHashCode, [v, 0]) as number;
          break;
        default:
          hash = v as number;
      }
      h = (Math.imul(h, 31) + hash) | 0;
    }
    return h;
  };
}

function toStringOf(
  thread: JavaThread,
  recordClass: JavaClass,
  components: readonly Component[],
  names: readonly string[],
): CallSiteIntrinsic {
  const vm = thread.vm;
  const objectsToString = method(
    thread,
    'java/util/Objects',
    'toString',
    '(Ljava/lang/Object;)Ljava/lang/String;',
  );
  const floatToString = method(thread, 'java/lang/Float', 'toString', '(F)Ljava/lang/String;');
  const doubleToString = method(thread, 'java/lang/Double', 'toString', '(D)Ljava/lang/String;');
  // The JDK asks for the simple name once, when it links the site.
  const getSimpleName = method(thread, 'java/lang/Class', 'getSimpleName', '()Ljava/lang/String;');
  const simpleName = vm.jsString(
    vm.callJava(thread, getSimpleName, [vm.mirrorOf(recordClass)]) as JavaObject,
  );
  return (t, args) => {
    const r = args[0];
    // Each component's string first, in order, as the format's argument filters make them.
    const strings: string[] = [];
    for (const c of components) {
      const v = componentOf(t, r, c);
      if (c.type === 'L' || c.type === '[') {
        const s = t.vm.callJava(t, objectsToString, [v]) as JavaObject | null;
        strings.push(s === null ? 'null' : t.vm.jsString(s));
      } else {
        const slots = c.type === 'J' ? [v, (r as unknown as FieldBag)[c.hiKey]] : [v, 0];
        strings.push(primitiveString(t, c.type, slots, 0, floatToString, doubleToString));
      }
    }
    let text = simpleName + '[';
    for (let i = 0; i < strings.length; i++) text += (i > 0 ? ', ' : '') + names[i] + '=' + strings[i];
    return t.vm.newString(text + ']');
  };
}
