// One error class for everything that can go wrong while reading the class path, so callers (class
// loading, the launcher) can tell a broken jar or image from a bug in the VM.

export class ClassPathError extends Error {
  override readonly name = 'ClassPathError';

  constructor(
    message: string,
    /** The file the problem is in (jar, image, directory), when known. */
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
