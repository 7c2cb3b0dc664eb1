// The string concatenation intrinsic (src/interpreter/concat.ts) is behind a switch: with
// -XX:-UseStringConcatIntrinsic the JDK's own StringConcatFactory bootstrap links every site. Both ways
// must print exactly what HotSpot prints for the concatenation corner cases of the ConcatIntrinsic
// conformance program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';

test('string concatenation matches HotSpot with the intrinsic on and off', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-concat-'));
  try {
    const source = path.join(repoRoot, 'test', 'programs', 'indy', 'ConcatIntrinsic.java');
    const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-d', dir, source], { encoding: 'utf8' });
    assert.equal(javac.status, 0, javac.stderr);
    const expected = spawnSync('java', ['-cp', dir, 'ConcatIntrinsic'], { encoding: 'utf8' });
    assert.equal(expected.status, 0, expected.stderr);
    const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');
    for (const flag of ['-XX:+UseStringConcatIntrinsic', '-XX:-UseStringConcatIntrinsic']) {
      const r = spawnSync(tsjvm, [flag, '-cp', dir, 'ConcatIntrinsic'], { encoding: 'utf8' });
      assert.equal(r.stderr, expected.stderr, flag);
      assert.equal(r.stdout, expected.stdout, flag);
      assert.equal(r.status, 0, flag);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
