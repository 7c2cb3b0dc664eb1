// JVMS §6.5 monitorenter / monitorexit, synchronized methods (§2.11.10), and Object.wait/notify, over
// green threads. Blocking operations follow the scheduler's protocol: start, block, finish — where the
// finish also runs when a suspended thread re-executes the blocking instruction.
import { Monitor } from './monitor.js';
import {
  ThreadState,
  type JavaThread,
  type PendingOperation,
  JVMTI_ALIVE,
  JVMTI_BLOCKED_ON_MONITOR_ENTER,
  JVMTI_WAITING,
  JVMTI_IN_OBJECT_WAIT,
  JVMTI_WAITING_INDEFINITELY,
  JVMTI_WAITING_WITH_TIMEOUT,
} from './thread.js';
import { pendingOperation } from './scheduler.js';
import type { JavaObject, JArray, FieldBag } from '../runtime/object.js';

type Lockable = (JavaObject | JArray) & { $mon?: Monitor | null };

export function monitorOf(obj: JavaObject | JArray): Monitor {
  const o = obj as Lockable;
  let mon = o.$mon;
  if (!mon) {
    mon = new Monitor(obj);
    o.$mon = mon;
  }
  return mon;
}

/**
 * Acquires `mon` for `thread`, blocking while another thread owns it. A thread re-acquiring after
 * Object.wait blocks with its wait operation, so that re-executing `wait` resumes the re-acquisition.
 */
function acquire(
  thread: JavaThread,
  mon: Monitor,
  count: number,
  waiting: PendingOperation | null = null,
): void {
  while (mon.owner !== null && mon.owner !== thread) {
    mon.entrants.add(thread);
    let p = waiting;
    if (p) {
      p.ready = false;
      p.deadline = Infinity;
    } else p = pendingOperation('monitor', mon, Infinity);
    thread.vm.scheduler.block(thread, p, JVMTI_ALIVE | JVMTI_BLOCKED_ON_MONITOR_ENTER);
    mon.entrants.delete(thread);
  }
  mon.entrants.delete(thread);
  if (mon.owner === thread) mon.count += count;
  else {
    mon.owner = thread;
    mon.count = count;
  }
  if (thread.pending?.kind === 'monitor') thread.pending = null;
}

export function enterMonitor(thread: JavaThread, obj: JavaObject | JArray): void {
  acquire(thread, monitorOf(obj), 1);
}

/** Gives up ownership entirely and lets the threads waiting to enter try again. */
function release(thread: JavaThread, mon: Monitor): void {
  mon.owner = null;
  mon.count = 0;
  const scheduler = thread.vm.scheduler;
  for (const t of mon.entrants)
    if (t.state === ThreadState.Blocked && t.pending?.monitor === mon) scheduler.wake(t);
}

export function exitMonitor(thread: JavaThread, obj: JavaObject | JArray): void {
  const mon = (obj as Lockable).$mon;
  if (!mon || mon.owner !== thread) {
    throw thread.vm.newThrowable(thread, 'java/lang/IllegalMonitorStateException', null);
  }
  if (--mon.count === 0) release(thread, mon);
}

/** Does `thread` own the monitor of `obj`? */
export function holdsLock(thread: JavaThread, obj: JavaObject | JArray): boolean {
  const mon = (obj as Lockable).$mon;
  return mon !== undefined && mon !== null && mon.owner === thread;
}

function checkOwner(thread: JavaThread, obj: JavaObject | JArray): Monitor {
  const mon = (obj as Lockable).$mon;
  if (!mon || mon.owner !== thread) {
    throw thread.vm.newThrowable(
      thread,
      'java/lang/IllegalMonitorStateException',
      'current thread is not owner',
    );
  }
  return mon;
}

/** Reads and clears java.lang.Thread.interrupted (JDK 17 keeps the flag in Java). */
export function takeInterrupt(thread: JavaThread): boolean {
  const o = thread.threadObject as unknown as FieldBag | null;
  if (!o || !o['interrupted@java/lang/Thread']) return false;
  o['interrupted@java/lang/Thread'] = 0;
  return true;
}

export function isInterrupted(thread: JavaThread): boolean {
  const o = thread.threadObject as unknown as FieldBag | null;
  return o !== null && o['interrupted@java/lang/Thread'] !== 0;
}

/**
 * Object.wait(ms): releases every recursion level, waits for notify/timeout/interrupt, re-acquires. As in
 * HotSpot (ObjectMonitor::wait), InterruptedException ends the wait only if it was not notified; a notified
 * thread returns normally and keeps its interrupt flag.
 */
export function waitOn(thread: JavaThread, obj: JavaObject | JArray, millis: number): void {
  const vm = thread.vm;
  let p = thread.pending;
  if (!(p && p.kind === 'wait' && p.ready)) {
    // Starting the wait.
    const mon = checkOwner(thread, obj);
    if (millis < 0)
      throw vm.newThrowable(thread, 'java/lang/IllegalArgumentException', 'timeout value is negative');
    if (takeInterrupt(thread)) throw vm.newThrowable(thread, 'java/lang/InterruptedException', null);
    const count = mon.count;
    release(thread, mon);
    mon.waiters.push(thread);
    // One extra millisecond, as for sleep: Date.now() truncates, and the wait should last `millis` by nanoTime.
    p = pendingOperation('wait', mon, millis === 0 ? Infinity : Date.now() + millis + 1);
    p.count = count;
    const status =
      JVMTI_ALIVE |
      JVMTI_WAITING |
      JVMTI_IN_OBJECT_WAIT |
      (millis === 0 ? JVMTI_WAITING_INDEFINITELY : JVMTI_WAITING_WITH_TIMEOUT);
    vm.scheduler.block(thread, p, status);
  }
  // Notified, timed out or interrupted: out of the wait set (Scheduler.wake); take the monitor back.
  const mon = p.monitor!;
  const i = mon.waiters.indexOf(thread);
  if (i >= 0) mon.waiters.splice(i, 1);
  p.reentering = true;
  acquire(thread, mon, p.count, p);
  thread.pending = null;
  if (!p.notified && takeInterrupt(thread))
    throw vm.newThrowable(thread, 'java/lang/InterruptedException', null);
}

export function notifyOne(thread: JavaThread, obj: JavaObject | JArray): void {
  const mon = checkOwner(thread, obj);
  const t = mon.waiters.shift();
  if (t) thread.vm.scheduler.wake(t, false, true);
}

export function notifyAll(thread: JavaThread, obj: JavaObject | JArray): void {
  const mon = checkOwner(thread, obj);
  for (const t of mon.waiters.splice(0)) thread.vm.scheduler.wake(t, false, true);
}

/** The monitor `t` is blocked trying to enter (monitorenter, or re-entering after Object.wait), or null. */
export function monitorToEnter(t: JavaThread): Monitor | null {
  const p = t.pending;
  if (!p || p.ready || t.state !== ThreadState.Blocked || !p.monitor) return null;
  return p.kind === 'monitor' || (p.kind === 'wait' && p.reentering) ? p.monitor : null;
}
