// java.lang.ProcessHandleImpl natives for the current process (ProcessHandleImpl_unix.c); tsjvm starts
// no child processes, so other pids are reported as not alive.
import type { NativeRegistry } from '../../registry.js';
import { argLongNumber } from '../../util.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/ProcessHandleImpl', {
    'initNative()V': () => undefined,
    'getCurrentPid0()J': (t) => BigInt(t.vm.host.process?.pid ?? 1),
    'isAlive0(J)J': (t, a) => (argLongNumber(a, 0) === (t.vm.host.process?.pid ?? 1) ? 0n : -1n),
    'parent0(JJ)J': () => -1n,
    'getProcessPids0(J[J[J[J)I': () => 0,
    'destroy0(JJZ)Z': () => 0,
    'waitForProcessExit0(JZ)I': () => 0,
  });
  reg.addAll('java/lang/ProcessHandleImpl$Info', {
    'initIDs()V': () => undefined,
    'info0(J)V': () => undefined,
  });
}
