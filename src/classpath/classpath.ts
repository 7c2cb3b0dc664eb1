// The user class path (`-cp`) and finding the JDK, with the java launcher's rules: ':'-separated
// elements, `dir/*` for all jars in dir, missing elements silently skipped, an empty element meaning the
// current directory, and jars' manifest Class-Path followed as the JDK's URLClassPath does.

import type { Host } from '../host/host.js';
import { dirName, joinPath, resolvePath } from '../host/path.js';
import { DirectoryClassPathEntry } from './directory.js';
import { ClassPathError } from './errors.js';
import { JarClassPathEntry, type JarOptions } from './jar.js';
import type { ClassPathEntry } from './types.js';

export const CLASS_PATH_SEPARATOR = ':';

export interface ParseClassPathOptions {
  /**
   * Told about elements that exist but cannot be used (a corrupt jar, an unreadable manifest). java skips
   * them without a word; the default here does the same.
   */
  readonly warn?: (message: string) => void;
  /** Follow the Class-Path attribute of jar manifests (default true), as java does. */
  readonly followManifestClassPath?: boolean;
  readonly jar?: JarOptions;
}

function isJarName(name: string): boolean {
  return name.toLowerCase().endsWith('.jar');
}

/** Expands a `dir/*` (or `*`) element into the jars in dir, sorted so runs are reproducible. */
function expandWildcard(host: Host, dir: string): string[] {
  const names = host.readDir(dir);
  if (!names) return [];
  return names
    .filter(isJarName)
    .sort()
    .map((n) => joinPath(dir, n))
    .filter((p) => host.stat(p)?.isFile === true);
}

/**
 * The paths named by a manifest Class-Path value: space-separated URLs relative to the jar's directory.
 * Only file URLs are followed (as java does for a jar loaded from a file).
 */
export function manifestClassPathEntries(jarPath: string, value: string): string[] {
  const out: string[] = [];
  const base = dirName(jarPath);
  for (const raw of value.split(' ')) {
    if (raw === '') continue;
    let url = raw;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
    if (scheme) {
      if (scheme[1].toLowerCase() !== 'file') continue;
      url = url.slice(scheme[0].length);
      if (url.startsWith('//')) {
        // file://host/path: only the local host names this machine.
        const slash = url.indexOf('/', 2);
        const authority = url.slice(2, slash < 0 ? undefined : slash);
        if (authority !== '' && authority !== 'localhost') continue;
        url = slash < 0 ? '/' : url.slice(slash);
      }
    }
    let path: string;
    try {
      path = decodeURIComponent(url);
    } catch {
      continue;
    }
    out.push(resolvePath(base, path));
  }
  return out;
}

/** The entries of a class path string, in search order. Never throws for a bad element; skips it. */
export function parseClassPath(
  host: Host,
  cpString: string,
  options: ParseClassPathOptions = {},
): ClassPathEntry[] {
  const warn = options.warn ?? (() => {});
  const follow = options.followManifestClassPath ?? true;
  const cwd = host.cwd();
  const entries: ClassPathEntry[] = [];
  // Like URLClassPath, an element reached twice (listed twice, or via a manifest) is searched once.
  const seen = new Set<string>();

  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const st = host.stat(path);
    if (!st) return;
    if (st.isDirectory) {
      entries.push(new DirectoryClassPathEntry(host, path));
      return;
    }
    if (!st.isFile) return;
    let jar: JarClassPathEntry;
    try {
      jar = new JarClassPathEntry(host, path, options.jar);
    } catch (e) {
      if (!(e instanceof ClassPathError)) throw e;
      warn(`ignoring class path element: ${e.message}`);
      return;
    }
    entries.push(jar);
    if (!follow) return;
    let classPath: string | null;
    try {
      classPath = jar.mainAttribute('Class-Path');
    } catch (e) {
      if (!(e instanceof ClassPathError)) throw e;
      warn(`ignoring the manifest of ${path}: ${e.message}`);
      return;
    }
    // Depth first: java searches a jar's Class-Path right after the jar, before the next element.
    if (classPath) for (const p of manifestClassPathEntries(path, classPath)) add(p);
  };

  for (const element of cpString.split(CLASS_PATH_SEPARATOR)) {
    if (element === '*' || element.endsWith('/*')) {
      for (const jar of expandWildcard(host, resolvePath(cwd, element.slice(0, -1) || '.'))) add(jar);
    } else {
      add(resolvePath(cwd, element === '' ? '.' : element));
    }
  }
  return entries;
}

export interface FindJdkOptions {
  /** An explicit JDK directory (`--jdk`); wins over everything else. */
  readonly jdk?: string;
  readonly env: Record<string, string>;
}

/** A JDK (or jlinked runtime) home is a directory with the runtime image `lib/modules`. */
export function jdkModulesPath(home: string): string {
  return joinPath(home, 'lib', 'modules');
}

function isJdkHome(host: Host, home: string): boolean {
  return host.stat(jdkModulesPath(home))?.isFile === true;
}

/**
 * The JDK to boot from: `--jdk`, else `JAVA_HOME`, else the JDK of the `java` found on PATH (symbolic
 * links resolved, as with Debian's /usr/bin/java → /etc/alternatives → the JDK). An explicit --jdk or
 * JAVA_HOME that is not a JDK is an error rather than silently passed over.
 */
export function findJdkHome(host: Host, opts: FindJdkOptions): string {
  const cwd = host.cwd();
  if (opts.jdk !== undefined) {
    const home = resolvePath(cwd, opts.jdk);
    if (!isJdkHome(host, home))
      throw new ClassPathError(`--jdk ${opts.jdk}: not a JDK (no lib/modules)`, home);
    return home;
  }
  const javaHome = opts.env['JAVA_HOME'];
  if (javaHome) {
    const home = resolvePath(cwd, javaHome);
    if (!isJdkHome(host, home))
      throw new ClassPathError(`JAVA_HOME=${javaHome}: not a JDK (no lib/modules)`, home);
    return home;
  }
  for (const dir of (opts.env['PATH'] ?? '').split(':')) {
    if (dir === '') continue;
    const java = resolvePath(cwd, joinPath(dir, 'java'));
    if (host.stat(java)?.isFile !== true) continue;
    const real = host.realPath(java);
    if (!real) continue;
    const home = dirName(dirName(real));
    if (isJdkHome(host, home)) return home;
  }
  throw new ClassPathError('no JDK found: pass --jdk <dir>, set JAVA_HOME, or put a JDK 17 java on PATH');
}

/** The `release` file of a JDK home (KEY="value" lines); empty when there is none. */
export function readJdkRelease(host: Host, home: string): Map<string, string> {
  const out = new Map<string, string>();
  const bytes = host.readFile(joinPath(home, 'release'));
  if (!bytes) return out;
  for (const line of new TextDecoder('utf-8').decode(bytes).split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) continue;
    let value = trimmed.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    out.set(trimmed.slice(0, eq).trim(), value);
  }
  return out;
}

/** The feature release from JAVA_VERSION ("17.0.15" → 17, "1.8.0_402" → 8), or null. */
export function jdkFeatureVersion(release: Map<string, string>): number | null {
  const version = release.get('JAVA_VERSION');
  if (!version) return null;
  const m = /^(?:1\.)?(\d+)/.exec(version);
  return m ? Number(m[1]) : null;
}
