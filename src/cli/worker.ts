// The VM runs in a worker thread so it can have a JS stack deep enough for Java recursion (a worker's
// stack size is ours to choose; the main thread's is fixed at startup). Output goes straight to the
// process's file descriptors with synchronous writes, so nothing is lost or reordered.
import { Worker } from 'node:worker_threads';
import { internalErrorReport, INTERNAL_ERROR_STATUS } from './internalError.cjs';

/** JS stack for the VM thread: room for tens of thousands of Java frames in translated code. */
const VM_STACK_MB = 512;

interface WorkerMessage {
  status?: number;
  error?: string;
}

/** Starts the VM worker and resolves with the process exit status. */
export function runInWorker(argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./vmThread.cjs', import.meta.url), {
      workerData: { argv },
      resourceLimits: { stackSizeMb: VM_STACK_MB },
      stdin: false,
    });
    // kill -3: the JDK-style thread dump, taken by the VM thread at its next scheduling point.
    const onQuit = (): void => worker.postMessage({ dump: true });
    process.on('SIGQUIT', onQuit);
    worker.on('message', (m: WorkerMessage) => {
      if (m.error !== undefined) process.stderr.write(m.error);
      if (m.status !== undefined) resolve(m.status);
    });
    worker.on('error', (e) => {
      process.stderr.write(internalErrorReport(e));
      resolve(INTERNAL_ERROR_STATUS);
    });
    worker.on('exit', (code) => resolve(code === 0 ? INTERNAL_ERROR_STATUS : code));
  });
}
