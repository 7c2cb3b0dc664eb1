// java.lang.reflect.Array natives.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JArray, JValue } from '../../../../runtime/object.js';
import { classArg } from '../../../util.js';
import { newMultiArray } from '../../../../interpreter/arrays.js';

function newArrayOf(t: JavaThread, compMirror: JValue, length: number): JArray {
  const vm = t.vm;
  if (compMirror === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', null);
  const comp = classArg(t, compMirror);
  if (comp.primitive === 'V') throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', null);
  if (length < 0) throw vm.newThrowable(t, 'java/lang/NegativeArraySizeException', String(length));
  return vm.newArray(vm.arrayOf(comp), length);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/reflect/Array', {
    'newArray(Ljava/lang/Class;I)Ljava/lang/Object;': (t, a) => newArrayOf(t, a[0], a[1] as number),
    'getLength(Ljava/lang/Object;)I': (t, a) => {
      const arr = a[0] as JArray | null;
      if (arr === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      if (!arr.$cls.isArray)
        throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Argument is not an array');
      return arr.length >> arr.$cls.lenShift;
    },
    'multiNewArray(Ljava/lang/Class;[I)Ljava/lang/Object;': (t, a) => {
      const vm = t.vm;
      let cls = classArg(t, a[0]);
      const dims = Array.from(a[1] as unknown as Int32Array);
      for (const d of dims)
        if (d < 0) throw vm.newThrowable(t, 'java/lang/NegativeArraySizeException', String(d));
      for (let i = 0; i < dims.length; i++) cls = vm.arrayOf(cls);
      return newMultiArray(t, cls, dims, 0);
    },
  });
}
