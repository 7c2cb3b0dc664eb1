// A Java thread: its frame stack and its java.lang.Thread object.
import type { Frame } from '../interpreter/frame.js';
import type { JavaObject } from '../runtime/object.js';
import type { VM } from '../runtime/vm.js';

export class JavaThread {
  /** The innermost frame, or null when the thread runs no Java code. */
  frame: Frame | null = null;
  /** The java.lang.Thread object (set during boot for main). */
  threadObject: JavaObject | null = null;
  /** Frames deeper than this throw StackOverflowError. */
  maxDepth: number;
  /** Set while a StackOverflowError is being constructed, which needs frames of its own. */
  inStackOverflow = false;
  constructor(
    readonly vm: VM,
    readonly name: string,
  ) {
    this.maxDepth = vm.options.maxStackDepth;
  }
}
