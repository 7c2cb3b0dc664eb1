// java.lang.Runtime and java.lang.Shutdown natives.
import type { NativeRegistry } from '../../registry.js';
import { ExitSignal } from '../../../runtime/exit.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Runtime', {
    // The host's count, as HotSpot reports it: Java code sizes its pools by it (the pools' threads all
    // share the one JS thread here, which only changes how they interleave).
    'availableProcessors()I': (t) => t.vm.host.process?.cpus ?? 1,
    'maxMemory()J': (t) => BigInt(t.vm.options.maxHeap),
    'totalMemory()J': (t) => BigInt(Math.min(t.vm.options.maxHeap, 256 * 1024 * 1024)),
    // Heap accounting arrives with the memory manager; until then half the committed heap reads as free.
    'freeMemory()J': (t) => BigInt(Math.min(t.vm.options.maxHeap, 256 * 1024 * 1024) / 2),
    'gc()V': () => undefined,
  });
  reg.addAll('java/lang/Shutdown', {
    'beforeHalt()V': () => undefined,
    // Unwinds every Java frame without running finally blocks: the VM ends here.
    'halt0(I)V': (_t, a) => {
      throw new ExitSignal(a[0] as number);
    },
  });
}
