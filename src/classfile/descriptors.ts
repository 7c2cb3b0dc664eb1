// Names and descriptors (JVMS §4.2, §4.3). Types are handled as descriptor strings throughout the VM:
// 'I', 'J', '[Ljava/lang/String;', 'Ljava/lang/Object;'.

import { ClassFormatError } from './errors.js';

const SLASH = 0x2f; // '/'
const SEMI = 0x3b; // ';'
const DOT = 0x2e; // '.'
const LBRACKET = 0x5b; // '['
const LT = 0x3c; // '<'
const GT = 0x3e; // '>'
const LPAREN = 0x28; // '('
const RPAREN = 0x29; // ')'

/** JVMS §4.4.1: an array type may have at most 255 dimensions. */
export const MAX_ARRAY_DIMENSIONS = 255;

/** Whether `c` is the descriptor character of a primitive type (JVMS §4.3.2 BaseType). */
function isBaseType(c: number): boolean {
  switch (c) {
    case 0x42: // B
    case 0x43: // C
    case 0x44: // D
    case 0x46: // F
    case 0x49: // I
    case 0x4a: // J
    case 0x53: // S
    case 0x5a: // Z
      return true;
    default:
      return false;
  }
}

/**
 * Index just past the binary class name that starts at `i` and is terminated by `stop` (or by the end of
 * `s` when `stop` is -1), or -1 if the name is empty or not a valid internal-form binary name (JVMS §4.2.1).
 */
function skipBinaryName(s: string, i: number, stop: number): number {
  const start = i;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === stop) break;
    if (c === DOT || c === SEMI || c === LBRACKET) return -1;
    if (c === SLASH && (i === start || s.charCodeAt(i - 1) === SLASH)) return -1;
  }
  if (i === start || s.charCodeAt(i - 1) === SLASH) return -1;
  if (stop !== -1 && i === n) return -1;
  return i;
}

/**
 * Index just past the field type (or, if `voidOk`, the return type) starting at `i` in `s`, or -1 if there
 * is none there (JVMS §4.3.2, §4.3.3).
 */
function skipFieldType(s: string, i: number, voidOk: boolean): number {
  const n = s.length;
  let dims = 0;
  while (i < n && s.charCodeAt(i) === LBRACKET) {
    i++;
    if (++dims > MAX_ARRAY_DIMENSIONS) return -1;
  }
  if (i >= n) return -1;
  const c = s.charCodeAt(i);
  if (isBaseType(c)) return i + 1;
  if (c === 0x4c /* L */) {
    const end = skipBinaryName(s, i + 1, SEMI);
    return end < 0 ? -1 : end + 1;
  }
  if (c === 0x56 /* V */ && voidOk && dims === 0) return i + 1;
  return -1;
}

/** JVMS §4.3.2 FieldDescriptor. */
export function isValidFieldDescriptor(desc: string): boolean {
  return skipFieldType(desc, 0, false) === desc.length;
}

/** JVMS §4.3.3 MethodDescriptor (without the 255-slot parameter limit, which depends on ACC_STATIC). */
export function isValidMethodDescriptor(desc: string): boolean {
  if (desc.charCodeAt(0) !== LPAREN) return false;
  let i = 1;
  while (i < desc.length && desc.charCodeAt(i) !== RPAREN) {
    i = skipFieldType(desc, i, false);
    if (i < 0) return false;
  }
  if (i >= desc.length) return false;
  return skipFieldType(desc, i + 1, true) === desc.length;
}

/**
 * JVMS §4.2.2: a non-empty name without '.', ';', '[' or '/'. Method names additionally may not contain '<'
 * or '>', except for the special names `<init>` and `<clinit>`.
 */
export function isValidUnqualifiedName(name: string, kind: 'field' | 'method' = 'field'): boolean {
  const n = name.length;
  if (n === 0) return false;
  if (kind === 'method' && name.charCodeAt(0) === LT) return name === '<init>' || name === '<clinit>';
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === DOT || c === SEMI || c === LBRACKET || c === SLASH) return false;
    if (kind === 'method' && (c === LT || c === GT)) return false;
  }
  return true;
}

/** JVMS §4.2.1: a binary class or interface name in internal form, e.g. `java/lang/Thread$State`. */
export function isValidBinaryName(name: string): boolean {
  return skipBinaryName(name, 0, -1) === name.length;
}

/** JVMS §4.4.1: what a CONSTANT_Class may name: a binary name, or an array type as a descriptor. */
export function isValidClassName(name: string): boolean {
  return name.charCodeAt(0) === LBRACKET ? isValidFieldDescriptor(name) : isValidBinaryName(name);
}

/**
 * Checks a method descriptor (JVMS §4.3.3), calling `param` with the bounds of each parameter type in
 * order; returns where the return type starts.
 */
function scanMethodDescriptor(desc: string, param: (start: number, end: number) => void): number {
  if (desc.charCodeAt(0) !== LPAREN) throw new ClassFormatError(`Invalid method descriptor "${desc}"`);
  let i = 1;
  while (i < desc.length && desc.charCodeAt(i) !== RPAREN) {
    const end = skipFieldType(desc, i, false);
    if (end < 0) throw new ClassFormatError(`Invalid method descriptor "${desc}"`);
    param(i, end);
    i = end;
  }
  if (i >= desc.length || skipFieldType(desc, i + 1, true) !== desc.length) {
    throw new ClassFormatError(`Invalid method descriptor "${desc}"`);
  }
  return i + 1;
}

/** The descriptors of the parameter types and the return type of a method descriptor (JVMS §4.3.3). */
export function parseMethodDescriptor(desc: string): { params: string[]; returnType: string } {
  const params: string[] = [];
  const ret = scanMethodDescriptor(desc, (start, end) => params.push(desc.substring(start, end)));
  return { params, returnType: desc.substring(ret) };
}

/**
 * The first character of each parameter type of a method descriptor ('I', 'J', 'L', '[', ...), then that of
 * the return type: what the runtime needs to lay out a call, without a string per type. Checks the
 * descriptor as parseMethodDescriptor does.
 */
export function typeCharsOfMethod(desc: string): string[] {
  const chars: string[] = [];
  const ret = scanMethodDescriptor(desc, (start) => chars.push(desc[start]));
  chars.push(desc[ret]);
  return chars;
}

/**
 * typeCharsOfMethod for a descriptor already checked (that of a loaded method): one pass without the
 * checks, since every method of every class a boot loads (~7,000) goes through here before V8 has
 * optimized anything.
 */
export function typeCharsOfValidMethod(desc: string): string[] {
  const chars: string[] = [];
  const n = desc.length;
  let i = 1;
  while (i < n) {
    let c = desc.charCodeAt(i);
    if (c === RPAREN) break;
    chars.push(desc[i]);
    while (c === LBRACKET) c = desc.charCodeAt(++i);
    i = c === 0x4c /* L */ ? desc.indexOf(';', i) + 1 : i + 1;
    // Not a valid descriptor after all: the checked scan says how (ClassFormatError).
    if (i === 0) return typeCharsOfMethod(desc);
  }
  if (i + 1 >= n) return typeCharsOfMethod(desc);
  chars.push(desc[i + 1]);
  return chars;
}

/** The return type descriptor of a method descriptor, e.g. 'V' for `(I)V`. */
export function returnTypeOf(methodDesc: string): string {
  return methodDesc.substring(methodDesc.lastIndexOf(')') + 1);
}

/**
 * Local-variable slots the arguments of a method descriptor take (long and double take two), not counting
 * `this`. The descriptor is assumed valid.
 */
export function argSlotCount(methodDesc: string): number {
  let slots = 0;
  let i = 1;
  const n = methodDesc.length;
  while (i < n) {
    let c = methodDesc.charCodeAt(i);
    if (c === RPAREN) break;
    if (c === 0x4a /* J */ || c === 0x44 /* D */) {
      slots += 2;
      i++;
      continue;
    }
    slots++;
    while (c === LBRACKET) c = methodDesc.charCodeAt(++i);
    if (c === 0x4c /* L */) {
      i = methodDesc.indexOf(';', i);
      if (i < 0) break;
    }
    i++;
  }
  return slots;
}

/** Slots (or operand stack words) a value of this field type takes: 2 for long and double, else 1. */
export function typeSize(fieldDesc: string): 1 | 2 {
  const c = fieldDesc.charCodeAt(0);
  return c === 0x4a /* J */ || c === 0x44 /* D */ ? 2 : 1;
}

/** Whether the field type is a class, interface or array type rather than a primitive one. */
export function isReferenceDescriptor(fieldDesc: string): boolean {
  const c = fieldDesc.charCodeAt(0);
  return c === 0x4c /* L */ || c === LBRACKET;
}

/**
 * The name a CONSTANT_Class would use for a reference type: 'Ljava/lang/String;' -> 'java/lang/String';
 * array descriptors ('[I') are already class names.
 */
export function descriptorToClassName(fieldDesc: string): string {
  const c = fieldDesc.charCodeAt(0);
  if (c === LBRACKET) return fieldDesc;
  if (c === 0x4c /* L */ && fieldDesc.charCodeAt(fieldDesc.length - 1) === SEMI) {
    return fieldDesc.substring(1, fieldDesc.length - 1);
  }
  throw new ClassFormatError(`Not a reference type descriptor: "${fieldDesc}"`);
}

/** Inverse of descriptorToClassName: 'java/lang/String' -> 'Ljava/lang/String;', '[I' stays '[I'. */
export function classNameToDescriptor(className: string): string {
  return className.charCodeAt(0) === LBRACKET ? className : 'L' + className + ';';
}

const PRIMITIVE_NAMES: Record<string, string> = {
  B: 'byte',
  C: 'char',
  D: 'double',
  F: 'float',
  I: 'int',
  J: 'long',
  S: 'short',
  Z: 'boolean',
  V: 'void',
};

/** The Java-language spelling of a type: 'I' -> 'int', '[Ljava/lang/String;' -> 'java.lang.String[]'. */
export function descriptorToJavaType(desc: string): string {
  let dims = 0;
  while (desc.charCodeAt(dims) === LBRACKET) dims++;
  const elem = desc.substring(dims);
  let base = PRIMITIVE_NAMES[elem];
  if (base === undefined) {
    base = elem.charCodeAt(0) === 0x4c /* L */ ? elem.substring(1, elem.length - 1) : elem;
    base = base.replace(/\//g, '.');
  }
  return base + '[]'.repeat(dims);
}
