// The static fields whose object graphs the shared archive holds: the JDK 17 class library reads each one
// back through CDS.initializeFromArchive in its class's static initializer. The same lists as HotSpot's
// heapShared.cpp (its closed, open and full-module-graph subgraph entry fields).

/** A static field of a boot class that is the root of one archived subgraph. */
export interface ArchiveRoot {
  readonly className: string;
  readonly fieldName: string;
  /**
   * Part of the full module graph (the boot layer, the built-in class loaders, Module's special modules):
   * only usable when the command line leaves the module system at its defaults.
   */
  readonly fullModuleGraph: boolean;
}

function root(className: string, fieldName: string, fullModuleGraph = false): ArchiveRoot {
  return { className, fieldName, fullModuleGraph };
}

export const ARCHIVE_ROOTS: readonly ArchiveRoot[] = [
  // Boxing caches and other constant tables (HotSpot's closed archive).
  root('java/lang/Integer$IntegerCache', 'archivedCache'),
  root('java/lang/Long$LongCache', 'archivedCache'),
  root('java/lang/Byte$ByteCache', 'archivedCache'),
  root('java/lang/Short$ShortCache', 'archivedCache'),
  root('java/lang/Character$CharacterCache', 'archivedCache'),
  root('java/util/jar/Attributes$Name', 'KNOWN_NAMES'),
  root('sun/util/locale/BaseLocale', 'constantBaseLocales'),
  // The open archive: objects the module graph shares with the rest of the library.
  root('jdk/internal/module/ArchivedModuleGraph', 'archivedModuleGraph'),
  root('java/util/ImmutableCollections', 'archivedObjects'),
  root('java/lang/ModuleLayer', 'EMPTY_LAYER'),
  root('java/lang/module/Configuration', 'EMPTY_CONFIGURATION'),
  root('jdk/internal/math/FDBigInteger', 'archivedCaches'),
  // The full module graph.
  root('jdk/internal/loader/ArchivedClassLoaders', 'archivedClassLoaders', true),
  root('jdk/internal/module/ArchivedBootLayer', 'archivedBootLayer', true),
  root('java/lang/Module$ArchivedData', 'archivedData', true),
];

/**
 * System properties that change the boot layer (ModuleBootstrap.canUseArchivedBootLayer), the boot class
 * path the archived loaders were made for, or the system class loader: with any of them set, the full
 * module graph is not used (as HotSpot's Arguments disable it for the same properties).
 */
export function fullModuleGraphUsable(properties: ReadonlyMap<string, string>): boolean {
  for (const key of properties.keys()) {
    if (key.startsWith('jdk.module.') || key === 'jdk.boot.class.path.append') return false;
    if (key === 'java.system.class.loader') return false;
  }
  return true;
}
