// Small conversions every native needs: JS <-> Java strings, mirrors, long arguments.
import type { JavaClass } from '../runtime/jclass.js';
import type { JavaObject, JValue, FieldBag, JArray } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';

/** The JS string of a java.lang.String argument (null stays null). */
export function jsStr(t: JavaThread, v: JValue): string | null {
  return v === null ? null : t.vm.jsString(v as JavaObject);
}

/** A long argument at slot `i` (lo at i, hi at i+1) as a JS number; exact for |v| ≤ 2^53. */
export function argLongNumber(args: JValue[], i: number): number {
  return (args[i + 1] as number) * 4294967296 + ((args[i] as number) >>> 0);
}

/** A long argument at slot `i` as a bigint. */
export function argLong(args: JValue[], i: number): bigint {
  return (BigInt(args[i + 1] as number) << 32n) | BigInt((args[i] as number) >>> 0);
}

/** The VM class behind a java.lang.Class argument. */
export function classArg(t: JavaThread, v: JValue): JavaClass {
  if (v === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  return t.vm.classFromMirror(v as JavaObject);
}

/** Reads a field of a Java object by declaring class and name. */
export function fieldOf(obj: JavaObject, cls: string, name: string): JValue {
  return (obj as unknown as FieldBag)[`${name}@${cls}`];
}

export function setFieldOf(obj: JavaObject, cls: string, name: string, v: JValue): void {
  (obj as unknown as FieldBag)[`${name}@${cls}`] = v;
}

/** A new String[] (or other reference array) holding `items`. */
export function refArray(t: JavaThread, elemClass: string, items: JValue[]): JArray {
  const vm = t.vm;
  const a = vm.newArray(vm.arrayOf(vm.loadClass(t, elemClass, null)), items.length) as JValue[] & JArray;
  for (let i = 0; i < items.length; i++) a[i] = items[i];
  return a;
}

/** A new byte[] with the given bytes. */
export function byteArray(t: JavaThread, bytes: Uint8Array): JArray {
  const a = t.vm.newArray(t.vm.byteArrayClass, bytes.length) as Int8Array & JArray;
  a.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  return a;
}

/** The bytes of a byte[] as an unsigned view (no copy). */
export function bytesOf(a: JArray): Uint8Array {
  const i8 = a as unknown as Int8Array;
  return new Uint8Array(i8.buffer, i8.byteOffset, i8.length);
}
