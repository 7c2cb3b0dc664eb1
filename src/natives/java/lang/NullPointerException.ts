// java.lang.NullPointerException.getExtendedNPEMessage: HotSpot's JVM_GetExtendedNPEMessage. The message
// describes the top frame of the exception's backtrace, where the NullPointerException was raised; see
// npeMessage.ts for the analysis.
import type { NativeRegistry } from '../../registry.js';
import type { JMethod } from '../../../runtime/jclass.js';
import type { FieldBag } from '../../../runtime/object.js';
import type { Backtrace } from './Throwable.js';
import { npeMessageAt, type NpeMethod } from '../../npeMessage.js';

/** The holder of the reflective constructor call: an exception created there is no real NPE. */
const NATIVE_CONSTRUCTOR_ACCESSOR = 'jdk/internal/reflect/NativeConstructorAccessorImpl';

function describe(m: JMethod, code: Uint8Array): NpeMethod | null {
  const cf = m.cls.classFile;
  if (cf === null) return null;
  return {
    code,
    constantPool: cf.constantPool,
    descriptor: m.descriptor,
    isStatic: m.isStatic,
    handlerPcs: m.exceptionTable.map((e) => e.handlerPc),
    localVariables: m.info.code?.localVariables ?? [],
  };
}

/**
 * The extended message of a NullPointerException from its backtrace (JVM_GetExtendedNPEMessage and
 * BytecodeUtils::get_NPE_message_at), or null: no backtrace, the top frame is native, the exception was
 * created by reflection or explicitly with `new`, or its top instruction cannot raise one.
 */
export function extendedNPEMessage(bt: Backtrace | null | undefined): string | null {
  if (!bt || bt.methods.length === 0 || bt.hiddenTop) return null;
  const m = bt.methods[0];
  const bci = bt.pcs[0];
  if (m.isNative || m.code === null) return null;
  if (m.cls.name === NATIVE_CONSTRUCTOR_ACCESSOR) return null;
  const method = describe(m, m.code);
  return method === null ? null : npeMessageAt(method, bci);
}

export function register(reg: NativeRegistry): void {
  reg.add('java/lang/NullPointerException', 'getExtendedNPEMessage()Ljava/lang/String;', (t, a) => {
    const bt = (a[0] as unknown as FieldBag)['backtrace@java/lang/Throwable'] as unknown as Backtrace | null;
    const message = extendedNPEMessage(bt);
    return message === null ? null : t.vm.newString(message);
  });
}
