// The `tsjvm` command against `java` for what the conformance programs can't express: -jar (manifest
// Main-Class and Class-Path, broken jars), -cp wildcards and $CLASSPATH, environment variables,
// -D overrides and -XshowSettings:properties. Each case runs both commands and compares stdout, stderr and
// the exit status (lines naming the VM itself are dropped: java.vm.name/vendor/version intentionally say
// tsjvm, and sun.management.compiler names its translator).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jdkTool } from '../harness/jdkTools.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsjvm = path.join(repo, 'bin', 'tsjvm');

const java = jdkTool('java');
const javac = jdkTool('javac');
const jar = jdkTool('jar');
const skip = java && javac && jar ? false : 'needs java, javac and jar on PATH or in JAVA_HOME';

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const v of ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'CLASSPATH']) delete env[v];
  return env;
}

function run(command: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync(command[0], command.slice(1), { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Drops the lines that name the VM (java.vm.*, the compiler, the version's VM line). */
function vmNeutral(text: string): string {
  return text
    .split('\n')
    .filter(
      (l) => !/^\s*(java\.vm\.(name|vendor|version|compressedOopsMode)|sun\.management\.compiler) =/.test(l),
    )
    .filter((l) => !/^(OpenJDK 64-Bit Server VM|tsjvm) \(build /.test(l))
    .join('\n');
}

function compare(args: string[], cwd: string, env: NodeJS.ProcessEnv = baseEnv()): void {
  const expected = run([java!, ...args], cwd, env);
  const actual = run([tsjvm, ...args], cwd, env);
  const label = args.join(' ');
  assert.equal(vmNeutral(actual.stdout), vmNeutral(expected.stdout), `stdout of ${label}`);
  assert.equal(vmNeutral(actual.stderr), vmNeutral(expected.stderr), `stderr of ${label}`);
  assert.equal(actual.status, expected.status, `exit status of ${label}`);
}

let work = '';

function setup(): string {
  if (work !== '') return work;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-launcher-'));
  const src = path.join(work, 'src');
  fs.mkdirSync(path.join(src, 'app'), { recursive: true });
  fs.mkdirSync(path.join(src, 'lib'), { recursive: true });
  fs.writeFileSync(
    path.join(src, 'app', 'Main.java'),
    `package app;
public class Main {
    public static void main(String[] args) {
        System.out.println("main in " + Main.class.getName() + " with " + args.length + " args");
        for (String a : args) System.out.println("  arg [" + a + "]");
        System.out.println("java.class.path=" + System.getProperty("java.class.path"));
        System.out.println("sun.java.command=" + System.getProperty("sun.java.command"));
        System.out.println("custom=" + System.getProperty("custom.prop"));
        System.out.println("TSJVM_TEST_VAR=" + System.getenv("TSJVM_TEST_VAR"));
        System.out.println("absent=" + System.getenv("TSJVM_TEST_ABSENT"));
        System.out.println(lib.Util.greet());
        if (args.length > 0 && args[0].equals("fail")) throw new IllegalStateException("failing on request");
        if (args.length > 0 && args[0].equals("exit")) System.exit(42);
    }
}
`,
  );
  fs.writeFileSync(
    path.join(src, 'lib', 'Util.java'),
    'package lib;\npublic class Util { public static String greet() { return "greetings from lib"; } }\n',
  );
  const classes = path.join(work, 'classes');
  const libClasses = path.join(work, 'libclasses');
  let r = run([javac!, '-d', libClasses, path.join(src, 'lib', 'Util.java')], work, baseEnv());
  assert.equal(r.status, 0, r.stderr);
  r = run(
    [javac!, '-XDstringConcat=inline', '-cp', libClasses, '-d', classes, path.join(src, 'app', 'Main.java')],
    work,
    baseEnv(),
  );
  assert.equal(r.status, 0, r.stderr);
  fs.mkdirSync(path.join(work, 'libs'));
  r = run([jar!, 'cf', path.join(work, 'libs', 'util.jar'), '-C', libClasses, '.'], work, baseEnv());
  assert.equal(r.status, 0, r.stderr);
  fs.writeFileSync(path.join(work, 'manifest.txt'), 'Main-Class: app.Main\nClass-Path: libs/util.jar\n');
  r = run(
    [jar!, 'cfm', path.join(work, 'app.jar'), path.join(work, 'manifest.txt'), '-C', classes, '.'],
    work,
    baseEnv(),
  );
  assert.equal(r.status, 0, r.stderr);
  fs.writeFileSync(path.join(work, 'nomain.txt'), 'Created-By: test\n');
  r = run(
    [jar!, 'cfm', path.join(work, 'nomain.jar'), path.join(work, 'nomain.txt'), '-C', classes, '.'],
    work,
    baseEnv(),
  );
  assert.equal(r.status, 0, r.stderr);
  fs.writeFileSync(path.join(work, 'corrupt.jar'), 'this is not a zip file');
  return work;
}

test.after(() => {
  if (work !== '') fs.rmSync(work, { recursive: true, force: true });
});

test('-jar runs Main-Class with the manifest Class-Path; java.class.path is the jar', { skip }, () => {
  const dir = setup();
  compare(['-Dcustom.prop=from -D', '-jar', 'app.jar', 'one', 'two words'], dir);
  compare(['-cp', 'ignored', '-jar', 'app.jar', 'exit'], dir);
  compare(['-jar', 'app.jar', 'fail'], dir);
});

test('-jar with a missing, corrupt or Main-Class-less jar fails as java does', { skip }, () => {
  const dir = setup();
  compare(['-jar', 'missing.jar'], dir);
  compare(['-jar', 'corrupt.jar'], dir);
  compare(['-jar', 'nomain.jar'], dir);
  compare(['-jar', 'libs'], dir);
});

test('-cp with directories and dir/* wildcards, and $CLASSPATH without -cp', { skip }, () => {
  const dir = setup();
  compare(['-cp', 'classes:libs/*', 'app.Main', 'x'], dir);
  compare(['-cp', 'classes:libclasses', 'app.Main'], dir);
  compare(['app.Main'], dir, { ...baseEnv(), CLASSPATH: 'classes:libs/util.jar' });
  compare(['-cp', 'classes', 'app.Main'], dir);
});

test('System.getenv sees the environment the command was started with', { skip }, () => {
  const dir = setup();
  compare(['-cp', 'classes:libs/util.jar', 'app.Main'], dir, { ...baseEnv(), TSJVM_TEST_VAR: 'a=b c' });
});

test('java.vm.info names the execution mode and sharing as java does', { skip }, () => {
  const dir = setup();
  for (const mode of [[], ['-Xint'], ['-Xcomp'], ['-Xshare:off'], ['-Djava.vm.info=x']]) {
    compare([...mode, '-XshowSettings:properties', '-version'], dir);
    // The compiler's name differs, but it is there exactly when java has one (not under -Xint).
    const has = (command: string): boolean =>
      run([command, ...mode, '-XshowSettings:properties', '-version'], dir, baseEnv()).stderr.includes(
        'sun.management.compiler =',
      );
    assert.equal(has(tsjvm), has(java!), mode.join(' '));
  }
});

test('-XshowSettings:properties -version lists the properties java lists', { skip }, () => {
  const dir = setup();
  compare(['-XshowSettings:properties', '-version'], dir);
  compare(['-XshowSettings:properties', '-Dx.y=z', '-version'], dir, { ...baseEnv(), LANG: '', LC_ALL: '' });
  compare(['-XshowSettings:properties', '-cp', 'classes:libs/util.jar', 'app.Main'], dir);
});
