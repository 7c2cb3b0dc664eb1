// The green-thread scheduler (DESIGN "Green threads and deoptimization"): Java threads take turns on the
// one JS thread in time slices. A thread suspends by unwinding its interpreter loop to here, its frames
// intact; one blocked inside a VM-initiated Java call (nested) instead runs the others until it can go on.
import { ThreadState, type JavaThread, type PendingOperation } from './thread.js';
import { JVMTI_ALIVE, JVMTI_RUNNABLE, JVMTI_TERMINATED } from './thread.js';
import type { Monitor } from './monitor.js';
import type { FieldBag } from '../runtime/object.js';

/** Thrown by a blocking operation of a thread that is not nested: unwinds its interpreter loop. */
export class BlockSignal {
  private constructor() {}
  static readonly instance = new BlockSignal();
}
export const BLOCK = BlockSignal.instance;

/** How long the scheduler may keep the host's event loop waiting. */
const HOST_TURN_MS = 50;

/** Back-edges and calls per time slice before a thread is preempted. */
export const SLICE_BUDGET = 20000;

/** What a slice of a thread ended with. */
export const enum SliceEnd {
  Suspended = 0,
  Finished = 1,
}

export interface SchedulerHooks {
  /** Runs `thread` until it suspends or its last frame completes (the interpreter's top-level entry). */
  runSlice(thread: JavaThread): SliceEnd;
  /** Called when a thread's run method has completed (normally or not): the JDK's exit protocol. */
  threadExited(thread: JavaThread): void;
  /** Reports that every live thread is blocked forever; returns the exit status to use. */
  deadlock(threads: JavaThread[]): never;
}

export function pendingOperation(
  kind: PendingOperation['kind'],
  monitor: Monitor | null,
  deadline: number,
): PendingOperation {
  return { kind, monitor, count: 0, deadline, ready: false, interrupted: false };
}

export class Scheduler {
  /** Started, not yet terminated. */
  readonly live = new Set<JavaThread>();
  private readonly queue: JavaThread[] = [];
  hooks!: SchedulerHooks;
  /** The thread running a slice right now. */
  current: JavaThread | null = null;
  /** When the host event loop last ran (signals, timers, I/O callbacks). */
  private lastHostTurn = Date.now();

  /** A new thread is ready to run (Thread.start0). */
  start(thread: JavaThread): void {
    this.live.add(thread);
    thread.state = ThreadState.New;
    this.makeRunnable(thread);
  }

  makeRunnable(thread: JavaThread): void {
    if (thread.state === ThreadState.Runnable || thread.state === ThreadState.Terminated) return;
    thread.state = ThreadState.Runnable;
    setThreadStatus(thread, JVMTI_ALIVE | JVMTI_RUNNABLE);
    if (!thread.pinned) this.queue.push(thread);
  }

  /** Marks `thread`'s pending operation complete and lets it run. */
  wake(thread: JavaThread, interrupted = false): void {
    const p = thread.pending;
    if (p) {
      p.ready = true;
      if (interrupted) p.interrupted = true;
    }
    this.makeRunnable(thread);
  }

  /**
   * Blocks `thread` until its pending operation is ready. At top level this throws BLOCK and the blocking
   * instruction runs again when the thread resumes; nested, it runs other threads until then and returns.
   */
  block(thread: JavaThread, pending: PendingOperation, status: number): void {
    thread.pending = pending;
    thread.state = ThreadState.Blocked;
    setThreadStatus(thread, status);
    if (thread.nested === 0 && this.current === thread) throw BLOCK;
    this.runOthersUntil(thread, () => pending.ready);
    thread.state = ThreadState.Runnable;
    setThreadStatus(thread, JVMTI_ALIVE | JVMTI_RUNNABLE);
  }

  /**
   * Lets the other runnable threads have a slice each (about one round of the run queue); used when a
   * nested thread's slice is spent, and by Thread.yield in a nested thread. Returns at once if no other
   * thread can run; never waits for a blocked one.
   */
  yieldNested(thread: JavaThread): void {
    this.fireTimers();
    if (!this.queue.some((t) => t !== thread && !t.pinned && t.state === ThreadState.Runnable)) return;
    this.runOthersUntil(thread, () => false, this.queue.length);
  }

  /**
   * Runs threads other than `thread` (which stays on the JS stack) until `done()`, or until `maxSlices`
   * slices have run or nothing else is runnable (then it returns rather than waiting).
   */
  private runOthersUntil(thread: JavaThread, done: () => boolean, maxSlices = Infinity): void {
    const wasPinned = thread.pinned;
    const previous = this.current;
    thread.pinned = true;
    let slices = 0;
    try {
      while (!done()) {
        this.fireTimers();
        if (done()) break;
        const next = this.takeRunnable();
        if (next) {
          this.runThreadSlice(next);
          if (++slices >= maxSlices) break;
          continue;
        }
        if (maxSlices !== Infinity) break;
        const deadline = this.nextDeadline();
        if (deadline === Infinity) {
          this.hooks.deadlock([...this.live]);
        }
        sleepSync(deadline - Date.now());
      }
    } finally {
      thread.pinned = wasPinned;
      this.current = previous;
      this.queue.splice(this.queue.indexOf(thread) >>> 0, this.queue.includes(thread) ? 1 : 0);
    }
  }

  private takeRunnable(): JavaThread | null {
    for (let i = 0; i < this.queue.length; i++) {
      const t = this.queue[i];
      if (t.pinned || t.state !== ThreadState.Runnable) {
        if (t.state !== ThreadState.Runnable) {
          this.queue.splice(i, 1);
          i--;
        }
        continue;
      }
      this.queue.splice(i, 1);
      return t;
    }
    return null;
  }

  /** One time slice of `t`; requeues it if preempted, finishes it if done. */
  runThreadSlice(t: JavaThread): void {
    const previous = this.current;
    this.current = t;
    let end: SliceEnd;
    try {
      end = this.hooks.runSlice(t);
    } finally {
      this.current = previous;
    }
    if (end === SliceEnd.Finished) {
      this.finish(t);
    } else if (t.state === ThreadState.Runnable && !t.pinned && !this.queue.includes(t)) {
      this.queue.push(t);
    }
  }

  private finish(t: JavaThread): void {
    t.state = ThreadState.Blocked;
    t.nested++;
    try {
      this.hooks.threadExited(t);
    } finally {
      t.nested--;
    }
    t.state = ThreadState.Terminated;
    setThreadStatus(t, JVMTI_TERMINATED);
    this.live.delete(t);
  }

  /** Threads whose pending operation has timed out become ready. */
  fireTimers(): void {
    const now = Date.now();
    for (const t of this.live) {
      const p = t.pending;
      if (p && !p.ready && t.state === ThreadState.Blocked && p.deadline <= now) this.wake(t);
    }
  }

  nextDeadline(): number {
    let d = Infinity;
    for (const t of this.live) {
      const p = t.pending;
      if (p && !p.ready && t.state === ThreadState.Blocked && p.deadline < d) d = p.deadline;
    }
    return d;
  }

  /** When a slice is spent: switch only if another thread can run, or the host hasn't had a turn lately. */
  shouldYield(): boolean {
    this.fireTimers();
    return this.hasRunnable() || Date.now() - this.lastHostTurn > HOST_TURN_MS;
  }

  hasRunnable(): boolean {
    return this.queue.some((t) => !t.pinned && t.state === ThreadState.Runnable);
  }

  liveNonDaemon(): number {
    let n = 0;
    for (const t of this.live) if (!t.daemon) n++;
    return n;
  }

  /**
   * Runs threads until no non-daemon thread is left (DestroyJavaVM), handing control back to the host
   * event loop between rounds so timers and I/O proceed.
   */
  async run(stillNeeded: () => boolean): Promise<void> {
    let slices = 0;
    while (stillNeeded()) {
      this.fireTimers();
      const next = this.takeRunnable();
      if (next) {
        this.runThreadSlice(next);
        if (++slices % 32 === 0 || Date.now() - this.lastHostTurn > HOST_TURN_MS) {
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
          this.lastHostTurn = Date.now();
        }
        continue;
      }
      if (!stillNeeded()) break;
      const deadline = this.nextDeadline();
      if (deadline === Infinity) this.hooks.deadlock([...this.live]);
      await new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())));
    }
  }
}

/** Keeps java.lang.Thread.threadStatus current for getState() and isAlive(). */
export function setThreadStatus(t: JavaThread, status: number): void {
  const o = t.threadObject as unknown as FieldBag | null;
  if (o) o['threadStatus@java/lang/Thread'] = status;
}

/** Blocks the whole JS thread: only for a nested wait with nothing else to run. */
function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 0x7fffffff));
}
