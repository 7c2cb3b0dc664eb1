// The JDK runtime image (`lib/modules`, "jimage"): the class library the VM boots from.
//
// Layout (the index is in the byte order given by the magic; attribute values are always big-endian):
//   header     7 × u4: magic 0xCAFEDADA, version (major<<16 | minor), flags, resourceCount, tableLength,
//              locationsSize, stringsSize
//   redirect   s4[tableLength]   perfect-hash redirect table
//   offsets    u4[tableLength]   slot → offset of its location in the locations blob
//   locations  attribute streams: byte (kind<<3 | len-1) then len big-endian bytes, ended by kind 0
//   strings    NUL-terminated modified UTF-8; offset 0 is ""
//   resources  from the end of the index; a location's OFFSET counts from there
//
// Compressed resources are prefixed by one or more 29-byte headers (magic 0xCAFEFAFA) naming the
// decompressor ("zip" = zlib, "compact-cp" = jlink's constant-pool string sharing).

// fflate's browser build everywhere in the VM: the same code, without the Node build's load of
// node:worker_threads at start-up (~1.6 ms of every run) for asynchronous APIs the VM never calls.
import { unzlibSync } from 'fflate/browser';
import type { Host } from '../host/host.js';
import { ClassPathError } from './errors.js';
import { openByteSource, type ByteSource, type SourceMode } from './source.js';
import type { ClassPathEntry } from './types.js';

export const JIMAGE_MAGIC = 0xcafedada;
const COMPRESSED_MAGIC = 0xcafefafa;
const COMPRESSED_HEADER_SIZE = 29;
const HEADER_SIZE = 28;
const HASH_MULTIPLIER = 0x01000193;

const ATTRIBUTE_END = 0;
const ATTRIBUTE_MODULE = 1;
const ATTRIBUTE_PARENT = 2;
const ATTRIBUTE_BASE = 3;
const ATTRIBUTE_EXTENSION = 4;
const ATTRIBUTE_OFFSET = 5;
const ATTRIBUTE_COMPRESSED = 6;
const ATTRIBUTE_UNCOMPRESSED = 7;
const ATTRIBUTE_COUNT = 8;

/** Locations under these "modules" are the image's directories, not resources of a module. */
const PSEUDO_MODULES = new Set(['packages', 'modules']);

export interface JImageHeader {
  readonly magic: number;
  readonly majorVersion: number;
  readonly minorVersion: number;
  readonly flags: number;
  readonly resourceCount: number;
  readonly tableLength: number;
  readonly locationsSize: number;
  readonly stringsSize: number;
  /** Where resource content starts: the header, redirect and offsets tables, locations and strings. */
  readonly indexSize: number;
  readonly littleEndian: boolean;
}

export interface JImageLocation {
  readonly module: string;
  readonly parent: string;
  readonly base: string;
  readonly extension: string;
  /** Relative to the end of the index. */
  readonly offset: number;
  /** 0 when the resource is stored uncompressed. */
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

export interface OpenJImageOptions {
  /**
   * 'auto' (default): positioned reads when the host offers them (reads only the 1.5 MB index up front);
   * 'memory': read the whole file once, faster when nearly every resource will be read.
   */
  readonly mode?: SourceMode;
}

/**
 * The jimage string hash (FNV-1a-like, over the modified UTF-8 bytes), masked to 31 bits; the seed of the
 * first probe is 0x01000193 and of the second the redirect value.
 */
export function jimageHash(name: string | Uint8Array, seed: number = HASH_MULTIPLIER): number {
  const bytes = typeof name === 'string' ? encodeModifiedUtf8(name) : name;
  return hashBytes(bytes, bytes.length, seed);
}

function hashBytes(bytes: Uint8Array, length: number, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < length; i++) h = Math.imul(h, HASH_MULTIPLIER) ^ bytes[i];
  return h & 0x7fffffff;
}

/** Modified UTF-8 as the image writer produces it (each UTF-16 unit separately, NUL as C0 80). */
function encodeModifiedUtf8(s: string, into?: Uint8Array): Uint8Array {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c !== 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  const out = into && into.length >= n ? into.subarray(0, n) : new Uint8Array(n);
  let p = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0 && c < 0x80) {
      out[p++] = c;
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}

function decodeModifiedUtf8(bytes: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (bytes[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    let s = '';
    // Chunks keep String.fromCharCode's argument list short.
    for (let i = start; i < end; i += 4096) {
      s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 4096)));
    }
    return s;
  }
  const units: number[] = [];
  for (let i = start; i < end;) {
    const b = bytes[i];
    if (b < 0x80) {
      units.push(b);
      i += 1;
    } else if ((b & 0xe0) === 0xc0 && i + 1 < end) {
      units.push(((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
      i += 2;
    } else if ((b & 0xf0) === 0xe0 && i + 2 < end) {
      units.push(((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
      i += 3;
    } else {
      units.push(0xfffd);
      i += 1;
    }
  }
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}

export class JImage {
  readonly header: JImageHeader;
  private readonly index: Uint8Array;
  private readonly view: DataView;
  private readonly le: boolean;
  private readonly redirectStart: number;
  private readonly offsetsStart: number;
  private readonly locationsStart: number;
  private readonly stringsStart: number;
  private readonly stringsEnd: number;
  /** Scratch for one decoded location (attributes are numbers: string offsets, sizes). */
  private readonly attrs = new Array<number>(ATTRIBUTE_COUNT).fill(0);
  private nameScratch = new Uint8Array(256);
  private readonly stringCache = new Map<number, string>();
  private readonly packageCache = new Map<string, string | null>();
  private modules: string[] | null = null;

  private constructor(
    readonly path: string,
    private source: ByteSource,
  ) {
    const fail: (what: string) => never = (what) => {
      throw new ClassPathError(`${path}: not a valid jimage: ${what}`, path);
    };
    if (source.size < HEADER_SIZE) fail(`file too short (${source.size} bytes)`);
    const head = source.read(0, HEADER_SIZE);
    const hv = new DataView(head.buffer, head.byteOffset, head.byteLength);
    let le: boolean;
    if (hv.getUint32(0, true) === JIMAGE_MAGIC) le = true;
    else if (hv.getUint32(0, false) === JIMAGE_MAGIC) le = false;
    else fail(`bad magic 0x${hv.getUint32(0, false).toString(16).padStart(8, '0')}`);
    const version = hv.getUint32(4, le);
    const tableLength = hv.getUint32(16, le);
    const locationsSize = hv.getUint32(20, le);
    const stringsSize = hv.getUint32(24, le);
    const indexSize = HEADER_SIZE + 8 * tableLength + locationsSize + stringsSize;
    this.header = {
      magic: JIMAGE_MAGIC,
      majorVersion: version >>> 16,
      minorVersion: version & 0xffff,
      flags: hv.getUint32(8, le),
      resourceCount: hv.getUint32(12, le),
      tableLength,
      locationsSize,
      stringsSize,
      indexSize,
      littleEndian: le,
    };
    if (this.header.majorVersion !== 1)
      fail(`unsupported version ${this.header.majorVersion}.${this.header.minorVersion}`);
    if (tableLength === 0) fail('empty table');
    if (indexSize > source.size)
      fail(`index (${indexSize} bytes) is larger than the file (${source.size} bytes)`);
    this.index = source.read(0, indexSize);
    this.view = new DataView(this.index.buffer, this.index.byteOffset, this.index.byteLength);
    this.le = le;
    this.redirectStart = HEADER_SIZE;
    this.offsetsStart = HEADER_SIZE + 4 * tableLength;
    this.locationsStart = HEADER_SIZE + 8 * tableLength;
    this.stringsStart = this.locationsStart + locationsSize;
    this.stringsEnd = this.stringsStart + stringsSize;
  }

  /** @internal use openJImage */
  static open(host: Host, path: string, options: OpenJImageOptions = {}): JImage {
    const source = openByteSource(host, path, options.mode ?? 'auto');
    if (!source) throw new ClassPathError(`${path}: runtime image not found`, path);
    try {
      return new JImage(path, source);
    } catch (e) {
      source.close();
      throw e;
    }
  }

  private corrupt(what: string): never {
    throw new ClassPathError(`${this.path}: corrupt jimage: ${what}`, this.path);
  }

  /** Decodes the location at `locOffset` (into the locations blob) into this.attrs. */
  private decodeLocation(locOffset: number): void {
    const attrs = this.attrs;
    attrs.fill(0);
    const idx = this.index;
    let p = this.locationsStart + locOffset;
    const end = this.stringsStart;
    while (true) {
      if (p >= end) this.corrupt(`location at ${locOffset} runs off the locations table`);
      const byte = idx[p++];
      const kind = byte >>> 3;
      if (kind === ATTRIBUTE_END) return;
      if (kind >= ATTRIBUTE_COUNT) this.corrupt(`invalid attribute kind ${kind} in location at ${locOffset}`);
      const len = (byte & 7) + 1;
      if (p + len > end) this.corrupt(`location at ${locOffset} runs off the locations table`);
      let value = 0;
      for (let i = 0; i < len; i++) value = value * 256 + idx[p++];
      attrs[kind] = value;
    }
  }

  /** Compares the NUL-terminated string at `strOffset` with name[pos..]; the position after it, or -1. */
  private matchString(name: Uint8Array, pos: number, strOffset: number): number {
    const idx = this.index;
    let s = this.stringsStart + strOffset;
    if (s >= this.stringsEnd) this.corrupt(`string offset ${strOffset} out of range`);
    while (true) {
      const b = idx[s++];
      if (b === 0) return pos;
      if (pos >= name.length || name[pos] !== b) return -1;
      pos++;
      if (s >= this.stringsEnd) this.corrupt(`unterminated string at ${strOffset}`);
    }
  }

  /** Whether the decoded location's rebuilt name is exactly `name`. */
  private verify(name: Uint8Array): boolean {
    const a = this.attrs;
    const idx = this.index;
    const sp = this.stringsStart;
    let pos = 0;
    if (idx[sp + a[ATTRIBUTE_MODULE]] !== 0) {
      if (name[pos++] !== 0x2f) return false;
      pos = this.matchString(name, pos, a[ATTRIBUTE_MODULE]);
      if (pos < 0 || name[pos++] !== 0x2f) return false;
    }
    if (idx[sp + a[ATTRIBUTE_PARENT]] !== 0) {
      pos = this.matchString(name, pos, a[ATTRIBUTE_PARENT]);
      if (pos < 0 || name[pos++] !== 0x2f) return false;
    }
    pos = this.matchString(name, pos, a[ATTRIBUTE_BASE]);
    if (pos < 0) return false;
    if (idx[sp + a[ATTRIBUTE_EXTENSION]] !== 0) {
      if (name[pos++] !== 0x2e) return false;
      pos = this.matchString(name, pos, a[ATTRIBUTE_EXTENSION]);
      if (pos < 0) return false;
    }
    return pos === name.length;
  }

  /** Finds `name` with the perfect hash and leaves its attributes in this.attrs. */
  private lookup(fullName: string): boolean {
    let name = encodeModifiedUtf8(fullName, this.nameScratch);
    if (name.length > this.nameScratch.length) {
      this.nameScratch = new Uint8Array(name.length * 2);
      name = encodeModifiedUtf8(fullName, this.nameScratch);
    }
    const n = this.header.tableLength;
    const r = this.view.getInt32(
      this.redirectStart + 4 * (hashBytes(name, name.length, HASH_MULTIPLIER) % n),
      this.le,
    );
    if (r === 0) return false;
    const slot = r < 0 ? -1 - r : hashBytes(name, name.length, r) % n;
    if (slot >= n) this.corrupt(`redirect to slot ${slot} out of range`);
    const locOffset = this.view.getUint32(this.offsetsStart + 4 * slot, this.le);
    if (locOffset >= this.header.locationsSize) this.corrupt(`location offset ${locOffset} out of range`);
    this.decodeLocation(locOffset);
    return this.verify(name);
  }

  private string(offset: number): string {
    let s = this.stringCache.get(offset);
    if (s === undefined) {
      const start = this.stringsStart + offset;
      if (start >= this.stringsEnd) this.corrupt(`string offset ${offset} out of range`);
      const end = this.index.indexOf(0, start);
      if (end < 0 || end >= this.stringsEnd) this.corrupt(`unterminated string at ${offset}`);
      s = decodeModifiedUtf8(this.index, start, end);
      this.stringCache.set(offset, s);
    }
    return s;
  }

  private currentLocation(): JImageLocation {
    const a = this.attrs;
    return {
      module: this.string(a[ATTRIBUTE_MODULE]),
      parent: this.string(a[ATTRIBUTE_PARENT]),
      base: this.string(a[ATTRIBUTE_BASE]),
      extension: this.string(a[ATTRIBUTE_EXTENSION]),
      offset: a[ATTRIBUTE_OFFSET],
      compressedSize: a[ATTRIBUTE_COMPRESSED],
      uncompressedSize: a[ATTRIBUTE_UNCOMPRESSED],
    };
  }

  private currentName(): string {
    const a = this.attrs;
    const module = this.string(a[ATTRIBUTE_MODULE]);
    const parent = this.string(a[ATTRIBUTE_PARENT]);
    const extension = this.string(a[ATTRIBUTE_EXTENSION]);
    return (
      (module ? '/' + module + '/' : '') +
      (parent ? parent + '/' : '') +
      this.string(a[ATTRIBUTE_BASE]) +
      (extension ? '.' + extension : '')
    );
  }

  /** The location of a resource by its full name (`/java.base/java/lang/Object.class`), or null. */
  findLocation(fullName: string): JImageLocation | null {
    return this.lookup(fullName) ? this.currentLocation() : null;
  }

  /** The (decompressed) bytes of a resource by its full name (`/java.base/java/lang/Object.class`). */
  findResource(fullName: string): Uint8Array | null {
    if (!this.lookup(fullName)) return null;
    return this.readCurrent(fullName);
  }

  private readCurrent(fullName: string): Uint8Array {
    const a = this.attrs;
    const compressed = a[ATTRIBUTE_COMPRESSED];
    const size = compressed !== 0 ? compressed : a[ATTRIBUTE_UNCOMPRESSED];
    const start = this.header.indexSize + a[ATTRIBUTE_OFFSET];
    if (start + size > this.source.size) this.corrupt(`${fullName} extends past the end of the file`);
    const uncompressed = a[ATTRIBUTE_UNCOMPRESSED];
    const bytes = this.source.read(start, size);
    return compressed !== 0 ? this.decompress(bytes, fullName, uncompressed) : bytes;
  }

  private decompress(bytes: Uint8Array, fullName: string, expectedSize: number): Uint8Array {
    const le = this.le;
    // Headers stack when several compressions were applied; the innermost content has no header.
    while (bytes.length >= COMPRESSED_HEADER_SIZE) {
      const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (v.getUint32(0, le) !== COMPRESSED_MAGIC) break;
      const u8 = (at: number): number =>
        le
          ? v.getUint32(at + 4, true) * 2 ** 32 + v.getUint32(at, true)
          : v.getUint32(at, false) * 2 ** 32 + v.getUint32(at + 4, false);
      const compressedSize = u8(4);
      const uncompressedSize = u8(12);
      const decompressor = this.string(v.getUint32(20, le));
      const payload = bytes.subarray(COMPRESSED_HEADER_SIZE, COMPRESSED_HEADER_SIZE + compressedSize);
      if (payload.length !== compressedSize) this.corrupt(`${fullName}: compressed content is truncated`);
      if (decompressor === 'zip') {
        let out: Uint8Array;
        try {
          out = unzlibSync(payload, { out: new Uint8Array(uncompressedSize) });
        } catch (e) {
          throw new ClassPathError(
            `${this.path}: ${fullName}: zlib data is corrupt: ${String(e)}`,
            this.path,
            {
              cause: e,
            },
          );
        }
        if (out.length !== uncompressedSize) {
          this.corrupt(`${fullName}: inflated to ${out.length} bytes, expected ${uncompressedSize}`);
        }
        bytes = out;
      } else if (decompressor === 'compact-cp') {
        throw new ClassPathError(
          `${this.path}: ${fullName} is compressed with "compact-cp" (jlink --compress=1), which tsjvm does not ` +
            'support; use a JDK image built without string sharing (e.g. --compress=0 or 2)',
          this.path,
        );
      } else {
        this.corrupt(`${fullName}: unknown decompressor "${decompressor}"`);
      }
    }
    if (bytes.length !== expectedSize) {
      this.corrupt(`${fullName}: decompressed to ${bytes.length} bytes, expected ${expectedSize}`);
    }
    return bytes;
  }

  /**
   * The module that defines a package (`java.lang` or `java/lang`), from the image's `/packages/<pkg>`
   * directory: a list of (u4 isEmpty, u4 module-name string offset); the non-empty one defines it.
   */
  packageToModule(pkg: string): string | null {
    const key = pkg.replace(/\//g, '.');
    let module = this.packageCache.get(key);
    if (module !== undefined) return module;
    module = null;
    const content = this.findResource('/packages/' + key);
    if (content) {
      if (content.length % 8 !== 0)
        this.corrupt(`/packages/${key} has ${content.length} bytes, not pairs of u4`);
      const v = new DataView(content.buffer, content.byteOffset, content.byteLength);
      for (let i = 0; i < content.length; i += 8) {
        if (v.getUint32(i, this.le) === 0) {
          module = this.string(v.getUint32(i + 4, this.le));
          break;
        }
      }
    }
    this.packageCache.set(key, module);
    return module;
  }

  /** Every resource name in the image, in table order, including the `/packages/...` and `/modules/...` entries. */
  listResources(): string[] {
    const n = this.header.tableLength;
    const out: string[] = new Array<string>(n);
    for (let slot = 0; slot < n; slot++) {
      const locOffset = this.view.getUint32(this.offsetsStart + 4 * slot, this.le);
      if (locOffset >= this.header.locationsSize) this.corrupt(`location offset ${locOffset} out of range`);
      this.decodeLocation(locOffset);
      out[slot] = this.currentName();
    }
    return out;
  }

  /** The names of the modules in the image, sorted. */
  listModules(): string[] {
    if (!this.modules) {
      const seen = new Set<number>();
      const names = new Set<string>();
      const n = this.header.tableLength;
      for (let slot = 0; slot < n; slot++) {
        this.decodeLocation(this.view.getUint32(this.offsetsStart + 4 * slot, this.le));
        const m = this.attrs[ATTRIBUTE_MODULE];
        if (seen.has(m)) continue;
        seen.add(m);
        const name = this.string(m);
        if (name && !PSEUDO_MODULES.has(name)) names.add(name);
      }
      this.modules = [...names].sort();
    }
    return this.modules.slice();
  }

  close(): void {
    this.source.close();
  }
}

export function openJImage(host: Host, path: string, options?: OpenJImageOptions): JImage {
  return JImage.open(host, path, options);
}

/** The runtime image as a class path entry: `java/lang/Object.class` is looked up in its package's module. */
export class JImageClassPathEntry implements ClassPathEntry {
  readonly location: string;
  readonly trusted = true;

  constructor(readonly image: JImage) {
    this.location = image.path;
  }

  static open(host: Host, path: string, options?: OpenJImageOptions): JImageClassPathEntry {
    return new JImageClassPathEntry(openJImage(host, path, options));
  }

  /** The module that would serve a resource path, or null (unnamed package or a package in no module). */
  moduleOf(path: string): string | null {
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? null : this.image.packageToModule(path.slice(0, slash));
  }

  readResource(path: string): Uint8Array | null {
    const module = this.moduleOf(path);
    return module === null ? null : this.image.findResource('/' + module + '/' + path);
  }

  /** A resource of a given module, e.g. ('java.base', 'module-info.class'). */
  readModuleResource(module: string, path: string): Uint8Array | null {
    return this.image.findResource('/' + module + '/' + path);
  }

  close(): void {
    this.image.close();
  }
}
