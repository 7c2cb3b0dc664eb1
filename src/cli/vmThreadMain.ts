// What the VM's thread runs: main() on the command's arguments, in the worker (runVmThread: the arguments
// the main thread sent, the exit status posted back) or on the main thread (runOnThisThread).
// `npm run build` bundles this file, with everything it imports, into dist/bundle/vmThread.cjs: loading
// one script instead of some 130 separate ES modules takes about 40 ms less of every start, and a script
// (unlike a module) can be compiled from V8's code cache (see codeCache.cts). vmLoader.cts loads either
// the bundle or, when the bundle is stale, this module.
import { nodeWorkerThreads } from '../host/node/builtins.js';
import { main } from './main.js';
export { translationV8Flags } from './main.js';
import { internalErrorReport, INTERNAL_ERROR_STATUS } from './internalError.cjs';

/**
 * Runs main() and posts its exit status to the main thread, which then ends the process at once; so
 * `beforeReport`, if given, runs after main() and before the status is posted (the build uses it to
 * save the code cache once the run has compiled what a run needs).
 */
export function runVmThread(beforeReport?: () => void): void {
  const { parentPort: port, workerData } = nodeWorkerThreads();
  if (port === null) return;
  const { argv } = workerData as { argv: string[] };
  runOnThisThread(argv, beforeReport, true).then(
    (status) => port.postMessage({ status }),
    (e: unknown) => port.postMessage({ error: internalErrorReport(e), status: INTERNAL_ERROR_STATUS }),
  );
}

/**
 * Runs main() on the calling thread (the VM worker's if `inWorker`), then `beforeReport` if given, and
 * resolves with the exit status.
 */
export function runOnThisThread(
  argv: string[],
  beforeReport?: () => void,
  inWorker = false,
): Promise<number> {
  // main() runs as a microtask rather than in the caller's turn. Every Java exception is a JS throw, and
  // V8 makes a message object for a throw that has no embedder v8::TryCatch beneath it, with the stack
  // trace Node asks V8 to capture for uncaught exceptions (10 frames); a microtask runs under V8's own
  // TryCatch, which wants no message. Measured: a 6-frame throw and catch cost ~1.1 us in a script's
  // first turn and ~0.7 us in a microtask. The Exceptions benchmark, which otherwise runs in the first turn
  // until the scheduler's first host turn (a second, HOST_TURN_MS), took 1235 ms instead of 840 (medians
  // of 5 runs).
  return Promise.resolve()
    .then(() => main(argv, inWorker))
    .then((status) => {
      beforeReport?.();
      return status;
    });
}
