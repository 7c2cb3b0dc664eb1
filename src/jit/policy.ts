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
// 500/2000 took 5-12% less than 1000/5000 on Collections, Exceptions and Streams and the same elsewhere.
// Then, with leaf methods and one OSR variant per loop (stop 18, 5 interleaved runs of all 14): 250/500
// against 500/2000 halved the bytecodes the interpreter runs (Strings 2.06M -> 0.89M, Collections 1.68M
// -> 0.86M, Streams 1.24M -> 0.68M) for 2-5% more translations, and took 6% less wall time (geometric
// mean of the medians; Strings 17% less). 150/500 and 250/250 measured the same as 250/500. The
// interpreter loop runs at V8's baseline tier (main.ts), some 100 ns per bytecode, so a loop that has
// run a few hundred times has already cost more than translating its method.
/** Invocations before a method is translated. */
export const INVOCATION_THRESHOLD = 250;
/** Loop back-edges in one method before it is translated and the running frame moves over (OSR). */
export const BACKEDGE_THRESHOLD = 500;
/**
 * Back-edges to one loop header before it gets an on-stack-replacement variant of its own, once the method
 * has a variant for another header: frames left in the interpreter after a preemption
 * or a deoptimization resume wherever they stopped, and a variant per loop they happen to be in was ~7
 * translations of the Collections benchmark's main (~40 KB of JS each) for loops that run a few hundred
 * iterations. Until its own loop is this hot, such a frame is interpreted and enters a variant that exists
 * at the next header that has one.
 */
export const OSR_HEADER_THRESHOLD = 1000;
/**
 * Back-edges a method's first on-stack-replacement variant waits for the frame to reach the header of a
 * loop around the hot inner loop (jit/compiler.ts osrEntryIsChosen). An inner loop that runs a few dozen
 * iterations (Mandelbrot's 50 at most per pixel) gets there well within it; past it, the frame's loops are
 * ones that run on, and every back-edge waited for is one more interpreted iteration.
 */
export const OSR_DEFERRAL_LIMIT = 250;
