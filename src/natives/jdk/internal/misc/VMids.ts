// jdk.internal.misc.VM's user and group ids (VM.c), from the host.
import type { NativeRegistry } from '../../../registry.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/internal/misc/VM', {
    'getuid()J': (t) => BigInt(t.vm.host.process?.uid ?? 0),
    'geteuid()J': (t) => BigInt(t.vm.host.process?.euid ?? 0),
    'getgid()J': (t) => BigInt(t.vm.host.process?.gid ?? 0),
    'getegid()J': (t) => BigInt(t.vm.host.process?.egid ?? 0),
  });
}
