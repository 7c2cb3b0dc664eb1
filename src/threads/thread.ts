// A Java thread: its frame stack, its java.lang.Thread object, and its scheduling state.
import { Frame, NO_SLOTS } from '../interpreter/frame.js';
import type { JMethod } from '../runtime/jclass.js';
import type { JavaObject } from '../runtime/object.js';
import type { VM } from '../runtime/vm.js';
import type { Monitor } from './monitor.js';

export const enum ThreadState {
  New = 0,
  Runnable = 1,
  /** Blocked: waiting for a monitor, a notify, a timeout, an unpark or another thread's class init. */
  Blocked = 2,
  Terminated = 3,
}

/** What a blocked thread waits for; `ready` is set by whoever wakes it, and the blocking operation resumes. */
export interface PendingOperation {
  kind: 'monitor' | 'wait' | 'sleep' | 'park' | 'classinit' | 'join' | 'io';
  /** Monitor entry, or the monitor of Object.wait. */
  monitor: Monitor | null;
  /** Object.wait: the recursion count to restore. */
  count: number;
  /** Absolute wake-up time in ms (Date.now() clock), or Infinity. */
  deadline: number;
  ready: boolean;
  /** Woken by Thread.interrupt. */
  interrupted: boolean;
  /** Object.wait: chosen by notify/notifyAll (then an interrupt does not end the wait with an exception). */
  notified: boolean;
  /** Object.wait: out of the wait set (notified, timed out or interrupted), waiting to re-enter the monitor. */
  reentering: boolean;
  /** I/O (poll): the host's event count when the thread found nothing ready; any change wakes it. */
  ioSeen: number;
}

// JVMTI thread state bits (java.lang.Thread.threadStatus), decoded by jdk.internal.misc.VM.toThreadState.
/** In JavaThread.nativeCallers: the native pushed a Frame of its own (natives/nativeFrames.ts). */
export const NATIVE_FRAMED: unique symbol = Symbol('native frame');

export const JVMTI_ALIVE = 0x0001;
export const JVMTI_TERMINATED = 0x0002;
export const JVMTI_RUNNABLE = 0x0004;
export const JVMTI_WAITING_INDEFINITELY = 0x0010;
export const JVMTI_WAITING_WITH_TIMEOUT = 0x0020;
export const JVMTI_SLEEPING = 0x0040;
export const JVMTI_WAITING = 0x0080;
export const JVMTI_IN_OBJECT_WAIT = 0x0100;
export const JVMTI_PARKED = 0x0200;
export const JVMTI_BLOCKED_ON_MONITOR_ENTER = 0x0400;

export class JavaThread {
  /** The innermost frame, or null when the thread runs no Java code. */
  frame: Frame | null = null;
  /**
   * Frames of translated code by depth, reused call after call instead of allocated (a call-heavy
   * program made millions of them, and V8's scavenger spent 5-10% of the time on them). A frame at a
   * depth beyond the innermost one is free: translated code keeps no frame after it returns or throws.
   * A frame that deoptimizes stays in the pool while the interpreter runs it: nothing else runs at its
   * depth until it has returned or unwound, and translated code then takes it back.
   */
  readonly framePool: (Frame | undefined)[] = [];
  /** The java.lang.Thread object (set during boot for main). */
  threadObject: JavaObject | null = null;
  /** Frames deeper than this throw StackOverflowError. */
  maxDepth: number;
  /** Set while a StackOverflowError is being constructed, which needs frames of its own. */
  inStackOverflow = false;
  state = ThreadState.New;
  pending: PendingOperation | null = null;
  /**
   * How many VM-initiated Java calls (callJava) are active on this thread. Only a thread with none can
   * be suspended by unwinding to the scheduler; otherwise the JS stack holds part of its state.
   */
  nested = 0;
  /** While nested: when spent slices start letting other threads run (Scheduler.yieldNested); 0 unset. */
  nestedGraceUntil = 0;
  /** Instructions (back-edges and calls) left in this time slice. */
  budget = 0;
  /** LockSupport's single permit. */
  parkPermit = false;
  daemon = false;
  /**
   * One of the JDK's own daemons (Reference Handler, Finalizer, Common-Cleaner): its timed waits don't
   * count as a way out when every other thread is blocked forever.
   */
  housekeeping = false;
  /** The exception that ended the thread's run method, for dispatchUncaughtException. */
  uncaught: JavaObject | null = null;
  /**
   * The native methods running on this thread, innermost last, and the frame that called each (for stack
   * traces): natives have no Frame of their own, but HotSpot shows each in a trace (`Native Method`),
   * above its caller, also when it has called back into Java. NATIVE_FRAMED marks one that pushed a Frame.
   */
  readonly nativeMethods: JMethod[] = [];
  readonly nativeCallers: (Frame | null | typeof NATIVE_FRAMED)[] = [];
  /** Being blocked inside a VM-initiated call: only that call's loop may resume it. */
  pinned = false;
  /** In the scheduler's run queue. */
  queued = false;
  readonly id: number;
  constructor(
    readonly vm: VM,
    readonly name: string,
  ) {
    this.id = vm.allocateThreadId();
    this.maxDepth = vm.options.maxStackDepth;
  }

  /**
   * Allocates the pool's frames for depths up to `depth` ahead of use, with `placeholder` as their method
   * until translated code takes them (a pooled frame's method is always that of its last user). Done for
   * the main thread while the VM boots, so that V8 has moved these frames to its old generation before
   * translated code runs: every translated call stores its frame into the thread (old), and a store of a
   * young object into an old one takes V8's write barrier slow path (a remembered-set insertion). A loop
   * that allocates nothing never ages frames made during its own warm-up, and paid that on every call
   * (a recursive fib: ~17 ns per call with young frames, ~13 with old ones).
   */
  fillFramePool(placeholder: JMethod, depth: number): void {
    const pool = this.framePool;
    for (let d = pool.length; d < depth; d++) {
      pool.push(new Frame(placeholder, null, d, true));
    }
  }

  /**
   * Drops the slots of the pooled frames deeper than the innermost one. The interpreter keeps a pooled
   * frame's slots array for the next call at its depth, so the objects a finished call left there stay
   * reachable until that call overwrites them, where HotSpot could collect them at once. The scheduler
   * calls this at every host turn, which bounds that to a turn (HOST_TURN_MS of running).
   */
  releaseFreeFrames(): void {
    const pool = this.framePool;
    for (let d = this.frame === null ? 0 : this.frame.depth + 1; d < pool.length; d++) {
      const f = pool[d];
      if (f !== undefined && f.slots !== NO_SLOTS) f.slots = NO_SLOTS;
    }
  }

  /** A VM-initiated call ends (the counterpart of `nested++`). */
  leaveNested(): void {
    if (--this.nested === 0) this.nestedGraceUntil = 0;
  }
}
