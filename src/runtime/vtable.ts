// Virtual dispatch tables (JVMS §5.4.6 Method selection, precomputed per class), built on first use.
import { ACC_FINAL, ACC_PROTECTED, ACC_PUBLIC } from '../classfile/types.js';
import type { JavaObject } from './object.js';
import type { JavaClass, JMethod } from './jclass.js';

/**
 * JVMS §5.4.6 Method selection of a non-private `resolved` method for a receiver of class `cls`, or
 * undefined if the class has none. A final method selects itself: nothing overrides it (a class that
 * tries fails to load, JVMS §5.3.5).
 */
export function selectMethod(cls: JavaClass, resolved: JMethod): JMethod | undefined {
  if ((resolved.flags & ACC_FINAL) !== 0) return resolved;
  return vtableOf(cls).get(dispatchKeyOf(resolved));
}

/** The vtable of a linked class, built on first use (an interface's is empty). */
export function vtableOf(cls: JavaClass): Map<string, JMethod> {
  return cls.vtable ?? buildVtable(cls);
}

const NO_VTABLE: Map<string, JMethod> = new Map();

/** Numbers for class loaders in package-private dispatch keys (the boot loader is 0). */
const loaderNumbers = new WeakMap<JavaObject, number>();
let loadersNumbered = 0;

/**
 * The key a method is selected by, in vtables and on prototypes (src/runtime/selectedMethods.ts): its
 * name and descriptor, and for a package-private method also its run-time package (JVMS §5.3: package
 * and defining loader). A package-private method is overridden only from its own run-time package
 * (JVMS §5.4.5), so a same-named method of a subclass in another package is a second entry, as in
 * HotSpot's vtables, and calls resolved to either select their own.
 */
export function dispatchKeyOf(m: JMethod): string {
  if (m.dispatchKey !== null) return m.dispatchKey;
  const packagePrivate = (m.flags & (ACC_PUBLIC | ACC_PROTECTED)) === 0 && !m.isPrivate && !m.isStatic;
  if (!packagePrivate) return (m.dispatchKey = m.key);
  packagePrivateNames.add(m.key);
  return (m.dispatchKey = packagePrivateKey(m.key, m.cls));
}

/** The names and descriptors of package-private methods with dispatch keys: which ones to look up. */
const packagePrivateNames = new Set<string>();

function packagePrivateKey(key: string, cls: JavaClass): string {
  let loader = 0;
  if (cls.loader !== null) {
    loader = loaderNumbers.get(cls.loader) ?? 0;
    if (loader === 0) loaderNumbers.set(cls.loader, (loader = ++loadersNumbered));
  }
  return `${key}@${cls.packageName}#${loader}`;
}

/**
 * JVMS §5.4.6 Method selection, precomputed: for every instance method a class can receive, the method
 * invokevirtual/invokeinterface would select, by dispatch key. Class methods first, then
 * maximally-specific defaults. A class's method overrides (JVMS §5.4.5) the inherited one under its name
 * and descriptor (public or protected) and the package-private one of its own run-time package, and takes
 * every key they held: a method that overrides one that overrides a package-private method overrides
 * that one too.
 */
function buildVtable(cls: JavaClass): Map<string, JMethod> {
  if (cls.isInterface) return (cls.vtable = NO_VTABLE);
  const sup = cls.superClass;
  const vt = sup ? new Map(vtableOf(sup)) : new Map<string, JMethod>();
  for (const m of cls.methods) {
    if (m.isStatic || m.name === '<init>' || m.name === '<clinit>') continue;
    if (m.isPrivate) continue;
    const own = dispatchKeyOf(m);
    let aliases: string[] | null = null;
    const samePackage = packagePrivateNames.has(m.key) ? vt.get(packagePrivateKey(m.key, cls)) : undefined;
    for (const overridden of [vt.get(m.key), samePackage]) {
      if (overridden === undefined) continue;
      for (const k of [dispatchKeyOf(overridden), ...(overridden.aliasKeys ?? [])]) {
        if (k !== own && !(aliases ??= []).includes(k)) aliases.push(k);
      }
    }
    vt.set(own, m);
    if (aliases !== null) {
      for (const k of aliases) vt.set(k, m);
      m.aliasKeys = aliases;
    }
  }
  // Interface methods not implemented along the superclass chain: pick the maximally-specific
  // non-abstract superinterface method (JVMS §5.4.3.3); several candidates make the selection ambiguous.
  for (const iface of cls.supertypes) {
    if (!iface.isInterface) continue;
    for (const im of iface.methods) {
      if (im.isStatic || im.isPrivate || im.name === '<clinit>') continue;
      const existing = vt.get(im.key);
      if (existing && !existing.cls.isInterface) continue;
      if (existing === undefined || isMoreSpecific(im, existing)) {
        if (existing === undefined || existing.isAbstract || !im.isAbstract) vt.set(im.key, im);
      }
    }
  }
  return (cls.vtable = vt);
}

function isMoreSpecific(a: JMethod, b: JMethod): boolean {
  return a.cls !== b.cls && a.cls.supertypes.has(b.cls);
}
