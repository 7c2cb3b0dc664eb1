// V8's code cache for the VM thread's bundle (dist/bundle/vmThread.cjs). Compiling the ~650 KB bundle,
// and then each function the first time it is called, costs tens of ms of every start; with the cache V8
// deserializes the bytecode of an earlier run instead. `npm run build` makes the cache (makeCodeCache.ts)
// with a Hello World run that saves it when done, so it holds every function such a run compiled, not
// only the bundle's top level. (Node 20 caches no code of its own: module.enableCompileCache is Node 22.)
//
// V8 rejects a cache made by another V8 version or under other V8 flags, but of the source it checks only
// the length: bytecode made for different source of the same length would be accepted and run. So the
// cache file holds the very bytes of the bundle it was made for, and is only offered to V8 while the
// bundle still has them (a read and a memcmp: cheaper than a digest, as node:crypto alone takes a worker
// some 2.5 ms to load). A release build of V8 checks its data for damage only under
// --verify-snapshot-checksum (it aborts on corrupt bytecode otherwise): bin/tsjvm starts Node with that
// flag, the cache is made under it, and a process without it is never offered the cache. (A CRC-32 of our
// own needed node:zlib, whose loading, streams and all, took ~5 ms of every start.) A cache that is
// missing, unreadable, damaged, for other bytes or rejected by V8 is ignored: the run compiles the bundle
// as it would without one.
//
// Cache file: "TJC2", u32 n (little-endian), the n bytes of the bundle, V8's data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as NodeV8 from 'node:v8';
import { Script } from 'node:vm';
import type * as VmThreadMain from './vmThreadMain.js';
import { writeWhole } from './wholeFile.cjs';

/** The bundle compiled, and what saving its cache needs. */
export interface CompiledBundle {
  readonly file: string;
  readonly script: Script;
  /** The bundle's bytes, which the cache file records. */
  readonly bytes: Buffer;
  /** Whether V8 compiled the bundle from the cache. */
  readonly fromCache: boolean;
}

/** The function a compiled bundle evaluates to: Node's CommonJS module wrapper. */
type ModuleFunction = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;

/** The cache file's header: its format and the byte count of the bundle copy. */
const MAGIC = 'TJC2';
const LENGTH_AT = 4;
const HEADER_BYTES = 8;

/** The V8 flag under which V8 checksums the code caches it makes and rejects damaged ones. */
const VERIFY_FLAG = '--verify-snapshot-checksum';

/** The cache of a bundle: next to it. */
export function cacheFileOf(bundle: string): string {
  return `${bundle}.cache`;
}

/**
 * The bundle's source wrapped as Node wraps a CommonJS module. The wrapper stays on the bundle's first
 * line so that line numbers in stack traces are the file's; "use strict" because the sources are ES
 * modules, which are strict, and esbuild's CommonJS output doesn't say so.
 */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`;
}

/**
 * V8's data from the cache of the bundle `file`, or undefined if there is none for these `bytes` or V8
 * would not check it for damage (a process not started by bin/tsjvm).
 */
function readCache(file: string, bytes: Buffer): Buffer | undefined {
  if (!process.execArgv.includes(VERIFY_FLAG)) return undefined;
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
  const end = HEADER_BYTES + bytes.length;
  if (cache.length <= end || cache.toString('latin1', 0, LENGTH_AT) !== MAGIC) return undefined;
  if (cache.readUInt32LE(LENGTH_AT) !== bytes.length || !cache.subarray(HEADER_BYTES, end).equals(bytes)) {
    return undefined;
  }
  return cache.subarray(end);
}

/** Compiles the bundle, from its cache if `useCache` and it has a usable one. */
export function compileBundle(file: string, useCache: boolean): CompiledBundle {
  const bytes = readFileSync(file);
  const cachedData = useCache ? readCache(file, bytes) : undefined;
  const script = new Script(wrap(bytes.toString('utf8')), { filename: file, cachedData });
  return { file, script, bytes, fromCache: cachedData !== undefined && script.cachedDataRejected !== true };
}

/** Runs the compiled bundle's top level, as Node runs a CommonJS module, and returns its exports. */
export function runBundle(bundle: CompiledBundle): typeof VmThreadMain {
  const fn = bundle.script.runInThisContext() as ModuleFunction;
  const module = { exports: {} };
  const { file } = bundle;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports as typeof VmThreadMain;
}

/**
 * Saves what V8 has compiled of the bundle so far as its cache. Returns an error message rather than
 * throwing: a run that can't save the cache has still run. `flags` are the V8 flags main() may have set
 * or taken back, with their defaults (main.ts translationV8Flags).
 */
export function saveCache(
  bundle: CompiledBundle,
  flags: [flag: string, defaultValue: string][],
): string | null {
  // V8 stamps the cache with a hash of its flags and rejects it under other flags. Runs load the cache
  // before main() starts, under the flags Node was started with (makeCodeCache checks that V8 takes the
  // cache it made), so those are put back first. node:v8 is loaded only here: it takes ~9 ms.
  const { setFlagsFromString } = createRequire(__filename)('node:v8') as typeof NodeV8;
  for (const [flag, defaultValue] of flags)
    setFlagsFromString(process.execArgv.includes(flag) ? flag : defaultValue);
  const data = bundle.script.createCachedData();
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 'latin1');
  header.writeUInt32LE(bundle.bytes.length, LENGTH_AT);
  const file = cacheFileOf(bundle.file);
  try {
    writeWhole(file, Buffer.concat([header, bundle.bytes, data]));
    return null;
  } catch (e) {
    return `can't write the code cache ${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
