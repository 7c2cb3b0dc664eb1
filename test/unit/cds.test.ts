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
import { repoRoot } from '../harness/programs.js';

const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');

function run(command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { encoding: 'utf8' });
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
    const archive = JSON.parse(fs.readFileSync(good, 'utf8')) as { origin: { runtimeVersion: string } };
    archive.origin.runtimeVersion = '17.0.0+0-other';
    const other = path.join(dir, 'other.jsa');
    fs.writeFileSync(other, JSON.stringify(archive));
    const corrupt = path.join(dir, 'corrupt.jsa');
    fs.writeFileSync(corrupt, fs.readFileSync(good).subarray(0, 1000));
    const missing = path.join(dir, 'missing.jsa');
    const otherBuild = path.join(dir, 'other-build.jsa');
    const fromOtherBuild = JSON.parse(fs.readFileSync(good, 'utf8')) as { origin: { vmBuild: string } };
    fromOtherBuild.origin.vmBuild = '1:2';
    fs.writeFileSync(otherBuild, JSON.stringify(fromOtherBuild));
    for (const [file, reason] of [
      [other, `The shared archive file ${other} can't be used: it was made for JDK 17.0.0+0-other.`],
      [
        otherBuild,
        `The shared archive file ${otherBuild} can't be used: it was made by another build of tsjvm.`,
      ],
      [corrupt, `The shared archive file ${corrupt} is not an archive.`],
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
