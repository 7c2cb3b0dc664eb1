// The Host on Node.js, over synchronous node:fs (the VM's class loading is synchronous: a class is needed
// in the middle of executing an instruction).

import * as fs from 'node:fs';
import type { Host, HostFile, HostStat } from '../host.js';
import { NodeFileSystem } from './nodeFs.js';
import { NodeProcess } from './nodeProcess.js';
import { NodeNetwork } from './nodeNetwork.js';

/** Error codes that mean "there is no such file (of that kind)", reported as null rather than thrown. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP', 'ENAMETOOLONG']);

function isAbsent(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && ABSENT.has(String(e.code));
}

/**
 * A plain Uint8Array over the Buffer's memory: Buffer overrides slice() to return a view, which would
 * surprise code written against Uint8Array (where slice copies).
 */
function plain(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

class NodeHostFile implements HostFile {
  private fd: number | null;

  constructor(
    fd: number,
    readonly size: number,
    private readonly path: string,
  ) {
    this.fd = fd;
  }

  read(position: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error(`read from closed file ${this.path}`);
    const n = Math.max(0, Math.min(length, this.size - position));
    // Unpooled and not zero-filled: every byte is about to be overwritten.
    const out = plain(Buffer.allocUnsafeSlow(n));
    let done = 0;
    while (done < n) {
      const got = fs.readSync(this.fd, out, done, n - done, position + done);
      if (got === 0) return out.subarray(0, done); // the file shrank under us
      done += got;
    }
    return out;
  }

  close(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
  }
}

export class NodeHost implements Host {
  readonly fs = new NodeFileSystem();
  readonly process = new NodeProcess();
  readonly net = new NodeNetwork();

  readFile(path: string): Uint8Array | null {
    try {
      return plain(fs.readFileSync(path));
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  stat(path: string): HostStat | null {
    try {
      const s = fs.statSync(path);
      return { isDirectory: s.isDirectory(), isFile: s.isFile(), size: s.size, mtimeMs: s.mtimeMs };
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  readDir(path: string): string[] | null {
    try {
      return fs.readdirSync(path);
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  realPath(path: string): string | null {
    try {
      return fs.realpathSync.native(path);
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  cwd(): string {
    return process.cwd();
  }

  env(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  }

  openFile(path: string): HostFile | null {
    let fd: number;
    try {
      fd = fs.openSync(path, 'r');
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
    try {
      const s = fs.fstatSync(fd);
      if (!s.isFile()) {
        fs.closeSync(fd);
        return null;
      }
      return new NodeHostFile(fd, s.size, path);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }
}
