// The process locale as a C program on glibc sees it after setlocale(LC_ALL, ""), and what the JDK's
// java_props_md.c (ParseLocale) makes of it: user.language/country/variant/script for display
// (LC_MESSAGES) and format (LC_CTYPE), and the encoding (nl_langinfo(CODESET)) behind file.encoding and
// sun.jnu.encoding. A locale that is not installed makes setlocale fail, leaving "C" everywhere.
import { HostError, S_IFDIR, S_IFMT, type HostFileSystem } from './host.js';

export interface ParsedLocale {
  language: string;
  country: string | null;
  script: string | null;
  variant: string | null;
  encoding: string;
}

export interface ProcessLocale {
  display: ParsedLocale;
  format: ParsedLocale;
}

const LOCALE_DIR = '/usr/lib/locale';

/** glibc _nl_normalize_codeset: lower-case letters and digits only; all digits get an "iso" prefix. */
export function normalizeCodeset(codeset: string): string {
  const s = codeset.toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^[0-9]+$/.test(s) ? 'iso' + s : s;
}

/** The environment value that names the locale of a category (LC_ALL, then the category, then LANG). */
function categoryValue(env: Record<string, string>, category: string): string {
  for (const v of [env.LC_ALL, env[category], env.LANG]) if (v !== undefined && v !== '') return v;
  return 'C';
}

function isBuiltin(name: string): boolean {
  if (name === 'C' || name === 'POSIX') return true;
  const m = /^C\.([^@]*)/.exec(name);
  return m !== null && normalizeCodeset(m[1]) === 'utf8';
}

/** The locale name glibc looks up: language[_territory][.normalized-codeset][@modifier]. */
function lookupName(name: string): string {
  const m = /^([^.@]*)(?:\.([^@]*))?(@.*)?$/.exec(name);
  if (!m) return name;
  return m[1] + (m[2] !== undefined ? '.' + normalizeCodeset(m[2]) : '') + (m[3] ?? '');
}

function readWhole(fs: HostFileSystem, path: string, limit: number): Uint8Array | null {
  try {
    const st = fs.stat(path);
    if (st.size > limit) return null;
    const fd = fs.open(path, 0, 0);
    try {
      const buf = new Uint8Array(st.size);
      let done = 0;
      while (done < buf.length) {
        const n = fs.read(fd, buf.subarray(done), null);
        if (n <= 0) break;
        done += n;
      }
      return buf.subarray(0, done);
    } finally {
      fs.close(fd);
    }
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
}

/** Whether glibc can load locale `name`: built in, a directory under /usr/lib/locale, or in locale-archive. */
export function localeInstalled(fs: HostFileSystem, name: string): boolean {
  if (isBuiltin(name)) return true;
  const candidates = [...new Set([lookupName(name), name])];
  for (const c of candidates) {
    try {
      if ((fs.stat(`${LOCALE_DIR}/${c}`).mode & S_IFMT) === S_IFDIR) return true;
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
  }
  // locale-archive: the names are NUL-terminated strings in its string table.
  const archive = readWhole(fs, `${LOCALE_DIR}/locale-archive`, 512 * 1024 * 1024);
  if (archive === null || archive.length < 32) return false;
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  if (view.getUint32(0, true) !== 0xde020109) return false;
  const stringOffset = view.getUint32(20, true);
  const stringUsed = view.getUint32(24, true);
  const table = new TextDecoder('latin1').decode(archive.subarray(stringOffset, stringOffset + stringUsed));
  const names = new Set(table.split('\0'));
  return candidates.some((c) => names.has(c));
}

/** java_props_md.c language_names (the entries that change a name). */
const LANGUAGE_NAMES: Record<string, string> = {
  C: 'en',
  POSIX: 'en',
  cz: 'cs',
  he: 'iw',
  id: 'in',
  sh: 'sr',
  su: 'fi',
  yi: 'ji',
};
/** script_names and variant_names: @modifiers that mean a script or a variant. */
const SCRIPT_NAMES: Record<string, string> = {
  cyrillic: 'Cyrl',
  devanagari: 'Deva',
  iqtelif: 'Latn',
  latin: 'Latn',
  Arab: 'Arab',
  Cyrl: 'Cyrl',
  Deva: 'Deva',
  Ethi: 'Ethi',
  Hans: 'Hans',
  Hant: 'Hant',
  Latn: 'Latn',
  Sund: 'Sund',
  Syrc: 'Syrc',
  Tfng: 'Tfng',
};
const VARIANT_NAMES: Record<string, string> = { nynorsk: 'NY' };

/** The charset nl_langinfo(CODESET) reports for an installed locale. */
function codesetOf(name: string): string {
  if (name === 'C' || name === 'POSIX' || /^C(@|$)/.test(name)) return 'ANSI_X3.4-1968';
  const m = /\.([^@]*)/.exec(name);
  if (!m) return 'ISO-8859-1';
  const n = normalizeCodeset(m[1]);
  if (n === 'utf8') return 'UTF-8';
  const iso = /^iso8859(\d+)$/.exec(n);
  if (iso) return `ISO-8859-${iso[1]}`;
  if (n === 'eucjp') return 'EUC-JP-LINUX';
  return m[1].toUpperCase();
}

/** ParseLocale for one locale name (already known to be installed). */
export function parseLocale(name: string): ParsedLocale {
  const lc = name === 'C' || name === 'POSIX' ? 'en_US' : name;
  const encoding = codesetOf(name);
  let base = lc;
  let rest = '';
  const cut = lc.search(/[.@]/);
  if (cut >= 0) {
    base = lc.slice(0, cut);
    rest = lc.slice(cut);
  }
  const us = base.indexOf('_');
  const language = us >= 0 ? base.slice(0, us) : base;
  const country = us >= 0 ? base.slice(us + 1) : null;
  const at = rest.indexOf('@');
  const modifier = at >= 0 ? rest.slice(at + 1) : null;
  return {
    language: LANGUAGE_NAMES[language] ?? language,
    country,
    script: modifier !== null ? (SCRIPT_NAMES[modifier] ?? null) : null,
    variant: modifier !== null ? (VARIANT_NAMES[modifier] ?? null) : null,
    encoding,
  };
}

/** The process locale from the environment, as setlocale(LC_ALL, "") and java_props_md.c resolve it. */
export function processLocale(fs: HostFileSystem, env: Record<string, string>): ProcessLocale {
  const ctype = categoryValue(env, 'LC_CTYPE');
  const messages = categoryValue(env, 'LC_MESSAGES');
  // setlocale(LC_ALL, "") sets every category or none: one missing locale leaves the process in "C".
  const categories = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'];
  const allInstalled = categories.every((c) => localeInstalled(fs, categoryValue(env, c)));
  if (!allInstalled) return { display: parseLocale('C'), format: parseLocale('C') };
  return { display: parseLocale(messages), format: parseLocale(ctype) };
}
