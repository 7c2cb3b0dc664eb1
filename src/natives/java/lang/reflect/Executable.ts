// java.lang.reflect.Executable and Field natives: parameters (MethodParameters) and type annotations.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JField, JMethod } from '../../../../runtime/jclass.js';
import type { JavaObject, JValue, FieldBag } from '../../../../runtime/object.js';
import { CpTag } from '../../../../classfile/types.js';
import { classArg, refArray } from '../../../util.js';
import { rawBytes } from '../../../reflection.js';

/** The JMethod behind a java.lang.reflect.Method or Constructor. */
export function executableTarget(t: JavaThread, exe: JavaObject): JMethod {
  const kind = exe.$cls.name === 'java/lang/reflect/Constructor' ? 'Constructor' : 'Method';
  const f = exe as unknown as FieldBag;
  const cls = classArg(t, f[`clazz@java/lang/reflect/${kind}`]);
  return cls.methods[f[`slot@java/lang/reflect/${kind}`] as number];
}

/** The JField behind a java.lang.reflect.Field. */
export function fieldTarget(t: JavaThread, field: JavaObject): JField {
  const f = field as unknown as FieldBag;
  const cls = classArg(t, f['clazz@java/lang/reflect/Field']);
  return cls.fields[f['slot@java/lang/reflect/Field'] as number];
}

/** JVM_GetMethodParameters: null without a MethodParameters attribute, else one Parameter per entry. */
function parameters(t: JavaThread, exe: JavaObject): JValue {
  const vm = t.vm;
  const m = executableTarget(t, exe);
  const params = m.info.methodParameters;
  if (params === null) return null;
  const pool = m.cls.classFile!.constantPool;
  for (const p of params) {
    if (p.nameIndex < 0 || p.nameIndex >= pool.length)
      throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Constant pool index out of bounds');
    if (p.nameIndex !== 0 && pool.get(p.nameIndex)?.tag !== CpTag.Utf8)
      throw vm.newThrowable(t, 'java/lang/IllegalArgumentException', 'Wrong type at constant pool index');
  }
  const pcls = vm.loadClass(t, 'java/lang/reflect/Parameter', null);
  vm.initialize(t, pcls);
  const init = pcls.findDeclaredMethod('<init>', '(Ljava/lang/String;ILjava/lang/reflect/Executable;I)V')!;
  const items = params.map((p, i) => {
    const o = vm.newObject(pcls);
    const name = p.nameIndex === 0 || p.name === null ? null : vm.intern(p.name);
    vm.callJava(t, init, [o, name, p.accessFlags, exe, i]);
    return o;
  });
  return refArray(t, 'java/lang/reflect/Parameter', items);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/reflect/Executable', {
    'getParameters0()[Ljava/lang/reflect/Parameter;': (t, a) => parameters(t, a[0] as JavaObject),
    'getTypeAnnotationBytes0()[B': (t, a) =>
      rawBytes(t, executableTarget(t, a[0] as JavaObject).info.runtimeVisibleTypeAnnotations),
  });
  reg.add('java/lang/reflect/Field', 'getTypeAnnotationBytes0()[B', (t, a) =>
    rawBytes(t, fieldTarget(t, a[0] as JavaObject).info.runtimeVisibleTypeAnnotations),
  );
}
