// Memory access behind Unsafe: an (object, offset) pair names a field, an array element, a static field
// (base = the Class mirror, offset ≥ STATIC_OFFSET_BASE) or, with a null base, native memory.
import { JavaObject, type JArray, type JValue, type FieldBag } from '../../../../runtime/object.js';
import { fromBigInt, L } from '../../../../runtime/long.js';
import type { JField, JavaClass } from '../../../../runtime/jclass.js';
import { INSTANCE_OFFSET_BASE, STATIC_OFFSET_BASE } from '../../../../runtime/classloading.js';
import type { VM } from '../../../../runtime/vm.js';

/** HotSpot-like array layout: a 16-byte header, then elements of their natural size (references 4). */
export const ARRAY_BASE_OFFSET = 16;

export type AccessKind = 'Z' | 'B' | 'S' | 'C' | 'I' | 'J' | 'F' | 'D' | 'L';

export function arrayIndexScale(cls: JavaClass): number {
  switch (cls.primitive) {
    case 'Z':
    case 'B':
      return 1;
    case 'S':
    case 'C':
      return 2;
    case 'I':
    case 'F':
      return 4;
    case 'J':
    case 'D':
      return 8;
    default:
      return 4;
  }
}

const scratch = new DataView(new ArrayBuffer(8));

/** The instance field of `cls` (or a superclass) at `offset`, if one is there. */
function instanceFieldAt(cls: JavaClass, offset: number): JField | undefined {
  // Instance offsets are INSTANCE_OFFSET_BASE + 8 × the field's index in layout order (classloading.ts).
  const f = cls.instanceFields[(offset - INSTANCE_OFFSET_BASE) >> 3];
  return f !== undefined && f.offset === offset ? f : undefined;
}

/** The field an offset names on an object, or a static field when the base is a mirror. */
function fieldAt(vm: VM, obj: JavaObject, offset: number): JField {
  if (offset >= STATIC_OFFSET_BASE) {
    const cls = vm.classFromMirror(obj);
    for (const f of cls.fields) if (f.isStatic && f.offset === offset) return f;
  } else {
    const f = instanceFieldAt(obj.$cls, offset);
    if (f) return f;
  }
  throw new Error(`tsjvm: no field at offset ${offset} in ${obj.$cls.name}`);
}

/** What holds the field at `offset` of `obj`: the object, or for a static field its class's statics. */
function holderAt(vm: VM, obj: JavaObject, offset: number): FieldBag {
  return offset >= STATIC_OFFSET_BASE ? vm.classFromMirror(obj).statics : (obj as unknown as FieldBag);
}

/**
 * The instance field at `offset` of `base` if it holds values of `kind` (a reference kind: an object or an
 * array), else undefined: what java.util.concurrent's atomics and VarHandles access.
 */
export function instanceFieldOfKind(base: JValue, offset: number, kind: AccessKind): JField | undefined {
  if (!(base instanceof JavaObject) || offset >= STATIC_OFFSET_BASE) return undefined;
  const f = instanceFieldAt(base.$cls, offset);
  return f !== undefined && (f.type === kind || (kind === 'L' && f.type === '[')) ? f : undefined;
}

/**
 * The instance field at `offset` of `base` if it holds values of `kind` as they are (not a long, whose
 * halves are two properties), else undefined: the accesses of atomics and VarHandles take this path first.
 */
function plainInstanceField(base: JValue, offset: number, kind: AccessKind): JField | undefined {
  return kind === 'J' ? undefined : instanceFieldOfKind(base, offset, kind);
}

/** A byte view of a primitive array's storage, for accesses that don't match its element type. */
function arrayView(a: JArray): DataView {
  const ta = a as unknown as Int8Array;
  return new DataView(ta.buffer, ta.byteOffset, ta.byteLength);
}

/** Reads a value of `kind` at (base, offset); a long is returned as a bigint. */
export function unsafeGet(vm: VM, base: JValue, offset: number, kind: AccessKind): JValue | bigint {
  const plain = plainInstanceField(base, offset, kind);
  if (plain !== undefined) return (base as unknown as FieldBag)[plain.key];
  if (base === null) {
    vm.nativeMemory.touch(offset, 8);
    return getFromView(vm.nativeMemory.view, offset, kind);
  }
  if (base instanceof JavaObject) {
    const f = fieldAt(vm, base, offset);
    const holder = holderAt(vm, base, offset);
    if (f.type === 'J')
      return (BigInt(holder[f.hiKey] as number) << 32n) | BigInt((holder[f.key] as number) >>> 0);
    // Raw-bits access to a float or double field (Unsafe.getAndAddDouble's CAS loop and friends).
    if (kind === 'J' && f.type === 'D') {
      scratch.setFloat64(0, holder[f.key] as number, true);
      return scratch.getBigInt64(0, true);
    }
    if (kind === 'I' && f.type === 'F') {
      scratch.setFloat32(0, holder[f.key] as number, true);
      return scratch.getInt32(0, true);
    }
    return holder[f.key];
  }
  const a = base as JArray;
  const cls = a.$cls;
  const index = offset - ARRAY_BASE_OFFSET;
  if (cls.primitive === null) return (a as JValue[])[index >> 2];
  const scale = arrayIndexScale(cls);
  if (
    kind === cls.primitive ||
    (kind === 'B' && cls.primitive === 'Z') ||
    (kind === 'Z' && cls.primitive === 'B')
  ) {
    if (kind === 'J') {
      const i32 = a as unknown as Int32Array;
      const i = index >> 2;
      return (BigInt(i32[i + 1]) << 32n) | BigInt(i32[i] >>> 0);
    }
    return (a as unknown as number[])[index / scale];
  }
  return getFromView(arrayView(a), index, kind);
}

/** Writes a value of `kind` at (base, offset); a long value is a bigint. */
export function unsafePut(vm: VM, base: JValue, offset: number, kind: AccessKind, v: JValue | bigint): void {
  const plain = plainInstanceField(base, offset, kind);
  if (plain !== undefined) {
    (base as unknown as FieldBag)[plain.key] = v as JValue;
    return;
  }
  if (base === null) {
    vm.nativeMemory.touch(offset, 8);
    putToView(vm.nativeMemory.view, offset, kind, v);
    return;
  }
  if (base instanceof JavaObject) {
    const f = fieldAt(vm, base, offset);
    const holder = holderAt(vm, base, offset);
    if (f.type === 'J') {
      holder[f.key] = fromBigInt(v as bigint);
      holder[f.hiKey] = L.hi;
    } else if (kind === 'J' && f.type === 'D') {
      scratch.setBigInt64(0, v as bigint, true);
      holder[f.key] = scratch.getFloat64(0, true);
    } else if (kind === 'I' && f.type === 'F') {
      scratch.setInt32(0, v as number, true);
      holder[f.key] = scratch.getFloat32(0, true);
    } else if (kind !== f.type && typeof v === 'number') {
      // A sub-word CAS (Unsafe.compareAndExchangeByte/Short) writes the containing int; keep the field's width.
      holder[f.key] = narrowTo(f.type, v);
    } else holder[f.key] = v as JValue;
    return;
  }
  const a = base as JArray;
  const cls = a.$cls;
  const index = offset - ARRAY_BASE_OFFSET;
  if (cls.primitive === null) {
    (a as JValue[])[index >> 2] = v as JValue;
    return;
  }
  const scale = arrayIndexScale(cls);
  if (
    kind === cls.primitive ||
    (kind === 'B' && cls.primitive === 'Z') ||
    (kind === 'Z' && cls.primitive === 'B')
  ) {
    if (kind === 'J') {
      const i32 = a as unknown as Int32Array;
      const i = index >> 2;
      i32[i] = fromBigInt(v as bigint);
      i32[i + 1] = L.hi;
      return;
    }
    (a as unknown as number[])[index / scale] = v as number;
    return;
  }
  putToView(arrayView(a), index, kind, v);
}

function narrowTo(type: string, v: number): number {
  switch (type) {
    case 'B':
      return (v << 24) >> 24;
    case 'S':
      return (v << 16) >> 16;
    case 'C':
      return v & 0xffff;
    case 'Z':
      return v & 0xff ? 1 : 0;
    default:
      return v;
  }
}

function getFromView(view: DataView, off: number, kind: AccessKind): JValue | bigint {
  switch (kind) {
    case 'Z':
      return view.getInt8(off) !== 0 ? 1 : 0;
    case 'B':
      return view.getInt8(off);
    case 'S':
      return view.getInt16(off, true);
    case 'C':
      return view.getUint16(off, true);
    case 'I':
      return view.getInt32(off, true);
    case 'F':
      return view.getFloat32(off, true);
    case 'D':
      return view.getFloat64(off, true);
    case 'J':
      return view.getBigInt64(off, true);
    default:
      throw new Error('tsjvm: reference access to raw memory');
  }
}

function putToView(view: DataView, off: number, kind: AccessKind, v: JValue | bigint): void {
  switch (kind) {
    case 'Z':
    case 'B':
      view.setInt8(off, v as number);
      return;
    case 'S':
    case 'C':
      view.setInt16(off, v as number, true);
      return;
    case 'I':
      view.setInt32(off, v as number, true);
      return;
    case 'F':
      view.setFloat32(off, v as number, true);
      return;
    case 'D':
      view.setFloat64(off, v as number, true);
      return;
    case 'J':
      view.setBigInt64(off, v as bigint, true);
      return;
    default:
      throw new Error('tsjvm: reference access to raw memory');
  }
}

export { scratch };
