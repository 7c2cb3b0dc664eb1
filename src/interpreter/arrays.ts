// JVMS §6.5 multianewarray.
import type { JavaClass } from '../runtime/jclass.js';
import type { JArray, RefArray } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';

/** Creates `counts[depth]` arrays of `cls`, each filled with sub-arrays for the remaining dimensions. */
export function newMultiArray(thread: JavaThread, cls: JavaClass, counts: number[], depth: number): JArray {
  const n = counts[depth];
  if (n > 0x7ffffffd) {
    throw thread.vm.newThrowable(
      thread,
      'java/lang/OutOfMemoryError',
      'Requested array size exceeds VM limit',
    );
  }
  const a = thread.vm.newArray(cls, n);
  if (depth + 1 < counts.length) {
    const comp = cls.componentType!;
    const ra = a as RefArray;
    for (let i = 0; i < n; i++) ra[i] = newMultiArray(thread, comp, counts, depth + 1);
  }
  return a;
}
