// java.util.zip.Inflater natives (Inflater.c over zlib's inflate), on fflate's streaming Inflate.
//
// zlib decompresses into the caller's buffer and stops when it is full; fflate decompresses everything it
// is given. So each stream keeps the output fflate produced beyond the caller's buffer and hands it out
// first. The zlib wrapper (header, preset dictionary id, Adler-32 trailer) is parsed here, so input
// consumption is exact: after the end of the deflate data, getRemaining() counts the bytes that follow
// it, which GZIPInputStream and ZipInputStream rely on.
import { Inflate } from 'fflate/browser';
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JArray, JValue } from '../../../../runtime/object.js';
import { argLongNumber, bytesOf } from '../../../util.js';
import { nativeBytes, setIntField } from '../../io/ioSupport.js';
import { adler32 } from './checksums.js';

const enum Phase {
  Header,
  DictId,
  NeedDict,
  Data,
  Trailer,
  Done,
}

/** The parts of fflate's Inflate this file reads: its state (final block seen, bit position) and pending input. */
interface InflateInternals {
  s: { f?: number; l?: unknown; p?: number };
  p: Uint8Array;
}

/** zlib's messages for fflate's error codes. */
const FFLATE_MESSAGES: Record<number, string> = {
  0: 'unexpected end of file',
  1: 'invalid block type',
  2: 'invalid literal/length code',
  3: 'invalid distance too far back',
};

export class InflateStream {
  private phase: Phase;
  private inflater!: Inflate;
  private readonly pending: Uint8Array[] = [];
  private pendingOffset = 0;
  /** Bytes of the zlib header, dictionary id or trailer collected so far. */
  private wrapper: number[] = [];
  /** Adler-32 of the output handed out (zlib's strm->adler). */
  adler: number;
  private dictId = 0;

  constructor(readonly nowrap: boolean) {
    this.phase = nowrap ? Phase.Data : Phase.Header;
    this.adler = nowrap ? 0 : 1;
    this.start();
  }

  private start(dictionary?: Uint8Array): void {
    this.inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk) => {
      if (chunk.length > 0) this.pending.push(chunk);
    });
  }

  get needsDictionary(): boolean {
    return this.phase === Phase.NeedDict;
  }

  /** inflateSetDictionary; false when the dictionary does not match the stream's dictionary id. */
  setDictionary(dict: Uint8Array): boolean {
    if (this.phase === Phase.NeedDict) {
      if (adler32(1, dict) >>> 0 !== this.dictId >>> 0) return false;
      this.phase = Phase.Data;
      this.adler = 1;
    }
    this.start(dict.slice());
    return true;
  }

  /** Copies pending output into `out`; returns how many bytes. */
  private drain(out: Uint8Array): number {
    let n = 0;
    while (n < out.length && this.pending.length > 0) {
      const chunk = this.pending[0];
      const k = Math.min(out.length - n, chunk.length - this.pendingOffset);
      const part = chunk.subarray(this.pendingOffset, this.pendingOffset + k);
      out.set(part, n);
      if (!this.nowrap) this.adler = adler32(this.adler, part);
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
   * One inflate call: consumes from `input`, fills `output`. Returns [read, written, finished, needDict];
   * throws a ZlibError for corrupt data (with the counts so far).
   */
  inflate(input: Uint8Array, output: Uint8Array): [number, number, boolean, boolean] {
    let read = 0;
    let written = 0;
    const take = (n: number): void => {
      while (this.wrapper.length < n && read < input.length) this.wrapper.push(input[read++]);
    };
    for (;;) {
      written += this.drain(output.subarray(written));
      if (this.pending.length > 0) break;
      if (this.phase === Phase.Header) {
        take(2);
        if (this.wrapper.length < 2) break;
        const [cmf, flg] = this.wrapper;
        this.wrapper = [];
        if (((cmf << 8) | flg) % 31 !== 0) throw new ZlibError('incorrect header check', read, written);
        if ((cmf & 0x0f) !== 8) throw new ZlibError('unknown compression method', read, written);
        if ((cmf >> 4) + 8 > 15) throw new ZlibError('invalid window size', read, written);
        this.phase = flg & 0x20 ? Phase.DictId : Phase.Data;
      } else if (this.phase === Phase.DictId) {
        take(4);
        if (this.wrapper.length < 4) break;
        const w = this.wrapper;
        this.dictId = (w[0] << 24) | (w[1] << 16) | (w[2] << 8) | w[3] | 0;
        this.adler = this.dictId;
        this.wrapper = [];
        this.phase = Phase.NeedDict;
      } else if (this.phase === Phase.NeedDict) {
        return [read, written, false, true];
      } else if (this.phase === Phase.Data) {
        if (read >= input.length) break;
        const chunk = input.slice(read);
        try {
          this.inflater.push(chunk, false);
        } catch (e) {
          const code = (e as { code?: number }).code ?? -1;
          throw new ZlibError(FFLATE_MESSAGES[code] ?? 'invalid stored block lengths', input.length, written);
        }
        read = input.length;
        const st = this.inflater as unknown as InflateInternals;
        if (st.s.f && !st.s.l) {
          // The last block ended: what fflate holds beyond it was never part of the stream.
          const unused = st.p.length - ((st.s.p ?? 0) % 8 > 0 ? 1 : 0);
          read = Math.max(0, read - Math.max(0, unused));
          this.phase = this.nowrap ? Phase.Done : Phase.Trailer;
        }
      } else if (this.phase === Phase.Trailer) {
        take(4);
        if (this.wrapper.length < 4) break;
        const w = this.wrapper;
        const check = (w[0] << 24) | (w[1] << 16) | (w[2] << 8) | w[3] | 0;
        this.wrapper = [];
        if (check !== this.adler) throw new ZlibError('incorrect data check', read, written);
        this.phase = Phase.Done;
      } else {
        return [read, written, true, false];
      }
    }
    return [read, written, false, false];
  }
}

export class ZlibError extends Error {
  constructor(
    message: string,
    readonly read: number,
    readonly written: number,
  ) {
    super(message);
  }
}

function stream(t: JavaThread, addr: number): InflateStream {
  const s = t.vm.files.handle(addr);
  if (!(s instanceof InflateStream)) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
  return s;
}

/** Inflater.c checkInflateStatus: the packed long, or DataFormatException with the consumed counts set. */
function run(t: JavaThread, self: JValue, addr: number, input: Uint8Array, output: Uint8Array): bigint {
  let r: [number, number, boolean, boolean];
  try {
    r = stream(t, addr).inflate(input, output);
  } catch (e) {
    if (!(e instanceof ZlibError)) throw e;
    setIntField(self, 'java/util/zip/Inflater', 'inputConsumed', e.read);
    setIntField(self, 'java/util/zip/Inflater', 'outputConsumed', e.written);
    throw t.vm.newThrowable(t, 'java/util/zip/DataFormatException', e.message);
  }
  const [read, written, finished, needDict] = r;
  return (
    BigInt(read) |
    (BigInt(written) << 31n) |
    (BigInt(finished ? 1 : 0) << 62n) |
    (BigInt(needDict ? 1 : 0) << 63n)
  );
}

function arrayRange(arr: JValue, off: number, len: number): Uint8Array {
  return bytesOf(arr as JArray).subarray(off, off + len);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/util/zip/Inflater', {
    'initIDs()V': () => undefined,
    'init(Z)J': (t, a) => BigInt(t.vm.files.addHandle(new InflateStream(a[0] !== 0))),
    'setDictionary(J[BII)V': (t, a) => {
      if (!stream(t, argLongNumber(a, 0)).setDictionary(arrayRange(a[2], a[3] as number, a[4] as number))) {
        throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', null);
      }
    },
    'setDictionaryBuffer(JJI)V': (t, a) => {
      if (
        !stream(t, argLongNumber(a, 0)).setDictionary(nativeBytes(t, argLongNumber(a, 2), a[4] as number))
      ) {
        throw t.vm.newThrowable(t, 'java/lang/IllegalArgumentException', null);
      }
    },
    'inflateBytesBytes(J[BII[BII)J': (t, a) =>
      run(
        t,
        a[0],
        argLongNumber(a, 1),
        arrayRange(a[3], a[4] as number, a[5] as number),
        arrayRange(a[6], a[7] as number, a[8] as number),
      ),
    'inflateBytesBuffer(J[BIIJI)J': (t, a) =>
      run(
        t,
        a[0],
        argLongNumber(a, 1),
        arrayRange(a[3], a[4] as number, a[5] as number),
        nativeBytes(t, argLongNumber(a, 6), a[8] as number),
      ),
    'inflateBufferBytes(JJI[BII)J': (t, a) =>
      run(
        t,
        a[0],
        argLongNumber(a, 1),
        nativeBytes(t, argLongNumber(a, 3), a[5] as number),
        arrayRange(a[6], a[7] as number, a[8] as number),
      ),
    'inflateBufferBuffer(JJIJI)J': (t, a) =>
      run(
        t,
        a[0],
        argLongNumber(a, 1),
        nativeBytes(t, argLongNumber(a, 3), a[5] as number),
        nativeBytes(t, argLongNumber(a, 6), a[8] as number),
      ),
    'getAdler(J)I': (t, a) => stream(t, argLongNumber(a, 0)).adler,
    'reset(J)V': (t, a) => {
      const id = argLongNumber(a, 0);
      // Same handle, fresh stream: Java keeps the address.
      t.vm.files.setHandle(id, new InflateStream(stream(t, id).nowrap));
    },
    'end(J)V': (t, a) => t.vm.files.removeHandle(argLongNumber(a, 0)),
  });
}
