// java.lang.Thread natives. Until the green-thread scheduler exists (issue 4) only the main thread runs:
// start0 marks a thread alive so the JDK's daemon threads (Reference Handler, Finalizer) look started.
import type { NativeRegistry } from '../../registry.js';
import type { JavaObject, FieldBag } from '../../../runtime/object.js';
import { holdsLock } from '../../../threads/monitors.js';
import { argLongNumber } from '../../util.js';

/** JVMTI thread states the JDK decodes in Thread.getState (jdk.internal.misc.VM.toThreadState). */
export const THREAD_STATUS_RUNNABLE = 0x0005;
export const THREAD_STATUS_TERMINATED = 0x0002;

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Thread', {
    'registerNatives()V': () => undefined,
    'currentThread()Ljava/lang/Thread;': (t) => t.threadObject,
    'setPriority0(I)V': () => undefined,
    'start0()V': (t, a) => {
      const th = a[0] as unknown as FieldBag;
      th['eetop@java/lang/Thread'] = 1;
      th['threadStatus@java/lang/Thread'] = THREAD_STATUS_RUNNABLE;
      void t;
    },
    'yield()V': () => undefined,
    'sleep(J)V': (t, a) => {
      if (argLongNumber(a, 0) < 0)
        throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'timeout value is negative');
      const me = t.threadObject as unknown as FieldBag;
      if (me['interrupted@java/lang/Thread']) {
        me['interrupted@java/lang/Thread'] = 0;
        throw t.vm.newThrowable(t, 'java/lang/InterruptedException', 'sleep interrupted');
      }
      const until = Date.now() + argLongNumber(a, 0);
      // Blocking the only thread is what sleeping means until the scheduler can run others meanwhile.
      while (Date.now() < until)
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, until - Date.now());
    },
    'interrupt0()V': () => undefined,
    'clearInterruptEvent()V': () => undefined,
    'holdsLock(Ljava/lang/Object;)Z': (t, a) => {
      if (a[0] === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      return holdsLock(t, a[0] as JavaObject) ? 1 : 0;
    },
    'isAlive0()Z': (_t, a) => ((a[0] as unknown as FieldBag)['eetop@java/lang/Thread'] !== 0 ? 1 : 0),
    'setNativeName(Ljava/lang/String;)V': () => undefined,
    'getThreads()[Ljava/lang/Thread;': (t) => {
      const vm = t.vm;
      const arr = vm.newArray(
        vm.arrayOf(vm.bootLoad('java/lang/Thread')),
        1,
      ) as unknown as (JavaObject | null)[];
      arr[0] = t.threadObject;
      return arr as unknown as JavaObject;
    },
  });
}
