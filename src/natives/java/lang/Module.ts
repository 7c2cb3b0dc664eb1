// java.lang.Module natives: the VM's module graph is only what class definition needs — which module a
// class of a package belongs to. Readability and exports are enforced by the JDK's Java code.
import type { NativeRegistry } from '../../registry.js';
import type { JavaObject, JValue, FieldBag } from '../../../runtime/object.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Module', {
    'defineModule0(Ljava/lang/Module;ZLjava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V': (t, a) => {
      const vm = t.vm;
      const module = a[0] as JavaObject;
      (module as JavaObject & { $version?: JValue }).$version = a[2];
      const mf = module as unknown as FieldBag;
      const loader = mf['loader@java/lang/Module'] as JavaObject | null;
      const packages = (a[4] as unknown as JavaObject[]).map((p) => vm.jsString(p).replace(/\./g, '/'));
      const name = vm.jsString(mf['name@java/lang/Module'] as JavaObject);
      vm.defineModulePackages(module, loader, packages, name === 'java.base');
      if (vm.dumpingArchive)
        vm.moduleDefinitions.push({ module, loader, packages, isJavaBase: name === 'java.base' });
    },
    'addReads0(Ljava/lang/Module;Ljava/lang/Module;)V': () => undefined,
    'addExports0(Ljava/lang/Module;Ljava/lang/String;Ljava/lang/Module;)V': () => undefined,
    'addExportsToAll0(Ljava/lang/Module;Ljava/lang/String;)V': () => undefined,
    'addExportsToAllUnnamed0(Ljava/lang/Module;Ljava/lang/String;)V': () => undefined,
  });
}
