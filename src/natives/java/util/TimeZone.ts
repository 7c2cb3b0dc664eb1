// java.util.TimeZone natives (TimeZone.c, TimeZone_md.c for Linux): the platform's zone id from TZ, the
// /etc/localtime symbolic link, or the zoneinfo file with the same contents; else a GMT offset id.
import type { NativeRegistry } from '../../registry.js';
import { HostError, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, type HostFileSystem } from '../../../host/host.js';

const ZONEINFO_DIR = '/usr/share/zoneinfo';
const DEFAULT_ZONEINFO_FILE = '/etc/localtime';
const POPULAR_ZONES = ['UTC', 'GMT'];

function readAll(fs: HostFileSystem, path: string, size: number): Uint8Array | null {
  try {
    const fd = fs.open(path, 0, 0);
    try {
      const buf = new Uint8Array(size);
      let done = 0;
      while (done < size) {
        const n = fs.read(fd, buf.subarray(done), null);
        if (n <= 0) break;
        done += n;
      }
      return done === size ? buf : null;
    } finally {
      fs.close(fd);
    }
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
}

/** The part after "zoneinfo/", or null. */
function zoneName(path: string): string | null {
  const i = path.indexOf('zoneinfo/');
  return i < 0 ? null : path.slice(i + 'zoneinfo/'.length);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isFileIdentical(fs: HostFileSystem, buf: Uint8Array, path: string): string | null {
  let st;
  try {
    st = fs.stat(path);
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
  const type = st.mode & S_IFMT;
  if (type === S_IFDIR) return findZoneinfoFile(fs, buf, path);
  if (type !== S_IFREG || st.size !== buf.length) return null;
  const data = readAll(fs, path, buf.length);
  return data !== null && sameBytes(buf, data) ? zoneName(path) : null;
}

function findZoneinfoFile(fs: HostFileSystem, buf: Uint8Array, dir: string): string | null {
  if (dir === ZONEINFO_DIR) {
    for (const z of POPULAR_ZONES) {
      const tz = isFileIdentical(fs, buf, `${dir}/${z}`);
      if (tz !== null) return tz;
    }
  }
  let names: string[] = [];
  try {
    const d = fs.opendir(dir);
    try {
      for (let n = d.read(); n !== null; n = d.read()) names.push(n);
    } finally {
      d.close();
    }
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
  names = names.filter((n) => !n.startsWith('.') && n !== 'ROC' && n !== 'posixrules' && n !== 'localtime');
  for (const n of names) {
    const tz = isFileIdentical(fs, buf, `${dir}/${n}`);
    if (tz !== null) return tz;
  }
  return null;
}

function platformTimeZoneId(fs: HostFileSystem): string | null {
  let st;
  try {
    st = fs.lstat(DEFAULT_ZONEINFO_FILE);
    if ((st.mode & S_IFMT) === S_IFLNK) {
      const tz = zoneName(fs.readlink(DEFAULT_ZONEINFO_FILE));
      if (tz !== null) return tz;
    }
    st = fs.stat(DEFAULT_ZONEINFO_FILE);
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
  const buf = readAll(fs, DEFAULT_ZONEINFO_FILE, st.size);
  return buf === null ? null : findZoneinfoFile(fs, buf, ZONEINFO_DIR);
}

/** findJavaTZ_md. */
export function systemTimeZoneId(fs: HostFileSystem, env: Record<string, string>): string | null {
  let tz: string | null = env.TZ ?? '';
  if (tz === '') tz = platformTimeZoneId(fs);
  if (tz === null) return null;
  if (tz.startsWith(':')) tz = tz.slice(1);
  if (tz.startsWith('posix/')) tz = tz.slice(6);
  return tz;
}

/** getGMTOffsetID: "GMT" or "GMT±hh:mm" for the host's current offset. */
export function gmtOffsetId(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `GMT${sign}${hh}:${mm}`;
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/util/TimeZone', {
    'getSystemTimeZoneID(Ljava/lang/String;)Ljava/lang/String;': (t) => {
      const id = systemTimeZoneId(t.vm.files.fs, t.vm.host.env());
      return id === null ? null : t.vm.newString(id);
    },
    'getSystemGMTOffsetID()Ljava/lang/String;': (t) =>
      t.vm.newString(gmtOffsetId(-new Date().getTimezoneOffset())),
  });
}
