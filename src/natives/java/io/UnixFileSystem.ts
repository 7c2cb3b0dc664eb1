// java.io.UnixFileSystem natives over the Host's file queries.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JValue, FieldBag } from '../../../runtime/object.js';
import { jsStr } from '../../util.js';
import { normalizePath, resolvePath } from '../../../host/path.js';

const BA_EXISTS = 0x01;
const BA_REGULAR = 0x02;
const BA_DIRECTORY = 0x04;

function filePath(t: JavaThread, file: JValue): string {
  return jsStr(t, (file as unknown as FieldBag)['path@java/io/File'])!;
}

function absolute(t: JavaThread, p: string): string {
  return resolvePath(t.vm.host.cwd(), p);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/io/UnixFileSystem', {
    'initIDs()V': () => undefined,
    'canonicalize0(Ljava/lang/String;)Ljava/lang/String;': (t, a) => {
      const p = absolute(t, jsStr(t, a[1])!);
      // Like realpath(3) on the longest existing prefix, then the rest normalized.
      const real = t.vm.host.realPath(p);
      return t.vm.newString(real ?? normalizePath(p));
    },
    'getBooleanAttributes0(Ljava/io/File;)I': (t, a) => {
      const st = t.vm.host.stat(absolute(t, filePath(t, a[1])));
      if (!st) return 0;
      return BA_EXISTS | (st.isFile ? BA_REGULAR : 0) | (st.isDirectory ? BA_DIRECTORY : 0);
    },
    'getLength(Ljava/io/File;)J': (t, a) => {
      const st = t.vm.host.stat(absolute(t, filePath(t, a[1])));
      return BigInt(st ? st.size : 0);
    },
    'getLastModifiedTime(Ljava/io/File;)J': (t, a) => {
      const st = t.vm.host.stat(absolute(t, filePath(t, a[1])));
      return BigInt(st ? Math.floor(st.mtimeMs) : 0);
    },
    'checkAccess(Ljava/io/File;I)Z': (t, a) => (t.vm.host.stat(absolute(t, filePath(t, a[1]))) ? 1 : 0),
    'list(Ljava/io/File;)[Ljava/lang/String;': (t, a) => {
      const names = t.vm.host.readDir(absolute(t, filePath(t, a[1])));
      if (!names) return null;
      const vm = t.vm;
      const arr = vm.newArray(vm.arrayOf(vm.stringClass), names.length) as JValue[];
      names.forEach((n, i) => (arr[i] = vm.newString(n)));
      return arr as unknown as JValue;
    },
  });
}
