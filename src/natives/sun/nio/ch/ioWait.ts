// Waiting for I/O readiness as a green thread: poll(2) and epoll_wait(2) for the NIO natives. The calling
// thread blocks (pending operation 'io', shown RUNNABLE as HotSpot shows a thread in poll) until the VM's
// I/O event count changes or the timeout passes; the other threads run meanwhile.
import type { JavaThread } from '../../../../threads/thread.js';
import { JVMTI_ALIVE, JVMTI_RUNNABLE } from '../../../../threads/thread.js';
import { pendingOperation } from '../../../../threads/scheduler.js';

/**
 * Calls `check` until it reports something ready (non-zero) or `timeout` ms pass (-1: no limit, 0: check
 * once), and returns its last result. At top level the thread unwinds while it waits and the native
 * runs again on resume; `check` must have no effect when it finds nothing ready.
 */
export function awaitReady(t: JavaThread, timeout: number, check: () => number): number {
  const events = t.vm.files.events;
  const scheduler = t.vm.scheduler;
  let p = t.pending;
  let deadline: number;
  if (p && p.kind === 'io' && p.ready) {
    deadline = p.deadline;
    t.pending = null;
  } else {
    // One extra millisecond, as for sleep: the Java caller measures the timeout with nanoTime.
    deadline = timeout < 0 ? Infinity : Date.now() + timeout + 1;
  }
  for (;;) {
    const seen = events.count();
    const ready = check();
    if (ready !== 0 || timeout === 0 || Date.now() >= deadline) return ready;
    p = pendingOperation('io', null, deadline);
    p.ioSeen = seen;
    scheduler.block(t, p, JVMTI_ALIVE | JVMTI_RUNNABLE);
    t.pending = null;
  }
}
