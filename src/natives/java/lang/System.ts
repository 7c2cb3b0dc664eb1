// java.lang.System natives.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import { JavaObject, type JArray, type JValue } from '../../../runtime/object.js';
import { isAssignable } from '../../../runtime/subtype.js';
import { externalTypeName } from '../../../runtime/resolve.js';
import { jsStr } from '../../util.js';
import { nanoTime, currentTimeMillis } from '../../../host/clock.js';

function arrayTypeName(a: JArray): string {
  const p = a.$cls.primitive;
  return p === null ? 'object array' : externalTypeName(p);
}

function fail(t: JavaThread, cls: string, msg: string): never {
  throw t.vm.newThrowable(t, cls, msg);
}

/** System.arraycopy with HotSpot's checks and messages (ObjArrayKlass/TypeArrayKlass::copy_array). */
export function arraycopy(
  t: JavaThread,
  src: JValue,
  srcPos: number,
  dst: JValue,
  dstPos: number,
  length: number,
): void {
  if (src === null || dst === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  if (src instanceof JavaObject)
    fail(t, 'java/lang/ArrayStoreException', `arraycopy: source type ${src.$cls.javaName} is not an array`);
  if (dst instanceof JavaObject)
    fail(
      t,
      'java/lang/ArrayStoreException',
      `arraycopy: destination type ${dst.$cls.javaName} is not an array`,
    );
  const s = src as JArray;
  const d = dst as JArray;
  const sp = s.$cls.primitive;
  const dp = d.$cls.primitive;
  if (sp !== dp) {
    fail(
      t,
      'java/lang/ArrayStoreException',
      `arraycopy: type mismatch: can not copy ${arrayTypeName(s)}[] into ${arrayTypeName(d)}[]`,
    );
  }
  const slen = s.length >> s.$cls.lenShift;
  const dlen = d.length >> d.$cls.lenShift;
  if (length < 0)
    fail(t, 'java/lang/ArrayIndexOutOfBoundsException', `arraycopy: length ${length} is negative`);
  if (srcPos < 0)
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: source index ${srcPos} out of bounds for ${arrayTypeName(s)}[${slen}]`,
    );
  if (dstPos < 0)
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: destination index ${dstPos} out of bounds for ${arrayTypeName(d)}[${dlen}]`,
    );
  if (srcPos + length > slen) {
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: last source index ${srcPos + length} out of bounds for ${arrayTypeName(s)}[${slen}]`,
    );
  }
  if (dstPos + length > dlen) {
    fail(
      t,
      'java/lang/ArrayIndexOutOfBoundsException',
      `arraycopy: last destination index ${dstPos + length} out of bounds for ${arrayTypeName(d)}[${dlen}]`,
    );
  }
  if (length === 0) return;
  if (sp !== null) {
    const shift = s.$cls.lenShift;
    const ts = s as unknown as Int32Array;
    const td = d as unknown as Int32Array;
    td.set(ts.subarray(srcPos << shift, (srcPos + length) << shift), dstPos << shift);
    return;
  }
  const rs = s as JValue[];
  const rd = d as JValue[];
  const dcomp = d.$cls.componentType!;
  const scomp = s.$cls.componentType!;
  // Arrays of different primitive-array types can never hold each other's elements.
  if (
    scomp.primitive !== null &&
    dcomp.primitive !== null &&
    scomp.isArray &&
    dcomp.isArray &&
    scomp !== dcomp
  ) {
    fail(
      t,
      'java/lang/ArrayStoreException',
      `arraycopy: type mismatch: can not copy ${scomp.javaName}[] into ${dcomp.javaName}[]`,
    );
  }
  if (isAssignable(s.$cls.componentType!, dcomp)) {
    if (rs === rd && srcPos < dstPos) for (let i = length - 1; i >= 0; i--) rd[dstPos + i] = rs[srcPos + i];
    else for (let i = 0; i < length; i++) rd[dstPos + i] = rs[srcPos + i];
    return;
  }
  for (let i = 0; i < length; i++) {
    const v = rs[srcPos + i] as JavaObject | JArray | null;
    if (v !== null && !isAssignable(v.$cls, dcomp)) {
      fail(
        t,
        'java/lang/ArrayStoreException',
        `arraycopy: element type mismatch: can not cast one of the elements of ${s.$cls.componentType!.javaName}[] to the type of the destination array, ${dcomp.javaName}`,
      );
    }
    rd[dstPos + i] = v;
  }
}

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
