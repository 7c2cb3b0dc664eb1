// Conformance suite: every program under test/programs/ must behave on tsjvm exactly as on HotSpot
// (same stdout, stderr and exit code). See test/programs/README.md.
//
// Environment variables:
//   TSJVM_PROGRAMS=a,b        only programs whose id (group/Name) contains one of the substrings
//   TSJVM_VM_ARGS="..."       extra flags for the VM under test (before -cp)
//   TSJVM_COMMAND="java"      run another VM instead of `bin/tsjvm` (self-test of the harness)
//   TSJVM_IGNORE_PENDING=1    run the programs listed in pending.txt as normal tests, not todo
//   TSJVM_TIMEOUT=60          seconds per program run
//   TSJVM_JOBS=N              programs run at once (default os.availableParallelism())
//   TSJVM_JAVAC=batch|process compile in one JVM (default) or with one javac process per program
//   TSJVM_MODE_PROGRAMS=a,b   programs also run with -Xint and with -Xcomp (default: the groups aimed at
//                             the execution engine; "none" to skip); not when TSJVM_VM_ARGS is set

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  ConformanceFailure,
  type CompileResult,
  type Outcome,
  compareOutcome,
  compilePrograms,
  discoverPrograms,
  expectedOutcome,
  loadSettings,
  mapLimit,
  readPending,
  runVm,
  selectPrograms,
} from './harness/programs.js';

interface Prepared {
  compile: CompileResult;
  expected?: Outcome;
  error?: string;
}

const setupStart = Date.now();
const settings = loadSettings();
const allPrograms = discoverPrograms();
const pending = readPending(allPrograms);
const programs = selectPrograms(allPrograms, settings);
const prepared = new Map<string, Prepared>();
let setupError: unknown;
let compiledCount = 0;
let recordedCount = 0;
try {
  const compiled = await compilePrograms(programs, settings);
  await mapLimit(programs, settings.jobs, async (p) => {
    const compile = compiled.get(p.id)!;
    if (compile.compiled) compiledCount++;
    const entry: Prepared = { compile };
    if (compile.ok) {
      try {
        const expected = await expectedOutcome(p);
        if (expected.recorded) recordedCount++;
        entry.expected = expected;
      } catch (e) {
        entry.error = e instanceof Error ? e.message : String(e);
      }
    }
    prepared.set(p.id, entry);
  });
} catch (e) {
  setupError = e;
}
const setupMs = Date.now() - setupStart;

test('conformance setup', (t) => {
  if (setupError) throw setupError;
  t.diagnostic(
    `${programs.length} of ${allPrograms.length} programs selected; VM: ${settings.commandLabel}` +
      (settings.vmArgs.length > 0 ? ` ${settings.vmArgs.join(' ')}` : '') +
      `; ${compiledCount} compiled, ${recordedCount} HotSpot results recorded, setup ${setupMs} ms`,
  );
});

test('test/programs/pending.txt names existing programs', () => {
  assert.deepEqual(pending.problems, []);
});

test('conformance programs compile', () => {
  const failures = programs
    .filter((p) => prepared.get(p.id)?.compile.ok === false)
    .map((p) => `${p.id}:\n${prepared.get(p.id)!.compile.message}`);
  if (failures.length > 0) throw new ConformanceFailure(`javac failed:\n${failures.join('\n')}`);
});

const nowPassing: string[] = [];

describe('conformance programs', { concurrency: settings.jobs }, () => {
  for (const p of programs) {
    const reason = settings.ignorePending ? undefined : pending.reasons.get(p.id);
    test(p.id, { todo: reason ?? false }, async (t) => {
      const prep = prepared.get(p.id);
      if (!prep) throw new ConformanceFailure(`${p.id}: not prepared: ${setupError}`);
      if (!prep.compile.ok)
        throw new ConformanceFailure(`${p.id} does not compile:\n${prep.compile.message}`);
      if (!prep.expected) throw new ConformanceFailure(prep.error ?? `${p.id}: no HotSpot result`);
      const actual = await runVm(p, settings);
      const report = compareOutcome(p, settings, prep.expected, actual);
      if (report !== '') throw new ConformanceFailure(report);
      if (reason !== undefined) {
        nowPassing.push(p.id);
        t.diagnostic(`passes now: remove "${p.id}" from test/programs/pending.txt`);
      }
    });
  }
  after(() => {
    if (nowPassing.length > 0) {
      console.log(
        `${nowPassing.length} pending program(s) pass now; remove them from test/programs/pending.txt:\n` +
          nowPassing.sort().join('\n'),
      );
    }
  });
});

// The execution engine's other two modes on the programs aimed at it (the whole suite in every mode
// would triple CI's time; run it with TSJVM_VM_ARGS=-Xint or -Xcomp).
const modePrograms = (process.env.TSJVM_MODE_PROGRAMS ?? 'jit/,exceptions/,control/,arith/')
  .split(',')
  .map((f) => f.trim())
  .filter((f) => f !== '' && f !== 'none');
const modeSelection =
  settings.vmArgs.length > 0 || modePrograms.length === 0
    ? []
    : programs.filter((p) => modePrograms.some((f) => p.id.includes(f)));

for (const mode of ['-Xint', '-Xcomp']) {
  if (modeSelection.length === 0) break;
  const modeSettings = { ...settings, vmArgs: [mode] };
  describe(`conformance programs ${mode}`, { concurrency: settings.jobs }, () => {
    for (const p of modeSelection) {
      const reason = settings.ignorePending ? undefined : pending.reasons.get(p.id);
      test(`${p.id} ${mode}`, { todo: reason ?? false }, async () => {
        const prep = prepared.get(p.id);
        if (!prep?.compile.ok || !prep.expected)
          throw new ConformanceFailure(`${p.id}: not compiled or no HotSpot result (see the default run)`);
        const actual = await runVm(p, modeSettings);
        const report = compareOutcome(p, modeSettings, prep.expected, actual);
        if (report !== '') throw new ConformanceFailure(report);
      });
    }
  });
}
