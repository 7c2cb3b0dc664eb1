// java.util.zip.Adler32 natives (Adler32.c over zlib's adler32).
import type { NativeRegistry } from '../../../registry.js';
import { argLongNumber, bytesOf } from '../../../util.js';
import type { JArray } from '../../../../runtime/object.js';
import { nativeBytes } from '../../io/ioSupport.js';
import { adler32 } from './checksums.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/util/zip/Adler32', {
    'update(II)I': (_t, a) => adler32(a[0] as number, new Uint8Array([(a[1] as number) & 0xff])),
    'updateBytes(I[BII)I': (_t, a) => {
      const off = a[2] as number;
      return adler32(a[0] as number, bytesOf(a[1] as JArray).subarray(off, off + (a[3] as number)));
    },
    'updateByteBuffer(IJII)I': (t, a) =>
      adler32(a[0] as number, nativeBytes(t, argLongNumber(a, 1) + (a[3] as number), a[4] as number)),
  });
}
