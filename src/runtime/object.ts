// The object model (HotSpot's "oops"): what a Java object, array and value look like in JS.
import type { JavaClass } from './jclass.js';
import type { Monitor } from '../threads/monitor.js';

/**
 * Root of every generated JS class for a Java class. The header (identity hash, monitor) is declared here so
 * every instance of a Java class shares one V8 hidden class. `$cls` lives on each generated prototype.
 */
export class JavaObject {
  declare $cls: JavaClass;
  $hash: number;
  $mon: Monitor | null;
  constructor() {
    this.$hash = 0;
    this.$mon = null;
  }
}

/** Instance fields are own properties named by their field key; this is the view the VM core uses. */
export type FieldBag = Record<string, JValue>;

/** Primitive arrays are typed arrays; `long[]` is an Int32Array of 2n (lo, hi pairs). */
export type PrimitiveArray = (
  Int8Array | Uint16Array | Int16Array | Int32Array | Float32Array | Float64Array
) & {
  $cls: JavaClass;
};
/** Reference arrays are JS arrays created full of null. */
export type RefArray = JRef[] & { $cls: JavaClass };
export type JArray = PrimitiveArray | RefArray;

export type JRef = JavaObject | JArray | null;
/** A slot value: an int32/float/double number, a reference, or half of a long pair. */
export type JValue = number | JRef;

export function isJavaArray(v: unknown): v is JArray {
  return v !== null && typeof v === 'object' && !(v instanceof JavaObject) && '$cls' in (v as object);
}

export function isJavaObject(v: unknown): v is JavaObject {
  return v instanceof JavaObject;
}

/** The class of any non-null reference. */
export function classOf(ref: JavaObject | JArray): JavaClass {
  return ref.$cls;
}

/** Field access by key, for VM code that must name a field dynamically. */
export function getField(obj: JavaObject, key: string): JValue {
  return (obj as unknown as FieldBag)[key];
}

export function setField(obj: JavaObject, key: string, value: JValue): void {
  (obj as unknown as FieldBag)[key] = value;
}
