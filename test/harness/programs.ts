// Conformance-program harness: discovers the Java programs under test/programs/, compiles them with the host
// javac, records HotSpot's behaviour as the expected result, runs tsjvm on them and compares.
// See test/programs/README.md for the layout and the sidecar files.

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineDiff } from './diff.js';

/** Bump to invalidate every cached compilation and expected result. */
const HARNESS_VERSION = '1';

export const BASE_JAVAC_FLAGS = ['-encoding', 'UTF-8'];
export const HOTSPOT_FLAGS = ['-Xshare:auto'];
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_CAPTURE_BYTES = 32 * 1024 * 1024;

function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'test', 'programs'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('conformance harness: cannot find the repository root');
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();
export const programsDir = path.join(repoRoot, 'test', 'programs');
export const cacheRoot = path.join(repoRoot, '.tsjvm-cache', 'programs');
export const pendingFile = path.join(programsDir, 'pending.txt');

// ---------------------------------------------------------------------------------------------------------
// Settings (environment variables)

export interface Settings {
  /** TSJVM_PROGRAMS: comma-separated substrings; a program runs if its id (group/Name) contains any. */
  filters: string[];
  /** TSJVM_VM_ARGS: extra flags passed to the VM under test before -cp. */
  vmArgs: string[];
  /** TSJVM_COMMAND: the VM under test (default `bin/tsjvm`); e.g. "java" to self-test the harness. */
  command: string[];
  commandLabel: string;
  /** TSJVM_TIMEOUT: seconds per program run (default 60). */
  timeoutMs: number;
  /** TSJVM_JOBS: programs run concurrently (default os.availableParallelism()). */
  jobs: number;
  /** TSJVM_IGNORE_PENDING=1: run pending programs as normal tests (used with TSJVM_COMMAND=java). */
  ignorePending: boolean;
  /** TSJVM_JAVAC: "batch" (default: one JVM compiles everything) or "process" (one javac per program). */
  javacMode: 'batch' | 'process';
}

/** Splits a command line into words, honouring '…' and "…" quoting and backslash escapes. */
export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const custom = env.TSJVM_COMMAND?.trim();
  const command = custom ? splitCommandLine(custom) : [path.join('bin', 'tsjvm')];
  const timeout = Number(env.TSJVM_TIMEOUT ?? '');
  const jobs = Number(env.TSJVM_JOBS ?? '');
  const mode = env.TSJVM_JAVAC ?? 'batch';
  if (mode !== 'batch' && mode !== 'process') throw new Error(`TSJVM_JAVAC must be "batch" or "process"`);
  return {
    filters: (env.TSJVM_PROGRAMS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    vmArgs: splitCommandLine(env.TSJVM_VM_ARGS ?? ''),
    command,
    commandLabel: custom ? custom : 'bin/tsjvm',
    timeoutMs: timeout > 0 ? timeout * 1000 : DEFAULT_TIMEOUT_MS,
    jobs: jobs >= 1 ? Math.floor(jobs) : Math.max(1, os.availableParallelism()),
    ignorePending: /^(1|true|yes)$/i.test(env.TSJVM_IGNORE_PENDING ?? ''),
    javacMode: mode,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Discovery

export interface Program {
  /** "group/Name" */
  id: string;
  group: string;
  name: string;
  /** Binary name of the main class (Name, or pkg.Name when the file declares a package). */
  mainClass: string;
  /** Absolute path of group/Name.java. */
  source: string;
  args: string[];
  argsFile?: string;
  stdin: Buffer;
  stdinFile?: string;
  /** Extra javac flags from Name.flags. */
  javacFlags: string[];
  /** Sources of the Name.v2/ directory, compiled after the program into the same output directory. */
  v2Sources: string[];
  /** Class files (relative to classDir) deleted after compiling, from Name.delete. */
  deleteFiles: string[];
  /** Absolute path of the output (class path) directory. */
  classDir: string;
}

function readLines(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function existing(file: string): string | undefined {
  return fs.existsSync(file) ? file : undefined;
}

export function discoverPrograms(): Program[] {
  const programs: Program[] = [];
  const groups = fs
    .readdirSync(programsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const group of groups) {
    const groupDir = path.join(programsDir, group);
    const names = fs
      .readdirSync(groupDir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.java'))
      .map((d) => d.name.slice(0, -'.java'.length))
      .sort();
    for (const name of names) {
      const base = path.join(groupDir, name);
      const source = base + '.java';
      const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(fs.readFileSync(source, 'utf8'));
      const argsFile = existing(base + '.args');
      const stdinFile = existing(base + '.stdin');
      const flagsFile = existing(base + '.flags');
      const deleteFile = existing(base + '.delete');
      const v2Dir = base + '.v2';
      const v2Sources = fs.existsSync(v2Dir)
        ? fs
            .readdirSync(v2Dir)
            .filter((f) => f.endsWith('.java'))
            .sort()
            .map((f) => path.join(v2Dir, f))
        : [];
      programs.push({
        id: `${group}/${name}`,
        group,
        name,
        mainClass: pkg ? `${pkg[1]}.${name}` : name,
        source,
        args: argsFile ? readLines(argsFile) : [],
        argsFile,
        stdin: stdinFile ? fs.readFileSync(stdinFile) : Buffer.alloc(0),
        stdinFile,
        javacFlags: flagsFile ? splitCommandLine(fs.readFileSync(flagsFile, 'utf8')) : [],
        v2Sources,
        deleteFiles: deleteFile
          ? readLines(deleteFile)
              .map((l) => l.trim())
              .filter((l) => l !== '' && !l.startsWith('#'))
              .map((l) => (l.endsWith('.class') ? l : l.replace(/\./g, '/') + '.class'))
          : [],
        classDir: path.join(cacheRoot, group, name),
      });
    }
  }
  return programs;
}

export function selectPrograms(programs: Program[], settings: Settings): Program[] {
  if (settings.filters.length === 0) return programs;
  return programs.filter((p) => settings.filters.some((f) => p.id.includes(f)));
}

export interface Pending {
  reasons: Map<string, string>;
  /** Malformed lines and lines naming programs that do not exist. */
  problems: string[];
}

/** Parses test/programs/pending.txt: `group/Name: reason` lines; `#` comments and blank lines are ignored. */
export function readPending(programs: Program[]): Pending {
  const reasons = new Map<string, string>();
  const problems: string[] = [];
  if (!fs.existsSync(pendingFile)) return { reasons, problems };
  const ids = new Set(programs.map((p) => p.id));
  readLines(pendingFile).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([^\s:]+\/[^\s:]+)\s*:\s*(\S.*)$/.exec(line);
    if (!m) {
      problems.push(`pending.txt:${i + 1}: expected "group/Name: reason", got ${JSON.stringify(raw)}`);
    } else if (!ids.has(m[1])) {
      problems.push(`pending.txt:${i + 1}: no program ${m[1]} (test/programs/${m[1]}.java)`);
    } else if (reasons.has(m[1])) {
      problems.push(`pending.txt:${i + 1}: ${m[1]} is listed twice`);
    } else {
      reasons.set(m[1], m[2]);
    }
  });
  return { reasons, problems };
}

// ---------------------------------------------------------------------------------------------------------
// Processes

export interface ProcessResult {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Output exceeded the capture limit and the process was killed. */
  overflowed: boolean;
  /** The process could not be started (e.g. command not found). */
  spawnError?: string;
  durationMs: number;
}

/** Environment for Java and tsjvm processes: without variables that make a JVM print or behave differently. */
export function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const v of ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'CLASSPATH']) delete env[v];
  return env;
}

// Children are started in their own process group, so that a timeout kills everything they started
// (e.g. a wrapper script and the VM it runs); the groups still running are killed if this process exits.
const activeChildren = new Set<ChildProcess>();
let cleanupInstalled = false;

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once('exit', () => activeChildren.forEach(killGroup));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      activeChildren.forEach(killGroup);
      process.kill(process.pid, signal);
    });
  }
}

export function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; stdin?: Buffer; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessResult> {
  installCleanup();
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? childEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    activeChildren.add(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let overflowed = false;
    let spawnError: string | undefined;
    const kill = () => {
      killGroup(child);
      // If something outside the group still holds the pipes open, do not wait for it.
      setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, 2000).unref();
    };
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            kill();
          }, options.timeoutMs)
        : undefined;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CAPTURE_BYTES) {
        if (!overflowed) kill();
        overflowed = true;
        return;
      }
      into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.stdin.on('error', () => {
      /* the child may exit without reading its input (EPIPE) */
    });
    child.stdin.end(options.stdin ?? Buffer.alloc(0));
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      activeChildren.delete(child);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        exitCode: spawnError ? null : code,
        signal,
        timedOut,
        overflowed,
        spawnError,
        durationMs: Date.now() - start,
      });
    });
  });
}

/** Maps `items` with at most `limit` calls of `fn` running at once; results in input order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// JDK tools

function jdkTool(tool: 'java' | 'javac'): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', tool);
    if (fs.existsSync(candidate)) return candidate;
  }
  return tool;
}

/** The JDK whose runtime image the tests read: JAVA_HOME's, else that of the `java` on the PATH. */
export function jdkHome(): string {
  const env = process.env.JAVA_HOME;
  if (env && fs.existsSync(path.join(env, 'lib', 'modules'))) return env;
  for (const d of (process.env.PATH ?? '').split(path.delimiter)) {
    const java = path.join(d, 'java');
    if (fs.existsSync(java)) return path.dirname(path.dirname(fs.realpathSync(java)));
  }
  throw new Error('no JDK found: set JAVA_HOME or put java on the PATH');
}

export const javaCommand = jdkTool('java');
export const javacCommand = jdkTool('javac');

let javaVersionCache: Promise<string> | undefined;

/** `java -version` output; part of every cache key, so switching JDKs recompiles and re-records. */
export function javaVersion(): Promise<string> {
  javaVersionCache ??= runProcess(javaCommand, ['-Xshare:auto', '-version']).then((r) => {
    if (r.spawnError || r.exitCode !== 0) {
      throw new Error(`cannot run ${javaCommand} -version: ${r.spawnError ?? r.stderr.toString()}`);
    }
    return r.stderr.toString();
  });
  return javaVersionCache;
}

function sha256(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const b = typeof p === 'string' ? Buffer.from(p) : p;
    h.update(`${b.length}:`);
    h.update(b);
  }
  return h.digest('hex');
}

// ---------------------------------------------------------------------------------------------------------
// Compilation

const STAMP = '.tsjvm-compiled';
const EXPECTED = '.tsjvm-expected.json';

export interface CompileResult {
  ok: boolean;
  /** javac's diagnostics when compilation failed. */
  message: string;
  /** Whether javac actually ran (false: cached). */
  compiled: boolean;
}

function compileFingerprint(p: Program, version: string): string {
  const parts: (string | Buffer)[] = [HARNESS_VERSION, version, p.mainClass];
  parts.push(...BASE_JAVAC_FLAGS, '|', ...p.javacFlags, '|');
  parts.push(fs.readFileSync(p.source));
  for (const f of p.v2Sources) parts.push(path.basename(f), fs.readFileSync(f));
  parts.push('|', ...p.deleteFiles);
  return sha256(...parts);
}

function mainClassFile(p: Program): string {
  return path.join(p.classDir, ...p.mainClass.split('.')) + '.class';
}

function isUpToDate(p: Program, fingerprint: string): boolean {
  try {
    return (
      fs.readFileSync(path.join(p.classDir, STAMP), 'utf8') === fingerprint && fs.existsSync(mainClassFile(p))
    );
  } catch {
    return false;
  }
}

interface CompileStep {
  options: string[];
  sources: string[];
}

/**
 * Programs are compiled into a staging directory that then replaces the class directory, so that several
 * harness processes sharing the cache (or a VM reading the classes) never see a half-written directory.
 */
function stagingDir(p: Program): string {
  return `${p.classDir}.staging-${process.pid}`;
}

function installStaged(p: Program): void {
  const staging = stagingDir(p);
  const old = `${p.classDir}.old-${process.pid}`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(p.classDir)) fs.renameSync(p.classDir, old);
  try {
    fs.renameSync(staging, p.classDir);
  } catch (e) {
    // Another harness process installed the same program in the meantime: keep its copy.
    if (!fs.existsSync(p.classDir)) throw e;
    fs.rmSync(staging, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** The javac invocations that build a program, in order. */
function compileSteps(p: Program): CompileStep[] {
  // -cp <dir> also keeps javac from looking for classes in the current directory.
  const dir = stagingDir(p);
  const options = [...BASE_JAVAC_FLAGS, ...p.javacFlags, '-d', dir, '-cp', dir];
  const steps = [{ options, sources: [p.source] }];
  if (p.v2Sources.length > 0) steps.push({ options, sources: p.v2Sources });
  return steps;
}

function finishCompile(p: Program, fingerprint: string): CompileResult {
  const dir = stagingDir(p);
  for (const f of p.deleteFiles) {
    const file = path.join(dir, f);
    if (!fs.existsSync(file)) {
      return {
        ok: false,
        compiled: true,
        message: `${p.name}.delete names ${f}, which javac did not produce`,
      };
    }
    fs.rmSync(file);
  }
  fs.writeFileSync(path.join(dir, STAMP), fingerprint);
  installStaged(p);
  return { ok: true, compiled: true, message: '' };
}

/** The BatchJavac driver, compiled once into the cache. */
async function batchDriver(): Promise<string> {
  const source = path.join(repoRoot, 'test', 'harness', 'BatchJavac.java');
  const dir = path.join(
    repoRoot,
    '.tsjvm-cache',
    'harness',
    sha256(fs.readFileSync(source), await javaVersion()),
  );
  if (fs.existsSync(path.join(dir, 'BatchJavac.class'))) return dir;
  const tmp = `${dir}.tmp${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const r = await runProcess(javacCommand, ['-encoding', 'UTF-8', '-d', tmp, source]);
  if (r.exitCode !== 0) {
    throw new Error(`cannot compile ${source}: ${r.spawnError ?? ''}${r.stdout}${r.stderr}`);
  }
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    // another harness process compiled it in the meantime
    if (!fs.existsSync(path.join(dir, 'BatchJavac.class'))) throw e;
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

async function compileBatch(stale: Program[], jobs: number): Promise<Map<string, CompileResult>> {
  const results = new Map<string, CompileResult>();
  const input: string[] = [`JOBS ${jobs}`];
  for (const p of stale) {
    input.push(`JOB ${p.id}`);
    for (const step of compileSteps(p)) {
      input.push('STEP');
      for (const o of step.options) input.push(`OPT ${o}`);
      for (const s of step.sources) input.push(`SRC ${s}`);
    }
    input.push('END');
  }
  const driver = await batchDriver();
  const r = await runProcess(
    javaCommand,
    ['-Xshare:auto', '-XX:TieredStopAtLevel=1', '-cp', driver, 'BatchJavac'],
    {
      stdin: Buffer.from(input.join('\n') + '\n'),
    },
  );
  const text = r.stdout.toString('utf8');
  let pos = 0;
  const header = /^RESULT (\S+) (\d) (\d+)\n/;
  while (pos < text.length) {
    const m = header.exec(text.slice(pos, pos + 1000));
    if (!m) break;
    pos += m[0].length;
    const message = text.slice(pos, pos + Number(m[3]));
    pos += Number(m[3]);
    results.set(m[1], { ok: m[2] === '0', compiled: true, message });
  }
  if (r.exitCode !== 0 || results.size !== stale.length) {
    const detail = `${r.spawnError ?? ''}${r.stderr.toString()}`.trim();
    for (const p of stale) {
      if (!results.has(p.id)) {
        results.set(p.id, {
          ok: false,
          compiled: true,
          message: `BatchJavac failed (exit ${r.exitCode}): ${detail}`,
        });
      }
    }
  }
  return results;
}

async function compileProcess(p: Program): Promise<CompileResult> {
  for (const step of compileSteps(p)) {
    const r = await runProcess(javacCommand, [
      '-J-Xshare:auto',
      '-J-XX:TieredStopAtLevel=1',
      ...step.options,
      ...step.sources,
    ]);
    if (r.exitCode !== 0) {
      return { ok: false, compiled: true, message: `${r.spawnError ?? ''}${r.stdout}${r.stderr}` };
    }
  }
  return { ok: true, compiled: true, message: '' };
}

/** Compiles the programs whose cached classes are missing or out of date. */
export async function compilePrograms(
  programs: Program[],
  settings: Settings,
): Promise<Map<string, CompileResult>> {
  const version = await javaVersion();
  const results = new Map<string, CompileResult>();
  const stale: Program[] = [];
  const fingerprints = new Map<string, string>();
  for (const p of programs) {
    const fp = compileFingerprint(p, version);
    fingerprints.set(p.id, fp);
    if (isUpToDate(p, fp)) {
      results.set(p.id, { ok: true, compiled: false, message: '' });
    } else {
      fs.rmSync(stagingDir(p), { recursive: true, force: true });
      fs.mkdirSync(stagingDir(p), { recursive: true });
      stale.push(p);
    }
  }
  if (stale.length === 0) return results;
  const compiled =
    settings.javacMode === 'batch' && stale.length > 1
      ? await compileBatch(stale, settings.jobs)
      : new Map(
          (await mapLimit(stale, settings.jobs, compileProcess)).map((r, i) => [stale[i].id, r] as const),
        );
  for (const p of stale) {
    const r = compiled.get(p.id)!;
    results.set(p.id, r.ok ? finishCompile(p, fingerprints.get(p.id)!) : r);
    fs.rmSync(stagingDir(p), { recursive: true, force: true });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// Expected results (HotSpot)

export interface Outcome {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number | null;
}

interface ExpectedFile {
  key: string;
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

function listClassFiles(dir: string, rel = ''): string[] {
  const files: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) files.push(...listClassFiles(dir, r));
    else if (e.name.endsWith('.class')) files.push(r);
  }
  return files.sort();
}

async function expectedKey(p: Program): Promise<string> {
  const parts: (string | Buffer)[] = [HARNESS_VERSION, await javaVersion(), ...HOTSPOT_FLAGS, '|'];
  for (const f of listClassFiles(p.classDir)) parts.push(f, fs.readFileSync(path.join(p.classDir, f)));
  parts.push('|', p.mainClass, ...p.args, '|', p.stdin);
  return sha256(...parts);
}

/** HotSpot's stdout, stderr and exit code for a compiled program; cached next to its classes. */
export async function expectedOutcome(p: Program): Promise<Outcome & { recorded: boolean }> {
  const key = await expectedKey(p);
  const file = path.join(p.classDir, EXPECTED);
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as ExpectedFile;
    if (cached.key === key) {
      return {
        stdout: Buffer.from(cached.stdout, 'base64'),
        stderr: Buffer.from(cached.stderr, 'base64'),
        exitCode: cached.exitCode,
        recorded: false,
      };
    }
  } catch {
    // missing or unreadable: record it
  }
  const r = await runProcess(javaCommand, [...HOTSPOT_FLAGS, '-cp', p.classDir, p.mainClass, ...p.args], {
    stdin: p.stdin,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  });
  if (r.spawnError || r.timedOut || r.overflowed || r.signal) {
    throw new Error(
      `HotSpot run of ${p.id} failed: ${r.spawnError ?? (r.timedOut ? 'timed out' : r.signal)}`,
    );
  }
  const data: ExpectedFile = {
    key,
    stdout: r.stdout.toString('base64'),
    stderr: r.stderr.toString('base64'),
    exitCode: r.exitCode,
  };
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(data));
  fs.renameSync(tmp, file);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, recorded: true };
}

// ---------------------------------------------------------------------------------------------------------
// Running the VM under test and comparing

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function vmArgv(p: Program, settings: Settings): string[] {
  return [...settings.vmArgs, '-cp', path.relative(repoRoot, p.classDir), p.mainClass, ...p.args];
}

/** A shell command line that reproduces a run, for failure messages. */
export function reproCommand(p: Program, settings: Settings): string {
  const words = [settings.commandLabel, ...vmArgv(p, settings).map(shellQuote)].join(' ');
  return p.stdinFile ? `${words} < ${shellQuote(path.relative(repoRoot, p.stdinFile))}` : words;
}

export function runVm(p: Program, settings: Settings): Promise<ProcessResult> {
  const [cmd, ...pre] = settings.command;
  return runProcess(cmd, [...pre, ...vmArgv(p, settings)], { stdin: p.stdin, timeoutMs: settings.timeoutMs });
}

/** A conformance failure: the message says everything, a JavaScript stack trace would only add noise. */
export class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConformanceFailure';
    this.stack = `${this.name}: ${message}`;
  }
}

function describeExit(code: number | null): string {
  return code === null ? 'none' : String(code);
}

/** Compares the VM's run with HotSpot's; returns '' when identical, else a failure report. */
export function compareOutcome(
  p: Program,
  settings: Settings,
  expected: Outcome,
  actual: ProcessResult,
): string {
  if (actual.spawnError) {
    return `${p.id}: could not start ${settings.commandLabel}: ${actual.spawnError}\n  repro: ${reproCommand(p, settings)}`;
  }
  const problems: string[] = [];
  if (actual.timedOut) problems.push(`timed out after ${settings.timeoutMs / 1000} s and was killed`);
  if (actual.overflowed) problems.push(`printed more than ${MAX_CAPTURE_BYTES} bytes and was killed`);
  if (actual.signal && !actual.timedOut && !actual.overflowed)
    problems.push(`killed by signal ${actual.signal}`);
  if (actual.exitCode !== expected.exitCode) {
    problems.push(
      `exit code: expected ${describeExit(expected.exitCode)}, got ${describeExit(actual.exitCode)}`,
    );
  }
  const streams: [string, Buffer, Buffer][] = [
    ['stdout', expected.stdout, actual.stdout],
    ['stderr', expected.stderr, actual.stderr],
  ];
  // A VM that exits differently usually says why on stderr: show that first.
  if (actual.exitCode !== expected.exitCode) streams.reverse();
  const diffs: string[] = [];
  for (const [name, exp, act] of streams) {
    if (!exp.equals(act)) {
      problems.push(`${name} differs`);
      let diff = lineDiff(exp.toString('utf8'), act.toString('utf8'), [
        `${name} (HotSpot)`,
        `${name} (tsjvm)`,
      ]);
      if (diff === '') diff = `(${name} differs only in bytes that are not valid UTF-8)`;
      diffs.push(diff);
    }
  }
  if (problems.length === 0) return '';
  return [
    `${p.id}: ${problems.join('; ')}`,
    `  repro: ${reproCommand(p, settings)}`,
    `  (${actual.durationMs} ms)`,
    ...diffs,
  ].join('\n');
}
