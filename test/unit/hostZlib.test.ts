// The zlib layer behind java.util.zip's natives: inflate with exact input accounting (bytes after the
// end of the stream stay unread) and bounded output, deflate readable by zlib, checksums.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { InflateStream, ZlibError } from '../../src/natives/java/util/zip/Inflater.js';
import { DeflateStream } from '../../src/natives/java/util/zip/Deflater.js';
import { adler32, crc32 } from '../../src/natives/java/util/zip/checksums.js';

const enc = new TextEncoder();

function sample(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = i % 3 === 0 ? x & 0xff : 'abcdefgh'.charCodeAt((x >> 8) & 7);
  }
  return out;
}

/** Inflates like Inflater.inflate in a loop: input in `inChunk` pieces, output `outChunk` at a time. */
function inflateAll(
  s: InflateStream,
  data: Uint8Array,
  inChunk: number,
  outChunk: number,
): { out: Uint8Array; remaining: number } {
  const parts: number[] = [];
  let pos = 0;
  let limit = Math.min(data.length, inChunk);
  for (let guard = 0; guard < 1e6; guard++) {
    const out = new Uint8Array(outChunk);
    const [read, written, finished] = s.inflate(data.subarray(pos, limit), out);
    pos += read;
    for (let i = 0; i < written; i++) parts.push(out[i]);
    if (finished) return { out: Uint8Array.from(parts), remaining: limit - pos + (data.length - limit) };
    if (pos === limit) {
      if (limit === data.length && written === 0) break;
      limit = Math.min(data.length, limit + inChunk);
    }
  }
  throw new Error('inflate did not finish');
}

test('inflate zlib and raw streams with small buffers; trailing bytes stay unread', () => {
  const text = sample(50000);
  const trailer = enc.encode('TRAILING');
  for (const [nowrap, compressed] of [
    [false, zlib.deflateSync(text)],
    [true, zlib.deflateRawSync(text)],
  ] as const) {
    const data = new Uint8Array([...compressed, ...trailer]);
    for (const [inChunk, outChunk] of [
      [1, 7],
      [13, 1000],
      [data.length, 64],
      [4096, 100000],
    ]) {
      const r = inflateAll(new InflateStream(nowrap), data, inChunk, outChunk);
      assert.deepEqual(r.out, text, `nowrap=${nowrap} in=${inChunk} out=${outChunk}`);
      assert.equal(r.remaining, trailer.length, `remaining nowrap=${nowrap} in=${inChunk} out=${outChunk}`);
    }
  }
});

test('inflate reports zlib errors and the Adler-32 of the output', () => {
  const s = new InflateStream(false);
  assert.throws(
    () => s.inflate(new Uint8Array([1, 2, 3]), new Uint8Array(10)),
    (e) => e instanceof ZlibError && e.message === 'incorrect header check',
  );
  const good = zlib.deflateSync(enc.encode('checked'));
  good[good.length - 1] ^= 0xff;
  assert.throws(
    () => inflateAll(new InflateStream(false), good, 100, 100),
    (e) => e instanceof ZlibError && e.message === 'incorrect data check',
  );
  const ok = new InflateStream(false);
  inflateAll(ok, zlib.deflateSync(enc.encode('checked')), 100, 100);
  assert.equal(ok.adler >>> 0, adler32(1, enc.encode('checked')) >>> 0);
});

test('inflate with a preset dictionary', () => {
  const dict = enc.encode('hello dictionary');
  const data = zlib.deflateSync(enc.encode('hello dictionary hello'), { dictionary: dict });
  const s = new InflateStream(false);
  const out = new Uint8Array(100);
  const [, written, finished, needDict] = s.inflate(data, out);
  assert.deepEqual([written, finished, needDict], [0, false, true]);
  assert.equal(s.adler >>> 0, adler32(1, dict) >>> 0);
  assert.equal(s.setDictionary(enc.encode('wrong')), false);
  assert.equal(s.setDictionary(dict), true);
  const r = inflateAll(s, data.subarray(6), 1000, 1000);
  assert.equal(new TextDecoder().decode(r.out), 'hello dictionary hello');
});

test('deflate output is read by zlib, for both wrappers, with sync flushes and small output buffers', () => {
  const text = sample(70000);
  for (const nowrap of [false, true]) {
    for (const level of [-1, 0, 1, 9]) {
      const d = new DeflateStream(level, 0, nowrap);
      const parts: number[] = [];
      const collect = (input: Uint8Array, flush: number): boolean => {
        for (;;) {
          const out = new Uint8Array(333);
          const [, written, finished] = d.deflate(input, out, flush);
          input = new Uint8Array(0);
          for (let i = 0; i < written; i++) parts.push(out[i]);
          if (finished) return true;
          if (written < out.length) return false;
        }
      };
      collect(text.subarray(0, 1000), 2);
      const flushed = Uint8Array.from(parts);
      const prefix = nowrap
        ? zlib.inflateRawSync(flushed, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
        : zlib.inflateSync(flushed, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      assert.deepEqual(new Uint8Array(prefix), text.subarray(0, 1000), `sync flush level ${level}`);
      collect(text.subarray(1000), 0);
      assert.equal(collect(new Uint8Array(0), 4), true);
      const all = Uint8Array.from(parts);
      const back = nowrap ? zlib.inflateRawSync(all) : zlib.inflateSync(all);
      assert.deepEqual(new Uint8Array(back), text, `nowrap=${nowrap} level=${level}`);
      if (!nowrap) assert.equal(d.adler >>> 0, adler32(1, text) >>> 0);
    }
  }
});

test('checksums match their standard check values', () => {
  assert.equal(crc32(0, enc.encode('123456789')) >>> 0, 0xcbf43926);
  assert.equal(crc32(crc32(0, enc.encode('12345')), enc.encode('6789')) >>> 0, 0xcbf43926);
  assert.equal(adler32(1, enc.encode('Wikipedia')) >>> 0, 0x11e60398);
  const big = sample(100000);
  assert.equal(adler32(1, big) >>> 0, adler32(adler32(1, big.subarray(0, 6000)), big.subarray(6000)) >>> 0);
});
