// What the command prints when a JS error escapes the VM (a bug in tsjvm, not a Java exception), on
// whichever thread the VM runs; the process then exits with status 70 (EX_SOFTWARE).

/** The report of an error that escaped the VM. */
export function internalErrorReport(e: unknown): string {
  return `tsjvm: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
}

/** The exit status after an internal error. */
export const INTERNAL_ERROR_STATUS = 70;
