// The parsed form of a class file (JVMS ch. 4). Immutable once read; shared between VM instances.

// JVMS §4.4 Table 4.4-B constant pool tags
export const enum CpTag {
  Utf8 = 1,
  Integer = 3,
  Float = 4,
  Long = 5,
  Double = 6,
  Class = 7,
  String = 8,
  Fieldref = 9,
  Methodref = 10,
  InterfaceMethodref = 11,
  NameAndType = 12,
  MethodHandle = 15,
  MethodType = 16,
  Dynamic = 17,
  InvokeDynamic = 18,
  Module = 19,
  Package = 20,
}

export type CpEntry =
  | { tag: CpTag.Utf8; value: string }
  | { tag: CpTag.Integer; value: number }
  | { tag: CpTag.Float; value: number }
  // Longs are kept as an int32 pair, as everywhere in the VM.
  | { tag: CpTag.Long; lo: number; hi: number }
  | { tag: CpTag.Double; value: number }
  | { tag: CpTag.Class; nameIndex: number; name: string }
  | { tag: CpTag.String; stringIndex: number; value: string }
  | {
      tag: CpTag.Fieldref | CpTag.Methodref | CpTag.InterfaceMethodref;
      classIndex: number;
      nameAndTypeIndex: number;
      className: string;
      name: string;
      descriptor: string;
    }
  | { tag: CpTag.NameAndType; nameIndex: number; descriptorIndex: number; name: string; descriptor: string }
  | { tag: CpTag.MethodHandle; referenceKind: number; referenceIndex: number }
  | { tag: CpTag.MethodType; descriptorIndex: number; descriptor: string }
  | {
      tag: CpTag.Dynamic | CpTag.InvokeDynamic;
      bootstrapMethodAttrIndex: number;
      nameAndTypeIndex: number;
      name: string;
      descriptor: string;
    }
  | { tag: CpTag.Module | CpTag.Package; nameIndex: number; name: string };

/** A class file's constant pool. Index 0 and the slot after a Long/Double hold `null`. */
export interface ConstantPool {
  /** constant_pool_count: the valid indexes are 1 to length - 1. */
  readonly length: number;
  /** The entry at `index`, or null (index 0, the slot after a Long/Double, or out of range). */
  get(index: number): CpEntry | null;
  /** Every entry, by index. */
  all(): (CpEntry | null)[];
}

export interface ExceptionTableEntry {
  startPc: number;
  endPc: number;
  handlerPc: number;
  /** 0 for catch-all (finally). */
  catchTypeIndex: number;
  /** Internal name of the caught class, or null for catch-all. */
  catchType: string | null;
}

export interface LineNumberEntry {
  startPc: number;
  lineNumber: number;
}

export interface LocalVariableEntry {
  startPc: number;
  length: number;
  name: string;
  descriptor: string;
  index: number;
}

/**
 * The reader checks the whole attribute when the class is loaded but builds the tables (everything after
 * `code`) only when first asked for: most methods never run, throw or appear in a stack trace.
 */
export interface CodeAttribute {
  readonly maxStack: number;
  readonly maxLocals: number;
  readonly code: Uint8Array;
  readonly exceptionTable: ExceptionTableEntry[];
  readonly lineNumbers: LineNumberEntry[];
  readonly localVariables: LocalVariableEntry[];
  readonly localVariableTypes: LocalVariableEntry[];
  /** Raw StackMapTable bytes (parsed lazily by the verifier), or null. */
  readonly stackMapTable: Uint8Array | null;
  readonly attributes: RawAttribute[];
}

export interface RawAttribute {
  name: string;
  data: Uint8Array;
}

export interface BootstrapMethod {
  methodRefIndex: number;
  argumentIndexes: number[];
}

export interface InnerClassEntry {
  innerClassInfoIndex: number;
  outerClassInfoIndex: number;
  innerNameIndex: number;
  innerClassAccessFlags: number;
  innerClass: string | null;
  outerClass: string | null;
  innerName: string | null;
}

/** Record component annotations are also broken out (the raw bytes stay in `attributes`). */
export interface RecordComponent extends Annotated {
  name: string;
  descriptor: string;
  signature: string | null;
  /** Built from the class bytes on first use. */
  readonly attributes: RawAttribute[];
}

export interface MethodParameter {
  /** Constant pool index of the name; 0 for a nameless parameter. */
  nameIndex: number;
  /** null when nameless, or when nameIndex is not a CONSTANT_Utf8 (reflection reports that as malformed). */
  name: string | null;
  accessFlags: number;
}

/** Annotations are kept as the raw attribute bytes; reflection hands them to the JDK's parser. */
export interface Annotated {
  runtimeVisibleAnnotations: Uint8Array | null;
  runtimeInvisibleAnnotations: Uint8Array | null;
  runtimeVisibleTypeAnnotations: Uint8Array | null;
  runtimeInvisibleTypeAnnotations: Uint8Array | null;
}

export interface FieldInfo extends Annotated {
  accessFlags: number;
  name: string;
  descriptor: string;
  signature: string | null;
  /** Constant pool index of the ConstantValue attribute, 0 if none. */
  constantValueIndex: number;
  synthetic: boolean;
  deprecated: boolean;
  /** Built from the class bytes on first use. */
  readonly attributes: RawAttribute[];
}

export interface MethodInfo extends Annotated {
  accessFlags: number;
  name: string;
  descriptor: string;
  signature: string | null;
  code: CodeAttribute | null;
  /** Internal names from the Exceptions attribute. */
  exceptions: string[];
  runtimeVisibleParameterAnnotations: Uint8Array | null;
  runtimeInvisibleParameterAnnotations: Uint8Array | null;
  annotationDefault: Uint8Array | null;
  methodParameters: MethodParameter[] | null;
  synthetic: boolean;
  deprecated: boolean;
  /** Built from the class bytes on first use. */
  readonly attributes: RawAttribute[];
}

export interface ClassFile extends Annotated {
  minorVersion: number;
  majorVersion: number;
  constantPool: ConstantPool;
  accessFlags: number;
  /** Internal name, e.g. `java/lang/Object`. */
  thisClass: string;
  /** Internal name, or null for java/lang/Object (and module-info). */
  superClass: string | null;
  interfaces: string[];
  fields: FieldInfo[];
  methods: MethodInfo[];
  sourceFile: string | null;
  sourceDebugExtension: string | null;
  signature: string | null;
  innerClasses: InnerClassEntry[];
  enclosingMethod: {
    classIndex: number;
    className: string;
    methodIndex: number;
    name: string | null;
    descriptor: string | null;
  } | null;
  bootstrapMethods: BootstrapMethod[];
  nestHost: string | null;
  nestMembers: string[];
  permittedSubclasses: string[];
  record: RecordComponent[] | null;
  /** Raw bytes of Module, ModulePackages, ModuleMainClass when present. */
  module: Uint8Array | null;
  modulePackages: string[];
  moduleMainClass: string | null;
  synthetic: boolean;
  deprecated: boolean;
  /** Every attribute of the class, including unknown ones, raw; built from the class bytes on first use. */
  readonly attributes: RawAttribute[];
}

// JVMS §4.1 Table 4.1-B, §4.5, §4.6 access flags
export const ACC_PUBLIC = 0x0001;
export const ACC_PRIVATE = 0x0002;
export const ACC_PROTECTED = 0x0004;
export const ACC_STATIC = 0x0008;
export const ACC_FINAL = 0x0010;
export const ACC_SYNCHRONIZED = 0x0020;
export const ACC_SUPER = 0x0020;
export const ACC_VOLATILE = 0x0040;
export const ACC_BRIDGE = 0x0040;
export const ACC_TRANSIENT = 0x0080;
export const ACC_VARARGS = 0x0080;
export const ACC_NATIVE = 0x0100;
export const ACC_INTERFACE = 0x0200;
export const ACC_ABSTRACT = 0x0400;
export const ACC_STRICT = 0x0800;
export const ACC_SYNTHETIC = 0x1000;
export const ACC_ANNOTATION = 0x2000;
export const ACC_ENUM = 0x4000;
export const ACC_MODULE = 0x8000;
