// An explicit interpreter frame: a thread can stop in any frame and resume later (DESIGN "Interpreter").
import type { JMethod } from '../runtime/jclass.js';
import type { JValue, JavaObject } from '../runtime/object.js';

/** The slots of a frame of translated code (its values live in JS variables). */
export const NO_SLOTS: JValue[] = [];

export class Frame {
  /**
   * Locals in slots[0, maxLocals), the operand stack above them. A frame of translated code has none
   * until it is materialized for the interpreter (deoptimization).
   */
  slots: JValue[];
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
    /** Reassigned only when translated code reuses a frame of its thread's pool (JavaThread.framePool). */
    public method: JMethod,
    public parent: Frame | null,
    readonly depth: number,
    /** A frame of translated code: its locals live in JS variables until it deoptimizes. */
    compiled = false,
  ) {
    if (compiled) {
      this.slots = NO_SLOTS;
    } else {
      const size = method.maxLocals + method.maxStack + 2;
      // Created with null so V8 keeps one element kind for references and numbers alike.
      this.slots = new Array<JValue>(size).fill(null);
    }
    this.sp = method.maxLocals;
  }

  /** Deoptimization: a translated frame takes its locals and stack from the translated code. */
  materialize(values: JValue[], stackDepth: number): void {
    const m = this.method;
    const slots = new Array<JValue>(m.maxLocals + m.maxStack + 2).fill(null);
    for (let i = 0; i < m.maxLocals; i++) slots[i] = values[i];
    for (let i = 0; i < stackDepth; i++) slots[m.maxLocals + i] = values[m.maxLocals + i];
    this.slots = slots;
    this.sp = m.maxLocals + stackDepth;
  }
}
