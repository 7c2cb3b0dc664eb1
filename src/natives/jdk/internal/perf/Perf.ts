// jdk.internal.perf.Perf natives (Perf.cpp): performance counters live in native memory and are handed to
// Java as direct ByteBuffers, as HotSpot hands out its perf data memory. Nothing reads them from outside.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JArray, JValue } from '../../../../runtime/object.js';
import { argLong, bytesOf } from '../../../util.js';
import { nanoTime } from '../../../../host/clock.js';
import { newObjectWith } from '../../../java/io/ioSupport.js';

/** JNI NewDirectByteBuffer: a java.nio.DirectByteBuffer over `capacity` bytes of native memory. */
export function newDirectByteBuffer(t: JavaThread, address: number, capacity: number): JValue {
  return newObjectWith(t, 'java/nio/DirectByteBuffer', '(JI)V', [
    address | 0,
    Math.floor(address / 4294967296),
    capacity,
  ]);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/internal/perf/Perf', {
    'registerNatives()V': () => undefined,
    'attach(Ljava/lang/String;II)Ljava/nio/ByteBuffer;': (t) => {
      throw t.vm.newThrowable(t, 'java/io/IOException', 'Perf memory is not available');
    },
    'detach(Ljava/nio/ByteBuffer;)V': () => undefined,
    'createLong(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;': (t, a) => {
      const mem = t.vm.nativeMemory;
      const address = mem.allocate(8);
      mem.view.setBigInt64(address, argLong(a, 4), true);
      return newDirectByteBuffer(t, address, 8);
    },
    'createByteArray(Ljava/lang/String;II[BI)Ljava/nio/ByteBuffer;': (t, a) => {
      const value = bytesOf(a[4] as JArray);
      const max = Math.max(a[5] as number, value.length);
      const mem = t.vm.nativeMemory;
      const address = mem.allocate(max);
      mem.bytes.fill(0, address, address + max);
      mem.bytes.set(value, address);
      return newDirectByteBuffer(t, address, max);
    },
    'highResCounter()J': () => nanoTime(),
    'highResFrequency()J': () => 1000000000n,
  });
}
