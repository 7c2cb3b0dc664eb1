// The constant pool of a parsed class file (JVMS §4.4), kept as the class bytes plus where each entry
// starts. A checked class has every entry built while it is parsed, so that each format error is found;
// the JDK's own classes (trusted) build an entry the first time it is asked for. A JDK boot reads some
// 110K entries, most of them references from methods that never run, so most are never built.

import { ClassFormatError } from './errors.js';
import { tryDecodeUtf8Constant, type Utf8Constant } from './mutf8.js';
import { CpTag, type ConstantPool, type CpEntry } from './types.js';

type NameAndTypeEntry = Extract<CpEntry, { tag: CpTag.NameAndType }>;

/**
 * Strings of CONSTANT_Utf8 entries decoded ahead of time, shared by the class files of a shared archive
 * (src/cds/classFiles.ts): a JDK boot reads ~21K such entries, and decoding them (hashing, a cache probe,
 * a decoder call each) was a third of its class file parsing. Classes share one constant per string.
 */
export class SymbolTable {
  private readonly constants: (Utf8Constant | undefined)[];

  constructor(readonly strings: readonly string[]) {
    this.constants = new Array<Utf8Constant | undefined>(strings.length);
  }

  constant(id: number): Utf8Constant {
    return (this.constants[id] ??= { tag: CpTag.Utf8, value: this.strings[id] });
  }
}

/**
 * One class file's predecoded Utf8 entries: for each constant pool index a little-endian u2 that is 0,
 * or 1 + the index of the entry's string in `table` (entries the archive left out are decoded as usual).
 */
export interface PredecodedUtf8 {
  readonly ids: Uint8Array;
  readonly table: SymbolTable;
}

/** The big-endian u2 at `at`. */
export function u2At(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}

export class ParsedConstantPool implements ConstantPool {
  /** constant_pool_count. */
  readonly length: number;
  /** Built entries; undefined where not built yet, null at 0 and after a Long or Double. */
  private readonly entries: (CpEntry | null | undefined)[];
  /** Where each entry's tag byte is in `bytes`. */
  readonly offsets: Int32Array;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
    /** Each entry's tag; 0 at index 0 and after a Long or Double. */
    readonly tags: Uint8Array,
    private readonly legacyUtf8: boolean,
    private readonly predecoded: PredecodedUtf8 | null = null,
  ) {
    this.length = tags.length;
    this.entries = new Array<CpEntry | null | undefined>(tags.length);
    this.entries[0] = null;
    this.offsets = new Int32Array(tags.length);
  }

  get(index: number): CpEntry | null {
    const e = this.entries[index];
    if (e !== undefined) return e;
    if (!(index > 0 && index < this.length) || this.tags[index] === 0) return null;
    const built = this.buildEntry(index);
    if (built === null) throw new ClassFormatError('Illegal UTF8 string in constant pool');
    this.fillStrings(built);
    this.entries[index] = built;
    return built;
  }

  all(): (CpEntry | null)[] {
    const all = new Array<CpEntry | null>(this.length);
    for (let i = 0; i < this.length; i++) all[i] = this.get(i);
    return all;
  }

  /** The Utf8 entries built so far, by index (what a shared archive predecodes for later runs). */
  decodedUtf8(): [number, string][] {
    const out: [number, string][] = [];
    this.entries.forEach((e, i) => {
      if (e && e.tag === CpTag.Utf8) out.push([i, e.value]);
    });
    return out;
  }

  /** The parser's way to store an entry it built (and will check) itself. */
  setEntry(index: number, e: CpEntry | null): void {
    this.entries[index] = e;
  }

  /**
   * Entry `index` from its bytes, its strings not filled in yet (the parser checks the indexes they come
   * from first); null if it is a Utf8 entry that is not well-formed modified UTF-8.
   */
  buildEntry(index: number): CpEntry | null {
    const bytes = this.bytes;
    const p = this.offsets[index];
    const tag = this.tags[index];
    switch (tag) {
      case CpTag.Utf8: {
        const pre = this.predecoded;
        if (pre !== null && 2 * index + 1 < pre.ids.length) {
          const id = pre.ids[2 * index] | (pre.ids[2 * index + 1] << 8);
          if (id !== 0) return pre.table.constant(id - 1);
        }
        const start = p + 3;
        return tryDecodeUtf8Constant(bytes, start, start + u2At(bytes, p + 1), this.legacyUtf8);
      }
      case CpTag.Integer:
        return { tag, value: this.view.getInt32(p + 1) };
      case CpTag.Float:
        return { tag, value: this.view.getFloat32(p + 1) };
      case CpTag.Long:
        return { tag, lo: this.view.getInt32(p + 5), hi: this.view.getInt32(p + 1) };
      case CpTag.Double:
        return { tag, value: this.view.getFloat64(p + 1) };
      case CpTag.Class:
        return { tag, nameIndex: u2At(bytes, p + 1), name: '' };
      case CpTag.String:
        return { tag, stringIndex: u2At(bytes, p + 1), value: '' };
      case CpTag.Fieldref:
      case CpTag.Methodref:
      case CpTag.InterfaceMethodref:
        return {
          tag,
          classIndex: u2At(bytes, p + 1),
          nameAndTypeIndex: u2At(bytes, p + 3),
          className: '',
          name: '',
          descriptor: '',
        };
      case CpTag.NameAndType:
        return {
          tag,
          nameIndex: u2At(bytes, p + 1),
          descriptorIndex: u2At(bytes, p + 3),
          name: '',
          descriptor: '',
        };
      case CpTag.MethodHandle:
        return { tag, referenceKind: bytes[p + 1], referenceIndex: u2At(bytes, p + 2) };
      case CpTag.MethodType:
        return { tag, descriptorIndex: u2At(bytes, p + 1), descriptor: '' };
      case CpTag.Dynamic:
      case CpTag.InvokeDynamic:
        return {
          tag,
          bootstrapMethodAttrIndex: u2At(bytes, p + 1),
          nameAndTypeIndex: u2At(bytes, p + 3),
          name: '',
          descriptor: '',
        };
      case CpTag.Module:
      case CpTag.Package:
        return { tag, nameIndex: u2At(bytes, p + 1), name: '' };
      default:
        throw new ClassFormatError(`Unknown constant tag ${tag}`);
    }
  }

  /**
   * Copies into an entry the strings of the entries it refers to, which must be built and filled already
   * (for a checked class the parser calls this once it has checked the indexes, see resolveConstantPool).
   */
  fillStrings(e: CpEntry): void {
    switch (e.tag) {
      case CpTag.Class:
      case CpTag.Module:
      case CpTag.Package:
        e.name = this.utf8(e.nameIndex);
        break;
      case CpTag.String:
        e.value = this.utf8(e.stringIndex);
        break;
      case CpTag.NameAndType:
        e.name = this.utf8(e.nameIndex);
        e.descriptor = this.utf8(e.descriptorIndex);
        break;
      case CpTag.MethodType:
        e.descriptor = this.utf8(e.descriptorIndex);
        break;
      case CpTag.Fieldref:
      case CpTag.Methodref:
      case CpTag.InterfaceMethodref: {
        e.className = (this.get(e.classIndex) as Extract<CpEntry, { tag: CpTag.Class }>).name;
        const nat = this.get(e.nameAndTypeIndex) as NameAndTypeEntry;
        e.name = nat.name;
        e.descriptor = nat.descriptor;
        break;
      }
      case CpTag.Dynamic:
      case CpTag.InvokeDynamic: {
        const nat = this.get(e.nameAndTypeIndex) as NameAndTypeEntry;
        e.name = nat.name;
        e.descriptor = nat.descriptor;
        break;
      }
    }
  }

  private utf8(index: number): string {
    return (this.get(index) as Extract<CpEntry, { tag: CpTag.Utf8 }>).value;
  }
}

/** A pool over entries already built, for tools and tests that make their own. */
export function constantPoolOf(entries: readonly (CpEntry | null)[]): ConstantPool {
  return {
    length: entries.length,
    get: (index) => entries[index] ?? null,
    all: () => entries.slice(),
  };
}
