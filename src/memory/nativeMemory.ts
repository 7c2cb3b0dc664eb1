// Emulated native memory for Unsafe.allocateMemory, direct buffers and raw addresses (DESIGN "Unsafe and
// raw memory"): one growable little-endian ArrayBuffer with a first-fit free list. Address 0 stays null.
export class NativeMemory {
  private buffer = new ArrayBuffer(1 << 16);
  view = new DataView(this.buffer);
  bytes = new Uint8Array(this.buffer);
  private top = 16;
  private readonly sizes = new Map<number, number>();
  private readonly free: { addr: number; size: number }[] = [];

  allocate(size: number): number {
    const need = Math.max(8, (size + 7) & ~7);
    for (let i = 0; i < this.free.length; i++) {
      const blk = this.free[i];
      if (blk.size >= need) {
        this.free.splice(i, 1);
        this.sizes.set(blk.addr, blk.size);
        return blk.addr;
      }
    }
    const addr = this.top;
    this.top += need;
    if (this.top > this.buffer.byteLength) this.grow(this.top);
    this.sizes.set(addr, need);
    return addr;
  }

  release(addr: number): void {
    const size = this.sizes.get(addr);
    if (size === undefined) return;
    this.sizes.delete(addr);
    this.free.push({ addr, size });
  }

  reallocate(addr: number, size: number): number {
    if (addr === 0) return this.allocate(size);
    const old = this.sizes.get(addr) ?? 0;
    const n = this.allocate(size);
    this.bytes.copyWithin(n, addr, addr + Math.min(old, size));
    this.release(addr);
    return n;
  }

  private grow(min: number): void {
    let size = this.buffer.byteLength;
    while (size < min) size *= 2;
    const nb = new ArrayBuffer(size);
    new Uint8Array(nb).set(this.bytes);
    this.buffer = nb;
    this.view = new DataView(nb);
    this.bytes = new Uint8Array(nb);
  }
}
