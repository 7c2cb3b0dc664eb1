// -Xshare and -XX:SharedArchiveFile: where the shared archive (src/cds) lives, reading it for a run and
// writing it for -Xshare:dump. As with HotSpot, the default archive belongs to the installation (here
// dist/cds/, made by `npm run build`), one per JDK, and a run whose JDK doesn't match it runs without.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Host } from '../host/host.js';
import { jdkModulesPath } from '../classpath/classpath.js';
import { archiveMismatch, type ArchiveFile, type ArchiveOrigin, type LoadedArchive } from '../cds/archive.js';
import { archivedClassFiles } from '../cds/classFiles.js';
import { writeWhole } from './wholeFile.cjs';

/** The class library a run boots, as the archive records it. */
export function archiveOrigin(host: Host, jdkHome: string, release: Map<string, string>): ArchiveOrigin {
  const modules = host.stat(jdkModulesPath(jdkHome));
  return {
    runtimeVersion: release.get('JAVA_RUNTIME_VERSION') ?? '',
    modulesSize: modules?.size ?? 0,
    modulesMtimeMs: modules?.mtimeMs ?? 0,
    vmBuild: runningBuild(),
  };
}

/**
 * The file this code runs from (the bundle, or tsc's output, which tsc rewrites whole on every build):
 * its size and modification time identify the build.
 */
function runningBuild(): string {
  const code = fs.statSync(fileURLToPath(import.meta.url), { throwIfNoEntry: false });
  return code === undefined ? '' : `${code.size}:${code.mtimeMs}`;
}

/**
 * dist/cds/<runtime version>-<hash of the JDK's path>.jsa. This module runs from dist/src/cli/ or, bundled,
 * from dist/bundle/; either way the archive directory is dist/cds.
 */
export function defaultArchivePath(jdkHome: string, origin: ArchiveOrigin): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dist = path.basename(here) === 'bundle' ? path.dirname(here) : path.dirname(path.dirname(here));
  let h = 0x811c9dc5;
  for (let i = 0; i < jdkHome.length; i++) h = Math.imul(h ^ jdkHome.charCodeAt(i), 0x01000193);
  const version = origin.runtimeVersion.replace(/[^A-Za-z0-9.+-]/g, '_');
  return path.join(dist, 'cds', `${version}-${(h >>> 0).toString(16).padStart(8, '0')}.jsa`);
}

/** The archive at `file` if it fits this class library, else why not. */
export function readArchive(host: Host, file: string, origin: ArchiveOrigin): LoadedArchive | string {
  const bytes = host.readFile(file);
  if (bytes === null) return `Specified shared archive not found (${file}).`;
  const end = bytes.indexOf(0);
  let archive: ArchiveFile;
  try {
    archive = JSON.parse(new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end))) as ArchiveFile;
  } catch {
    return `The shared archive file ${file} is not an archive.`;
  }
  const mismatch =
    archive === null || typeof archive !== 'object' ? 'it is empty' : archiveMismatch(archive, origin);
  if (mismatch !== null) return `The shared archive file ${file} can't be used: ${mismatch}.`;
  const classFiles =
    end < 0 ? null : archivedClassFiles(archive.classFiles, archive.symbols, bytes.subarray(end + 1));
  if (classFiles === null) return `The shared archive file ${file} is truncated.`;
  return { file: archive, classFiles };
}

/**
 * Writes the archive whole or not at all (a concurrent run reads either the old file or the new one):
 * its JSON text, a zero byte, and the class files `classFiles` (which `archive.classFiles` indexes).
 */
export function writeArchive(file: string, archive: ArchiveFile, classFiles: readonly Uint8Array[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const json = Buffer.from(JSON.stringify(archive), 'utf8');
  writeWhole(file, Buffer.concat([json, Buffer.from([0]), ...classFiles]));
}
