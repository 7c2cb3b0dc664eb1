// java.io.UnixFileSystem natives (UnixFileSystem_md.c, canonicalize_md.c) over the host file system.
// Paths are used as Java gives them: relative ones resolve against the host's current directory, as the
// kernel resolves them against the process's.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JValue, FieldBag } from '../../../runtime/object.js';
import { jsStr, refArray, argLong } from '../../util.js';
import {
  HostError,
  O_CREAT,
  O_EXCL,
  O_RDWR,
  R_OK,
  S_IFDIR,
  S_IFMT,
  S_IFREG,
  W_OK,
  X_OK,
  type HostFileSystem,
} from '../../../host/host.js';
import { throwIOWithLastError } from './ioSupport.js';

// java.io.FileSystem constants.
const BA_EXISTS = 0x01;
const BA_REGULAR = 0x02;
const BA_DIRECTORY = 0x04;
const ACCESS_READ = 0x04;
const ACCESS_WRITE = 0x02;
const ACCESS_EXECUTE = 0x01;
const SPACE_TOTAL = 0;
const SPACE_FREE = 1;
const SPACE_USABLE = 2;
const NAME_MAX = 255;

function filePath(t: JavaThread, file: JValue): string {
  return jsStr(t, (file as unknown as FieldBag)['path@java/io/File'])!;
}

/** Runs a host call, answering `fallback` when it fails with a host error (the natives return false/0). */
function orElse<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof HostError) return fallback;
    throw e;
  }
}

/** canonicalize_md.c collapse: removes "." and "name/.." names textually, keeping a leading '/'. */
export function collapse(path: string): string {
  const lead = path.startsWith('/');
  const body = lead ? path.slice(1) : path;
  const names = body.split('/');
  if (names.length > 0 && names[names.length - 1] === '' && body !== '') names.pop();
  if (body === '') return path;
  const hasDots = names.some((n) => n === '.' || n === '..');
  if (!hasDots || names.length < 2) return path;
  const keep: (string | null)[] = names.slice();
  for (let i = 0; i < keep.length; i++) {
    const n = keep[i];
    if (n === '.') keep[i] = null;
    else if (n === '..') {
      let j = i - 1;
      while (j >= 0 && keep[j] === null) j--;
      if (j < 0) continue;
      keep[j] = null;
      keep[i] = null;
    }
  }
  const joined = keep.filter((n): n is string => n !== null).join('/');
  return lead ? '/' + joined : joined;
}

/**
 * canonicalize_md.c JDK_Canonicalize: realpath(3) of the whole path, else of the longest prefix that
 * resolves (dropping names while the failure is ENOENT, ENOTDIR or EACCES) with the rest appended, then
 * "." and ".." collapsed.
 */
export function canonicalize(fs: HostFileSystem, orig: string): string {
  if (new TextEncoder().encode(orig).length > 4096) throw new HostError('ENAMETOOLONG');
  try {
    return collapse(fs.realpath(orig));
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
  }
  let p = orig.length;
  let resolved: string | null = null;
  while (p > 0) {
    p = orig.lastIndexOf('/', p - 1);
    if (p <= 0) {
      p = 0;
      break;
    }
    try {
      resolved = fs.realpath(orig.slice(0, p));
      break;
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'EACCES') continue;
      throw e;
    }
  }
  if (resolved === null) return collapse(orig);
  let rest = orig.slice(p);
  if (resolved.endsWith('/') && rest.startsWith('/')) rest = rest.slice(1);
  return collapse(resolved + rest);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/io/UnixFileSystem', {
    'initIDs()V': () => undefined,
    'canonicalize0(Ljava/lang/String;)Ljava/lang/String;': (t, a) => {
      try {
        return t.vm.newString(canonicalize(t.vm.files.fs, jsStr(t, a[1])!));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'getBooleanAttributes0(Ljava/io/File;)I': (t, a) => {
      const fs = t.vm.files.fs;
      return orElse(() => {
        const fmt = fs.stat(filePath(t, a[1])).mode & S_IFMT;
        return BA_EXISTS | (fmt === S_IFREG ? BA_REGULAR : 0) | (fmt === S_IFDIR ? BA_DIRECTORY : 0);
      }, 0);
    },
    'checkAccess(Ljava/io/File;I)Z': (t, a) => {
      const access = a[2] as number;
      const mode =
        access === ACCESS_READ ? R_OK : access === ACCESS_WRITE ? W_OK : access === ACCESS_EXECUTE ? X_OK : 0;
      const fs = t.vm.files.fs;
      return orElse(() => {
        fs.access(filePath(t, a[1]), mode);
        return 1;
      }, 0);
    },
    'setPermission(Ljava/io/File;IZZ)Z': (t, a) => {
      const access = a[2] as number;
      const enable = a[3] !== 0;
      const ownerOnly = a[4] !== 0;
      const bit = access === ACCESS_READ ? 0o4 : access === ACCESS_WRITE ? 0o2 : 0o1;
      const amode = ownerOnly ? bit << 6 : (bit << 6) | (bit << 3) | bit;
      const fs = t.vm.files.fs;
      const path = filePath(t, a[1]);
      return orElse(() => {
        const mode = fs.stat(path).mode;
        fs.chmod(path, (enable ? mode | amode : mode & ~amode) & 0o7777);
        return 1;
      }, 0);
    },
    'getLastModifiedTime(Ljava/io/File;)J': (t, a) => {
      const fs = t.vm.files.fs;
      return orElse(() => fs.stat(filePath(t, a[1])).mtimeNs / 1000000n, 0n);
    },
    'getLength(Ljava/io/File;)J': (t, a) => {
      const fs = t.vm.files.fs;
      return orElse(() => BigInt(fs.stat(filePath(t, a[1])).size), 0n);
    },
    'createFileExclusively(Ljava/lang/String;)Z': (t, a) => {
      const path = jsStr(t, a[1])!;
      // The root directory always exists.
      if (path === '/') return 0;
      const files = t.vm.files;
      let fd: number;
      try {
        fd = files.open(path, O_RDWR | O_CREAT | O_EXCL, 0o666);
      } catch (e) {
        if (e instanceof HostError && e.code === 'EEXIST') return 0;
        throwIOWithLastError(t, e);
      }
      try {
        files.close(fd);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
      return 1;
    },
    'delete0(Ljava/io/File;)Z': (t, a) => {
      // remove(3): unlink, and rmdir when that says it is a directory.
      const fs = t.vm.files.fs;
      const path = filePath(t, a[1]);
      return orElse(() => {
        try {
          fs.unlink(path);
        } catch (e) {
          if (!(e instanceof HostError && e.code === 'EISDIR')) throw e;
          fs.rmdir(path);
        }
        return 1;
      }, 0);
    },
    'list(Ljava/io/File;)[Ljava/lang/String;': (t, a) => {
      const fs = t.vm.files.fs;
      const names = orElse(() => {
        const dir = fs.opendir(filePath(t, a[1]));
        const out: string[] = [];
        try {
          for (let n = dir.read(); n !== null; n = dir.read()) if (n !== '.' && n !== '..') out.push(n);
        } finally {
          dir.close();
        }
        return out;
      }, null);
      if (names === null) return null;
      return refArray(
        t,
        'java/lang/String',
        names.map((n) => t.vm.newString(n)),
      );
    },
    'createDirectory(Ljava/io/File;)Z': (t, a) => {
      const fs = t.vm.files.fs;
      return orElse(() => {
        fs.mkdir(filePath(t, a[1]), 0o777);
        return 1;
      }, 0);
    },
    'rename0(Ljava/io/File;Ljava/io/File;)Z': (t, a) => {
      const fs = t.vm.files.fs;
      return orElse(() => {
        fs.rename(filePath(t, a[1]), filePath(t, a[2]));
        return 1;
      }, 0);
    },
    'setLastModifiedTime(Ljava/io/File;J)Z': (t, a) => {
      const fs = t.vm.files.fs;
      const path = filePath(t, a[1]);
      const ms = argLong(a, 2);
      return orElse(() => {
        // utimes(2) with microseconds: the access time is kept (truncated to microseconds).
        const atime = (fs.stat(path).atimeNs / 1000n) * 1000n;
        fs.utimes(path, atime, ms * 1000000n, true);
        return 1;
      }, 0);
    },
    'setReadOnly(Ljava/io/File;)Z': (t, a) => {
      const fs = t.vm.files.fs;
      const path = filePath(t, a[1]);
      return orElse(() => {
        fs.chmod(path, fs.stat(path).mode & 0o7777 & ~0o222);
        return 1;
      }, 0);
    },
    'getSpace(Ljava/io/File;I)J': (t, a) => {
      const fs = t.vm.files.fs;
      const kind = a[2] as number;
      return orElse(() => {
        const s = fs.statfs(filePath(t, a[1]));
        const blocks =
          kind === SPACE_TOTAL
            ? s.blocks
            : kind === SPACE_FREE
              ? s.bfree
              : kind === SPACE_USABLE
                ? s.bavail
                : 0;
        return BigInt(s.frsize) * BigInt(blocks);
      }, 0n);
    },
    'getNameMax0(Ljava/lang/String;)J': () => BigInt(NAME_MAX),
  });
}
