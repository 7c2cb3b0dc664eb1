// Methods with irreducible control flow (a loop entered at two places), which javac never produces: the
// translator must fall back from structured code to dispatch for them (src/jit/structure.ts), and its
// on-stack-replacement variants must enter such loops correctly. The class is assembled here; a javac-
// compiled driver calls it hot enough to be translated, and its output must equal HotSpot's in every mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';
import { assembleClass } from '../harness/classwriter.js';
import { assertEveryModeMatches, runDriverOnHotSpot } from '../harness/modes.js';

/**
 * static int count(int n, int startInside): a loop with two entries, A (n--, leave when n <= 0) and B
 * (count++, back to A while n > 0); startInside != 0 enters at A, else at B.
 */
const COUNT = [
  0x03, // 0: iconst_0
  0x3d, // 1: istore_2
  0x1b, // 2: iload_1
  0x99,
  0x00,
  0x0a, // 3: ifeq → 13 (B)
  0x84,
  0x00,
  0xff, // 6 (A): iinc 0, -1
  0x1a, // 9: iload_0
  0x9e,
  0x00,
  0x0a, // 10: ifle → 20 (end)
  0x84,
  0x02,
  0x01, // 13 (B): iinc 2, 1
  0x1a, // 16: iload_0
  0x9d,
  0xff,
  0xf5, // 17: ifgt → 6 (A)
  0x1c, // 20: iload_2
  0xac, // 21: ireturn
];

/**
 * static double mix(int n, int startInside): the same two-entry loop carrying a double (locals 2-3: the
 * sum of n seen at B) and a long (locals 4-5: prod = prod * 3 + n), so kinds merge at both entries;
 * returns sum + (double) prod.
 */
const MIX = [
  0x0e, // 0: dconst_0
  0x49, // 1: dstore_2
  0x0a, // 2: lconst_1
  0x37,
  0x04, // 3: lstore 4
  0x1b, // 5: iload_1
  0x99,
  0x00,
  0x0a, // 6: ifeq → 16 (B)
  0x84,
  0x00,
  0xff, // 9 (A): iinc 0, -1
  0x1a, // 12: iload_0
  0x9e,
  0x00,
  0x16, // 13: ifle → 35 (end)
  0x28, // 16 (B): dload_2
  0x1a, // 17: iload_0
  0x87, // 18: i2d
  0x63, // 19: dadd
  0x49, // 20: dstore_2
  0x16,
  0x04, // 21: lload 4
  0x06, // 23: iconst_3
  0x85, // 24: i2l
  0x69, // 25: lmul
  0x1a, // 26: iload_0
  0x85, // 27: i2l
  0x61, // 28: ladd
  0x37,
  0x04, // 29: lstore 4
  0x1a, // 31: iload_0
  0x9d,
  0xff,
  0xe9, // 32: ifgt → 9 (A)
  0x28, // 35 (end): dload_2
  0x16,
  0x04, // 36: lload 4
  0x8a, // 38: l2d
  0x63, // 39: dadd
  0xaf, // 40: dreturn
];

const DRIVER = `
public class IrreducibleMain {
    public static void main(String[] args) {
        for (int n = 0; n <= 6; n++) {
            System.out.println("count(" + n + ", 1) = " + Irreducible.count(n, 1) + ", count(" + n + ", 0) = " + Irreducible.count(n, 0));
        }
        long sum = 0;
        for (int i = 0; i < 30000; i++) sum += Irreducible.count(i % 50, i & 1);
        System.out.println("sum " + sum);
        // A long loop inside one call: on-stack replacement at a loop header of the irreducible method.
        System.out.println("count(3000000, 1) = " + Irreducible.count(3000000, 1));
        System.out.println("count(3000000, 0) = " + Irreducible.count(3000000, 0));
        for (int n = 0; n <= 6; n++) {
            System.out.println("mix(" + n + ", 1) = " + Irreducible.mix(n, 1) + ", mix(" + n + ", 0) = " + Irreducible.mix(n, 0));
        }
        double total = 0;
        for (int i = 0; i < 30000; i++) total += Irreducible.mix(i % 40, i & 1);
        System.out.println("total " + total);
        System.out.println("mix(3000000, 1) = " + Irreducible.mix(3000000, 1));
    }
}
`;

test('irreducible control flow runs as on HotSpot in every execution mode', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-irreducible-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'Irreducible.class'),
      assembleClass('Irreducible', [
        { name: 'count', descriptor: '(II)I', maxStack: 1, maxLocals: 3, code: COUNT },
        { name: 'mix', descriptor: '(II)D', maxStack: 4, maxLocals: 6, code: MIX },
      ]),
    );
    const expected = runDriverOnHotSpot(dir, 'IrreducibleMain', DRIVER);
    assert.match(expected.stdout, /count\(5, 1\) = 4, count\(5, 0\) = 5/);
    assertEveryModeMatches(dir, 'IrreducibleMain', expected);
    const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');
    // The method really is translated (and on-stack replaced) rather than left to the interpreter.
    const log = spawnSync(tsjvm, ['-XX:+PrintCompilation', '-cp', dir, 'IrreducibleMain'], {
      encoding: 'utf8',
    });
    assert.match(log.stdout, /Irreducible::count \(/);
    assert.match(log.stdout, /%\s+Irreducible::count @ 6 /);
    assert.match(log.stdout, /%\s+Irreducible::mix @ 9 /);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
