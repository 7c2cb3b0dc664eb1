// A HostEvents over one slot of an Int32Array. With a SharedArrayBuffer behind it, another thread (the
// network thread on Node) can bump the count and wake a waiter; over a plain buffer only the VM itself
// bumps it, and waiting just sleeps out the time (or returns at once where the host can't block).
import type { HostEvents } from './host.js';

/** Atomics.waitAsync (ES2024, in Node since 16), typed here because the project's lib is older. */
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
  timeout: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

export class CounterEvents implements HostEvents {
  private readonly shared: boolean;

  constructor(
    private readonly word: Int32Array = new Int32Array(new SharedArrayBuffer(4)),
    private readonly index = 0,
  ) {
    this.shared = typeof SharedArrayBuffer !== 'undefined' && word.buffer instanceof SharedArrayBuffer;
  }

  count(): number {
    return Atomics.load(this.word, this.index);
  }

  waitSync(seen: number, ms: number): void {
    if (ms <= 0 || !this.shared) return;
    Atomics.wait(this.word, this.index, seen, ms === Infinity ? undefined : ms);
  }

  async waitAsync(seen: number, ms: number): Promise<void> {
    if (ms <= 0) return;
    // A timer as well: a pending waitAsync alone does not keep Node's event loop (and so a worker) alive.
    const limit = Math.min(ms, 1000);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sleep = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, limit);
    });
    const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
    if (this.shared && waitAsync) {
      const wait = waitAsync(this.word, this.index, seen, limit);
      if (!wait.async) {
        clearTimeout(timer);
        return;
      }
      await Promise.race([wait.value, sleep]);
    } else {
      await sleep;
    }
    clearTimeout(timer);
  }

  signal(): void {
    Atomics.add(this.word, this.index, 1);
    if (this.shared) Atomics.notify(this.word, this.index);
  }
}
