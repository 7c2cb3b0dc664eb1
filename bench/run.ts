// Benchmark runner: compiles bench/programs/*.java with the host javac, runs each program on HotSpot,
// on tsjvm and on tsjvm -Xint, checks that tsjvm prints exactly what HotSpot prints, and reports wall
// times of whole processes (startup included) with tsjvm/HotSpot ratios and their geometric mean.
//
// Usage: npm run bench   (= npm run build && node dist/bench/run.js)
// Environment:
//   BENCH_RUNS=N          best of N runs per program and VM (default 1)
//   BENCH_FILTER=str      only programs whose name contains str (case-insensitive; applies to Hello too)
//   BENCH_SCALE=x         multiply every program's size (work) by x (default 1)
//   BENCH_TIMEOUT_S=s     per-run timeout in seconds (default 120)
//   BENCH_JSON=path       also write the results as JSON to path
//   TSJVM_COMMAND="..."   command that replaces `bin/tsjvm` (e.g. `java` to test the runner itself)

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Program {
  readonly name: string;
  /** args[0] at BENCH_SCALE=1; every program's work is roughly linear in it. */
  readonly size: number;
}

// Default sizes: chosen so that the programs' own work, not start-up, is most of every time measured.
// HotSpot takes ~40 ms to start and tsjvm ~190 ms, and the first sizes (a fifth of these, when tsjvm's
// interpreter limited how long the suite could run) gave HotSpot runs of 80-230 ms: start-up was up to
// half of HotSpot's time and three quarters of tsjvm's, so the ratios measured start-up more than the
// execution engine. At these sizes HotSpot runs 90-500 ms, and the suite (HotSpot, tsjvm and tsjvm -Xint,
// once each) takes ~2 minutes on 2 cores. They are 1/1.5 to 1/20 of the programs' own no-argument sizes
// (PingPong's is 20 000). See bench/README.md for measured timings.
const PROGRAMS: readonly Program[] = [
  { name: 'NBody', size: 1_000_000 }, // simulation steps
  { name: 'SpectralNorm', size: 400 }, // power iterations, N = 128
  { name: 'Mandelbrot', size: 2_000 }, // rows of a 1024-column bitmap
  { name: 'Fannkuch', size: 60 }, // repetitions of fannkuch-redux(8)
  { name: 'BinaryTrees', size: 150 }, // ~41k tree nodes per unit, max depth 12
  { name: 'Collections', size: 400 }, // rounds of HashMap/ArrayList/TreeMap/ArrayDeque churn
  { name: 'Strings', size: 3_000 }, // rounds of build/split/parse/format
  { name: 'LongMath', size: 1_500_000 }, // iterations of LCG + fmix64 + xorshift* + div
  { name: 'Dispatch', size: 30_000 }, // passes over 64 shapes / 60 ops / 74 named objects
  { name: 'Exceptions', size: 200_000 }, // iterations, ~2.3 throws each
  { name: 'Fib', size: 250 }, // fib(20..24) evaluations
  { name: 'Sieve', size: 250 }, // rounds of sieve to ~100k + linear sieve to ~50k
  { name: 'Streams', size: 50 }, // rounds of IntStream/Stream pipelines over 4 000 elements
  { name: 'PingPong', size: 25_000 }, // round trips between two threads (wait/notify, then SynchronousQueue)
];

const HELLO = 'Hello';
// Plain javac flags: the benchmarks are what javac really emits (indy string concatenation included).
const JAVAC_FLAGS = ['--release', '17', '-encoding', 'UTF-8'];
const MAX_CAPTURE = 16 * 1024 * 1024;

type Mode = 'hotspot' | 'tsjvm' | 'xint';
const MODES: readonly Mode[] = ['hotspot', 'tsjvm', 'xint'];
const MODE_LABEL: Record<Mode, string> = { hotspot: 'HotSpot', tsjvm: 'tsjvm', xint: 'tsjvm -Xint' };

type Status = 'ok' | 'fail' | 'timeout';

interface RunResult {
  status: Status;
  ms: number;
  stdout: string;
  stderr: string;
  detail: string;
}

interface ModeResult {
  status: Status | 'skipped';
  /** Best wall time over the successful runs (ms); NaN if none. */
  ms: number;
  detail: string;
  runs: number[];
}

interface ProgramResult {
  name: string;
  size: number | undefined;
  modes: Record<Mode, ModeResult>;
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'bench', 'programs')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (a directory with bench/programs)');
    dir = parent;
  }
}

function envNumber(name: string, def: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return def;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < min) {
    throw new Error(`${name} must be a number >= ${min}, got '${raw}'`);
  }
  return v;
}

const ROOT = findRoot();
const SRC_DIR = join(ROOT, 'bench', 'programs');
const CACHE_DIR = join(ROOT, '.tsjvm-cache', 'bench');
const CLASS_DIR = join(CACHE_DIR, 'classes');
const STAMP = join(CACHE_DIR, 'stamp.json');

const RUNS = Math.floor(envNumber('BENCH_RUNS', 1, 1));
const SCALE = envNumber('BENCH_SCALE', 1, Number.MIN_VALUE);
const TIMEOUT_MS = envNumber('BENCH_TIMEOUT_S', 120, 0.001) * 1000;
const FILTER = (process.env.BENCH_FILTER ?? '').trim().toLowerCase();
const JSON_OUT = process.env.BENCH_JSON;
const TSJVM_CMD: readonly string[] = (() => {
  const raw = (process.env.TSJVM_COMMAND ?? '').trim();
  return raw === '' ? [join(ROOT, 'bin', 'tsjvm')] : raw.split(/\s+/);
})();

function log(msg: string): void {
  process.stderr.write(msg + '\n');
}

// ---------------------------------------------------------------------------------------------
// Compilation

function javaSources(): string[] {
  return readdirSync(SRC_DIR)
    .filter((f) => f.endsWith('.java'))
    .sort();
}

function compile(): void {
  const sources = javaSources();
  const stamp = JSON.stringify({
    flags: JAVAC_FLAGS,
    sources: sources.map((f) => {
      const st = statSync(join(SRC_DIR, f));
      return [f, st.size, st.mtimeMs];
    }),
  });
  const upToDate =
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === stamp &&
    sources.every((f) => existsSync(join(CLASS_DIR, f.replace(/\.java$/, '.class'))));
  if (upToDate) {
    log(`classes up to date in ${CLASS_DIR}`);
    return;
  }
  rmSync(CLASS_DIR, { recursive: true, force: true });
  mkdirSync(CLASS_DIR, { recursive: true });
  log(`compiling ${sources.length} programs into ${CLASS_DIR}`);
  const r = spawnSync('javac', [...JAVAC_FLAGS, '-d', CLASS_DIR, ...sources.map((f) => join(SRC_DIR, f))], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.error !== undefined || r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`javac failed: ${r.error?.message ?? `exit code ${String(r.status)}`}`);
  }
  writeFileSync(STAMP, stamp);
}

// ---------------------------------------------------------------------------------------------
// Running processes

const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    // The child leads its own process group (detached), so this also ends anything it spawned.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    for (const c of live) killGroup(c);
    process.exit(130);
  });
}

function runOnce(argv: readonly string[]): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let spawnError: Error | undefined;
    let endNs = 0n;
    const startNs = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => {
      if (outLen < MAX_CAPTURE) out.push(b);
      outLen += b.length;
    });
    child.stderr.on('data', (b: Buffer) => {
      if (errLen < MAX_CAPTURE) err.push(b);
      errLen += b.length;
    });
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('exit', () => {
      endNs = process.hrtime.bigint();
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      if (endNs === 0n) endNs = process.hrtime.bigint();
      const ms = Number(endNs - startNs) / 1e6;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      let status: Status = 'ok';
      let detail = '';
      if (timedOut) {
        status = 'timeout';
        detail = `killed after ${TIMEOUT_MS / 1000} s`;
      } else if (spawnError !== undefined) {
        status = 'fail';
        detail = `cannot run ${argv[0]}: ${spawnError.message}`;
      } else if (code !== 0) {
        status = 'fail';
        detail = signal !== null ? `killed by ${signal}` : `exit code ${String(code)}`;
      }
      resolvePromise({ status, ms, stdout, stderr, detail });
    });
  });
}

function commandFor(mode: Mode, main: string, args: readonly string[]): string[] {
  const tail = ['-cp', CLASS_DIR, main, ...args];
  switch (mode) {
    case 'hotspot':
      return ['java', ...tail];
    case 'tsjvm':
      return [...TSJVM_CMD, ...tail];
    case 'xint':
      return [...TSJVM_CMD, '-Xint', ...tail];
  }
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined): string =>
        s === undefined ? '<end of output>' : JSON.stringify(s);
      return `stdout differs at line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'stdout differs';
}

/** The interesting part of a failed run's stderr: its head (error message) and tail. */
function excerpt(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  if (lines.length <= 10) return lines.join('\n');
  return [...lines.slice(0, 6), `... (${lines.length - 9} more lines)`, ...lines.slice(-3)].join('\n');
}

/**
 * Runs one program in every mode, RUNS times each (rounds interleaved so that machine noise spreads
 * evenly), keeping the best time. A mode stops after its first failure or timeout.
 */
async function runProgram(name: string, size: number | undefined): Promise<ProgramResult> {
  const args = size === undefined ? [] : [String(size)];
  const modes = {} as Record<Mode, ModeResult>;
  for (const m of MODES) modes[m] = { status: 'ok', ms: Number.NaN, detail: '', runs: [] };
  let reference: string | undefined;
  for (let round = 0; round < RUNS; round++) {
    for (const m of MODES) {
      const res = modes[m];
      if (res.status !== 'ok') continue;
      if (m !== 'hotspot' && reference === undefined) {
        res.status = 'skipped';
        res.detail = 'HotSpot did not produce reference output';
        continue;
      }
      const r = await runOnce(commandFor(m, name, args));
      let status = r.status;
      let detail = r.detail;
      if (status === 'ok') {
        if (reference === undefined) {
          reference = r.stdout;
        } else if (r.stdout !== reference) {
          status = 'fail';
          detail =
            (m === 'hotspot' ? 'nondeterministic output: ' : '') + firstDifference(reference, r.stdout);
        }
      }
      if (status !== 'ok') {
        const err = excerpt(r.stderr);
        res.status = status;
        res.detail = err === '' ? detail : `${detail}\n${err}`;
        continue;
      }
      res.runs.push(r.ms);
      res.ms = Number.isNaN(res.ms) ? r.ms : Math.min(res.ms, r.ms);
    }
  }
  return { name, size, modes };
}

// ---------------------------------------------------------------------------------------------
// Reporting

function cell(r: ModeResult): string {
  switch (r.status) {
    case 'ok':
      return r.ms.toFixed(0);
    case 'fail':
      return 'FAIL';
    case 'timeout':
      return 'TIMEOUT';
    case 'skipped':
      return 'n/a';
  }
}

function ratio(p: ProgramResult, m: Mode): number {
  const hs = p.modes.hotspot;
  const r = p.modes[m];
  return hs.status === 'ok' && r.status === 'ok' ? r.ms / hs.ms : Number.NaN;
}

function fmtRatio(x: number): string {
  if (Number.isNaN(x)) return '-';
  return x >= 100 ? `${x.toFixed(0)}x` : x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`;
}

function geomean(xs: readonly number[]): number {
  const ok = xs.filter((x) => !Number.isNaN(x) && x > 0);
  if (ok.length === 0) return Number.NaN;
  return Math.exp(ok.reduce((s, x) => s + Math.log(x), 0) / ok.length);
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[], leftCols: number): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: readonly string[]): string =>
    r.map((c, i) => (i < leftCols ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(fmt(r));
}

function firstLine(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error !== undefined) return `unavailable (${r.error.message})`;
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0] ?? '';
}

async function main(): Promise<void> {
  const started = Date.now();
  const selected = PROGRAMS.filter((p) => FILTER === '' || p.name.toLowerCase().includes(FILTER));
  const runHello = FILTER === '' || HELLO.toLowerCase().includes(FILTER);
  if (selected.length === 0 && !runHello) {
    log(`BENCH_FILTER='${FILTER}' matches no program`);
    process.exitCode = 2;
    return;
  }

  compile();
  console.log(`java:    ${firstLine('java', ['-version'])}`);
  console.log(`node:    ${process.version}`);
  console.log(`tsjvm:   ${TSJVM_CMD.join(' ')}`);
  console.log(
    `runs=${RUNS} (best of) scale=${SCALE} timeout=${TIMEOUT_MS / 1000}s` +
      (FILTER ? ` filter=${FILTER}` : ''),
  );
  console.log('');

  let hello: ProgramResult | undefined;
  if (runHello) {
    log('Hello ...');
    hello = await runProgram(HELLO, undefined);
  }

  const results: ProgramResult[] = [];
  for (const [i, p] of selected.entries()) {
    const size = Math.max(1, Math.round(p.size * SCALE));
    log(`[${i + 1}/${selected.length}] ${p.name} ${size} ...`);
    const r = await runProgram(p.name, size);
    log(`    ${MODES.map((m) => `${MODE_LABEL[m]} ${cell(r.modes[m])}`).join(', ')}`);
    results.push(r);
  }

  if (results.length > 0) {
    const rows = results.map((r) => [
      r.name,
      String(r.size ?? ''),
      cell(r.modes.hotspot),
      cell(r.modes.tsjvm),
      fmtRatio(ratio(r, 'tsjvm')),
      cell(r.modes.xint),
      fmtRatio(ratio(r, 'xint')),
    ]);
    const count = (m: Mode): string =>
      `${results.filter((r) => !Number.isNaN(ratio(r, m))).length}/${results.length}`;
    rows.push([
      'geometric mean',
      '',
      '',
      `(${count('tsjvm')})`,
      fmtRatio(geomean(results.map((r) => ratio(r, 'tsjvm')))),
      `(${count('xint')})`,
      fmtRatio(geomean(results.map((r) => ratio(r, 'xint')))),
    ]);
    printTable(['program', 'size', 'HotSpot ms', 'tsjvm ms', 'ratio', 'tsjvm -Xint ms', 'ratio'], rows, 1);
  }

  if (hello !== undefined) {
    const h = hello;
    console.log('');
    console.log(
      'Hello World (startup, not in the mean): ' +
        MODES.map(
          (m) => `${MODE_LABEL[m]} ${cell(h.modes[m])}${h.modes[m].status === 'ok' ? ' ms' : ''}`,
        ).join(', '),
    );
  }

  const problems = [...(hello ? [hello] : []), ...results].flatMap((r) =>
    MODES.filter((m) => r.modes[m].status === 'fail' || r.modes[m].status === 'timeout').map(
      (m) => `${r.name} [${MODE_LABEL[m]}]: ${r.modes[m].detail}`,
    ),
  );
  if (problems.length > 0) {
    console.log('');
    console.log('Failures:');
    for (const p of problems) console.log('  ' + p.replace(/\n/g, '\n    '));
  }
  console.log('');
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (JSON_OUT !== undefined && JSON_OUT !== '') {
    const json = {
      date: new Date().toISOString(),
      runs: RUNS,
      scale: SCALE,
      timeoutSeconds: TIMEOUT_MS / 1000,
      tsjvmCommand: TSJVM_CMD,
      hello: hello ?? null,
      programs: results.map((r) => ({
        ...r,
        ratioTsjvm: ratio(r, 'tsjvm'),
        ratioXint: ratio(r, 'xint'),
      })),
      geomeanTsjvm: geomean(results.map((r) => ratio(r, 'tsjvm'))),
      geomeanXint: geomean(results.map((r) => ratio(r, 'xint'))),
    };
    writeFileSync(
      resolve(JSON_OUT),
      JSON.stringify(json, (_k, v: unknown) => (Number.isNaN(v) ? null : v), 2),
    );
  }
}

main().catch((e: unknown) => {
  log(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
