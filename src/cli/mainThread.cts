// The VM on the main thread, when the tsjvm command could give that thread a stack deep enough for Java
// recursion: bin/tsjvm raises the process's stack limit (`ulimit -s`) and starts Node with V8's
// --stack-size to match, which is only possible when Node starts. Otherwise the VM runs in a worker
// thread whose stack size is set when it is created (worker.ts), which costs some 25-30 ms of every
// start (a second V8 isolate and Node environment). CommonJS, like bin/tsjvm, because Node loads an ES
// module some 6 ms slower.
import { internalErrorReport, INTERNAL_ERROR_STATUS } from './internalError.cjs';
import { loadVm } from './vmLoader.cjs';

/** The V8 flag bin/tsjvm starts Node with (KiB; the worker's stack is as large, worker.ts). */
const MAIN_THREAD_STACK_FLAG = '--stack-size=524288';

/** Whether this process was started with the deep stack the VM needs on the main thread. */
export function hasDeepStack(): boolean {
  return process.execArgv.includes(MAIN_THREAD_STACK_FLAG);
}

/** Runs the VM on this (the main) thread and resolves with the process exit status. */
export function runOnMainThread(argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    // A JS error escaping the VM ends the run as one in the worker does (worker.ts). Only the first is
    // reported: when standard error is a closed pipe, writing the report fails with EPIPE, which arrives
    // as another uncaught exception, whose report would fail again, and so on before the exit below could
    // ever run (a process spinning forever).
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      process.stderr.write(internalErrorReport(e));
      resolve(INTERNAL_ERROR_STATUS);
    };
    process.on('uncaughtException', fail);
    loadVm((entry, beforeReport) => entry.runOnThisThread(argv, beforeReport).then(resolve, fail)).catch(
      fail,
    );
  });
}
