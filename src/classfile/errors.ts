// JS-level errors raised while reading class files. The VM maps each onto the Java throwable named by
// `javaClassName`; the message is already in HotSpot's wording so it can be passed through unchanged.

export class ClassFormatError extends Error {
  /** Internal name of the Java throwable the VM should raise for this error. */
  readonly javaClassName: string = 'java/lang/ClassFormatError';

  constructor(message: string) {
    super(message);
    this.name = 'ClassFormatError';
  }
}

/** Mirrors Java, where UnsupportedClassVersionError is a subclass of ClassFormatError. */
export class UnsupportedClassVersionError extends ClassFormatError {
  override readonly javaClassName: string = 'java/lang/UnsupportedClassVersionError';

  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedClassVersionError';
  }
}
