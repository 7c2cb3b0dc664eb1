// POSIX path arithmetic on plain strings. node:path is not available to the VM core (it must also run in a
// browser), and the VM only needs these few operations.

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/');
}

/** Removes '.', empty segments and resolvable '..' segments; keeps a leading '/'. Never returns ''. */
export function normalizePath(path: string): string {
  const absolute = isAbsolutePath(path);
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      // '..' above the root stays at the root, as the kernel does.
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export function joinPath(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length === 0 ? '.' : normalizePath(nonEmpty.join('/'));
}

/** `path` made absolute against `base` (which should itself be absolute). */
export function resolvePath(base: string, path: string): string {
  return isAbsolutePath(path) ? normalizePath(path) : normalizePath(base + '/' + path);
}

export function dirName(path: string): string {
  const normalized = normalizePath(path);
  if (normalized === '/') return '/';
  const slash = normalized.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : normalized.slice(0, slash);
}

export function baseName(path: string): string {
  const normalized = normalizePath(path);
  if (normalized === '/') return '/';
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}
