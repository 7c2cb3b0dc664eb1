// JVMS §4.4.8 The reference kinds of CONSTANT_MethodHandle, and the instruction each method kind stands
// for (JVMS §5.4.3.5: a method handle's method is resolved as that instruction would resolve it).
export const REF_getField = 1;
export const REF_getStatic = 2;
export const REF_putField = 3;
export const REF_putStatic = 4;
export const REF_invokeVirtual = 5;
export const REF_invokeStatic = 6;
export const REF_invokeSpecial = 7;
export const REF_newInvokeSpecial = 8;
export const REF_invokeInterface = 9;

/** The invoke instruction of a method reference kind (invokespecial for REF_newInvokeSpecial). */
export function invokeOpcodeOf(kind: number): number {
  switch (kind) {
    case REF_invokeStatic:
      return 0xb8;
    case REF_invokeInterface:
      return 0xb9;
    case REF_invokeVirtual:
      return 0xb6;
    default:
      return 0xb7;
  }
}
