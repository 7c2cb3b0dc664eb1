// java.nio.MappedMemoryUtils natives (MappedMemoryUtils.c): residency queries and force for mappings.
import type { NativeRegistry } from '../../registry.js';
import { argLongNumber } from '../../util.js';
import { forceRange } from '../../sun/nio/ch/mappings.js';
import { throwIOWithLastError } from '../io/ioSupport.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/nio/MappedMemoryUtils', {
    // Mapped bytes are copies in memory: always resident.
    'isLoaded0(JJJ)Z': () => 1,
    'load0(JJ)V': () => undefined,
    'unload0(JJ)V': () => undefined,
    'force0(Ljava/io/FileDescriptor;JJ)V': (t, a) => {
      try {
        forceRange(t, argLongNumber(a, 1), argLongNumber(a, 3));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
  });
}
