// java.lang.System natives.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JavaObject, JValue } from '../../../runtime/object.js';
import { arraycopy } from '../../../runtime/arraycopy.js';
import { jsStr } from '../../util.js';
import { nanoTime, currentTimeMillis } from '../../../host/clock.js';

export function register(reg: NativeRegistry): void {
  const setStatic = (t: JavaThread, name: string, v: JValue): void => {
    const sys = t.vm.bootLoad('java/lang/System');
    sys.statics[`${name}@java/lang/System`] = v;
  };
  reg.addAll('java/lang/System', {
    'registerNatives()V': () => undefined,
    'arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V': (t, a) => {
      arraycopy(t, a[0], a[1] as number, a[2], a[3] as number, a[4] as number);
    },
    'nanoTime()J': () => nanoTime(),
    'currentTimeMillis()J': () => currentTimeMillis(),
    'identityHashCode(Ljava/lang/Object;)I': (t, a) =>
      a[0] === null ? 0 : t.vm.identityHash(a[0] as JavaObject),
    'setIn0(Ljava/io/InputStream;)V': (t, a) => setStatic(t, 'in', a[0]),
    'setOut0(Ljava/io/PrintStream;)V': (t, a) => setStatic(t, 'out', a[0]),
    'setErr0(Ljava/io/PrintStream;)V': (t, a) => setStatic(t, 'err', a[0]),
    'mapLibraryName(Ljava/lang/String;)Ljava/lang/String;': (t, a) => {
      const name = jsStr(t, a[0]);
      if (name === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      return t.vm.newString(`lib${name}.so`);
    },
  });
}
