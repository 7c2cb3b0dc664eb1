// Structured control flow for translated methods (DESIGN "Translation to JavaScript"): a reducible
// control-flow graph becomes nested JS loops and labeled blocks, so V8 sees the method's real loops and
// the variables live across them, instead of one dispatch loop that every branch goes through.
//
// The method stays a `dispatch: for (;;) switch (pc)` at the top, but only its entry points are cases:
// the method (or on-stack-replacement) entry, exception handlers (entered from the catch clause), and
// blocks that several of them reach. Inside a case, code follows the dominator tree: a loop header
// opens `L<pc>: for (;;) { … }` and back-edges `continue` it; a block with several forward predecessors
// is placed after a `B<pc>: { … }` that its predecessors `break` out of; a block with one predecessor is
// emitted inline at the branch. This is Ramsey's "Beyond Relooper" (JFP 2022) on JS's labeled statements.
// Irreducible graphs (not produced by javac) fall back to every block being a case.

/** A line of a block's code, or a branch to the block starting at `to`. */
export type Line = string | { readonly to: number };

export interface Block {
  /** First and one-past-last pc of the block. */
  readonly start: number;
  readonly end: number;
  /** Code, with branches (including the fall-through at the end) left as `{ to }`. */
  readonly lines: Line[];
  /** Successor blocks by normal control flow, one entry per edge. */
  readonly successors: number[];
}

export interface HandlerRange {
  readonly startPc: number;
  readonly endPc: number;
  readonly handlerPc: number;
}

/** Deeper nesting than this falls back to dispatch: V8's parser and compiler slow down on it. */
const MAX_NESTING = 120;

/**
 * The blocks reachable from `entry` in depth-first order of discovery, and the entries: `entry` and the
 * handlers of ranges that reachable code lies in (handlers are entries of their own, and what they reach
 * can cover further ranges).
 */
function reachableBlocks(
  blocks: ReadonlyMap<number, Block>,
  entry: number,
  handlers: readonly HandlerRange[],
): { reached: Set<number>; entries: number[] } {
  const reached = new Set<number>();
  const entries = [entry];
  const stack: number[] = [];
  const visit = (from: number): void => {
    stack.push(from);
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (reached.has(b)) continue;
      const blk = blocks.get(b);
      if (blk === undefined) continue;
      reached.add(b);
      for (const s of blk.successors) stack.push(s);
    }
  };
  visit(entry);
  if (handlers.length === 0) return { reached, entries };
  const taken = new Set<number>(entries);
  for (let changed = true; changed;) {
    changed = false;
    for (const h of handlers) {
      if (taken.has(h.handlerPc) || !blocks.has(h.handlerPc)) continue;
      let covered = false;
      for (const b of reached) {
        const blk = blocks.get(b)!;
        if (blk.start < h.endPc && blk.end > h.startPc) {
          covered = true;
          break;
        }
      }
      if (covered) {
        taken.add(h.handlerPc);
        entries.push(h.handlerPc);
        visit(h.handlerPc);
        changed = true;
      }
    }
  }
  return { reached, entries };
}

/**
 * The code of the dispatch switch's cases for the blocks reachable from `entry`: structured where the
 * graph is reducible. `dispatchJump(target)` is the code that re-enters the switch at a block.
 */
export function structureBlocks(
  blocks: ReadonlyMap<number, Block>,
  entry: number,
  handlers: readonly HandlerRange[],
  dispatchJump: (target: number) => string,
  osrRetyping: string | null = null,
): string[] {
  const { reached, entries } = reachableBlocks(blocks, entry, handlers);
  const structured = tryStructure(
    blocks,
    reached,
    entries,
    dispatchJump,
    osrRetyping === null ? null : { entry, retyping: osrRetyping },
  );
  return structured ?? dispatchCases(blocks, reached, dispatchJump);
}

/**
 * Back-edges to an on-stack-replacement entry's loop between two passes through the loop around it
 * (OsrRetyping). A power of two minus one: the pass's own cost is then under 0.1% of the iterations'.
 */
const RETYPING_PERIOD = 8191;

/**
 * An on-stack-replacement variant's entry loop goes inside a loop of its own, whose every pass first
 * retypes the variables (`x = +x;` for each double): translated for a frame in the middle of a long loop,
 * the variant is called once, so V8 compiles it by on-stack replacement of its own, at the loop V8 finds
 * hot. V8 types the values it takes over there as anything, and a loop variable merged from such a value
 * stays tagged: every double assigned in the loop is boxed in a new heap number. V8 enters at the outer
 * loop (it enters at the shallowest hot loop first), where the retyping makes each double a number for
 * the loop inside, which V8 then keeps unboxed. The entry loop's back-edges leave for the outer loop
 * every RETYPING_PERIOD iterations, so V8 sees its back-edge often enough to enter there. Measured on a
 * program that times an inner loop of 7M double iterations three times (jit/compiler.ts's first variant
 * then enters at the inner loop): 10 scavenges to none, 0.52 s to 0.40 s.
 */
interface OsrRetyping {
  readonly entry: number;
  /** The statements that retype the variables. */
  readonly retyping: string;
}

/**
 * The control-flow graph of the reachable blocks with dense numbers: node 0 is a virtual root whose
 * successors are the entries, nodes 1..n-1 the blocks in reverse postorder (so a forward edge goes to a
 * higher number). Typed arrays rather than maps keyed by pc: the translator runs while a program warms up,
 * mostly before V8 optimizes it, where every map operation is a call.
 */
interface DenseGraph {
  /** Block start pc of each node (-1 for the root). */
  readonly pcOf: Int32Array;
  /** Successor nodes of each node, one per edge to a reachable block. */
  readonly succ: number[][];
  /** Predecessor nodes of each node (the root precedes every entry). */
  readonly pred: number[][];
  /** Edges that went to a node still on the depth-first stack: back-edges if the graph is reducible. */
  readonly retreating: [number, number][];
}

function denseGraph(blocks: ReadonlyMap<number, Block>, reached: Set<number>, entries: number[]): DenseGraph {
  // Depth-first from the root, numbering nodes by discovery first; renumbered by reverse postorder below.
  const discovered = new Map<number, number>();
  const pcs: number[] = [-1];
  const succByDiscovery: number[][] = [[]];
  const nodeOf = (pc: number): number => {
    let n = discovered.get(pc);
    if (n === undefined) {
      n = pcs.length;
      discovered.set(pc, n);
      pcs.push(pc);
      succByDiscovery.push([]);
    }
    return n;
  };
  for (const e of entries) if (reached.has(e)) succByDiscovery[0].push(nodeOf(e));
  // A node's successor list is filled when the search first reaches it.
  const postorder: number[] = [];
  // Node ids stay below blocks.size + 1 (the root and each reached block once).
  const state = new Uint8Array(blocks.size + 1); // 0 new, 1 on the stack, 2 done
  const retreatingByDiscovery: [number, number][] = [];
  const stackNode: number[] = [0];
  const stackNext: number[] = [0];
  state[0] = 1;
  while (stackNode.length > 0) {
    const top = stackNode.length - 1;
    const b = stackNode[top];
    const succ = succByDiscovery[b];
    const i = stackNext[top];
    if (i < succ.length) {
      stackNext[top] = i + 1;
      const s = succ[i];
      if (state[s] === 0) {
        state[s] = 1;
        for (const t of blocks.get(pcs[s])!.successors)
          if (reached.has(t)) succByDiscovery[s].push(nodeOf(t));
        stackNode.push(s);
        stackNext.push(0);
      } else if (state[s] === 1) retreatingByDiscovery.push([b, s]);
    } else {
      stackNode.pop();
      stackNext.pop();
      state[b] = 2;
      postorder.push(b);
    }
  }
  const n = postorder.length;
  const rpoOf = new Int32Array(pcs.length);
  for (let i = 0; i < n; i++) rpoOf[postorder[n - 1 - i]] = i;
  const pcOf = new Int32Array(n);
  const succ: number[][] = new Array<number[]>(n);
  const pred: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) pred[i] = [];
  for (let i = 0; i < n; i++) {
    const d = postorder[n - 1 - i];
    pcOf[i] = pcs[d];
    succ[i] = succByDiscovery[d].map((s) => rpoOf[s]);
  }
  // Predecessors: the root first for an entry, then the sources in reverse postorder.
  for (let i = 0; i < n; i++) for (const s of succ[i]) pred[s].push(i);
  const retreating = retreatingByDiscovery.map(([a, b]): [number, number] => [rpoOf[a], rpoOf[b]]);
  return { pcOf, succ, pred, retreating };
}

function tryStructure(
  blocks: ReadonlyMap<number, Block>,
  reached: Set<number>,
  entries: number[],
  dispatchJump: (target: number) => string,
  osr: OsrRetyping | null,
): string[] | null {
  const { pcOf, succ, pred, retreating } = denseGraph(blocks, reached, entries);
  const n = pcOf.length;
  // Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm"); node numbers
  // are reverse-postorder numbers, so `intersect` compares them directly.
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (let b = 1; b < n; b++) {
      let d = -1;
      for (const p of pred[b]) {
        if (idom[p] < 0) continue;
        if (d < 0) d = p;
        else {
          let x = p;
          let y = d;
          while (x !== y) {
            while (x > y) x = idom[x];
            while (y > x) y = idom[y];
          }
          d = x;
        }
      }
      if (d >= 0 && idom[b] !== d) {
        idom[b] = d;
        changed = true;
      }
    }
  }
  // The dominator tree's children (in reverse postorder), and its depth-first intervals: a dominates b
  // exactly when b's interval lies in a's.
  const children: number[][] = new Array<number[]>(n);
  for (let b = 0; b < n; b++) children[b] = [];
  for (let b = 1; b < n; b++) children[idom[b]].push(b);
  const enter = new Int32Array(n);
  const leave = new Int32Array(n);
  {
    let clock = 0;
    const stack: number[] = [0];
    const next: number[] = [0];
    enter[0] = clock++;
    while (stack.length > 0) {
      const top = stack.length - 1;
      const b = stack[top];
      const i = next[top];
      if (i < children[b].length) {
        next[top] = i + 1;
        const c = children[b][i];
        enter[c] = clock++;
        stack.push(c);
        next.push(0);
      } else {
        leave[b] = clock++;
        stack.pop();
        next.pop();
      }
    }
  }
  const dominates = (a: number, b: number): boolean => enter[a] <= enter[b] && leave[b] <= leave[a];
  // Every retreating edge must be a back-edge (its target dominates its source): else irreducible.
  for (const [from, to] of retreating) if (!dominates(to, from)) return null;

  // Cases of the dispatch switch: the entries and the blocks only the root dominates.
  const isCase = new Uint8Array(n);
  for (const b of children[0]) isCase[b] = 1;
  const isLoopHeader = new Uint8Array(n);
  const forwardIn = new Int32Array(n);
  // Natural loops: the header and every block that reaches a back-edge's source without the header.
  const loopBody = new Map<number, Uint8Array>();
  for (let b = 1; b < n; b++) {
    for (const h of succ[b]) {
      if (!dominates(h, b)) {
        forwardIn[h]++;
        continue;
      }
      isLoopHeader[h] = 1;
      let body = loopBody.get(h);
      if (body === undefined) {
        body = new Uint8Array(n);
        body[h] = 1;
        loopBody.set(h, body);
      }
      const work = [b];
      while (work.length > 0) {
        const x = work.pop()!;
        if (body[x] === 1) continue;
        body[x] = 1;
        for (const p of pred[x]) if (p !== 0) work.push(p);
      }
    }
  }
  // A block a loop header dominates but that is outside the loop goes after the loop (reached by
  // breaking out of a block around it), not inside the loop's body: V8 treats everything between a loop's
  // start and its back-edge as part of the loop.
  const isMerge = new Uint8Array(n);
  for (let b = 1; b < n; b++) {
    if (isCase[b] === 1) continue;
    const d = idom[b];
    const followsLoop = isLoopHeader[d] === 1 && loopBody.get(d)![b] === 0;
    if (forwardIn[b] >= 2 || followsLoop) isMerge[b] = 1;
  }

  // Only an innermost entry loop is retyped: around an inner loop, V8's tagged variables at the entry
  // loop cost a heap number per pass of the entry loop, not per iteration of the inner loop, which starts
  // from values computed in JS; and the retyping's larger function took longer to reach V8's code (a
  // Mandelbrot of 400 rows ~7% slower with it at its column loop).
  const nodeOfPc = new Map<number, number>();
  for (let b = 1; b < n; b++) nodeOfPc.set(pcOf[b], b);
  let retypedEntry = -1;
  const entryNode = osr === null ? undefined : nodeOfPc.get(osr.entry);
  if (entryNode !== undefined && isLoopHeader[entryNode] === 1) {
    const body = loopBody.get(entryNode)!;
    let innermost = true;
    for (let y = 1; y < n; y++)
      if (y !== entryNode && body[y] === 1 && isLoopHeader[y] === 1) innermost = false;
    if (innermost) retypedEntry = entryNode;
  }

  let depth = 0;
  let tooDeep = false;
  const out: string[] = [];
  const open = (line: string): void => {
    out.push(line);
    if (++depth > MAX_NESTING) tooDeep = true;
  };
  const close = (): void => {
    out.push('}');
    depth--;
  };
  const emitTree = (x: number): void => {
    // Merge children, latest in reverse postorder first (outermost block).
    const merges: number[] = [];
    const kids = children[x];
    for (let i = kids.length - 1; i >= 0; i--) if (isMerge[kids[i]] === 1) merges.push(kids[i]);
    if (isLoopHeader[x] === 1) {
      const body = loopBody.get(x)!;
      const after = merges.filter((y) => body[y] === 0);
      const inside = merges.filter((y) => body[y] === 1);
      const retyped = retypedEntry === x;
      blocksAround(after, 0, () => {
        if (retyped) open(`O${pcOf[x]}: for (;;) { ${osr!.retyping}`);
        open(`L${pcOf[x]}: for (;;) {`);
        nodeWithin(x, inside);
        close();
        if (retyped) close();
      });
    } else nodeWithin(x, merges);
  };
  /** `B<y>: { … }` around `inner` for each of `ys` from `from` on (outermost first), each followed by y's code. */
  const blocksAround = (ys: number[], from: number, inner: () => void): void => {
    if (from === ys.length) return inner();
    const y = ys[from];
    open(`B${pcOf[y]}: {`);
    blocksAround(ys, from + 1, inner);
    close();
    emitTree(y);
  };
  const nodeWithin = (x: number, merges: number[]): void => {
    blocksAround(merges, 0, () => {
      const lines = blocks.get(pcOf[x])!.lines;
      for (const line of lines) {
        if (typeof line === 'string') out.push(line);
        else branch(x, line.to);
      }
    });
  };
  const branch = (from: number, toPc: number): void => {
    const to = nodeOfPc.get(toPc)!;
    // A back-edge stays inside its loop even when the header is also a case (an OSR entry's loop).
    if (dominates(to, from)) {
      if (retypedEntry === to) {
        out.push(`if (++osrTrips > ${RETYPING_PERIOD}) { osrTrips = 0; continue O${toPc}; }`);
      }
      out.push(`continue L${toPc};`);
    } else if (isCase[to] === 1) out.push(dispatchJump(toPc));
    else if (isMerge[to] === 1) out.push(`break B${toPc};`);
    else emitTree(to);
  };
  // Each case ends in an explicit jump, return or throw: cases never fall into each other.
  for (let b = 1; b < n; b++) {
    if (isCase[b] === 0) continue;
    out.push(`case ${pcOf[b]}: {`);
    emitTree(b);
    out.push('}');
  }
  return tooDeep ? null : out;
}

/** Every block a case of the dispatch switch, every branch through it (irreducible graphs). */
function dispatchCases(
  blocks: ReadonlyMap<number, Block>,
  reached: Set<number>,
  dispatchJump: (target: number) => string,
): string[] {
  const out: string[] = [];
  for (const b of [...reached].sort((x, y) => x - y)) {
    out.push(`case ${b}: {`);
    for (const line of blocks.get(b)!.lines)
      out.push(typeof line === 'string' ? line : dispatchJump(line.to));
    out.push('}');
  }
  return out;
}
