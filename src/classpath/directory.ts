// A directory on the class path: `java/lang/Foo.class` is the file dir/java/lang/Foo.class.

import type { Host } from '../host/host.js';
import { joinPath } from '../host/path.js';
import type { ClassPathEntry } from './types.js';

export class DirectoryClassPathEntry implements ClassPathEntry {
  constructor(
    private readonly host: Host,
    /** The directory, preferably absolute. */
    readonly location: string,
  ) {}

  readResource(path: string): Uint8Array | null {
    // Like URLClassPath's FileLoader, never serve a file outside the directory.
    if (path === '' || path.startsWith('/') || path.endsWith('/')) return null;
    for (const segment of path.split('/'))
      if (segment === '..' || segment === '.' || segment === '') return null;
    return this.host.readFile(joinPath(this.location, path));
  }
}
