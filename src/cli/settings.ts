// What the `java` launcher and HotSpot decide from the command line and the JDK before Java code runs:
// the application class path (java.c), the default java.library.path (os_linux.cpp, as the JDK was
// built), and -XshowSettings (LauncherHelper.showSettings).
import type { VM } from '../runtime/vm.js';
import { JavaObject } from '../runtime/object.js';
import type { LaunchOptions } from './options.js';
import { LM_JAR } from './launcher.js';
import { HostError, type Host } from '../host/host.js';
import { fileSystemOf } from '../host/readOnlyFs.js';
import { ZipArchive } from '../classpath/zip.js';
import { MANIFEST_NAME } from '../classpath/jar.js';
import { vtableOf } from '../runtime/vtable.js';

/**
 * java.class.path as java.c sets it: the jar for -jar; else -cp; else $CLASSPATH; else "." when a main
 * class is given, and empty when there is none (-version, -XshowSettings).
 */
export function applicationClassPath(host: Host, opts: LaunchOptions, env: Record<string, string>): string {
  if (opts.mode === LM_JAR && opts.target !== null) return opts.target;
  if (opts.classPath !== null) return expandClassPathWildcards(host, opts.classPath);
  const cp = env['CLASSPATH'];
  if (cp !== undefined) return expandClassPathWildcards(host, cp);
  return opts.target === null ? '' : '.';
}

/**
 * The launcher's wildcard.c: an element `dir/*` (or `*`) that does not name an existing file becomes the
 * dir's .jar/.JAR files in directory order; with none, the element stays as it was.
 */
export function expandClassPathWildcards(host: Host, cp: string): string {
  if (!cp.includes('*')) return cp;
  const fs = fileSystemOf(host);
  const out: string[] = [];
  for (const element of cp.split(':')) {
    const wildcard =
      element.endsWith('*') &&
      (element.length === 1 || element[element.length - 2] === '/') &&
      host.stat(element) === null;
    if (!wildcard) {
      out.push(element);
      continue;
    }
    const prefix = element.slice(0, -1);
    const jars: string[] = [];
    try {
      const dir = fs.opendir(prefix === '' ? '.' : prefix);
      try {
        for (let n = dir.read(); n !== null; n = dir.read()) {
          if (n.length >= 4 && (n.endsWith('.jar') || n.endsWith('.JAR'))) jars.push(prefix + n);
        }
      } finally {
        dir.close();
      }
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
    if (jars.length > 0) out.push(...jars);
    else out.push(element);
  }
  return out.join(':');
}

/**
 * HotSpot's DEFAULT_LIBPATH behind java.library.path: upstream's, or Debian's multiarch list in the
 * Debian and Ubuntu builds of the JDK (their release file names the implementor).
 */
export function defaultLibraryPath(release: Map<string, string>, osArch: string): string {
  const implementor = (release.get('IMPLEMENTOR') ?? '').toLowerCase();
  if (implementor === 'debian' || implementor === 'ubuntu') {
    const triplet: Record<string, string> = {
      x86_64: 'x86_64-linux-gnu',
      amd64: 'x86_64-linux-gnu',
      aarch64: 'aarch64-linux-gnu',
      arm64: 'aarch64-linux-gnu',
      ppc64le: 'powerpc64le-linux-gnu',
      s390x: 's390x-linux-gnu',
      riscv64: 'riscv64-linux-gnu',
    };
    const t = triplet[release.get('OS_ARCH') ?? osArch] ?? triplet[osArch];
    if (t !== undefined)
      return `/usr/java/packages/lib:/usr/lib/${t}/jni:/lib/${t}:/usr/lib/${t}:/usr/lib/jni:/lib:/usr/lib`;
  }
  return '/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib';
}

/**
 * java.c ShowSettings: LauncherHelper.showSettings on stderr, with the heap and stack sizes given. False
 * when it threw: the exception has been described (JNI ExceptionDescribe) and java exits with 1.
 */
export function showSettings(vm: VM, opts: LaunchOptions): boolean {
  if (opts.showSettings === null) return true;
  const t = vm.mainThread;
  const helper = vm.bootLoad('sun/launcher/LauncherHelper');
  vm.initialize(t, helper);
  const m = helper.findDeclaredMethod('showSettings', '(ZLjava/lang/String;JJJ)V')!;
  const long = (n: number): [number, number] => [n | 0, Math.floor(n / 4294967296)];
  try {
    vm.callJava(t, m, [
      1,
      vm.newString(opts.showSettings),
      ...long(opts.initialHeapOption),
      ...long(opts.maxHeapOption),
      ...long(opts.stackSizeOption),
    ]);
    return true;
  } catch (e) {
    if (!(e instanceof JavaObject)) throw e;
    describeException(vm, e);
    return false;
  }
}

/** JNI ExceptionDescribe: 'Exception in thread "main" ' and the stack trace, on stderr. */
function describeException(vm: VM, e: JavaObject): void {
  vm.stdio.write(2, new TextEncoder().encode('Exception in thread "main" '));
  const print = vtableOf(e.$cls).get('printStackTrace()V');
  if (!print) return;
  try {
    vm.callJava(vm.mainThread, print, [e]);
  } catch (again) {
    if (!(again instanceof JavaObject)) throw again;
  }
}

/**
 * java.c SelectVersion: the launcher reads the jar's manifest before the VM starts (JLI_ParseManifest) and
 * stops with its own message when it can't. Null when the jar is usable.
 */
export function checkJarFile(host: Host, jar: string): string | null {
  const st = host.stat(jar);
  if (st === null) return `Error: Unable to access jarfile ${jar}`;
  if (!st.isFile) return `Error: Invalid or corrupt jarfile ${jar}`;
  try {
    const zip = ZipArchive.open(host, jar);
    try {
      if (zip.read(MANIFEST_NAME) === null) return `Error: Invalid or corrupt jarfile ${jar}`;
    } finally {
      zip.close();
    }
  } catch {
    return `Error: Invalid or corrupt jarfile ${jar}`;
  }
  return null;
}
