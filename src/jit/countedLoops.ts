// Loops whose back-edge needs no budget check (HotSpot's counted loops, whose safepoint polls C2 leaves
// out). Such a loop is innermost, calls nothing that could block or be preempted, and ends by itself: an
// int induction variable, stepped once on every iteration, is compared with a loop-invariant limit in a
// way that can't wrap around. It then runs at most 2^32 iterations of call-free code between two of the
// thread's preemption points (the method's entry and the enclosing loops' back-edges still have theirs).
// The check's decrement and store of thread.budget, and the preemption call V8 must keep a path for,
// made V8's code for a sieve's inner loop ~25% slower (its translation run alone, with and without the
// checks). Measured on the benchmarks (10 interleaved runs): Fannkuch, Sieve and NBody ~7% less wall time
// together; their remaining checks are in loops that are not counted (a long induction variable, a
// data-dependent test).
// The loops recognized are javac's shapes: the test at the header (`iload i; <limit>; if_icmpge exit`
// ... `iinc i 1; goto header`) or at the back-edge (`iinc`, then `iload i; <limit>; if_icmplt header`).
import { branchTargets, constantPushedAt, localStoredAt, s2, u2 } from './analysis.js';

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** What a loop's test compares the induction variable with. */
type Limit =
  { kind: 'constant'; value: number } | { kind: 'local'; index: number } | { kind: 'length'; index: number };

/** The relation under which the loop goes on: `i < limit` etc. */
type Relation = '<' | '<=' | '>' | '>=';

/** The local an iload (iload_n, wide iload) at pc reads, or -1. */
function intLoadAt(code: Uint8Array, pc: number): number {
  const op = code[pc];
  if (op === 0x15) return code[pc + 1];
  if (op >= 0x1a && op <= 0x1d) return op - 0x1a;
  if (op === 0xc4 && code[pc + 1] === 0x15) return u2(code, pc + 2);
  return -1;
}

/** The local an aload (aload_n, wide aload) at pc reads, or -1. */
function referenceLoadAt(code: Uint8Array, pc: number): number {
  const op = code[pc];
  if (op === 0x19) return code[pc + 1];
  if (op >= 0x2a && op <= 0x2d) return op - 0x2a;
  if (op === 0xc4 && code[pc + 1] === 0x19) return u2(code, pc + 2);
  return -1;
}

/** An iinc's (or wide iinc's) local and step, or null if the instruction at pc is none. */
function iincAt(code: Uint8Array, pc: number): { index: number; step: number } | null {
  if (code[pc] === 0x84) return { index: code[pc + 1], step: (code[pc + 2] << 24) >> 24 };
  if (code[pc] === 0xc4 && code[pc + 1] === 0x84) return { index: u2(code, pc + 2), step: s2(code, pc + 4) };
  return null;
}

/**
 * The limit pushed by the instructions from pcs[k] (an int constant, an int local, or an array's length).
 * `intConstant` gives the value of an Integer constant-pool entry (ldc), or null for another kind.
 */
function limitAt(
  code: Uint8Array,
  pcs: readonly number[],
  k: number,
  intConstant: (index: number) => number | null,
): { limit: Limit; next: number } | null {
  const pc = pcs[k];
  const op = code[pc];
  const pushed = constantPushedAt(code, pc);
  if (pushed !== null) return { limit: { kind: 'constant', value: pushed }, next: k + 1 };
  if (op === 0x12 || op === 0x13) {
    const value = intConstant(op === 0x12 ? code[pc + 1] : u2(code, pc + 1));
    return value === null ? null : { limit: { kind: 'constant', value }, next: k + 1 };
  }
  const local = intLoadAt(code, pc);
  if (local >= 0) return { limit: { kind: 'local', index: local }, next: k + 1 };
  const array = referenceLoadAt(code, pc);
  if (array >= 0 && k + 1 < pcs.length && code[pcs[k + 1]] === 0xbe) {
    return { limit: { kind: 'length', index: array }, next: k + 2 };
  }
  return null;
}

/** A test `iload i; <limit>; if_icmpXX` or `iload i; ifXX` starting at pcs[k]: its parts, or null. */
function testAt(
  code: Uint8Array,
  pcs: readonly number[],
  k: number,
  intConstant: (index: number) => number | null,
): { local: number; limit: Limit; branchPc: number; jumpsWhen: Relation } | null {
  if (k >= pcs.length) return null;
  const local = intLoadAt(code, pcs[k]);
  if (local < 0 || k + 1 >= pcs.length) return null;
  const zeroTest = code[pcs[k + 1]];
  if (zeroTest >= 0x9b && zeroTest <= 0x9e) {
    const jumpsWhen = (['<', '>=', '>', '<='] as const)[zeroTest - 0x9b];
    return { local, limit: { kind: 'constant', value: 0 }, branchPc: pcs[k + 1], jumpsWhen };
  }
  const limit = limitAt(code, pcs, k + 1, intConstant);
  if (limit === null || limit.next >= pcs.length) return null;
  const branchPc = pcs[limit.next];
  const op = code[branchPc];
  if (op < 0xa1 || op > 0xa4) return null;
  const jumpsWhen = (['<', '>=', '>', '<='] as const)[op - 0xa1];
  return { local, limit: limit.limit, branchPc, jumpsWhen };
}

const NEGATION: Readonly<Record<Relation, Relation>> = { '<': '>=', '>=': '<', '>': '<=', '<=': '>' };

/**
 * Does `i += step` while `i <relation> limit` end without wrapping around? Stepping by 1 towards a strict
 * bound can't overflow (i < limit <= MAX_VALUE); any other step or bound needs a constant limit far enough
 * from the end of the int range.
 */
function endsWithoutWrapping(relation: Relation, step: number, limit: Limit): boolean {
  if (relation === '<' || relation === '<=') {
    if (step <= 0) return false;
    if (relation === '<' && step === 1) return true;
    if (limit.kind !== 'constant') return false;
    return relation === '<' ? limit.value <= INT_MAX - step + 1 : limit.value <= INT_MAX - step;
  }
  if (step >= 0) return false;
  if (relation === '>' && step === -1) return true;
  if (limit.kind !== 'constant') return false;
  return relation === '>' ? limit.value >= INT_MIN - step - 1 : limit.value >= INT_MIN - step;
}

/**
 * The loops of one method that need no budget check at their back-edge. `callFree(pc)` says whether the
 * invoke at pc was translated into code that can't block or be preempted (an intrinsic, a leaf);
 * `intConstant(index)` is the value of the method's constant-pool entry `index` if it is an Integer.
 */
export class CountedLoops {
  private readonly index = new Map<number, number>();
  private readonly edges: { from: number; to: number }[] = [];

  constructor(
    private readonly code: Uint8Array,
    private readonly pcs: readonly number[],
    private readonly handlerPcs: readonly number[],
    private readonly callFree: (pc: number) => boolean,
    private readonly intConstant: (index: number) => number | null,
  ) {
    pcs.forEach((pc, k) => {
      this.index.set(pc, k);
      for (const to of branchTargets(code, pc)) this.edges.push({ from: pc, to });
    });
  }

  /** Is the branch at `backEdge` to `header` (<= backEdge) the back-edge of a counted loop? */
  isCounted(backEdge: number, header: number): boolean {
    const first = this.index.get(header);
    const last = this.index.get(backEdge);
    if (first === undefined || last === undefined) return false;
    const inside = (pc: number): boolean => pc >= header && pc <= backEdge;
    const code = this.code;
    const pcs = this.pcs;
    // The checks go from the cheapest (most loops fail the first) to the scans of the whole method.
    // The test: at the header, jumping out of the loop; else at the back-edge, jumping to the header.
    let test = testAt(code, pcs, first, this.intConstant);
    let relation: Relation;
    if (test !== null && !inside(branchTarget(code, test.branchPc))) {
      relation = NEGATION[test.jumpsWhen];
    } else {
      test = null;
      for (let k = Math.max(first, last - 3); k < last && test === null; k++) {
        const t = testAt(code, pcs, k, this.intConstant);
        if (t !== null && t.branchPc === backEdge) test = t;
      }
      if (test === null) return false;
      relation = test.jumpsWhen;
    }
    // Nothing in it that could block or be preempted. The induction variable: stepped by one iinc,
    // written nowhere else in the loop; the limit invariant.
    const limit = test.limit;
    let step = 0;
    let iincPc = -1;
    for (let k = first; k <= last; k++) {
      const pc = pcs[k];
      const op = code[pc];
      if (op >= 0xb6 && op <= 0xba && !this.callFree(pc)) return false;
      if (op === 0xc2 || op === 0xc3) return false;
      const stored = localStoredAt(code, pc);
      if (stored < 0) continue;
      if (limit.kind !== 'constant' && stored === limit.index) return false;
      if (stored !== test.local) continue;
      const iinc = iincAt(code, pc);
      if (iinc === null || iincPc >= 0) return false;
      step = iinc.step;
      iincPc = pc;
    }
    if (iincPc < 0 || !endsWithoutWrapping(relation, step, limit)) return false;
    if (this.handlerPcs.some((h) => inside(h) && h !== header)) return false;
    // Entered only at its header; innermost (the only branch backwards in it is the back-edge); and every
    // iteration steps the variable (no branch within the loop goes from before the iinc to after it).
    for (const { from, to } of this.edges) {
      if (!inside(from)) {
        if (inside(to) && to !== header) return false;
      } else if ((from !== backEdge && to <= from) || (from < iincPc && to > iincPc && inside(to))) {
        return false;
      }
    }
    return true;
  }
}

/** The target of the (two-byte offset) conditional branch at pc. */
function branchTarget(code: Uint8Array, pc: number): number {
  return pc + s2(code, pc + 1);
}
