// The records intrinsic (src/interpreter/objectMethods.ts) is behind a switch: with
// -XX:-UseObjectMethodsIntrinsic the JDK's ObjectMethods.bootstrap links every record's equals, hashCode
// and toString. Both ways must print what HotSpot prints for the RecordMethods conformance program, and
// with the intrinsic on the JDK's bootstrap class is never loaded (the intrinsic really links the sites).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';

test('records: equals, hashCode and toString match HotSpot with the intrinsic on and off', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-records-'));
  try {
    const source = path.join(repoRoot, 'test', 'programs', 'indy', 'RecordMethods.java');
    const javac = spawnSync('javac', ['-d', dir, source], { encoding: 'utf8' });
    assert.equal(javac.status, 0, javac.stderr);
    const expected = spawnSync('java', ['-cp', dir, 'RecordMethods'], { encoding: 'utf8' });
    assert.equal(expected.status, 0, expected.stderr);
    const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');
    const bootstrapClass = '[class,load] java.lang.runtime.ObjectMethods ';
    for (const [flag, jdkBootstrap] of [
      ['-XX:+UseObjectMethodsIntrinsic', false],
      ['-XX:-UseObjectMethodsIntrinsic', true],
    ] as const) {
      const r = spawnSync(tsjvm, [flag, '-cp', dir, 'RecordMethods'], { encoding: 'utf8' });
      assert.equal(r.stderr, expected.stderr, flag);
      assert.equal(r.stdout, expected.stdout, flag);
      assert.equal(r.status, 0, flag);
      const verbose = spawnSync(tsjvm, [flag, '-verbose:class', '-cp', dir, 'RecordMethods'], {
        encoding: 'utf8',
      });
      assert.equal(verbose.status, 0, flag);
      assert.equal(verbose.stdout.includes(bootstrapClass), jdkBootstrap, flag);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
