// sun.nio.fs.UnixCopyFile.transfer: copies the rest of one descriptor into another (UnixCopyFile.c).
import type { NativeRegistry } from '../../../registry.js';
import { throwUnixException } from '../../../java/io/ioSupport.js';

export function register(reg: NativeRegistry): void {
  reg.add('sun/nio/fs/UnixCopyFile', 'transfer(IIJ)V', (t, a) => {
    const dst = a[0] as number;
    const src = a[1] as number;
    const files = t.vm.files;
    const buf = new Uint8Array(65536);
    try {
      for (;;) {
        const n = files.read(src, buf);
        if (n <= 0) break;
        files.write(dst, buf.subarray(0, n));
      }
    } catch (e) {
      throwUnixException(t, e);
    }
  });
}
