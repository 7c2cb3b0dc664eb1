// Every floating-point compare (fcmpl, fcmpg, dcmpl, dcmpg) followed by every if<cond> (JVMS §6.5): NaN,
// -0.0 and the infinities must take the branch the compare's -1/0/1 gives, in the interpreter and in
// translated code. javac only emits six of the 24 pairs, so the methods are assembled here; a javac-
// compiled driver calls them, cold and hot, and its output must equal HotSpot's in every execution mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assembleClass, type AssembledMethod } from '../harness/classwriter.js';
import { assertEveryModeMatches, runDriverOnHotSpot } from '../harness/modes.js';

const COMPARES = [
  { op: 0x95, name: 'fcmpl', wide: false },
  { op: 0x96, name: 'fcmpg', wide: false },
  { op: 0x97, name: 'dcmpl', wide: true },
  { op: 0x98, name: 'dcmpg', wide: true },
];
const BRANCHES = ['ifeq', 'ifne', 'iflt', 'ifge', 'ifgt', 'ifle'];

/** static int <cmp>_<if>(a, b): 1 if the branch is taken, else 0. */
function method(cmp: (typeof COMPARES)[number], branch: number): AssembledMethod {
  const loads = cmp.wide ? [0x26, 0x28] : [0x22, 0x23]; // dload_0, dload_2 / fload_0, fload_1
  return {
    name: `${cmp.name}_${BRANCHES[branch]}`,
    descriptor: cmp.wide ? '(DD)I' : '(FF)I',
    maxStack: cmp.wide ? 4 : 2,
    maxLocals: cmp.wide ? 4 : 2,
    // 0, 1: loads; 2: compare; 3: if<cond> → 8; 6: iconst_0; ireturn; 8: iconst_1; ireturn
    code: [...loads, cmp.op, 0x99 + branch, 0x00, 0x05, 0x03, 0xac, 0x04, 0xac],
  };
}

function driver(): string {
  const calls: string[] = [];
  for (const cmp of COMPARES) {
    for (const b of BRANCHES) {
      const name = `${cmp.name}_${b}`;
      const values = cmp.wide ? 'ds' : 'fs';
      calls.push(
        `for (int i = 0; i < ${values}.length; i++) for (int j = 0; j < ${values}.length; j++) ` +
          `line.append(FloatBranch.${name}(${values}[i], ${values}[j]));`,
        `System.out.println("${name} " + line); line.setLength(0);`,
        // Hot: translated in the default mode, with an on-stack replacement of this loop.
        `{ int sum = 0; for (int k = 0; k < 20000; k++) sum = sum * 3 + FloatBranch.${name}(${values}[k % ${values}.length], ${values}[(k / ${values}.length) % ${values}.length]);`,
        `System.out.println("${name} hot " + sum); }`,
      );
    }
  }
  return `
public class FloatBranchMain {
    public static void main(String[] args) {
        double[] ds = { Double.NaN, -0.0, 0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        float[] fs = { Float.NaN, -0.0f, 0.0f, 1.0f, -1.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY };
        StringBuilder line = new StringBuilder();
        ${calls.join('\n        ')}
    }
}
`;
}

test('every float compare and branch pair runs as on HotSpot in every execution mode', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-float-branch-'));
  try {
    const methods = COMPARES.flatMap((cmp) => BRANCHES.map((_, b) => method(cmp, b)));
    fs.writeFileSync(path.join(dir, 'FloatBranch.class'), assembleClass('FloatBranch', methods));
    const expected = runDriverOnHotSpot(dir, 'FloatBranchMain', driver());
    // NaN takes the branch of the compare's NaN result: dcmpg gives 1, so ifgt is taken, ifle is not.
    assert.match(expected.stdout, /^dcmpg_ifgt 1/m);
    assert.match(expected.stdout, /^dcmpl_iflt 1/m);
    assertEveryModeMatches(dir, 'FloatBranchMain', expected);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
