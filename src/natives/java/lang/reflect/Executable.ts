// java.lang.reflect.Executable natives: method parameters from the MethodParameters attribute.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaObject, JValue, FieldBag } from '../../../../runtime/object.js';
import { classArg, refArray } from '../../../util.js';

export function register(reg: NativeRegistry): void {
  // JVM_GetMethodParameters: null without a MethodParameters attribute (Java then names them argN).
  reg.add('java/lang/reflect/Executable', 'getParameters0()[Ljava/lang/reflect/Parameter;', (t, a) => {
    const vm = t.vm;
    const exe = a[0] as unknown as FieldBag;
    const kind =
      (a[0] as JavaObject).$cls.name === 'java/lang/reflect/Constructor' ? 'Constructor' : 'Method';
    const cls = classArg(t, exe[`clazz@java/lang/reflect/${kind}`]);
    const m = cls.methods[exe[`slot@java/lang/reflect/${kind}`] as number];
    const params = m.info.methodParameters;
    if (params === null) return null;
    const pcls = vm.bootLoad('java/lang/reflect/Parameter');
    vm.initialize(t, pcls);
    const out: JValue[] = params.map((p, i) => {
      const o = vm.newObject(pcls) as unknown as FieldBag;
      o['name@java/lang/reflect/Parameter'] = p.name === null ? null : vm.intern(p.name);
      o['modifiers@java/lang/reflect/Parameter'] = p.accessFlags;
      o['executable@java/lang/reflect/Parameter'] = a[0];
      o['index@java/lang/reflect/Parameter'] = i;
      return o as unknown as JValue;
    });
    return refArray(t, 'java/lang/reflect/Parameter', out);
  });
  reg.add('java/lang/reflect/Executable', 'getTypeAnnotationBytes0()[B', () => null);
}
