// The JDK's commands for tests that run them next to tsjvm: JAVA_HOME's first, else the first on PATH.
import fs from 'node:fs';
import path from 'node:path';

/** The path of JDK command `name` (java, javac, jar…), or null if there is none. */
export function jdkTool(name: string): string | null {
  const home = process.env.JAVA_HOME;
  const candidates = home ? [path.join(home, 'bin', name)] : [];
  for (const dir of (process.env.PATH ?? '').split(':')) candidates.push(path.join(dir, name));
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}
