// Boot plumbing natives whose HotSpot behaviour, on this VM, is a constant: CDS is off, signals are
// accepted, scoped memory access needs no registration, the long CAS is native.
import type { NativeRegistry } from '../../../registry.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/internal/misc/CDS', {
    'isDumpingClassList0()Z': () => 0,
    'isDumpingArchive0()Z': () => 0,
    'isSharingEnabled0()Z': () => 0,
    'getRandomSeedForDumping()J': () => 0n,
    'initializeFromArchive(Ljava/lang/Class;)V': () => undefined,
    'defineArchivedModules(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V': () => undefined,
    'logLambdaFormInvoker(Ljava/lang/String;)V': () => undefined,
  });
  reg.addAll('jdk/internal/misc/VM', {
    'initialize()V': () => undefined,
    'initializeFromArchive(Ljava/lang/Class;)V': () => undefined,
    'latestUserDefinedLoader0()Ljava/lang/ClassLoader;': (t) => {
      for (let f = t.frame; f; f = f.parent) if (f.method.cls.loader !== null) return f.method.cls.loader;
      return null;
    },
    'getNanoTimeAdjustment(J)J': (_t, a) => {
      const offsetSec = BigInt(a[1] as number) * 4294967296n + BigInt((a[0] as number) >>> 0);
      const nowNs = BigInt(Date.now()) * 1000000n;
      const diff = nowNs - offsetSec * 1000000000n;
      // Outside ±2^32 seconds the JDK expects -1 (VM.getNanoTimeAdjustment contract).
      if (diff > 0xffffffffn * 1000000000n || diff < -0xffffffffn * 1000000000n) return -1n;
      return diff;
    },
    'getRuntimeArguments()[Ljava/lang/String;': (t) => t.vm.newArray(t.vm.arrayOf(t.vm.stringClass), 0),
  });
  reg.addAll('jdk/internal/misc/Signal', {
    'findSignal0(Ljava/lang/String;)I': (t, a) => {
      const names: Record<string, number> = {
        HUP: 1,
        INT: 2,
        QUIT: 3,
        TERM: 15,
        USR1: 10,
        USR2: 12,
        TRAP: 5,
        ABRT: 6,
      };
      return names[t.vm.jsString(a[0] as never)] ?? -1;
    },
    'handle0(IJ)J': () => 0n,
    'raise0(I)V': () => undefined,
  });
  reg.add('jdk/internal/misc/ScopedMemoryAccess', 'registerNatives()V', () => undefined);
  reg.add('java/util/concurrent/atomic/AtomicLong', 'VMSupportsCS8()Z', () => 1);
  reg.addAll('java/security/AccessController', {
    'getStackAccessControlContext()Ljava/security/AccessControlContext;': () => null,
    'getInheritedAccessControlContext()Ljava/security/AccessControlContext;': () => null,
    'getProtectionDomain(Ljava/lang/Class;)Ljava/security/ProtectionDomain;': (t, a) =>
      t.vm.classFromMirror(a[0] as never).protectionDomain,
    'ensureMaterializedForStackWalk(Ljava/lang/Object;)V': () => undefined,
  });
}
