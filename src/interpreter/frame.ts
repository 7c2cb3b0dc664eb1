// An explicit interpreter frame: a thread can stop in any frame and resume later (DESIGN "Interpreter").
import type { JMethod } from '../runtime/jclass.js';
import type { JValue, JavaObject } from '../runtime/object.js';

export class Frame {
  /** Locals in slots[0, maxLocals), the operand stack above them. */
  readonly slots: JValue[];
  /** The next free operand-stack slot. */
  sp: number;
  /** The current instruction (saved when the frame is not running). */
  pc = 0;
  /** The monitor a synchronized method holds, released on return or unwind. */
  lockedObject: JavaObject | null = null;
  /**
   * Set on a frame the VM pushed to run Java code for itself (a nested call from VM code): the
   * interpreter loop returns to its caller when this frame completes instead of continuing in the caller.
   */
  isEntry = false;
  constructor(
    readonly method: JMethod,
    readonly parent: Frame | null,
    readonly depth: number,
  ) {
    const size = method.maxLocals + method.maxStack + 2;
    // Created with null so V8 keeps one element kind for references and numbers alike.
    this.slots = new Array<JValue>(size).fill(null);
    this.sp = method.maxLocals;
  }
}
