// Jar files on the class path: a zip (read lazily, per entry) plus the JAR specifics the class path needs:
// the manifest (Main-Class, Class-Path) and multi-release lookup.

import type { Host } from '../host/host.js';
import { ClassPathError } from './errors.js';
import type { SourceMode } from './source.js';
import type { ClassPathEntry } from './types.js';
import { ZipArchive } from './zip.js';

export const MANIFEST_NAME = 'META-INF/MANIFEST.MF';
const VERSIONS_PREFIX = 'META-INF/versions/';
/** Multi-release jars may only version releases from 9 on. */
const FIRST_VERSIONED_RELEASE = 9;
const DEFAULT_RELEASE = 17;

export interface JarOptions {
  readonly mode?: SourceMode;
  /** The Java feature release whose versioned entries a multi-release jar serves; 17 unless told. */
  readonly release?: number;
}

export interface Manifest {
  /** The main section's attributes, names as written (look up case-insensitively with manifestAttribute). */
  readonly main: Map<string, string>;
  /** Per-entry sections, by their Name attribute. */
  readonly entries: Map<string, Map<string, string>>;
}

/** An attribute by case-insensitive name, as java.util.jar.Attributes.Name compares them. */
export function manifestAttribute(attributes: Map<string, string>, name: string): string | null {
  const direct = attributes.get(name);
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const [k, v] of attributes) if (k.toLowerCase() === lower) return v;
  return null;
}

/**
 * Parses a manifest per the JAR File Specification: lines end in CR LF, LF or CR; a line starting with one
 * space continues the previous one; sections are separated by blank lines. Continuations are joined as
 * bytes before UTF-8 decoding, since writers wrap at 72 bytes, even inside a multi-byte character.
 */
export function parseManifest(bytes: Uint8Array, location = 'manifest'): Manifest {
  const decoder = new TextDecoder('utf-8');
  const main = new Map<string, string>();
  const entries = new Map<string, Map<string, string>>();
  let section = main;
  let sectionIsMain = true;
  let sectionIsEmpty = true;
  let pending: number[] | null = null;
  let lineNumber = 0;

  const flush = (): void => {
    if (pending === null) return;
    const text = decoder.decode(Uint8Array.from(pending));
    pending = null;
    const colon = text.indexOf(': ');
    if (colon <= 0) {
      throw new ClassPathError(
        `${location}: invalid manifest header on line ${lineNumber}: "${text}"`,
        location,
      );
    }
    const name = text.slice(0, colon);
    const value = text.slice(colon + 2);
    if (!sectionIsMain && sectionIsEmpty) {
      if (name.toLowerCase() !== 'name') {
        throw new ClassPathError(
          `${location}: manifest section does not start with Name (line ${lineNumber})`,
          location,
        );
      }
      section = new Map<string, string>();
      entries.set(value, section);
    } else {
      section.set(name, value);
    }
    sectionIsEmpty = false;
  };

  let i = 0;
  while (i < bytes.length) {
    let end = i;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const next = bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? end + 2 : end + 1;
    lineNumber++;
    if (end === i) {
      flush();
      if (!sectionIsEmpty || sectionIsMain) {
        sectionIsMain = false;
        sectionIsEmpty = true;
      }
    } else if (bytes[i] === 0x20) {
      if (pending === null) {
        throw new ClassPathError(
          `${location}: manifest continuation line ${lineNumber} continues nothing`,
          location,
        );
      }
      for (let k = i + 1; k < end; k++) pending.push(bytes[k]);
    } else {
      flush();
      pending = Array.from(bytes.subarray(i, end));
    }
    i = next;
  }
  flush();
  return { main, entries };
}

export class JarClassPathEntry implements ClassPathEntry {
  readonly location: string;
  readonly zip: ZipArchive;
  private readonly release: number;
  /** Versions present under META-INF/versions/, newest first, up to `release`. */
  private readonly versions: number[];
  private multiRelease: boolean | null = null;
  private parsedManifest: Manifest | null | undefined = undefined;

  /** Opens a jar; throws ClassPathError when it is missing or not a valid zip. */
  constructor(host: Host, path: string, options?: JarOptions);
  constructor(archive: ZipArchive, options?: JarOptions);
  constructor(
    hostOrArchive: Host | ZipArchive,
    pathOrOptions?: string | JarOptions,
    maybeOptions?: JarOptions,
  ) {
    let options: JarOptions;
    if (hostOrArchive instanceof ZipArchive) {
      this.zip = hostOrArchive;
      options = (pathOrOptions as JarOptions | undefined) ?? {};
    } else {
      options = maybeOptions ?? {};
      this.zip = ZipArchive.open(hostOrArchive, pathOrOptions as string, { mode: options.mode });
    }
    this.location = this.zip.path;
    this.release = options.release ?? DEFAULT_RELEASE;
    const versions = new Set<number>();
    for (const e of this.zip.listEntries()) {
      if (!e.name.startsWith(VERSIONS_PREFIX)) continue;
      const slash = e.name.indexOf('/', VERSIONS_PREFIX.length);
      const v = Number(e.name.slice(VERSIONS_PREFIX.length, slash < 0 ? undefined : slash));
      if (Number.isInteger(v) && v >= FIRST_VERSIONED_RELEASE && v <= this.release) versions.add(v);
    }
    this.versions = [...versions].sort((a, b) => b - a);
  }

  static fromBytes(location: string, bytes: Uint8Array, options?: JarOptions): JarClassPathEntry {
    return new JarClassPathEntry(ZipArchive.fromBytes(location, bytes), options);
  }

  /** Multi-release lookup applies only when the manifest says so, and never to META-INF itself. */
  private isMultiRelease(): boolean {
    if (this.multiRelease === null) {
      const m = this.manifest();
      this.multiRelease =
        m !== null && manifestAttribute(m, 'Multi-Release')?.trim().toLowerCase() === 'true';
    }
    return this.multiRelease;
  }

  readResource(path: string): Uint8Array | null {
    if (path.endsWith('/') || path === '') return null;
    if (this.versions.length > 0 && !path.startsWith('META-INF/') && this.isMultiRelease()) {
      for (const v of this.versions) {
        const entry = this.zip.getEntry(`${VERSIONS_PREFIX}${v}/${path}`);
        if (entry && !entry.isDirectory) return this.zip.readEntry(entry);
      }
    }
    const entry = this.zip.getEntry(path);
    return entry && !entry.isDirectory ? this.zip.readEntry(entry) : null;
  }

  /** All entry names in the jar, directories included (they end with '/'). */
  listEntries(): string[] {
    return this.zip.listEntries().map((e) => e.name);
  }

  /** The full parsed manifest, or null when the jar has none. */
  fullManifest(): Manifest | null {
    if (this.parsedManifest === undefined) {
      let entry = this.zip.getEntry(MANIFEST_NAME);
      if (!entry) {
        // JarFile also finds a manifest whose name differs only in case.
        const upper = MANIFEST_NAME.toUpperCase();
        entry = this.zip.listEntries().find((e) => e.name.toUpperCase() === upper) ?? null;
      }
      this.parsedManifest = entry
        ? parseManifest(this.zip.readEntry(entry), `${this.location}!/${entry.name}`)
        : null;
    }
    return this.parsedManifest;
  }

  /** The manifest's main attributes, or null when the jar has no manifest. */
  manifest(): Map<string, string> | null {
    return this.fullManifest()?.main ?? null;
  }

  /** A main attribute by case-insensitive name (`Main-Class`, `Class-Path`). */
  mainAttribute(name: string): string | null {
    const m = this.manifest();
    return m ? manifestAttribute(m, name) : null;
  }

  close(): void {
    this.zip.close();
  }
}
