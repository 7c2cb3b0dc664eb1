// A JS error that escapes the VM (a tsjvm bug) ends the run with status 70 and a report on stderr
// (src/cli/mainThread.cts), also when stderr is a pipe whose reader has gone: writing the report then
// fails, and that failure must not be reported again and again instead of exiting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';

const mainThread = path.join(repoRoot, 'dist', 'src', 'cli', 'mainThread.cjs');
const vmLoader = path.join(repoRoot, 'dist', 'src', 'cli', 'vmLoader.cjs');

/**
 * A process that runs runOnMainThread with a VM loader whose VM throws a JS error from a timer (as an
 * escaped error surfaces: an uncaught exception), and prints the exit status it resolves with.
 */
const SCRIPT = `
const Module = require('node:module');
const fake = new Module(${JSON.stringify(vmLoader)});
fake.filename = ${JSON.stringify(vmLoader)};
fake.loaded = true;
fake.exports = {
  loadVm(start) {
    start({ runOnThisThread: () => new Promise(() => setTimeout(() => { throw new Error('escaped'); }, 10)) });
    return Promise.resolve();
  },
};
require.cache[${JSON.stringify(vmLoader)}] = fake;
require(${JSON.stringify(mainThread)}).runOnMainThread([]).then((status) => process.exit(status));
`;

function run(closeStderr: boolean): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', SCRIPT], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    if (closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

test('an escaped JS error is reported and ends the run with status 70', async () => {
  const r = await run(false);
  assert.equal(r.signal, null);
  assert.equal(r.code, 70);
  assert.match(r.stderr, /^tsjvm: internal error: Error: escaped/);
});

test('an escaped JS error ends the run when stderr is a closed pipe', async () => {
  const r = await run(true);
  assert.equal(r.signal, null, 'the process had to be killed: it did not exit');
  assert.equal(r.code, 70);
});
