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

/** The blocks reachable from `entry`, and the handlers they need (handlers are entries of their own). */
function reachableBlocks(
  blocks: ReadonlyMap<number, Block>,
  entry: number,
  handlers: readonly HandlerRange[],
): { reached: Set<number>; entries: number[] } {
  const reached = new Set<number>();
  const entries = [entry];
  const visit = (from: number): void => {
    const stack = [from];
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (reached.has(b) || !blocks.has(b)) continue;
      reached.add(b);
      for (const s of blocks.get(b)!.successors) stack.push(s);
    }
  };
  visit(entry);
  for (let changed = true; changed;) {
    changed = false;
    for (const h of handlers) {
      if (entries.includes(h.handlerPc) || !blocks.has(h.handlerPc)) continue;
      const covered = [...reached].some((b) => {
        const blk = blocks.get(b)!;
        return blk.start < h.endPc && blk.end > h.startPc;
      });
      if (covered) {
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
): string[] {
  const { reached, entries } = reachableBlocks(blocks, entry, handlers);
  const structured = tryStructure(blocks, reached, entries, dispatchJump);
  return structured ?? dispatchCases(blocks, reached, dispatchJump);
}

function tryStructure(
  blocks: ReadonlyMap<number, Block>,
  reached: Set<number>,
  entries: number[],
  dispatchJump: (target: number) => string,
): string[] | null {
  // Depth-first order from a virtual root whose successors are the entries (index 0 is the root).
  const order: number[] = [-1];
  const index = new Map<number, number>();
  const postorder: number[] = [];
  const onStack = new Set<number>();
  const retreating: [number, number][] = [];
  {
    const stack: { b: number; next: number }[] = [];
    const succOf = (b: number): number[] => (b === -1 ? entries : blocks.get(b)!.successors);
    index.set(-1, 0);
    stack.push({ b: -1, next: 0 });
    onStack.add(-1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const succ = succOf(top.b);
      if (top.next < succ.length) {
        const s = succ[top.next++];
        if (!reached.has(s)) continue;
        if (!index.has(s)) {
          index.set(s, order.length);
          order.push(s);
          stack.push({ b: s, next: 0 });
          onStack.add(s);
        } else if (onStack.has(s)) retreating.push([top.b, s]);
      } else {
        stack.pop();
        onStack.delete(top.b);
        postorder.push(top.b);
      }
    }
  }
  const rpo = postorder.reverse();
  const rpoNumber = new Map<number, number>();
  rpo.forEach((b, i) => rpoNumber.set(b, i));
  // Predecessors (the root precedes every entry).
  const preds = new Map<number, number[]>();
  for (const b of rpo) preds.set(b, []);
  for (const e of entries) preds.get(e)!.push(-1);
  for (const b of rpo) {
    if (b === -1) continue;
    for (const s of blocks.get(b)!.successors) if (reached.has(s)) preds.get(s)!.push(b);
  }
  // Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm").
  const idom = new Map<number, number>([[-1, -1]]);
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (rpoNumber.get(a)! > rpoNumber.get(b)!) a = idom.get(a)!;
      while (rpoNumber.get(b)! > rpoNumber.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const b of rpo) {
      if (b === -1) continue;
      let d: number | undefined;
      for (const p of preds.get(b)!) {
        if (!idom.has(p)) continue;
        d = d === undefined ? p : intersect(p, d);
      }
      if (d !== undefined && idom.get(b) !== d) {
        idom.set(b, d);
        changed = true;
      }
    }
  }
  const dominates = (a: number, b: number): boolean => {
    for (let x = b; ; x = idom.get(x)!) {
      if (x === a) return true;
      if (x === -1) return false;
    }
  };
  // Every retreating edge must be a back-edge (its target dominates its source): else irreducible.
  for (const [from, to] of retreating) if (!dominates(to, from)) return null;

  const cases = new Set<number>(entries);
  for (const b of rpo) if (b !== -1 && idom.get(b) === -1) cases.add(b);
  const children = new Map<number, number[]>();
  for (const b of rpo) {
    if (b === -1) continue;
    const d = idom.get(b)!;
    if (d === -1) continue;
    if (!children.has(d)) children.set(d, []);
    children.get(d)!.push(b);
  }
  const isBackEdge = (from: number, to: number): boolean => dominates(to, from);
  const loopHeaders = new Set<number>();
  const forwardIn = new Map<number, number>();
  for (const b of rpo) {
    if (b === -1) continue;
    for (const s of blocks.get(b)!.successors) {
      if (!reached.has(s)) continue;
      if (isBackEdge(b, s)) loopHeaders.add(s);
      else forwardIn.set(s, (forwardIn.get(s) ?? 0) + 1);
    }
  }
  // Natural loops: the header and every block that reaches a back-edge's source without the header.
  const loopBody = new Map<number, Set<number>>();
  for (const b of rpo) {
    if (b === -1) continue;
    for (const h of blocks.get(b)!.successors) {
      if (!reached.has(h) || !isBackEdge(b, h)) continue;
      const body = loopBody.get(h) ?? new Set([h]);
      loopBody.set(h, body);
      const work = [b];
      while (work.length > 0) {
        const n = work.pop()!;
        if (body.has(n)) continue;
        body.add(n);
        for (const p of preds.get(n)!) if (p !== -1) work.push(p);
      }
    }
  }
  // A block a loop header dominates but that is outside the loop goes after the loop (reached by
  // breaking out of a block around it), not inside the loop's body: V8 treats everything between a loop's
  // start and its back-edge as part of the loop.
  const followsLoop = (b: number): boolean => {
    const d = idom.get(b)!;
    return loopHeaders.has(d) && !loopBody.get(d)!.has(b);
  };
  const isMerge = (b: number): boolean => !cases.has(b) && ((forwardIn.get(b) ?? 0) >= 2 || followsLoop(b));

  let depth = 0;
  let tooDeep = false;
  const open = (out: string[], line: string): void => {
    out.push(line);
    if (++depth > MAX_NESTING) tooDeep = true;
  };
  const close = (out: string[]): void => {
    out.push('}');
    depth--;
  };
  const emitTree = (x: number, out: string[]): void => {
    const merges = (children.get(x) ?? [])
      .filter(isMerge)
      .sort((a, b) => rpoNumber.get(b)! - rpoNumber.get(a)!);
    if (loopHeaders.has(x)) {
      const body = loopBody.get(x)!;
      const after = merges.filter((y) => !body.has(y));
      const inside = merges.filter((y) => body.has(y));
      blocksAround(after, out, () => {
        open(out, `L${x}: for (;;) {`);
        nodeWithin(x, inside, out);
        close(out);
      });
    } else nodeWithin(x, merges, out);
  };
  /** `B<y>: { … }` around `inner` for each of `ys` (outermost first), each followed by y's code. */
  const blocksAround = (ys: number[], out: string[], inner: () => void): void => {
    if (ys.length === 0) return inner();
    const [y, ...rest] = ys;
    open(out, `B${y}: {`);
    blocksAround(rest, out, inner);
    close(out);
    emitTree(y, out);
  };
  const nodeWithin = (x: number, merges: number[], out: string[]): void => {
    blocksAround(merges, out, () => {
      for (const line of blocks.get(x)!.lines) {
        if (typeof line === 'string') out.push(line);
        else branch(x, line.to, out);
      }
    });
  };
  const branch = (from: number, to: number, out: string[]): void => {
    // A back-edge stays inside its loop even when the header is also a case (an OSR entry's loop).
    if (isBackEdge(from, to)) out.push(`continue L${to};`);
    else if (cases.has(to)) out.push(dispatchJump(to));
    else if (isMerge(to)) out.push(`break B${to};`);
    else emitTree(to, out);
  };
  // Each case ends in an explicit jump, return or throw: cases never fall into each other.
  const out: string[] = [];
  for (const b of rpo) {
    if (!cases.has(b)) continue;
    out.push(`case ${b}: {`);
    emitTree(b, out);
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
