// An in-memory POSIX file system: the HostFileSystem of the browser host (and of tests). One user owns
// everything; permission bits are checked against the owner bits, as the kernel would for that user.
// Semantics follow Linux: path resolution with symbolic links (ELOOP after 40), '..' through the
// physical parent, rename/unlink/rmdir error codes, O_APPEND, O_EXCL, sparse growth on writes past the end.

import {
  HostError,
  O_ACCMODE,
  O_APPEND,
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_NOFOLLOW,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  R_OK,
  S_IFDIR,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  W_OK,
  X_OK,
  type HostDir,
  type HostFileStat,
  type HostFileSystem,
  type HostFsStats,
} from '../host.js';

const MAX_SYMLINKS = 40;
const NAME_MAX = 255;

interface Inode {
  readonly ino: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  readonly birthtimeNs: bigint;
}

interface FileNode extends Inode {
  readonly kind: 'file';
  data: Uint8Array;
  size: number;
}

interface DirNode extends Inode {
  readonly kind: 'dir';
  readonly entries: Map<string, MemNode>;
  parent: DirNode;
}

interface LinkNode extends Inode {
  readonly kind: 'link';
  readonly target: string;
}

type MemNode = FileNode | DirNode | LinkNode;

interface Lookup {
  parent: DirNode;
  name: string;
  node: MemNode | undefined;
}

interface OpenFile {
  node: MemNode;
  position: number;
  flags: number;
}

function fail(code: string): never {
  throw new HostError(code);
}

export interface MemoryFileSystemOptions {
  uid?: number;
  gid?: number;
  /** The clock for file times, in nanoseconds since the epoch. */
  now?: () => bigint;
  /** The current directory paths are resolved against (default '/'). */
  cwd?: () => string;
}

export class MemoryFileSystem implements HostFileSystem {
  private nextIno = 2;
  private readonly root: DirNode;
  private readonly fds = new Map<number, OpenFile>();
  private readonly uid: number;
  private readonly gid: number;
  private readonly now: () => bigint;
  private readonly cwd: () => string;
  /** Masked out of the mode of created files and directories, like umask(2). */
  umask = 0o022;

  constructor(options: MemoryFileSystemOptions = {}) {
    this.uid = options.uid ?? 1000;
    this.gid = options.gid ?? 1000;
    this.now = options.now ?? (() => BigInt(Date.now()) * 1000000n);
    this.cwd = options.cwd ?? (() => '/');
    const root = this.inode(S_IFDIR | 0o755) as DirNode;
    Object.assign(root, { kind: 'dir', entries: new Map(), parent: root });
    root.nlink = 2;
    this.root = root;
  }

  private inode(mode: number): Inode {
    const t = this.now();
    return {
      ino: this.nextIno++,
      mode,
      uid: this.uid,
      gid: this.gid,
      nlink: 1,
      atimeNs: t,
      mtimeNs: t,
      ctimeNs: t,
      birthtimeNs: t,
    };
  }

  private newFile(mode: number): FileNode {
    return {
      ...this.inode(S_IFREG | (mode & 0o7777 & ~this.umask)),
      kind: 'file',
      data: new Uint8Array(0),
      size: 0,
    };
  }

  private newDir(mode: number, parent: DirNode): DirNode {
    const d: DirNode = {
      ...this.inode(S_IFDIR | (mode & 0o7777 & ~this.umask)),
      kind: 'dir',
      entries: new Map(),
      parent,
    };
    d.nlink = 2;
    return d;
  }

  /** Whether the (single) user may access `node` with R_OK/W_OK/X_OK bits `want`; owner bits apply. */
  private allowed(node: Inode, want: number): boolean {
    if (this.uid === 0)
      return (want & X_OK) === 0 || (node.mode & 0o111) !== 0 || (node.mode & S_IFMT) === S_IFDIR;
    const bits =
      node.uid === this.uid
        ? (node.mode >> 6) & 7
        : node.gid === this.gid
          ? (node.mode >> 3) & 7
          : node.mode & 7;
    return (bits & want) === want;
  }

  private check(node: Inode, want: number): void {
    if (!this.allowed(node, want)) fail('EACCES');
  }

  /**
   * Resolves `path` to its parent directory, last name and node (undefined when absent). Symbolic links
   * in the middle are always followed; the last one only when `follow`.
   */
  private lookup(path: string, follow: boolean, depth = 0): Lookup {
    if (path === '') fail('ENOENT');
    let dir: DirNode = path.startsWith('/') ? this.root : this.resolveDir(this.cwd(), depth);
    const parts = path.split('/').filter((p) => p !== '');
    if (parts.length === 0) return { parent: this.root, name: '/', node: this.root };
    let links = depth;
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i];
      if (name.length > NAME_MAX) fail('ENAMETOOLONG');
      const last = i === parts.length - 1;
      this.check(dir, X_OK);
      let node: MemNode | undefined = name === '.' ? dir : name === '..' ? dir.parent : dir.entries.get(name);
      if (last) {
        if (node && node.kind === 'link' && (follow || path.endsWith('/'))) {
          if (++links > MAX_SYMLINKS) fail('ELOOP');
          const target = this.lookup(this.linkPath(dir, node.target), true, links);
          if (path.endsWith('/') && target.node && target.node.kind !== 'dir') fail('ENOTDIR');
          return target;
        }
        if (path.endsWith('/') && node && node.kind !== 'dir') fail('ENOTDIR');
        return { parent: dir, name, node };
      }
      if (!node) fail('ENOENT');
      while (node.kind === 'link') {
        if (++links > MAX_SYMLINKS) fail('ELOOP');
        const target: Lookup = this.lookup(this.linkPath(dir, node.target), true, links);
        if (!target.node) fail('ENOENT');
        node = target.node;
      }
      if (node.kind !== 'dir') fail('ENOTDIR');
      dir = node;
    }
    return { parent: dir, name: '.', node: dir };
  }

  /** A link target as a path: absolute targets as they are, relative ones from the link's directory. */
  private linkPath(dir: DirNode, target: string): string {
    return target.startsWith('/') ? target : this.pathOf(dir) + '/' + target;
  }

  private resolveDir(path: string, depth: number): DirNode {
    const l = this.lookup(path, true, depth);
    if (!l.node) fail('ENOENT');
    if (l.node.kind !== 'dir') fail('ENOTDIR');
    return l.node;
  }

  private existing(path: string, follow: boolean): MemNode {
    const l = this.lookup(path, follow);
    if (!l.node) fail('ENOENT');
    return l.node;
  }

  /** The absolute path of a directory, from its parent links. */
  private pathOf(dir: DirNode): string {
    const names: string[] = [];
    let d = dir;
    while (d !== this.root) {
      const parent = d.parent;
      let found: string | undefined;
      for (const [n, c] of parent.entries) {
        if (c === d) {
          found = n;
          break;
        }
      }
      if (found === undefined) break;
      names.push(found);
      d = parent;
    }
    return '/' + names.reverse().join('/');
  }

  private file(fd: number): OpenFile {
    const f = this.fds.get(fd);
    if (!f) fail('EBADF');
    return f;
  }

  private touch(node: Inode, modified: boolean): void {
    const t = this.now();
    node.ctimeNs = t;
    if (modified) node.mtimeNs = t;
  }

  // ---- descriptors ---------------------------------------------------------------------------------

  open(path: string, flags: number, mode: number): number {
    const acc = flags & O_ACCMODE;
    const excl = (flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0;
    const l = this.lookup(path, !excl && (flags & O_NOFOLLOW) === 0);
    let node = l.node;
    if (node && excl) fail('EEXIST');
    if (!node) {
      if ((flags & O_CREAT) === 0) fail('ENOENT');
      if (path.endsWith('/')) fail('EISDIR');
      this.check(l.parent, W_OK | X_OK);
      node = this.newFile(mode);
      l.parent.entries.set(l.name, node);
      this.touch(l.parent, true);
    } else {
      if (node.kind === 'link') fail('ELOOP');
      if ((flags & O_DIRECTORY) !== 0 && node.kind !== 'dir') fail('ENOTDIR');
      if (node.kind === 'dir' && acc !== O_RDONLY) fail('EISDIR');
      if (acc === O_RDONLY || acc === O_RDWR) this.check(node, R_OK);
      if (acc === O_WRONLY || acc === O_RDWR) this.check(node, W_OK);
      if (node.kind === 'file' && (flags & O_TRUNC) !== 0 && acc !== O_RDONLY) {
        node.size = 0;
        node.data = new Uint8Array(0);
        this.touch(node, true);
      }
    }
    let fd = 3;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, { node, position: 0, flags });
    return fd;
  }

  close(fd: number): void {
    this.file(fd);
    this.fds.delete(fd);
  }

  read(fd: number, buf: Uint8Array, position: number | null): number {
    const f = this.file(fd);
    if ((f.flags & O_ACCMODE) === O_WRONLY) fail('EBADF');
    if (f.node.kind === 'dir') fail('EISDIR');
    if (f.node.kind !== 'file') fail('EINVAL');
    const at = position ?? f.position;
    const n = Math.max(0, Math.min(buf.length, f.node.size - at));
    buf.set(f.node.data.subarray(at, at + n));
    if (position === null) f.position += n;
    f.node.atimeNs = this.now();
    return n;
  }

  write(fd: number, buf: Uint8Array, position: number | null): number {
    const f = this.file(fd);
    if ((f.flags & O_ACCMODE) === O_RDONLY) fail('EBADF');
    const node = f.node;
    if (node.kind !== 'file') fail('EINVAL');
    // Linux quirk kept: with O_APPEND even positioned writes go to the end.
    const at = (f.flags & O_APPEND) !== 0 ? node.size : (position ?? f.position);
    const end = at + buf.length;
    if (end > node.data.length) {
      const grown = new Uint8Array(Math.max(end, node.data.length * 2, 64));
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    }
    if (at > node.size) node.data.fill(0, node.size, at);
    node.data.set(buf, at);
    node.size = Math.max(node.size, end);
    if (position === null) f.position = end;
    this.touch(node, true);
    return buf.length;
  }

  seek(fd: number, offset: number, whence: number): number {
    const f = this.file(fd);
    const size = f.node.kind === 'file' ? f.node.size : 0;
    const base =
      whence === SEEK_SET
        ? 0
        : whence === SEEK_CUR
          ? f.position
          : whence === SEEK_END
            ? size
            : fail('EINVAL');
    const next = base + offset;
    if (next < 0) fail('EINVAL');
    f.position = next;
    return next;
  }

  fstat(fd: number): HostFileStat {
    return this.statOf(this.file(fd).node);
  }

  ftruncate(fd: number, length: number): void {
    const f = this.file(fd);
    if ((f.flags & O_ACCMODE) === O_RDONLY) fail('EINVAL');
    if (f.node.kind !== 'file') fail('EINVAL');
    if (length < 0) fail('EINVAL');
    this.truncate(f.node, length);
  }

  private truncate(node: FileNode, length: number): void {
    if (length > node.data.length) {
      const grown = new Uint8Array(length);
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    } else if (length > node.size) {
      node.data.fill(0, node.size, length);
    }
    node.size = length;
    this.touch(node, true);
  }

  fsync(fd: number): void {
    this.file(fd);
  }

  fchmod(fd: number, mode: number): void {
    const node = this.file(fd).node;
    node.mode = (node.mode & S_IFMT) | (mode & 0o7777);
    this.touch(node, false);
  }

  futimes(fd: number, atimeNs: bigint | null, mtimeNs: bigint | null): void {
    this.setTimes(this.file(fd).node, atimeNs, mtimeNs);
  }

  private setTimes(node: Inode, atimeNs: bigint | null, mtimeNs: bigint | null): void {
    if (atimeNs !== null) node.atimeNs = atimeNs;
    if (mtimeNs !== null) node.mtimeNs = mtimeNs;
    node.ctimeNs = this.now();
  }

  available(fd: number): number {
    const f = this.file(fd);
    return f.node.kind === 'file' ? Math.max(0, f.node.size - f.position) : 0;
  }

  isatty(): boolean {
    return false;
  }

  // ---- paths -------------------------------------------------------------------------------------

  private statOf(node: MemNode): HostFileStat {
    const size =
      node.kind === 'file'
        ? node.size
        : node.kind === 'link'
          ? new TextEncoder().encode(node.target).length
          : 4096;
    return {
      mode: node.mode,
      ino: BigInt(node.ino),
      dev: 1n,
      rdev: 0n,
      nlink: node.nlink,
      uid: node.uid,
      gid: node.gid,
      size,
      atimeNs: node.atimeNs,
      mtimeNs: node.mtimeNs,
      ctimeNs: node.ctimeNs,
      birthtimeNs: node.birthtimeNs,
    };
  }

  stat(path: string): HostFileStat {
    return this.statOf(this.existing(path, true));
  }

  lstat(path: string): HostFileStat {
    return this.statOf(this.existing(path, false));
  }

  access(path: string, mode: number): void {
    const node = this.existing(path, true);
    if (mode !== 0) this.check(node, mode & 7);
  }

  mkdir(path: string, mode: number): void {
    const l = this.lookup(path.replace(/\/+$/, '') || '/', false);
    if (l.node) fail('EEXIST');
    this.check(l.parent, W_OK | X_OK);
    l.parent.entries.set(l.name, this.newDir(mode, l.parent));
    l.parent.nlink++;
    this.touch(l.parent, true);
  }

  rmdir(path: string): void {
    const l = this.lookup(path.replace(/\/+$/, '') || '/', false);
    if (!l.node) fail('ENOENT');
    if (l.name === '.') fail('EINVAL');
    if (l.node === this.root) fail('EBUSY');
    if (l.node.kind !== 'dir') fail('ENOTDIR');
    if (l.node.entries.size > 0) fail('ENOTEMPTY');
    this.check(l.parent, W_OK | X_OK);
    l.parent.entries.delete(l.name);
    l.parent.nlink--;
    this.touch(l.parent, true);
  }

  unlink(path: string): void {
    const l = this.lookup(path, false);
    if (!l.node) fail('ENOENT');
    if (l.node.kind === 'dir') fail('EISDIR');
    this.check(l.parent, W_OK | X_OK);
    l.parent.entries.delete(l.name);
    l.node.nlink--;
    this.touch(l.node, false);
    this.touch(l.parent, true);
  }

  rename(from: string, to: string): void {
    const src = this.lookup(from.replace(/\/+$/, ''), false);
    if (!src.node) fail('ENOENT');
    const dst = this.lookup(to.replace(/\/+$/, ''), false);
    if (src.name === '.' || src.name === '..' || dst.name === '.' || dst.name === '..') fail('EBUSY');
    const node = src.node;
    if (dst.node === node) return;
    if (node.kind === 'dir') {
      // A directory can't move into itself.
      for (let d: DirNode = dst.parent; ; d = d.parent) {
        if (d === node) fail('EINVAL');
        if (d === this.root) break;
      }
    }
    if (dst.node) {
      if (node.kind === 'dir' && dst.node.kind !== 'dir') fail('ENOTDIR');
      if (node.kind !== 'dir' && dst.node.kind === 'dir') fail('EISDIR');
      if (dst.node.kind === 'dir' && dst.node.entries.size > 0) fail('ENOTEMPTY');
    }
    this.check(src.parent, W_OK | X_OK);
    this.check(dst.parent, W_OK | X_OK);
    if (dst.node) {
      dst.parent.entries.delete(dst.name);
      if (dst.node.kind === 'dir') dst.parent.nlink--;
      else dst.node.nlink--;
    }
    src.parent.entries.delete(src.name);
    dst.parent.entries.set(dst.name, node);
    if (node.kind === 'dir') {
      src.parent.nlink--;
      dst.parent.nlink++;
      node.parent = dst.parent;
    }
    this.touch(node, false);
    this.touch(src.parent, true);
    this.touch(dst.parent, true);
  }

  link(existing: string, newPath: string): void {
    const node = this.existing(existing, false);
    if (node.kind === 'dir') fail('EPERM');
    const l = this.lookup(newPath, false);
    if (l.node) fail('EEXIST');
    this.check(l.parent, W_OK | X_OK);
    l.parent.entries.set(l.name, node);
    node.nlink++;
    this.touch(node, false);
    this.touch(l.parent, true);
  }

  symlink(target: string, path: string): void {
    const l = this.lookup(path, false);
    if (l.node) fail('EEXIST');
    this.check(l.parent, W_OK | X_OK);
    const link: LinkNode = { ...this.inode(S_IFLNK | 0o777), kind: 'link', target };
    l.parent.entries.set(l.name, link);
    this.touch(l.parent, true);
  }

  readlink(path: string): string {
    const node = this.existing(path, false);
    if (node.kind !== 'link') fail('EINVAL');
    return node.target;
  }

  chmod(path: string, mode: number): void {
    const node = this.existing(path, true);
    node.mode = (node.mode & S_IFMT) | (mode & 0o7777);
    this.touch(node, false);
  }

  chown(path: string, uid: number, gid: number, followLinks: boolean): void {
    const node = this.existing(path, followLinks);
    if (this.uid !== 0 && uid !== -1 && uid !== node.uid) fail('EPERM');
    if (uid !== -1) node.uid = uid;
    if (gid !== -1) node.gid = gid;
    this.touch(node, false);
  }

  utimes(path: string, atimeNs: bigint | null, mtimeNs: bigint | null, followLinks: boolean): void {
    const node = this.existing(path, followLinks);
    if (this.uid !== 0 && node.uid !== this.uid) fail('EPERM');
    this.setTimes(node, atimeNs, mtimeNs);
  }

  realpath(path: string): string {
    const l = this.lookup(path, true);
    if (!l.node) fail('ENOENT');
    if (l.node.kind === 'dir') return this.pathOf(l.node);
    const dir = this.pathOf(l.parent);
    return dir === '/' ? '/' + l.name : dir + '/' + l.name;
  }

  opendir(path: string): HostDir {
    const node = this.existing(path, true);
    if (node.kind !== 'dir') fail('ENOTDIR');
    this.check(node, R_OK);
    const names = [...node.entries.keys()];
    let i = 0;
    let open = true;
    return {
      read: () => {
        if (!open) fail('EBADF');
        return i < names.length ? names[i++] : null;
      },
      close: () => {
        open = false;
      },
    };
  }

  statfs(path: string): HostFsStats {
    this.existing(path, true);
    let used = 0;
    const visit = (d: DirNode): void => {
      for (const n of d.entries.values()) {
        if (n.kind === 'file') used += Math.ceil(n.size / 4096);
        else if (n.kind === 'dir') visit(n);
      }
    };
    visit(this.root);
    const blocks = 1 << 20;
    return { frsize: 4096, blocks, bfree: blocks - used, bavail: blocks - used };
  }

  // ---- conveniences for hosts and tests --------------------------------------------------------------

  /** Creates (or replaces) a file with `data`, creating missing parent directories. */
  writeFile(path: string, data: Uint8Array | string, mode = 0o644): void {
    const slash = path.lastIndexOf('/');
    if (slash > 0) this.mkdirs(path.slice(0, slash));
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const fd = this.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    try {
      this.write(fd, bytes, null);
    } finally {
      this.close(fd);
    }
  }

  /** mkdir -p. */
  mkdirs(path: string, mode = 0o755): void {
    let prefix = path.startsWith('/') ? '' : '.';
    for (const part of path.split('/').filter((p) => p !== '')) {
      prefix += '/' + part;
      try {
        this.mkdir(prefix, mode);
      } catch (e) {
        if (!(e instanceof HostError && e.code === 'EEXIST')) throw e;
      }
    }
  }
}
