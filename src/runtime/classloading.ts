// Loading, linking and preparation of classes (JVMS §5.3, §5.4), for the bootstrap loader and for
// classes defined by Java class loaders through ClassLoader.defineClass1.
import type { ClassFile } from '../classfile/types.js';
import { ACC_PUBLIC, ACC_FINAL, ACC_ABSTRACT, ACC_INTERFACE } from '../classfile/types.js';
import { JavaClass, JField, JMethod, ClassState, type TypeChar, type ObjectConstructor } from './jclass.js';
import { JavaObject, type JValue } from './object.js';
import { typeCharsOfValidMethod } from '../classfile/descriptors.js';
import { annotationTypes } from '../classfile/annotations.js';
import { inheritPublishedMethods, type SelectedMethods } from './selectedMethods.js';
import { superDisplayOf } from './subtype.js';

/** Unsafe offsets of static fields start here so they never collide with instance offsets. */
export const STATIC_OFFSET_BASE = 1 << 20;
/** Instance field offsets: like HotSpot, after a 12-byte header; 8 bytes per field keeps them unique. */
export const INSTANCE_OFFSET_BASE = 12;

export function defaultValue(type: TypeChar): number | null {
  return type === 'L' || type === '[' ? null : 0;
}

/** Builds the JavaClass for a parsed class file whose superclass and interfaces are already loaded. */
export function createClass(
  cf: ClassFile,
  loader: JavaObject | null,
  superClass: JavaClass | null,
  interfaces: JavaClass[],
  name: string = cf.thisClass,
): JavaClass {
  const cls = new JavaClass(name, cf, loader, cf.accessFlags);
  cls.superClass = superClass;
  cls.interfaces = interfaces;
  const fields = cf.fields;
  for (let i = 0; i < fields.length; i++) {
    const info = fields[i];
    const f = new JField(cls, info, i);
    cls.fields.push(f);
    cls.declaredFields.set(info.name + ':' + info.descriptor, f);
  }
  const methods = cf.methods;
  for (let i = 0; i < methods.length; i++) {
    const info = methods[i];
    const m = new JMethod(cls, info, i);
    initMethodShape(m);
    if (info.runtimeVisibleAnnotations !== null) {
      const annotations = annotationTypes(info.runtimeVisibleAnnotations, cf.constantPool);
      // Frames of @Hidden methods (LambdaForm internals) are left out of stack traces, as in HotSpot.
      m.hidden =
        annotations.includes('Ljava/lang/invoke/LambdaForm$Hidden;') ||
        annotations.includes('Ljdk/internal/vm/annotation/Hidden;');
      m.callerSensitive = annotations.includes('Ljdk/internal/reflect/CallerSensitive;');
    }
    cls.methods.push(m);
    cls.declaredMethods.set(m.key, m);
  }
  return cls;
}

/** What a method descriptor says about calls: parameter type characters, return type, slots. */
interface MethodShape {
  readonly paramTypes: readonly TypeChar[];
  /** Argument slots without `this`. */
  readonly argSlots: number;
  readonly returnType: TypeChar;
  readonly retSlots: number;
}

// A JDK boot creates ~7,500 methods but they have ~2,500 distinct descriptors; the shapes are shared
// (read-only), as HotSpot's methods share their signature symbols.
const methodShapes = new Map<string, MethodShape>();

function methodShapeOf(descriptor: string): MethodShape {
  let shape = methodShapes.get(descriptor);
  if (shape === undefined) {
    const chars = typeCharsOfValidMethod(descriptor) as TypeChar[];
    const returnType = chars.pop()!;
    let argSlots = 0;
    for (const t of chars) argSlots += t === 'J' || t === 'D' ? 2 : 1;
    const retSlots = returnType === 'V' ? 0 : returnType === 'J' || returnType === 'D' ? 2 : 1;
    // A copy of exactly its length: `chars` grew by push, to room for 17.
    shape = { paramTypes: Object.freeze(chars.slice()), argSlots, returnType, retSlots };
    methodShapes.set(descriptor, shape);
  }
  return shape;
}

/** Fills in the argument/return layout of a method from its descriptor. */
export function initMethodShape(m: JMethod): void {
  const shape = methodShapeOf(m.descriptor);
  m.paramTypes = shape.paramTypes;
  m.argSlots = shape.argSlots + (m.isStatic ? 0 : 1);
  m.returnType = shape.returnType;
  m.retSlots = shape.retSlots;
  const cls = m.cls;
  if (
    (cls.name === 'java/lang/invoke/MethodHandle' || cls.name === 'java/lang/invoke/VarHandle') &&
    m.isNative &&
    (m.flags & 0x80) !== 0
  ) {
    m.signaturePolymorphic = true;
  }
}

/** JVMS §5.4.2 Preparation, plus the object layout and dispatch tables of this VM. */
export function prepareClass(cls: JavaClass): void {
  const sup = cls.superClass;
  cls.supertypes.add(cls);
  cls.superDisplay = superDisplayOf(cls);
  if (sup) for (const s of sup.supertypes) cls.supertypes.add(s);
  for (const i of cls.interfaces) for (const s of i.supertypes) cls.supertypes.add(s);

  // Field layout: superclass fields first, so offsets of inherited fields are the superclass's.
  cls.instanceFields = sup ? sup.instanceFields.slice() : [];
  let staticIndex = 0;
  const statics: string[] = [];
  for (const f of cls.fields) {
    if (f.isStatic) {
      f.offset = STATIC_OFFSET_BASE + 8 * staticIndex++;
      statics.push(`${JSON.stringify(f.key)}:${defaultValue(f.type) === null ? 'null' : '0'}`);
      if (f.type === 'J') statics.push(`${JSON.stringify(f.hiKey)}:0`);
    } else {
      f.offset = INSTANCE_OFFSET_BASE + 8 * cls.instanceFields.length;
      cls.instanceFields.push(f);
    }
  }
  // The static fields' object is made whole by JSON.parse, which gives it fast properties (up to 128 of
  // them): added one computed key at a time, V8 turns an object into a hash table past a dozen properties
  // (as it makes Object.create(null) one from the start), and every getstatic and putstatic of translated
  // code was a hash lookup instead of a load at a known offset.
  if (statics.length > 0) cls.statics = JSON.parse(`{${statics.join(',')}}`) as Record<string, JValue>;
  if (!cls.isInterface) cls.ctorFactory = generateConstructor;
  cls.state = ClassState.Linked;
}

/**
 * One JS class per Java class, with every instance field assigned in a fixed order in the constructor so
 * that V8 gives all instances one hidden class (DESIGN "Objects").
 */
function generateConstructor(cls: JavaClass): ObjectConstructor {
  const base: ObjectConstructor = cls.superClass?.ctor ?? JavaObject;
  const lines: string[] = [];
  for (const f of cls.fields) {
    if (f.isStatic) continue;
    const init = f.type === 'L' || f.type === '[' ? 'null' : '0';
    lines.push(`this[${JSON.stringify(f.key)}] = ${init};`);
    if (f.type === 'J') lines.push(`this[${JSON.stringify(f.hiKey)}] = 0;`);
  }
  // A class that adds no fields (a third of those a boot instantiates) needs no code of its own.
  const ctor =
    lines.length === 0
      ? class extends base {}
      : (
          new Function(
            'Base',
            `return class extends Base { constructor() { super(); ${lines.join(' ')} } };`,
          ) as (b: ObjectConstructor) => ObjectConstructor
        )(base);
  Object.defineProperty(ctor.prototype, '$cls', { value: cls, writable: false, enumerable: false });
  inheritPublishedMethods(cls, ctor.prototype as SelectedMethods);
  return ctor;
}

/** The flags an array class gets (JVMS §5.3.3). */
export function arrayClassFlags(component: JavaClass): number {
  const pub =
    component.primitive !== null && component.componentType === null
      ? ACC_PUBLIC
      : component.flags & ACC_PUBLIC;
  return pub | ACC_FINAL | ACC_ABSTRACT;
}

export function isInterfaceFlags(flags: number): boolean {
  return (flags & ACC_INTERFACE) !== 0;
}
