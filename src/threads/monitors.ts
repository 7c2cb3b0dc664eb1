// JVMS §6.5 monitorenter / monitorexit and the locking of synchronized methods (JVMS §2.11.10).
import { Monitor } from './monitor.js';
import type { JavaThread } from './thread.js';
import { JavaObject, type JArray } from '../runtime/object.js';

type Lockable = (JavaObject | JArray) & { $mon?: Monitor | null };

export function monitorOf(obj: JavaObject | JArray): Monitor {
  const o = obj as Lockable;
  let mon = o.$mon;
  if (!mon) {
    mon = new Monitor();
    o.$mon = mon;
  }
  return mon;
}

export function enterMonitor(thread: JavaThread, obj: JavaObject | JArray): void {
  const mon = monitorOf(obj);
  if (mon.owner === null || mon.owner === thread) {
    mon.owner = thread;
    mon.count++;
    return;
  }
  // Another green thread owns it: blocking arrives with the thread scheduler (issue 4).
  throw thread.vm.newThrowable(
    thread,
    'java/lang/InternalError',
    'monitor contention requires the thread scheduler',
  );
}

export function exitMonitor(thread: JavaThread, obj: JavaObject | JArray): void {
  const mon = (obj as Lockable).$mon;
  if (!mon || mon.owner !== thread) {
    throw thread.vm.newThrowable(thread, 'java/lang/IllegalMonitorStateException', null);
  }
  if (--mon.count === 0) mon.owner = null;
}

/** Does `thread` own the monitor of `obj`? */
export function holdsLock(thread: JavaThread, obj: JavaObject | JArray): boolean {
  const mon = (obj as Lockable).$mon;
  return mon !== undefined && mon !== null && mon.owner === thread;
}
