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

/** Sizes of constant pool entries after the tag byte (JVMS §4.4), except Utf8; 0 = unknown tag. */
const CP_ENTRY_SIZE: Record<number, number> = {
  3: 4,
  4: 4,
  5: 8,
  6: 8,
  7: 2,
  8: 2,
  9: 4,
  10: 4,
  11: 4,
  12: 4,
  15: 3,
  16: 2,
  17: 4,
  18: 4,
  19: 2,
  20: 2,
};

/**
 * The class file `bytes` with its this_class renamed to `name` (internal form): a new Utf8 entry is
 * appended to the constant pool and this_class's CONSTANT_Class points at it. Unchanged if the name is
 * already that, or if the bytes can't be read (the parser then reports the format error).
 */
function renameClass(bytes: Uint8Array, name: string): Uint8Array {
  const u2 = (p: number): number => (bytes[p] << 8) | bytes[p + 1];
  if (bytes.length < 10) return bytes;
  const count = u2(8);
  const offsets: number[] = [];
  let p = 10;
  for (let i = 1; i < count; i++) {
    offsets[i] = p;
    const tag = bytes[p];
    if (tag === 1) p += 3 + u2(p + 1);
    else if (CP_ENTRY_SIZE[tag]) {
      p += 1 + CP_ENTRY_SIZE[tag];
      if (tag === 5 || tag === 6) i++;
    } else return bytes;
    if (p > bytes.length) return bytes;
  }
  const thisClass = u2(p + 2);
  const classAt = offsets[thisClass];
  if (classAt === undefined || bytes[classAt] !== 7) return bytes;
  const nameAt = offsets[u2(classAt + 1)];
  if (nameAt === undefined || bytes[nameAt] !== 1) return bytes;
  const utf = encodeModifiedUtf8(name);
  const current = bytes.subarray(nameAt + 3, nameAt + 3 + u2(nameAt + 1));
  if (current.length === utf.length && current.every((v, i) => v === utf[i])) return bytes;
  const out = new Uint8Array(bytes.length + 3 + utf.length);
  out.set(bytes.subarray(0, p), 0);
  out[p] = 1;
  out[p + 1] = utf.length >> 8;
  out[p + 2] = utf.length & 0xff;
  out.set(utf, p + 3);
  out.set(bytes.subarray(p), p + 3 + utf.length);
  out[8] = (count + 1) >> 8;
  out[9] = (count + 1) & 0xff;
  out[classAt + 1] = count >> 8;
  out[classAt + 2] = count & 0xff;
  return out;
}

function encodeModifiedUtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 1 && c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
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
          t.vm.nativeMemory.touch(address + off, len);
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
          // The JDK may ask for a name other than the one in the bytes (MethodHandleImpl's InjectedInvoker
          // template becomes `<caller>$$InjectedInvoker`); the hidden class takes the requested name.
          const name = internalName(t, a[2]);
          const bytes = name === null ? b : renameClass(b, name);
          cls = vm.defineHiddenClass(t, bytes, lookup, (flags & NESTMATE_CLASS) !== 0, a[9]);
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
