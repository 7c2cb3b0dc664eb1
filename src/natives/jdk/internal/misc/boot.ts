// Boot plumbing natives: CDS (the shared archive's objects, src/cds), and those whose HotSpot behaviour is
// a constant on this VM: signals are accepted, scoped memory access needs no registration, the long CAS
// is native.
import type { NativeRegistry } from '../../../registry.js';
import type { VM } from '../../../../runtime/vm.js';
import type { JavaObject } from '../../../../runtime/object.js';

/**
 * JVM_GetRandomSeedForDumping: the seed ImmutableCollections uses in a dump run instead of the clock, so
 * that dumping the same class library twice gives the same archive. HotSpot hashes its version strings;
 * so does this, with the runtime version the archive is made for.
 */
function randomSeedForDumping(vm: VM): bigint {
  let h = 0;
  for (const s of [vm.vmProperties.get('java.vm.version') ?? '', 'release', 'tsjvm']) {
    let sh = 0;
    for (let i = 0; i < s.length; i++) sh = (Math.imul(sh, 31) + s.charCodeAt(i)) | 0;
    h ^= sh;
  }
  const seed = BigInt(h) + 17n;
  return seed === 0n ? 0x87654321n : seed;
}

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/internal/misc/CDS', {
    'isDumpingClassList0()Z': () => 0,
    'isDumpingArchive0()Z': (t) => (t.vm.dumpingArchive ? 1 : 0),
    // The archive holds objects, not classes or lambda proxies: reporting sharing as enabled would
    // only send every lambda through LambdaProxyClassArchive's lookups, which can find nothing.
    'isSharingEnabled0()Z': () => 0,
    'getRandomSeedForDumping()J': (t) => (t.vm.dumpingArchive ? randomSeedForDumping(t.vm) : 0n),
    'initializeFromArchive(Ljava/lang/Class;)V': (t, a) =>
      t.vm.sharedHeap?.initializeFromArchive(t, t.vm.classFromMirror(a[0] as JavaObject)),
    'defineArchivedModules(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V': (t) =>
      t.vm.sharedHeap?.defineArchivedModules(),
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
