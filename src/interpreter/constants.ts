// JVMS §6.5 ldc, ldc_w, ldc2_w: loadable constants (§4.4, §5.1), resolved once per constant pool entry.
import { CpTag } from '../classfile/types.js';
import type { JavaClass } from '../runtime/jclass.js';
import type { JValue } from '../runtime/object.js';
import { resolveClassRef } from '../runtime/resolve.js';
import type { JavaThread } from '../threads/thread.js';
import { resolveMethodTypeConstant, resolveMethodHandleConstant, pushDynamicConstant } from './linkage.js';

/** Pushes constant `index` of `cls` onto `s` at `sp`; returns the new stack pointer. */
export function loadConstant(
  thread: JavaThread,
  cls: JavaClass,
  index: number,
  s: JValue[],
  sp: number,
): number {
  const e = cls.classFile!.constantPool.get(index);
  if (!e) throw new Error(`tsjvm: bad ldc index ${index} in ${cls.name}`);
  switch (e.tag) {
    case CpTag.Integer:
    case CpTag.Float:
      s[sp++] = e.value;
      return sp;
    case CpTag.Long:
      s[sp++] = e.lo;
      s[sp++] = e.hi;
      return sp;
    case CpTag.Double:
      s[sp++] = e.value;
      s[sp++] = 0;
      return sp;
    case CpTag.String: {
      let str = cls.cpCache[index] as JValue | undefined;
      if (str === undefined) {
        str = thread.vm.intern(e.value);
        cls.cpCache[index] = str;
      }
      s[sp++] = str;
      return sp;
    }
    case CpTag.Class:
      s[sp++] = thread.vm.mirrorOf(resolveClassRef(thread, cls, index));
      return sp;
    case CpTag.MethodType:
      s[sp++] = resolveMethodTypeConstant(thread, cls, index);
      return sp;
    case CpTag.MethodHandle:
      s[sp++] = resolveMethodHandleConstant(thread, cls, index);
      return sp;
    case CpTag.Dynamic:
      return pushDynamicConstant(thread, cls, index, s, sp);
    default:
      throw new Error(`tsjvm: ldc of constant pool tag ${e.tag} in ${cls.name}`);
  }
}
