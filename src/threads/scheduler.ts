// The green-thread scheduler (DESIGN "Green threads and deoptimization"): Java threads take turns on the
// one JS thread in time slices. A thread suspends by unwinding its interpreter loop to here, its frames
// intact; one blocked inside a VM-initiated Java call (nested) instead runs the others until it can go on.
import { ThreadState, type JavaThread, type PendingOperation } from './thread.js';
import { JVMTI_ALIVE, JVMTI_RUNNABLE, JVMTI_TERMINATED, JVMTI_BLOCKED_ON_MONITOR_ENTER } from './thread.js';
import type { Monitor } from './monitor.js';
import type { FieldBag } from '../runtime/object.js';
import type { HostEvents } from '../host/host.js';

/** Thrown by a blocking operation of a thread that is not nested: unwinds its interpreter loop. */
export class BlockSignal {
  private constructor() {}
  static readonly instance = new BlockSignal();
}
export const BLOCK = BlockSignal.instance;

/**
 * Thrown through the JS stack of nested blocking calls (see runOthersUntil) when the last non-daemon
 * thread has ended while a daemon thread was blocked inside VM code: the VM shuts down (DestroyJavaVM)
 * without waiting for it, as HotSpot does; that daemon never runs again.
 */
export class DestroySignal {
  private constructor() {}
  static readonly instance = new DestroySignal();
}
const DESTROY = DestroySignal.instance;

/**
 * How long the scheduler may keep the host's event loop waiting. The loop has little to do while Java
 * threads run (a SIGQUIT thread dump; sleeps, timed waits and I/O waits don't need it, they give it the
 * turn when nothing can run), and a turn is dear: the running thread's translated frames unwind to the
 * interpreter, where they go on until they return or reach a loop with an on-stack-replacement variant,
 * so a long-running method got a variant for each loop it happened to be in (4 for the Collections
 * benchmark's main, ~40 KB of JS each). 1000 ms instead of 50 took 9% less wall time over the 14
 * benchmarks (medians of 5 interleaved runs; Sieve 24%, Strings 22%, LongMath 21%), with 250 in between.
 */
const HOST_TURN_MS = 1000;

/** How long a thread inside a VM-initiated call runs before spent slices let other threads run. */
const NESTED_GRACE_MS = 100;

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
  return {
    kind,
    monitor,
    count: 0,
    deadline,
    ready: false,
    interrupted: false,
    notified: false,
    reentering: false,
    ioSeen: 0,
  };
}

export class Scheduler {
  /** Started, not yet terminated. */
  readonly live = new Set<JavaThread>();
  /** Runnable threads in FIFO order from `head`; a thread is in it at most once (`JavaThread.queued`). */
  private queue: JavaThread[] = [];
  private head = 0;
  /** Blocked threads whose pending operation has a deadline (some may be stale: checked when used). */
  private readonly timed = new Set<JavaThread>();
  /** Live threads that are not daemons. */
  private nonDaemon = 0;
  hooks!: SchedulerHooks;
  /** The thread running a slice right now. */
  current: JavaThread | null = null;
  /** When the host event loop last ran (signals, timers, I/O callbacks). */
  private lastHostTurn = Date.now();
  /** run() is waiting for the non-daemon threads to end (DestroyJavaVM). */
  private awaitingNonDaemon = false;
  /** Threads blocked in host I/O (pending kind 'io'), woken when `hostEvents` counts a new event. */
  private readonly ioWaiting = new Set<JavaThread>();
  /** The host's I/O event count, set when a thread first waits for I/O. */
  hostEvents: HostEvents | null = null;
  /**
   * The event count pollHostEvents saw last: every remaining I/O waiter has seen it (pollHostEvents woke
   * any that saw another), so waiting for a change from it can't miss an event that came after that check.
   */
  private lastEventCount = 0;

  /** A new thread is ready to run (Thread.start0). */
  start(thread: JavaThread): void {
    this.live.add(thread);
    if (!thread.daemon) this.nonDaemon++;
    thread.state = ThreadState.New;
    this.makeRunnable(thread);
  }

  makeRunnable(thread: JavaThread): void {
    if (thread.state === ThreadState.Runnable || thread.state === ThreadState.Terminated) return;
    thread.state = ThreadState.Runnable;
    setThreadStatus(thread, JVMTI_ALIVE | JVMTI_RUNNABLE);
    // A pinned thread is resumed by its own nested loop (runOthersUntil), not from the queue.
    if (!thread.pinned) this.enqueue(thread);
  }

  private enqueue(thread: JavaThread): void {
    if (thread.queued) return;
    thread.queued = true;
    this.queue.push(thread);
  }

  /**
   * Marks `thread`'s pending operation complete and lets it run. A thread leaving Object.wait (notified,
   * timed out or interrupted) leaves the wait set at once, so a later notify picks another waiter (JLS
   * §17.2.4); while the monitor is owned by another thread it stays BLOCKED, as an entrant, until released.
   */
  wake(thread: JavaThread, interrupted = false, notified = false): void {
    const p = thread.pending;
    if (p) {
      if (interrupted) p.interrupted = true;
      if (p.kind === 'wait' && !p.ready && !p.reentering && p.monitor) {
        const mon = p.monitor;
        const i = mon.waiters.indexOf(thread);
        if (i >= 0) mon.waiters.splice(i, 1);
        p.reentering = true;
        p.notified = notified;
        if (mon.owner !== null && mon.owner !== thread) {
          mon.entrants.add(thread);
          p.deadline = Infinity;
          setThreadStatus(thread, JVMTI_ALIVE | JVMTI_BLOCKED_ON_MONITOR_ENTER);
          return;
        }
      }
      p.ready = true;
    }
    this.makeRunnable(thread);
  }

  /** Thread.interrupt0: ends a sleep, a park or an Object.wait (not a monitor entry or a class init wait). */
  interrupt(thread: JavaThread): void {
    const p = thread.pending;
    if (!p || p.ready || thread.state !== ThreadState.Blocked) return;
    if (p.kind === 'sleep' || p.kind === 'park' || (p.kind === 'wait' && !p.reentering))
      this.wake(thread, true);
  }

  /**
   * Blocks `thread` until its pending operation is ready. At top level this throws BLOCK and the blocking
   * instruction runs again when the thread resumes; nested, it runs other threads until then and returns.
   */
  block(thread: JavaThread, pending: PendingOperation, status: number): void {
    thread.pending = pending;
    thread.state = ThreadState.Blocked;
    setThreadStatus(thread, status);
    if (pending.deadline !== Infinity) this.timed.add(thread);
    if (pending.kind === 'io') this.ioWaiting.add(thread);
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
  yieldNested(thread: JavaThread, preempted = false): void {
    if (preempted) {
      // A VM-initiated call (class loading, linkage, an initializer) runs its first NESTED_GRACE_MS
      // without others on top of it: a thread run there that blocks, inside a VM call of its own, on a lock
      // this one holds could never be resumed (this thread's JS frames lie under it), as happened with a
      // class-loading lock. Long-running initializers are still preempted after that.
      const now = Date.now();
      if (thread.nestedGraceUntil === 0) thread.nestedGraceUntil = now + NESTED_GRACE_MS;
      if (now < thread.nestedGraceUntil) return;
    }
    this.fireTimers();
    if (!this.hasRunnable()) return;
    this.runOthersUntil(thread, () => false, this.queue.length - this.head);
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
          // The last non-daemon thread ended on top of this (daemon) thread: shut down without it.
          if (this.awaitingNonDaemon && this.nonDaemon === 0) throw DESTROY;
          if (++slices >= maxSlices) break;
          continue;
        }
        if (maxSlices !== Infinity) break;
        const deadline = this.nextDeadline();
        if (this.blockedForever()) this.hooks.deadlock([...this.live]);
        if (this.ioWaiting.size > 0 && this.hostEvents) {
          this.hostEvents.waitSync(this.lastEventCount, deadline - Date.now());
        } else {
          sleepSync(deadline - Date.now());
        }
      }
    } catch (e) {
      if (e === DESTROY) this.abandon(thread);
      throw e;
    } finally {
      thread.pinned = wasPinned;
      this.current = previous;
    }
  }

  /** The next runnable thread in FIFO order (dropping entries that can't run from the queue). */
  private takeRunnable(): JavaThread | null {
    const q = this.queue;
    while (this.head < q.length) {
      const t = q[this.head++];
      t.queued = false;
      if (!t.pinned && t.state === ThreadState.Runnable) {
        this.compact();
        return t;
      }
    }
    this.compact();
    return null;
  }

  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
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
    } else if (t.state === ThreadState.Runnable && !t.pinned) {
      this.enqueue(t);
    }
  }

  private finish(t: JavaThread): void {
    t.state = ThreadState.Blocked;
    t.nested++;
    try {
      this.hooks.threadExited(t);
    } finally {
      t.leaveNested();
    }
    t.state = ThreadState.Terminated;
    setThreadStatus(t, JVMTI_TERMINATED);
    if (this.live.delete(t) && !t.daemon) this.nonDaemon--;
    this.timed.delete(t);
  }

  /**
   * A daemon thread whose JS stack was unwound by DESTROY: its frames are gone, so it must never run
   * again. Java still sees it alive and blocked, as HotSpot's daemons are during shutdown.
   */
  private abandon(t: JavaThread): void {
    t.state = ThreadState.Terminated;
    this.live.delete(t);
    this.timed.delete(t);
  }

  /** Is `t` blocked in an operation that ends by itself at `t.pending.deadline`? */
  private isTimed(t: JavaThread): boolean {
    const p = t.pending;
    return p !== null && !p.ready && t.state === ThreadState.Blocked && p.deadline !== Infinity;
  }

  /** Threads whose pending operation has timed out, or whose I/O may be ready, become ready. */
  fireTimers(): void {
    if (this.ioWaiting.size > 0) this.pollHostEvents();
    if (this.timed.size === 0) return;
    const now = Date.now();
    for (const t of this.timed) {
      if (!this.isTimed(t)) this.timed.delete(t);
      else if (t.pending!.deadline <= now) {
        this.timed.delete(t);
        this.wake(t);
      }
    }
  }

  /** Wakes the threads waiting for I/O if the host has counted an event since they looked. */
  private pollHostEvents(): void {
    const events = this.hostEvents;
    if (!events) return;
    const now = events.count();
    this.lastEventCount = now;
    for (const t of this.ioWaiting) {
      const p = t.pending;
      if (!p || p.kind !== 'io' || p.ready || t.state !== ThreadState.Blocked) this.ioWaiting.delete(t);
      else if (p.ioSeen !== now) {
        this.ioWaiting.delete(t);
        this.wake(t);
      }
    }
  }

  /**
   * Nothing is runnable and no thread will ever wake by itself: no timed wait is pending except those
   * of the JDK's housekeeping daemons (Common-Cleaner polls its queue every 60 s forever), whose waking
   * changes nothing for the other threads.
   */
  private blockedForever(): boolean {
    if (this.hasRunnable()) return false;
    // A thread waiting for I/O can be woken from outside (a connection, data, a peer closing).
    if (this.ioWaiting.size > 0) return false;
    for (const t of this.timed) if (this.isTimed(t) && !t.housekeeping) return false;
    return true;
  }

  nextDeadline(): number {
    let d = Infinity;
    for (const t of this.timed) if (this.isTimed(t) && t.pending!.deadline < d) d = t.pending!.deadline;
    return d;
  }

  /** When a slice is spent: switch only if another thread can run, or the host hasn't had a turn lately. */
  shouldYield(): boolean {
    this.fireTimers();
    return this.hasRunnable() || Date.now() - this.lastHostTurn > HOST_TURN_MS;
  }

  hasRunnable(): boolean {
    const q = this.queue;
    for (let i = this.head; i < q.length; i++) {
      const t = q[i];
      if (!t.pinned && t.state === ThreadState.Runnable) return true;
    }
    return false;
  }

  liveNonDaemon(): number {
    return this.nonDaemon;
  }

  /**
   * Runs threads until no non-daemon thread is left (DestroyJavaVM), handing control back to the host
   * event loop between rounds so timers and I/O proceed.
   */
  async run(stillNeeded: () => boolean): Promise<void> {
    this.awaitingNonDaemon = true;
    try {
      await this.runUntil(stillNeeded);
    } catch (e) {
      if (e !== DESTROY) throw e;
    } finally {
      this.awaitingNonDaemon = false;
    }
  }

  private async runUntil(stillNeeded: () => boolean): Promise<void> {
    while (stillNeeded()) {
      this.fireTimers();
      const next = this.takeRunnable();
      if (next) {
        this.runThreadSlice(next);
        // A host turn per HOST_TURN_MS, not per so many slices: a thread switch costs microseconds,
        // while even setTimeout(0) waits a millisecond.
        if (Date.now() - this.lastHostTurn > HOST_TURN_MS) {
          for (const t of this.live) t.releaseFreeFrames();
          await hostTurn();
          this.lastHostTurn = Date.now();
        }
        continue;
      }
      if (!stillNeeded()) break;
      const deadline = this.nextDeadline();
      if (this.blockedForever()) this.hooks.deadlock([...this.live]);
      if (this.ioWaiting.size > 0 && this.hostEvents) {
        await this.hostEvents.waitAsync(this.lastEventCount, Math.max(1, deadline - Date.now()));
      } else {
        await new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())));
      }
      this.lastHostTurn = Date.now();
    }
  }
}

/** Keeps java.lang.Thread.threadStatus current for getState() and isAlive(). */
export function setThreadStatus(t: JavaThread, status: number): void {
  const o = t.threadObject as unknown as FieldBag | null;
  if (o) o['threadStatus@java/lang/Thread'] = status;
}

/** Lets the host's event loop run once (timers, I/O callbacks, signals), as soon as it can. */
function hostTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/** Blocks the whole JS thread: only for a nested wait with nothing else to run. */
function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 0x7fffffff));
}
