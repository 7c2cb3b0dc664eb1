// One VM instance: its classes, strings, natives and threads. Everything mutable belongs here (DESIGN
// "Sharing between VM instances").
import type { ClassPathEntry } from '../classpath/types.js';
import type { Host } from '../host/host.js';
import { NativeRegistry } from '../natives/registry.js';
import { JavaThread, JVMTI_ALIVE, JVMTI_RUNNABLE } from '../threads/thread.js';
import { Scheduler, pendingOperation } from '../threads/scheduler.js';
import { JavaClass, ClassState, type JMethod, type TypeChar } from './jclass.js';
import {
  JavaObject,
  type JArray,
  type JValue,
  type RefArray,
  type PrimitiveArray,
  type FieldBag,
} from './object.js';
import { createClass, prepareClass, arrayClassFlags } from './classloading.js';
import { parseClassFile } from '../classfile/reader.js';
import { ClassFormatError, UnsupportedClassVersionError } from '../classfile/errors.js';
import { charCodesToString } from '../classfile/mutf8.js';
import { isAssignable, superDisplayOf } from './subtype.js';
import { nestHost as nestHostOf } from './resolve.js';
import { NativeMemory } from '../memory/nativeMemory.js';
import { ArraySlab, usesSlab } from '../memory/arraySlab.js';
import { FileTable } from '../host/fileTable.js';
import type { SharedHeap } from '../cds/heapRestore.js';
import type { ArchivedClassFile } from '../cds/archive.js';
import type { PredecodedUtf8 } from '../classfile/constantPool.js';
import type { ModuleDefinitionRecord } from '../cds/heapDump.js';
import { vtableOf } from './vtable.js';

export interface VMOptions {
  /** The JDK home whose lib/modules is the class library. */
  jdkHome: string;
  /** The application class path, as given to -cp. */
  classPath: string;
  /** -D properties, in order. */
  properties: [string, string][];
  /** Frames deeper than this throw StackOverflowError. */
  maxStackDepth: number;
  enableAssertions: boolean;
  enableSystemAssertions: boolean;
  verboseClass: boolean;
  /** Maximum heap in bytes (-Xmx), for Runtime.maxMemory and allocation limits. */
  maxHeap: number;
}

/** What the VM reports about the machine (os.name, os.arch, os.version). */
export interface PlatformInfo {
  osName: string;
  osArch: string;
  osVersion: string;
}

/** Runs Java code to completion on behalf of VM code; provided by the interpreter. */
export type JavaCaller = (thread: JavaThread, method: JMethod, args: JValue[]) => JValue | undefined;

/** Standard output and error as the VM writes them (fd 1 and 2). */
export interface StdioSink {
  /**
   * Writes all of `bytes` to fd 1 or 2; false if the reader has gone (EPIPE), which Java's writes report
   * as an IOException and the VM's own messages ignore, as HotSpot's do.
   */
  write(fd: number, bytes: Uint8Array): boolean;
  /** Reads up to `max` bytes from fd 0; empty at end of input. */
  read(fd: number, max: number): Uint8Array;
}

/** Frames of the main thread's pool allocated at boot (JavaThread.fillFramePool). */
const MAIN_FRAME_POOL_DEPTH = 128;

const PRIMITIVES: [TypeChar, string][] = [
  ['Z', 'boolean'],
  ['B', 'byte'],
  ['C', 'char'],
  ['S', 'short'],
  ['I', 'int'],
  ['J', 'long'],
  ['F', 'float'],
  ['D', 'double'],
  ['V', 'void'],
];

export class VM {
  readonly natives = new NativeRegistry();
  readonly bootClasses = new Map<string, JavaClass>();
  readonly primitiveClasses = new Map<TypeChar, JavaClass>();
  private readonly loaderClasses = new WeakMap<JavaObject, Map<string, JavaClass>>();
  private readonly interned = new Map<string, JavaObject>();
  private hiddenClassCounter = 1;
  /** Identity hash codes: a per-VM generator, like HotSpot's thread-local xorshift (hashCode=5). */
  private hashState = [0x12345678, 0x2545f491, 0x9e3779b9 | 0, 0x7f4a7c15];
  readonly mainThread: JavaThread;
  readonly scheduler = new Scheduler();
  private nextThreadId = 1;
  callJava!: JavaCaller;
  /** Exit status once the VM has been asked to halt. */
  exitCode: number | null = null;
  /** Start time, for uptime-based clocks. */
  readonly startTime = Date.now();
  /** Properties reported by SystemProps$Raw.vmProperties. */
  readonly vmProperties = new Map<string, string>();
  /** Boot-loader package → java.lang.Module, from Module.defineModule0. */
  readonly bootPackageModules = new Map<string, JavaObject>();
  bootUnnamedModule: JavaObject | null = null;
  javaBaseModule: JavaObject | null = null;

  // Well-known classes, set during genesis.
  objectClass!: JavaClass;
  stringClass!: JavaClass;
  classClass!: JavaClass;
  byteArrayClass!: JavaClass;

  readonly nativeMemory = new NativeMemory();
  /** Where mid-size primitive arrays' elements live (memory/arraySlab.ts). */
  private readonly arraySlab = new ArraySlab();
  /** -Xint / default / -Xcomp (src/jit/policy.ts ExecutionMode). */
  executionMode = 0;
  /** -XX:+PrintCompilation */
  printCompilation = false;
  /** -XX:[+-]UseStringConcatIntrinsic (src/interpreter/concat.ts). */
  useStringConcatIntrinsic = true;
  /** -XX:[+-]UseLambdaMetafactoryIntrinsic (src/interpreter/lambda.ts). */
  useLambdaMetafactoryIntrinsic = true;
  /** -XX:[+-]UseObjectMethodsIntrinsic (src/interpreter/objectMethods.ts). */
  useObjectMethodsIntrinsic = true;
  /** Lambda proxy classes the intrinsic has made: their numbers continue InnerClassLambdaMetafactory's. */
  lambdaProxyCount = 0;
  compiledCount = 1;
  /** The shared archive's objects (-Xshare), when this run has an archive that fits its class library. */
  sharedHeap: SharedHeap | null = null;
  /**
   * The shared archive's class files by resource path (ArchiveFile.classFiles): the runtime image's
   * bytes for the classes a boot loads, read with the archive instead of one by one from lib/modules.
   */
  archivedClassFiles: Map<string, ArchivedClassFile> | null = null;
  /** -Xshare:dump: CDS.isDumpingArchive() is true and module definitions are recorded for the archive. */
  dumpingArchive = false;
  readonly moduleDefinitions: ModuleDefinitionRecord[] = [];
  readonly files: FileTable;
  /** Packages of named modules defined to each non-boot loader (Module.defineModule0). */
  private readonly loaderPackageModules = new WeakMap<JavaObject, Map<string, JavaObject>>();

  constructor(
    readonly options: VMOptions,
    readonly host: Host,
    readonly stdio: StdioSink,
    readonly bootPath: ClassPathEntry[],
    readonly platform: PlatformInfo,
  ) {
    this.files = new FileTable(host, stdio);
    this.scheduler.hostEvents = this.files.events;
    this.mainThread = new JavaThread(this, 'main');
    for (const [t, name] of PRIMITIVES) {
      const c = new JavaClass(name, null, null, 0x411);
      c.primitive = t;
      c.state = ClassState.Initialized;
      c.supertypes.add(c);
      c.superDisplay = superDisplayOf(c);
      this.primitiveClasses.set(t, c);
    }
  }

  /** Loads the classes everything else needs, without running Java code (HotSpot's genesis). */
  genesis(): void {
    this.objectClass = this.bootLoad('java/lang/Object');
    // Before the boot's allocation, which ages them (see fillFramePool); deep enough for most programs.
    this.mainThread.fillFramePool(this.objectClass.methods[0], MAIN_FRAME_POOL_DEPTH);
    this.stringClass = this.bootLoad('java/lang/String');
    this.classClass = this.bootLoad('java/lang/Class');
    this.byteArrayClass = this.arrayOf(this.primitiveClasses.get('B')!);
  }

  // ---- loading -------------------------------------------------------------------------------------

  /** A class the bootstrap loader must have; a failure here is a broken JDK, not a Java error. */
  bootLoad(name: string): JavaClass {
    const c = this.loadBootClass(name, this.mainThread);
    if (!c) throw new Error(`tsjvm: the class library lacks ${name}`);
    return c;
  }

  /** JVMS §5.3.1 Loading using the bootstrap class loader; null when no such class file exists. */
  loadBootClass(name: string, thread: JavaThread): JavaClass | null {
    const known = this.bootClasses.get(name);
    if (known) return known;
    if (name.startsWith('[')) return this.loadArrayClass(name, null, thread);
    const found = this.findBootClassFile(name + '.class');
    if (found === null) return null;
    return this.defineClass(thread, found.bytes, null, name, null, 'jrt:/', found.trusted, found.predecoded);
  }

  /**
   * The class file at `path` as the boot loader finds it: from the first boot class path entry that has
   * it, and whether that entry is the runtime image (trusted). The shared archive's copy of a class in
   * the image is the image's bytes (same lib/modules).
   */
  findBootClassFile(
    path: string,
  ): { bytes: Uint8Array; trusted: boolean; predecoded: PredecodedUtf8 | null } | null {
    const archived = this.archivedClassFiles;
    for (const e of this.bootPath) {
      const trusted = e.trusted === true;
      const fromArchive = trusted && archived !== null ? archived.get(path) : undefined;
      if (fromArchive !== undefined)
        return { bytes: fromArchive.bytes, trusted, predecoded: fromArchive.predecoded };
      const bytes = e.readResource(path);
      if (bytes) return { bytes, trusted, predecoded: null };
    }
    return null;
  }

  findLoadedClass(name: string, loader: JavaObject | null): JavaClass | null {
    if (loader === null) return this.bootClasses.get(name) ?? null;
    return this.loaderClasses.get(loader)?.get(name) ?? null;
  }

  /** How many classes a Java class loader has defined or initiated (the archive dump wants none). */
  classesRecordedFor(loader: JavaObject): number {
    return this.loaderClasses.get(loader)?.size ?? 0;
  }

  private recordClass(loader: JavaObject | null, cls: JavaClass): void {
    if (loader === null) {
      this.bootClasses.set(cls.name, cls);
      return;
    }
    let table = this.loaderClasses.get(loader);
    if (!table) {
      table = new Map();
      this.loaderClasses.set(loader, table);
    }
    table.set(cls.name, cls);
  }

  /**
   * JVMS §5.3 Creation and loading: the class `name` as seen from `loader`; throws NoClassDefFoundError
   * (as a Java exception) when it can't be found.
   */
  loadClass(thread: JavaThread, name: string, loader: JavaObject | null): JavaClass {
    const c = this.findLoadedClass(name, loader);
    if (c) return c;
    if (name.startsWith('[')) return this.loadArrayClass(name, loader, thread);
    if (loader === null) {
      const b = this.loadBootClass(name, thread);
      if (!b) throw this.newThrowable(thread, 'java/lang/NoClassDefFoundError', name);
      return b;
    }
    return this.loadClassWithJavaLoader(thread, name, loader);
  }

  /** JVMS §5.3.2 Loading using a user-defined class loader: calls `loader.loadClass(String)`. */
  private loadClassWithJavaLoader(thread: JavaThread, name: string, loader: JavaObject): JavaClass {
    const m = vtableOf(loader.$cls).get('loadClass(Ljava/lang/String;)Ljava/lang/Class;');
    if (!m) throw new Error('tsjvm: class loader without loadClass');
    let mirror: JValue | undefined;
    try {
      mirror = this.callJava(thread, m, [loader, this.newString(name.replace(/\//g, '.'))]);
    } catch (e) {
      if (e instanceof JavaObject && this.isInstanceOf(e, 'java/lang/ClassNotFoundException')) {
        throw this.newThrowable(thread, 'java/lang/NoClassDefFoundError', name, e);
      }
      throw e;
    }
    if (mirror === null || mirror === undefined)
      throw this.newThrowable(thread, 'java/lang/NoClassDefFoundError', name);
    const cls = this.classFromMirror(mirror as JavaObject);
    if (cls.name !== name) throw this.newThrowable(thread, 'java/lang/NoClassDefFoundError', name);
    this.recordClass(loader, cls);
    return cls;
  }

  /** JVMS §5.3.3 Creating array classes. */
  private loadArrayClass(name: string, loader: JavaObject | null, thread: JavaThread): JavaClass {
    const compDesc = name.substring(1);
    let comp: JavaClass;
    if (compDesc.startsWith('L'))
      comp = this.loadClass(thread, compDesc.substring(1, compDesc.length - 1), loader);
    else if (compDesc.startsWith('[')) comp = this.loadClass(thread, compDesc, loader);
    else {
      const p = this.primitiveClasses.get(compDesc as TypeChar);
      if (!p || compDesc.length !== 1 || compDesc === 'V')
        throw this.newThrowable(thread, 'java/lang/NoClassDefFoundError', name);
      comp = p;
    }
    return this.arrayOf(comp);
  }

  /** The array class whose component type is `comp`. */
  arrayOf(comp: JavaClass): JavaClass {
    if (comp.arrayClass) return comp.arrayClass;
    const desc =
      comp.primitive !== null && comp.componentType === null
        ? comp.primitive
        : comp.isArray
          ? comp.name
          : `L${comp.name};`;
    const name = '[' + desc;
    const cls = new JavaClass(name, null, comp.loader, arrayClassFlags(comp));
    cls.componentType = comp;
    if (comp.primitive !== null && comp.componentType === null) {
      cls.primitive = comp.primitive;
      if (comp.primitive === 'J') cls.lenShift = 1;
    }
    cls.superClass = this.objectClass;
    cls.interfaces = [this.bootLoad('java/lang/Cloneable'), this.bootLoad('java/io/Serializable')];
    cls.supertypes.add(cls);
    cls.superDisplay = superDisplayOf(cls);
    for (const s of this.objectClass.supertypes) cls.supertypes.add(s);
    for (const i of cls.interfaces) cls.supertypes.add(i);
    cls.vtable = vtableOf(this.objectClass);
    cls.module = comp.module;
    cls.state = ClassState.Initialized;
    comp.arrayClass = cls;
    this.recordClass(comp.loader, cls);
    return cls;
  }

  /**
   * JVMS §5.3.5 Deriving a class from a class file representation: parse, check the name, load the
   * superclass and interfaces, and link. Errors are thrown as Java exceptions.
   */
  defineClass(
    thread: JavaThread,
    bytes: Uint8Array,
    loader: JavaObject | null,
    expectedName: string | null,
    protectionDomain: JavaObject | null,
    source: string,
    trusted = false,
    predecoded: PredecodedUtf8 | null = null,
  ): JavaClass {
    let cf;
    try {
      cf = parseClassFile(bytes, predecoded === null ? { trusted } : { trusted, predecoded });
    } catch (e) {
      if (e instanceof UnsupportedClassVersionError)
        throw this.newThrowable(thread, 'java/lang/UnsupportedClassVersionError', e.message);
      if (e instanceof ClassFormatError)
        throw this.newThrowable(thread, 'java/lang/ClassFormatError', e.message);
      throw e;
    }
    if (expectedName !== null && cf.thisClass !== expectedName) {
      throw this.newThrowable(
        thread,
        'java/lang/NoClassDefFoundError',
        `${expectedName} (wrong name: ${cf.thisClass})`,
      );
    }
    if (this.findLoadedClass(cf.thisClass, loader)) {
      throw this.newThrowable(
        thread,
        'java/lang/LinkageError',
        `loader ${this.loaderDescription(loader)} attempted duplicate class definition for ${cf.thisClass.replace(/\//g, '.')}.`,
      );
    }
    let superClass: JavaClass | null = null;
    if (cf.superClass !== null) {
      if (cf.superClass === cf.thisClass)
        throw this.newThrowable(thread, 'java/lang/ClassCircularityError', cf.thisClass);
      superClass = this.loadClass(thread, cf.superClass, loader);
      if (superClass.isInterface) {
        throw this.newThrowable(
          thread,
          'java/lang/IncompatibleClassChangeError',
          `class ${cf.thisClass.replace(/\//g, '.')} has interface ${superClass.javaName} as super class`,
        );
      }
      if ((superClass.flags & 0x10) !== 0) {
        throw this.newThrowable(
          thread,
          'java/lang/IncompatibleClassChangeError',
          `class ${cf.thisClass.replace(/\//g, '.')} cannot inherit from final class ${superClass.javaName}`,
        );
      }
      // JVMS §5.3.5: a method may not override a final method of a superclass. A package-private final
      // method of another run-time package is not overridden by a method of the same name and descriptor
      // (JLS §8.4.8.1; javac compiles such a pair), so only a final method this class could access counts,
      // as in HotSpot's check_final_method_override.
      const slash = cf.thisClass.lastIndexOf('/');
      const thisPackage = slash < 0 ? '' : cf.thisClass.substring(0, slash);
      for (const mi of cf.methods) {
        if ((mi.accessFlags & 0x000a) !== 0 || mi.name === '<init>' || mi.name === '<clinit>') continue;
        for (let c: JavaClass | null = superClass; c; c = c.superClass) {
          const sm = c.declaredMethods.get(mi.name + mi.descriptor);
          if (
            sm &&
            !sm.isStatic &&
            !sm.isPrivate &&
            (sm.flags & 0x10) !== 0 &&
            ((sm.flags & 0x0005) !== 0 || (c.loader === loader && c.packageName === thisPackage))
          ) {
            throw this.newThrowable(
              thread,
              'java/lang/IncompatibleClassChangeError',
              `class ${cf.thisClass.replace(/\//g, '.')} overrides final method ${c.javaName}.${mi.name}${mi.descriptor}`,
            );
          }
        }
      }
    } else if (cf.thisClass !== 'java/lang/Object') {
      throw this.newThrowable(
        thread,
        'java/lang/ClassFormatError',
        `Invalid superclass index 0 in class file ${cf.thisClass}`,
      );
    }
    const interfaces: JavaClass[] = [];
    for (const iname of cf.interfaces) {
      const i = this.loadClass(thread, iname, loader);
      if (!i.isInterface) {
        throw this.newThrowable(
          thread,
          'java/lang/IncompatibleClassChangeError',
          `class ${cf.thisClass.replace(/\//g, '.')} can not implement ${i.javaName}, because it is not an interface (${i.javaName} is in ${this.moduleDescription(i)})`,
        );
      }
      interfaces.push(i);
    }
    const cls = createClass(cf, loader, superClass, interfaces);
    cls.protectionDomain = protectionDomain;
    prepareClass(cls);
    this.recordClass(loader, cls);
    cls.module = this.moduleForNewClass(cls);
    if (this.options.verboseClass) {
      this.stdio.write(1, new TextEncoder().encode(`[class,load] ${cls.javaName} source: ${source}\n`));
    }
    return cls;
  }

  private moduleForNewClass(cls: JavaClass): JavaObject | null {
    if (cls.loader === null) {
      return (
        this.bootPackageModules.get(cls.packageName) ?? (this.javaBaseModule ? this.bootUnnamedModule : null)
      );
    }
    const named = this.loaderPackageModules.get(cls.loader)?.get(cls.packageName);
    if (named) return named;
    return (cls.loader as unknown as FieldBag)['unnamedModule@java/lang/ClassLoader'] as JavaObject | null;
  }

  /**
   * Module.defineModule0: classes of these packages defined by `loader` belong to `module`. When java.base
   * is defined, the classes loaded before it (all in java.base) get their module, as HotSpot's fixup does.
   */
  defineModulePackages(
    module: JavaObject,
    loader: JavaObject | null,
    packages: string[],
    isJavaBase: boolean,
  ): void {
    let table = this.bootPackageModules;
    if (loader !== null) {
      let t = this.loaderPackageModules.get(loader);
      if (!t) {
        t = new Map();
        this.loaderPackageModules.set(loader, t);
      }
      table = t;
    }
    for (const p of packages) table.set(p, module);
    if (isJavaBase) {
      this.javaBaseModule = module;
      const fix = (c: JavaClass): void => {
        if (c.module !== null) return;
        c.module = module;
        if (c.mirror) (c.mirror as unknown as FieldBag)['module@java/lang/Class'] = module;
      };
      for (const c of this.bootClasses.values()) fix(c);
      for (const c of this.primitiveClasses.values()) fix(c);
    }
  }

  /** HotSpot's loader_name_and_id: built-in loaders by name alone, others with their identity hash. */
  loaderDescription(loader: JavaObject | null): string {
    if (loader === null) return "'bootstrap'";
    const name = (loader as unknown as FieldBag)['name@java/lang/ClassLoader'] as JavaObject | null;
    const cname = loader.$cls.name;
    const builtin =
      cname === 'jdk/internal/loader/ClassLoaders$AppClassLoader' ||
      cname === 'jdk/internal/loader/ClassLoaders$PlatformClassLoader';
    const id = (this.identityHash(loader) >>> 0).toString(16);
    if (name) return builtin ? `'${this.jsString(name)}'` : `'${this.jsString(name)}' @${id}`;
    return `${loader.$cls.javaName} @${id}`;
  }

  moduleDescription(cls: JavaClass): string {
    const m = cls.module;
    const name = m ? ((m as unknown as FieldBag)['name@java/lang/Module'] as JavaObject | null) : null;
    if (name) return `module ${this.jsString(name)} of loader ${this.loaderDescription(cls.loader)}`;
    return `unnamed module of loader ${this.loaderDescription(cls.loader)}`;
  }

  /**
   * Lookup.defineHiddenClass (ClassLoader.defineClass0 with HIDDEN_CLASS): a class no loader can find by
   * name, named `<name>/0x<id>`, optionally a nestmate of `lookup`, carrying `classData`.
   */
  defineHiddenClass(
    thread: JavaThread,
    bytes: Uint8Array,
    lookup: JavaClass,
    nestmate: boolean,
    classData: JValue,
  ): JavaClass {
    let cf;
    try {
      cf = parseClassFile(bytes);
    } catch (e) {
      if (e instanceof ClassFormatError)
        throw this.newThrowable(thread, 'java/lang/ClassFormatError', e.message);
      throw e;
    }
    const loader = lookup.loader;
    const superClass = cf.superClass === null ? null : this.loadClass(thread, cf.superClass, loader);
    const interfaces = cf.interfaces.map((i) => this.loadClass(thread, i, loader));
    const id = (this.hiddenClassCounter++ * 0x400 + 0x800c00000).toString(16).padStart(16, '0');
    const cls = createClass(cf, loader, superClass, interfaces, `${cf.thisClass}/0x${id}`);
    cls.hidden = true;
    // Frames of hidden classes (lambda proxies, LambdaForms) don't appear in stack traces.
    for (const m of cls.methods) m.hidden = true;
    cls.classData = classData;
    if (nestmate) cls.nestHostClass = nestHostOf(this, lookup);
    prepareClass(cls);
    cls.module = lookup.module;
    cls.protectionDomain = lookup.protectionDomain;
    const mirror = this.mirrorOf(cls);
    (mirror as unknown as FieldBag)['classData@java/lang/Class'] = classData;
    return cls;
  }

  // ---- initialization ---------------------------------------------------------------------------

  /** JVMS §5.5 Initialization; runs `<clinit>` (superclass first) through the interpreter. */
  initialize(thread: JavaThread, cls: JavaClass): void {
    if (cls.state === ClassState.Initialized) return;
    // Step 2: another thread is initializing it; wait. Step 3: a recursive request by this thread.
    while (cls.state === ClassState.Initializing) {
      if (cls.initThread === thread) return;
      cls.initWaiters.push(thread);
      this.scheduler.block(
        thread,
        pendingOperation('classinit', null, Infinity),
        // HotSpot waits on the class's init lock without changing threadStatus: getState() says RUNNABLE.
        JVMTI_ALIVE | JVMTI_RUNNABLE,
      );
    }
    if ((cls.state as ClassState) === ClassState.Initialized) return;
    if (cls.state === ClassState.Erroneous) {
      throw this.newThrowable(
        thread,
        'java/lang/NoClassDefFoundError',
        `Could not initialize class ${cls.javaName}`,
        cls.initError,
      );
    }
    cls.state = ClassState.Initializing;
    cls.initThread = thread;
    // Blocking from here on must not unwind this thread: the initialization is in progress on the JS stack.
    thread.nested++;
    try {
      if (!cls.isInterface) {
        if (cls.superClass) this.initialize(thread, cls.superClass);
        for (const i of cls.interfaces) this.initializeInterfaceIfNeeded(thread, i);
      }
      this.initializeConstantFields(cls);
      const clinit = cls.findDeclaredMethod('<clinit>', '()V');
      if (clinit) this.callJava(thread, clinit, []);
    } catch (e) {
      if (e instanceof JavaObject) {
        cls.state = ClassState.Erroneous;
        cls.initThread = null;
        this.wakeInitWaiters(cls);
        const err = this.isInstanceOf(e, 'java/lang/Error')
          ? e
          : this.newThrowable(
              thread,
              'java/lang/ExceptionInInitializerError',
              null,
              e,
              '(Ljava/lang/Throwable;)V',
            );
        cls.initError = this.initializationError(thread, e);
        throw err;
      }
      throw e;
    } finally {
      thread.leaveNested();
    }
    cls.state = ClassState.Initialized;
    cls.initThread = null;
    this.wakeInitWaiters(cls);
  }

  /**
   * What later NoClassDefFoundErrors for a class whose initializer failed carry as their cause (HotSpot's
   * java_lang_Throwable::create_initialization_error): an ExceptionInInitializerError describing the
   * original exception, with its stack trace.
   */
  private initializationError(thread: JavaThread, e: JavaObject): JavaObject {
    const f = e as unknown as FieldBag;
    const msg = f['detailMessage@java/lang/Throwable'];
    const tobj = thread.threadObject as unknown as FieldBag | null;
    const tname = tobj ? tobj['name@java/lang/Thread'] : null;
    const threadName = tname instanceof JavaObject ? this.jsString(tname) : thread.name;
    const detail = msg instanceof JavaObject ? ': ' + this.jsString(msg) : '';
    const eiie = this.newThrowable(
      thread,
      'java/lang/ExceptionInInitializerError',
      `Exception ${e.$cls.javaName}${detail} [in thread "${threadName}"]`,
    );
    const g = eiie as unknown as FieldBag;
    for (const k of ['backtrace', 'depth', 'stackTrace'])
      g[`${k}@java/lang/Throwable`] = f[`${k}@java/lang/Throwable`];
    return eiie;
  }

  private wakeInitWaiters(cls: JavaClass): void {
    for (const t of cls.initWaiters.splice(0)) this.scheduler.wake(t);
  }

  /** The thread running Java code right now (the scheduler's current thread, else main). */
  currentThread(): JavaThread {
    return this.scheduler.current ?? this.mainThread;
  }

  allocateThreadId(): number {
    return this.nextThreadId++;
  }

  /** JVMS §5.5 step 7: superinterfaces that declare non-abstract, non-static methods are initialized. */
  private initializeInterfaceIfNeeded(thread: JavaThread, iface: JavaClass): void {
    for (const i of iface.interfaces) this.initializeInterfaceIfNeeded(thread, i);
    if (iface.methods.some((m) => !m.isStatic && !m.isAbstract)) this.initialize(thread, iface);
  }

  /** JVMS §5.5 step 6: static final fields with a ConstantValue attribute. */
  private initializeConstantFields(cls: JavaClass): void {
    const cf = cls.classFile;
    if (!cf) return;
    for (const f of cls.fields) {
      const idx = f.info.constantValueIndex;
      if (!f.isStatic || idx === 0) continue;
      const e = cf.constantPool.get(idx);
      if (!e) continue;
      switch (e.tag) {
        case 3 /* Integer */:
        case 4 /* Float */:
        case 6 /* Double */:
          cls.statics[f.key] = e.value;
          break;
        case 5 /* Long */:
          cls.statics[f.key] = e.lo;
          cls.statics[f.hiKey] = e.hi;
          break;
        case 8 /* String */:
          cls.statics[f.key] = this.intern(e.value);
          break;
      }
    }
  }

  // ---- objects ----------------------------------------------------------------------------------

  /** A new instance with default field values; the class must be initialized by the caller. */
  newObject(cls: JavaClass): JavaObject {
    const ctor = cls.ctor;
    if (!ctor) throw new Error(`tsjvm: cannot instantiate ${cls.name}`);
    return new ctor();
  }

  /** A new array of `arrayCls` with `length` elements (JVMS §6.5 newarray/anewarray). */
  newArray(arrayCls: JavaClass, length: number): JArray {
    let a: JArray;
    let at: number;
    // Each type's arrays are made by `new` sites of their own: one site for all would be megamorphic.
    switch (arrayCls.primitive) {
      case 'Z':
      case 'B':
        at = this.slabOffset(length);
        a = (
          at < 0 ? new Int8Array(length) : new Int8Array(this.arraySlab.buffer, at, length)
        ) as PrimitiveArray;
        break;
      case 'C':
        at = this.slabOffset(length * 2);
        a = (
          at < 0 ? new Uint16Array(length) : new Uint16Array(this.arraySlab.buffer, at, length)
        ) as PrimitiveArray;
        break;
      case 'S':
        at = this.slabOffset(length * 2);
        a = (
          at < 0 ? new Int16Array(length) : new Int16Array(this.arraySlab.buffer, at, length)
        ) as PrimitiveArray;
        break;
      case 'I':
        at = this.slabOffset(length * 4);
        a = (
          at < 0 ? new Int32Array(length) : new Int32Array(this.arraySlab.buffer, at, length)
        ) as PrimitiveArray;
        break;
      case 'J':
        at = this.slabOffset(length * 8);
        a = (
          at < 0 ? new Int32Array(length * 2) : new Int32Array(this.arraySlab.buffer, at, length * 2)
        ) as PrimitiveArray;
        break;
      case 'F':
        at = this.slabOffset(length * 4);
        a = (
          at < 0 ? new Float32Array(length) : new Float32Array(this.arraySlab.buffer, at, length)
        ) as PrimitiveArray;
        break;
      case 'D':
        at = this.slabOffset(length * 8);
        a = (
          at < 0 ? new Float64Array(length) : new Float64Array(this.arraySlab.buffer, at, length)
        ) as PrimitiveArray;
        break;
      default:
        a = new Array<null>(length).fill(null) as RefArray;
    }
    a.$cls = arrayCls;
    return a;
  }

  /** Where in `arraySlab.buffer` an array of `bytes` bytes starts, or -1 if it gets a buffer of its own. */
  private slabOffset(bytes: number): number {
    return usesSlab(bytes) ? this.arraySlab.reserve(bytes) : -1;
  }

  isInstanceOf(obj: JavaObject | JArray, className: string): boolean {
    const target = this.bootClasses.get(className);
    return target !== undefined && isAssignable(obj.$cls, target);
  }

  /** Identity hash code, assigned on first request and kept in the header (or a side table for arrays). */
  identityHash(obj: JavaObject | JArray): number {
    if (obj instanceof JavaObject) {
      if (obj.$hash === 0) obj.$hash = this.nextHash();
      return obj.$hash;
    }
    const holder = obj as JArray & { $hash?: number };
    if (!holder.$hash) holder.$hash = this.nextHash();
    return holder.$hash;
  }

  /** Marsaglia's xor-shift, as HotSpot's default hashCode mode; never 0, 31 bits. */
  private nextHash(): number {
    const s = this.hashState;
    let t = s[0] ^ (s[0] << 11);
    s[0] = s[1];
    s[1] = s[2];
    s[2] = s[3];
    let v = s[3];
    v = v ^ (v >>> 19) ^ (t ^ (t >>> 8));
    s[3] = v;
    t = v & 0x7fffffff;
    return t === 0 ? 0xbad : t;
  }

  // ---- strings ----------------------------------------------------------------------------------

  /** A new java.lang.String with the contents of a JS string (compact Latin-1 when possible). */
  newString(s: string): JavaObject {
    const str = this.newObject(this.stringClass) as unknown as FieldBag;
    // Copied as Latin-1 in one pass until a char beyond it shows up (string concatenation makes most of
    // the Strings this creates, nearly all Latin-1).
    const n = s.length;
    const at = this.slabOffset(n);
    let bytes = (at < 0 ? new Int8Array(n) : new Int8Array(this.arraySlab.buffer, at, n)) as PrimitiveArray;
    let latin1 = true;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) {
        latin1 = false;
        break;
      }
      bytes[i] = c;
    }
    if (!latin1) {
      const u16 = new Uint16Array(n);
      for (let i = 0; i < n; i++) u16[i] = s.charCodeAt(i);
      bytes = new Int8Array(u16.buffer) as PrimitiveArray;
    }
    bytes.$cls = this.byteArrayClass;
    str['value@java/lang/String'] = bytes;
    str['coder@java/lang/String'] = latin1 ? 0 : 1;
    return str as unknown as JavaObject;
  }

  /** The interned String for a JS string (JVMS §5.1 string literals). */
  intern(s: string): JavaObject {
    let str = this.interned.get(s);
    if (!str) {
      str = this.newString(s);
      this.interned.set(s, str);
    }
    return str;
  }

  /** The interned String with these contents, if there is one yet. */
  internedString(s: string): JavaObject | undefined {
    return this.interned.get(s);
  }

  /** String.intern(): the canonical instance for the contents of `str`. */
  internString(str: JavaObject): JavaObject {
    const s = this.jsString(str);
    const existing = this.interned.get(s);
    if (existing) return existing;
    this.interned.set(s, str);
    return str;
  }

  /** The JS string for a java.lang.String. */
  jsString(str: JavaObject): string {
    const f = str as unknown as FieldBag;
    const value = f['value@java/lang/String'] as Int8Array;
    const coder = f['coder@java/lang/String'] as number;
    if (coder === 0) return charCodesToString(new Uint8Array(value.buffer, value.byteOffset, value.length));
    return charCodesToString(new Uint16Array(value.buffer, value.byteOffset, value.length >> 1));
  }

  // ---- mirrors ----------------------------------------------------------------------------------

  /** The class a field descriptor names (`I`, `[J`, `Ljava/lang/String;`), loaded by `loader`. */
  classForDescriptor(thread: JavaThread, desc: string, loader: JavaObject | null): JavaClass {
    if (desc.length === 1) {
      const p = this.primitiveClasses.get(desc as TypeChar);
      if (p) return p;
    }
    const name = desc[0] === 'L' ? desc.substring(1, desc.length - 1) : desc;
    return this.loadClass(thread, name, loader);
  }

  /** The field descriptor of a class (`I`, `Ljava/lang/String;`, `[I`). */
  descriptorOf(cls: JavaClass): string {
    if (cls.primitive !== null && cls.componentType === null) return cls.primitive;
    return cls.isArray ? cls.name : `L${cls.name};`;
  }

  /** The java.lang.Class object of a class. */
  mirrorOf(cls: JavaClass): JavaObject {
    if (cls.mirror) return cls.mirror;
    const m = this.newObject(this.classClass) as JavaObject & { $vmClass?: JavaClass };
    m.$vmClass = cls;
    const f = m as unknown as FieldBag;
    f['classLoader@java/lang/Class'] = cls.loader;
    if (cls.componentType) f['componentType@java/lang/Class'] = this.mirrorOf(cls.componentType);
    f['module@java/lang/Class'] = cls.module;
    cls.mirror = m;
    return m;
  }

  classFromMirror(mirror: JavaObject): JavaClass {
    const c = (mirror as JavaObject & { $vmClass?: JavaClass }).$vmClass;
    if (!c) throw new Error('tsjvm: not a Class mirror');
    return c;
  }

  // ---- exceptions -------------------------------------------------------------------------------

  /**
   * Creates a Throwable by running its real constructor, so Java code sees a fully constructed object
   * with its stack trace filled in.
   */
  newThrowable(
    thread: JavaThread,
    className: string,
    message: string | null,
    cause?: JavaObject | null,
    ctorDescriptor?: string,
  ): JavaObject {
    const cls = this.loadClass(thread, className, null);
    this.initialize(thread, cls);
    const obj = this.newObject(cls);
    const msg = message === null ? null : this.newString(message);
    let desc = ctorDescriptor;
    let args: JValue[];
    if (
      desc === undefined &&
      message === null &&
      cause &&
      cls.findDeclaredMethod('<init>', '(Ljava/lang/Throwable;)V')
    ) {
      desc = '(Ljava/lang/Throwable;)V';
    }
    if (desc === '(Ljava/lang/Throwable;)V') args = [obj, cause ?? null];
    else if (
      cause !== undefined &&
      cause !== null &&
      cls.findDeclaredMethod('<init>', '(Ljava/lang/String;Ljava/lang/Throwable;)V')
    ) {
      desc = '(Ljava/lang/String;Ljava/lang/Throwable;)V';
      args = [obj, msg, cause];
    } else if (message === null && cls.findDeclaredMethod('<init>', '()V')) {
      desc = '()V';
      args = [obj];
    } else {
      desc = '(Ljava/lang/String;)V';
      args = [obj, msg];
    }
    const init = cls.findDeclaredMethod('<init>', desc);
    if (!init) throw new Error(`tsjvm: ${className} has no constructor ${desc}`);
    this.callJava(thread, init, args);
    if (cause && desc === '(Ljava/lang/String;)V') {
      (obj as unknown as FieldBag)['cause@java/lang/Throwable'] = cause;
    }
    return obj;
  }

  /** Throws a new Java exception of the named class. */
  throwJava(thread: JavaThread, className: string, message: string | null, cause?: JavaObject | null): never {
    throw this.newThrowable(thread, className, message, cause);
  }
}
