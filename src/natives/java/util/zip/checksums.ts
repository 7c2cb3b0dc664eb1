// CRC-32 (IEEE 802.3, as zlib's crc32) and Adler-32 over byte ranges.

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** zlib crc32(crc, bytes): continues a CRC-32 (the int a Java CRC32 holds). */
export function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c | 0;
}

const ADLER_BASE = 65521;
/** Bytes that can be summed before the 32-bit sums must be reduced (zlib's NMAX). */
const ADLER_NMAX = 5552;

/** zlib adler32(adler, bytes). */
export function adler32(adler: number, bytes: Uint8Array): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = 0;
  while (i < bytes.length) {
    const end = Math.min(bytes.length, i + ADLER_NMAX);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return (b << 16) | a | 0;
}
