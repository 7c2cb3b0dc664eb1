// Methods of the class library that the execution engine runs as JavaScript of its own instead of
// translating their bytecode (HotSpot's compiler intrinsics). Each computes exactly what the bytecode
// computes. They are the string hashing and comparison loops that a JDK boot runs before anything is hot
// enough to translate: StringLatin1.hashCode alone is a quarter of the ~124,000 bytecodes Hello World
// interprets; and String.compareTo's loop (HotSpot's _compareToL), which sorted collections of strings
// call all the time: translated, it was two frames and a loop for what is usually a few bytes. All are
// package-private in java.lang, and String only passes them its own non-null arrays.
// Not used under -Xint, which interprets everything.
import type { CompiledMethod, JMethod } from '../runtime/jclass.js';
import { npe } from './runtime.js';

/** StringLatin1.hashCode(byte[]): h = 31 * h + (b & 0xff) over the bytes. */
const latin1HashCode: CompiledMethod = (thread, _osr, value) => {
  if (value === null) npe(thread);
  const bytes = value as Int8Array;
  let h = 0;
  for (let i = 0; i < bytes.length; i++) h = (Math.imul(31, h) + (bytes[i] & 0xff)) | 0;
  return h;
};

/** StringLatin1.equals(byte[], byte[]): same length and the same bytes. */
const latin1Equals: CompiledMethod = (thread, _osr, a, b) => {
  if (a === null || b === null) npe(thread);
  const x = a as Int8Array;
  const y = b as Int8Array;
  if (x.length !== y.length) return 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return 0;
  return 1;
};

/**
 * StringLatin1.compareTo(byte[], byte[]): at the first differing byte, the difference of the two as
 * unsigned chars; else the difference of the lengths.
 */
const latin1CompareTo: CompiledMethod = (thread, _osr, a, b) => {
  if (a === null || b === null) npe(thread);
  const x = a as Int8Array;
  const y = b as Int8Array;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] & 0xff) - (y[i] & 0xff);
  return x.length - y.length;
};

const INTRINSICS = new Map<string, CompiledMethod>([
  ['java/lang/StringLatin1.hashCode([B)I', latin1HashCode],
  ['java/lang/StringLatin1.equals([B[B)Z', latin1Equals],
  ['java/lang/StringLatin1.compareTo([B[B)I', latin1CompareTo],
]);

/** The intrinsic that runs `m`, if the boot class library's method has one. */
export function intrinsicFor(m: JMethod): CompiledMethod | undefined {
  if (m.cls.loader !== null) return undefined;
  return INTRINSICS.get(`${m.cls.name}.${m.key}`);
}
