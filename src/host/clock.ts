// Clocks available on every host. On Node the monotonic clock is process.hrtime: the global `performance`
// loads Node's perf_hooks and eight modules with it on first use (~1.3 ms of every start); browsers have
// only performance.now.

interface NodeProcess {
  hrtime: { bigint(): bigint };
}

const nodeProcess = (globalThis as { process?: Partial<NodeProcess> }).process;
const hrtime = nodeProcess?.hrtime?.bigint !== undefined ? nodeProcess.hrtime : null;

/** A monotonic nanosecond clock (System.nanoTime), with an arbitrary origin as HotSpot's. */
export const nanoTime: () => bigint =
  hrtime !== null ? () => hrtime.bigint() : () => BigInt(Math.floor(performance.now() * 1e6));

export function currentTimeMillis(): bigint {
  return BigInt(Date.now());
}
