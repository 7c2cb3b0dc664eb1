// An intrinsic for javac's string concatenation call sites (invokedynamic with the bootstrap method
// StringConcatFactory.makeConcatWithConstants, JDK 9+). DESIGN "invokedynamic and method handles" allows
// intrinsics for hot bootstraps behind a switch: linking such a site through the JDK's own bootstrap spins
// LambdaForm classes with the JDK's bytecode generator, which under our interpreter costs 0.2-0.5 s of
// every program that concatenates strings. This produces the same String as the JDK's strategy
// (MH_INLINE_SIZED_EXACT): primitives formatted as String.valueOf does, objects through
// StringConcatHelper.stringOf (so their toString runs, left to right, in the frames HotSpot shows), a new
// String every time. Turned off by -XX:-UseStringConcatIntrinsic, which runs the JDK's bootstrap instead.
// Recipes the intrinsic does not cover (non-String constants, more than 200 argument slots) also go to
// the JDK, which gives the exact StringConcatException for bad ones.
import { CpTag } from '../classfile/types.js';
import { siteWithBootstrap } from './bootstrapSites.js';
import type { JavaClass, JMethod } from '../runtime/jclass.js';
import type { JavaObject, JValue } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';
import { longToString } from '../runtime/long.js';
import {
  argSlotCount,
  isReferenceDescriptor,
  parseMethodDescriptor,
  typeSize,
} from '../classfile/descriptors.js';

/** Computes a call site's result from its arguments in slot layout (a long or double takes two). */
export type CallSiteIntrinsic = (thread: JavaThread, args: JValue[]) => JValue;

/** StringConcatFactory's limit on argument slots; beyond it the JDK throws StringConcatException. */
const MAX_SLOTS = 200;

/** One piece of the result: literal text, or the argument at a slot with its descriptor type. */
type Piece = { text: string } | { slot: number; type: string };

const MAKE_CONCAT_WITH_CONSTANTS =
  'java/lang/invoke/StringConcatFactory.makeConcatWithConstants(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;';

/**
 * The intrinsic for the invokedynamic site at constant-pool `index` of `from`, or null when the site is
 * not a string concatenation this covers (the JDK's bootstrap links it then).
 */
export function stringConcatIntrinsic(
  thread: JavaThread,
  from: JavaClass,
  index: number,
): CallSiteIntrinsic | null {
  const vm = thread.vm;
  if (!vm.useStringConcatIntrinsic) return null;
  const found = siteWithBootstrap(from, index, MAKE_CONCAT_WITH_CONSTANTS);
  if (found === null) return null;
  const { site, spec } = found;
  const cp = from.classFile!.constantPool;
  if (!site.descriptor.endsWith(')Ljava/lang/String;')) return null;
  const [recipeIndex, ...constantIndexes] = spec.argumentIndexes;
  const recipeEntry = recipeIndex === undefined ? null : cp.get(recipeIndex);
  if (!recipeEntry || recipeEntry.tag !== CpTag.String) return null;
  const constants: string[] = [];
  for (const ci of constantIndexes) {
    const c = cp.get(ci);
    if (!c || c.tag !== CpTag.String) return null;
    constants.push(c.value);
  }
  const types = parseMethodDescriptor(site.descriptor).params;
  if (argSlotCount(site.descriptor) > MAX_SLOTS) return null;
  // Recipe: \1 takes the next argument, \2 the next constant, anything else is literal text.
  const pieces: Piece[] = [];
  let text = '';
  let arg = 0;
  let slot = 0;
  let constant = 0;
  for (const ch of recipeEntry.value) {
    if (ch === '\u0001') {
      if (arg >= types.length) return null;
      if (text !== '') pieces.push({ text });
      text = '';
      pieces.push({ slot, type: types[arg] });
      slot += typeSize(types[arg]);
      arg++;
    } else if (ch === '\u0002') {
      if (constant >= constants.length) return null;
      text += constants[constant++];
    } else text += ch;
  }
  if (text !== '') pieces.push({ text });
  if (arg !== types.length || constant !== constants.length) return null;
  const stringOf = vm
    .bootLoad('java/lang/StringConcatHelper')
    .findDeclaredMethod('stringOf', '(Ljava/lang/Object;)Ljava/lang/String;');
  const floatToString = vm
    .bootLoad('java/lang/Float')
    .findDeclaredMethod('toString', '(F)Ljava/lang/String;');
  const doubleToString = vm
    .bootLoad('java/lang/Double')
    .findDeclaredMethod('toString', '(D)Ljava/lang/String;');
  if (!stringOf || !floatToString || !doubleToString) return null;
  return (t, args) => {
    // Arguments become strings left to right, as the JDK's argument filters do (only objects' toString
    // can be observed).
    let result = '';
    for (const p of pieces) {
      if ('text' in p) result += p.text;
      else if (isReferenceDescriptor(p.type)) result += stringOfObject(t, p.type, args[p.slot], stringOf);
      else result += primitiveString(t, p.type, args, p.slot, floatToString, doubleToString);
    }
    return vm.newString(result);
  };
}

function stringOfObject(t: JavaThread, type: string, value: JValue, stringOf: JMethod): string {
  const vm = t.vm;
  if (value === null) return 'null';
  // A String argument is used as it is; anything else goes through its toString.
  const s = type === 'Ljava/lang/String;' ? value : (vm.callJava(t, stringOf, [value]) as JavaObject);
  return vm.jsString(s as JavaObject);
}

/** A primitive argument's string, as String.valueOf makes it (slot layout: a long is two slots). */
export function primitiveString(
  t: JavaThread,
  type: string,
  args: JValue[],
  slot: number,
  floatToString: JMethod,
  doubleToString: JMethod,
): string {
  const v = args[slot] as number;
  switch (type) {
    case 'Z':
      return v !== 0 ? 'true' : 'false';
    case 'C':
      return String.fromCharCode(v);
    case 'J':
      return longToString(v, args[slot + 1] as number);
    case 'F':
      return t.vm.jsString(t.vm.callJava(t, floatToString, [v]) as JavaObject);
    case 'D':
      return t.vm.jsString(t.vm.callJava(t, doubleToString, [v, 0]) as JavaObject);
    default:
      return String(v);
  }
}
