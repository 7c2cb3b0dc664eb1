// HostProcess on Node.js: ids from `process`, names from the passwd and group databases (the files, as
// glibc's default "files" NSS source reads them).
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { HostProcess } from '../host.js';

interface Entry {
  name: string;
  id: number;
  /** passwd's home directory field ('' for groups). */
  home: string;
}

function readDb(path: string): Entry[] {
  try {
    return fs
      .readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(':'))
      .filter((f) => f.length >= 3 && /^\d+$/.test(f[2]))
      .map((f) => ({ name: f[0], id: Number(f[2]), home: f[5] ?? '' }));
  } catch {
    return [];
  }
}

export class NodeProcess implements HostProcess {
  private passwd: Entry[] | null = null;
  private groups: Entry[] | null = null;

  get pid(): number {
    return process.pid;
  }
  get uid(): number {
    return process.getuid?.() ?? 0;
  }
  get gid(): number {
    return process.getgid?.() ?? 0;
  }
  get euid(): number {
    return process.geteuid?.() ?? 0;
  }
  get egid(): number {
    return process.getegid?.() ?? 0;
  }
  get cpus(): number {
    return os.availableParallelism();
  }

  private users(): Entry[] {
    return (this.passwd ??= readDb('/etc/passwd'));
  }

  private groupDb(): Entry[] {
    return (this.groups ??= readDb('/etc/group'));
  }

  userName(uid: number): string | null {
    const e = this.users().find((u) => u.id === uid);
    if (e) return e.name;
    if (uid === this.uid) {
      try {
        return os.userInfo().username;
      } catch {
        return null;
      }
    }
    return null;
  }

  userHome(uid: number): string | null {
    const e = this.users().find((u) => u.id === uid);
    if (e) return e.home;
    if (uid === this.uid) {
      try {
        return os.userInfo().homedir;
      } catch {
        return null;
      }
    }
    return null;
  }

  groupName(gid: number): string | null {
    return this.groupDb().find((g) => g.id === gid)?.name ?? null;
  }

  userId(name: string): number | null {
    return this.users().find((u) => u.name === name)?.id ?? null;
  }

  groupId(name: string): number | null {
    return this.groupDb().find((g) => g.name === name)?.id ?? null;
  }
}
