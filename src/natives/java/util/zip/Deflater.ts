// java.util.zip.Deflater natives (Deflater.c over zlib's deflate), on fflate's streaming Deflate. The
// zlib wrapper (header with zlib's level flags and preset dictionary id, Adler-32 trailer) is written
// here. Compressed bytes differ from zlib's, as any two deflate implementations may; they decompress to
// the same data.
import { Deflate } from 'fflate/browser';
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JArray, JValue } from '../../../../runtime/object.js';
import { argLongNumber, bytesOf } from '../../../util.js';
import { nativeBytes } from '../../io/ioSupport.js';
import { adler32 } from './checksums.js';

// Deflater flush modes.
const SYNC_FLUSH = 2;
const FULL_FLUSH = 3;
const FINISH = 4;
const HUFFMAN_ONLY = 2;

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export class DeflateStream {
  private deflater!: Deflate;
  private readonly pending: Uint8Array[] = [];
  private pendingOffset = 0;
  private started = false;
  private headerWritten = false;
  private unflushed = false;
  private finishing = false;
  private dictionary: Uint8Array | null = null;
  /** Adler-32 of the input consumed (zlib's strm->adler); 1 for raw streams, as zlib leaves it. */
  adler = 1;

  constructor(
    private level: number,
    private strategy: number,
    readonly nowrap: boolean,
  ) {
    this.create();
  }

  private effectiveLevel(): Level {
    return (this.level < 0 ? 6 : Math.min(9, this.level)) as Level;
  }

  private create(): void {
    const level = this.effectiveLevel();
    const opts: { level: Level; dictionary?: Uint8Array } = { level };
    if (this.dictionary) opts.dictionary = this.dictionary;
    this.deflater = new Deflate(opts, (chunk) => {
      if (chunk.length > 0) this.pending.push(chunk.slice());
    });
  }

  /** deflateParams: applies before any input; later changes keep the current level (the output stays valid). */
  setParams(level: number, strategy: number): void {
    this.level = level;
    this.strategy = strategy;
    if (!this.started) this.create();
  }

  setDictionary(dict: Uint8Array): void {
    this.dictionary = dict.slice();
    if (!this.nowrap) this.adler = adler32(1, dict);
    if (!this.started) this.create();
  }

  /** deflateReset: a new stream with the same level, strategy and wrapping. */
  fresh(): DeflateStream {
    return new DeflateStream(this.level, this.strategy, this.nowrap);
  }

  /** zlib's two-byte header: deflate, 32K window, level flags, preset-dictionary flag, check bits. */
  private header(): Uint8Array {
    const level = this.level < 0 ? 6 : this.level;
    const flags = this.strategy >= HUFFMAN_ONLY || level < 2 ? 0 : level < 6 ? 1 : level === 6 ? 2 : 3;
    let h = ((8 + (7 << 4)) << 8) | (flags << 6);
    if (this.dictionary) h |= 0x20;
    h += 31 - (h % 31);
    const out = [h >> 8, h & 0xff];
    if (this.dictionary) {
      const id = this.adler >>> 0;
      out.push(id >>> 24, (id >>> 16) & 0xff, (id >>> 8) & 0xff, id & 0xff);
      this.adler = 1;
    }
    return new Uint8Array(out);
  }

  private drain(out: Uint8Array): number {
    let n = 0;
    while (n < out.length && this.pending.length > 0) {
      const chunk = this.pending[0];
      const k = Math.min(out.length - n, chunk.length - this.pendingOffset);
      out.set(chunk.subarray(this.pendingOffset, this.pendingOffset + k), n);
      n += k;
      this.pendingOffset += k;
      if (this.pendingOffset === chunk.length) {
        this.pending.shift();
        this.pendingOffset = 0;
      }
    }
    return n;
  }

  /**
   * Z_SYNC_FLUSH: everything so far as complete blocks, then an empty stored block that ends on a byte
   * boundary. fflate's own flush(true) mistakes its packed bit state for a bit position (0.8.x), so the
   * empty block is written here from that state: the pending partial byte and its bit count.
   */
  private syncFlush(): void {
    this.deflater.flush(false);
    const st = (this.deflater as unknown as { s: { r?: number } }).s;
    const r = st.r ?? 0;
    const bit = r & 7;
    const out = new Uint8Array(6);
    out[0] = r >> 3;
    // Three zero header bits (not final, stored) at `bit`, then LEN=0 and NLEN=0xffff from the next byte.
    const at = Math.ceil((bit + 3) / 8);
    out[at + 2] = 0xff;
    out[at + 3] = 0xff;
    st.r = 0;
    this.pending.push(out.subarray(0, at + 4));
  }

  /** One deflate call: returns [read, written, finished]. */
  deflate(input: Uint8Array, output: Uint8Array, flush: number): [number, number, boolean] {
    let read = 0;
    if (!this.headerWritten) {
      this.headerWritten = true;
      if (!this.nowrap) this.pending.push(this.header());
    }
    if (!this.finishing && input.length > 0) {
      const copy = input.slice();
      this.deflater.push(copy, false);
      this.started = true;
      this.unflushed = true;
      if (!this.nowrap) this.adler = adler32(this.adler, copy);
      read = input.length;
    }
    if (!this.finishing && (flush === SYNC_FLUSH || flush === FULL_FLUSH) && this.unflushed) {
      this.syncFlush();
      this.unflushed = false;
    }
    if (!this.finishing && flush === FINISH) {
      this.finishing = true;
      this.deflater.push(new Uint8Array(0), true);
      if (!this.nowrap) {
        const a = this.adler >>> 0;
        this.pending.push(new Uint8Array([a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff]));
      }
    }
    const written = this.drain(output);
    return [read, written, this.finishing && this.pending.length === 0];
  }
}

function stream(t: JavaThread, addr: number): DeflateStream {
  const s = t.vm.files.handle(addr);
  if (!(s instanceof DeflateStream)) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  return s;
}

/** Deflater.c: applies new parameters (bit 0 set: strategy in bits 1–2, level from bit 3), deflates, packs. */
function run(
  t: JavaThread,
  addr: number,
  input: Uint8Array,
  output: Uint8Array,
  flush: number,
  params: number,
): bigint {
  const s = stream(t, addr);
  if (params & 1) s.setParams(params >> 3, (params >> 1) & 3);
  const [read, written, finished] = s.deflate(input, output, flush);
  return BigInt(read) | (BigInt(written) << 31n) | (BigInt(finished ? 1 : 0) << 62n);
}

function arrayRange(arr: JValue, off: number, len: number): Uint8Array {
  return bytesOf(arr as JArray).subarray(off, off + len);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/util/zip/Deflater', {
    'init(IIZ)J': (t, a) =>
      BigInt(t.vm.files.addHandle(new DeflateStream(a[0] as number, a[1] as number, a[2] !== 0))),
    'setDictionary(J[BII)V': (t, a) =>
      stream(t, argLongNumber(a, 0)).setDictionary(arrayRange(a[2], a[3] as number, a[4] as number)),
    'setDictionaryBuffer(JJI)V': (t, a) =>
      stream(t, argLongNumber(a, 0)).setDictionary(nativeBytes(t, argLongNumber(a, 2), a[4] as number)),
    'deflateBytesBytes(J[BII[BIIII)J': (t, a) =>
      run(
        t,
        argLongNumber(a, 1),
        arrayRange(a[3], a[4] as number, a[5] as number),
        arrayRange(a[6], a[7] as number, a[8] as number),
        a[9] as number,
        a[10] as number,
      ),
    'deflateBytesBuffer(J[BIIJIII)J': (t, a) =>
      run(
        t,
        argLongNumber(a, 1),
        arrayRange(a[3], a[4] as number, a[5] as number),
        nativeBytes(t, argLongNumber(a, 6), a[8] as number),
        a[9] as number,
        a[10] as number,
      ),
    'deflateBufferBytes(JJI[BIIII)J': (t, a) =>
      run(
        t,
        argLongNumber(a, 1),
        nativeBytes(t, argLongNumber(a, 3), a[5] as number),
        arrayRange(a[6], a[7] as number, a[8] as number),
        a[9] as number,
        a[10] as number,
      ),
    'deflateBufferBuffer(JJIJIII)J': (t, a) =>
      run(
        t,
        argLongNumber(a, 1),
        nativeBytes(t, argLongNumber(a, 3), a[5] as number),
        nativeBytes(t, argLongNumber(a, 6), a[8] as number),
        a[9] as number,
        a[10] as number,
      ),
    'getAdler(J)I': (t, a) => stream(t, argLongNumber(a, 0)).adler,
    'reset(J)V': (t, a) => {
      const id = argLongNumber(a, 0);
      const old = stream(t, id);
      t.vm.files.setHandle(id, old.fresh());
    },
    'end(J)V': (t, a) => t.vm.files.removeHandle(argLongNumber(a, 0)),
  });
}
