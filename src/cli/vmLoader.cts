// Loads the VM's code for whichever thread runs it (the main thread, or the worker of worker.ts): the
// bundle `npm run build` makes (dist/bundle/vmThread.cjs), compiled from V8's code cache when there is
// one (codeCache.cts); or, when `tsc` has compiled the sources again since the bundle was made (tsc
// rewrites every output), the modules themselves, so that a stale bundle is never run.
// CommonJS, like codeCache.cts: a script (unlike a module) can be compiled from the code cache, and
// loads some 5 ms sooner.
//
// TSJVM_CODE_CACHE=off runs the bundle without the cache (to measure it); =write saves the cache when the
// run is over and =require fails the run (status 3) unless V8 took the cache (`npm run build` does both,
// makeCodeCache.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type * as VmThreadMain from './vmThreadMain.js';
import { compileBundle, runBundle, saveCache } from './codeCache.cjs';

/** What runs the VM: the entry points of vmThreadMain.ts, and the hook to call once the run is over. */
export type VmStarter = (entry: typeof VmThreadMain, beforeReport: (() => void) | undefined) => void;

/** The bundle, if it is at least as new as the modules it was made from. */
function freshBundle(): string | null {
  const bundle = join(__dirname, '..', '..', 'bundle', 'vmThread.cjs');
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const modules = statSync(join(__dirname, 'vmThreadMain.js'));
  return bundled !== undefined && bundled.mtimeMs >= modules.mtimeMs ? bundle : null;
}

/** TSJVM_CODE_CACHE=require and no cache: the run fails. */
function cacheRequired(why: string): never {
  process.stderr.write(`tsjvm: ${why}\n`);
  process.exit(3);
}

/**
 * Loads the VM and calls `start` with it: at once from the bundle, or once the modules have loaded (a
 * failure to load them rejects the returned promise).
 */
export function loadVm(start: VmStarter): Promise<void> {
  const bundle = freshBundle();
  const mode = process.env['TSJVM_CODE_CACHE'];
  if (bundle === null) {
    if (mode === 'require') cacheRequired('the bundle is older than the modules');
    return import('./vmThreadMain.js').then((entry) => start(entry, undefined));
  }
  const compiled = compileBundle(bundle, mode !== 'off');
  if (mode === 'require' && !compiled.fromCache) cacheRequired(`V8 did not take the code cache of ${bundle}`);
  const entry = runBundle(compiled);
  const save = (): void => {
    const error = saveCache(compiled, entry.translationV8Flags());
    if (error !== null) process.stderr.write(`tsjvm: ${error}\n`);
  };
  start(entry, mode === 'write' ? save : undefined);
  return Promise.resolve();
}
