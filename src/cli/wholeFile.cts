// Writing a file whole or not at all, for the files runs read while a build or another run may be
// rewriting them (the code cache, the shared archive): a run reads either the old file or the new one.
// CommonJS so that both the worker's CommonJS entry (codeCache.cts) and the ES modules can import it.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes `data` to a temporary file beside `file`, then renames it over `file`. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
