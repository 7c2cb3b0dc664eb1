// A Host whose files live in memory (the browser host's file system, and a hermetic host for tests).
// Class path lookups and Java file I/O both see the same MemoryFileSystem.
import {
  HostError,
  S_IFDIR,
  S_IFMT,
  S_IFREG,
  type Host,
  type HostFile,
  type HostProcess,
  type HostStat,
} from '../host.js';
import { MemoryFileSystem } from './memoryFs.js';
import { resolvePath } from '../path.js';

export interface MemoryHostOptions {
  cwd?: string;
  env?: Record<string, string>;
  uid?: number;
  gid?: number;
  userName?: string;
}

function absentAsNull<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
}

export class MemoryHost implements Host {
  readonly fs: MemoryFileSystem;
  readonly process: HostProcess;
  private dir: string;
  private readonly environment: Record<string, string>;

  constructor(options: MemoryHostOptions = {}) {
    this.dir = options.cwd ?? '/';
    this.environment = { ...(options.env ?? {}) };
    const uid = options.uid ?? 1000;
    const gid = options.gid ?? 1000;
    const user = options.userName ?? 'user';
    this.fs = new MemoryFileSystem({ uid, gid, cwd: () => this.dir });
    this.fs.mkdirs(this.dir);
    this.process = {
      pid: 1,
      uid,
      gid,
      euid: uid,
      egid: gid,
      cpus: 1,
      userName: (u) => (u === uid ? user : u === 0 ? 'root' : null),
      userHome: (u) => (u === uid ? (this.environment.HOME ?? '/') : u === 0 ? '/root' : null),
      groupName: (g) => (g === gid ? user : g === 0 ? 'root' : null),
      userId: (n) => (n === user ? uid : n === 'root' ? 0 : null),
      groupId: (n) => (n === user ? gid : n === 'root' ? 0 : null),
    };
  }

  /** Changes the current directory (which must exist). */
  chdir(path: string): void {
    const abs = resolvePath(this.dir, path);
    const st = this.fs.stat(abs);
    if ((st.mode & S_IFMT) !== S_IFDIR) throw new HostError('ENOTDIR');
    this.dir = abs;
  }

  readFile(path: string): Uint8Array | null {
    return absentAsNull(() => {
      const st = this.fs.stat(path);
      if ((st.mode & S_IFMT) !== S_IFREG) return null;
      const out = new Uint8Array(st.size);
      const fd = this.fs.open(path, 0, 0);
      try {
        this.fs.read(fd, out, 0);
      } finally {
        this.fs.close(fd);
      }
      return out;
    });
  }

  stat(path: string): HostStat | null {
    return absentAsNull(() => {
      const st = this.fs.stat(path);
      const type = st.mode & S_IFMT;
      return {
        isDirectory: type === S_IFDIR,
        isFile: type === S_IFREG,
        size: st.size,
        mtimeMs: Number(st.mtimeNs / 1000000n),
      };
    });
  }

  readDir(path: string): string[] | null {
    return absentAsNull(() => {
      const dir = this.fs.opendir(path);
      const names: string[] = [];
      for (let n = dir.read(); n !== null; n = dir.read()) names.push(n);
      dir.close();
      return names;
    });
  }

  realPath(path: string): string | null {
    return absentAsNull(() => this.fs.realpath(path));
  }

  cwd(): string {
    return this.dir;
  }

  env(): Record<string, string> {
    return { ...this.environment };
  }

  openFile(path: string): HostFile | null {
    const bytes = this.readFile(path);
    if (bytes === null) return null;
    return {
      size: bytes.length,
      read: (position, length) => bytes.slice(position, Math.min(bytes.length, position + length)),
      close: () => undefined,
    };
  }
}
