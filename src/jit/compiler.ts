// Deciding and performing translation (tier 2), with -XX:+PrintCompilation-style logging.
import type { JavaThread } from '../threads/thread.js';
import type { CompiledMethod, JMethod } from '../runtime/jclass.js';
import { translate } from './translator.js';
import { intrinsicFor } from './intrinsics.js';
import { branchTargets } from './analysis.js';
import { instructionLength } from '../classfile/opcodes.js';
import {
  ExecutionMode,
  INVOCATION_THRESHOLD,
  BACKEDGE_THRESHOLD,
  OSR_HEADER_THRESHOLD,
  OSR_DEFERRAL_LIMIT,
} from './policy.js';

/** Translates `m` now if it can be; afterwards m.compiled or m.notCompilable is set. */
export function compileMethod(thread: JavaThread, m: JMethod): boolean {
  if (m.compiled !== null) return true;
  if (m.notCompilable) return false;
  const vm = thread.vm;
  if (vm.executionMode === ExecutionMode.Interpreted) {
    m.notCompilable = true;
    return false;
  }
  const fn = translate(thread, m);
  if (fn === null) {
    m.notCompilable = true;
    return false;
  }
  m.compiled = fn;
  printCompilation(thread, m, -1);
  return true;
}

/** -XX:+PrintCompilation's line for a translation (`%` and `@ pc`: an on-stack-replacement entry). */
function printCompilation(thread: JavaThread, m: JMethod, osrEntry: number): void {
  const vm = thread.vm;
  if (!vm.printCompilation) return;
  const kind = osrEntry >= 0 ? '   %   ' : '       ';
  const at = osrEntry >= 0 ? ` @ ${osrEntry}` : '';
  const line = `${String(vm.compiledCount++).padStart(7)}${kind}${m.cls.javaName}::${m.name}${at} (${m.code!.length} bytes)\n`;
  vm.stdio.write(1, new TextEncoder().encode(line));
}

/**
 * The translated variant of `m` that continues an interpreter frame at loop header `pc` (on-stack
 * replacement), translated on first use; null if it can't be.
 */
export function osrVariant(thread: JavaThread, m: JMethod, pc: number): CompiledMethod | null {
  m.osrCompiled ??= new Map();
  let fn = m.osrCompiled.get(pc);
  if (fn === undefined) {
    if (!osrHeaderIsHot(thread, m, pc)) return null;
    fn = translate(thread, m, pc);
    m.osrCompiled.set(pc, fn);
    if (fn !== null) printCompilation(thread, m, pc);
    // Not translatable, and not translated otherwise: the back-edges stop asking (countBackedge).
    else if (m.compiled === null) m.notCompilable = true;
  }
  return fn;
}

/**
 * Whether the loop at `pc` is hot enough for a variant of its own: at once for a method's first variant
 * (its back-edge count has just decided, or the method was translated while this frame ran), else after
 * OSR_HEADER_THRESHOLD back-edges to this header (always under -Xcomp).
 */
function osrHeaderIsHot(thread: JavaThread, m: JMethod, pc: number): boolean {
  if (thread.vm.executionMode === ExecutionMode.Compiled) return true;
  if (m.osrCompiled!.size === 0) return osrEntryIsChosen(m, pc);
  const counts = (m.osrHeaderCounts ??= new Map());
  const n = (counts.get(pc) ?? 0) + 1;
  if (n < OSR_HEADER_THRESHOLD) {
    counts.set(pc, n);
    return false;
  }
  counts.delete(pc);
  return true;
}

/**
 * Whether the method's first variant enters at loop header `pc`, or waits for the frame to reach the
 * header of a loop around it. The variant's code is structured from its entry, so an entry at an inner
 * header makes the inner loop the outermost JS loop, with its variables carried around every loop. V8
 * then compiles the variant (called once, it runs long) with its own on-stack replacement at that loop,
 * whose values it types as anything: every double assigned in the loop is boxed in a new heap number
 * (Mandelbrot's ~670 MB a run). Entered at the enclosing header, the inner loop starts each time from
 * values computed in JS, which V8 keeps unboxed. An inner loop that runs on (OSR_DEFERRAL_LIMIT more
 * back-edges) is entered where it is.
 */
function osrEntryIsChosen(m: JMethod, pc: number): boolean {
  const deferral = m.osrDeferral;
  if (deferral === null) {
    const code = m.code!;
    // Without double or float locals there is nothing to box (ints stay small integers): entering at once
    // spares the interpretation. Collections' main, whose loops all lie in one loop over rounds, waited
    // for nothing and was ~10% slower.
    if (!hasFloatingLocals(code)) return true;
    const loopEnds = loopEndsOf(code);
    if (!isEnclosed(loopEnds, pc)) return true;
    m.osrDeferral = { header: pc, loopEnds, waited: 0 };
    return false;
  }
  if (pc === deferral.header || !encloses(deferral.loopEnds, pc, deferral.header)) {
    if (++deferral.waited < OSR_DEFERRAL_LIMIT) return false;
  }
  m.osrDeferral = null;
  return true;
}

/** The method's loops: each back-edge target (a header) -> the last pc that branches back to it. */
function loopEndsOf(code: Uint8Array): Map<number, number> {
  const ends = new Map<number, number>();
  for (let pc = 0; pc < code.length;) {
    for (const target of branchTargets(code, pc)) {
      if (target <= pc && (ends.get(target) ?? -1) < pc) ends.set(target, pc);
    }
    const length = instructionLength(code, pc);
    if (length <= 0) break;
    pc += length;
  }
  return ends;
}

/** Whether the code loads or stores a double or float local (JVMS §6.5 dload, fload, dstore, fstore…). */
function hasFloatingLocals(code: Uint8Array): boolean {
  for (let pc = 0; pc < code.length;) {
    let op = code[pc];
    if (op === 0xc4) op = code[pc + 1]; // wide
    if (op === 0x17 || op === 0x18 || op === 0x38 || op === 0x39) return true;
    if ((op >= 0x22 && op <= 0x29) || (op >= 0x43 && op <= 0x4a)) return true;
    const length = instructionLength(code, pc);
    if (length <= 0) break;
    pc += length;
  }
  return false;
}

/** Whether the loop at `outer` spans header `inner` (javac lays a loop's code out contiguously). */
function encloses(loopEnds: ReadonlyMap<number, number>, outer: number, inner: number): boolean {
  return outer < inner && inner <= (loopEnds.get(outer) ?? -1);
}

function isEnclosed(loopEnds: ReadonlyMap<number, number>, header: number): boolean {
  for (const outer of loopEnds.keys()) if (encloses(loopEnds, outer, header)) return true;
  return false;
}

/** Counts an invocation; translates the method when it is hot (or always, with -Xcomp). */
export function countInvocation(thread: JavaThread, m: JMethod): boolean {
  if (m.notCompilable) return false;
  const mode = thread.vm.executionMode;
  if (mode === ExecutionMode.Interpreted) return false;
  if (++m.invocations === 1) {
    const intrinsic = intrinsicFor(thread.vm, m);
    if (intrinsic !== undefined) {
      m.compiled = intrinsic;
      return true;
    }
  }
  if (m.invocations < (mode === ExecutionMode.Compiled ? 1 : INVOCATION_THRESHOLD)) return false;
  return compileMethod(thread, m);
}

/** Counts a loop back-edge; translates the method when its loops are hot, for on-stack replacement. */
export function countBackedge(thread: JavaThread, m: JMethod): boolean {
  if (m.notCompilable) return false;
  const mode = thread.vm.executionMode;
  if (mode === ExecutionMode.Interpreted) return false;
  if (++m.backedges < (mode === ExecutionMode.Compiled ? 1 : BACKEDGE_THRESHOLD)) return false;
  // A hot loop in a method that runs once (a static initializer, a program's main) needs only the
  // on-stack-replacement variant for its running frame (translated by osrVariant); its ordinary entry is
  // translated if it is called again. Every benchmark's main was translated twice, the ordinary entry for
  // nothing (Strings' 911-byte main: ~5 ms). Other methods get both at once: a method with a hot loop
  // that is called again would otherwise start interpreted and need another variant.
  if (mode === ExecutionMode.Tiered && m.invocations <= 1 && runsOnce(m)) return true;
  return compileMethod(thread, m);
}

/** A class initializer, or a `main` (the launcher calls it once; if it is called again, it is translated). */
function runsOnce(m: JMethod): boolean {
  return (
    m.name === '<clinit>' || (m.name === 'main' && m.isStatic && m.descriptor === '([Ljava/lang/String;)V')
  );
}
