// java.io.ObjectStreamClass natives (ObjectStreamClass.c).
import type { NativeRegistry } from '../../registry.js';
import { classArg } from '../../util.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/io/ObjectStreamClass', {
    'initNative()V': () => undefined,
    /** Whether the class declares a static initializer (its own <clinit>, not an inherited one). */
    'hasStaticInitializer(Ljava/lang/Class;)Z': (t, a) => {
      const m = classArg(t, a[0]).findDeclaredMethod('<clinit>', '()V');
      return m !== undefined && m.isStatic ? 1 : 0;
    },
  });
}
