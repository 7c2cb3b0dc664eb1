// What the call-site intrinsics (concat.ts, lambda.ts, objectMethods.ts) recognize a site by: its
// bootstrap method (JVMS §4.7.23), named by class, name and descriptor.
import { CpTag, type BootstrapMethod, type ConstantPool, type CpEntry } from '../classfile/types.js';
import { REF_invokeStatic } from '../classfile/referenceKinds.js';
import type { JavaClass } from '../runtime/jclass.js';

/** The bootstrap's class, name and descriptor, if it is a static method handle constant. */
export function staticBootstrap(cp: ConstantPool, index: number): string | null {
  const mh = cp.get(index);
  if (!mh || mh.tag !== CpTag.MethodHandle || mh.referenceKind !== REF_invokeStatic) return null;
  const ref = cp.get(mh.referenceIndex);
  if (!ref || ref.tag !== CpTag.Methodref) return null;
  return `${ref.className}.${ref.name}${ref.descriptor}`;
}

export type InvokeDynamicEntry = Extract<CpEntry, { bootstrapMethodAttrIndex: number }>;

/**
 * The invokedynamic site at constant-pool `index` of `from` with its bootstrap specifier, if its bootstrap
 * method is `bootstrap` (`class.name(descriptor)`); else null.
 */
export function siteWithBootstrap(
  from: JavaClass,
  index: number,
  bootstrap: string,
): { site: InvokeDynamicEntry; spec: BootstrapMethod } | null {
  const cf = from.classFile!;
  const site = cf.constantPool.get(index);
  if (!site || site.tag !== CpTag.InvokeDynamic) return null;
  const spec = cf.bootstrapMethods[site.bootstrapMethodAttrIndex];
  if (!spec || staticBootstrap(cf.constantPool, spec.methodRefIndex) !== bootstrap) return null;
  return { site, spec };
}
