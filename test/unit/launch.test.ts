// bin/tsjvm runs the VM on the main thread with a deep stack when it can raise the process's stack limit,
// and in a worker thread otherwise (src/cli/mainThread.cts, src/cli/worker.ts). Deep recursion and
// StackOverflowError must behave the same, as on HotSpot, whichever thread the VM runs on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';

const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');

test('deep recursion matches HotSpot on the main thread and in the worker', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-launch-'));
  try {
    const source = path.join(repoRoot, 'test', 'programs', 'jit', 'DeepTranslated.java');
    const javac = spawnSync('javac', ['-d', dir, source], { encoding: 'utf8' });
    assert.equal(javac.status, 0, javac.stderr);
    const expected = spawnSync('java', ['-cp', dir, 'DeepTranslated'], { encoding: 'utf8' });
    assert.equal(expected.status, 0, expected.stderr);
    const ways: [string, string, string[]][] = [
      // The command: the VM on the main thread.
      ['main thread', tsjvm, []],
      // Node running the file: no stack flag, so the worker.
      ['worker (node bin/tsjvm)', process.execPath, [tsjvm]],
      // A hard stack limit the command can't raise: the worker.
      [
        'worker (ulimit -Hs 8192)',
        'sh',
        ['-c', 'ulimit -Ss 8192 && ulimit -Hs 8192 && exec "$0" "$@"', tsjvm],
      ],
    ];
    for (const [way, command, prefix] of ways) {
      const r = spawnSync(command, [...prefix, '-cp', dir, 'DeepTranslated'], { encoding: 'utf8' });
      assert.equal(r.stderr, expected.stderr, way);
      assert.equal(r.stdout, expected.stdout, way);
      assert.equal(r.status, 0, way);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the command starts Node with the stack it raised the limit for', () => {
  // The code cache is made by the command under its V8 flags (makeCodeCache.ts) and V8 takes it only
  // under the same flags: a run that requires it succeeds only where the command started Node itself.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-launch-'));
  try {
    const source = path.join(repoRoot, 'examples', 'Hello.java');
    assert.equal(spawnSync('javac', ['-d', dir, source]).status, 0);
    const env = { ...process.env, TSJVM_CODE_CACHE: 'require' };
    const r = spawnSync(tsjvm, ['-cp', dir, 'Hello'], { encoding: 'utf8', env });
    assert.equal(r.stdout, 'Hello, World!\n', r.stderr);
    assert.equal(r.status, 0);
    const viaNode = spawnSync(process.execPath, [tsjvm, '-cp', dir, 'Hello'], { encoding: 'utf8', env });
    assert.equal(viaNode.status, 3, 'node bin/tsjvm runs without the stack flag, so V8 rejects the cache');
    assert.match(viaNode.stderr, /V8 did not take the code cache/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged code cache is rejected by V8 and the run compiles the bundle instead', () => {
  // bin/tsjvm starts Node with --verify-snapshot-checksum, so V8 checks the cache's own checksum
  // (src/cli/codeCache.cts); without it a release V8 runs damaged bytecode or aborts. The runtime is
  // copied (timestamps kept, so the shared archive still matches the build) and one byte of V8's data
  // flipped.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-cache-'));
  try {
    for (const part of [
      'bin',
      'package.json',
      path.join('dist', 'src'),
      path.join('dist', 'bundle'),
      path.join('dist', 'cds'),
    ]) {
      fs.cpSync(path.join(repoRoot, part), path.join(dir, part), {
        recursive: true,
        preserveTimestamps: true,
      });
    }
    const classes = path.join(dir, 'classes');
    assert.equal(
      spawnSync('javac', ['-d', classes, path.join(repoRoot, 'examples', 'Hello.java')]).status,
      0,
    );
    const command = path.join(dir, 'bin', 'tsjvm');
    const run = (mode: string): ReturnType<typeof spawnSync> =>
      spawnSync(command, ['-cp', classes, 'Hello'], {
        encoding: 'utf8',
        env: { ...process.env, TSJVM_CODE_CACHE: mode },
      });
    const intact = run('require');
    assert.equal(intact.stdout, 'Hello, World!\n', String(intact.stderr));
    const cacheFile = path.join(dir, 'dist', 'bundle', 'vmThread.cjs.cache');
    const cache = fs.readFileSync(cacheFile);
    const bundleLength = cache.readUInt32LE(4);
    const dataStart = 8 + bundleLength;
    cache[dataStart + Math.floor((cache.length - dataStart) / 2)] ^= 0x5a;
    fs.writeFileSync(cacheFile, cache);
    const required = run('require');
    assert.equal(required.status, 3, 'V8 rejects the damaged cache');
    assert.match(String(required.stderr), /V8 did not take the code cache/);
    const plain = run('');
    assert.equal(plain.stdout, 'Hello, World!\n', String(plain.stderr));
    assert.equal(plain.status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("Node's extra CA certificates are kept from Node but not from the Java program", () => {
  // bin/tsjvm hides NODE_EXTRA_CA_CERTS while Node starts (Node would read the file, and warn on stderr
  // when it is missing) and restores it before the VM runs: System.getenv sees what `java` sees.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-launch-'));
  try {
    const source = path.join(dir, 'CaEnv.java');
    fs.writeFileSync(
      source,
      [
        'public class CaEnv {',
        '  public static void main(String[] args) {',
        '    System.out.println("value " + System.getenv("NODE_EXTRA_CA_CERTS"));',
        '    for (String k : new java.util.TreeSet<>(System.getenv().keySet()))',
        '      if (k.contains("CA_CERTS")) System.out.println("name " + k);',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    assert.equal(spawnSync('javac', ['-d', dir, source]).status, 0);
    const base: Record<string, string | undefined> = { ...process.env };
    delete base.NODE_EXTRA_CA_CERTS;
    for (const value of [undefined, '', path.join(dir, 'no-such-bundle.pem')]) {
      const env = value === undefined ? base : { ...base, NODE_EXTRA_CA_CERTS: value };
      const expected = spawnSync('java', ['-cp', dir, 'CaEnv'], { encoding: 'utf8', env });
      const actual = spawnSync(tsjvm, ['-cp', dir, 'CaEnv'], { encoding: 'utf8', env });
      const what = `NODE_EXTRA_CA_CERTS=${String(value)}`;
      assert.equal(actual.stderr, expected.stderr, what);
      assert.equal(actual.stdout, expected.stdout, what);
      assert.equal(actual.status, expected.status, what);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
