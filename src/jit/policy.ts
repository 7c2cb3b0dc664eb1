// When to translate a method (HotSpot's CompilationPolicy, reduced to two counters) and the -Xint/-Xcomp
// modes.

export const enum ExecutionMode {
  /** Interpret first, translate hot methods. */
  Tiered = 0,
  /** -Xint: never translate. */
  Interpreted = 1,
  /** -Xcomp: translate every method on its first call. */
  Compiled = 2,
}

// Measured on the benchmarks once string concatenation no longer spun classes (user CPU, 2 runs each):
// 500/2000 took 5-12% less than 1000/5000 on Collections, Exceptions and Streams and the same elsewhere;
// 200/1000 and lower translate many methods that run a few hundred times and gained nothing more.
/** Invocations before a method is translated. */
export const INVOCATION_THRESHOLD = 500;
/** Loop back-edges in one method before it is translated and the running frame moves over (OSR). */
export const BACKEDGE_THRESHOLD = 2000;
/**
 * Back-edges to one loop header before it gets an on-stack-replacement variant of its own, once the method
 * has a variant for another header: frames left in the interpreter after a preemption
 * or a deoptimization resume wherever they stopped, and a variant per loop they happen to be in was ~7
 * translations of the Collections benchmark's main (~40 KB of JS each) for loops that run a few hundred
 * iterations. Until its own loop is this hot, such a frame is interpreted and enters a variant that exists
 * at the next header that has one.
 */
export const OSR_HEADER_THRESHOLD = 1000;
