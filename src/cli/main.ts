// The `tsjvm` command: java's options, the JDK's class library, and java's exit statuses.
import * as os from 'node:os';
import { nodeV8, nodeWorkerThreads } from '../host/node/builtins.js';
import { NodeHost } from '../host/node/nodeHost.js';
import { NodeStdio } from '../host/node/stdio.js';
import {
  findJdkHome,
  readJdkRelease,
  jdkFeatureVersion,
  jdkModulesPath,
  parseClassPath,
} from '../classpath/classpath.js';
import { JImageClassPathEntry } from '../classpath/jimage.js';
import { ClassPathError } from '../classpath/errors.js';
import { VM } from '../runtime/vm.js';
import { bootVM } from '../runtime/boot.js';
import { callJava, INTERPRETER_LOOP_NAME } from '../interpreter/interpreter.js';
import { registerAllNatives } from '../natives/index.js';
import { launchMain, LM_JAR } from './launcher.js';
import { applicationClassPath, checkJarFile, defaultLibraryPath, showSettings } from './settings.js';
import { ExecutionMode } from '../jit/policy.js';
import { parseArguments, UsageError, USAGE, type LaunchOptions } from './options.js';
import { ExitSignal } from '../runtime/exit.js';
import { JavaObject } from '../runtime/object.js';
import { schedulerHooks } from '../threads/lifecycle.js';
import { threadDump } from '../threads/dump.js';
import type { StdioSink } from '../runtime/vm.js';
import { archiveOrigin, defaultArchivePath, readArchive, writeArchive } from './sharedArchive.js';
import { collectClassFiles } from '../cds/classFiles.js';
import { SharedHeap } from '../cds/heapRestore.js';
import { dumpHeapArchive, ArchiveDumpError } from '../cds/heapDump.js';
import { fullModuleGraphUsable } from '../cds/roots.js';
import type { ArchiveOrigin } from '../cds/archive.js';

/** SIGQUIT prints a thread dump to stdout and the program goes on, as with HotSpot (kill -3). */
function installThreadDumpSignal(vm: VM, stdio: StdioSink, inWorker: boolean): void {
  const dump = (): void => {
    const threads = [...vm.scheduler.live];
    stdio.write(1, encoder.encode(threadDump(vm, threads)));
  };
  if (!inWorker) process.on('SIGQUIT', dump);
  // In the VM worker the main thread relays the signal (see worker.ts).
  else nodeWorkerThreads().parentPort?.on('message', (m: { dump?: boolean }) => m.dump && dump());
}

/**
 * The V8 flags of a run that translates, with what each replaces (V8's defaults). bin/tsjvm gives them to
 * Node on its command line, where they cost nothing: setting them here needs node:v8, whose loading took
 * 9 ms of every start. They are set here only in a process started without them (the VM in a worker), and
 * taken back under -Xint.
 */
export function translationV8Flags(): [flag: string, defaultValue: string][] {
  return [
    // With translation on, the interpreter runs mostly code that runs a few times (boot, class
    // initializers, call-site linkage); hot methods leave it. TurboFan then costs more than it gains
    // on the interpreter loop: one compilation of its ~23 KB of bytecode takes 0.5-2 s of CPU, and
    // deoptimizations while the program warms up repeat it several times. Measured on the benchmarks:
    // 30-45% less wall and CPU time with the loop left to V8's baseline compiler. (Under -Xint the
    // loop runs everything, and TurboFan makes it ~5x faster.)
    [`--turbo-filter=-${INTERPRETER_LOOP_NAME}`, '--turbo-filter=*'],
    // A quarter of V8's budget for inlining into one optimized function (920 bytes of bytecode): V8
    // compiles translated methods, which are large and many, and the VM's own code several times over
    // while a program warms up, on the one spare core. Measured on all 14 benchmarks: 5-19% less wall
    // time on 13 (Fannkuch 19%, SpectralNorm 13%, Streams 10%), LongMath unchanged; 460 gained about half
    // as much, 100 and a smaller per-callee limit made LongMath 8-10% slower, 1840 made all slower.
    ['--max-inlined-bytecode-size-cumulative=230', '--max-inlined-bytecode-size-cumulative=920'],
  ];
}

/** Puts V8's flags in the state the execution mode wants, changing only those the command line did not set. */
function setV8FlagsFor(mode: ExecutionMode): void {
  for (const [flag, defaultValue] of translationV8Flags()) {
    const given = process.execArgv.includes(flag);
    if (mode !== ExecutionMode.Interpreted && !given) nodeV8().setFlagsFromString(flag);
    else if (mode === ExecutionMode.Interpreted && given) nodeV8().setFlagsFromString(defaultValue);
  }
}

const encoder = new TextEncoder();

/** Average interpreter frame cost used to turn -Xss into a frame-depth limit. */
const BYTES_PER_FRAME = 100;

/** The `tsjvm` command on `argv`; `inWorker` when it runs in the VM worker (worker.ts). */
export async function main(argv: string[], inWorker = false): Promise<number> {
  const host = new NodeHost();
  const stdio = new NodeStdio();
  const err = (s: string): void => void stdio.write(2, encoder.encode(s));
  let opts: LaunchOptions;
  try {
    opts = parseArguments(argv, host.env());
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message + '\n');
      return 1;
    }
    throw e;
  }
  if (opts.help) {
    stdio.write(1, encoder.encode(USAGE));
    return 0;
  }
  let jdkHome: string;
  try {
    jdkHome = findJdkHome(host, { jdk: opts.jdk, env: host.env() });
  } catch (e) {
    if (e instanceof ClassPathError) {
      err(`tsjvm: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const release = readJdkRelease(host, jdkHome);
  const feature = jdkFeatureVersion(release);
  if (feature !== 17) {
    err(
      `tsjvm: the JDK at ${jdkHome} is version ${release.get('JAVA_VERSION') ?? 'unknown'}; tsjvm runs JDK 17's class library only (pass --jdk <JDK 17 dir>)\n`,
    );
    return 1;
  }
  if (
    opts.target === null &&
    opts.version === 'none' &&
    opts.showSettings === null &&
    opts.share !== 'dump'
  ) {
    err(USAGE);
    return 1;
  }
  if (opts.mode === LM_JAR && opts.target !== null) {
    const problem = checkJarFile(host, opts.target);
    if (problem !== null) {
      err(problem + '\n');
      return 1;
    }
  }
  const classPath = applicationClassPath(host, opts, host.env());
  const image = JImageClassPathEntry.open(host, jdkModulesPath(jdkHome));
  const vm = new VM(
    {
      jdkHome,
      classPath,
      properties: opts.properties,
      maxStackDepth: Math.max(200, Math.floor(opts.stackSize / BYTES_PER_FRAME)),
      enableAssertions: opts.enableAssertions,
      enableSystemAssertions: opts.enableSystemAssertions,
      verboseClass: opts.verboseClass,
      maxHeap: opts.maxHeap,
    },
    host,
    stdio,
    [image],
    { osName: 'Linux', osArch: os.arch() === 'x64' ? 'amd64' : os.arch(), osVersion: os.release() },
  );
  vm.callJava = callJava;
  vm.executionMode =
    opts.execution === 'int'
      ? ExecutionMode.Interpreted
      : opts.execution === 'comp'
        ? ExecutionMode.Compiled
        : ExecutionMode.Tiered;
  vm.printCompilation = opts.printCompilation;
  vm.useStringConcatIntrinsic = opts.stringConcatIntrinsic;
  vm.useLambdaMetafactoryIntrinsic = opts.lambdaMetafactoryIntrinsic;
  vm.useObjectMethodsIntrinsic = opts.objectMethodsIntrinsic;
  setV8FlagsFor(vm.executionMode);
  vm.scheduler.hooks = schedulerHooks(vm, (report) => stdio.write(2, encoder.encode(report)));
  installThreadDumpSignal(vm, stdio, inWorker);
  registerAllNatives(vm.natives);
  setVmProperties(vm, opts, jdkHome, release, classPath, argv);
  void parseClassPath;
  const origin = archiveOrigin(host, jdkHome, release);
  const archiveFile = opts.sharedArchiveFile ?? defaultArchivePath(jdkHome, origin);
  if (opts.share === 'dump') vm.dumpingArchive = true;
  else if (opts.share !== 'off') {
    const archive = readArchive(host, archiveFile, origin);
    if (typeof archive !== 'string') {
      vm.sharedHeap = new SharedHeap(vm, archive.file, fullModuleGraphUsable(new Map(opts.properties)));
      vm.archivedClassFiles = archive.classFiles;
    } else if (opts.share === 'on') {
      err(
        `An error has occurred while processing the shared archive file.\n${archive}\n` +
          'Error occurred during initialization of VM\nUnable to use shared archive.\n',
      );
      return 1;
    }
  }
  vm.vmProperties.set('java.vm.info', vmInfo(opts.execution, vm.sharedHeap !== null));
  try {
    bootVM(vm);
    if (opts.share === 'dump') return dumpSharedArchive(vm, archiveFile, origin, err);
    if (!showSettings(vm, opts)) return 1;
    if (opts.version !== 'none') {
      const vp = vm.bootLoad('java/lang/VersionProps');
      vm.initialize(vm.mainThread, vp);
      const toStdout = opts.version === 'version-stdout' || opts.version === 'show-stdout';
      vm.callJava(vm.mainThread, vp.findDeclaredMethod('print', '(Z)V')!, [toStdout ? 0 : 1]);
      if (opts.version === 'version' || opts.version === 'version-stdout') return 0;
      if (opts.target === null) return 0;
    }
    if (opts.target === null) {
      // java.c: settings shown, but neither a class nor a jar to run.
      err(USAGE);
      return 1;
    }
    return await launchMain(vm, opts.mode, opts.target!, opts.args);
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    if (e instanceof JavaObject) {
      err(`Error occurred during initialization of VM\n${describeThrowable(vm, e)}\n`);
      return 1;
    }
    throw e;
  }
}

/** -Xshare:dump: the booted VM's archive roots and the boot's class files, written to `file`. */
function dumpSharedArchive(vm: VM, file: string, origin: ArchiveOrigin, err: (s: string) => void): number {
  try {
    const classFiles = collectClassFiles(vm);
    const archive = dumpHeapArchive(vm, vm.mainThread, origin, classFiles.index, classFiles.symbols);
    writeArchive(file, archive, classFiles.parts);
    return 0;
  } catch (e) {
    if (!(e instanceof ArchiveDumpError)) throw e;
    err(`Error occurred during dumping of the shared archive: ${e.message}\n`);
    return 1;
  }
}

function describeThrowable(vm: VM, e: JavaObject): string {
  const msg = (e as unknown as Record<string, unknown>)['detailMessage@java/lang/Throwable'];
  return msg instanceof JavaObject ? `${e.$cls.javaName}: ${vm.jsString(msg)}` : e.$cls.javaName;
}

/** The properties HotSpot itself defines (Arguments::init_system_properties and friends). */
function setVmProperties(
  vm: VM,
  opts: LaunchOptions,
  jdkHome: string,
  release: Map<string, string>,
  classPath: string,
  argv: string[],
): void {
  const p = vm.vmProperties;
  p.set('java.vm.specification.name', 'Java Virtual Machine Specification');
  p.set('java.vm.specification.vendor', 'Oracle Corporation');
  p.set('java.vm.specification.version', '17');
  p.set('java.vm.name', 'tsjvm');
  p.set('java.vm.vendor', 'tsjvm');
  p.set('java.vm.version', release.get('JAVA_RUNTIME_VERSION') ?? '17');
  p.set('jdk.debug', 'release');
  p.set('java.home', jdkHome);
  p.set('sun.boot.library.path', `${jdkHome}/lib`);
  p.set('java.library.path', defaultLibraryPath(release, vm.platform.osArch));
  p.set('java.class.path', classPath);
  p.set('sun.java.launcher', 'SUN_STANDARD');
  // java.c SetJavaCommandLineProp: only when there is a class or jar to run.
  if (opts.target !== null) {
    p.set('sun.java.command', argv.slice(Math.max(0, argv.indexOf(opts.target))).join(' '));
  }
  // HotSpot sets it only when the VM has a compiler in use (not under -Xint).
  if (opts.execution !== 'int') p.set('sun.management.compiler', 'tsjvm JavaScript translator');
  for (const [k, v] of opts.properties) p.set(k, v);
}

/**
 * java.vm.info as HotSpot's VM_Version::vm_info_string makes it: the execution mode, and whether a shared
 * archive is in use. Set after -D options, which cannot change it.
 */
function vmInfo(execution: LaunchOptions['execution'], sharing: boolean): string {
  const mode =
    execution === 'int' ? 'interpreted mode' : execution === 'comp' ? 'compiled mode' : 'mixed mode';
  return sharing ? `${mode}, sharing` : mode;
}
