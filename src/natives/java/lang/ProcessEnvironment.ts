// java.lang.ProcessEnvironment.environ (ProcessEnvironment_md.c): the process environment as name/value
// byte arrays, in the host's order, entries without '=' already dropped by the host.
import type { NativeRegistry } from '../../registry.js';
import type { JValue } from '../../../runtime/object.js';
import { byteArray, refArray } from '../../util.js';
import { utf8Bytes } from '../io/ioSupport.js';

export function register(reg: NativeRegistry): void {
  reg.add('java/lang/ProcessEnvironment', 'environ()[[B', (t) => {
    const items: JValue[] = [];
    for (const [name, value] of Object.entries(t.vm.host.env())) {
      items.push(byteArray(t, utf8Bytes(name)), byteArray(t, utf8Bytes(value)));
    }
    return refArray(t, '[B', items);
  });
}
