// Signature-polymorphic methods (JVMS §2.9.3): MethodHandle.invoke/invokeExact/invokeBasic/linkTo* and the
// VarHandle access methods take the descriptor of each call site.
import { JMethod, type JavaClass } from './jclass.js';
import { initMethodShape } from './classloading.js';
import { withDescriptor } from '../classfile/reader.js';

export function isPolymorphicHolder(cls: JavaClass): boolean {
  return cls.name === 'java/lang/invoke/MethodHandle' || cls.name === 'java/lang/invoke/VarHandle';
}

/** The signature-polymorphic method `name` of `cls`, if it declares one. */
export function findPolymorphicMethod(cls: JavaClass, name: string): JMethod | null {
  if (!isPolymorphicHolder(cls)) return null;
  for (const m of cls.methods) if (m.name === name && m.signaturePolymorphic) return m;
  return null;
}

/** A view of a signature-polymorphic method with the descriptor of one call site. */
export function polymorphicAdapter(base: JMethod, descriptor: string): JMethod {
  const m = new JMethod(base.cls, withDescriptor(base.info, descriptor), base.slot);
  initMethodShape(m);
  m.signaturePolymorphic = true;
  return m;
}

/** The polymorphic intrinsics the VM itself implements (HotSpot's vmIntrinsics for MethodHandle). */
export const enum Intrinsic {
  None = 0,
  InvokeBasic = 1,
  LinkToStatic = 2,
  LinkToSpecial = 3,
  LinkToVirtual = 4,
  LinkToInterface = 5,
  LinkToNative = 6,
}

export function intrinsicOf(m: JMethod): Intrinsic {
  if (m.cls.name !== 'java/lang/invoke/MethodHandle') return Intrinsic.None;
  switch (m.name) {
    case 'invokeBasic':
      return Intrinsic.InvokeBasic;
    case 'linkToStatic':
      return Intrinsic.LinkToStatic;
    case 'linkToSpecial':
      return Intrinsic.LinkToSpecial;
    case 'linkToVirtual':
      return Intrinsic.LinkToVirtual;
    case 'linkToInterface':
      return Intrinsic.LinkToInterface;
    case 'linkToNative':
      return Intrinsic.LinkToNative;
    default:
      return Intrinsic.None;
  }
}
