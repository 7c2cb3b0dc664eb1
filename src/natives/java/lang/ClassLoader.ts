// java.lang.ClassLoader and jdk.internal.loader.BootLoader natives.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JavaObject, JValue, JArray, FieldBag } from '../../../runtime/object.js';
import { jsStr, bytesOf, classArg, argLongNumber } from '../../util.js';

// java.lang.invoke.MethodHandleNatives.Constants: defineClass0 flags
const NESTMATE_CLASS = 0x1;
const HIDDEN_CLASS = 0x2;

function internalName(t: JavaThread, name: JValue): string | null {
  const s = jsStr(t, name);
  return s === null ? null : s.replace(/\./g, '/');
}

function defineFromBytes(
  t: JavaThread,
  loader: JValue,
  name: JValue,
  bytes: Uint8Array,
  pd: JValue,
  source: JValue,
): JavaObject {
  const vm = t.vm;
  const expected = internalName(t, name);
  const src = jsStr(t, source);
  const cls = vm.defineClass(
    t,
    bytes.slice(),
    loader as JavaObject | null,
    expected,
    pd as JavaObject | null,
    src ?? '__JVM_DefineClass__',
  );
  return vm.mirrorOf(cls);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/ClassLoader', {
    'registerNatives()V': () => undefined,
    'findBootstrapClass(Ljava/lang/String;)Ljava/lang/Class;': (t, a) => {
      const name = internalName(t, a[0]);
      if (name === null || name.startsWith('[')) return null;
      const c = t.vm.loadBootClass(name, t);
      return c ? t.vm.mirrorOf(c) : null;
    },
    'findLoadedClass0(Ljava/lang/String;)Ljava/lang/Class;': (t, a) => {
      const name = internalName(t, a[1]);
      if (name === null) return null;
      const c = t.vm.findLoadedClass(name, a[0] as JavaObject);
      return c ? t.vm.mirrorOf(c) : null;
    },
    'defineClass1(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;':
      (t, a) => {
        const b = bytesOf(a[2] as JArray).subarray(a[3] as number, (a[3] as number) + (a[4] as number));
        return defineFromBytes(t, a[0], a[1], b, a[5], a[6]);
      },
    // The bytes come from a heap buffer (its byte[] at its array offset) or a direct one (native memory).
    'defineClass2(Ljava/lang/ClassLoader;Ljava/lang/String;Ljava/nio/ByteBuffer;IILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;':
      (t, a) => {
        const buf = a[2] as unknown as FieldBag;
        const off = a[3] as number;
        const len = a[4] as number;
        const hb = buf['hb@java/nio/ByteBuffer'] as JArray | null;
        let bytes: Uint8Array;
        if (hb !== null) {
          const start = (buf['offset@java/nio/ByteBuffer'] as number) + off;
          bytes = bytesOf(hb).subarray(start, start + len);
        } else {
          const address = argLongNumber(
            [buf['address@java/nio/Buffer'], buf['address@java/nio/Buffer$hi']],
            0,
          );
          bytes = t.vm.nativeMemory.bytes.subarray(address + off, address + off + len);
        }
        return defineFromBytes(t, a[0], a[1], bytes, a[5], a[6]);
      },
    'findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;': () => null,
    'defineClass0(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;':
      (t, a) => {
        const vm = t.vm;
        const lookup = classArg(t, a[1]);
        const off = a[4] as number;
        const b = bytesOf(a[3] as JArray).slice(off, off + (a[5] as number));
        const flags = a[8] as number;
        const initialize = a[7] !== 0;
        let cls;
        if ((flags & HIDDEN_CLASS) !== 0) {
          cls = vm.defineHiddenClass(t, b, lookup, (flags & NESTMATE_CLASS) !== 0, a[9]);
        } else {
          cls = vm.defineClass(
            t,
            b,
            lookup.loader,
            internalName(t, a[2]),
            lookup.protectionDomain,
            '__Lookup_defineClass__',
          );
        }
        if (initialize) vm.initialize(t, cls);
        return vm.mirrorOf(cls);
      },
  });
  reg.add('jdk/internal/loader/BootLoader', 'setBootLoaderUnnamedModule0(Ljava/lang/Module;)V', (t, a) => {
    t.vm.bootUnnamedModule = a[0] as JavaObject;
  });
  reg.add(
    'jdk/internal/loader/BootLoader',
    'getSystemPackageLocation(Ljava/lang/String;)Ljava/lang/String;',
    (t, a) => {
      void a;
      return t.vm.newString('jrt:/java.base');
    },
  );
  // The JDK's own native libraries (lib*.so under java.home) are implemented here in TypeScript, so
  // "loading" one succeeds and its JNI_OnLoad is nothing. Any other library can't be loaded: the JDK's code
  // reports it as java does (UnsatisfiedLinkError "no X in java.library.path" when it isn't found).
  reg.addAll('jdk/internal/loader/NativeLibraries', {
    'findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;': () => null,
    'load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z': (t, a) => {
      const path = jsStr(t, a[1]) ?? '';
      return path.startsWith(t.vm.options.jdkHome + '/') ? 1 : 0;
    },
    'unload(Ljava/lang/String;ZZJ)V': () => undefined,
    'findEntry0(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;)J': () => 0n,
  });
}
