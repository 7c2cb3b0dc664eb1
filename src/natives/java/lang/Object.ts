// java.lang.Object natives.
import type { NativeRegistry } from '../../registry.js';
import { JavaObject, type JArray, type PrimitiveArray } from '../../../runtime/object.js';
import { waitOn, notifyOne, notifyAll } from '../../../threads/monitors.js';
import { argLongNumber } from '../../util.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Object', {
    'getClass()Ljava/lang/Class;': (t, a) => t.vm.mirrorOf((a[0] as JavaObject).$cls),
    'hashCode()I': (t, a) => t.vm.identityHash(a[0] as JavaObject),
    // JVMS-independent but HotSpot's behaviour: a shallow copy; CloneNotSupportedException unless Cloneable.
    'clone()Ljava/lang/Object;': (t, a) => {
      const o = a[0] as JavaObject | JArray;
      const vm = t.vm;
      if (!(o instanceof JavaObject)) {
        if (o.$cls.primitive === null) {
          const refs = o.slice() as JArray;
          refs.$cls = o.$cls;
          return refs;
        }
        // Made as newarray makes it (a primitive array past 64 bytes shares a buffer, memory/arraySlab.ts).
        const copy = vm.newArray(o.$cls, o.length >> o.$cls.lenShift) as PrimitiveArray;
        copy.set(o as PrimitiveArray as Int32Array);
        return copy;
      }
      if (!vm.isInstanceOf(o, 'java/lang/Cloneable'))
        throw vm.newThrowable(t, 'java/lang/CloneNotSupportedException', o.$cls.javaName);
      // Every own property: the fields, and what HotSpot would keep in injected fields (a MemberName's
      // target); then a fresh header.
      const copy = Object.assign(vm.newObject(o.$cls), o);
      copy.$hash = 0;
      copy.$mon = null;
      return copy;
    },
    'notify()V': (t, a) => notifyOne(t, a[0] as JavaObject),
    'notifyAll()V': (t, a) => notifyAll(t, a[0] as JavaObject),
    'wait(J)V': (t, a) => waitOn(t, a[0] as JavaObject, argLongNumber(a, 1)),
  });
}
