// A ZIP reader (APPNOTE.TXT) that parses the central directory once and inflates single entries on
// demand, so opening a big jar costs one read of its directory, not of its contents. Handles ZIP64 and
// data prepended to the archive (shell-script launchers, jmod's "JM" header), as java.util.zip does.

import { inflateSync } from 'fflate/browser';
import type { Host } from '../host/host.js';
import { ClassPathError } from './errors.js';
import { bytesSource, openByteSource, type ByteSource, type SourceMode } from './source.js';

const EOCD_SIG = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CEN_SIG = 0x02014b50;
const CEN_SIZE = 46;
const LOC_SIG = 0x04034b50;
const LOC_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 1;
/** Entries bigger than this cannot become one JS typed array (nor a Java byte[]). */
const MAX_ENTRY_SIZE = 0x7fffffff;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the local header, relative to the start of the archive (after any prepended data). */
  readonly localHeaderOffset: number;
  /** Lengths of the name and extra field in the central directory, to size the first read of an entry. */
  readonly centralNameLength: number;
  readonly centralExtraLength: number;
  readonly isDirectory: boolean;
}

interface EndRecord {
  readonly count: number;
  readonly cenStart: number;
  readonly cenSize: number;
  /** Where the archive starts in the file. */
  readonly base: number;
}

export interface ZipOptions {
  readonly mode?: SourceMode;
}

/** ASCII is nearly every entry name; skip TextDecoder's per-call cost for it. */
const utf8 = new TextDecoder('utf-8');
function decodeName(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) return utf8.decode(bytes.subarray(start, end));
    s += String.fromCharCode(b);
  }
  return s;
}

/**
 * Whatever slipped past the explicit checks (a typed-array RangeError on absurd sizes) still reports as a
 * corrupt archive rather than as a bug.
 */
function asClassPathError(e: unknown, path: string): unknown {
  if (e instanceof ClassPathError) return e;
  if (e instanceof RangeError || e instanceof TypeError) {
    return new ClassPathError(`${path}: invalid or corrupt zip file: ${e.message}`, path, { cause: e });
  }
  return e;
}

function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, p: number): number {
  return u32(b, p + 4) * 2 ** 32 + u32(b, p);
}

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: ZipEntry[] = [];
  /** Where the archive starts in the file: non-zero when something was prepended. */
  private readonly base: number;

  private constructor(
    readonly path: string,
    private readonly source: ByteSource,
  ) {
    const size = source.size;
    if (size < EOCD_SIZE) this.corrupt(`file too short to be a zip (${size} bytes)`);
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
    const tailStart = size - tailLength;
    const tail = source.read(tailStart, tailLength);
    let end: EndRecord | null = null;
    for (let p = tail.length - EOCD_SIZE; p >= 0 && end === null; p--) {
      if (u32(tail, p) === EOCD_SIG) end = this.endRecord(tail, tailStart, p);
    }
    if (end === null) this.corrupt('no end of central directory record (not a zip file, or truncated)');
    this.base = end.base;
    this.parseCentralDirectory(this.readAt(end.cenStart, end.cenSize, 'central directory'), end.count);
  }

  /**
   * Interprets a candidate end record at tail[p]; null when it does not hold up. A candidate whose comment
   * does not reach exactly to the end of the file (trailing padding, or the signature inside a comment) is
   * accepted only if the central directory and first local header are where it says, as java.util.zip does.
   */
  private endRecord(tail: Uint8Array, tailStart: number, p: number): EndRecord | null {
    let count = u16(tail, p + 10);
    let cenSize = u32(tail, p + 12);
    let cenOffset = u32(tail, p + 16);
    let cenEnd = tailStart + p;
    const exact = p + EOCD_SIZE + u16(tail, p + 20) === tail.length;
    if (count === 0xffff || cenSize === 0xffffffff || cenOffset === 0xffffffff) {
      const loc = p - ZIP64_LOCATOR_SIZE;
      if (loc >= 0 && u32(tail, loc) === ZIP64_LOCATOR_SIG) {
        // Recorded relative to the archive start; if that is not it, assume nothing between the record and
        // its locator (the usual layout) and derive it from the locator's own position.
        const recorded = u64(tail, loc + 8);
        const candidates = [recorded, tailStart + loc - ZIP64_EOCD_SIZE];
        const at = candidates.find(
          (c) =>
            c >= 0 &&
            c + ZIP64_EOCD_SIZE <= this.source.size &&
            u32(this.source.read(c, 4), 0) === ZIP64_EOCD_SIG,
        );
        if (at === undefined) this.corrupt('ZIP64 end record not found');
        const r = this.source.read(at, ZIP64_EOCD_SIZE);
        count = u64(r, 32);
        cenSize = u64(r, 40);
        cenOffset = u64(r, 48);
        cenEnd = at;
      }
    }
    const cenStart = cenEnd - cenSize;
    const base = cenStart - cenOffset;
    const fits = cenStart >= 0 && base >= 0;
    if (!exact) {
      const sig = (at: number): number =>
        at >= 0 && at + 4 <= this.source.size ? u32(this.source.read(at, 4), 0) : 0;
      if (!fits || (count > 0 && (sig(cenStart) !== CEN_SIG || sig(base) !== LOC_SIG))) return null;
    } else if (!fits) {
      this.corrupt(`central directory (offset ${cenOffset}, size ${cenSize}) lies outside the file`);
    }
    return { count, cenStart, cenSize, base };
  }

  static open(host: Host, path: string, options: ZipOptions = {}): ZipArchive {
    const source = openByteSource(host, path, options.mode ?? 'auto');
    if (!source) throw new ClassPathError(`${path}: no such file`, path);
    try {
      return new ZipArchive(path, source);
    } catch (e) {
      source.close();
      throw asClassPathError(e, path);
    }
  }

  static fromBytes(location: string, bytes: Uint8Array): ZipArchive {
    try {
      return new ZipArchive(location, bytesSource(bytes));
    } catch (e) {
      throw asClassPathError(e, location);
    }
  }

  private corrupt(what: string): never {
    throw new ClassPathError(`${this.path}: invalid or corrupt zip file: ${what}`, this.path);
  }

  private readAt(position: number, length: number, what: string): Uint8Array {
    if (position < 0 || position + length > this.source.size) {
      this.corrupt(
        `${what} (${length} bytes at ${position}) lies outside the file (${this.source.size} bytes)`,
      );
    }
    return this.source.read(position, length);
  }

  private parseCentralDirectory(cen: Uint8Array, count: number): void {
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + CEN_SIZE > cen.length) this.corrupt(`central directory ends after ${i} of ${count} entries`);
      if (u32(cen, p) !== CEN_SIG) this.corrupt(`bad central directory entry signature at entry ${i}`);
      const nameLength = u16(cen, p + 28);
      const extraLength = u16(cen, p + 30);
      const commentLength = u16(cen, p + 32);
      const nameStart = p + CEN_SIZE;
      const extraStart = nameStart + nameLength;
      const next = extraStart + extraLength + commentLength;
      if (next > cen.length) this.corrupt(`central directory entry ${i} runs past the directory`);
      let compressedSize = u32(cen, p + 20);
      let size = u32(cen, p + 24);
      let localHeaderOffset = u32(cen, p + 42);
      if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        // The ZIP64 extra holds, in this order, only the fields whose 32-bit value is saturated.
        for (let e = extraStart; e + 4 <= extraStart + extraLength;) {
          const id = u16(cen, e);
          const len = u16(cen, e + 2);
          if (id === ZIP64_EXTRA_ID) {
            let q = e + 4;
            const end = q + len;
            const next64 = (): number => {
              if (q + 8 > end)
                this.corrupt(`${decodeName(cen, nameStart, extraStart)}: ZIP64 extra field too short`);
              const v = u64(cen, q);
              q += 8;
              return v;
            };
            if (size === 0xffffffff) size = next64();
            if (compressedSize === 0xffffffff) compressedSize = next64();
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = next64();
            break;
          }
          e += 4 + len;
        }
      }
      const name = decodeName(cen, nameStart, extraStart);
      const entry: ZipEntry = {
        name,
        method: u16(cen, p + 10),
        flags: u16(cen, p + 8),
        crc: u32(cen, p + 16),
        compressedSize,
        size,
        localHeaderOffset,
        centralNameLength: nameLength,
        centralExtraLength: extraLength,
        isDirectory: name.endsWith('/'),
      };
      // Later duplicates win, as in java.util.zip.
      this.entries.set(name, entry);
      this.order.push(entry);
      p = next;
    }
  }

  get size(): number {
    return this.order.length;
  }

  getEntry(name: string): ZipEntry | null {
    return this.entries.get(name) ?? null;
  }

  /** All entries in central-directory order. */
  listEntries(): readonly ZipEntry[] {
    return this.order;
  }

  /** The uncompressed bytes of an entry, or null when there is no entry of that name. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    return entry ? this.readEntry(entry) : null;
  }

  readEntry(entry: ZipEntry): Uint8Array {
    try {
      return this.readEntryUnchecked(entry);
    } catch (e) {
      throw asClassPathError(e, this.path);
    }
  }

  private readEntryUnchecked(entry: ZipEntry): Uint8Array {
    const name = entry.name;
    if (entry.flags & FLAG_ENCRYPTED) this.corrupt(`${name}: encrypted entries are not supported`);
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
      this.corrupt(`${name}: unsupported compression method ${entry.method}`);
    }
    if (entry.size > MAX_ENTRY_SIZE || entry.compressedSize > MAX_ENTRY_SIZE) {
      this.corrupt(`${name}: entry too large (${entry.size} bytes)`);
    }
    const headerAt = this.base + entry.localHeaderOffset;
    // One read usually covers the local header and the data: the local extra field is usually no longer
    // than the central one; when it is, a second read fetches the rest.
    const guess = LOC_SIZE + entry.centralNameLength + entry.centralExtraLength + 16 + entry.compressedSize;
    if (headerAt + LOC_SIZE > this.source.size) this.corrupt(`${name}: local header lies outside the file`);
    const first = this.readAt(
      headerAt,
      Math.min(guess, this.source.size - headerAt),
      `local header of ${name}`,
    );
    if (first.length < LOC_SIZE || u32(first, 0) !== LOC_SIG)
      this.corrupt(`${name}: bad local header signature`);
    const dataStart = LOC_SIZE + u16(first, 26) + u16(first, 28);
    let data: Uint8Array;
    if (dataStart + entry.compressedSize <= first.length) {
      data = first.subarray(dataStart, dataStart + entry.compressedSize);
    } else {
      data = this.readAt(headerAt + dataStart, entry.compressedSize, `data of ${name}`);
    }
    if (entry.method === METHOD_STORED) {
      if (entry.compressedSize !== entry.size) {
        this.corrupt(
          `${name}: stored entry has compressed size ${entry.compressedSize} != size ${entry.size}`,
        );
      }
      return data.byteLength === data.buffer.byteLength ? data : data.slice();
    }
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size) });
    } catch (e) {
      throw new ClassPathError(
        `${this.path}: invalid or corrupt zip file: ${name}: ${String(e)}`,
        this.path,
        {
          cause: e,
        },
      );
    }
    if (out.length !== entry.size)
      this.corrupt(`${name}: inflated to ${out.length} bytes, expected ${entry.size}`);
    return out;
  }

  close(): void {
    this.source.close();
  }
}
