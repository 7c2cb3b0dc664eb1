// Random access to a file's bytes: positioned reads where the host offers them (so a big jar or the
// runtime image is not read whole), else the whole file read once.

import type { Host, HostFile } from '../host/host.js';
import { ClassPathError } from './errors.js';

export interface ByteSource {
  readonly size: number;
  /** A fresh copy of up to `length` bytes at `position` (shorter only at the end). */
  read(position: number, length: number): Uint8Array;
  close(): void;
}

class MemorySource implements ByteSource {
  constructor(private bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.length;
  }

  read(position: number, length: number): Uint8Array {
    return this.bytes.slice(position, position + length);
  }

  close(): void {
    this.bytes = new Uint8Array(0);
  }
}

class FileSource implements ByteSource {
  constructor(private readonly file: HostFile) {}

  get size(): number {
    return this.file.size;
  }

  read(position: number, length: number): Uint8Array {
    return this.file.read(position, length);
  }

  close(): void {
    this.file.close();
  }
}

export type SourceMode = 'auto' | 'positioned' | 'memory';

/**
 * Null when the file does not exist. 'auto' prefers positioned reads; 'memory' reads the whole file once
 * (useful when every byte will be read anyway).
 */
export function openByteSource(host: Host, path: string, mode: SourceMode = 'auto'): ByteSource | null {
  if (mode !== 'memory' && host.openFile) {
    const f = host.openFile(path);
    return f ? new FileSource(f) : null;
  }
  if (mode === 'positioned') throw new ClassPathError(`${path}: this host offers no positioned reads`, path);
  const bytes = host.readFile(path);
  return bytes ? new MemorySource(bytes) : null;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return new MemorySource(bytes);
}
