// Starting and ending Java threads the way HotSpot's JavaThread does: start0 creates a green thread whose
// first frame is run(); at the end the uncaught exception is dispatched, Thread.exit() runs, and joiners
// are woken. Also what happens when every thread is blocked forever.
import { JavaThread, ThreadState, JVMTI_ALIVE, JVMTI_RUNNABLE } from './thread.js';
import { SliceEnd, setThreadStatus, type SchedulerHooks } from './scheduler.js';
import { JavaObject, type FieldBag, type JValue } from '../runtime/object.js';
import type { VM } from '../runtime/vm.js';
import { runSlice, startThread, callJava } from '../interpreter/interpreter.js';
import { monitorOf } from './monitors.js';
import { ExitSignal } from '../runtime/exit.js';
import { deadlockReport } from './dump.js';
import { vtableOf } from '../runtime/vtable.js';

export type ThreadObject = JavaObject & { $vmThread?: JavaThread };

export function vmThreadOf(obj: JavaObject): JavaThread | null {
  return (obj as ThreadObject).$vmThread ?? null;
}

/** The thread's current name (Thread.setName may have changed it since start). */
export function threadName(vm: VM, t: JavaThread): string {
  const n = t.threadObject ? (t.threadObject as unknown as FieldBag)['name@java/lang/Thread'] : null;
  return n instanceof JavaObject ? vm.jsString(n) : t.name;
}

/** The classes of the JDK's own daemon threads that wait for work forever. */
const HOUSEKEEPING_CLASSES = new Set([
  'java/lang/ref/Reference$ReferenceHandler',
  'java/lang/ref/Finalizer$FinalizerThread',
  'jdk/internal/misc/InnocuousThread',
]);

/** Thread.start0: a new green thread running `obj.run()`. */
export function startJavaThread(vm: VM, obj: JavaObject): JavaThread {
  const f = obj as unknown as FieldBag;
  const nameObj = f['name@java/lang/Thread'];
  const t = new JavaThread(vm, nameObj instanceof JavaObject ? vm.jsString(nameObj) : 'Thread');
  t.threadObject = obj;
  t.daemon = f['daemon@java/lang/Thread'] !== 0;
  t.housekeeping = t.daemon && HOUSEKEEPING_CLASSES.has(obj.$cls.name) && obj.$cls.loader === null;
  (obj as ThreadObject).$vmThread = t;
  f['eetop@java/lang/Thread'] = t.id;
  const run = vtableOf(obj.$cls).get('run()V')!;
  startThread(t, run, [obj]);
  vm.scheduler.start(t);
  setThreadStatus(t, JVMTI_ALIVE | JVMTI_RUNNABLE);
  return t;
}

function findMethod(obj: JavaObject, key: string): ReturnType<JavaObject['$cls']['declaredMethods']['get']> {
  for (let c: JavaObject['$cls'] | null = obj.$cls; c; c = c.superClass) {
    const m = c.declaredMethods.get(key);
    if (m) return m;
  }
  return undefined;
}

/** JavaThread::exit: dispatch an uncaught exception, run Thread.exit(), mark terminated, wake joiners. */
export function exitJavaThread(vm: VM, t: JavaThread): void {
  const obj = t.threadObject;
  if (!obj) return;
  const ex = t.uncaught;
  t.uncaught = null;
  if (ex) {
    const dispatch = findMethod(obj, 'dispatchUncaughtException(Ljava/lang/Throwable;)V');
    try {
      if (dispatch) callJava(t, dispatch, [obj, ex]);
    } catch (e) {
      // An exception thrown by the handler is reported and dropped (JavaThread::exit).
      if (!(e instanceof JavaObject)) throw e;
      const msg = `\nException: ${e.$cls.javaName} thrown from the UncaughtExceptionHandler in thread "${threadName(vm, t)}"\n`;
      vm.stdio.write(2, new TextEncoder().encode(msg));
    }
  }
  const exit = findMethod(obj, 'exit()V');
  try {
    if (exit) callJava(t, exit, [obj]);
  } catch (e) {
    if (!(e instanceof JavaObject)) throw e;
  }
  const f = obj as unknown as FieldBag;
  f['eetop@java/lang/Thread'] = 0;
  f['eetop@java/lang/Thread$hi'] = 0;
  // ensure_join: threads in join() wait on the Thread object.
  const mon = monitorOf(obj);
  for (const w of mon.waiters.splice(0)) vm.scheduler.wake(w, false, true);
  t.state = ThreadState.Terminated;
}

/** Wires the scheduler to the interpreter and the JDK's thread protocol. */
export function schedulerHooks(vm: VM, onDeadlock: (report: string) => void): SchedulerHooks {
  return {
    runSlice: (t): SliceEnd => runSlice(t),
    threadExited: (t) => exitJavaThread(vm, t),
    deadlock: (threads): never => {
      onDeadlock(deadlockReport(vm, threads));
      throw new ExitSignal(1);
    },
  };
}

export type { JValue };
