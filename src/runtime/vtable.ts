// Virtual dispatch tables (JVMS §5.4.6 Method selection, precomputed per class), built on first use.
import { ACC_FINAL } from '../classfile/types.js';
import type { JavaClass, JMethod } from './jclass.js';

/**
 * JVMS §5.4.6 Method selection of a non-private `resolved` method for a receiver of class `cls`, or
 * undefined if the class has none. A final method selects itself: nothing overrides it (a class that
 * tries fails to load, JVMS §5.3.5), while the vtable, keyed by name and descriptor, would give a
 * subclass's method of that name that doesn't override it because the final method is package-private
 * in another run-time package.
 */
export function selectMethod(cls: JavaClass, resolved: JMethod): JMethod | undefined {
  if ((resolved.flags & ACC_FINAL) !== 0) return resolved;
  return vtableOf(cls).get(resolved.key);
}

/** The vtable of a linked class, built on first use (an interface's is empty). */
export function vtableOf(cls: JavaClass): Map<string, JMethod> {
  return cls.vtable ?? buildVtable(cls);
}

const NO_VTABLE: Map<string, JMethod> = new Map();

/**
 * JVMS §5.4.6 Method selection, precomputed: for every instance method a class can receive, the method
 * invokevirtual/invokeinterface would select. Class methods first, then maximally-specific defaults.
 * Deviation: keyed by name and descriptor only, so a method of a subclass in another run-time package
 * replaces a package-private method of the same name and descriptor that it does not override (JVMS
 * §5.4.5); HotSpot keeps both, and a call resolved to the package-private one selects it. Final methods
 * are right (selectMethod returns them before the table is asked); the non-final case is still wrong.
 */
function buildVtable(cls: JavaClass): Map<string, JMethod> {
  if (cls.isInterface) return (cls.vtable = NO_VTABLE);
  const sup = cls.superClass;
  const vt = sup ? new Map(vtableOf(sup)) : new Map<string, JMethod>();
  for (const m of cls.methods) {
    if (m.isStatic || m.name === '<init>' || m.name === '<clinit>') continue;
    if (m.isPrivate) continue;
    vt.set(m.key, m);
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
