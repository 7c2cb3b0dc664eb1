// Reading just the type names out of a Runtime*Annotations attribute (JVMS §4.7.16), which is all the VM
// itself needs (@Hidden, @CallerSensitive, @PolymorphicSignature); reflection hands the raw bytes to Java.
import { CpTag, type ConstantPool } from './types.js';

/** The type descriptors of the annotations in `raw`, or [] when it is malformed. */
export function annotationTypes(raw: Uint8Array | null, cp: ConstantPool): string[] {
  if (!raw || raw.length < 2) return [];
  const out: string[] = [];
  let p = 0;
  const u2 = (): number => {
    if (p + 2 > raw.length) throw new RangeError('annotation');
    const v = (raw[p] << 8) | raw[p + 1];
    p += 2;
    return v;
  };
  const skipElementValue = (): void => {
    const tag = String.fromCharCode(raw[p++]);
    switch (tag) {
      case 'e':
        p += 4;
        return;
      case '@':
        skipAnnotation();
        return;
      case '[': {
        const n = u2();
        for (let i = 0; i < n; i++) skipElementValue();
        return;
      }
      default:
        p += 2;
    }
  };
  const skipAnnotation = (): number => {
    const typeIndex = u2();
    const pairs = u2();
    for (let i = 0; i < pairs; i++) {
      p += 2;
      skipElementValue();
    }
    return typeIndex;
  };
  try {
    const n = u2();
    for (let i = 0; i < n; i++) {
      const e = cp.get(skipAnnotation());
      if (e && e.tag === CpTag.Utf8) out.push(e.value);
    }
  } catch {
    return out;
  }
  return out;
}
