// What the `java` launcher does after the VM is up (java.c JavaMain): load the main class through
// LauncherHelper, call main, report an uncaught exception through the thread's handler, shut down.
import type { VM } from '../runtime/vm.js';
import { JavaObject, type JValue } from '../runtime/object.js';
import { ExitSignal } from '../runtime/exit.js';

/** LauncherHelper's launch modes. */
export const LM_CLASS = 1;
export const LM_JAR = 2;

/** Runs `main` and returns the process exit status. */
export function launchMain(vm: VM, mode: number, what: string, args: string[]): number {
  const t = vm.mainThread;
  try {
    let status = 0;
    try {
      const helper = vm.bootLoad('sun/launcher/LauncherHelper');
      vm.initialize(t, helper);
      const check = helper.findDeclaredMethod('checkAndLoadMain', '(ZILjava/lang/String;)Ljava/lang/Class;')!;
      const mirror = vm.callJava(t, check, [1, mode, vm.newString(what)]) as JavaObject;
      const mainClass = vm.classFromMirror(mirror);
      const main = mainClass.findDeclaredMethod('main', '([Ljava/lang/String;)V');
      if (!main) throw new Error('tsjvm: LauncherHelper accepted a class without main');
      vm.initialize(t, mainClass);
      const argv = vm.newArray(vm.arrayOf(vm.stringClass), args.length) as JValue[];
      args.forEach((a, i) => (argv[i] = vm.newString(a)));
      vm.callJava(t, main, [argv as unknown as JValue]);
    } catch (e) {
      if (!(e instanceof JavaObject)) throw e;
      status = 1;
      dispatchUncaughtException(vm, e);
    }
    shutdown(vm);
    return status;
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  }
}

/** JavaThread::exit: the pending exception goes to Thread.dispatchUncaughtException. */
function dispatchUncaughtException(vm: VM, ex: JavaObject): void {
  const t = vm.mainThread;
  const thread = t.threadObject!;
  const m =
    thread.$cls.vtable.get('dispatchUncaughtException(Ljava/lang/Throwable;)V') ??
    vm
      .bootLoad('java/lang/Thread')
      .findDeclaredMethod('dispatchUncaughtException', '(Ljava/lang/Throwable;)V')!;
  try {
    vm.callJava(t, m, [thread, ex]);
  } catch (e) {
    // An exception thrown by the handler itself is ignored, as in HotSpot.
    if (!(e instanceof JavaObject)) throw e;
  }
}

/** DestroyJavaVM: run java.lang.Shutdown.shutdown (shutdown hooks). */
function shutdown(vm: VM): void {
  const s = vm.bootLoad('java/lang/Shutdown');
  vm.initialize(vm.mainThread, s);
  vm.callJava(vm.mainThread, s.findDeclaredMethod('shutdown', '()V')!, []);
}
