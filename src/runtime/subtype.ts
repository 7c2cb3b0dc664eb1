// JVMS §6.5 checkcast / instanceof: the assignment-compatibility rules for classes and arrays.
import type { JavaClass } from './jclass.js';

/** The superclass display of a class (JavaClass.superDisplay), once its superclass is set. */
export function superDisplayOf(cls: JavaClass): readonly JavaClass[] {
  return [...(cls.superClass?.superDisplay ?? []), cls];
}

/**
 * Is `s` the class `t` or a subclass of it, for a class `t` (not an interface, array or primitive type)?
 * Interfaces and arrays have Object alone above them, which their display holds.
 */
export function isSubclassByDisplay(s: JavaClass, t: JavaClass): boolean {
  return s.superDisplay[t.superDisplay.length - 1] === t;
}

/** Can a value of class `s` be assigned to type `t`? (JVMS §6.5 checkcast, "instanceof" rules) */
export function isAssignable(s: JavaClass, t: JavaClass): boolean {
  if (s === t) return true;
  // A class target (not an interface or array type): the superclass display answers for any `s`.
  if (t.componentType === null && !t.isInterface) return isSubclassByDisplay(s, t);
  const sc = s.componentType;
  if (sc === null) {
    if (!s.supertypes.has(t)) return false;
    s.secondarySuper = t;
    return true;
  }
  // s is an array type
  const tc = t.componentType;
  if (tc === null) {
    // Arrays are Objects, Cloneable and Serializable.
    return (
      t.name === 'java/lang/Object' || t.name === 'java/lang/Cloneable' || t.name === 'java/io/Serializable'
    );
  }
  // Primitive components must match exactly; reference (including array) components are covariant.
  if (sc.isPrimitive || tc.isPrimitive) return sc === tc;
  return isAssignable(sc, tc);
}
