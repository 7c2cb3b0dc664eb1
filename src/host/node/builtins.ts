// Node's built-in modules that most runs never use, loaded the first time they are. Loading one runs its
// JavaScript and that of every module it needs, on every start: measured before a Hello World, node:v8
// took 9 ms (it loads Node's streams), node:tty 2.2 ms, node:net 2.0 ms and node:worker_threads 1.6 ms,
// together some 8% of that run, which uses none of them (its output is a pipe or a file, not a terminal;
// it opens no socket; the V8 flags it needs are on its command line).
import { createRequire } from 'node:module';
import type * as NodeNet from 'node:net';
import type * as NodeTty from 'node:tty';
import type * as NodeV8 from 'node:v8';
import type * as NodeWorkerThreads from 'node:worker_threads';

const load = createRequire(import.meta.url);

let net: typeof NodeNet | undefined;
let tty: typeof NodeTty | undefined;
let v8: typeof NodeV8 | undefined;
let workerThreads: typeof NodeWorkerThreads | undefined;

export function nodeNet(): typeof NodeNet {
  return (net ??= load('node:net') as typeof NodeNet);
}

export function nodeTty(): typeof NodeTty {
  return (tty ??= load('node:tty') as typeof NodeTty);
}

export function nodeV8(): typeof NodeV8 {
  return (v8 ??= load('node:v8') as typeof NodeV8);
}

export function nodeWorkerThreads(): typeof NodeWorkerThreads {
  return (workerThreads ??= load('node:worker_threads') as typeof NodeWorkerThreads);
}
