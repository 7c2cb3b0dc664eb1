// Memory-mapped files on a VM whose native memory is one ArrayBuffer: a mapping is a copy of the file
// region in native memory, read a page at a time on first access for a read-only mapping. Read-only and
// private mappings are exact; a read-write mapping reaches the file when it is forced
// (MappedByteBuffer.force), when a file channel is closed, or when it is unmapped, not on every store.
import type { JavaThread } from '../../../../threads/thread.js';
import { O_RDONLY, O_WRONLY } from '../../../../host/host.js';

export interface Mapping {
  readonly address: number;
  readonly length: number;
  /** The file position of the first mapped byte. */
  readonly position: number;
  /** Read-write mappings write back through this path. */
  readonly writeBackPath: string | null;
  /**
   * Read-write mappings: the bytes as last written to (or read from) the file. Only bytes that differ
   * are written back, so overlapping mappings of one file do not undo each other's stores.
   */
  readonly clean: Uint8Array | null;
  /** A demand-paged mapping's own descriptor of the file (-1 for a copied mapping). */
  readonly fd: number;
}

/** The VM's mappings by address. */
interface MappingTable {
  readonly byAddress: Map<number, Mapping>;
}

function table(t: JavaThread): MappingTable {
  return t.vm.files.state<MappingTable>('mappings', () => ({ byAddress: new Map() }));
}

/**
 * Fills `into` with the file's bytes from `position` (16 MiB per read at most), as many as there are; the
 * rest, beyond the end of the file, reads as zeros (recycled native memory may hold old bytes).
 */
function readMapped(t: JavaThread, fd: number, position: number, into: Uint8Array): void {
  let done = 0;
  while (done < into.length) {
    const n = t.vm.files.read(
      fd,
      into.subarray(done, Math.min(into.length, done + (1 << 24))),
      position + done,
    );
    if (n <= 0) break;
    done += n;
  }
  into.fill(0, done);
}

/**
 * A read-only mapping of the file at `path`: native memory whose pages are read on first access, through
 * a descriptor of its own (the mapping outlives the channel, as an mmap outlives its descriptor). A page
 * that can no longer be read (a file truncated or removed since) reads as zeros, where the JVM would get
 * SIGBUS and throw InternalError.
 */
export function mapFileReadOnly(t: JavaThread, path: string, position: number, length: number): number {
  const own = t.vm.files.open(path, O_RDONLY, 0);
  const address = t.vm.nativeMemory.allocateDemandPaged(length, (offset, into) => {
    try {
      readMapped(t, own, position + offset, into);
    } catch {
      into.fill(0);
    }
  });
  table(t).byAddress.set(address, { address, length, position, writeBackPath: null, clean: null, fd: own });
  return address;
}

/** Copies `length` bytes of the file open as `fd` from `position` into fresh native memory. */
export function mapFile(
  t: JavaThread,
  fd: number,
  position: number,
  length: number,
  writeBackPath: string | null,
): number {
  const mem = t.vm.nativeMemory;
  const address = mem.allocate(Math.max(1, length));
  const bytes = mem.bytes.subarray(address, address + length);
  readMapped(t, fd, position, bytes);
  const clean = writeBackPath !== null ? bytes.slice() : null;
  table(t).byAddress.set(address, { address, length, position, writeBackPath, clean, fd: -1 });
  return address;
}

/**
 * MappedByteBuffer.force: writes back the read-write mappings overlapping [address, address+length) (the
 * JDK rounds the range out to page boundaries, which need not be this VM's mapping boundaries).
 */
export function forceRange(t: JavaThread, address: number, length: number): void {
  for (const m of table(t).byAddress.values()) {
    if (address < m.address + m.length && m.address < address + length) writeBack(t, m, address, length);
  }
}

/** Writes the changed bytes of a read-write mapping in [address, address+length) back to its file. */
export function writeBack(t: JavaThread, m: Mapping, address = m.address, length = m.length): void {
  if (m.writeBackPath === null || m.clean === null) return;
  const from = Math.max(address, m.address) - m.address;
  const to = Math.min(address + length, m.address + m.length) - m.address;
  const now = t.vm.nativeMemory.bytes.subarray(m.address, m.address + m.length);
  const files = t.vm.files;
  let fd = -1;
  try {
    for (let i = from; i < to;) {
      if (now[i] === m.clean[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && now[j] !== m.clean[j]) j++;
      if (fd < 0) fd = files.open(m.writeBackPath, O_WRONLY, 0);
      const changed = now.slice(i, j);
      files.write(fd, changed, m.position + i);
      m.clean.set(changed, i);
      i = j;
    }
  } finally {
    if (fd >= 0) files.close(fd);
  }
}

export function unmapFile(t: JavaThread, address: number): void {
  const tab = table(t).byAddress;
  const m = tab.get(address);
  if (!m) return;
  tab.delete(address);
  try {
    writeBack(t, m);
  } finally {
    if (m.fd >= 0) t.vm.files.close(m.fd);
    t.vm.nativeMemory.release(address);
  }
}

/** Writes every read-write mapping back to its file (a channel was closed: its file may be read next). */
export function writeBackAll(t: JavaThread): void {
  for (const m of table(t).byAddress.values()) if (m.writeBackPath !== null) writeBack(t, m);
}
