// For tests with assembled classes (classwriter.ts): a javac-compiled driver runs them on HotSpot, whose
// output is the expected one, and then on tsjvm in each execution mode.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './programs.js';

/**
 * Compiles the driver class `main` from `source` against the classes in `dir` and runs it on HotSpot,
 * failing the test unless both succeed; gives HotSpot's result.
 */
export function runDriverOnHotSpot(dir: string, main: string, source: string): SpawnSyncReturns<string> {
  const file = path.join(dir, `${main}.java`);
  fs.writeFileSync(file, source);
  const javac = spawnSync('javac', ['-cp', dir, '-d', dir, file], { encoding: 'utf8' });
  assert.equal(javac.status, 0, javac.stderr);
  const expected = spawnSync('java', ['-cp', dir, main], { encoding: 'utf8' });
  assert.equal(expected.status, 0, expected.stderr);
  return expected;
}

/** Runs `main` from `dir` on tsjvm by default, with -Xint and with -Xcomp: each must do what HotSpot did. */
export function assertEveryModeMatches(dir: string, main: string, expected: SpawnSyncReturns<string>): void {
  const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');
  for (const mode of [[], ['-Xint'], ['-Xcomp']]) {
    const r = spawnSync(tsjvm, [...mode, '-cp', dir, main], { encoding: 'utf8' });
    assert.equal(r.stderr, expected.stderr, `stderr ${mode.join(' ')}`);
    assert.equal(r.stdout, expected.stdout, `stdout ${mode.join(' ')}`);
    assert.equal(r.status, 0);
  }
}
