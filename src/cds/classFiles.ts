// The class files a shared archive holds (ArchiveFile.classFiles): those the dump run's boot loader read
// from the runtime image, which a run with the archive then takes from it (VM.loadBootClass).
import type { VM } from '../runtime/vm.js';

/**
 * The index of the class files of every boot class the dump run loaded from the runtime image, and those
 * files in index order (written one after another after the archive's JSON).
 */
export function collectClassFiles(vm: VM): { index: [string, number, number][]; parts: Uint8Array[] } {
  const index: [string, number, number][] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const cls of vm.bootClasses.values()) {
    if (cls.classFile === null || cls.hidden || cls.componentType !== null) continue;
    const resource = cls.name + '.class';
    // What loadBootClass reads, if it comes from the image.
    const found = vm.findBootClassFile(resource);
    if (found === null || !found.trusted) continue;
    index.push([resource, offset, found.bytes.length]);
    parts.push(found.bytes);
    offset += found.bytes.length;
  }
  return { index, parts };
}
