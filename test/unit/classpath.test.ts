import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Host } from '../../src/host/host.js';
import { NodeHost } from '../../src/host/node/nodeHost.js';
import { baseName, dirName, joinPath, normalizePath, resolvePath } from '../../src/host/path.js';
import {
  findJdkHome,
  jdkFeatureVersion,
  jdkModulesPath,
  manifestClassPathEntries,
  parseClassPath,
  readJdkRelease,
} from '../../src/classpath/classpath.js';
import { DirectoryClassPathEntry } from '../../src/classpath/directory.js';
import { ClassPathError } from '../../src/classpath/errors.js';
import { JarClassPathEntry, parseManifest } from '../../src/classpath/jar.js';
import { JImageClassPathEntry, jimageHash, openJImage, type JImage } from '../../src/classpath/jimage.js';

const host = new NodeHost();
const execFileAsync = promisify(execFile);

/** A NodeHost whose current directory is a temp dir, so relative class paths resolve there. */
class HostAt extends NodeHost {
  constructor(private readonly dir: string) {
    super();
  }
  override cwd(): string {
    return this.dir;
  }
}

/** The same files without positioned reads, to exercise the read-the-whole-file path. */
function withoutOpenFile(h: NodeHost): Host {
  return {
    readFile: (p) => h.readFile(p),
    stat: (p) => h.stat(p),
    readDir: (p) => h.readDir(p),
    realPath: (p) => h.realPath(p),
    cwd: () => h.cwd(),
    env: () => h.env(),
  };
}

function findHome(): string | null {
  try {
    return findJdkHome(host, { env: host.env() });
  } catch {
    return null;
  }
}

const jdkHome = findHome();
const noJdk = jdkHome === null ? 'no JDK found (JAVA_HOME or java on PATH)' : false;
const tool = (name: string): string => path.join(jdkHome ?? '/nonexistent', 'bin', name);
const hasTool = (name: string): boolean => jdkHome !== null && fs.existsSync(tool(name));

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-classpath-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function isClassFile(b: Uint8Array | null): boolean {
  return b !== null && b.length >= 10 && b[0] === 0xca && b[1] === 0xfe && b[2] === 0xba && b[3] === 0xbe;
}

let sharedImage: JImage | null = null;
function image(): JImage {
  sharedImage ??= openJImage(host, jdkModulesPath(jdkHome!));
  return sharedImage;
}

// ---------------------------------------------------------------------------------------------- paths

test('posix path helpers', () => {
  assert.equal(normalizePath('/a/./b/../c//d/'), '/a/c/d');
  assert.equal(normalizePath('../a/../../b'), '../../b');
  assert.equal(normalizePath('/../x'), '/x');
  assert.equal(normalizePath(''), '.');
  assert.equal(joinPath('/a', 'b', '../c'), '/a/c');
  assert.equal(resolvePath('/home/u', 'lib/x.jar'), '/home/u/lib/x.jar');
  assert.equal(resolvePath('/home/u', '/abs'), '/abs');
  assert.equal(dirName('/a/b/c'), '/a/b');
  assert.equal(dirName('/a'), '/');
  assert.equal(dirName('a'), '.');
  assert.equal(baseName('/a/b.jar'), 'b.jar');
});

test('NodeHost reports missing things as null', (t) => {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, 'f'), 'xyz');
  assert.equal(host.readFile(path.join(dir, 'nope')), null);
  assert.equal(host.readFile(dir), null, 'a directory is not a file');
  assert.equal(host.readFile(path.join(dir, 'f', 'under-a-file')), null);
  assert.deepEqual([...host.readFile(path.join(dir, 'f'))!], [0x78, 0x79, 0x7a]);
  assert.equal(host.stat(path.join(dir, 'nope')), null);
  const st = host.stat(path.join(dir, 'f'))!;
  assert.equal(st.isFile, true);
  assert.equal(st.isDirectory, false);
  assert.equal(st.size, 3);
  assert.deepEqual(host.readDir(dir), ['f']);
  assert.equal(host.readDir(path.join(dir, 'f')), null);
  assert.equal(host.realPath(path.join(dir, 'nope')), null);
  assert.equal(host.openFile(path.join(dir, 'nope')), null);
  assert.equal(host.openFile(dir), null);
  const f = host.openFile(path.join(dir, 'f'))!;
  assert.equal(f.size, 3);
  assert.deepEqual([...f.read(1, 10)], [0x79, 0x7a]);
  f.close();
  assert.equal(typeof host.env()['PATH'], 'string');
});

// --------------------------------------------------------------------------------------------- jimage

test('jimage hash', () => {
  // Independent reference: the same recurrence in BigInt.
  const ref = (s: string, seed = 0x01000193n): number => {
    let h = seed;
    for (const b of Buffer.from(s, 'utf8')) h = BigInt.asIntN(32, h * 0x01000193n) ^ BigInt(b);
    return Number(BigInt.asUintN(32, h) & 0x7fffffffn);
  };
  assert.equal(jimageHash(''), 0x01000193);
  for (const s of ['a', '/java.base/java/lang/Object.class', '/packages/java.lang', 'é€']) {
    assert.equal(jimageHash(s), ref(s), s);
    assert.equal(jimageHash(s, 12345), ref(s, 12345n), s);
  }
  assert.equal(jimageHash(new Uint8Array([0x61])), ref('a'));
});

test('jimage header', { skip: noJdk }, () => {
  const h = image().header;
  assert.equal(h.magic, 0xcafedada);
  assert.equal(h.majorVersion, 1);
  assert.equal(h.minorVersion, 0);
  assert.equal(h.resourceCount, h.tableLength);
  assert.equal(h.indexSize, 28 + 8 * h.tableLength + h.locationsSize + h.stringsSize);
  const release = readJdkRelease(host, jdkHome!);
  if (release.get('JAVA_RUNTIME_VERSION') === '17.0.15+6-Debian-1deb12u1') {
    // The values recorded in the engineering note for this build.
    assert.equal(h.littleEndian, true);
    assert.equal(h.flags, 0);
    assert.equal(h.resourceCount, 29441);
    assert.equal(h.locationsSize, 607853);
    assert.equal(h.stringsSize, 645627);
    assert.equal(h.indexSize, 1489036);
    assert.deepEqual(image().findLocation('/java.base/java/lang/Object.class'), {
      module: 'java.base',
      parent: 'java/lang',
      base: 'Object',
      extension: 'class',
      offset: 538073,
      compressedSize: 0,
      uncompressedSize: 1895,
    });
  }
});

test('jimage lookup', { skip: noJdk }, () => {
  const img = image();
  const object = img.findResource('/java.base/java/lang/Object.class');
  assert.ok(isClassFile(object));
  assert.equal(object![7], 61, 'class file version 61 (Java 17)');
  assert.equal(img.findResource('/java.base/java/lang/NoSuchClass.class'), null);
  assert.equal(img.findResource('/java.base/java/lang/Object.clas'), null);
  assert.equal(img.findResource('/java.sql/java/lang/Object.class'), null, 'right name, wrong module');
  assert.equal(img.findResource('java/lang/Object.class'), null);
  assert.equal(img.findResource(''), null);
  assert.equal(img.findResource('/java.base/java/lang/Object.class\u00e9'), null);
  assert.ok(isClassFile(img.findResource('/java.base/module-info.class')));
});

test('jimage package to module', { skip: noJdk }, () => {
  const img = image();
  assert.equal(img.packageToModule('java.lang'), 'java.base');
  assert.equal(img.packageToModule('java/lang'), 'java.base');
  assert.equal(img.packageToModule('java.sql'), 'java.sql');
  assert.equal(img.packageToModule('java.util.concurrent'), 'java.base');
  assert.equal(img.packageToModule('javax.xml.parsers'), 'java.xml');
  assert.equal(img.packageToModule('no.such.pkg'), null);
  assert.equal(img.packageToModule(''), null);
});

test('jimage lists modules and resources; every resource is found by name', { skip: noJdk }, (t) => {
  const img = image();
  const modules = img.listModules();
  assert.ok(modules.includes('java.base'));
  assert.ok(modules.includes('java.sql'));
  assert.ok(!modules.includes('packages') && !modules.includes('modules'));
  const declared = readJdkRelease(host, jdkHome!).get('MODULES');
  if (declared) assert.deepEqual(modules, declared.split(' ').sort());

  let start = performance.now();
  const names = img.listResources();
  const listMs = performance.now() - start;
  assert.equal(names.length, img.header.resourceCount);
  assert.equal(new Set(names).size, names.length);
  const classes = names.filter((n) => n.endsWith('.class'));
  assert.ok(names.includes('/java.base/java/lang/Object.class'));
  assert.ok(names.includes('/packages/java.lang'));
  if (img.header.resourceCount === 29441) assert.equal(classes.length, 26588);

  start = performance.now();
  for (const n of names) assert.ok(img.findLocation(n) !== null, n);
  const lookupMs = performance.now() - start;
  t.diagnostic(
    `${names.length} resources (${classes.length} classes, ${modules.length} modules): ` +
      `list ${listMs.toFixed(0)} ms, look up all ${lookupMs.toFixed(0)} ms`,
  );
});

test('jimage: open and read every class, positioned reads vs whole file', { skip: noJdk }, (t) => {
  const file = jdkModulesPath(jdkHome!);
  for (const mode of ['auto', 'memory'] as const) {
    let start = performance.now();
    const img = openJImage(host, file, { mode });
    const openMs = performance.now() - start;
    const classes = img.listResources().filter((n) => n.endsWith('.class'));
    start = performance.now();
    let bytes = 0;
    for (const n of classes) {
      const b = img.findResource(n);
      if (!isClassFile(b)) assert.fail(`${n} is not a class file`);
      bytes += b!.length;
    }
    const readMs = performance.now() - start;
    img.close();
    t.diagnostic(
      `${mode === 'auto' ? 'positioned reads' : 'whole file'}: open ${openMs.toFixed(1)} ms, ` +
        `read ${classes.length} classes (${(bytes / 1e6).toFixed(1)} MB) ${readMs.toFixed(0)} ms`,
    );
  }
});

test('jimage without positioned reads (host has no openFile)', { skip: noJdk }, () => {
  const img = openJImage(withoutOpenFile(host), jdkModulesPath(jdkHome!));
  assert.ok(isClassFile(img.findResource('/java.base/java/lang/String.class')));
  assert.equal(img.packageToModule('java.sql'), 'java.sql');
  img.close();
});

test('jimage class path entry', { skip: noJdk }, () => {
  const entry = new JImageClassPathEntry(image());
  assert.equal(entry.location, jdkModulesPath(jdkHome!));
  assert.deepEqual(
    entry.readResource('java/lang/Object.class'),
    image().findResource('/java.base/java/lang/Object.class'),
  );
  assert.ok(isClassFile(entry.readResource('java/sql/Connection.class')));
  assert.ok(isClassFile(entry.readResource('java/util/concurrent/ConcurrentHashMap.class')));
  assert.equal(entry.readResource('java/lang/NoSuchClass.class'), null);
  assert.equal(entry.readResource('no/such/Pkg.class'), null);
  assert.equal(entry.readResource('module-info.class'), null, 'the unnamed package is in no module');
  assert.equal(entry.moduleOf('java/sql/Connection.class'), 'java.sql');
  assert.ok(isClassFile(entry.readModuleResource('java.base', 'module-info.class')));
});

test('jimage: bad files give ClassPathError', (t) => {
  const dir = tempDir(t);
  const write = (name: string, bytes: Uint8Array): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };
  assert.throws(() => openJImage(host, path.join(dir, 'missing')), ClassPathError);
  assert.throws(() => openJImage(host, write('short', new Uint8Array(10))), /too short/);
  assert.throws(() => openJImage(host, write('magic', new Uint8Array(64))), /bad magic/);
  const header = new DataView(new ArrayBuffer(28));
  header.setUint32(0, 0xcafedada, true);
  header.setUint32(4, 0x00010000, true);
  header.setUint32(12, 1000, true);
  header.setUint32(16, 1000, true);
  assert.throws(
    () => openJImage(host, write('truncated', new Uint8Array(header.buffer))),
    /index .* is larger/,
  );
});

// ------------------------------------------------------------------------------------------------ jar

const jarSkip = noJdk || (!hasTool('jar') && 'no jar tool');

const LONG_JAR = 'a-very-long-name-that-forces-the-jar-tool-to-wrap-the-manifest-line.jar';
const TITLE = 'é'.repeat(50) + '€';

/** A jar made by the JDK's own jar tool: deflated entries, one stored entry, and a wrapped manifest. */
function makeJar(dir: string, object: Uint8Array): string {
  fs.mkdirSync(path.join(dir, 'c', 'demo'), { recursive: true });
  fs.mkdirSync(path.join(dir, 's'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'c', 'demo', 'Hello.class'), object);
  fs.writeFileSync(path.join(dir, 'c', 'demo', 'big.txt'), 'hello '.repeat(1000));
  fs.writeFileSync(path.join(dir, 's', 'stored.txt'), 'stored bytes');
  fs.writeFileSync(
    path.join(dir, 'manifest.txt'),
    `Main-Class: demo.Hello\nClass-Path: lib/dep.jar classes/ ${LONG_JAR}\nImplementation-Title: ${TITLE}\n`,
  );
  const jar = path.join(dir, 'app.jar');
  execFileSync(tool('jar'), [
    '--create',
    '--file',
    jar,
    '--manifest',
    path.join(dir, 'manifest.txt'),
    '-C',
    path.join(dir, 'c'),
    '.',
  ]);
  execFileSync(tool('jar'), ['--update', '--no-compress', '--file', jar, '-C', path.join(dir, 's'), '.']);
  return jar;
}

test('jar: entries, stored and deflated, manifest with continuation lines', { skip: jarSkip }, (t) => {
  const dir = tempDir(t);
  const object = image().findResource('/java.base/java/lang/Object.class')!;
  const jarPath = makeJar(dir, object);
  for (const h of [host, withoutOpenFile(host)]) {
    const jar = new JarClassPathEntry(h, jarPath);
    assert.equal(jar.location, jarPath);
    assert.deepEqual(jar.readResource('demo/Hello.class'), object);
    assert.equal(new TextDecoder().decode(jar.readResource('demo/big.txt')!), 'hello '.repeat(1000));
    assert.equal(new TextDecoder().decode(jar.readResource('stored.txt')!), 'stored bytes');
    assert.equal(jar.zip.getEntry('demo/big.txt')!.method, 8);
    assert.equal(jar.zip.getEntry('stored.txt')!.method, 0);
    assert.equal(jar.readResource('demo/Missing.class'), null);
    assert.equal(jar.readResource('demo/'), null, 'directories are not resources');
    const names = jar.listEntries();
    for (const n of ['META-INF/MANIFEST.MF', 'demo/Hello.class', 'demo/big.txt', 'stored.txt'])
      assert.ok(names.includes(n), n);
    const m = jar.manifest()!;
    assert.equal(m.get('Manifest-Version'), '1.0');
    assert.equal(m.get('Main-Class'), 'demo.Hello');
    assert.equal(m.get('Class-Path'), `lib/dep.jar classes/ ${LONG_JAR}`);
    assert.equal(m.get('Implementation-Title'), TITLE);
    assert.equal(jar.mainAttribute('main-class'), 'demo.Hello');
    assert.equal(jar.mainAttribute('No-Such'), null);
    jar.close();
  }
});

test('jar without a manifest', { skip: jarSkip }, (t) => {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, 'x.txt'), 'x');
  const jarPath = path.join(dir, 'plain.jar');
  execFileSync(tool('jar'), ['--create', '--no-manifest', '--file', jarPath, '-C', dir, 'x.txt']);
  const jar = new JarClassPathEntry(host, jarPath);
  assert.equal(jar.manifest(), null);
  assert.equal(jar.mainAttribute('Main-Class'), null);
  assert.deepEqual(jar.listEntries(), ['x.txt']);
});

test('manifest parsing: line endings, byte-level continuations, sections', () => {
  const bytes = Buffer.concat([
    Buffer.from('Manifest-Version: 1.0\r\nA: x'),
    Buffer.from([0xc3, 0x0d, 0x0a, 0x20, 0xa9, 0x79, 0x0a]), // "é" split across a continuation
    Buffer.from(
      'B: one\r  two\n three\n\nName: p/Q.class\nSHA-256-Digest: abc\n\n\nName: r/\nSealed: true\n',
    ),
  ]);
  const m = parseManifest(bytes);
  assert.equal(m.main.get('Manifest-Version'), '1.0');
  assert.equal(m.main.get('A'), 'xéy');
  assert.equal(m.main.get('B'), 'one twothree', 'a continuation drops exactly one leading space');
  assert.equal(m.main.size, 3);
  assert.equal(m.entries.get('p/Q.class')!.get('SHA-256-Digest'), 'abc');
  assert.equal(m.entries.get('r/')!.get('Sealed'), 'true');
  assert.equal(
    parseManifest(Buffer.from('Main-Class: a.B')).main.get('Main-Class'),
    'a.B',
    'no final newline',
  );
  assert.throws(() => parseManifest(Buffer.from('Main-Class a.B\n')), ClassPathError);
  assert.throws(() => parseManifest(Buffer.from(' continues nothing\n')), ClassPathError);
});

test('jar: multi-release lookup', { skip: jarSkip }, (t) => {
  const dir = tempDir(t);
  for (const [sub, text] of [
    ['base', 'base'],
    ['v9', 'nine'],
    ['v11', 'eleven'],
    ['v21', 'twentyone'],
  ]) {
    fs.mkdirSync(path.join(dir, sub, 'p'), { recursive: true });
    fs.writeFileSync(path.join(dir, sub, 'p', 'R.txt'), text);
  }
  fs.writeFileSync(path.join(dir, 'base', 'p', 'Only.txt'), 'only base');
  const jarPath = path.join(dir, 'mr.jar');
  execFileSync(tool('jar'), [
    '--create', '--file', jarPath, '-C', path.join(dir, 'base'), '.',
    '--release', '9', '-C', path.join(dir, 'v9'), '.',
    '--release', '11', '-C', path.join(dir, 'v11'), '.',
  ]); // prettier-ignore
  const text = (b: Uint8Array | null): string => new TextDecoder().decode(b!);
  const jar = new JarClassPathEntry(host, jarPath);
  assert.equal(jar.mainAttribute('Multi-Release'), 'true');
  assert.equal(text(jar.readResource('p/R.txt')), 'eleven');
  assert.equal(text(jar.readResource('p/Only.txt')), 'only base');
  assert.equal(text(new JarClassPathEntry(host, jarPath, { release: 10 }).readResource('p/R.txt')), 'nine');
  assert.equal(text(new JarClassPathEntry(host, jarPath, { release: 8 }).readResource('p/R.txt')), 'base');
});

test('jar: corrupt jars give ClassPathError, never a raw TypeError/RangeError', { skip: jarSkip }, (t) => {
  const dir = tempDir(t);
  const good = fs.readFileSync(makeJar(dir, image().findResource('/java.base/java/lang/Object.class')!));
  const write = (name: string, bytes: Uint8Array): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };
  assert.throws(() => new JarClassPathEntry(host, path.join(dir, 'missing.jar')), ClassPathError);
  assert.throws(() => new JarClassPathEntry(host, write('empty.jar', new Uint8Array(0))), ClassPathError);
  assert.throws(
    () =>
      new JarClassPathEntry(
        host,
        write('text.jar', Buffer.from('this is not a zip file at all, just text\n'.repeat(10))),
      ),
    /invalid or corrupt zip file: no end of central directory/,
  );
  assert.throws(
    () => new JarClassPathEntry(host, write('half.jar', good.subarray(0, good.length >> 1))),
    ClassPathError,
  );

  // Damage the deflate stream of demo/big.txt: the jar opens, but reading that entry fails cleanly.
  const probe = JarClassPathEntry.fromBytes('probe', good);
  const big = probe.zip.getEntry('demo/big.txt')!;
  const damaged = Uint8Array.from(good);
  const localExtra = good[big.localHeaderOffset + 28] | (good[big.localHeaderOffset + 29] << 8);
  const dataAt = big.localHeaderOffset + 30 + 'demo/big.txt'.length + localExtra;
  damaged.fill(0xff, dataAt, dataAt + big.compressedSize);
  const jar = new JarClassPathEntry(host, write('damaged.jar', damaged));
  assert.equal(new TextDecoder().decode(jar.readResource('stored.txt')!), 'stored bytes');
  assert.throws(() => jar.readResource('demo/big.txt'), ClassPathError);

  // Random damage anywhere: whatever fails must fail as ClassPathError.
  let seed = 12345;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  let failures = 0;
  for (let i = 0; i < 2000; i++) {
    const bytes = Uint8Array.from(good);
    const flips = 1 + random(4);
    for (let k = 0; k < flips; k++) bytes[random(bytes.length)] = random(256);
    try {
      const j = JarClassPathEntry.fromBytes(`fuzz${i}`, bytes);
      for (const name of j.listEntries()) j.readResource(name);
      j.manifest();
    } catch (e) {
      if (!(e instanceof ClassPathError)) assert.fail(`iteration ${i}: ${String(e)}`);
      failures++;
    }
  }
  t.diagnostic(`fuzz: ${failures} of 2000 damaged jars reported ClassPathError, the rest read`);
});

/** A stored-only ZIP64 archive written by hand: every size and offset is in the ZIP64 fields. */
function zip64(files: Record<string, string>, comment = ''): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const u16 = (v: number): Buffer => Buffer.from([v & 0xff, v >>> 8]);
  const u32 = (v: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return b;
  };
  const u64 = (v: number): Buffer => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    return b;
  };
  for (const [name, text] of Object.entries(files)) {
    const n = Buffer.from(name);
    const data = Buffer.from(text);
    const common = [
      u16(45),
      u16(0x800),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(0xffffffff),
      u32(0xffffffff),
      u16(n.length),
    ];
    const local = Buffer.concat([
      u32(0x04034b50),
      ...common,
      u16(20),
      n,
      u16(1),
      u16(16),
      u64(data.length),
      u64(data.length),
      data,
    ]);
    const extra = Buffer.concat([u16(1), u16(24), u64(data.length), u64(data.length), u64(offset)]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(45),
        ...common,
        u16(extra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(0xffffffff),
        n,
        extra,
      ]),
    );
    parts.push(local);
    offset += local.length;
  }
  const cen = Buffer.concat(central);
  const count = central.length;
  const end64 = Buffer.concat([
    u32(0x06064b50),
    u64(44),
    u16(45),
    u16(45),
    u32(0),
    u32(0),
    u64(count),
    u64(count),
    u64(cen.length),
    u64(offset),
  ]);
  const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(offset + cen.length), u32(1)]);
  const c = Buffer.from(comment);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(0xffff),
    u16(0xffff),
    u32(0xffffffff),
    u32(0xffffffff),
    u16(c.length),
    c,
  ]);
  return Buffer.concat([...parts, cen, end64, locator, end]);
}

test('zip: ZIP64 records, prepended data, archive comments', () => {
  const files = { 'a/B.class': 'bee', 'c.txt': 'sea', 'META-INF/MANIFEST.MF': 'Main-Class: a.B\r\n' };
  const plain = zip64(files, 'a comment with PK\x05\x06 inside');
  for (const bytes of [plain, Buffer.concat([Buffer.from('#!/bin/sh\nexec java -jar "$0" "$@"\n'), plain])]) {
    const jar = JarClassPathEntry.fromBytes('zip64.jar', bytes);
    assert.deepEqual(jar.listEntries(), Object.keys(files));
    assert.equal(new TextDecoder().decode(jar.readResource('a/B.class')!), 'bee');
    assert.equal(new TextDecoder().decode(jar.readResource('c.txt')!), 'sea');
    assert.equal(jar.mainAttribute('Main-Class'), 'a.B');
  }
});

test('jar with a launcher script prepended', { skip: jarSkip }, (t) => {
  const dir = tempDir(t);
  const object = image().findResource('/java.base/java/lang/Object.class')!;
  const bytes = Buffer.concat([
    Buffer.from('#!/bin/sh\nexec java -jar "$0" "$@"\n'),
    fs.readFileSync(makeJar(dir, object)),
  ]);
  fs.writeFileSync(path.join(dir, 'run.sh'), bytes);
  const exe = new JarClassPathEntry(host, path.join(dir, 'run.sh'));
  assert.deepEqual(exe.readResource('demo/Hello.class'), object);
  assert.equal(new TextDecoder().decode(exe.readResource('demo/big.txt')!), 'hello '.repeat(1000));
  assert.equal(exe.mainAttribute('Main-Class'), 'demo.Hello');
});

// ------------------------------------------------------------------------------------------ directory

test('directory entry', (t) => {
  const dir = tempDir(t);
  fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'a', 'b', 'C.class'), Buffer.from([0xca, 0xfe, 0xba, 0xbe]));
  fs.writeFileSync(path.join(dir, '..secret'), 'x');
  const entry = new DirectoryClassPathEntry(host, dir);
  assert.equal(entry.location, dir);
  assert.deepEqual([...entry.readResource('a/b/C.class')!], [0xca, 0xfe, 0xba, 0xbe]);
  assert.equal(entry.readResource('a/b/D.class'), null);
  assert.equal(entry.readResource('a/b'), null, 'a directory is not a resource');
  assert.equal(entry.readResource('a/b/'), null);
  assert.equal(entry.readResource('a/../a/b/C.class'), null, 'no path games');
  assert.equal(entry.readResource('../' + path.basename(dir) + '/a/b/C.class'), null);
  assert.equal(entry.readResource('/etc/passwd'), null);
  assert.equal(entry.readResource(''), null);
});

// ------------------------------------------------------------------------------------------ classpath

test('class path: wildcard, missing elements, empty element, manifest Class-Path', { skip: jarSkip }, (t) => {
  const dir = tempDir(t);
  const mk = (rel: string, files: Record<string, string>, manifest?: string): void => {
    const src = path.join(dir, 'src-' + path.basename(rel));
    fs.mkdirSync(src, { recursive: true });
    for (const [n, v] of Object.entries(files)) fs.writeFileSync(path.join(src, n), v);
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    const args = ['--create', '--file', path.join(dir, rel)];
    if (manifest) {
      fs.writeFileSync(path.join(src, '..', 'm-' + path.basename(rel)), manifest);
      args.push('--manifest', path.join(src, '..', 'm-' + path.basename(rel)));
    }
    execFileSync(tool('jar'), [...args, '-C', src, '.']);
  };
  mk('lib/b.jar', { 'which.txt': 'b' });
  mk(
    'lib/a.jar',
    { 'which.txt': 'a', 'a.txt': 'a' },
    'Class-Path: dep/d.jar ../classes/ dep/missing.jar http://example.com/x.jar\n',
  );
  mk('lib/dep/d.jar', { 'd.txt': 'd' }, 'Class-Path: ../a.jar\n'); // a cycle back to a.jar
  mk('lib/C.JAR', { 'c.txt': 'c' });
  fs.writeFileSync(path.join(dir, 'lib', 'notes.txt'), 'not a jar');
  fs.writeFileSync(path.join(dir, 'lib', 'broken.jar'), 'not a zip');
  fs.mkdirSync(path.join(dir, 'classes'));
  fs.mkdirSync(path.join(dir, 'lib', 'dir.jar'));

  const h = new HostAt(dir);
  const warnings: string[] = [];
  const entries = parseClassPath(h, 'nope:lib/*:nope.jar:classes:lib/b.jar', {
    warn: (w) => warnings.push(w),
  });
  assert.deepEqual(
    entries.map((e) => path.relative(dir, e.location)),
    // sorted jars of lib/; a.jar's Class-Path right after it (d.jar, ../classes/); b.jar listed again only once
    ['lib/C.JAR', 'lib/a.jar', 'lib/dep/d.jar', 'classes', 'lib/b.jar'],
  );
  assert.ok(entries[0] instanceof JarClassPathEntry);
  assert.ok(entries[3] instanceof DirectoryClassPathEntry);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /broken\.jar/);
  const find = (name: string): string | null => {
    for (const e of entries) {
      const b = e.readResource(name);
      if (b) return new TextDecoder().decode(b);
    }
    return null;
  };
  assert.equal(find('which.txt'), 'a');
  assert.equal(find('d.txt'), 'd');
  assert.equal(find('c.txt'), 'c');

  const noFollow = parseClassPath(h, 'lib/a.jar', { followManifestClassPath: false });
  assert.deepEqual(
    noFollow.map((e) => path.relative(dir, e.location)),
    ['lib/a.jar'],
  );
  assert.deepEqual(
    parseClassPath(h, '').map((e) => e.location),
    [dir],
    'an empty class path is the current directory',
  );
  assert.deepEqual(
    parseClassPath(h, 'classes::').map((e) => e.location),
    [path.join(dir, 'classes'), dir],
  );
  assert.deepEqual(parseClassPath(h, 'nothing/*:also-nothing'), []);
  assert.deepEqual(
    parseClassPath(h, `${dir}/lib/*`, { followManifestClassPath: false }).map((e) =>
      path.relative(dir, e.location),
    ),
    ['lib/C.JAR', 'lib/a.jar', 'lib/b.jar'],
    'absolute wildcard; broken.jar skipped, dir.jar is a directory',
  );
});

test('manifest Class-Path URLs', () => {
  assert.deepEqual(manifestClassPathEntries('/app/lib/x.jar', 'a.jar  ../b/ c%20d.jar file:/opt/e.jar'), [
    '/app/lib/a.jar',
    '/app/b',
    '/app/lib/c d.jar',
    '/opt/e.jar',
  ]);
  assert.deepEqual(
    manifestClassPathEntries('/x.jar', 'http://h/a.jar file://other/f.jar file:///g.jar %zz'),
    ['/g.jar'],
  );
});

// ---------------------------------------------------------------------------------------- JDK lookup

test('findJdkHome and the release file', { skip: noJdk }, (t) => {
  const home = jdkHome!;
  const dir = tempDir(t);
  assert.equal(findJdkHome(host, { jdk: home, env: {} }), home);
  assert.equal(findJdkHome(host, { env: { JAVA_HOME: home } }), home);
  assert.equal(findJdkHome(host, { jdk: home, env: { JAVA_HOME: dir } }), home, '--jdk wins over JAVA_HOME');
  assert.throws(() => findJdkHome(host, { jdk: dir, env: {} }), /--jdk .*not a JDK/);
  assert.throws(() => findJdkHome(host, { env: { JAVA_HOME: dir } }), /JAVA_HOME=.*not a JDK/);
  assert.throws(() => findJdkHome(host, { env: { PATH: dir } }), ClassPathError);
  assert.throws(() => findJdkHome(host, { env: {} }), /no JDK found/);

  // A `java` reached through a chain of symbolic links, as with Debian's /usr/bin/java.
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.symlinkSync(path.join(home, 'bin', 'java'), path.join(dir, 'alt-java'));
  fs.symlinkSync(path.join(dir, 'alt-java'), path.join(dir, 'bin', 'java'));
  const real = fs.realpathSync(home);
  assert.equal(findJdkHome(host, { env: { PATH: `/nonexistent::${path.join(dir, 'bin')}` } }), real);

  const release = readJdkRelease(host, home);
  assert.match(release.get('JAVA_VERSION') ?? '', /^\d+/);
  assert.equal(jdkFeatureVersion(release), Number(/^(\d+)/.exec(release.get('JAVA_VERSION')!)![1]));
  assert.deepEqual(readJdkRelease(host, dir), new Map());

  fs.writeFileSync(
    path.join(dir, 'release'),
    '# comment\nJAVA_VERSION="1.8.0_402"\nOS_NAME=Linux\r\nMODULES="a b"\n\nBAD LINE\n',
  );
  const parsed = readJdkRelease(host, dir);
  assert.deepEqual(
    [...parsed],
    [
      ['JAVA_VERSION', '1.8.0_402'],
      ['OS_NAME', 'Linux'],
      ['MODULES', 'a b'],
    ],
  );
  assert.equal(jdkFeatureVersion(parsed), 8);
});

// --------------------------------------------------------------------------------- jlinked images

// jlink builds small images in the other byte order and with compressed resources. It takes seconds, so
// both are started right away and run while the other tests do.
const jlinkSkip = noJdk || (!hasTool('jlink') && 'no jlink');
let jlinked: Promise<{ bigZip: string; compactCp: string }> | null = null;

function jlinkImages(): Promise<{ bigZip: string; compactCp: string }> {
  if (!jlinked) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-jlink-'));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = async (name: string, modules: string, ...args: string[]): Promise<string> => {
      const out = path.join(dir, name);
      await execFileAsync(tool('jlink'), ['--add-modules', modules, '--output', out, ...args]);
      return jdkModulesPath(out);
    };
    jlinked = Promise.all([
      run('big-zip', 'java.base,java.sql', '--endian', 'big', '--compress=2'),
      run('compact-cp', 'java.base', '--compress=1'),
    ]).then(([bigZip, compactCp]) => ({ bigZip, compactCp }));
  }
  return jlinked;
}

if (!jlinkSkip) void jlinkImages().catch(() => {}); // failures surface in the tests that await it

/** Classes jlink generates for the modules it was given, so they differ from the full JDK's. */
const isJlinkGenerated = (name: string): boolean => name.includes('/jdk/internal/module/SystemModules');

test(
  'jimage: big-endian, zip-compressed image (jlink --endian big --compress=2)',
  { skip: jlinkSkip },
  async () => {
    const img = openJImage(host, (await jlinkImages()).bigZip);
    assert.equal(img.header.littleEndian, false);
    assert.equal(img.header.majorVersion, 1);
    const loc = img.findLocation('/java.base/java/lang/Object.class')!;
    assert.ok(loc.compressedSize > 0 && loc.compressedSize < loc.uncompressedSize);
    assert.ok(isClassFile(img.findResource('/java.base/java/lang/Object.class')));
    assert.equal(img.findResource('/java.base/java/lang/Nope.class'), null);
    assert.equal(img.packageToModule('java.lang'), 'java.base');
    assert.equal(img.packageToModule('java.sql'), 'java.sql');
    assert.deepEqual(img.listModules(), [
      'java.base',
      'java.logging',
      'java.sql',
      'java.transaction.xa',
      'java.xml',
    ]);
    const reference = image();
    let classes = 0;
    let compressed = 0;
    for (const n of img.listResources()) {
      if (!n.endsWith('.class')) continue;
      classes++;
      if (img.findLocation(n)!.compressedSize > 0) compressed++;
      const bytes = img.findResource(n);
      assert.ok(isClassFile(bytes), n);
      if (!isJlinkGenerated(n)) assert.deepEqual(bytes, reference.findResource(n), n);
    }
    assert.ok(compressed > classes / 2, `${compressed} of ${classes} classes compressed`);
    img.close();
  },
);

test('jimage: compact-cp image (jlink --compress=1) is refused clearly', { skip: jlinkSkip }, async () => {
  const img = openJImage(host, (await jlinkImages()).compactCp);
  assert.throws(
    () => img.findResource('/java.base/java/lang/Object.class'),
    (e: unknown) => {
      assert.ok(e instanceof ClassPathError);
      assert.match(e.message, /compact-cp/);
      return true;
    },
  );
  assert.equal(img.packageToModule('java.lang'), 'java.base');
  img.close();
});
