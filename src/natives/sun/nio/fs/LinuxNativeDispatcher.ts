// sun.nio.fs.LinuxNativeDispatcher natives (LinuxNativeDispatcher.c): the mount table through the
// setmntent/getmntent/endmntent interface, read from the host file system (/proc/mounts, /etc/mtab).
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import { argLongNumber, byteArray } from '../../../util.js';
import { HostError } from '../../../../host/host.js';
import { cString, throwUnixException, utf8Bytes } from '../../../java/io/ioSupport.js';

const ENTRY = 'sun/nio/fs/UnixMountEntry';

/** An open mount table: its entries (name, dir, type, options) and the next to hand out. */
class MountTable {
  next = 0;
  constructor(readonly entries: string[][]) {}
}

/** getmntent's field decoding: \\ooo octal escapes (\\040 is a space). */
function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
}

function readText(t: JavaThread, path: string): string {
  const files = t.vm.files;
  const fd = files.open(path, 0, 0);
  try {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const buf = new Uint8Array(65536);
      const n = files.read(fd, buf);
      if (n <= 0) break;
      chunks.push(buf.subarray(0, n));
    }
    const all = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return new TextDecoder().decode(all);
  } finally {
    files.close(fd);
  }
}

function parseMounts(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const fields = trimmed.split(/[ \t]+/);
    if (fields.length < 4) continue;
    out.push(fields.slice(0, 4).map(unescape));
  }
  return out;
}

function table(t: JavaThread, handle: number): MountTable {
  const tab = t.vm.files.handle(handle);
  if (!(tab instanceof MountTable)) throwUnixException(t, new HostError('EBADF'));
  return tab;
}

export function register(reg: NativeRegistry): void {
  reg.addAll('sun/nio/fs/LinuxNativeDispatcher', {
    'init()V': () => undefined,
    'setmntent0(JJ)J': (t, a) => {
      let text: string;
      try {
        text = readText(t, cString(t, argLongNumber(a, 0)));
      } catch (e) {
        throwUnixException(t, e);
      }
      return BigInt(t.vm.files.addHandle(new MountTable(parseMounts(text))));
    },
    'getmntent0(JLsun/nio/fs/UnixMountEntry;JI)I': (t, a) => {
      const tab = table(t, argLongNumber(a, 0));
      if (tab.next >= tab.entries.length) return -1;
      const [name, dir, type, opts] = tab.entries[tab.next++];
      const entry = a[2] as unknown as Record<string, unknown>;
      entry[`name@${ENTRY}`] = byteArray(t, utf8Bytes(name));
      entry[`dir@${ENTRY}`] = byteArray(t, utf8Bytes(dir));
      entry[`fstype@${ENTRY}`] = byteArray(t, utf8Bytes(type));
      entry[`opts@${ENTRY}`] = byteArray(t, utf8Bytes(opts));
      return 0;
    },
    'endmntent(J)V': (t, a) => t.vm.files.removeHandle(argLongNumber(a, 0)),
  });
}
