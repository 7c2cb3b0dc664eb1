// Modified UTF-8 (JVMS §4.4.7): UTF-16 code units encoded one by one, with U+0000 as two bytes so that no
// encoded string contains a zero byte. Supplementary characters are therefore two 3-byte surrogates.

import { ClassFormatError } from './errors.js';
import { CpTag } from './types.js';

// Scratch space for the non-ASCII path; a string never has more code units than its encoding has bytes.
let scratch = new Uint16Array(1024);

// Past this many code units `fromCharCode.apply` risks overflowing the argument stack.
const APPLY_CHUNK = 8192;

/**
 * The string of the UTF-16 code units (or Latin-1 bytes) units[start, end): fromCharCode.apply over the
 * typed array itself (no copy into an Array), in chunks small enough for the engine's argument limit.
 */
export function charCodesToString(units: Uint16Array | Uint8Array, start = 0, end = units.length): string {
  if (end - start <= APPLY_CHUNK) {
    const part = start === 0 && end === units.length ? units : units.subarray(start, end);
    return String.fromCharCode.apply(null, part as unknown as number[]);
  }
  let s = '';
  for (let i = start; i < end; i += APPLY_CHUNK) {
    s += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(end, i + APPLY_CHUNK)) as unknown as number[],
    );
  }
  return s;
}

// For pure ASCII every single-byte decoder gives the same answer; the platform decoder measured several times
// faster than building strings from char codes.
const asciiDecoder = new TextDecoder('latin1');

// Most constant pool strings recur from class to class ("Code", "()V", "java/lang/Object", ...), and even the
// platform decoder costs far more per call than comparing a short string, so short ASCII strings go through
// a direct-mapped cache. It also makes classes share their string instances, as HotSpot's symbol table does.
const CACHE_BITS = 14;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const CACHE_MAX_LENGTH = 64;
const cacheStrings: (string | undefined)[] = new Array<string | undefined>(1 << CACHE_BITS);
const cacheHashes = new Int32Array(1 << CACHE_BITS);
const cacheConstants: (Utf8Constant | undefined)[] = new Array<Utf8Constant | undefined>(1 << CACHE_BITS);

/** The cache slot that holds the ASCII string bytes[start, end) (filled on a miss), or -1 if too long. */
function cacheSlot(bytes: Uint8Array, start: number, end: number, hash: number): number {
  const n = end - start;
  if (n > CACHE_MAX_LENGTH) return -1;
  const slot = (hash ^ (hash >>> CACHE_BITS)) & CACHE_MASK;
  const cached = cacheStrings[slot];
  if (cached !== undefined && cacheHashes[slot] === hash && cached.length === n) {
    let i = 0;
    while (i < n && cached.charCodeAt(i) === bytes[start + i]) i++;
    if (i === n) return slot;
  }
  cacheStrings[slot] = n === 0 ? '' : asciiDecoder.decode(bytes.subarray(start, end));
  cacheHashes[slot] = hash;
  cacheConstants[slot] = undefined;
  return slot;
}

function asciiString(bytes: Uint8Array, start: number, end: number, hash: number): string {
  const slot = cacheSlot(bytes, start, end, hash);
  return slot < 0 ? asciiDecoder.decode(bytes.subarray(start, end)) : cacheStrings[slot]!;
}

/** Hash of the ASCII prefix that asciiPrefixEnd scanned last. */
let prefixHash = 0;

/** End of the run of ASCII bytes other than zero at `start`; leaves the run's hash in prefixHash. */
function asciiPrefixEnd(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let hash = 0;
  while (i < end) {
    const b = bytes[i];
    if (b === 0 || b >= 0x80) break;
    hash = (Math.imul(hash, 31) + b) | 0;
    i++;
  }
  prefixHash = hash;
  return i;
}

/** A CONSTANT_Utf8 entry (JVMS §4.4.7). */
export interface Utf8Constant {
  readonly tag: CpTag.Utf8;
  readonly value: string;
}

/**
 * tryDecodeMutf8 as a constant pool entry. Entries are immutable, so classes share one per short ASCII
 * string, as HotSpot's classes share symbols: a JDK boot reads ~45K Utf8 entries but ~16K distinct ones.
 */
export function tryDecodeUtf8Constant(
  bytes: Uint8Array,
  start: number,
  end: number,
  legacy = false,
): Utf8Constant | null {
  if (asciiPrefixEnd(bytes, start, end) === end) {
    const slot = cacheSlot(bytes, start, end, prefixHash);
    if (slot >= 0) return (cacheConstants[slot] ??= { tag: CpTag.Utf8, value: cacheStrings[slot]! });
  }
  const value = tryDecodeMutf8(bytes, start, end, legacy);
  return value === null ? null : { tag: CpTag.Utf8, value };
}

/**
 * Decodes `bytes[start, end)` as modified UTF-8, or returns null if it is not well formed: a zero byte, a byte
 * in 0xf0..0xff, a stray continuation byte, a truncated sequence, or (unless `legacy`, which HotSpot allows
 * for class files of version 47 and below) an overlong form other than the two-byte encoding of U+0000.
 */
export function tryDecodeMutf8(bytes: Uint8Array, start: number, end: number, legacy = false): string | null {
  let i = asciiPrefixEnd(bytes, start, end);
  if (i === end) return asciiString(bytes, start, end, prefixHash);
  if (scratch.length < end - start) scratch = new Uint16Array(Math.max(end - start, scratch.length * 2));
  const out = scratch;
  let n = 0;
  for (let j = start; j < i; j++) out[n++] = bytes[j];
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b === 0) return null;
      out[n++] = b;
      i++;
    } else if ((b & 0xe0) === 0xc0) {
      if (i + 1 >= end) return null;
      const b1 = bytes[i + 1];
      if ((b1 & 0xc0) !== 0x80) return null;
      const c = ((b & 0x1f) << 6) | (b1 & 0x3f);
      if (!legacy && c !== 0 && c < 0x80) return null;
      out[n++] = c;
      i += 2;
    } else if ((b & 0xf0) === 0xe0) {
      if (i + 2 >= end) return null;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
      const c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (!legacy && c < 0x800) return null;
      out[n++] = c;
      i += 3;
    } else {
      return null;
    }
  }
  return charCodesToString(out, 0, n);
}

/** Decodes a whole modified UTF-8 byte array; throws ClassFormatError if it is malformed. */
export function decodeMutf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const s = tryDecodeMutf8(bytes, start, end);
  if (s === null) throw new ClassFormatError('Illegal modified UTF-8 string');
  return s;
}

/**
 * Decodes without failing: malformed bytes become U+FFFD. For data with no semantic effect on the VM that
 * is still surfaced to Java code, such as SourceDebugExtension.
 */
export function decodeMutf8Lenient(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const strict = tryDecodeMutf8(bytes, start, end, true);
  if (strict !== null) return strict;
  let s = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      s += String.fromCharCode(b);
      i++;
    } else if ((b & 0xe0) === 0xc0 && i + 1 < end && (bytes[i + 1] & 0xc0) === 0x80) {
      s += String.fromCharCode(((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
      i += 2;
    } else if (
      (b & 0xf0) === 0xe0 &&
      i + 2 < end &&
      (bytes[i + 1] & 0xc0) === 0x80 &&
      (bytes[i + 2] & 0xc0) === 0x80
    ) {
      s += String.fromCharCode(((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
      i += 3;
    } else {
      s += '\ufffd';
      i++;
    }
  }
  return s;
}

/** Number of bytes `s` takes in modified UTF-8 (the limit for a CONSTANT_Utf8 is 65535). */
export function mutf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c !== 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** Encodes each UTF-16 code unit of `s` separately, as modified UTF-8 requires. */
export function encodeMutf8(s: string): Uint8Array {
  const out = new Uint8Array(mutf8Length(s));
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0 && c < 0x80) {
      out[j++] = c;
    } else if (c < 0x800) {
      out[j++] = 0xc0 | (c >> 6);
      out[j++] = 0x80 | (c & 0x3f);
    } else {
      out[j++] = 0xe0 | (c >> 12);
      out[j++] = 0x80 | ((c >> 6) & 0x3f);
      out[j++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}
