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

/** Invocations before a method is translated. */
export const INVOCATION_THRESHOLD = 1000;
/** Loop back-edges in one method before it is translated and the running frame moves over (OSR). */
export const BACKEDGE_THRESHOLD = 5000;
