// java.lang.Thread natives over the green-thread scheduler (src/threads/).
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import {
  JVMTI_ALIVE,
  JVMTI_RUNNABLE,
  JVMTI_WAITING,
  JVMTI_WAITING_WITH_TIMEOUT,
  JVMTI_SLEEPING,
} from '../../../threads/thread.js';
import { JavaObject, type JValue, type JArray } from '../../../runtime/object.js';
import { holdsLock, takeInterrupt } from '../../../threads/monitors.js';
import { pendingOperation } from '../../../threads/scheduler.js';
import { startJavaThread, vmThreadOf } from '../../../threads/lifecycle.js';
import { argLongNumber, refArray } from '../../util.js';
import { fillStackTraceElement } from './Throwable.js';

/** Thread.sleep: blocks for `millis`; an interrupt ends it with InterruptedException. */
function sleep(t: JavaThread, millis: number): void {
  const vm = t.vm;
  let p = t.pending;
  if (!(p && p.kind === 'sleep' && p.ready)) {
    if (millis < 0)
      throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'timeout value is negative');
    if (takeInterrupt(t)) throw vm.newThrowable(t, 'java/lang/InterruptedException', 'sleep interrupted');
    if (millis === 0) return;
    // One extra millisecond: Date.now() truncates, and sleep must last at least `millis` by nanoTime.
    p = pendingOperation('sleep', null, Date.now() + millis + 1);
    vm.scheduler.block(t, p, JVMTI_ALIVE | JVMTI_WAITING | JVMTI_WAITING_WITH_TIMEOUT | JVMTI_SLEEPING);
  }
  t.pending = null;
  if (p.interrupted || takeInterrupt(t)) {
    takeInterrupt(t);
    throw vm.newThrowable(t, 'java/lang/InterruptedException', 'sleep interrupted');
  }
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Thread', {
    'registerNatives()V': () => undefined,
    'currentThread()Ljava/lang/Thread;': (t) => t.threadObject,
    'setPriority0(I)V': () => undefined,
    'start0()V': (t, a) => {
      startJavaThread(t.vm, a[0] as JavaObject);
    },
    'yield()V': (t) => {
      // A zero-length sleep that lets the other runnable threads go first.
      const p = t.pending;
      if (p && p.kind === 'sleep' && p.ready) {
        t.pending = null;
        return;
      }
      const scheduler = t.vm.scheduler;
      if (t.nested !== 0 || scheduler.current !== t) {
        // Can't unwind: the others get their turn on top of this thread's JS stack.
        scheduler.yieldNested(t);
        return;
      }
      if (scheduler.hasRunnable())
        scheduler.block(t, pendingOperation('sleep', null, 0), JVMTI_ALIVE | JVMTI_RUNNABLE);
      t.pending = null;
    },
    'sleep(J)V': (t, a) => sleep(t, argLongNumber(a, 0)),
    // Thread.interrupt has set the interrupted field; wake the target from sleep, wait or park.
    'interrupt0()V': (t, a) => {
      const target = vmThreadOf(a[0] as JavaObject);
      if (target) t.vm.scheduler.interrupt(target);
    },
    'clearInterruptEvent()V': () => undefined,
    'holdsLock(Ljava/lang/Object;)Z': (t, a) => {
      if (a[0] === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      return holdsLock(t, a[0] as JavaObject) ? 1 : 0;
    },
    'setNativeName(Ljava/lang/String;)V': () => undefined,
    'getThreads()[Ljava/lang/Thread;': (t) => {
      const vm = t.vm;
      const objs: JValue[] = [];
      if (vm.mainThread.threadObject && vm.mainThread.frame) objs.push(vm.mainThread.threadObject);
      for (const th of vm.scheduler.live)
        if (th.threadObject && !objs.includes(th.threadObject)) objs.push(th.threadObject);
      return refArray(t, 'java/lang/Thread', objs);
    },
    'dumpThreads([Ljava/lang/Thread;)[[Ljava/lang/StackTraceElement;': (t, a) => {
      const vm = t.vm;
      const ste = vm.bootLoad('java/lang/StackTraceElement');
      vm.initialize(t, ste);
      const threads = a[0] as unknown as JavaObject[];
      const out: JValue[] = threads.map((obj) => {
        const th = obj === vm.mainThread.threadObject ? vm.mainThread : vmThreadOf(obj);
        const elems: JValue[] = [];
        for (let f = th?.frame ?? null; f; f = f.parent) {
          if (f.method.hidden) continue;
          const e = vm.newObject(ste);
          fillStackTraceElement(t, e, f.method, f.pc);
          elems.push(e);
        }
        return refArray(t, 'java/lang/StackTraceElement', elems) as unknown as JValue;
      });
      return refArray(t, '[Ljava/lang/StackTraceElement;', out) as unknown as JArray;
    },
  });
}
