// The class files a shared archive holds (ArchiveFile.classFiles): those the dump run's boot loader read
// from the runtime image, which a run with the archive then takes from it (VM.loadBootClass), each with
// the Utf8 constants the dump run decoded (PredecodedUtf8), which the run then doesn't decode again.
import { ParsedConstantPool, type PredecodedUtf8, SymbolTable, u2At } from '../classfile/constantPool.js';
import type { ArchivedClassFile, ArchivedClassFileEntry } from './archive.js';
import type { VM } from '../runtime/vm.js';

/** Ids are written as u2, 0 meaning none: at most this many strings. */
const MAX_SYMBOLS = 0xfffe;

/**
 * The index of the class files of every boot class the dump run loaded from the runtime image, the
 * strings of their decoded Utf8 constants, and the files, each followed by its ids of those strings, in
 * index order (written one after another after the archive's JSON).
 */
export function collectClassFiles(vm: VM): {
  index: ArchivedClassFileEntry[];
  symbols: string[];
  parts: Uint8Array[];
} {
  const index: ArchivedClassFileEntry[] = [];
  const parts: Uint8Array[] = [];
  const symbols: string[] = [];
  const symbolIds = new Map<string, number>();
  let offset = 0;
  for (const cls of vm.bootClasses.values()) {
    if (cls.classFile === null || cls.hidden || cls.componentType !== null) continue;
    const resource = cls.name + '.class';
    // What loadBootClass reads, if it comes from the image.
    const found = vm.findBootClassFile(resource);
    if (found === null || !found.trusted) continue;
    const pool = cls.classFile.constantPool;
    let ids: Uint8Array | null = null;
    if (pool instanceof ParsedConstantPool) {
      ids = new Uint8Array(2 * pool.length);
      for (const [i, value] of pool.decodedUtf8()) {
        let id = symbolIds.get(value);
        if (id === undefined) {
          if (symbols.length >= MAX_SYMBOLS) continue;
          id = symbols.length;
          symbols.push(value);
          symbolIds.set(value, id);
        }
        ids[2 * i] = (id + 1) & 0xff;
        ids[2 * i + 1] = (id + 1) >> 8;
      }
    }
    const idsOffset = ids === null ? -1 : offset + found.bytes.length;
    index.push([resource, offset, found.bytes.length, idsOffset]);
    parts.push(found.bytes);
    offset += found.bytes.length;
    if (ids !== null) {
      parts.push(ids);
      offset += ids.length;
    }
  }
  return { index, symbols, parts };
}

/**
 * The archive's class files by resource path, from the bytes after its JSON text (`blob`); null if an
 * entry lies outside them.
 */
export function archivedClassFiles(
  index: readonly ArchivedClassFileEntry[],
  symbols: readonly string[],
  blob: Uint8Array,
): Map<string, ArchivedClassFile> | null {
  const table = new SymbolTable(symbols);
  const files = new Map<string, ArchivedClassFile>();
  for (const [resource, offset, length, idsOffset] of index) {
    if (offset + length > blob.length) return null;
    const bytes = blob.subarray(offset, offset + length);
    let predecoded: PredecodedUtf8 | null = null;
    if (idsOffset >= 0 && length >= 10) {
      const idsLength = 2 * u2At(bytes, 8); // constant_pool_count
      if (idsOffset + idsLength > blob.length) return null;
      predecoded = { ids: blob.subarray(idsOffset, idsOffset + idsLength), table };
    }
    files.set(resource, { bytes, predecoded });
  }
  return files;
}
