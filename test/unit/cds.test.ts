// The shared archive (-Xshare, src/cds): `npm run build` dumps the default one, runs use it unless told
// otherwise (and only the build that made it trusts it). Whatever a program sees of the boot layer and the built-in loaders must equal HotSpot's —
// with the archive like `java` (which uses its own archive by default), without it like `java -Xshare:off`
// (the two differ: JDK 17's archived module descriptors hold their own enum constants). The command-line
// side: -Xshare:on insists, -Xshare:auto falls back silently, -XX:SharedArchiveFile picks the file, a
// dump is reproducible, and properties that change the module graph keep its archived copy out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jdkHome, repoRoot } from '../harness/programs.js';
import { JImageClassPathEntry } from '../../src/classpath/jimage.js';
import { NodeHost } from '../../src/host/node/nodeHost.js';
import { parseClassFile } from '../../src/classfile/reader.js';
import { CpTag } from '../../src/classfile/types.js';

const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');

function run(command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { encoding: 'utf8' });
}

/** An archive file's JSON part and the class file bytes after it (src/cds/archive.ts). */
function splitArchive(file: string): { json: Record<string, unknown>; classBytes: Buffer } {
  const bytes = fs.readFileSync(file);
  const end = bytes.indexOf(0);
  assert.ok(end > 0, `${file} has no class files part`);
  return {
    json: JSON.parse(bytes.subarray(0, end).toString('utf8')) as Record<string, unknown>,
    classBytes: bytes.subarray(end + 1),
  };
}

function writeArchive(file: string, json: unknown, classBytes: Buffer): void {
  fs.writeFileSync(
    file,
    Buffer.concat([Buffer.from(JSON.stringify(json), 'utf8'), Buffer.from([0]), classBytes]),
  );
}

function assertSameRun(
  actual: SpawnSyncReturns<string>,
  expected: SpawnSyncReturns<string>,
  what: string,
): void {
  assert.equal(actual.stderr, expected.stderr, what);
  assert.equal(actual.stdout, expected.stdout, what);
  assert.equal(actual.status, expected.status, what);
}

test('the boot module graph matches HotSpot with and without the shared archive', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-cds-'));
  try {
    const source = path.join(repoRoot, 'test', 'programs', 'misc', 'BootModuleGraph.java');
    const javac = run('javac', ['-encoding', 'UTF-8', '-d', dir, source]);
    assert.equal(javac.status, 0, javac.stderr);
    const shared = run('java', ['-Xshare:auto', '-cp', dir, 'BootModuleGraph']);
    const unshared = run('java', ['-Xshare:off', '-cp', dir, 'BootModuleGraph']);
    assert.equal(shared.status, 0, shared.stderr);
    // An archive of our own: the default one is trusted only by the build that made it (a bare `tsc`
    // leaves it stale). Two dumps give the same archive.
    const a = path.join(dir, 'a.jsa');
    const b = path.join(dir, 'b.jsa');
    for (const file of [a, b]) {
      const dump = run(tsjvm, ['-Xshare:dump', `-XX:SharedArchiveFile=${file}`]);
      assert.equal(dump.status, 0, dump.stderr);
      assert.equal(dump.stdout + dump.stderr, '');
    }
    assert.ok(fs.readFileSync(a).equals(fs.readFileSync(b)), 'two dumps differ');
    const archive = `-XX:SharedArchiveFile=${a}`;
    assertSameRun(run(tsjvm, ['-Xshare:on', archive, '-cp', dir, 'BootModuleGraph']), shared, '-Xshare:on');
    assertSameRun(run(tsjvm, ['-Xshare:off', '-cp', dir, 'BootModuleGraph']), unshared, '-Xshare:off');
    // A property that changes module resolution keeps the archived boot layer and loaders out, while the
    // archived module graph (descriptors and configuration) is still used, as by HotSpot.
    const prop = '-Djdk.module.validation=false';
    assertSameRun(
      run(tsjvm, ['-Xshare:on', archive, prop, '-cp', dir, 'BootModuleGraph']),
      run('java', [prop, '-cp', dir, 'BootModuleGraph']),
      prop,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an archive that is missing, corrupt or from another JDK is used only if -Xshare:on insists', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-cds-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'Hi.java'),
      'public class Hi { public static void main(String[] a) { System.out.println("hi"); } }',
    );
    const javac = run('javac', ['-d', dir, path.join(dir, 'Hi.java')]);
    assert.equal(javac.status, 0, javac.stderr);
    const good = path.join(dir, 'good.jsa');
    assert.equal(run(tsjvm, ['-Xshare:dump', `-XX:SharedArchiveFile=${good}`]).status, 0);
    const { json: archive, classBytes } = splitArchive(good);
    const origin = archive.origin as { runtimeVersion: string; vmBuild: string };
    const other = path.join(dir, 'other.jsa');
    writeArchive(other, { ...archive, origin: { ...origin, runtimeVersion: '17.0.0+0-other' } }, classBytes);
    const corrupt = path.join(dir, 'corrupt.jsa');
    fs.writeFileSync(corrupt, fs.readFileSync(good).subarray(0, 1000));
    const missing = path.join(dir, 'missing.jsa');
    const otherBuild = path.join(dir, 'other-build.jsa');
    writeArchive(otherBuild, { ...archive, origin: { ...origin, vmBuild: '1:2' } }, classBytes);
    // The class files part cut short: the index points past its end.
    const truncated = path.join(dir, 'truncated.jsa');
    writeArchive(truncated, archive, classBytes.subarray(0, classBytes.length - 1));
    for (const [file, reason] of [
      [other, `The shared archive file ${other} can't be used: it was made for JDK 17.0.0+0-other.`],
      [
        otherBuild,
        `The shared archive file ${otherBuild} can't be used: it was made by another build of tsjvm.`,
      ],
      [corrupt, `The shared archive file ${corrupt} is not an archive.`],
      [truncated, `The shared archive file ${truncated} is truncated.`],
      [missing, `Specified shared archive not found (${missing}).`],
    ]) {
      const auto = run(tsjvm, [`-XX:SharedArchiveFile=${file}`, '-cp', dir, 'Hi']);
      assert.equal(auto.stdout, 'hi\n', file);
      assert.equal(auto.stderr, '', file);
      assert.equal(auto.status, 0, file);
      const on = run(tsjvm, ['-Xshare:on', `-XX:SharedArchiveFile=${file}`, '-cp', dir, 'Hi']);
      assert.equal(on.stdout, '', file);
      assert.equal(
        on.stderr,
        `An error has occurred while processing the shared archive file.\n${reason}\n` +
          'Error occurred during initialization of VM\nUnable to use shared archive.\n',
      );
      assert.equal(on.status, 1, file);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the archive's class files are the runtime image's bytes for the classes a boot loads", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-cds-'));
  const modules = path.join(jdkHome(), 'lib', 'modules');
  const image = JImageClassPathEntry.open(new NodeHost(), modules, { mode: 'memory' });
  try {
    const file = path.join(dir, 'a.jsa');
    assert.equal(run(tsjvm, ['-Xshare:dump', `-XX:SharedArchiveFile=${file}`]).status, 0);
    const { json, classBytes } = splitArchive(file);
    const index = json.classFiles as [string, number, number, number][];
    const symbols = json.symbols as string[];
    const resources = index.map(([resource]) => resource);
    for (const name of ['java/lang/Object.class', 'java/lang/String.class', 'java/lang/System.class'])
      assert.ok(resources.includes(name), name);
    let end = 0;
    let predecoded = 0;
    for (const [resource, offset, length, idsOffset] of index) {
      const expected = image.readResource(resource);
      assert.ok(expected !== null, resource);
      assert.ok(classBytes.subarray(offset, offset + length).equals(expected), resource);
      end = Math.max(end, offset + length);
      // Each predecoded Utf8 constant is the string the class file's entry decodes to.
      assert.ok(idsOffset >= 0, resource);
      const pool = parseClassFile(expected, { trusted: true }).constantPool;
      const ids = classBytes.subarray(idsOffset, idsOffset + 2 * pool.length);
      for (let i = 0; i < pool.length; i++) {
        const id = ids[2 * i] | (ids[2 * i + 1] << 8);
        if (id === 0) continue;
        predecoded++;
        const entry = pool.get(i);
        assert.ok(entry !== null && entry.tag === CpTag.Utf8, `${resource} #${i}`);
        assert.equal(symbols[id - 1], entry.value, `${resource} #${i}`);
      }
      end = Math.max(end, idsOffset + ids.length);
    }
    assert.equal(end, classBytes.length);
    // The dump run's boot decoded names and descriptors of every class it loaded.
    assert.ok(predecoded > 10000, String(predecoded));
  } finally {
    image.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
