// jdk.internal.jimage.NativeImageBuffer: HotSpot hands the JDK's image reader its own mapping of
// lib/modules. tsjvm has none to share, so the reader maps the file itself (FileChannel.map).
import type { NativeRegistry } from '../../../registry.js';

export function register(reg: NativeRegistry): void {
  reg.add(
    'jdk/internal/jimage/NativeImageBuffer',
    'getNativeMap(Ljava/lang/String;)Ljava/nio/ByteBuffer;',
    () => null,
  );
}
