// Where the tiered VM enters a method's first on-stack-replacement variant (src/jit/compiler.ts
// osrEntryIsChosen): at the header of the loop around a hot inner loop once the frame reaches it, so that
// V8 doesn't box the inner loop's doubles; at the inner header itself when the inner loop runs on, or
// when the method has no double or float locals. The program's output is checked against HotSpot by the
// conformance suite (jit/OsrNestedLoops); this test checks the entries that -XX:+PrintCompilation
// reports against the loops javap shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';
import { jdkTool } from '../harness/jdkTools.js';

const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');

/** Each method's loops from `javap -c`: header pc -> last pc of a backward branch to it. */
function loopsByMethod(javapOutput: string): Map<string, Map<number, number>> {
  const methods = new Map<string, Map<number, number>>();
  let loops: Map<number, number> | null = null;
  for (const line of javapOutput.split('\n')) {
    const method = /^ {2}\S.* (\w+)\(.*\);$/.exec(line);
    if (method) {
      loops = new Map();
      methods.set(method[1], loops);
      continue;
    }
    const branch = /^\s+(\d+): (?:if\w*|goto(?:_w)?)\s+(\d+)$/.exec(line);
    if (branch && loops) {
      const pc = Number(branch[1]);
      const target = Number(branch[2]);
      if (target <= pc && (loops.get(target) ?? -1) < pc) loops.set(target, pc);
    }
  }
  return methods;
}

/** The header of the smallest loop strictly around the loop at `inner`. */
function enclosingHeader(loops: Map<number, number>, inner: number): number {
  let best = -1;
  for (const [header, end] of loops) {
    if (header < inner && loops.get(inner)! <= end && header > best) best = header;
  }
  assert.ok(best >= 0, `no loop around ${inner}`);
  return best;
}

/** Headers of loops with no other loop inside them. */
function innermostHeaders(loops: Map<number, number>): number[] {
  return [...loops.keys()].filter(
    (h) => ![...loops.keys()].some((other) => other > h && other <= loops.get(h)!),
  );
}

test('the first OSR variant enters at the loop around a hot inner loop, or at the inner loop if it runs on', () => {
  const javap = jdkTool('javap');
  assert.ok(javap, 'javap is needed (a JDK)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-osr-entry-'));
  try {
    const source = path.join(repoRoot, 'test', 'programs', 'jit', 'OsrNestedLoops.java');
    const javac = spawnSync('javac', ['-d', dir, source], { encoding: 'utf8' });
    assert.equal(javac.status, 0, javac.stderr);
    const listing = spawnSync(javap, ['-c', '-p', '-cp', dir, 'OsrNestedLoops'], { encoding: 'utf8' });
    assert.equal(listing.status, 0, listing.stderr);
    const loops = loopsByMethod(listing.stdout);
    const run = spawnSync(tsjvm, ['-XX:+PrintCompilation', '-cp', dir, 'OsrNestedLoops'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const entries = new Map<string, number[]>();
    for (const m of run.stdout.matchAll(/ % +OsrNestedLoops::(\w+) @ (\d+) /g)) {
      entries.set(m[1], [...(entries.get(m[1]) ?? []), Number(m[2])]);
    }

    // grid: a Mandelbrot nest (rows, columns, a short while loop): entered at the column loop's header,
    // the first header the frame reaches around the while loop.
    const grid = loops.get('grid')!;
    const gridInner = innermostHeaders(grid).sort((a, b) => a - b)[0];
    assert.deepEqual(entries.get('grid'), [enclosingHeader(grid, gridInner)]);

    // longInner: the inner loop runs 300000 iterations without reaching the outer header: entered there.
    const longInner = loops.get('longInner')!;
    assert.deepEqual(entries.get('longInner'), innermostHeaders(longInner));

    // labeled: the inner loop leaves by `continue outer`, which reaches the outer header.
    const labeled = loops.get('labeled')!;
    assert.deepEqual(entries.get('labeled'), [Math.min(...labeled.keys())]);

    // intGrid: ints only, nothing V8 could box: entered at once at the inner loop, where the frame's
    // 500th back-edge is (rows of 10 inner back-edges and 1 outer).
    const intGrid = loops.get('intGrid')!;
    assert.deepEqual(entries.get('intGrid'), innermostHeaders(intGrid));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
