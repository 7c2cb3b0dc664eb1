// jdk.internal.jimage.NativeImageBuffer: HotSpot hands the JDK's image reader (BasicImageReader) its own
// mapping of lib/modules when the reader opens the image the VM booted from (libjimage's
// NativeImageBuffer.getNativeMap: a direct buffer over the whole file). The reader then needs no
// FileChannel, as in HotSpot: without this it opened one and mapped the file itself, which loads NIO's
// channel classes and spins method-handle classes for ExtendedMapMode (~0.1 s of a program's first
// String.format). The mapping is demand-paged native memory, one per VM; null for any other path, as
// libjimage returns for an image the VM has not opened.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaObject, JValue } from '../../../../runtime/object.js';
import type { JavaThread } from '../../../../threads/thread.js';
import { jdkModulesPath } from '../../../../classpath/classpath.js';
import { mapFileReadOnly } from '../../../sun/nio/ch/mappings.js';
import { newDirectByteBuffer } from '../perf/Perf.js';

/** The booted image's mapping as a direct ByteBuffer, made on first request. */
function imageMap(t: JavaThread): JValue {
  const vm = t.vm;
  return vm.files.state<{ buffer: JValue }>('nativeImageMap', () => {
    const path = jdkModulesPath(vm.options.jdkHome);
    const size = vm.host.stat(path)?.size ?? 0;
    const buffer =
      size > 0 && size < 0x80000000 ? newDirectByteBuffer(t, mapFileReadOnly(t, path, 0, size), size) : null;
    return { buffer };
  }).buffer;
}

export function register(reg: NativeRegistry): void {
  reg.add(
    'jdk/internal/jimage/NativeImageBuffer',
    'getNativeMap(Ljava/lang/String;)Ljava/nio/ByteBuffer;',
    (t, a) => {
      const path = a[0] === null ? null : t.vm.jsString(a[0] as JavaObject);
      return path === jdkModulesPath(t.vm.options.jdkHome) ? imageMap(t) : null;
    },
  );
}
