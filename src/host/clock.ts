// Clocks available on every host (Node and browsers both have performance.now and Date).

const origin = Math.floor(Date.now() - performance.now());

/** A monotonic nanosecond clock (System.nanoTime); sub-microsecond digits come from performance.now. */
export function nanoTime(): bigint {
  return BigInt(Math.floor((origin + performance.now()) * 1e6));
}

export function currentTimeMillis(): bigint {
  return BigInt(Date.now());
}
