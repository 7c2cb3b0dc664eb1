// Storage for the elements of mid-size primitive arrays (DESIGN "Arrays"): V8 keeps a typed array's
// elements inside its own heap only up to 64 bytes (V8_TYPED_ARRAY_MAX_SIZE_IN_HEAP, fixed when V8 is
// built). A larger one gets a backing store of its own outside it: calloc, registration with the
// collector and external-memory accounting, 0.65-2 µs an array against ~25 ns (measured, Node 20), where
// HotSpot bumps a pointer. An int[17], char[33] or long[9] pays it. Arrays up to SLAB_MAX_BYTES instead
// take their elements from a shared ArrayBuffer, a view over it costing 60-200 ns.
//
// The cost, and the deviation from HotSpot: a buffer lives as long as any array carved out of it, where
// HotSpot's collector would free the rest. A program that keeps one array of 65 bytes from each buffer and
// drops the others holds 8 KiB for it (126x, as Node's own Buffer pool can); one that keeps most of what
// it allocates holds little more than that.

/** Bytes up to which V8 keeps a typed array's elements on its heap; these arrays don't use a slab. */
export const ON_HEAP_MAX_BYTES = 64;

/** The largest array, in bytes, taken from a slab; larger ones pay for their own buffer once. */
export const SLAB_MAX_BYTES = 1024;

/** Bytes per slab: at least 8 of the largest arrays, and at most 126 of the smallest. */
const SLAB_BYTES = 8192;

/** Whether an array of `bytes` bytes takes its elements from a slab. */
export function usesSlab(bytes: number): boolean {
  return bytes > ON_HEAP_MAX_BYTES && bytes <= SLAB_MAX_BYTES;
}

/** Hands out zeroed, 8-byte aligned pieces of one buffer at a time, a new one when it is used up. */
export class ArraySlab {
  /** The current buffer; read it after `reserve`, which may replace it. */
  buffer = new ArrayBuffer(SLAB_BYTES);
  private top = 0;

  /** The offset in `buffer` of `bytes` (at most SLAB_MAX_BYTES) bytes no array has had. */
  reserve(bytes: number): number {
    const size = (bytes + 7) & ~7;
    if (this.top + size > SLAB_BYTES) {
      this.buffer = new ArrayBuffer(SLAB_BYTES);
      this.top = 0;
    }
    const offset = this.top;
    this.top += size;
    return offset;
  }
}
