// The last step of `npm run build`: makes the VM thread's code cache (codeCache.cts) by running Hello World
// once with TSJVM_CODE_CACHE=write, so that the cache holds what the start of a run compiles. Without a JDK
// (javac, and a JDK for tsjvm to boot) there is no cache: the build says so and succeeds, and runs compile
// the bundle as they would without one.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFileOf } from './codeCache.cjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = path.join(root, 'dist', 'bundle', 'vmThread.cjs');

/** javac of JAVA_HOME, which tsjvm also takes its JDK from first, else the one on PATH. */
function javac(): string {
  const home = process.env['JAVA_HOME'];
  const candidate = home ? path.join(home, 'bin', 'javac') : '';
  return home && fs.existsSync(candidate) ? candidate : 'javac';
}

/** Runs a command; null if it succeeded and printed `stdout`, else what went wrong. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdout = ''): string | null {
  const p = spawnSync(command, args, { env, encoding: 'utf8' });
  if (p.error) return `${command}: ${p.error.message}`;
  if (p.status === 0 && p.stdout === stdout) return null;
  return `${command} ${args.join(' ')}: exit status ${p.status}\n${p.stdout}${p.stderr}`;
}

/** Compiles and runs Hello World, which saves the cache; null, or why there is no usable cache. */
function makeCache(classes: string): string | null {
  const compiled = run(javac(), ['-d', classes, path.join(root, 'examples', 'Hello.java')], process.env);
  if (compiled !== null) return compiled;
  // The command itself, not `node bin/tsjvm`: V8 takes a cache only under the flags it was made with, and
  // the command starts Node with its own (bin/tsjvm, mainThread.cts).
  const tsjvm = path.join(root, 'bin', 'tsjvm');
  const args = ['-cp', classes, 'Hello'];
  const ran = run(tsjvm, args, { ...process.env, TSJVM_CODE_CACHE: 'write' }, 'Hello, World!\n');
  if (ran !== null) return ran;
  if (!fs.existsSync(cacheFileOf(bundle))) return 'the run saved no cache';
  // Every run would read a cache that this Node rejects, for nothing.
  return run(tsjvm, args, { ...process.env, TSJVM_CODE_CACHE: 'require' }, 'Hello, World!\n');
}

function main(): void {
  const cache = cacheFileOf(bundle);
  // The cache of an earlier bundle would be ignored, but still read by every run.
  fs.rmSync(cache, { force: true });
  const classes = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-codecache-'));
  try {
    const failure = makeCache(classes);
    if (failure !== null) {
      fs.rmSync(cache, { force: true });
      process.stderr.write(`warning: no code cache for the VM thread, runs will start slower: ${failure}\n`);
    }
  } finally {
    fs.rmSync(classes, { recursive: true, force: true });
  }
}

main();
