// The class file reader (JVMS ch. 4). Error messages follow HotSpot's classFileParser so that Java code sees
// the same ClassFormatError texts as on the reference VM.
//
// The reader never trusts a count or length: every read is bounds-checked, so malformed input can only
// produce a ClassFormatError (or UnsupportedClassVersionError), never a JS TypeError or RangeError.
// Byte arrays in the result (code, raw attributes, annotations) are views into the input, which must
// therefore not be modified afterwards.

import {
  ACC_ABSTRACT,
  ACC_ANNOTATION,
  ACC_BRIDGE,
  ACC_ENUM,
  ACC_FINAL,
  ACC_INTERFACE,
  ACC_MODULE,
  ACC_NATIVE,
  ACC_PRIVATE,
  ACC_PROTECTED,
  ACC_PUBLIC,
  ACC_STATIC,
  ACC_STRICT,
  ACC_SUPER,
  ACC_SYNCHRONIZED,
  ACC_SYNTHETIC,
  ACC_TRANSIENT,
  ACC_VOLATILE,
  type BootstrapMethod,
  type ClassFile,
  type CodeAttribute,
  type ConstantPool,
  type CpEntry,
  CpTag,
  type ExceptionTableEntry,
  type FieldInfo,
  type InnerClassEntry,
  type LineNumberEntry,
  type LocalVariableEntry,
  type MethodInfo,
  type MethodParameter,
  type RawAttribute,
  type RecordComponent,
  type Annotated as AnnotatedType,
} from './types.js';
import { ClassFormatError, UnsupportedClassVersionError } from './errors.js';
import { decodeMutf8Lenient } from './mutf8.js';
import { ParsedConstantPool, u2At, type PredecodedUtf8 } from './constantPool.js';
import {
  argSlotCount,
  isValidClassName,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  isValidUnqualifiedName,
} from './descriptors.js';

export const CLASSFILE_MAGIC = 0xcafebabe;
/** Oldest and newest class file major versions this VM accepts (JDK 1.0.2 and Java 17). */
export const MIN_MAJOR_VERSION = 45;
export const MAX_MAJOR_VERSION = 61;
/** JVMS §4.1: the minor version marking a class file that depends on preview features. */
export const PREVIEW_MINOR_VERSION = 0xffff;

export interface ParseOptions {
  /**
   * Internal name the class is being loaded under. Only used in error messages raised before this_class
   * is read, as HotSpot does; `<Unknown>` when absent.
   */
  name?: string;
  /** Accept minor version 0xFFFF for the newest major version, as with `--enable-preview`. */
  enablePreview?: boolean;
  /**
   * The class comes from the JDK's own runtime image for the boot loader: skip the format checks that
   * valid class files always pass (names, descriptors, modifiers, the Code attribute's tables), as
   * HotSpot does for boot classes (ClassFileParser's _need_verify is false for the null loader).
   * Structure is still read with bounds checks, so a damaged image still fails with ClassFormatError.
   */
  trusted?: boolean;
  /** Utf8 entries decoded ahead of time (a shared archive's), for a file of the runtime image. */
  predecoded?: PredecodedUtf8;
}

// Flags the VM keeps; others are reserved and ignored (JVMS §4.1, §4.5, §4.6). As in HotSpot.
const RECOGNIZED_CLASS_MODIFIERS =
  ACC_PUBLIC |
  ACC_FINAL |
  ACC_SUPER |
  ACC_INTERFACE |
  ACC_ABSTRACT |
  ACC_ANNOTATION |
  ACC_ENUM |
  ACC_SYNTHETIC;
const RECOGNIZED_INNER_CLASS_MODIFIERS =
  RECOGNIZED_CLASS_MODIFIERS | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC;
const RECOGNIZED_FIELD_MODIFIERS =
  ACC_PUBLIC |
  ACC_PRIVATE |
  ACC_PROTECTED |
  ACC_STATIC |
  ACC_FINAL |
  ACC_VOLATILE |
  ACC_TRANSIENT |
  ACC_ENUM |
  ACC_SYNTHETIC;
const RECOGNIZED_METHOD_MODIFIERS = 0x1dff; // everything in Table 4.6-A

/** JVMS §4.7.3: code_length must be less than 65536. */
const MAX_CODE_LENGTH = 65535;
/** JVMS §4.3.3: a method's parameters, `this` included, take at most 255 local variable slots. */
const MAX_ARG_SLOTS = 255;

// Class file versions at which features appeared (JVMS §4.7 Table 4.7-B and §4.4 Table 4.4-B).
const JAVA_1_5 = 49;
const JAVA_6 = 50;
const JAVA_7 = 51;
const JAVA_8 = 52;
const JAVA_9 = 53;
const JAVA_11 = 55;
const JAVA_12 = 56;
const JAVA_16 = 60;
const JAVA_17 = 61;

type Utf8Entry = Extract<CpEntry, { tag: CpTag.Utf8 }>;
type ClassEntry = Extract<CpEntry, { tag: CpTag.Class }>;
type NameAndTypeEntry = Extract<CpEntry, { tag: CpTag.NameAndType }>;
type RefEntry = Extract<CpEntry, { classIndex: number }>;
type MethodHandleEntry = Extract<CpEntry, { tag: CpTag.MethodHandle }>;

/** Which structure's attribute table is being read, for the message about a bad attribute name index. */
const enum Owner {
  Class,
  Field,
  Method,
  Code,
  RecordComponent,
}

/** Which attribute's length check applies while reading inside it (see `enter`). */
const enum LengthCheck {
  None,
  Code,
  Exceptions,
  MethodParameters,
  LineNumberTable,
  LocalVariableTable,
  LocalVariableTypeTable,
  InnerClasses,
  BootstrapMethods,
  NestMembers,
  PermittedSubclasses,
  Record,
  ModulePackages,
}

/** Format checks a Utf8 entry can pass, as bits. */
const enum Checked {
  FieldName = 1,
  MethodName = 2,
  FieldDescriptor = 4,
  MethodDescriptor = 8,
}

type SavedLimit = [limit: number, check: LengthCheck, checkArg: number, attrEnd: number];

// Shared by every empty list in the result; frozen so that a stray push cannot corrupt other classes.
const EMPTY: never[] = Object.freeze([]) as unknown as never[];
/** The pool of a parser that has not read one yet. */
const EMPTY_POOL = new ParsedConstantPool(
  new Uint8Array(0),
  new DataView(new ArrayBuffer(0)),
  new Uint8Array(0),
  false,
);

/** Parses a class file (JVMS §4.1). Throws ClassFormatError or UnsupportedClassVersionError. */
export function parseClassFile(bytes: Uint8Array, options?: ParseOptions): ClassFile {
  return new ClassFileParser(bytes, options).parse();
}

function hex(flags: number): string {
  return '0x' + flags.toString(16).toUpperCase();
}

function hasIllegalVisibility(flags: number): boolean {
  const n = (flags & ACC_PUBLIC ? 1 : 0) + (flags & ACC_PRIVATE ? 1 : 0) + (flags & ACC_PROTECTED ? 1 : 0);
  return n > 1;
}

/**
 * Bytes a constant pool entry takes, tag included, by tag (JVMS §4.4); the header (tag and length) for
 * Utf8; 0 for a tag JVMS §4.4 doesn't define.
 */
const CONSTANT_SIZES = (() => {
  const sizes = new Uint8Array(256);
  sizes[CpTag.Utf8] = 3;
  sizes[CpTag.Integer] = 5;
  sizes[CpTag.Float] = 5;
  sizes[CpTag.Long] = 9;
  sizes[CpTag.Double] = 9;
  sizes[CpTag.Class] = 3;
  sizes[CpTag.String] = 3;
  sizes[CpTag.Fieldref] = 5;
  sizes[CpTag.Methodref] = 5;
  sizes[CpTag.InterfaceMethodref] = 5;
  sizes[CpTag.NameAndType] = 5;
  sizes[CpTag.MethodHandle] = 4;
  sizes[CpTag.MethodType] = 3;
  sizes[CpTag.Dynamic] = 5;
  sizes[CpTag.InvokeDynamic] = 5;
  sizes[CpTag.Module] = 3;
  sizes[CpTag.Package] = 3;
  return sizes;
})();

/** JVMS §4.4 Table 4.4-C: the constants `ldc` and bootstrap arguments may refer to. */
function isLoadable(tag: number): boolean {
  switch (tag) {
    case CpTag.Integer:
    case CpTag.Float:
    case CpTag.Long:
    case CpTag.Double:
    case CpTag.Class:
    case CpTag.String:
    case CpTag.MethodHandle:
    case CpTag.MethodType:
    case CpTag.Dynamic:
      return true;
    default:
      return false;
  }
}

class ClassFileParser {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private pos = 0;
  /** End of the structure being read: the file, or the attribute currently being parsed. */
  private limit: number;
  /** The attribute whose length is blamed for reading past `limit`, when that is not the file's end. */
  private lengthCheck = LengthCheck.None;
  /** The attribute's declared length, for the messages that quote it. */
  private lengthCheckArg = 0;
  /** Name used in messages: the requested name until this_class is known, then that. */
  private className: string;
  private readonly enablePreview: boolean;
  /** ParseOptions.trusted: format checks are skipped. */
  private readonly trusted: boolean;
  private readonly predecoded: PredecodedUtf8 | null;

  private major = 0;
  private minor = 0;
  private cp: ParsedConstantPool = EMPTY_POOL;
  private tags: Uint8Array = new Uint8Array(0);
  /** Per constant pool index, the format checks its Utf8 entry has passed (see passedBefore). */
  private checked: Uint8Array = new Uint8Array(0);
  private hasDynamic = false;
  /** Where the header of the attribute read last starts, where its contents start and end. */
  private attrHeader = 0;
  private attrStart = 0;
  private attrEnd = 0;
  private maxBootstrapIndex = -1;

  constructor(input: Uint8Array, options?: ParseOptions) {
    // A plain view even when given a Node Buffer: Buffer's own subarray is markedly slower, and the
    // views handed out in the result should all be of one type. Shared memory is copied, since it could
    // change under the parser (and some platforms' TextDecoder refuses it).
    const shared = typeof SharedArrayBuffer !== 'undefined' && input.buffer instanceof SharedArrayBuffer;
    const bytes = shared ? input.slice() : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.limit = bytes.length;
    this.className = options?.name ?? '<Unknown>';
    this.enablePreview = options?.enablePreview ?? false;
    this.trusted = options?.trusted ?? false;
    this.predecoded = options?.predecoded ?? null;
  }

  // ---- primitive reads ----

  private fail(message: string): never {
    throw new ClassFormatError(message);
  }

  private inClass(): string {
    return ` in class file ${this.className}`;
  }

  private overrun(): never {
    if (this.lengthCheck === LengthCheck.None) this.fail('Truncated class file');
    this.fail(this.lengthMessage());
  }

  private lengthMessage(): string {
    const inClass = this.inClass();
    switch (this.lengthCheck) {
      case LengthCheck.Code:
        return `Code segment has wrong length${inClass}`;
      case LengthCheck.Exceptions:
        return `Exceptions attribute has wrong length${inClass}`;
      case LengthCheck.MethodParameters:
        return `Invalid MethodParameters method attribute length ${this.lengthCheckArg}${inClass}`;
      case LengthCheck.LineNumberTable:
        return `LineNumberTable attribute has wrong length${inClass}`;
      case LengthCheck.LocalVariableTable:
        return `LocalVariableTable has wrong length${inClass}`;
      case LengthCheck.LocalVariableTypeTable:
        return `LocalVariableTypeTable has wrong length${inClass}`;
      case LengthCheck.InnerClasses:
        return `Wrong InnerClasses attribute length${inClass}`;
      case LengthCheck.BootstrapMethods:
        return `Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value${inClass}`;
      case LengthCheck.NestMembers:
        return `Wrong NestMembers attribute length${inClass}`;
      case LengthCheck.PermittedSubclasses:
        return `Wrong PermittedSubclasses attribute length${inClass}`;
      case LengthCheck.Record:
        return `Record attribute has wrong length${inClass}`;
      case LengthCheck.ModulePackages:
        return `Wrong ModulePackages attribute length${inClass}`;
      default:
        return 'Truncated class file';
    }
  }

  private u1(): number {
    const p = this.pos;
    if (p + 1 > this.limit) this.overrun();
    this.pos = p + 1;
    return this.bytes[p];
  }

  private u2(): number {
    const p = this.pos;
    if (p + 2 > this.limit) this.overrun();
    this.pos = p + 2;
    return (this.bytes[p] << 8) | this.bytes[p + 1];
  }

  private u4(): number {
    const p = this.pos;
    if (p + 4 > this.limit) this.overrun();
    this.pos = p + 4;
    return this.view.getUint32(p);
  }

  private s4(): number {
    const p = this.pos;
    if (p + 4 > this.limit) this.overrun();
    this.pos = p + 4;
    return this.view.getInt32(p);
  }

  /** Checks that `n` more bytes are available before a bulk read or skip. */
  private need(n: number): void {
    if (this.pos + n > this.limit) this.overrun();
  }

  // ---- constant pool accessors ----

  private isValidIndex(i: number): boolean {
    return i > 0 && i < this.tags.length;
  }

  /** The string at a CONSTANT_Utf8 index, or null if the index does not name one. */
  private utf8At(i: number): string | null {
    return i > 0 && i < this.tags.length && this.tags[i] === CpTag.Utf8
      ? (this.cp.get(i) as Utf8Entry).value
      : null;
  }

  /** The class name at a CONSTANT_Class index, or null if the index does not name one. */
  private classAt(i: number): string | null {
    return i > 0 && i < this.tags.length && this.tags[i] === CpTag.Class
      ? (this.cp.get(i) as ClassEntry).name
      : null;
  }

  // ---- top level ----

  parse(): ClassFile {
    // JVMS §4.1: magic, minor_version, major_version
    this.need(8);
    const magic = this.u4();
    if (magic !== CLASSFILE_MAGIC) this.fail(`Incompatible magic value ${magic}${this.inClass()}`);
    this.minor = this.u2();
    this.major = this.u2();
    this.checkVersion();

    this.parseConstantPool();

    // access_flags, this_class, super_class, interfaces_count
    const rawFlags = this.u2();
    const isModule = this.major >= JAVA_9 && (rawFlags & ACC_MODULE) !== 0;
    let accessFlags = rawFlags & (RECOGNIZED_CLASS_MODIFIERS | (this.major >= JAVA_9 ? ACC_MODULE : 0));
    // Old compilers did not set ACC_ABSTRACT on interfaces; the VM treats them as abstract anyway.
    if (accessFlags & ACC_INTERFACE && this.major < JAVA_6) accessFlags |= ACC_ABSTRACT;
    if (!isModule && !this.trusted) this.verifyClassModifiers(accessFlags);
    this.checkModuleConstants(isModule);

    const thisIndex = this.u2();
    const thisClass = this.classAt(thisIndex);
    if (thisClass === null)
      this.fail(`Invalid this class index ${thisIndex} in constant pool${this.inClass()}`);
    if (thisClass.charCodeAt(0) === 0x5b /* [ */) this.fail(`Bad class name${this.inClass()}`);
    this.className = thisClass;

    const superIndex = this.u2();
    let superClass: string | null = null;
    if (superIndex === 0) {
      if (thisClass !== 'java/lang/Object' && !isModule) {
        this.fail(`Invalid superclass index ${superIndex}${this.inClass()}`);
      }
    } else {
      superClass = this.classAt(superIndex);
      if (superClass === null) this.fail(`Invalid superclass index ${superIndex}${this.inClass()}`);
      if (superClass.charCodeAt(0) === 0x5b /* [ */) this.fail(`Bad superclass name${this.inClass()}`);
    }
    if (accessFlags & ACC_INTERFACE && superClass !== 'java/lang/Object') {
      this.fail(`Interfaces must have java.lang.Object as superclass${this.inClass()}`);
    }

    const interfaces = this.parseInterfaces();
    const isInterface = (accessFlags & ACC_INTERFACE) !== 0;
    const fields = this.parseFields(isInterface);
    const methods = this.parseMethods(isInterface);

    const cf = new ParsedClassFile(this, this.pos, this.minor, this.major, this.cp, accessFlags, thisClass);
    cf.superClass = superClass;
    cf.interfaces = interfaces;
    cf.fields = fields;
    cf.methods = methods;
    this.parseClassAttributes(cf);
    cf.synthetic ||= (cf.accessFlags & ACC_SYNTHETIC) !== 0;
    if (this.pos !== this.bytes.length) this.fail(`Extra bytes at the end of class file ${this.className}`);
    return cf;
  }

  /** JVMS §4.1: major versions 45 to 61; from 56 on the minor version must be 0 or mark preview features. */
  private checkVersion(): void {
    const { major, minor } = this;
    const name = this.className;
    if (major < MIN_MAJOR_VERSION) {
      throw new UnsupportedClassVersionError(
        `${name} (class file version ${major}.${minor}) was compiled with an invalid major version`,
      );
    }
    if (major > MAX_MAJOR_VERSION) {
      throw new UnsupportedClassVersionError(
        `${name} has been compiled by a more recent version of the Java Runtime (class file version ` +
          `${major}.${minor}), this version of the Java Runtime only recognizes class file versions up to ` +
          `${MAX_MAJOR_VERSION}.0`,
      );
    }
    if (major < JAVA_12 || minor === 0) return;
    if (minor !== PREVIEW_MINOR_VERSION) {
      throw new UnsupportedClassVersionError(
        `${name} (class file version ${major}.${minor}) was compiled with an invalid non-zero minor version`,
      );
    }
    if (major !== MAX_MAJOR_VERSION) {
      throw new UnsupportedClassVersionError(
        `${name} (class file version ${major}.${minor}) was compiled with preview features that are ` +
          `unsupported. This version of the Java Runtime only recognizes preview features for class file ` +
          `version ${MAX_MAJOR_VERSION}.${PREVIEW_MINOR_VERSION}`,
      );
    }
    if (!this.enablePreview) {
      throw new UnsupportedClassVersionError(
        `Preview features are not enabled for ${name} (class file version ${major}.${minor}). ` +
          `Try running with '--enable-preview'`,
      );
    }
  }

  // ---- constant pool (JVMS §4.4) ----

  // Written with a local position and direct byte reads rather than u1/u2 calls: this loop runs for
  // ~110K entries in a JDK boot, mostly before V8 has optimized it, where every call costs.
  private parseConstantPool(): void {
    const count = this.u2();
    if (count < 1) this.fail(`Illegal constant pool size ${count}${this.inClass()}`);
    const tags = new Uint8Array(count);
    const cp = new ParsedConstantPool(this.bytes, this.view, tags, this.major <= 47, this.predecoded);
    const offsets = cp.offsets;
    const trusted = this.trusted;
    this.cp = cp;
    this.tags = tags;
    this.checked = new Uint8Array(count);
    const bytes = this.bytes;
    const limit = this.limit;
    let p = this.pos;
    for (let i = 1; i < count; i++) {
      if (p >= limit) this.overrunAt(p);
      const tag = bytes[p];
      // The checks that come before reading the entry's bytes, in HotSpot's order.
      switch (tag) {
        case CpTag.MethodHandle:
        case CpTag.MethodType:
        case CpTag.InvokeDynamic:
          this.requireVersionForTag(tag, JAVA_7);
          break;
        case CpTag.Dynamic:
          this.requireVersionForTag(tag, JAVA_11);
          break;
        case CpTag.Module:
        case CpTag.Package:
          if (this.major < JAVA_9) this.fail(`Unknown constant tag ${tag}${this.inClass()}`);
          break;
        case CpTag.Long:
        case CpTag.Double:
          // JVMS §4.4.5: the entry takes two slots, so it cannot be the last one.
          if (i + 1 >= count) this.fail(`Invalid constant pool entry ${i}${this.inClass()}`);
          break;
      }
      // Every entry but Utf8 has a fixed size; this makes sure its bytes are there.
      const size = CONSTANT_SIZES[tag];
      if (size === 0) this.fail(`Unknown constant tag ${tag}${this.inClass()}`);
      if (p + size > limit) this.overrunAt(p + 1);
      offsets[i] = p;
      tags[i] = tag;
      if (tag === CpTag.Utf8) {
        const start = p + 3;
        const end = start + u2At(bytes, p + 1);
        if (end > limit) this.overrunAt(start);
        p = end;
      } else {
        if (tag === CpTag.Dynamic || tag === CpTag.InvokeDynamic) {
          this.hasDynamic = true;
          const bootstrapMethodAttrIndex = u2At(bytes, p + 1);
          if (bootstrapMethodAttrIndex > this.maxBootstrapIndex)
            this.maxBootstrapIndex = bootstrapMethodAttrIndex;
        }
        p += size;
      }
      // A checked class has each entry built (and its Utf8 decoded) in order, for the first error to be
      // the one HotSpot reports.
      if (!trusted) {
        const e = cp.buildEntry(i);
        if (e === null) this.fail(`Illegal UTF8 string in constant pool${this.inClass()}`);
        cp.setEntry(i, e);
      }
      if (tag === CpTag.Long || tag === CpTag.Double) cp.setEntry(++i, null);
    }
    this.pos = p;
    if (!trusted) {
      this.resolveConstantPool();
      this.verifyConstantPool();
    }
  }

  /** A read ran past the end at `p` (the position is kept for what follows the failure, if anything). */
  private overrunAt(p: number): never {
    this.pos = p;
    this.overrun();
  }

  private requireVersionForTag(tag: number, major: number): void {
    if (this.major < major)
      this.fail(`Class file version does not support constant tag ${tag}${this.inClass()}`);
  }

  /**
   * Checks the indexes between entries, then has the pool fill in each entry's strings (the copy a
   * trusted class makes when an entry is first used). Entries may refer forward, hence a pass of its own
   * after the whole pool is read; entries that point only at Utf8 go first because the others copy their
   * strings.
   */
  private resolveConstantPool(): void {
    const { cp, tags } = this;
    const count = cp.length;
    const bad = (i: number): never => this.fail(`Invalid constant pool index ${i}${this.inClass()}`);
    const utf8 = (i: number): void => {
      if (this.utf8At(i) === null) bad(i);
    };
    const nameAndType = (i: number): void => {
      if (!this.isValidIndex(i) || tags[i] !== CpTag.NameAndType) bad(i);
    };
    for (let i = 1; i < count; i++) {
      const e = cp.get(i);
      if (e === null) continue;
      switch (e.tag) {
        case CpTag.Class:
        case CpTag.Module:
        case CpTag.Package:
          utf8(e.nameIndex);
          break;
        case CpTag.String:
          utf8(e.stringIndex);
          break;
        case CpTag.NameAndType:
          utf8(e.nameIndex);
          utf8(e.descriptorIndex);
          break;
        case CpTag.MethodType:
          utf8(e.descriptorIndex);
          break;
        default:
          continue;
      }
      cp.fillStrings(e);
    }
    for (let i = 1; i < count; i++) {
      const e = cp.get(i);
      if (e === null) continue;
      switch (e.tag) {
        case CpTag.Fieldref:
        case CpTag.Methodref:
        case CpTag.InterfaceMethodref:
          if (this.classAt(e.classIndex) === null) bad(e.classIndex);
          nameAndType(e.nameAndTypeIndex);
          break;
        case CpTag.Dynamic:
        case CpTag.InvokeDynamic:
          nameAndType(e.nameAndTypeIndex);
          break;
        case CpTag.MethodHandle:
          this.checkMethodHandle(i, e);
          continue;
        default:
          continue;
      }
      cp.fillStrings(e);
    }
  }

  /** JVMS §4.4.8: the kind decides which kind of reference the handle may point at. */
  private checkMethodHandle(index: number, e: MethodHandleEntry): void {
    const ref = e.referenceIndex;
    const refTag = this.isValidIndex(ref) ? this.tags[ref] : 0;
    let ok: boolean;
    switch (e.referenceKind) {
      case 1: // REF_getField
      case 2: // REF_getStatic
      case 3: // REF_putField
      case 4: // REF_putStatic
        ok = refTag === CpTag.Fieldref;
        break;
      case 5: // REF_invokeVirtual
      case 8: // REF_newInvokeSpecial
        ok = refTag === CpTag.Methodref;
        break;
      case 6: // REF_invokeStatic
      case 7: // REF_invokeSpecial
        ok = refTag === CpTag.Methodref || (this.major >= JAVA_8 && refTag === CpTag.InterfaceMethodref);
        break;
      case 9: // REF_invokeInterface
        ok = refTag === CpTag.InterfaceMethodref;
        break;
      default:
        this.fail(`Bad method handle kind at constant pool index ${index}${this.inClass()}`);
    }
    if (!ok) this.fail(`Invalid constant pool index ${ref}${this.inClass()}`);
  }

  /** JVMS §4.4 and §4.2/§4.3 format checks on names and descriptors the pool refers to. */
  private verifyConstantPool(): void {
    const cp = this.cp;
    const count = cp.length;
    for (let i = 1; i < count; i++) {
      const e = cp.get(i);
      if (e === null) continue;
      switch (e.tag) {
        case CpTag.Class:
          if (!isValidClassName(e.name)) this.fail(`Illegal class name "${e.name}"${this.inClass()}`);
          break;
        case CpTag.NameAndType: {
          if (e.descriptor.length === 0) {
            this.fail(
              `Illegal zero length constant pool entry at ${e.descriptorIndex} in class ${this.className}`,
            );
          }
          if (e.name.length === 0) {
            this.fail(`Illegal zero length constant pool entry at ${e.nameIndex} in class ${this.className}`);
          }
          if (e.descriptor.charCodeAt(0) === 0x28 /* ( */) {
            this.verifyMethodName(e.nameIndex, e.name);
            this.verifyMethodSignature(e.descriptorIndex, e.name, e.descriptor);
          } else {
            this.verifyFieldName(e.nameIndex, e.name);
            this.verifyFieldSignature(e.descriptorIndex, e.name, e.descriptor);
          }
          break;
        }
        case CpTag.Fieldref:
          if (e.descriptor.charCodeAt(0) === 0x28 /* ( */)
            this.illegalSignature('Field', e.name, e.descriptor);
          break;
        case CpTag.Methodref:
        case CpTag.InterfaceMethodref:
          if (e.descriptor.charCodeAt(0) !== 0x28 /* ( */)
            this.illegalSignature('Method', e.name, e.descriptor);
          // JVMS §4.4.2: of the special names only <init> may be invoked through a Methodref.
          if (e.tag === CpTag.Methodref && e.name.charCodeAt(0) === 0x3c /* < */ && e.name !== '<init>') {
            const nat = this.cp.get(e.nameAndTypeIndex) as NameAndTypeEntry;
            this.fail(`Bad method name at constant pool index ${nat.nameIndex}${this.inClass()}`);
          }
          break;
        case CpTag.Dynamic:
          if (e.descriptor.charCodeAt(0) === 0x28 /* ( */) {
            this.illegalSignature('CONSTANT_Dynamic', e.name, e.descriptor);
          }
          break;
        case CpTag.InvokeDynamic:
          if (e.descriptor.charCodeAt(0) !== 0x28 /* ( */)
            this.illegalSignature('Method', e.name, e.descriptor);
          break;
        case CpTag.MethodType:
          if (!isValidMethodDescriptor(e.descriptor)) this.illegalSignature('Method', 'type', e.descriptor);
          break;
        case CpTag.MethodHandle: {
          // JVMS §4.4.8: only newInvokeSpecial may name <init>, and no handle may name <clinit>.
          const kind = e.referenceKind;
          if (kind < 5) break;
          const ref = this.cp.get(e.referenceIndex) as RefEntry;
          const nameIndex = (this.cp.get(ref.nameAndTypeIndex) as NameAndTypeEntry).nameIndex;
          if (kind === 8) {
            if (ref.name !== '<init>') {
              this.fail(`Bad constructor name at constant pool index ${nameIndex}${this.inClass()}`);
            }
          } else if (ref.name === '<init>' || ref.name === '<clinit>') {
            this.fail(`Bad method name at constant pool index ${nameIndex}${this.inClass()}`);
          }
          break;
        }
      }
    }
  }

  /** JVMS §4.4.11, §4.4.12: Module and Package constants belong only in a module descriptor. */
  private checkModuleConstants(isModule: boolean): void {
    if (isModule || this.major < JAVA_9) return;
    const tags = this.tags;
    for (let i = 1; i < tags.length; i++) {
      if (tags[i] === CpTag.Module || tags[i] === CpTag.Package) {
        this.fail(`Unknown constant tag ${tags[i]}${this.inClass()}`);
      }
    }
  }

  // ---- format checks (JVMS §4.2, §4.3, §4.1, §4.5, §4.6) ----
  // The rules applied are those for version 49 and later; they accept every name the stricter pre-49
  // (Java identifier) rules accept, so older class files are checked with them too.

  private illegalSignature(what: string, name: string, sig: string): never {
    this.fail(`${what} "${name}" in class ${this.className} has illegal signature "${sig}"`);
  }

  // The same few names and descriptors are checked again and again (by the pool's NameAndTypes, the
  // fields and methods, every local variable table), so each check remembers the Utf8 entries it passed.

  /** Whether the Utf8 entry at `index` has passed `check` before; records that it passes now. */
  private passedBefore(index: number, check: Checked): boolean {
    const checked = this.checked;
    if (checked[index] & check) return true;
    checked[index] |= check;
    return false;
  }

  private verifyFieldName(index: number, name: string): void {
    if (this.passedBefore(index, Checked.FieldName)) return;
    if (!isValidUnqualifiedName(name, 'field'))
      this.fail(`Illegal field name "${name}" in class ${this.className}`);
  }

  private verifyMethodName(index: number, name: string): void {
    if (this.passedBefore(index, Checked.MethodName)) return;
    if (!isValidUnqualifiedName(name, 'method')) {
      this.fail(`Illegal method name "${name}" in class ${this.className}`);
    }
  }

  private verifyFieldSignature(index: number, name: string, sig: string): void {
    if (this.passedBefore(index, Checked.FieldDescriptor)) return;
    if (!isValidFieldDescriptor(sig)) this.illegalSignature('Field', name, sig);
  }

  /** Returns the argument slot count, `this` not included. */
  private verifyMethodSignature(index: number, name: string, sig: string): number {
    if (!this.passedBefore(index, Checked.MethodDescriptor) && !isValidMethodDescriptor(sig))
      this.illegalSignature('Method', name, sig);
    // JVMS §2.9: the special methods return void, and from Java 7 on <clinit> takes no arguments.
    if (name.charCodeAt(0) === 0x3c /* < */) {
      if (!sig.endsWith(')V')) this.illegalSignature('Method', name, sig);
      if (name === '<clinit>' && this.major >= JAVA_7 && sig !== '()V')
        this.illegalSignature('Method', name, sig);
    }
    return argSlotCount(sig);
  }

  /** JVMS §4.1 Table 4.1-B constraints. */
  private verifyClassModifiers(flags: number): void {
    const isInterface = (flags & ACC_INTERFACE) !== 0;
    const isAbstract = (flags & ACC_ABSTRACT) !== 0;
    const isFinal = (flags & ACC_FINAL) !== 0;
    const since15 = this.major >= JAVA_1_5;
    if (
      (isAbstract && isFinal) ||
      (isInterface && !isAbstract) ||
      (isInterface && since15 && (flags & (ACC_SUPER | ACC_ENUM)) !== 0) ||
      (!isInterface && since15 && (flags & ACC_ANNOTATION) !== 0)
    ) {
      this.fail(`Illegal class modifiers in class ${this.className}: ${hex(flags)}`);
    }
  }

  /** JVMS §4.5 constraints. */
  private verifyFieldModifiers(flags: number, isInterface: boolean): void {
    let illegal: boolean;
    if (isInterface) {
      const required = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;
      illegal =
        (flags & required) !== required ||
        (flags & (ACC_PRIVATE | ACC_PROTECTED | ACC_VOLATILE | ACC_TRANSIENT)) !== 0 ||
        (this.major >= JAVA_1_5 && (flags & ACC_ENUM) !== 0);
    } else {
      illegal =
        hasIllegalVisibility(flags) || (flags & (ACC_FINAL | ACC_VOLATILE)) === (ACC_FINAL | ACC_VOLATILE);
    }
    if (illegal) this.fail(`Illegal field modifiers in class ${this.className}: ${hex(flags)}`);
  }

  /** JVMS §4.6 constraints (not applied to <clinit>, whose flags other than ACC_STATIC are ignored). */
  private verifyMethodModifiers(flags: number, isInterface: boolean, name: string): void {
    const isPublic = (flags & ACC_PUBLIC) !== 0;
    const isPrivate = (flags & ACC_PRIVATE) !== 0;
    const isProtected = (flags & ACC_PROTECTED) !== 0;
    const isStatic = (flags & ACC_STATIC) !== 0;
    const isFinal = (flags & ACC_FINAL) !== 0;
    const isSynchronized = (flags & ACC_SYNCHRONIZED) !== 0;
    const isNative = (flags & ACC_NATIVE) !== 0;
    const isAbstract = (flags & ACC_ABSTRACT) !== 0;
    // Java 17 (JEP 306) made ACC_STRICT meaningless, so it no longer conflicts with ACC_ABSTRACT.
    const isStrict = (flags & ACC_STRICT) !== 0 && this.major < JAVA_17;
    const since15 = this.major >= JAVA_1_5;
    let illegal = false;
    if (isInterface) {
      if (this.major >= JAVA_8) {
        illegal =
          isPublic === isPrivate ||
          isNative ||
          isProtected ||
          isFinal ||
          isSynchronized ||
          (isAbstract && (isPrivate || isStatic || isStrict));
      } else if (since15) {
        illegal =
          !isPublic ||
          isPrivate ||
          isProtected ||
          isStatic ||
          isFinal ||
          isSynchronized ||
          isNative ||
          !isAbstract ||
          isStrict;
      } else {
        illegal = !isPublic || isStatic || isFinal || isNative || !isAbstract;
      }
    } else if (hasIllegalVisibility(flags)) {
      illegal = true;
    } else if (name === '<init>') {
      illegal =
        isStatic ||
        isFinal ||
        isSynchronized ||
        isNative ||
        isAbstract ||
        (since15 && (flags & ACC_BRIDGE) !== 0);
    } else if (isAbstract) {
      illegal = isFinal || isNative || isPrivate || isStatic || (since15 && (isSynchronized || isStrict));
    }
    if (illegal) this.fail(`Method ${name} in class ${this.className} has illegal modifiers: ${hex(flags)}`);
  }

  // ---- interfaces, fields, methods ----

  private parseInterfaces(): string[] {
    const count = this.u2();
    if (count === 0) return [];
    this.need(count * 2);
    const interfaces = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const index = this.u2();
      const name = this.classAt(index);
      if (name === null) this.fail(`Interface name has bad constant pool index ${index}${this.inClass()}`);
      if (name.charCodeAt(0) === 0x5b /* [ */) this.fail(`Bad interface name${this.inClass()}`);
      interfaces[i] = name;
    }
    if (count > 1) {
      const seen = new Set<string>();
      for (const name of interfaces) {
        if (seen.has(name)) this.fail(`Duplicate interface name "${name}"${this.inClass()}`);
        seen.add(name);
      }
    }
    return interfaces;
  }

  /** JVMS §4.5 */
  private parseFields(isInterface: boolean): FieldInfo[] {
    const count = this.u2();
    const fields: FieldInfo[] = [];
    // As HotSpot, which checks for duplicates only in classes it verifies (not the boot class library's).
    const seen = count > 1 && !this.trusted ? new Set<string>() : null;
    for (let k = 0; k < count; k++) {
      this.need(8);
      const accessFlags = this.u2() & RECOGNIZED_FIELD_MODIFIERS;
      const nameIndex = this.u2();
      const name =
        this.utf8At(nameIndex) ??
        this.fail(`Invalid constant pool index ${nameIndex} for field name${this.inClass()}`);
      const descIndex = this.u2();
      const descriptor =
        this.utf8At(descIndex) ??
        this.fail(`Invalid constant pool index ${descIndex} for field signature${this.inClass()}`);
      if (!this.trusted) {
        this.verifyFieldModifiers(accessFlags, isInterface);
        this.verifyFieldName(nameIndex, name);
        this.verifyFieldSignature(descIndex, name, descriptor);
      }
      const field = new ParsedField(this, this.pos, accessFlags, name, descriptor);
      this.parseFieldAttributes(field);
      // The attribute (JVMS §4.7.8) and the flag mean the same; HotSpot folds the one into the other.
      if (field.synthetic) field.accessFlags |= ACC_SYNTHETIC;
      else field.synthetic = (accessFlags & ACC_SYNTHETIC) !== 0;
      if (seen !== null) {
        const key = name + ' ' + descriptor;
        if (seen.has(key)) {
          this.fail(
            `Duplicate field name "${name}" with signature "${descriptor.replace(/\//g, '.')}"${this.inClass()}`,
          );
        }
        seen.add(key);
      }
      fields.push(field);
    }
    return fields;
  }

  /** JVMS §4.6 */
  private parseMethods(isInterface: boolean): MethodInfo[] {
    const count = this.u2();
    const methods: MethodInfo[] = [];
    // As HotSpot, which checks for duplicates only in classes it verifies (not the boot class library's).
    const seen = count > 1 && !this.trusted ? new Set<string>() : null;
    for (let k = 0; k < count; k++) {
      this.need(8);
      const rawFlags = this.u2();
      let accessFlags = rawFlags & RECOGNIZED_METHOD_MODIFIERS;
      const nameIndex = this.u2();
      const name =
        this.utf8At(nameIndex) ??
        this.fail(`Illegal constant pool index ${nameIndex} for method name${this.inClass()}`);
      if (!this.trusted) this.verifyMethodName(nameIndex, name);
      const descIndex = this.u2();
      const descriptor =
        this.utf8At(descIndex) ??
        this.fail(`Illegal constant pool index ${descIndex} for method signature${this.inClass()}`);
      if (name === '<clinit>') {
        // JVMS §2.9.2: before Java 7 any method so named is the class initializer; from Java 7 on it must
        // be static. Its other flags are ignored, as HotSpot does.
        if (this.major < JAVA_7) accessFlags = ACC_STATIC;
        else if (accessFlags & ACC_STATIC)
          accessFlags &= ACC_STATIC | (this.major < JAVA_17 ? ACC_STRICT : 0);
        else this.fail(`Method <clinit> is not static${this.inClass()}`);
      } else if (!this.trusted) {
        this.verifyMethodModifiers(rawFlags, isInterface, name);
      }
      if (name === '<init>' && isInterface) {
        this.fail(`Interface cannot have a method named <init>, class file ${this.className}`);
      }
      const argSlots =
        (this.trusted ? argSlotCount(descriptor) : this.verifyMethodSignature(descIndex, name, descriptor)) +
        (accessFlags & ACC_STATIC ? 0 : 1);
      if (argSlots > MAX_ARG_SLOTS) this.fail(`Too many arguments in method signature${this.inClass()}`);
      const method = new ParsedMethod(this, this.pos, accessFlags, name, descriptor);
      this.parseMethodAttributes(method, argSlots);
      if (method.code === null && (accessFlags & (ACC_NATIVE | ACC_ABSTRACT)) === 0) {
        this.fail(`Absent Code attribute in method that is not native or abstract${this.inClass()}`);
      }
      if (method.synthetic) method.accessFlags |= ACC_SYNTHETIC;
      else method.synthetic = (accessFlags & ACC_SYNTHETIC) !== 0;
      if (seen !== null) {
        const key = name + ' ' + descriptor;
        if (seen.has(key)) {
          this.fail(
            `Duplicate method name "${name}" with signature "${descriptor.replace(/\//g, '.')}"${this.inClass()}`,
          );
        }
        seen.add(key);
      }
      methods.push(method);
    }
    return methods;
  }

  // ---- attributes (JVMS §4.7) ----

  /**
   * Reads an attribute header and checks that the attribute fits in the enclosing structure. Returns its
   * name and leaves `pos` at the start of its contents; `attrEnd` is its end. The owner's `attributes`
   * list is built from the bytes again if asked for (see attributeList).
   */
  private readAttributeHeader(owner: Owner): string {
    this.need(6);
    this.attrHeader = this.pos;
    const nameIndex = this.u2();
    const length = this.u4();
    const name = this.utf8At(nameIndex);
    if (name === null) this.badAttributeName(owner, nameIndex);
    this.need(length);
    this.attrStart = this.pos;
    this.attrEnd = this.attrStart + length;
    return name;
  }

  /**
   * The attribute table at `table` as RawAttributes: the names and lengths were checked by the parse. An
   * attribute the owner already holds the bytes of (annotations, ...) gets that same view.
   */
  attributeList(table: number, views: readonly (Uint8Array | null)[]): RawAttribute[] {
    const bytes = this.bytes;
    const count = (bytes[table] << 8) | bytes[table + 1];
    if (count === 0) return EMPTY;
    const list = new Array<RawAttribute>(count);
    let p = table + 2;
    for (let k = 0; k < count; k++) {
      const name = this.utf8At((bytes[p] << 8) | bytes[p + 1]) ?? '';
      const length = this.view.getUint32(p + 2);
      p += 6;
      const offset = bytes.byteOffset + p;
      const held = views.find((v) => v !== null && v.byteOffset === offset && v.length === length);
      list[k] = { name, data: held ?? bytes.subarray(p, p + length) };
      p += length;
    }
    return list;
  }

  private badAttributeName(owner: Owner, index: number): never {
    switch (owner) {
      case Owner.Class:
        this.fail(`Attribute name in class file ${this.className} has bad constant pool index ${index}`);
      case Owner.Field:
        this.fail(`Invalid field attribute index ${index}${this.inClass()}`);
      case Owner.Method:
        this.fail(`Invalid method attribute name index ${index}${this.inClass()}`);
      case Owner.Code:
        this.fail(`Invalid code attribute name index ${index}${this.inClass()}`);
      case Owner.RecordComponent:
        this.fail(`Invalid Record attribute name index ${index}${this.inClass()}`);
    }
  }

  /**
   * Restricts reads to the attribute whose header was just read: reading past its end, or (if `leave` is
   * asked to be exact) leaving bytes unread, is reported as a wrong length of that attribute rather than as
   * truncation. Returns the state `leave` restores.
   */
  private enter(check: LengthCheck, checkArg = 0): SavedLimit {
    const saved: SavedLimit = [this.limit, this.lengthCheck, this.lengthCheckArg, this.attrEnd];
    this.limit = this.attrEnd;
    this.lengthCheck = check;
    this.lengthCheckArg = checkArg;
    return saved;
  }

  private leave(saved: SavedLimit, exact = true): void {
    const end = this.limit;
    if (exact && this.pos !== end) this.fail(this.lengthMessage());
    this.pos = end;
    this.limit = saved[0];
    this.lengthCheck = saved[1];
    this.lengthCheckArg = saved[2];
    this.attrEnd = saved[3];
  }

  private duplicate(what: string, forWhat = ''): never {
    this.fail(`Multiple ${what} attributes${forWhat}${this.inClass()}`);
  }

  /** Reads the u2 index of a Signature attribute (JVMS §4.7.9), whose length the caller has checked. */
  private signatureIndex(): string {
    const index = this.u2();
    return (
      this.utf8At(index) ??
      this.fail(`Invalid Signature attribute at constant pool index ${index}${this.inClass()}`)
    );
  }

  /** The whole of the current attribute's contents. */
  private raw(): Uint8Array {
    this.pos = this.attrEnd;
    return this.bytes.subarray(this.attrStart, this.attrEnd);
  }

  private parseFieldAttributes(field: FieldInfo): void {
    const count = this.u2();
    const isStatic = (field.accessFlags & ACC_STATIC) !== 0;
    const since15 = this.major >= JAVA_1_5;
    for (let k = 0; k < count; k++) {
      const name = this.readAttributeHeader(Owner.Field);
      const length = this.attrEnd - this.pos;
      switch (name) {
        case 'ConstantValue':
          // JVMS §4.7.2: ignored on non-static fields.
          if (!isStatic) break;
          if (field.constantValueIndex !== 0) this.fail(`Duplicate ConstantValue attribute${this.inClass()}`);
          if (length !== 2)
            this.fail(`Invalid ConstantValue field attribute length ${length}${this.inClass()}`);
          field.constantValueIndex = this.u2();
          this.verifyConstantValue(field.constantValueIndex, field.descriptor);
          break;
        case 'Synthetic':
          if (length !== 0) this.fail(`Invalid Synthetic field attribute length ${length}${this.inClass()}`);
          field.synthetic = true;
          break;
        case 'Deprecated':
          if (length !== 0) this.fail(`Invalid Deprecated field attribute length ${length}${this.inClass()}`);
          field.deprecated = true;
          break;
        case 'Signature':
          if (!since15) break;
          if (field.signature !== null) this.duplicate('Signature', ' for field');
          if (length !== 2)
            this.fail(`Wrong size ${length} for field's Signature attribute${this.inClass()}`);
          field.signature = this.signatureIndex();
          break;
        case 'RuntimeVisibleAnnotations':
          if (!since15) break;
          if (field.runtimeVisibleAnnotations !== null) this.duplicate(name, ' for field');
          field.runtimeVisibleAnnotations = this.raw();
          break;
        case 'RuntimeInvisibleAnnotations':
          if (!since15) break;
          if (field.runtimeInvisibleAnnotations !== null) this.duplicate(name, ' for field');
          field.runtimeInvisibleAnnotations = this.raw();
          break;
        case 'RuntimeVisibleTypeAnnotations':
          if (!since15) break;
          if (field.runtimeVisibleTypeAnnotations !== null) this.duplicate(name, ' for field');
          field.runtimeVisibleTypeAnnotations = this.raw();
          break;
        case 'RuntimeInvisibleTypeAnnotations':
          if (!since15) break;
          if (field.runtimeInvisibleTypeAnnotations !== null) this.duplicate(name, ' for field');
          field.runtimeInvisibleTypeAnnotations = this.raw();
          break;
      }
      this.pos = this.attrEnd;
    }
  }

  /** JVMS §4.7.2 Table 4.7.2-A: the constant's type must match the field's. */
  private verifyConstantValue(index: number, descriptor: string): void {
    if (!this.isValidIndex(index)) {
      this.fail(`Bad initial value index ${index} in ConstantValue attribute${this.inClass()}`);
    }
    const tag = this.tags[index];
    let ok: boolean;
    switch (descriptor) {
      case 'J':
        ok = tag === CpTag.Long;
        break;
      case 'F':
        ok = tag === CpTag.Float;
        break;
      case 'D':
        ok = tag === CpTag.Double;
        break;
      case 'I':
      case 'S':
      case 'C':
      case 'B':
      case 'Z':
        ok = tag === CpTag.Integer;
        break;
      default:
        if (descriptor.charCodeAt(0) !== 0x4c /* L */)
          this.fail(`Unable to set initial value ${index}${this.inClass()}`);
        if (descriptor !== 'Ljava/lang/String;' || tag !== CpTag.String) {
          this.fail(`Bad string initial value${this.inClass()}`);
        }
        return;
    }
    if (!ok) this.fail(`Inconsistent constant value type${this.inClass()}`);
  }

  private parseMethodAttributes(method: MethodInfo, argSlots: number): void {
    const count = this.u2();
    const since15 = this.major >= JAVA_1_5;
    let seenExceptions = false;
    for (let k = 0; k < count; k++) {
      const name = this.readAttributeHeader(Owner.Method);
      const length = this.attrEnd - this.pos;
      switch (name) {
        case 'Code':
          if (method.accessFlags & (ACC_NATIVE | ACC_ABSTRACT)) {
            this.fail(`Code attribute in native or abstract methods${this.inClass()}`);
          }
          if (method.code !== null) this.duplicate('Code');
          method.code = this.parseCode(argSlots);
          break;
        case 'Exceptions': {
          if (seenExceptions) this.duplicate('Exceptions');
          seenExceptions = true;
          const saved = this.enter(LengthCheck.Exceptions);
          const n = this.u2();
          const exceptions = new Array<string>(n);
          for (let i = 0; i < n; i++) {
            const index = this.u2();
            const cls = this.classAt(index);
            if (cls === null)
              this.fail(`Exception name has bad type at constant pool ${index}${this.inClass()}`);
            exceptions[i] = cls;
          }
          this.leave(saved);
          method.exceptions = exceptions;
          break;
        }
        case 'MethodParameters': {
          if (method.methodParameters !== null) this.duplicate('MethodParameters');
          const saved = this.enter(LengthCheck.MethodParameters, length);
          const n = this.u1();
          const params: MethodParameter[] = new Array<MethodParameter>(n);
          for (let i = 0; i < n; i++) {
            const nameIndex = this.u2();
            const accessFlags = this.u2();
            params[i] = { nameIndex, name: this.utf8At(nameIndex), accessFlags };
          }
          this.leave(saved);
          method.methodParameters = params;
          break;
        }
        case 'Synthetic':
          if (length !== 0) this.fail(`Invalid Synthetic method attribute length ${length}${this.inClass()}`);
          method.synthetic = true;
          break;
        case 'Deprecated':
          if (length !== 0)
            this.fail(`Invalid Deprecated method attribute length ${length}${this.inClass()}`);
          method.deprecated = true;
          break;
        case 'Signature':
          if (!since15) break;
          if (method.signature !== null) this.duplicate('Signature', ' for method');
          if (length !== 2) this.fail(`Invalid Signature attribute length ${length}${this.inClass()}`);
          method.signature = this.signatureIndex();
          break;
        case 'RuntimeVisibleAnnotations':
          if (!since15) break;
          if (method.runtimeVisibleAnnotations !== null) this.duplicate(name, ' for method');
          method.runtimeVisibleAnnotations = this.raw();
          break;
        case 'RuntimeInvisibleAnnotations':
          if (!since15) break;
          if (method.runtimeInvisibleAnnotations !== null) this.duplicate(name, ' for method');
          method.runtimeInvisibleAnnotations = this.raw();
          break;
        case 'RuntimeVisibleParameterAnnotations':
          if (!since15) break;
          if (method.runtimeVisibleParameterAnnotations !== null) this.duplicate(name, ' for method');
          method.runtimeVisibleParameterAnnotations = this.raw();
          break;
        case 'RuntimeInvisibleParameterAnnotations':
          if (!since15) break;
          if (method.runtimeInvisibleParameterAnnotations !== null) this.duplicate(name, ' for method');
          method.runtimeInvisibleParameterAnnotations = this.raw();
          break;
        case 'RuntimeVisibleTypeAnnotations':
          if (!since15) break;
          if (method.runtimeVisibleTypeAnnotations !== null) this.duplicate(name, ' for method');
          method.runtimeVisibleTypeAnnotations = this.raw();
          break;
        case 'RuntimeInvisibleTypeAnnotations':
          if (!since15) break;
          if (method.runtimeInvisibleTypeAnnotations !== null) this.duplicate(name, ' for method');
          method.runtimeInvisibleTypeAnnotations = this.raw();
          break;
        case 'AnnotationDefault':
          if (!since15) break;
          if (method.annotationDefault !== null) this.duplicate(name, ' for method');
          method.annotationDefault = this.raw();
          break;
      }
      this.pos = this.attrEnd;
    }
  }

  /**
   * JVMS §4.7.3. Checks the whole attribute now, as HotSpot does when it loads the class, but leaves its
   * tables in the class bytes: ParsedCode builds them with codeTables on first use.
   */
  private parseCode(argSlots: number): ParsedCode {
    const header = this.attrHeader;
    const saved = this.enter(LengthCheck.Code);
    const { maxStack, maxLocals, codeLength } = this.readCodeHeader();
    if (argSlots > maxLocals) this.fail(`Arguments can't fit into locals${this.inClass()}`);
    if (codeLength === 0 || codeLength > MAX_CODE_LENGTH) {
      this.fail(`Invalid method Code length ${codeLength}${this.inClass()}`);
    }
    this.need(codeLength);
    const code = this.bytes.subarray(this.pos, this.pos + codeLength);
    this.pos += codeLength;
    if (this.trusted) {
      this.leave(saved, false);
    } else {
      this.readCodeTables(codeLength, maxLocals, null);
      this.leave(saved);
    }
    return new ParsedCode(this, header, maxStack, maxLocals, code);
  }

  /** max_stack, max_locals and code_length; class files before 45.3 used narrower fields here. */
  private readCodeHeader(): { maxStack: number; maxLocals: number; codeLength: number } {
    if (this.major === 45 && this.minor <= 2) {
      return { maxStack: this.u1(), maxLocals: this.u1(), codeLength: this.u2() };
    }
    return { maxStack: this.u2(), maxLocals: this.u2(), codeLength: this.u4() };
  }

  /** The tables of the Code attribute whose header is at `header`, which parseCode has checked. */
  codeTables(header: number): CodeTables {
    this.pos = header;
    this.limit = this.bytes.length;
    this.lengthCheck = LengthCheck.None;
    this.readAttributeHeader(Owner.Method);
    const saved = this.enter(LengthCheck.Code);
    const { maxLocals, codeLength } = this.readCodeHeader();
    this.pos += codeLength;
    const tables: CodeTables = {
      exceptionTable: [],
      lineNumbers: [],
      localVariables: [],
      localVariableTypes: [],
      stackMapTable: null,
      attributes: EMPTY,
    };
    const attributeTable = this.readCodeTables(codeLength, maxLocals, tables);
    this.leave(saved);
    tables.attributes = this.attributeList(attributeTable, [tables.stackMapTable]);
    return tables;
  }

  /**
   * Reads what follows the bytecode: the exception table and the Code attribute's own attributes. Checks
   * everything; fills `tables` when given. Returns where the attribute table starts. With `tables`, parsing
   * checked these bytes already (or skipped them, for a trusted class): the local variable tables' names and
   * descriptors are then taken as they are (checking them again was ~5 ms of translating in the Strings
   * benchmark, which reads the exception tables of the JDK methods it translates).
   */
  private readCodeTables(codeLength: number, maxLocals: number, tables: CodeTables | null): number {
    const exceptionCount = this.u2();
    this.need(exceptionCount * 8);
    for (let i = 0; i < exceptionCount; i++) {
      const startPc = this.u2();
      const endPc = this.u2();
      const handlerPc = this.u2();
      const catchTypeIndex = this.u2();
      if (startPc >= endPc || endPc > codeLength) this.fail(`Illegal exception table range${this.inClass()}`);
      if (handlerPc >= codeLength) this.fail(`Illegal exception table handler${this.inClass()}`);
      let catchType: string | null = null;
      if (catchTypeIndex !== 0) {
        catchType = this.classAt(catchTypeIndex);
        if (catchType === null)
          this.fail(`Catch type in exception table has bad constant type${this.inClass()}`);
      }
      tables?.exceptionTable.push({ startPc, endPc, handlerPc, catchTypeIndex, catchType });
    }

    const attributeTable = this.pos;
    const count = this.u2();
    let seenStackMapTable = false;
    for (let k = 0; k < count; k++) {
      const name = this.readAttributeHeader(Owner.Code);
      switch (name) {
        case 'LineNumberTable':
          this.parseLineNumberTable(codeLength, tables?.lineNumbers ?? null);
          break;
        case 'LocalVariableTable':
          this.parseLocalVariableTable(name, codeLength, maxLocals, tables?.localVariables ?? null);
          break;
        case 'LocalVariableTypeTable':
          this.parseLocalVariableTable(name, codeLength, maxLocals, tables?.localVariableTypes ?? null);
          break;
        case 'StackMapTable':
          // Before version 50 the type-inferring verifier is used and the attribute means nothing.
          if (this.major < JAVA_6) break;
          if (seenStackMapTable) this.duplicate('StackMapTable');
          seenStackMapTable = true;
          if (tables !== null) tables.stackMapTable = this.raw();
          break;
      }
      this.pos = this.attrEnd;
    }
    return attributeTable;
  }

  /** JVMS §4.7.12. Several tables may be present; they are concatenated into `into` when given. */
  private parseLineNumberTable(codeLength: number, into: LineNumberEntry[] | null): void {
    const saved = this.enter(LengthCheck.LineNumberTable);
    const n = this.u2();
    this.need(n * 4);
    // The whole table is known to be there: read it directly (the JDK's have tens of thousands of lines).
    const bytes = this.bytes;
    let p = this.pos;
    for (let i = 0; i < n; i++, p += 4) {
      const startPc = (bytes[p] << 8) | bytes[p + 1];
      if (startPc >= codeLength) this.fail(`Invalid pc in LineNumberTable${this.inClass()}`);
      into?.push({ startPc, lineNumber: (bytes[p + 2] << 8) | bytes[p + 3] });
    }
    this.pos = p;
    this.leave(saved);
  }

  /** JVMS §4.7.13, §4.7.14 (the same layout, with a generic signature in place of the descriptor). */
  private parseLocalVariableTable(
    tableName: string,
    codeLength: number,
    maxLocals: number,
    into: LocalVariableEntry[] | null,
  ): void {
    const isTypeTable = tableName === 'LocalVariableTypeTable';
    const saved = this.enter(
      isTypeTable ? LengthCheck.LocalVariableTypeTable : LengthCheck.LocalVariableTable,
    );
    const n = this.u2();
    this.need(n * 10);
    const bytes = this.bytes;
    for (let i = 0, p = this.pos; i < n; i++, p += 10) {
      const startPc = (bytes[p] << 8) | bytes[p + 1];
      const length = (bytes[p + 2] << 8) | bytes[p + 3];
      const nameIndex = (bytes[p + 4] << 8) | bytes[p + 5];
      const descIndex = (bytes[p + 6] << 8) | bytes[p + 7];
      const index = (bytes[p + 8] << 8) | bytes[p + 9];
      if (startPc >= codeLength) this.fail(`Invalid start_pc ${startPc} in ${tableName}${this.inClass()}`);
      if (startPc + length > codeLength)
        this.fail(`Invalid length ${length} in ${tableName}${this.inClass()}`);
      const name =
        this.utf8At(nameIndex) ??
        this.fail(`Name index ${nameIndex} in ${tableName} has bad constant type${this.inClass()}`);
      const descriptor =
        this.utf8At(descIndex) ??
        this.fail(`Signature index ${descIndex} in ${tableName} has bad constant type${this.inClass()}`);
      if (into !== null) {
        into.push({ startPc, length, name, descriptor, index });
        continue;
      }
      this.verifyFieldName(nameIndex, name);
      let extraSlot = 0;
      if (!isTypeTable) {
        this.verifyFieldSignature(descIndex, name, descriptor);
        if (descriptor === 'J' || descriptor === 'D') extraSlot = 1;
      }
      if (index + extraSlot >= maxLocals)
        this.fail(`Invalid index ${index} in ${tableName}${this.inClass()}`);
    }
    this.pos += n * 10;
    this.leave(saved);
  }

  private parseClassAttributes(cf: ClassFile): void {
    const count = this.u2();
    const major = this.major;
    let seenSourceFile = false;
    let seenSourceDebug = false;
    let seenInnerClasses = false;
    let seenBootstrap = false;
    let seenNestMembers = false;
    let seenPermitted = false;
    let seenModulePackages = false;
    for (let k = 0; k < count; k++) {
      const name = this.readAttributeHeader(Owner.Class);
      const length = this.attrEnd - this.pos;
      switch (name) {
        case 'SourceFile': {
          if (seenSourceFile) this.duplicate(name);
          seenSourceFile = true;
          if (length !== 2) this.fail(`Wrong SourceFile attribute length${this.inClass()}`);
          const index = this.u2();
          cf.sourceFile =
            this.utf8At(index) ??
            this.fail(`Invalid SourceFile attribute at constant pool index ${index}${this.inClass()}`);
          break;
        }
        case 'SourceDebugExtension':
          if (seenSourceDebug) this.duplicate(name);
          seenSourceDebug = true;
          // JVMS §4.7.11: modified UTF-8 with no effect on the VM, so a malformed one is not an error.
          cf.sourceDebugExtension = decodeMutf8Lenient(this.bytes, this.pos, this.attrEnd);
          break;
        case 'InnerClasses':
          if (seenInnerClasses) this.duplicate(name);
          seenInnerClasses = true;
          cf.innerClasses = this.parseInnerClasses();
          break;
        case 'Synthetic':
          if (length !== 0)
            this.fail(`Invalid Synthetic classfile attribute length ${length}${this.inClass()}`);
          cf.synthetic = true;
          cf.accessFlags |= ACC_SYNTHETIC;
          break;
        case 'Deprecated':
          if (length !== 0)
            this.fail(`Invalid Deprecated classfile attribute length ${length}${this.inClass()}`);
          cf.deprecated = true;
          break;
      }
      // As in HotSpot, the attributes below are recognized only from the version that introduced them.
      if (major >= JAVA_1_5) {
        switch (name) {
          case 'Signature':
            if (cf.signature !== null) this.duplicate(name);
            if (length !== 2) this.fail(`Wrong Signature attribute length ${length}${this.inClass()}`);
            cf.signature = this.signatureIndex();
            break;
          case 'EnclosingMethod':
            if (cf.enclosingMethod !== null) this.duplicate(name);
            cf.enclosingMethod = this.parseEnclosingMethod(length);
            break;
          case 'RuntimeVisibleAnnotations':
            if (cf.runtimeVisibleAnnotations !== null) this.duplicate(name);
            cf.runtimeVisibleAnnotations = this.raw();
            break;
          case 'RuntimeInvisibleAnnotations':
            if (cf.runtimeInvisibleAnnotations !== null) this.duplicate(name);
            cf.runtimeInvisibleAnnotations = this.raw();
            break;
          case 'RuntimeVisibleTypeAnnotations':
            if (cf.runtimeVisibleTypeAnnotations !== null) this.duplicate(name);
            cf.runtimeVisibleTypeAnnotations = this.raw();
            break;
          case 'RuntimeInvisibleTypeAnnotations':
            if (cf.runtimeInvisibleTypeAnnotations !== null) this.duplicate(name);
            cf.runtimeInvisibleTypeAnnotations = this.raw();
            break;
          case 'BootstrapMethods':
            if (major < JAVA_7) break;
            if (seenBootstrap) this.duplicate(name);
            seenBootstrap = true;
            cf.bootstrapMethods = this.parseBootstrapMethods(length);
            break;
          case 'NestHost': {
            if (major < JAVA_11) break;
            if (cf.nestHost !== null) this.duplicate(name);
            if (length !== 2) this.fail(`Wrong NestHost attribute length${this.inClass()}`);
            const index = this.u2();
            cf.nestHost = this.classAt(index);
            if (cf.nestHost === null) {
              this.fail(`Nest-host class_info_index ${index} has bad constant type${this.inClass()}`);
            }
            break;
          }
          case 'NestMembers':
            if (major < JAVA_11) break;
            if (seenNestMembers) this.duplicate(name);
            seenNestMembers = true;
            cf.nestMembers = this.parseClassList(name, 'Nest member');
            break;
          case 'Record':
            // HotSpot ignores the attribute unless the class really is a record class.
            if (major < JAVA_16 || cf.superClass !== 'java/lang/Record') break;
            if (cf.record !== null) this.duplicate(name);
            cf.record = this.parseRecord();
            break;
          case 'PermittedSubclasses':
            if (major < JAVA_17) break;
            if (seenPermitted) this.duplicate(name);
            seenPermitted = true;
            if (cf.accessFlags & ACC_FINAL)
              this.fail(`PermittedSubclasses attribute in final class file ${cf.thisClass}`);
            cf.permittedSubclasses = this.parseClassList(name, 'Permitted subclass');
            break;
          case 'Module':
            if (major < JAVA_9) break;
            if (cf.module !== null) this.duplicate(name);
            cf.module = this.raw();
            break;
          case 'ModulePackages': {
            if (major < JAVA_9) break;
            if (seenModulePackages) this.duplicate(name);
            seenModulePackages = true;
            const saved = this.enter(LengthCheck.ModulePackages);
            const n = this.u2();
            const packages = new Array<string>(n);
            for (let i = 0; i < n; i++) {
              const index = this.u2();
              if (!this.isValidIndex(index) || this.tags[index] !== CpTag.Package) {
                this.fail(`Invalid constant pool index ${index}${this.inClass()}`);
              }
              packages[i] = (
                this.cp.get(index) as Extract<CpEntry, { tag: CpTag.Module | CpTag.Package }>
              ).name;
            }
            this.leave(saved);
            cf.modulePackages = packages;
            break;
          }
          case 'ModuleMainClass': {
            if (major < JAVA_9) break;
            if (cf.moduleMainClass !== null) this.duplicate(name);
            if (length !== 2) this.fail(`Wrong ModuleMainClass attribute length${this.inClass()}`);
            const index = this.u2();
            cf.moduleMainClass = this.classAt(index);
            if (cf.moduleMainClass === null)
              this.fail(`Invalid constant pool index ${index}${this.inClass()}`);
            break;
          }
        }
      }
      this.pos = this.attrEnd;
    }
    if (cf.nestHost !== null && seenNestMembers) {
      this.fail(`Conflicting NestHost and NestMembers attributes${this.inClass()}`);
    }
    if (this.hasDynamic) {
      if (!seenBootstrap) this.fail(`Missing BootstrapMethods attribute${this.inClass()}`);
      if (this.maxBootstrapIndex >= cf.bootstrapMethods.length) {
        this.fail(`Short length on BootstrapMethods${this.inClass()}`);
      }
    }
  }

  /** JVMS §4.7.6 */
  private parseInnerClasses(): InnerClassEntry[] {
    // HotSpot checks the length only from version 49 on, for the sake of old compilers.
    const saved = this.enter(LengthCheck.InnerClasses);
    const n = this.u2();
    this.need(n * 8);
    const entries = new Array<InnerClassEntry>(n);
    for (let i = 0; i < n; i++) {
      const innerClassInfoIndex = this.u2();
      const outerClassInfoIndex = this.u2();
      const innerNameIndex = this.u2();
      let flags = this.u2() & RECOGNIZED_INNER_CLASS_MODIFIERS;
      const innerClass = this.classAt(innerClassInfoIndex);
      if (innerClass === null) {
        this.fail(`inner_class_info_index ${innerClassInfoIndex} has bad constant type${this.inClass()}`);
      }
      let outerClass: string | null = null;
      if (outerClassInfoIndex !== 0) {
        outerClass = this.classAt(outerClassInfoIndex);
        if (outerClass === null) {
          this.fail(`outer_class_info_index ${outerClassInfoIndex} has bad constant type${this.inClass()}`);
        }
      }
      let innerName: string | null = null;
      if (innerNameIndex !== 0) {
        innerName = this.utf8At(innerNameIndex);
        if (innerName === null)
          this.fail(`inner_name_index ${innerNameIndex} has bad constant type${this.inClass()}`);
      }
      if (innerClassInfoIndex === outerClassInfoIndex) {
        this.fail(`Class is both outer and inner class${this.inClass()}`);
      }
      if (flags & ACC_INTERFACE && this.major < JAVA_6) flags |= ACC_ABSTRACT;
      this.verifyClassModifiers(flags);
      entries[i] = {
        innerClassInfoIndex,
        outerClassInfoIndex,
        innerNameIndex,
        innerClassAccessFlags: flags,
        innerClass,
        outerClass,
        innerName,
      };
    }
    this.leave(saved, this.major >= JAVA_1_5);
    return entries;
  }

  /** JVMS §4.7.7 */
  private parseEnclosingMethod(length: number): NonNullable<ClassFile['enclosingMethod']> {
    if (length !== 4) this.fail(`Wrong EnclosingMethod attribute length ${length}${this.inClass()}`);
    const classIndex = this.u2();
    const methodIndex = this.u2();
    const className = this.classAt(classIndex);
    if (className === null) this.fail(`Invalid class index in EnclosingMethod attribute${this.inClass()}`);
    let name: string | null = null;
    let descriptor: string | null = null;
    if (methodIndex !== 0) {
      if (!this.isValidIndex(methodIndex) || this.tags[methodIndex] !== CpTag.NameAndType) {
        this.fail(`Invalid or out-of-bounds method index in EnclosingMethod attribute${this.inClass()}`);
      }
      const nat = this.cp.get(methodIndex) as NameAndTypeEntry;
      name = nat.name;
      descriptor = nat.descriptor;
    }
    return { classIndex, className, methodIndex, name, descriptor };
  }

  /** JVMS §4.7.23 */
  private parseBootstrapMethods(length: number): BootstrapMethod[] {
    if (length < 2) this.fail(`Invalid BootstrapMethods attribute length ${length}${this.inClass()}`);
    const saved = this.enter(LengthCheck.BootstrapMethods);
    const n = this.u2();
    const methods = new Array<BootstrapMethod>(n);
    for (let i = 0; i < n; i++) {
      const methodRefIndex = this.u2();
      if (!this.isValidIndex(methodRefIndex) || this.tags[methodRefIndex] !== CpTag.MethodHandle) {
        this.fail(`bootstrap_method_index ${methodRefIndex} has bad constant type${this.inClass()}`);
      }
      const argc = this.u2();
      this.need(argc * 2);
      const argumentIndexes = new Array<number>(argc);
      for (let j = 0; j < argc; j++) {
        const arg = this.u2();
        if (!this.isValidIndex(arg) || !isLoadable(this.tags[arg])) {
          this.fail(`argument_index ${arg} has bad constant type${this.inClass()}`);
        }
        argumentIndexes[j] = arg;
      }
      methods[i] = { methodRefIndex, argumentIndexes };
    }
    this.leave(saved);
    return methods;
  }

  /** NestMembers (§4.7.29) and PermittedSubclasses (§4.7.31): a counted list of CONSTANT_Class indexes. */
  private parseClassList(attribute: 'NestMembers' | 'PermittedSubclasses', what: string): string[] {
    const saved = this.enter(
      attribute === 'NestMembers' ? LengthCheck.NestMembers : LengthCheck.PermittedSubclasses,
    );
    const n = this.u2();
    this.need(n * 2);
    const names = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const index = this.u2();
      const name = this.classAt(index);
      if (name === null)
        this.fail(`${what} class_info_index ${index} has bad constant type${this.inClass()}`);
      names[i] = name;
    }
    this.leave(saved);
    return names;
  }

  /** JVMS §4.7.30 */
  private parseRecord(): RecordComponent[] {
    const saved = this.enter(LengthCheck.Record);
    const n = this.u2();
    const components = new Array<RecordComponent>(n);
    const forComponent = ' for Record component';
    for (let i = 0; i < n; i++) {
      const nameIndex = this.u2();
      const name =
        this.utf8At(nameIndex) ??
        this.fail(`Invalid constant pool index ${nameIndex} for name in Record attribute${this.inClass()}`);
      this.verifyFieldName(nameIndex, name);
      const descIndex = this.u2();
      const descriptor =
        this.utf8At(descIndex) ??
        this.fail(
          `Invalid constant pool index ${descIndex} for descriptor in Record attribute${this.inClass()}`,
        );
      this.verifyFieldSignature(descIndex, name, descriptor);
      const component = new ParsedRecordComponent(this, this.pos, name, descriptor);
      const count = this.u2();
      if (count > 0) {
        for (let k = 0; k < count; k++) {
          const attrName = this.readAttributeHeader(Owner.RecordComponent);
          const length = this.attrEnd - this.pos;
          switch (attrName) {
            case 'Signature':
              if (component.signature !== null) this.duplicate(attrName, forComponent);
              if (length !== 2) {
                this.fail(
                  `Invalid Signature attribute length ${length} in Record component${this.inClass()}`,
                );
              }
              component.signature = this.signatureIndex();
              break;
            case 'RuntimeVisibleAnnotations':
              if (component.runtimeVisibleAnnotations !== null) this.duplicate(attrName, forComponent);
              component.runtimeVisibleAnnotations = this.raw();
              break;
            case 'RuntimeInvisibleAnnotations':
              if (component.runtimeInvisibleAnnotations !== null) this.duplicate(attrName, forComponent);
              component.runtimeInvisibleAnnotations = this.raw();
              break;
            case 'RuntimeVisibleTypeAnnotations':
              if (component.runtimeVisibleTypeAnnotations !== null) this.duplicate(attrName, forComponent);
              component.runtimeVisibleTypeAnnotations = this.raw();
              break;
            case 'RuntimeInvisibleTypeAnnotations':
              if (component.runtimeInvisibleTypeAnnotations !== null) this.duplicate(attrName, forComponent);
              component.runtimeInvisibleTypeAnnotations = this.raw();
              break;
          }
          this.pos = this.attrEnd;
        }
      }
      components[i] = component;
    }
    this.leave(saved);
    return components;
  }
}

// ---- the result: parts most classes never use are built from the class bytes on first use ----

/** The tables of a Code attribute, everything after the bytecode. */
interface CodeTables {
  exceptionTable: ExceptionTableEntry[];
  lineNumbers: LineNumberEntry[];
  localVariables: LocalVariableEntry[];
  localVariableTypes: LocalVariableEntry[];
  stackMapTable: Uint8Array | null;
  attributes: RawAttribute[];
}

/**
 * A structure with an attribute table. Only the table's place in the class bytes is kept: a RawAttribute
 * list costs an object and a byte view per attribute, and almost nothing reads it.
 */
abstract class AttributeOwner {
  private builtAttributes: RawAttribute[] | null = null;
  constructor(
    protected readonly parser: ClassFileParser,
    private readonly attributeTable: number,
  ) {}

  get attributes(): RawAttribute[] {
    return (this.builtAttributes ??= this.parser.attributeList(this.attributeTable, this.heldAttributes()));
  }

  /** The views of attributes this structure keeps whole, which its attribute list shares. */
  protected abstract heldAttributes(): (Uint8Array | null)[];
}

/** The four annotation attributes a structure keeps whole, which its attribute list shares. */
function annotationViews(o: AnnotatedType): (Uint8Array | null)[] {
  return [
    o.runtimeVisibleAnnotations,
    o.runtimeInvisibleAnnotations,
    o.runtimeVisibleTypeAnnotations,
    o.runtimeInvisibleTypeAnnotations,
  ];
}

/** Classes, fields, methods and record components: a Signature and the four annotation attributes (JVMS §4.7). */
abstract class Annotated extends AttributeOwner {
  signature: string | null = null;
  runtimeVisibleAnnotations: Uint8Array | null = null;
  runtimeInvisibleAnnotations: Uint8Array | null = null;
  runtimeVisibleTypeAnnotations: Uint8Array | null = null;
  runtimeInvisibleTypeAnnotations: Uint8Array | null = null;

  protected heldAttributes(): (Uint8Array | null)[] {
    return annotationViews(this);
  }
}

class ParsedClassFile extends Annotated implements ClassFile {
  superClass: string | null = null;
  interfaces: string[] = EMPTY;
  fields: FieldInfo[] = EMPTY;
  methods: MethodInfo[] = EMPTY;
  sourceFile: string | null = null;
  sourceDebugExtension: string | null = null;
  innerClasses: InnerClassEntry[] = EMPTY;
  enclosingMethod: ClassFile['enclosingMethod'] = null;
  bootstrapMethods: BootstrapMethod[] = EMPTY;
  nestHost: string | null = null;
  nestMembers: string[] = EMPTY;
  permittedSubclasses: string[] = EMPTY;
  record: RecordComponent[] | null = null;
  module: Uint8Array | null = null;
  modulePackages: string[] = EMPTY;
  moduleMainClass: string | null = null;
  synthetic = false;
  deprecated = false;
  constructor(
    parser: ClassFileParser,
    attributeTable: number,
    public minorVersion: number,
    public majorVersion: number,
    public constantPool: ConstantPool,
    public accessFlags: number,
    public thisClass: string,
  ) {
    super(parser, attributeTable);
  }

  protected override heldAttributes(): (Uint8Array | null)[] {
    return [this.module, ...super.heldAttributes()];
  }
}

// Fields and methods are most of what a boot parses (~3,000 and ~7,500 of them): each is a class of its
// own, not a subclass of Annotated, so that its constructor is one monomorphic function. Through the
// shared constructors of a class chain every store saw the shapes of four kinds of structure, and a boot
// runs this code before V8 optimizes it (the chain made a method ~2x slower to create).

class ParsedField implements FieldInfo {
  private builtAttributes: RawAttribute[] | null = null;
  signature: string | null = null;
  runtimeVisibleAnnotations: Uint8Array | null = null;
  runtimeInvisibleAnnotations: Uint8Array | null = null;
  runtimeVisibleTypeAnnotations: Uint8Array | null = null;
  runtimeInvisibleTypeAnnotations: Uint8Array | null = null;
  synthetic = false;
  deprecated = false;
  constantValueIndex = 0;
  constructor(
    private readonly parser: ClassFileParser,
    private readonly attributeTable: number,
    public accessFlags: number,
    public name: string,
    public descriptor: string,
  ) {}

  get attributes(): RawAttribute[] {
    return (this.builtAttributes ??= this.parser.attributeList(this.attributeTable, annotationViews(this)));
  }
}

class ParsedMethod implements MethodInfo {
  private builtAttributes: RawAttribute[] | null = null;
  signature: string | null = null;
  runtimeVisibleAnnotations: Uint8Array | null = null;
  runtimeInvisibleAnnotations: Uint8Array | null = null;
  runtimeVisibleTypeAnnotations: Uint8Array | null = null;
  runtimeInvisibleTypeAnnotations: Uint8Array | null = null;
  synthetic = false;
  deprecated = false;
  code: ParsedCode | null = null;
  exceptions: string[] = EMPTY;
  runtimeVisibleParameterAnnotations: Uint8Array | null = null;
  runtimeInvisibleParameterAnnotations: Uint8Array | null = null;
  annotationDefault: Uint8Array | null = null;
  methodParameters: MethodParameter[] | null = null;
  constructor(
    private readonly parser: ClassFileParser,
    private readonly attributeTable: number,
    public accessFlags: number,
    public name: string,
    public descriptor: string,
  ) {}

  get attributes(): RawAttribute[] {
    return (this.builtAttributes ??= this.parser.attributeList(this.attributeTable, [
      ...annotationViews(this),
      this.runtimeVisibleParameterAnnotations,
      this.runtimeInvisibleParameterAnnotations,
      this.annotationDefault,
    ]));
  }
}

class ParsedRecordComponent extends Annotated implements RecordComponent {
  constructor(
    parser: ClassFileParser,
    attributeTable: number,
    public name: string,
    public descriptor: string,
  ) {
    super(parser, attributeTable);
  }
}

/**
 * A Code attribute, checked in full at load. The bytecode and sizes are at hand; the tables (tens of
 * thousands of line and local variable entries during a JDK boot, for methods that mostly never run) are
 * built on first use.
 */
class ParsedCode implements CodeAttribute {
  private tables: CodeTables | null = null;
  constructor(
    private readonly parser: ClassFileParser,
    /** Where the attribute's header is in the class bytes. */
    private readonly header: number,
    readonly maxStack: number,
    readonly maxLocals: number,
    readonly code: Uint8Array,
  ) {}

  private built(): CodeTables {
    return (this.tables ??= this.parser.codeTables(this.header));
  }
  get exceptionTable(): ExceptionTableEntry[] {
    return this.built().exceptionTable;
  }
  get lineNumbers(): LineNumberEntry[] {
    return this.built().lineNumbers;
  }
  get localVariables(): LocalVariableEntry[] {
    return this.built().localVariables;
  }
  get localVariableTypes(): LocalVariableEntry[] {
    return this.built().localVariableTypes;
  }
  get stackMapTable(): Uint8Array | null {
    return this.built().stackMapTable;
  }
  get attributes(): RawAttribute[] {
    return this.built().attributes;
  }
}

/**
 * A copy of a method with another descriptor (a signature-polymorphic method seen from one call site).
 * An object spread would lose the lazily built parts, which live on the prototype.
 */
export function withDescriptor(info: MethodInfo, descriptor: string): MethodInfo {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(info) as object) as MethodInfo, info);
  copy.descriptor = descriptor;
  return copy;
}
