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
