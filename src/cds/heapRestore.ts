// A run with a shared archive: the archived objects are rebuilt the first time the class library asks for
// one (CDS.initializeFromArchive from a static initializer), all at once since the subgraphs share objects.
// Interned strings stay unique, Class objects are this run's mirrors, identity hash codes are the dump
// run's (hash-keyed maps in the graph depend on them). Enum constants in the graph are the dump run's
// objects, not the ones the enum's <clinit> makes in this run: that is HotSpot 17's behaviour (its
// archived enums became the enum's own constants only in JDK 18, JDK-8275731), and so what `java` prints
// for e.g. `requires.modifiers().contains(Requires.Modifier.TRANSITIVE)` on a boot module (false).
import type { VM } from '../runtime/vm.js';
import type { JavaThread } from '../threads/thread.js';
import type { JavaClass } from '../runtime/jclass.js';
import { JavaObject, type JArray, type JValue, type FieldBag } from '../runtime/object.js';
import { numberFromArchive, type ArchiveFile, type ArchivedNumber, type ArchivedValue } from './archive.js';
import { ARCHIVE_ROOTS } from './roots.js';

type Rebuilt = JavaObject | JArray;

export class SharedHeap {
  private objects: Rebuilt[] | null = null;
  /** Set when rebuilding failed: the run goes on as if there were no archive. */
  private failed = false;

  /**
   * @param useFullModuleGraph whether the boot layer and built-in loaders may come from the archive
   *   (roots.ts fullModuleGraphUsable)
   */
  constructor(
    private readonly vm: VM,
    private archive: ArchiveFile,
    private readonly useFullModuleGraph: boolean,
  ) {}

  /** CDS.initializeFromArchive: sets the archived static fields of `cls`, if the archive has them. */
  initializeFromArchive(thread: JavaThread, cls: JavaClass): void {
    if (cls.loader !== null) return;
    const wanted = this.archive.roots.filter(([className]) => className === cls.name);
    if (wanted.length === 0) return;
    const objects = this.rebuild(thread);
    if (objects === null) return;
    for (const [className, fieldName, index] of wanted) {
      const root = ARCHIVE_ROOTS.find((r) => r.className === className && r.fieldName === fieldName);
      if (!root || (root.fullModuleGraph && !this.useFullModuleGraph)) continue;
      cls.statics[`${fieldName}@${className}`] = objects[index];
    }
  }

  /**
   * CDS.defineArchivedModules: the VM learns the archived boot layer's modules as Module.defineModule0
   * taught it in the dump run (the packages of each module and its loader).
   */
  defineArchivedModules(): void {
    const objects = this.objects;
    if (objects === null || !this.useFullModuleGraph) return;
    for (const d of this.archive.modules) {
      const module = objects[d.module] as JavaObject & { $version?: JValue };
      module.$version = d.version === null ? null : objects[d.version];
      const loader = d.loader === null ? null : (objects[d.loader] as JavaObject);
      this.vm.defineModulePackages(module, loader, d.packages, d.isJavaBase);
    }
  }

  /** Rebuilds every archived object once; null if that failed. */
  private rebuild(thread: JavaThread): Rebuilt[] | null {
    if (this.objects !== null || this.failed) return this.objects;
    try {
      this.objects = new HeapReader(this.vm, thread, this.archive).read();
      // The archived form of the objects is not needed again; it would only be more for V8 to copy out
      // of its young generation (~1 MB of JSON arrays).
      this.archive = { ...this.archive, classes: [], objects: [], interned: [] };
    } catch (e) {
      // A class the archive names can't be loaded: the archive doesn't fit this class library after all.
      if (!(e instanceof JavaObject)) throw e;
      this.failed = true;
    }
    return this.objects;
  }
}

/** Sets the fields of one archived object of a class from its entry (see fieldFiller). */
type FieldFiller = (bag: FieldBag, entry: ArchivedValue[], objects: Rebuilt[]) => void;

/**
 * Archived objects of one class from which on its fields are set by a function made for the class: the
 * general loop stores each field by a computed key, which V8 can't cache for thousands of objects of ~60
 * classes, and filling the boot's ~7,000 objects took 11-16 ms; most of them are of a few classes
 * (HashMap$Node, String, ConcurrentHashMap$Node, ModuleDescriptor$Exports...).
 */
const FILLER_MIN_OBJECTS = 16;

/**
 * A function that sets each instance field of an object of `cls` from an archived entry, as
 * HeapReader.fill does, with the field keys written in its code.
 */
function fieldFiller(cls: JavaClass): FieldFiller {
  const lines: string[] = [];
  let k = 2;
  for (const f of cls.instanceFields) {
    const key = JSON.stringify(f.key);
    if (f.type === 'L' || f.type === '[') lines.push(`v = e[${k++}]; b[${key}] = v === null ? null : o[v];`);
    else if (f.type === 'J') {
      lines.push(`b[${key}] = e[${k++}];`, `b[${JSON.stringify(f.hiKey)}] = e[${k++}];`);
    } else {
      // NaN, the infinities and -0 are written as strings (archivedNumber).
      lines.push(`v = e[${k++}]; b[${key}] = typeof v === 'number' ? v : Number(v);`);
    }
  }
  return new Function('b', 'e', 'o', `let v; ${lines.join(' ')}`) as FieldFiller;
}

class HeapReader {
  private readonly classes: JavaClass[];
  private readonly objects: Rebuilt[];
  /** Archived objects per class index, and the field fillers of classes that have many. */
  private readonly counts: Int32Array;
  private readonly fillers: (FieldFiller | undefined)[] = [];

  constructor(
    private readonly vm: VM,
    private readonly thread: JavaThread,
    private readonly archive: ArchiveFile,
  ) {
    this.classes = archive.classes.map((name) => vm.loadClass(thread, name, null));
    this.objects = new Array<Rebuilt>(archive.objects.length);
    this.counts = new Int32Array(this.classes.length);
  }

  read(): Rebuilt[] {
    const { archive, objects, classes, vm } = this;
    // Allocate everything first so that references can point anywhere.
    for (let i = 0; i < archive.objects.length; i++) {
      const entry = archive.objects[i];
      if (!Array.isArray(entry)) {
        objects[i] = vm.mirrorOf(vm.classForDescriptor(this.thread, entry.mirror, null));
        continue;
      }
      const cls = classes[entry[0] as number];
      this.counts[entry[0] as number]++;
      const obj = cls.isArray ? this.allocateArray(cls, entry[2]) : vm.newObject(cls);
      const hash = entry[1] as number;
      if (hash !== 0) (obj as { $hash: number }).$hash = hash;
      objects[i] = obj;
    }
    // Primitive arrays first: the interned strings' contents must be there before interning.
    const done = new Uint8Array(objects.length);
    for (let i = 0; i < objects.length; i++) {
      if (isPrimitiveArray(objects[i])) {
        this.fill(i);
        done[i] = 1;
      }
    }
    // Strings interned in the dump run are this run's interned strings: an equal one interned already
    // (a literal resolved before the archive was read) takes the archived one's place.
    for (const i of archive.interned) {
      this.fill(i);
      done[i] = 1;
      const str = objects[i] as JavaObject;
      const existing = vm.internedString(this.latin1Contents(i) ?? vm.jsString(str));
      if (existing !== undefined) objects[i] = existing;
      else vm.internString(str);
    }
    for (let i = 0; i < objects.length; i++) if (done[i] === 0) this.fill(i);
    return objects;
  }

  /**
   * The contents of the archived String i when it is Latin-1: its value array's archive string is
   * them, char for byte (no need to decode the rebuilt array).
   */
  private latin1Contents(i: number): string | null {
    const entry = this.archive.objects[i] as ArchivedValue[];
    const cls = this.classes[entry[0] as number];
    const coder = entryOffset(cls, 'coder@java/lang/String');
    const value = entryOffset(cls, 'value@java/lang/String');
    if (coder < 0 || value < 0 || entry[coder] !== 0) return null;
    const bytes = this.archive.objects[entry[value] as number] as ArchivedValue[];
    return typeof bytes[2] === 'string' ? bytes[2] : null;
  }

  /** Sets the fields or elements of object i. */
  private fill(i: number): void {
    const entry = this.archive.objects[i];
    if (!Array.isArray(entry)) return;
    const obj = this.objects[i];
    const classIndex = entry[0] as number;
    const cls = this.classes[classIndex];
    if (cls.isArray) {
      this.fillArray(obj as JArray, cls, entry[2]);
      return;
    }
    const bag = obj as unknown as FieldBag;
    if (this.counts[classIndex] >= FILLER_MIN_OBJECTS) {
      const filler = (this.fillers[classIndex] ??= fieldFiller(cls));
      filler(bag, entry, this.objects);
      return;
    }
    let k = 2;
    for (const f of cls.instanceFields) {
      const v = entry[k++] as ArchivedNumber | null;
      if (f.type === 'L' || f.type === '[') bag[f.key] = v === null ? null : this.objects[v as number];
      else if (f.type === 'J') {
        bag[f.key] = v as number;
        bag[f.hiKey] = entry[k++] as number;
      } else bag[f.key] = numberFromArchive(v as ArchivedNumber);
    }
  }

  private allocateArray(cls: JavaClass, elements: ArchivedValue): JArray {
    const n = typeof elements === 'string' ? elements.length : (elements as unknown[]).length;
    return this.vm.newArray(cls, cls.primitive === 'J' ? n >> 1 : n);
  }

  private fillArray(array: JArray, cls: JavaClass, elements: ArchivedValue): void {
    if (typeof elements === 'string') {
      const bytes = array as Int8Array;
      for (let j = 0; j < elements.length; j++) bytes[j] = elements.charCodeAt(j);
      return;
    }
    const values = elements as (ArchivedNumber | null)[];
    if (cls.primitive === null) {
      const refs = array as (JavaObject | JArray | null)[];
      for (let j = 0; j < values.length; j++) {
        const v = values[j];
        refs[j] = v === null ? null : this.objects[v as number];
      }
      return;
    }
    const numbers = array as unknown as number[];
    for (let j = 0; j < values.length; j++) numbers[j] = numberFromArchive(values[j] as ArchivedNumber);
  }
}

/** Where an instance field's value is in an archived object of class `cls` (-1 if it has no such field). */
function entryOffset(cls: JavaClass, key: string): number {
  let k = 2;
  for (const f of cls.instanceFields) {
    if (f.key === key) return k;
    k += f.type === 'J' ? 2 : 1;
  }
  return -1;
}

function isPrimitiveArray(obj: Rebuilt): boolean {
  return !(obj instanceof JavaObject) && obj.$cls.primitive !== null;
}
