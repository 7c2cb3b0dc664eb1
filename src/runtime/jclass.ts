// Linked classes, fields and methods (HotSpot's Klass/Method/fieldDescriptor).
import type {
  ClassFile,
  MethodInfo,
  FieldInfo,
  ExceptionTableEntry,
  LineNumberEntry,
} from '../classfile/types.js';
import { ACC_INTERFACE, ACC_STATIC, ACC_NATIVE, ACC_ABSTRACT, ACC_PRIVATE } from '../classfile/types.js';
import type { JavaObject, JValue } from './object.js';
import type { NativeFn } from '../natives/registry.js';
import type { JavaThread } from '../threads/thread.js';

export const enum ClassState {
  Loaded = 0,
  Linked = 1,
  Initializing = 2,
  Initialized = 3,
  Erroneous = 4,
}

/** The kind of value a descriptor names, by its first character. */
export type TypeChar = 'Z' | 'B' | 'C' | 'S' | 'I' | 'J' | 'F' | 'D' | 'L' | '[' | 'V';

/**
 * A translated method: `(thread, osrFrame, ...args)` with arguments in slot layout; a long result's high
 * word is left in long.ts's L.hi. With an OSR frame it continues that interpreter frame at its pc.
 */
export type CompiledMethod = (thread: JavaThread, osr: unknown, ...args: JValue[]) => JValue | undefined;

/**
 * A method's first on-stack-replacement variant, put off while its frame is in an inner loop
 * (jit/compiler.ts osrEntryIsChosen): the inner header asked for, and the method's loops as header ->
 * last pc of a back-edge to it.
 */
export interface OsrDeferral {
  readonly header: number;
  readonly loopEnds: ReadonlyMap<number, number>;
  /** Requests since (the frame's back-edges). */
  waited: number;
}

/** A linked invokedynamic or invokehandle site: the invoker to call and its trailing appendix argument. */
export interface CallSiteLink {
  invoker: JMethod;
  appendix: JValue;
  /** The linkage error to rethrow on every later execution (JVMS §6.5 invokedynamic). */
  error: JavaObject | null;
  /** A VM intrinsic computing the site's result instead of the invoker (src/interpreter/concat.ts). */
  intrinsic: ((thread: JavaThread, args: JValue[]) => JValue) | null;
  /** Argument slots the intrinsic takes from the operand stack. */
  intrinsicSlots: number;
}

export class JField {
  /** Property name of this field on instances (or on the class's statics). Unique in the hierarchy. */
  readonly key: string;
  /** For long fields, the property holding the high word. */
  readonly hiKey: string;
  readonly type: TypeChar;
  /** Stable Unsafe offset; instance and static offsets live in disjoint ranges. */
  offset = 0;
  /** Index in the declaring class's field list, the reflection `slot`. */
  readonly slot: number;
  // Data properties, not getters: the interpreter loop reads them on every field instruction, and it runs
  // as V8 baseline code, where a getter is a call (~12 ns each, measured).
  readonly flags: number;
  readonly isStatic: boolean;
  /** A long or double: two slots on the operand stack. */
  readonly isWide: boolean;
  constructor(
    readonly cls: JavaClass,
    readonly info: FieldInfo,
    slot: number,
  ) {
    this.slot = slot;
    this.type = info.descriptor[0] as TypeChar;
    this.key = `${info.name}@${cls.name}`;
    this.hiKey = this.key + '$hi';
    this.flags = info.accessFlags;
    this.isStatic = (info.accessFlags & ACC_STATIC) !== 0;
    this.isWide = this.type === 'J' || this.type === 'D';
  }
  get name(): string {
    return this.info.name;
  }
  get descriptor(): string {
    return this.info.descriptor;
  }
}

const NO_ENTRIES: readonly never[] = Object.freeze([]);

export class JMethod {
  readonly name: string;
  readonly descriptor: string;
  /** `name + descriptor`, the lookup key (and the dispatch key of a public or protected method). */
  readonly key: string;
  readonly flags: number;
  // Data properties rather than getters of `flags`, for the interpreter's invoke path (see JField).
  readonly isStatic: boolean;
  readonly isNative: boolean;
  readonly isAbstract: boolean;
  readonly isPrivate: boolean;
  readonly code: Uint8Array | null;
  readonly maxLocals: number;
  readonly maxStack: number;
  /** Slots taken by the arguments, including `this` for instance methods. */
  argSlots = 0;
  /** Slots taken by the return value: 0, 1 or 2. */
  retSlots = 0;
  returnType: TypeChar = 'V';
  /** Parameter type chars in order, for natives and reflection. */
  paramTypes: readonly TypeChar[] = [];
  /** Bound lazily on first call of a native method. */
  nativeImpl: NativeFn | null = null;
  /** Index in the declaring class's method list, the reflection `slot`. */
  readonly slot: number;
  /** Signature-polymorphic (MethodHandle.invoke and friends). */
  signaturePolymorphic = false;
  /** Hidden from stack traces (LambdaForm frames and @Hidden methods). */
  hidden = false;
  /** Annotated @CallerSensitive. */
  callerSensitive = false;
  /** For a signature-polymorphic call site (invokehandle): its linked invoker. */
  handleLink: CallSiteLink | null = null;
  /** Linked invokedynamic call sites of this method, by bytecode index. */
  callSites: Map<number, CallSiteLink> | null = null;
  /** Profiling counters that decide translation (src/jit/policy.ts). */
  invocations = 0;
  backedges = 0;
  /** The translated function, once hot (src/jit/); null while interpreted. */
  compiled: CompiledMethod | null = null;
  /** The method as a frameless JS function (src/jit/translator.ts leafFunction); null: not a leaf. */
  leaf: ((thread: JavaThread, ...args: JValue[]) => JValue) | null | undefined = undefined;
  /** The leaf can throw (a null or bad array index, division by zero, a failed cast): callers publish pc. */
  leafThrows = false;
  /** On-stack-replacement variants by loop-header pc (null: that entry can't be translated). */
  osrCompiled: Map<number, CompiledMethod | null> | null = null;
  /** Back-edges taken to each loop header that has no on-stack-replacement variant yet (jit/compiler.ts). */
  osrHeaderCounts: Map<number, number> | null = null;
  /** The inner loop header whose first on-stack-replacement variant waits for an enclosing header (jit/compiler.ts). */
  osrDeferral: OsrDeferral | null = null;
  /** Translation was tried and is not possible for this method. */
  notCompilable = false;
  /**
   * Translated calls of this (resolved) method that R.select serves (arrays, a class's first call): the
   * method selected for each receiver class, by JavaClass.id. An array index instead of a vtable lookup.
   */
  selected: (JMethod | undefined)[] | null = null;
  /** vtable.ts dispatchKeyOf, computed on first use. */
  dispatchKey: string | null = null;
  /**
   * The vtable keys besides its own under which this method is selected (JVMS §5.4.5: it overrides the
   * package-private methods they stand for), set when its class's vtable is built (vtable.ts).
   */
  aliasKeys: readonly string[] | null = null;
  constructor(
    readonly cls: JavaClass,
    readonly info: MethodInfo,
    slot: number,
  ) {
    this.slot = slot;
    this.name = info.name;
    this.descriptor = info.descriptor;
    this.key = info.name + info.descriptor;
    this.flags = info.accessFlags;
    this.isStatic = (info.accessFlags & ACC_STATIC) !== 0;
    this.isNative = (info.accessFlags & ACC_NATIVE) !== 0;
    this.isAbstract = (info.accessFlags & ACC_ABSTRACT) !== 0;
    this.isPrivate = (info.accessFlags & ACC_PRIVATE) !== 0;
    this.code = info.code ? info.code.code : null;
    this.maxLocals = info.code ? info.code.maxLocals : 0;
    this.maxStack = info.code ? info.code.maxStack : 0;
  }
  // The class reader builds these tables on first use (most methods never throw or show in a trace).
  get exceptionTable(): readonly ExceptionTableEntry[] {
    return this.info.code ? this.info.code.exceptionTable : NO_ENTRIES;
  }
  get lineNumbers(): readonly LineNumberEntry[] {
    return this.info.code ? this.info.code.lineNumbers : NO_ENTRIES;
  }
  /** Source line of a bytecode index, or -1 (JVMS §4.7.12). */
  lineAt(pc: number): number {
    let line = -1;
    let best = -1;
    for (const e of this.lineNumbers) {
      if (e.startPc <= pc && e.startPc > best) {
        best = e.startPc;
        line = e.lineNumber;
      }
    }
    return line;
  }
  toString(): string {
    return `${this.cls.name}.${this.name}${this.descriptor}`;
  }
}

let nextClassId = 0;

/** The display of a class not prepared yet. */
const EMPTY_DISPLAY: readonly JavaClass[] = Object.freeze([]);

/** A JS constructor generated for a Java class; instances are the Java objects. */
export type ObjectConstructor = new () => JavaObject;

export class JavaClass {
  state: ClassState = ClassState.Loaded;
  superClass: JavaClass | null = null;
  interfaces: JavaClass[] = [];
  fields: JField[] = [];
  methods: JMethod[] = [];
  /** Every superclass and superinterface, and the class itself: the subtype test. */
  supertypes = new Set<JavaClass>();
  /**
   * The superclass chain from java.lang.Object (index 0) down to this class (HotSpot's primary supers
   * display): a class C at depth d = C.superDisplay.length - 1 is a superclass of S exactly when
   * S.superDisplay[d] === C, one load and compare where a Set lookup took a call. An interface's or an
   * array class's chain is [Object, itself], as their superclass is Object. Set by preparation.
   */
  superDisplay: readonly JavaClass[] = EMPTY_DISPLAY;
  /**
   * The interface a subtype test last found this class to implement (HotSpot's secondary super cache):
   * translated checkcast and instanceof against an interface compare it before the full search, which a
   * call site that sees one class and one interface then never needs.
   */
  secondarySuper: JavaClass | null = null;
  /** Static field values by field key. */
  statics: Record<string, JValue> = Object.create(null) as Record<string, JValue>;
  private generatedCtor: ObjectConstructor | null = null;
  /** Makes the JS class on first use; set by linking for instantiable classes. */
  ctorFactory: ((cls: JavaClass) => ObjectConstructor) | null = null;
  /** The java.lang.Class object, created on demand. */
  mirror: JavaObject | null = null;
  /** For array classes: the component class. */
  componentType: JavaClass | null = null;
  /** For array classes: the `T[]` of this class, created on demand. */
  arrayClass: JavaClass | null = null;
  /** For primitive classes and primitive arrays: the type char. */
  primitive: TypeChar | null = null;
  /** Array length = JS length >> lenShift (1 for long[], whose storage is int pairs). */
  lenShift = 0;
  /** The initialization error, once erroneous (JVMS §5.5 step 5/11). */
  initError: JavaObject | null = null;
  /** The thread running <clinit>, while Initializing. */
  initThread: JavaThread | null = null;
  /** Threads waiting for another thread's initialization of this class (JVMS §5.5 step 2). */
  initWaiters: JavaThread[] = [];
  /** Resolved constant pool entries, filled lazily by index (HotSpot's ConstantPoolCache). */
  readonly cpCache: unknown[];
  /** The package name in internal form (`java/lang`), "" for the unnamed package. */
  readonly packageName: string;
  /** java.lang.Module of this class, once known. */
  module: JavaObject | null = null;
  /** Protection domain set at definition (defineClass1). */
  protectionDomain: JavaObject | null = null;
  /** Hidden class (Lookup.defineHiddenClass). */
  hidden = false;
  /** classData of a hidden class. */
  classData: JValue = null;
  nestHostClass: JavaClass | null = null;
  /** Per-class method lookup by key (declared methods only). */
  readonly declaredMethods = new Map<string, JMethod>();
  readonly declaredFields = new Map<string, JField>();
  /** Instance fields in layout order, superclass fields first. */
  instanceFields: JField[] = [];
  /**
   * Virtual dispatch table: selected method per `name+descriptor` key (JVMS §5.4.6). Built on first use
   * (vtableOf): a boot links hundreds of classes that never receive a virtual call.
   */
  vtable: Map<string, JMethod> | null = null;
  /**
   * Vtable keys whose selected method is on this class's prototype (src/runtime/selectedMethods.ts), and
   * the subclasses that have a prototype of their own, which that publication reaches.
   */
  publishedKeys: string[] | null = null;
  subclassesWithPrototype: JavaClass[] | null = null;
  /** A number unique to this class in the process (an index for JMethod.selected). */
  readonly id = nextClassId++;

  constructor(
    readonly name: string,
    readonly classFile: ClassFile | null,
    /** The defining loader: null for the bootstrap loader. */
    readonly loader: JavaObject | null,
    readonly flags: number,
  ) {
    this.cpCache = classFile ? new Array<unknown>(classFile.constantPool.length).fill(undefined) : [];
    // A hidden class's name has a `/0x…` suffix after the name in its class file.
    const base = classFile ? classFile.thisClass : name;
    const slash = base.lastIndexOf('/');
    this.packageName = base.startsWith('[') ? '' : slash < 0 ? '' : base.substring(0, slash);
    this.javaName = base.replace(/\//g, '.') + name.substring(base.length);
  }

  /**
   * The generated JS class whose instances are this class's objects (null for interfaces, arrays and
   * primitives). Generated on first use: most loaded classes are never instantiated.
   */
  get ctor(): ObjectConstructor | null {
    if (this.generatedCtor === null && this.ctorFactory !== null) this.generatedCtor = this.ctorFactory(this);
    return this.generatedCtor;
  }

  get isInterface(): boolean {
    return (this.flags & ACC_INTERFACE) !== 0;
  }
  get isArray(): boolean {
    return this.componentType !== null;
  }
  get isPrimitive(): boolean {
    return this.primitive !== null && this.componentType === null;
  }
  /** The Java-visible binary name, `java.lang.String` (`Foo$$Lambda$1/0x…` for a hidden class). */
  readonly javaName: string;
  /** JVMS §5.4.4: is `this` a subclass of / implementor of / same as `other`? */
  isSubtypeOf(other: JavaClass): boolean {
    return this.supertypes.has(other);
  }
  findDeclaredMethod(name: string, descriptor: string): JMethod | undefined {
    return this.declaredMethods.get(name + descriptor);
  }
  toString(): string {
    return this.name;
  }
}
