// The class file of a lambda proxy, as the JDK's InnerClassLambdaMetafactory spins it for
// LambdaMetafactory.metafactory (JDK 17: generateInnerClass, generateConstructor, ForwardingMethodGenerator
// and TypeConvertingMethodAdapter, through ASM with COMPUTE_MAXS). The same requests in the same order give
// the same bytes: the class-file tests compare this output with the classes HotSpot's JDK dumps
// (-Djdk.internal.lambda.dumpProxyClasses).
import { CodeWriter, ConstantPoolWriter, writeClassFile, type MethodSpec } from '../classfile/writer.js';
import { argSlotCount, typeSize } from '../classfile/descriptors.js';
import { ACC_FINAL, ACC_PRIVATE, ACC_PUBLIC, ACC_SUPER, ACC_SYNTHETIC } from '../classfile/types.js';
import { invokeOpcodeOf, REF_invokeStatic, REF_newInvokeSpecial } from '../classfile/referenceKinds.js';

/** A type as the metafactory sees it: a field descriptor (`I`, `Ljava/lang/String;`, `[I`) or `V`. */
export type TypeDesc = string;

export interface MethodTypeDesc {
  readonly params: readonly TypeDesc[];
  readonly ret: TypeDesc;
}

/** What the proxy implements and forwards to; the fields of InnerClassLambdaMetafactory it uses. */
export interface LambdaProxySpec {
  readonly lambdaClassName: string;
  readonly interfaceName: string;
  readonly interfaceMethodName: string;
  /** The captured values' types (the call site's parameters). */
  readonly captured: readonly TypeDesc[];
  /** The interface method's (erased) type, which the proxy's method has. */
  readonly interfaceMethodType: MethodTypeDesc;
  /** The type the call site's lambda is specialized to (casts of the arguments). */
  readonly dynamicMethodType: MethodTypeDesc;
  /** REF_invokeStatic, REF_invokeVirtual, REF_invokeInterface, REF_newInvokeSpecial (or REF_invokeSpecial). */
  readonly implKind: number;
  readonly implClassName: string;
  readonly implIsInterface: boolean;
  readonly implMethodName: string;
  readonly implMethodDesc: string;
  /** The implementation method handle's type: a receiver first for instance methods. */
  readonly implMethodType: MethodTypeDesc;
}

/** InnerClassLambdaMetafactory's CLASSFILE_VERSION in JDK 17. */
const CLASSFILE_VERSION = 59;
const OBJECT = 'java/lang/Object';

/** The primitive types' sun.invoke.util.Wrapper facts. */
interface Wrapper {
  readonly basic: string;
  readonly wrapperName: string;
  readonly primitiveName: string;
  /** isSigned() || isFloating(): unboxed through Number's xxxValue methods. */
  readonly numeric: boolean;
}
const WRAPPERS: Record<string, Wrapper> = {
  Z: { basic: 'Z', wrapperName: 'java/lang/Boolean', primitiveName: 'boolean', numeric: false },
  B: { basic: 'B', wrapperName: 'java/lang/Byte', primitiveName: 'byte', numeric: true },
  S: { basic: 'S', wrapperName: 'java/lang/Short', primitiveName: 'short', numeric: true },
  C: { basic: 'C', wrapperName: 'java/lang/Character', primitiveName: 'char', numeric: false },
  I: { basic: 'I', wrapperName: 'java/lang/Integer', primitiveName: 'int', numeric: true },
  J: { basic: 'J', wrapperName: 'java/lang/Long', primitiveName: 'long', numeric: true },
  F: { basic: 'F', wrapperName: 'java/lang/Float', primitiveName: 'float', numeric: true },
  D: { basic: 'D', wrapperName: 'java/lang/Double', primitiveName: 'double', numeric: true },
};

export function isPrimitiveDesc(t: TypeDesc): boolean {
  return t.length === 1 && t !== 'V';
}

/** The descriptor of a primitive type's wrapper class (`I` -> `Ljava/lang/Integer;`). */
export function wrapperDescriptorOf(p: string): TypeDesc {
  return `L${WRAPPERS[p].wrapperName};`;
}

/** The primitive a wrapper class descriptor boxes (`Ljava/lang/Integer;` -> `I`), else null. */
export function unboxedOf(t: TypeDesc): string | null {
  for (const w of Object.values(WRAPPERS)) if (t === wrapperDescriptorOf(w.basic)) return w.basic;
  return null;
}

/** JLS §5.1.2 widening primitive conversion, or identity (Wrapper.isConvertibleFrom on primitives). */
export function isWideningOrSame(from: string, to: string): boolean {
  if (from === to) return true;
  switch (from) {
    case 'B':
      return 'SIJFD'.includes(to);
    case 'S':
    case 'C':
      return 'IJFD'.includes(to);
    case 'I':
      return 'JFD'.includes(to);
    case 'J':
      return 'FD'.includes(to);
    case 'F':
      return to === 'D';
    default:
      return false;
  }
}

function slotsOf(t: TypeDesc): number {
  return t === 'V' ? 0 : typeSize(t);
}

function argSlots(types: readonly TypeDesc[]): number {
  let n = 0;
  for (const t of types) n += slotsOf(t);
  return n;
}

function methodDesc(mt: MethodTypeDesc): string {
  return `(${mt.params.join('')})${mt.ret}`;
}

/** Thrown for a conversion the proxy generator does not cover; the JDK's metafactory runs instead. */
export class UnsupportedLambda extends Error {}

/** Base opcodes of xLOAD by type; ASM writes xLOAD_n for slots 0-3. */
function loadOpcode(t: TypeDesc): number {
  switch (t) {
    case 'Z':
    case 'B':
    case 'S':
    case 'C':
    case 'I':
      return 0x15;
    case 'J':
      return 0x16;
    case 'F':
      return 0x17;
    case 'D':
      return 0x18;
    default:
      return 0x19;
  }
}

function returnOpcode(t: TypeDesc): number {
  if (t === 'V') return 0xb1;
  const load = loadOpcode(t);
  return 0xac + (load - 0x15);
}

/** The class-file bytes of the proxy (InnerClassLambdaMetafactory.generateInnerClass for metafactory). */
export function lambdaProxyClassFile(spec: LambdaProxySpec): Uint8Array {
  const pool = new ConstantPoolWriter();
  const thisClass = pool.classRef(spec.lambdaClassName);
  const superClass = pool.classRef(OBJECT);
  const iface = pool.classRef(spec.interfaceName);
  const argNames = spec.captured.map((_, i) => `arg$${i + 1}`);
  const fields = spec.captured.map((desc, i) => ({
    access: ACC_PRIVATE | ACC_FINAL,
    name: pool.utf8(argNames[i]),
    descriptor: pool.utf8(desc),
  }));
  const methods: MethodSpec[] = [constructor(pool, spec, argNames)];
  methods.push(forwardingMethod(pool, spec, argNames));
  return writeClassFile(
    pool,
    CLASSFILE_VERSION,
    ACC_SUPER | ACC_FINAL | ACC_SYNTHETIC,
    thisClass,
    superClass,
    [iface],
    fields,
    methods,
  );
}

/** A private constructor storing the captured values (generateConstructor). */
function constructor(pool: ConstantPoolWriter, spec: LambdaProxySpec, argNames: string[]): MethodSpec {
  const name = pool.utf8('<init>');
  const descriptor = pool.utf8(`(${spec.captured.join('')})V`);
  const code = new CodeWriter(1 + argSlots(spec.captured));
  const a = new Assembler(pool, code);
  a.load('L', 0);
  a.invoke(0xb7, OBJECT, '<init>', '()V', false, true);
  let slot = 1;
  spec.captured.forEach((t, i) => {
    a.load('L', 0);
    a.load(t, slot);
    slot += slotsOf(t);
    const ref = pool.fieldRef(spec.lambdaClassName, argNames[i], t);
    code.op(-1 - slotsOf(t), 0xb5, ref >> 8, ref & 0xff);
  });
  code.op(0, 0xb1);
  return { access: ACC_PRIVATE, name, descriptor, code };
}

/** The interface method, forwarding to the implementation (ForwardingMethodGenerator.generate). */
function forwardingMethod(pool: ConstantPoolWriter, spec: LambdaProxySpec, argNames: string[]): MethodSpec {
  const sam = spec.interfaceMethodType;
  const name = pool.utf8(spec.interfaceMethodName);
  const descriptor = pool.utf8(methodDesc(sam));
  const code = new CodeWriter(1 + argSlots(sam.params));
  const a = new Assembler(pool, code);
  if (spec.implKind === REF_newInvokeSpecial) {
    const c = pool.classRef(spec.implClassName);
    code.op(1, 0xbb, c >> 8, c & 0xff);
    code.op(1, 0x59);
  }
  spec.captured.forEach((t, i) => {
    a.load('L', 0);
    const ref = pool.fieldRef(spec.lambdaClassName, argNames[i], t);
    code.op(slotsOf(t) - 1, 0xb4, ref >> 8, ref & 0xff);
  });
  // convertArgumentTypes
  let slot = 1;
  const captureArity = spec.captured.length;
  sam.params.forEach((t, i) => {
    a.load(t, slot);
    slot += slotsOf(t);
    a.convertType(t, spec.implMethodType.params[captureArity + i], spec.dynamicMethodType.params[i]);
  });
  a.invoke(
    invokeOpcodeOf(spec.implKind),
    spec.implClassName,
    spec.implMethodName,
    spec.implMethodDesc,
    spec.implIsInterface,
    spec.implKind !== REF_invokeStatic,
  );
  const implReturn = spec.implMethodType.ret;
  a.convertType(implReturn, sam.ret, sam.ret);
  code.op(0, returnOpcode(sam.ret));
  return { access: ACC_PUBLIC, name, descriptor, code };
}

/** Instruction emitters in ASM's encodings (MethodWriter) and TypeConvertingMethodAdapter's conversions. */
class Assembler {
  constructor(
    private readonly pool: ConstantPoolWriter,
    private readonly code: CodeWriter,
  ) {}

  load(t: TypeDesc, slot: number): void {
    const base = loadOpcode(t);
    const n = slotsOf(t);
    if (slot < 4) this.code.op(n, 0x1a + ((base - 0x15) << 2) + slot);
    else if (slot < 256) this.code.op(n, base, slot);
    else this.code.op(n, 0xc4, base, slot >> 8, slot & 0xff);
  }

  invoke(
    opcode: number,
    owner: string,
    name: string,
    desc: string,
    itf: boolean,
    hasReceiver: boolean,
  ): void {
    const ref = this.pool.methodRef(owner, name, desc, itf);
    const args = argSlotCount(desc);
    const change = slotsOf(desc.substring(desc.indexOf(')') + 1)) - args - (hasReceiver ? 1 : 0);
    if (opcode === 0xb9) this.code.op(change, opcode, ref >> 8, ref & 0xff, args + 1, 0);
    else this.code.op(change, opcode, ref >> 8, ref & 0xff);
  }

  /** checkcast unless the types are the same or the target is Object (cast). */
  cast(ds: string, dt: string): void {
    const ids = internalName(ds);
    const idt = internalName(dt);
    if (idt !== ids && idt !== OBJECT) {
      const c = this.pool.classRef(idt);
      this.code.op(0, 0xc0, c >> 8, c & 0xff);
    }
  }

  box(w: Wrapper): void {
    this.invoke(0xb8, w.wrapperName, 'valueOf', `(${w.basic})L${w.wrapperName};`, false, false);
  }

  unbox(owner: string, wt: Wrapper): void {
    this.invoke(0xb6, owner, `${wt.primitiveName}Value`, `()${wt.basic}`, false, true);
  }

  widen(ws: Wrapper, wt: Wrapper): void {
    if (ws === wt) return;
    const op = wideningOpcode(ws.basic, wt.basic);
    if (op !== 0) this.code.op(slotsOf(wt.basic) - slotsOf(ws.basic), op);
  }

  /** TypeConvertingMethodAdapter.convertType: `arg` on the stack becomes `target`, cast via `functional`. */
  convertType(arg: TypeDesc, target: TypeDesc, functional: TypeDesc): void {
    if (arg === target && arg === functional) return;
    if (arg === 'V' || target === 'V') return;
    if (isPrimitiveDesc(arg)) {
      const wArg = WRAPPERS[arg];
      if (isPrimitiveDesc(target)) {
        this.widen(wArg, WRAPPERS[target]);
      } else {
        const boxed = wrapperOfDescriptor(target);
        if (boxed !== null) {
          this.widen(wArg, boxed);
          this.box(boxed);
        } else {
          this.box(wArg);
          this.cast(wArg.wrapperName, target);
        }
      }
      return;
    }
    let src: string;
    if (isPrimitiveDesc(functional)) {
      src = arg;
    } else {
      src = functional;
      this.cast(arg, src);
    }
    if (isPrimitiveDesc(target)) {
      const wTarget = WRAPPERS[target];
      const wps = wrapperOfDescriptor(src);
      if (wps !== null) {
        if (wps.numeric) {
          this.unbox(wps.wrapperName, wTarget);
        } else {
          this.unbox(wps.wrapperName, wps);
          this.widen(wps, wTarget);
        }
      } else {
        const intermediate = wTarget.numeric ? 'java/lang/Number' : wTarget.wrapperName;
        this.cast(src, intermediate);
        this.unbox(intermediate, wTarget);
      }
    } else {
      this.cast(src, target);
    }
  }
}

/** The wrapper a class descriptor names; java/lang/Void is not covered (the JDK handles it). */
function wrapperOfDescriptor(desc: string): Wrapper | null {
  if (desc === 'Ljava/lang/Void;') throw new UnsupportedLambda('Void conversion');
  const p = unboxedOf(desc);
  return p === null ? null : WRAPPERS[p];
}

/** A descriptor's internal name (`Ljava/lang/String;` -> `java/lang/String`); others unchanged. */
function internalName(desc: string): string {
  return desc[0] === 'L' && desc.endsWith(';') ? desc.substring(1, desc.length - 1) : desc;
}

/** TypeConvertingMethodAdapter's widening table: 0 where no instruction is needed. */
function wideningOpcode(from: string, to: string): number {
  const intLike = 'BSCI'.includes(from);
  if (to === 'J') return intLike ? 0x85 : from === 'F' ? 0x8c : 0;
  if (to === 'F') return intLike ? 0x86 : from === 'J' ? 0x89 : 0;
  if (to === 'D') return intLike ? 0x87 : from === 'F' ? 0x8d : from === 'J' ? 0x8a : 0;
  return 0;
}
