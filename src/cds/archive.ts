// The shared archive's file format (HotSpot's CDS archive): Java objects written after a dump run has
// booted the class library, read back by later runs instead of rebuilding them, and the class files of
// the classes that boot loaded. JSON, since JSON.parse is the fastest way a JS engine has to turn bytes
// into objects, then a zero byte (which JSON text never contains) and the class files' bytes.

import type { PredecodedUtf8 } from '../classfile/constantPool.js';

/** Bumped whenever the format or what the VM puts in it changes; other formats are not used. */
export const ARCHIVE_FORMAT = 'tsjvm-cds-3';

/** The class library an archive was made from; a run with any other is not given its objects. */
export interface ArchiveOrigin {
  /** JAVA_RUNTIME_VERSION from the JDK's release file. */
  readonly runtimeVersion: string;
  /** Size and modification time of lib/modules: a different image makes different classes. */
  readonly modulesSize: number;
  readonly modulesMtimeMs: number;
  /**
   * Which build of tsjvm made it (size and modification time of the running code): the archive records
   * objects as this VM lays them out, so another build doesn't trust it. `npm run build` dumps again.
   */
  readonly vmBuild: string;
}

/**
 * A primitive value as written: a number, or for the floating-point values JSON has no numbers for
 * (NaN, ±Infinity, -0) the string `Number()` turns back into them.
 */
export type ArchivedNumber = number | string;

/**
 * One archived object, referred to by its index in `objects`:
 * - an instance: `[classIndex, identityHash, ...field values in layout order]` (a long is two ints,
 *   a reference the index of an object or null);
 * - an array: `[classIndex, identityHash, elements]`: a byte or boolean array as a string of char codes
 *   0-255 (a byte's unsigned value), other primitive arrays as numbers (a long as two ints), reference
 *   arrays as object indexes and nulls;
 * - a class mirror: `{ mirror: descriptor }` (`I`, `Ljava/lang/String;`, `[J`), the run's own Class object.
 */
export type ArchivedObject = ArchivedValue[] | { mirror: string };

/** A field value or an array's elements. */
export type ArchivedValue = ArchivedNumber | null | (ArchivedNumber | null)[];

/** Module.defineModule0 as the dump run called it, replayed by CDS.defineArchivedModules. */
export interface ArchivedModuleDefinition {
  readonly module: number;
  /** The defining loader's object index; null for the boot loader. */
  readonly loader: number | null;
  /** Package names in internal form (`java/lang`). */
  readonly packages: string[];
  readonly version: number | null;
  readonly isJavaBase: boolean;
}

export interface ArchiveFile {
  readonly format: string;
  readonly origin: ArchiveOrigin;
  /** Names of the boot classes of the archived objects, indexed by the objects' class indexes. */
  readonly classes: string[];
  readonly objects: ArchivedObject[];
  /** Archived static fields (see roots.ts): class name, field name, object index. */
  readonly roots: [string, string, number][];
  /** Indexes of the Strings that were interned in the dump run. */
  readonly interned: number[];
  readonly modules: ArchivedModuleDefinition[];
  /**
   * The class files the boot loader read from the runtime image during the dump run (ArchivedClassFileEntry:
   * where each one and its predecoded Utf8 ids lie in the bytes after the JSON text). A run takes them from
   * here instead of looking each one up and reading it from lib/modules (HotSpot's archive likewise holds
   * the classes its dump loaded); the origin check makes them the image's bytes.
   */
  readonly classFiles: ArchivedClassFileEntry[];
  /**
   * The strings of the Utf8 constants that the dump run's boot decoded, which a run takes from here
   * instead of decoding them again (PredecodedUtf8; each class file's table of ids follows its bytes).
   */
  readonly symbols: string[];
}

/**
 * A class file in the bytes after the JSON text: resource path, offset and length, and the offset of its
 * predecoded Utf8 ids (2 bytes per constant pool index), or -1.
 */
export type ArchivedClassFileEntry = [string, number, number, number];

/** A class file of the archive as a run gets it. */
export interface ArchivedClassFile {
  readonly bytes: Uint8Array;
  readonly predecoded: PredecodedUtf8 | null;
}

/** An archive as a run reads it: the JSON part, and the class files stored after it. */
export interface LoadedArchive {
  readonly file: ArchiveFile;
  /** Class files by resource path. */
  readonly classFiles: Map<string, ArchivedClassFile>;
}

/** A number as the archive writes it. */
export function archivedNumber(v: number): ArchivedNumber {
  return Number.isFinite(v) && !Object.is(v, -0) ? v : String(Object.is(v, -0) ? '-0' : v);
}

/** A number as it was before archivedNumber. */
export function numberFromArchive(v: ArchivedNumber): number {
  return typeof v === 'number' ? v : Number(v);
}

/** Why an archive can't be used with this class library, or null if it can. */
export function archiveMismatch(archive: ArchiveFile, origin: ArchiveOrigin): string | null {
  if (archive.format !== ARCHIVE_FORMAT)
    return `it has format ${String(archive.format)}, not ${ARCHIVE_FORMAT}`;
  const o = archive.origin;
  if (o.runtimeVersion !== origin.runtimeVersion) return `it was made for JDK ${o.runtimeVersion}`;
  if (o.modulesSize !== origin.modulesSize || o.modulesMtimeMs !== origin.modulesMtimeMs)
    return 'it was made from a different lib/modules';
  if (o.vmBuild !== origin.vmBuild) return 'it was made by another build of tsjvm';
  return null;
}
