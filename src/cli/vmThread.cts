// The VM thread's entry: what the worker started by runInWorker (worker.ts) runs. It runs vmThreadMain.ts
// from the bundle `npm run build` makes (dist/bundle/vmThread.cjs), compiled from V8's code cache when
// there is one (codeCache.cts); or, when `tsc` has compiled the sources again since the bundle was made
// (tsc rewrites every output), from the modules themselves, so that a stale bundle is never run.
// CommonJS, like codeCache.cts, because a worker starts some 5 ms sooner on a CommonJS file than on an
// ES module.
//
// TSJVM_CODE_CACHE=off runs the bundle without the cache (to measure it); =write saves the cache when the
// run is over (`npm run build` does, makeCodeCache.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle, runBundle, saveCache } from './codeCache.cjs';

/** The bundle, if it is at least as new as the modules it was made from. */
function freshBundle(): string | null {
  const bundle = join(__dirname, '..', '..', 'bundle', 'vmThread.cjs');
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const modules = statSync(join(__dirname, 'vmThreadMain.js'));
  return bundled !== undefined && bundled.mtimeMs >= modules.mtimeMs ? bundle : null;
}

/** Runs the bundle, saving its code cache at the end when asked to. */
function runFromBundle(bundle: string): void {
  const mode = process.env['TSJVM_CODE_CACHE'];
  const compiled = compileBundle(bundle, mode !== 'off');
  const save = (): void => {
    const error = saveCache(compiled);
    if (error !== null) process.stderr.write(`tsjvm: ${error}\n`);
  };
  runBundle(compiled).runVmThread(mode === 'write' ? save : undefined);
}

/** Runs the modules tsc made. Should loading them fail, the rejection ends the worker with an error. */
function runFromModules(): void {
  void import('./vmThreadMain.js').then((m) => m.runVmThread());
}

const bundle = freshBundle();
if (bundle !== null) runFromBundle(bundle);
else runFromModules();
