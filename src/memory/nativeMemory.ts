// Emulated native memory for Unsafe.allocateMemory, direct buffers and raw addresses (DESIGN "Unsafe and
// raw memory"): one growable little-endian ArrayBuffer with a first-fit free list. Address 0 stays null.

/** Bytes a demand-paged region loads at a time. */
const PAGE_SIZE = 1 << 16;

interface DemandPagedRegion {
  readonly start: number;
  readonly end: number;
  /** 1 for each page already loaded. */
  readonly loaded: Uint8Array;
  readonly load: (offset: number, into: Uint8Array) => void;
}
export class NativeMemory {
  private buffer = new ArrayBuffer(1 << 16);
  view = new DataView(this.buffer);
  bytes = new Uint8Array(this.buffer);
  private top = 16;
  private readonly sizes = new Map<number, number>();
  private readonly free: { addr: number; size: number }[] = [];
  /** Regions whose pages are filled on first access (read-only file mappings). */
  private readonly demandPaged: DemandPagedRegion[] = [];

  /**
   * Reserves `length` bytes whose contents `load` supplies a page at a time, when code first reads or
   * writes them (`touch`), as mmap pages a file in: the JDK maps all of lib/modules (~130 MB) to read a
   * few of its entries (jdk.internal.jimage), and copying it whole took ~80 ms.
   */
  allocateDemandPaged(length: number, load: (offset: number, into: Uint8Array) => void): number {
    const address = this.allocate(Math.max(1, length));
    const pages = new Uint8Array(Math.ceil(length / PAGE_SIZE));
    this.demandPaged.push({ start: address, end: address + length, loaded: pages, load });
    return address;
  }

  /** Makes [address, address + length) hold its contents before native code reads or writes them. */
  touch(address: number, length: number): void {
    if (this.demandPaged.length > 0) this.pageIn(address, address + Math.max(1, length));
  }

  private pageIn(from: number, to: number): void {
    for (const r of this.demandPaged) {
      if (to <= r.start || from >= r.end) continue;
      const first = Math.floor((Math.max(from, r.start) - r.start) / PAGE_SIZE);
      const last = Math.floor((Math.min(to, r.end) - 1 - r.start) / PAGE_SIZE);
      for (let p = first; p <= last; p++) {
        if (r.loaded[p] !== 0) continue;
        const start = r.start + p * PAGE_SIZE;
        r.load(start - r.start, this.bytes.subarray(start, Math.min(r.end, start + PAGE_SIZE)));
        r.loaded[p] = 1;
      }
    }
  }

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
    const paged = this.demandPaged.findIndex((r) => r.start === addr);
    if (paged >= 0) this.demandPaged.splice(paged, 1);
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
