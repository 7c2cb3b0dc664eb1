// The host file systems: NodeFileSystem against the real kernel, MemoryFileSystem against the same
// scripted operations (results and errno codes must agree), the read-only adapter, the VM file table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  HostError,
  O_APPEND,
  O_CREAT,
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
  type HostFileSystem,
} from '../../src/host/host.js';
import { NodeFileSystem } from '../../src/host/node/nodeFs.js';
import { NodeHost } from '../../src/host/node/nodeHost.js';
import { MemoryFileSystem } from '../../src/host/memory/memoryFs.js';
import { MemoryHost } from '../../src/host/memory/memoryHost.js';
import { ReadOnlyFileSystem, fileSystemOf } from '../../src/host/readOnlyFs.js';
import { FileTable } from '../../src/host/fileTable.js';
import { errnoNumber, strerror, strerrorOf } from '../../src/host/errno.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-hostfs-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The error code of a host call, or 'ok' and its result. */
function outcome<T>(fn: () => T): string {
  try {
    const r = fn();
    return r === undefined
      ? 'ok'
      : `ok ${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`;
  } catch (e) {
    if (e instanceof HostError) return e.code;
    throw e;
  }
}

/**
 * A script of POSIX operations under `root`; returns one line per step. Run against Node and memory file
 * systems, the transcripts must match: the memory file system behaves like the kernel.
 */
export function script(f: HostFileSystem, root: string): string[] {
  const p = (s: string): string => `${root}/${s}`;
  const out: string[] = [];
  const step = (label: string, fn: () => unknown): void => {
    out.push(`${label}: ${outcome(fn)}`);
  };
  step('mkdir a', () => f.mkdir(p('a'), 0o755));
  step('mkdir a again', () => f.mkdir(p('a'), 0o755));
  step('mkdir missing parent', () => f.mkdir(p('x/y'), 0o755));
  step('open missing', () => f.open(p('a/f'), O_RDONLY, 0));
  const fd = f.open(p('a/f'), O_RDWR | O_CREAT, 0o644);
  step('write', () => f.write(fd, enc.encode('hello world'), null));
  step('seek cur', () => f.seek(fd, 0, SEEK_CUR));
  step('seek set', () => f.seek(fd, 6, SEEK_SET));
  const buf = new Uint8Array(20);
  step('read', () => dec.decode(buf.subarray(0, f.read(fd, buf, null))));
  step('read at eof', () => f.read(fd, buf, null));
  step('pread', () => dec.decode(buf.subarray(0, f.read(fd, buf.subarray(0, 5), 0))));
  step('pwrite', () => f.write(fd, enc.encode('J'), 0));
  step('position after pwrite', () => f.seek(fd, 0, SEEK_CUR));
  step('seek end', () => f.seek(fd, 0, SEEK_END));
  step('seek negative', () => f.seek(fd, -100, SEEK_SET));
  step('write past end', () => f.write(fd, enc.encode('!'), 20));
  step('size', () => f.fstat(fd).size);
  step('ftruncate', () => f.ftruncate(fd, 5));
  step('content', () => {
    const b = new Uint8Array(10);
    return dec.decode(b.subarray(0, f.read(fd, b, 0)));
  });
  step('close', () => f.close(fd));
  step('close again', () => f.close(fd));
  step('excl existing', () => f.open(p('a/f'), O_WRONLY | O_CREAT | O_EXCL, 0o644));
  const app = f.open(p('a/f'), O_WRONLY | O_APPEND, 0);
  step('append', () => f.write(app, enc.encode('++'), null));
  f.close(app);
  const rd = f.open(p('a/f'), O_RDONLY, 0);
  step('write to read-only fd', () => f.write(rd, enc.encode('x'), null));
  step('appended content', () => {
    const b = new Uint8Array(20);
    return dec.decode(b.subarray(0, f.read(rd, b, null)));
  });
  f.close(rd);
  const tr = f.open(p('a/f'), O_WRONLY | O_TRUNC, 0);
  f.close(tr);
  step('truncated size', () => f.stat(p('a/f')).size);
  step('open dir for write', () => f.open(p('a'), O_WRONLY, 0));
  step('open under file', () => f.open(p('a/f/g'), O_RDONLY, 0));
  step(
    'stat type',
    () => (f.stat(p('a')).mode & S_IFMT) === S_IFDIR && (f.stat(p('a/f')).mode & S_IFMT) === S_IFREG,
  );
  step('symlink', () => f.symlink('f', p('a/link')));
  step('symlink exists', () => f.symlink('f', p('a/link')));
  step('readlink', () => f.readlink(p('a/link')));
  step('readlink of file', () => f.readlink(p('a/f')));
  step('lstat is link', () => (f.lstat(p('a/link')).mode & S_IFMT) === S_IFLNK);
  step('stat through link', () => (f.stat(p('a/link')).mode & S_IFMT) === S_IFREG);
  step('dangling', () => f.symlink('nowhere', p('a/dangling')));
  step('stat dangling', () => f.stat(p('a/dangling')));
  step('nofollow open of link', () => f.open(p('a/link'), O_RDONLY | O_NOFOLLOW, 0));
  step('loop', () => {
    f.symlink('l2', p('l1'));
    f.symlink('l1', p('l2'));
    return f.stat(p('l1'));
  });
  step('realpath via link', () => f.realpath(p('a/link')) === f.realpath(p('a')) + '/f');
  step('realpath missing', () => f.realpath(p('a/nope')));
  step('realpath dotdot', () => f.realpath(p('a/../a/./f')) === f.realpath(p('a/f')));
  step('access', () => f.access(p('a/f'), R_OK | W_OK));
  step('access missing', () => f.access(p('nope'), 0));
  step('link', () => f.link(p('a/f'), p('a/hard')));
  step('nlink', () => f.stat(p('a/f')).nlink);
  step('link to dir', () => f.link(p('a'), p('dirlink')));
  step('rename file', () => f.rename(p('a/hard'), p('a/hard2')));
  step('rename missing', () => f.rename(p('a/hard'), p('a/hard3')));
  step('mkdir b', () => f.mkdir(p('b'), 0o755));
  step('rename file onto dir', () => f.rename(p('a/f'), p('b')));
  step('rename dir onto file', () => f.rename(p('b'), p('a/f')));
  step('rename dir into itself', () => f.rename(p('a'), p('a/sub')));
  step('rename dir onto non-empty', () => f.rename(p('b'), p('a')));
  step('rename dir onto empty', () => {
    f.mkdir(p('c'), 0o755);
    f.rename(p('b'), p('c'));
    return f.stat(p('b'));
  });
  step('rmdir non-empty', () => f.rmdir(p('a')));
  step('rmdir file', () => f.rmdir(p('a/f')));
  step('unlink dir', () => f.unlink(p('c')));
  step('unlink missing', () => f.unlink(p('a/zzz')));
  step('chmod', () => {
    f.chmod(p('a/f'), 0o600);
    return f.stat(p('a/f')).mode & 0o777;
  });
  step('utimes', () => {
    f.utimes(p('a/f'), 1000000000n * 1000000000n, 1500000000123000000n, true);
    const s = f.stat(p('a/f'));
    return [String(s.atimeNs), String(s.mtimeNs)];
  });
  step('utimes keep atime', () => {
    f.utimes(p('a/f'), null, 1600000000000000000n, true);
    return String(f.stat(p('a/f')).atimeNs);
  });
  step('readdir', () => {
    const d = f.opendir(p('a'));
    const names: string[] = [];
    for (let n = d.read(); n !== null; n = d.read()) names.push(n);
    d.close();
    return names.sort();
  });
  step('opendir of file', () => f.opendir(p('a/f')));
  step('opendir missing', () => f.opendir(p('nope')));
  step('rmdir c', () => f.rmdir(p('c')));
  return out;
}

test('NodeFileSystem and MemoryFileSystem agree on a script of POSIX operations', (t) => {
  const dir = fs.realpathSync(tempDir(t));
  const node = script(new NodeFileSystem(), dir);
  const mem = new MemoryFileSystem({ uid: process.getuid?.() ?? 1000 });
  mem.mkdirs(dir);
  const memory = script(mem, dir);
  assert.deepEqual(memory, node);
});

test('NodeFileSystem keeps descriptor offsets itself and reports directory entries in kernel order', (t) => {
  const dir = tempDir(t);
  const f = new NodeFileSystem();
  const a = f.open(path.join(dir, 'x'), O_RDWR | O_CREAT, 0o644);
  const b = f.open(path.join(dir, 'x'), O_RDONLY, 0);
  f.write(a, enc.encode('abcdef'), null);
  const buf = new Uint8Array(3);
  assert.equal(f.read(b, buf, null), 3);
  assert.equal(dec.decode(buf), 'abc');
  assert.equal(f.seek(a, 0, SEEK_CUR), 6, 'each descriptor has its own offset');
  assert.equal(f.seek(b, 0, SEEK_CUR), 3);
  assert.equal(f.available(b), 3);
  f.close(a);
  f.close(b);
  for (const n of ['c', 'a', 'b']) fs.writeFileSync(path.join(dir, n), '');
  const d = f.opendir(dir);
  const names: string[] = [];
  for (let n = d.read(); n !== null; n = d.read()) names.push(n);
  d.close();
  const kernel = fs.readdirSync(dir).sort();
  assert.deepEqual([...names].sort(), kernel);
  assert.throws(
    () => f.seek(0, 0, SEEK_CUR),
    (e) => e instanceof HostError && e.code === 'ESPIPE',
  );
});

test('NodeFileSystem sets and reads times to the microsecond, with nanosecond stat fields', (t) => {
  const dir = tempDir(t);
  const f = new NodeFileSystem();
  const file = path.join(dir, 't');
  fs.writeFileSync(file, 'x');
  for (const ms of [1500000000123n, 1000n, 1700000000999n]) {
    f.utimes(file, ms * 1000000n, ms * 1000000n, true);
    assert.equal(f.stat(file).mtimeNs, ms * 1000000n);
  }
  const fd = f.open(file, O_RDWR, 0);
  f.futimes(fd, null, 1234567890123456000n);
  assert.equal(f.fstat(fd).mtimeNs, 1234567890123456000n);
  f.close(fd);
  const st = f.statfs(dir);
  assert.ok(st.blocks > 0 && st.frsize > 0 && st.bavail <= st.blocks);
});

test('errno table: Linux numbers and glibc messages', () => {
  assert.equal(errnoNumber('ENOENT'), 2);
  assert.equal(errnoNumber('ENOTEMPTY'), 39);
  assert.equal(errnoNumber('EWOULDBLOCK'), 11);
  assert.equal(strerror(13), 'Permission denied');
  assert.equal(strerrorOf('ELOOP'), 'Too many levels of symbolic links');
  assert.equal(strerror(4242), 'Unknown error 4242');
});

test('MemoryHost serves class path lookups and Java file I/O from the same files', () => {
  const h = new MemoryHost({ cwd: '/home/user', env: { HOME: '/home/user' } });
  h.fs.writeFile('/home/user/cp/A.class', new Uint8Array([0xca, 0xfe]));
  assert.deepEqual(h.readFile('/home/user/cp/A.class'), new Uint8Array([0xca, 0xfe]));
  assert.equal(h.readFile('/home/user/cp'), null);
  assert.deepEqual(h.readDir('/home/user'), ['cp']);
  assert.equal(h.stat('cp/A.class')?.isFile, true, 'relative paths resolve against the current directory');
  assert.equal(h.realPath('/home/user/cp/../cp/A.class'), '/home/user/cp/A.class');
  assert.equal(h.openFile('/home/user/cp/A.class')?.read(1, 5).length, 1);
  h.chdir('cp');
  assert.equal(h.cwd(), '/home/user/cp');
  assert.equal(h.process.userHome(h.process.uid), '/home/user');
});

test('MemoryFileSystem checks owner permission bits for a non-root user', () => {
  const f = new MemoryFileSystem({ uid: 1000 });
  f.writeFile('/f', 'data', 0o444);
  assert.throws(
    () => f.open('/f', O_WRONLY, 0),
    (e) => e instanceof HostError && e.code === 'EACCES',
  );
  f.mkdirs('/d');
  f.chmod('/d', 0o500);
  assert.throws(
    () => f.open('/d/new', O_WRONLY | O_CREAT, 0o644),
    (e) => e instanceof HostError && e.code === 'EACCES',
  );
  f.chmod('/d', 0o000);
  assert.throws(
    () => f.stat('/d/x'),
    (e) => e instanceof HostError && e.code === 'EACCES',
  );
});

test('ReadOnlyFileSystem reads through the basic Host queries and refuses changes', (t) => {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, 'r.txt'), 'read only');
  const base = new NodeHost();
  const ro: HostFileSystem = new ReadOnlyFileSystem({
    readFile: (p) => base.readFile(p),
    stat: (p) => base.stat(p),
    readDir: (p) => base.readDir(p),
    realPath: (p) => base.realPath(p),
    cwd: () => base.cwd(),
    env: () => base.env(),
  });
  const fd = ro.open(path.join(dir, 'r.txt'), O_RDONLY, 0);
  const b = new Uint8Array(20);
  assert.equal(dec.decode(b.subarray(0, ro.read(fd, b, null))), 'read only');
  ro.close(fd);
  assert.throws(
    () => ro.open(path.join(dir, 'w.txt'), O_WRONLY | O_CREAT, 0o644),
    (e) => e instanceof HostError,
  );
  assert.throws(
    () => ro.mkdir(path.join(dir, 'd'), 0o755),
    (e) => e instanceof HostError && e.code === 'EROFS',
  );
  assert.equal(fileSystemOf(base), base.fs);
});

test('FileTable routes 0-2 to the stdio sink and treats closed standard streams like /dev/null', () => {
  const written: [number, string][] = [];
  const input = [enc.encode('line\n')];
  const table = new FileTable(new MemoryHost(), {
    write: (fd, bytes) => written.push([fd, dec.decode(bytes)]) > 0,
    read: () => input.shift() ?? new Uint8Array(0),
  });
  table.write(1, enc.encode('out'));
  table.write(2, enc.encode('err'));
  const buf = new Uint8Array(10);
  assert.equal(table.read(0, buf), 5);
  assert.equal(table.read(0, buf), 0);
  table.close(1);
  assert.equal(table.write(1, enc.encode('gone')), 4);
  assert.deepEqual(written, [
    [1, 'out'],
    [2, 'err'],
  ]);
  assert.throws(
    () => table.seek(0, 0, SEEK_SET),
    (e) => e instanceof HostError && e.code === 'ESPIPE',
  );
  const id = table.addHandle({ kind: 'x' });
  assert.deepEqual(table.handle(id), { kind: 'x' });
  table.removeHandle(id);
  assert.equal(table.handle(id), undefined);
  assert.equal(
    table.state('k', () => 1),
    1,
  );
  assert.equal(
    table.state('k', () => 2),
    1,
  );
});

test('NodeStdio sees piped standard input without blocking: wouldBlock, available, then reads', async () => {
  const stdioModule = new URL('../../src/host/node/stdio.js', import.meta.url).href;
  const script = `
    const { NodeStdio } = await import(${JSON.stringify(stdioModule)});
    const s = new NodeStdio();
    const out = [s.wouldBlock(0)];
    process.stdout.write('ready\\n');
    const wait = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 500 && s.available(0) === 0; i++) Atomics.wait(wait, 0, 0, 10);
    out.push(s.available(0), new TextDecoder().decode(s.read(0, 3)), new TextDecoder().decode(s.read(0, 100)), s.read(0, 10).length);
    process.stdout.write(JSON.stringify(out) + '\\n');
  `;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let text = '';
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.stdout.on('data', (d: Buffer) => {
    text += d.toString();
    if (text.includes('ready\n') && !child.stdin.writableEnded) child.stdin.end('hello world');
  });
  await done;
  assert.equal(text.trim().split('\n').pop(), JSON.stringify([true, 11, 'hel', 'lo world', 0]));
});

test('java.io canonicalization follows the JDK: realpath of the longest resolvable prefix, then collapse', async () => {
  const { canonicalize, collapse } = await import('../../src/natives/java/io/UnixFileSystem.js');
  const f = new MemoryFileSystem({ uid: 0 });
  f.mkdirs('/real/dir');
  f.writeFile('/real/dir/file', 'x');
  f.symlink('/real/dir', '/link');
  f.symlink('missing-target', '/real/dangling');
  assert.equal(canonicalize(f, '/link/file'), '/real/dir/file');
  assert.equal(canonicalize(f, '/link/nope/../file'), '/real/dir/file');
  assert.equal(canonicalize(f, '/link/a/b/c'), '/real/dir/a/b/c');
  assert.equal(canonicalize(f, '/real/dangling'), '/real/dangling');
  assert.equal(canonicalize(f, '/real/dir/file/..'), '/real/dir');
  assert.equal(canonicalize(f, '/nowhere/x/..'), '/nowhere');
  assert.equal(canonicalize(f, '/'), '/');
  assert.equal(collapse('/a/./b/../../c'), '/c');
  assert.equal(collapse('/../x'), '/../x');
  assert.equal(collapse('a/..'), '');
});

test('process locale: glibc falls back to C for locales that are not installed', async () => {
  const { processLocale } = await import('../../src/host/locale.js');
  const f = new MemoryFileSystem({ uid: 0 });
  const c = processLocale(f, {});
  assert.deepEqual([c.format.language, c.format.country, c.format.encoding], ['en', 'US', 'ANSI_X3.4-1968']);
  const cutf8 = processLocale(f, { LANG: 'C.UTF-8' });
  assert.deepEqual(
    [cutf8.display.language, cutf8.display.country, cutf8.format.encoding],
    ['en', null, 'UTF-8'],
  );
  const missing = processLocale(f, { LANG: 'de_DE.UTF-8' });
  assert.equal(missing.format.encoding, 'ANSI_X3.4-1968');
  f.mkdirs('/usr/lib/locale/de_DE.utf8');
  const de = processLocale(f, { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'C' });
  assert.deepEqual([de.format.language, de.format.country, de.format.encoding], ['de', 'DE', 'UTF-8']);
  assert.deepEqual([de.display.language, de.display.country], ['en', 'US']);
  f.mkdirs('/usr/lib/locale/sr_RS@latin');
  const sr = processLocale(f, { LC_ALL: 'sr_RS@latin' });
  assert.deepEqual(
    [sr.format.language, sr.format.country, sr.format.script, sr.format.encoding],
    ['sr', 'RS', 'Latn', 'ISO-8859-1'],
  );
});
