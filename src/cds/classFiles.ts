// The class files a shared archive holds (ArchiveFile.classFiles): those the dump run's boot loader read
// from the runtime image, which a run with the archive then takes from it (VM.loadBootClass).
import type { VM } from '../runtime/vm.js';

/** The index and bytes of the class files of every boot class the dump run loaded from the runtime image. */
export function collectClassFiles(vm: VM): { index: [string, number, number][]; bytes: Uint8Array } {
  const index: [string, number, number][] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const cls of vm.bootClasses.values()) {
    if (cls.classFile === null || cls.hidden || cls.componentType !== null) continue;
    const resource = cls.name + '.class';
    // What loadBootClass reads: the first boot class path entry that has the class, if that is the image.
    for (const e of vm.bootPath) {
      const bytes = e.readResource(resource);
      if (bytes === null) continue;
      if (e.trusted === true) {
        index.push([resource, offset, bytes.length]);
        parts.push(bytes);
        offset += bytes.length;
      }
      break;
    }
  }
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { index, bytes };
}
