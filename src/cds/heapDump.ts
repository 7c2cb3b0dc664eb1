// -Xshare:dump: after a boot with CDS.isDumpingArchive() true, write the object graphs of the archive roots
// (roots.ts) to an archive (HotSpot's HeapShared::archive_objects and the full module graph). Like HotSpot,
// first reset the built-in loaders' per-run state (resetArchivedStates), then refuse anything that can't be
// rebuilt by a later run from the class library alone: objects of hidden or non-boot classes, threads,
// held monitors, objects carrying VM-internal state.
import type { VM } from '../runtime/vm.js';
import type { JavaThread } from '../threads/thread.js';
import type { JavaClass, JField } from '../runtime/jclass.js';
import { ClassState } from '../runtime/jclass.js';
import { JavaObject, type JArray, type JRef, type JValue, type FieldBag } from '../runtime/object.js';
import {
  ARCHIVE_FORMAT,
  archivedNumber,
  type ArchiveFile,
  type ArchiveOrigin,
  type ArchivedNumber,
  type ArchivedObject,
  type ArchivedValue,
  type ArchivedClassFileEntry,
} from './archive.js';
import { ARCHIVE_ROOTS } from './roots.js';

/** The dump found something it cannot archive; the message says what. */
export class ArchiveDumpError extends Error {}

/** Own properties every Java object has besides its fields (see JavaObject). */
const HEADER_KEYS = new Set(['$hash', '$mon']);
/** VM-side properties the archive carries some other way: a Module's version is in its definition. */
const CARRIED_KEYS = new Set(['$version']);

/** What Module.defineModule0 was called with, recorded while dumping (VM.moduleDefinitions). */
export interface ModuleDefinitionRecord {
  readonly module: JavaObject;
  readonly loader: JavaObject | null;
  readonly packages: string[];
  readonly isJavaBase: boolean;
}

/** Resets the loaders, collects the graphs and returns the archive. */
export function dumpHeapArchive(
  vm: VM,
  thread: JavaThread,
  origin: ArchiveOrigin,
  classFiles: ArchivedClassFileEntry[],
  symbols: string[],
): ArchiveFile {
  resetBuiltinLoaders(vm, thread);
  const writer = new HeapWriter(vm);
  const roots: [string, string, number][] = [];
  for (const r of ARCHIVE_ROOTS) {
    const cls = vm.bootClasses.get(r.className);
    if (!cls || cls.state !== ClassState.Initialized) continue;
    const value = cls.statics[`${r.fieldName}@${r.className}`] as JRef | undefined;
    if (value === undefined || value === null) continue;
    roots.push([r.className, r.fieldName, writer.reference(value)]);
  }
  const modules = vm.moduleDefinitions.map((d) => ({
    module: writer.reference(d.module),
    loader: d.loader === null ? null : writer.reference(d.loader),
    packages: d.packages,
    version: writer.referenceOrNull((d.module as JavaObject & { $version?: JValue }).$version ?? null),
    isJavaBase: d.isJavaBase,
  }));
  writer.drain();
  return {
    format: ARCHIVE_FORMAT,
    origin,
    classes: writer.classNames,
    objects: writer.objects,
    roots,
    interned: writer.interned,
    modules,
    classFiles,
    symbols,
  };
}

/**
 * HotSpot's HeapShared::reset_archived_object_states: each class of the platform and app loaders that
 * declares resetArchivedStates() clears what belongs to one run (class path, loaded classes, locks).
 */
function resetBuiltinLoaders(vm: VM, thread: JavaThread): void {
  const holder = vm.bootClasses.get('jdk/internal/loader/ClassLoaders');
  if (!holder) throw new ArchiveDumpError('the built-in class loaders were not created');
  for (const field of ['PLATFORM_LOADER', 'APP_LOADER']) {
    const loader = holder.statics[`${field}@jdk/internal/loader/ClassLoaders`] as JavaObject | null;
    if (loader === null) throw new ArchiveDumpError(`ClassLoaders.${field} is not set`);
    if (vm.classesRecordedFor(loader) > 0)
      throw new ArchiveDumpError(`the ${loader.$cls.javaName} has loaded classes during boot`);
    for (let c: JavaClass | null = loader.$cls; c !== null; c = c.superClass) {
      const reset = c.findDeclaredMethod('resetArchivedStates', '()V');
      if (reset) vm.callJava(thread, reset, [loader]);
    }
  }
}

/** Numbers the objects reachable from the roots and encodes each (breadth-first, no recursion). */
class HeapWriter {
  readonly objects: ArchivedObject[] = [];
  readonly classNames: string[] = [];
  readonly interned: number[] = [];
  private readonly indexOf = new Map<JavaObject | JArray, number>();
  private readonly classIndex = new Map<JavaClass, number>();
  private readonly pending: (JavaObject | JArray)[] = [];

  constructor(private readonly vm: VM) {}

  /** The index of an object, numbering it (and queueing it for encoding) the first time. */
  reference(obj: JavaObject | JArray): number {
    let i = this.indexOf.get(obj);
    if (i === undefined) {
      i = this.objects.length;
      this.indexOf.set(obj, i);
      this.objects.push([]);
      this.pending.push(obj);
    }
    return i;
  }

  referenceOrNull(v: JValue): number | null {
    if (v === null) return null;
    if (typeof v === 'number') throw new ArchiveDumpError('a reference slot holds a number');
    return this.reference(v);
  }

  drain(): void {
    for (let next = 0; next < this.pending.length; next++) {
      const obj = this.pending[next];
      this.objects[this.indexOf.get(obj)!] = this.encode(obj);
    }
  }

  private encode(obj: JavaObject | JArray): ArchivedObject {
    const cls = obj.$cls;
    if (cls === this.vm.classClass) return { mirror: this.mirrorDescriptor(obj as JavaObject) };
    this.checkArchivable(obj, cls);
    const head: ArchivedValue[] = [this.classOf(cls), identityHashOf(obj)];
    if (cls.isArray) {
      head.push(this.encodeElements(obj as JArray, cls));
      return head;
    }
    const bag = obj as unknown as FieldBag;
    for (const f of cls.instanceFields) this.encodeField(head, bag, f);
    if (cls === this.vm.stringClass && this.vm.internedString(this.vm.jsString(obj as JavaObject)) === obj)
      this.interned.push(this.indexOf.get(obj)!);
    return head;
  }

  private encodeField(out: ArchivedValue[], bag: FieldBag, f: JField): void {
    const v = bag[f.key];
    if (f.type === 'L' || f.type === '[') out.push(this.referenceOrNull(v));
    else if (f.type === 'J') out.push(v as number, bag[f.hiKey] as number);
    else out.push(archivedNumber(v as number));
  }

  private encodeElements(array: JArray, cls: JavaClass): ArchivedValue {
    if (cls.primitive === null) return Array.from(array as JRef[], (e) => this.referenceOrNull(e));
    if (cls.primitive === 'B' || cls.primitive === 'Z') {
      const signed = array as Int8Array;
      const bytes = new Uint8Array(signed.buffer, signed.byteOffset, signed.length);
      let s = '';
      for (let i = 0; i < bytes.length; i += 4096)
        s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 4096)));
      return s;
    }
    return Array.from(array as ArrayLike<number>, (e): ArchivedNumber => archivedNumber(e));
  }

  private classOf(cls: JavaClass): number {
    let i = this.classIndex.get(cls);
    if (i === undefined) {
      i = this.classNames.length;
      this.classIndex.set(cls, i);
      this.classNames.push(cls.name);
    }
    return i;
  }

  /** A later run must be able to load the class by name from the boot loader and rebuild the object. */
  private checkArchivable(obj: JavaObject | JArray, cls: JavaClass): void {
    if (!loadableByName(cls))
      throw new ArchiveDumpError(`cannot archive an object of ${cls.javaName}, not a boot class`);
    if (this.vm.isInstanceOf(obj, 'java/lang/Thread'))
      throw new ArchiveDumpError(`cannot archive a thread (${cls.javaName})`);
    const mon = (obj as { $mon?: { owner: unknown } | null }).$mon;
    if (mon && mon.owner !== null)
      throw new ArchiveDumpError(`cannot archive ${cls.javaName} with its monitor held`);
    if (obj instanceof JavaObject) {
      for (const key of Object.keys(obj)) {
        if (key.startsWith('$') && !HEADER_KEYS.has(key) && !CARRIED_KEYS.has(key))
          throw new ArchiveDumpError(`cannot archive ${cls.javaName}: it carries VM state (${key})`);
      }
    }
  }

  private mirrorDescriptor(mirror: JavaObject): string {
    const cls = this.vm.classFromMirror(mirror);
    if (!loadableByName(cls))
      throw new ArchiveDumpError(`cannot archive the Class of ${cls.javaName}, not a boot class`);
    return this.vm.descriptorOf(cls);
  }
}

/** Can a later run get this class by name from the boot loader (it, or its element type, is a boot class)? */
function loadableByName(cls: JavaClass): boolean {
  let base = cls;
  while (base.componentType !== null) base = base.componentType;
  return base.loader === null && !base.hidden;
}

function identityHashOf(obj: JavaObject | JArray): number {
  return (obj as { $hash?: number }).$hash ?? 0;
}
