// Where class bytes (and other resources) come from: one interface for the runtime image, jars and
// directories.

export interface ClassPathEntry {
  /** A human-readable description, e.g. the path of the jar. */
  readonly location: string;
  /**
   * The bytes of a resource by its path inside the entry (`java/lang/Object.class`), or null when absent.
   * For the runtime image the path is module-less; the image finds the module from its package map.
   */
  readResource(path: string): Uint8Array | null;
  /** The JDK's own class files (the runtime image), which the boot loader loads without format checks. */
  readonly trusted?: boolean;
  close?(): void;
}
