// What the `java` launcher does after the VM is up (java.c JavaMain): load the main class through
// LauncherHelper, run main on the main thread, wait for the other non-daemon threads (DestroyJavaVM),
// then run the shutdown sequence.
import type { VM } from '../runtime/vm.js';
import { JavaObject, type JValue } from '../runtime/object.js';
import { ExitSignal } from '../runtime/exit.js';
import { startThread } from '../interpreter/interpreter.js';

/** LauncherHelper's launch modes. */
export const LM_CLASS = 1;
export const LM_JAR = 2;

/** Runs `main` and the threads it starts; returns the process exit status. */
export async function launchMain(vm: VM, mode: number, what: string, args: string[]): Promise<number> {
  const t = vm.mainThread;
  try {
    const helper = vm.bootLoad('sun/launcher/LauncherHelper');
    vm.initialize(t, helper);
    const check = helper.findDeclaredMethod('checkAndLoadMain', '(ZILjava/lang/String;)Ljava/lang/Class;')!;
    let mainClass;
    try {
      const mirror = vm.callJava(t, check, [1, mode, vm.newString(what)]) as JavaObject;
      mainClass = vm.classFromMirror(mirror);
    } catch (e) {
      if (!(e instanceof JavaObject)) throw e;
      // LauncherHelper reports its own errors; anything else escaping is reported like an uncaught exception.
      t.uncaught = e;
      vm.scheduler.hooks.threadExited(t);
      return 1;
    }
    const main = mainClass.findDeclaredMethod('main', '([Ljava/lang/String;)V');
    if (!main) throw new Error('tsjvm: LauncherHelper accepted a class without main');
    // java.c looks main up with GetStaticMethodID, which initializes the class first.
    try {
      vm.initialize(t, mainClass);
    } catch (e) {
      if (!(e instanceof JavaObject)) throw e;
      t.uncaught = e;
      vm.scheduler.hooks.threadExited(t);
      return 1;
    }
    const argv = vm.newArray(vm.arrayOf(vm.stringClass), args.length) as JValue[];
    args.forEach((a, i) => (argv[i] = vm.newString(a)));
    let status = 0;
    const exited = vm.scheduler.hooks.threadExited;
    vm.scheduler.hooks.threadExited = (th) => {
      // The launcher's exit code is 1 if main threw (java.c: ExceptionOccurred after CallStaticVoidMethod).
      if (th === t && th.uncaught) status = 1;
      exited(th);
    };
    startThread(t, main, [argv as unknown as JValue]);
    vm.scheduler.start(t);
    await vm.scheduler.run(() => vm.scheduler.liveNonDaemon() > 0);
    shutdown(vm);
    return status;
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  }
}

/** DestroyJavaVM: run java.lang.Shutdown.shutdown (shutdown hooks). */
function shutdown(vm: VM): void {
  const s = vm.bootLoad('java/lang/Shutdown');
  vm.initialize(vm.mainThread, s);
  vm.callJava(vm.mainThread, s.findDeclaredMethod('shutdown', '()V')!, []);
}
