// java.lang.ref.Reference natives. Reclamation belongs to the host's collector; until reference
// processing exists (memory manager), referents stay strongly reachable and the pending list stays empty.
import type { NativeRegistry } from '../../../registry.js';
import type { FieldBag } from '../../../../runtime/object.js';
import { pendingOperation } from '../../../../threads/scheduler.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/ref/Reference', {
    'getAndClearReferencePendingList()Ljava/lang/ref/Reference;': () => null,
    'hasReferencePendingList()Z': () => 0,
    // Reference processing arrives with the memory manager: the Reference Handler waits forever.
    'waitForReferencePendingList()V': (t) => {
      t.vm.scheduler.block(t, pendingOperation('park', null, Infinity), 0x291);
    },
    'refersTo0(Ljava/lang/Object;)Z': (_t, a) =>
      (a[0] as unknown as FieldBag)['referent@java/lang/ref/Reference'] === a[1] ? 1 : 0,
    'clear0()V': (_t, a) => {
      (a[0] as unknown as FieldBag)['referent@java/lang/ref/Reference'] = null;
    },
  });
  reg.add('java/lang/ref/PhantomReference', 'refersTo0(Ljava/lang/Object;)Z', (_t, a) =>
    (a[0] as unknown as FieldBag)['referent@java/lang/ref/Reference'] === a[1] ? 1 : 0,
  );
  reg.add('java/lang/ref/Finalizer', 'isFinalizationEnabled()Z', () => 0);
}
