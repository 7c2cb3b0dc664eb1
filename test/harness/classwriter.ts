// A small class-file assembler for tests that need bytecode javac never produces (JVMS §4.1): one class
// with static methods given as raw code bytes. Class version 49 by default, so no StackMapTable is needed
// (HotSpot verifies such classes by type inference).

export interface AssembledMethod {
  name: string;
  descriptor: string;
  /** ACC_ flags; public static by default. */
  flags?: number;
  maxStack: number;
  maxLocals: number;
  code: number[];
}

class ConstantPool {
  readonly bytes: number[] = [];
  private readonly index = new Map<string, number>();
  private count = 1;

  private add(key: string, entry: number[]): number {
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const i = this.count++;
    this.bytes.push(...entry);
    this.index.set(key, i);
    return i;
  }
  utf8(s: string): number {
    const b = Buffer.from(s, 'utf8');
    return this.add(`U${s}`, [1, b.length >> 8, b.length & 0xff, ...b]);
  }
  classRef(name: string): number {
    const n = this.utf8(name);
    return this.add(`C${name}`, [7, n >> 8, n & 0xff]);
  }
  get size(): number {
    return this.count;
  }
}

function u2(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}
function u4(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The bytes of a public class `name` (superclass Object) holding `methods`. */
export function assembleClass(name: string, methods: AssembledMethod[], majorVersion = 49): Uint8Array {
  const cp = new ConstantPool();
  const thisClass = cp.classRef(name);
  const superClass = cp.classRef('java/lang/Object');
  const codeName = cp.utf8('Code');
  const methodBytes: number[] = [];
  for (const m of methods) {
    const attribute = [
      ...u2(m.maxStack),
      ...u2(m.maxLocals),
      ...u4(m.code.length),
      ...m.code,
      ...u2(0),
      ...u2(0),
    ];
    methodBytes.push(
      ...u2(m.flags ?? 0x0009),
      ...u2(cp.utf8(m.name)),
      ...u2(cp.utf8(m.descriptor)),
      ...u2(1),
      ...u2(codeName),
      ...u4(attribute.length),
      ...attribute,
    );
  }
  return Uint8Array.from([
    ...u4(0xcafebabe),
    ...u2(0),
    ...u2(majorVersion),
    ...u2(cp.size),
    ...cp.bytes,
    ...u2(0x0021),
    ...u2(thisClass),
    ...u2(superClass),
    ...u2(0),
    ...u2(0),
    ...u2(methods.length),
    ...methodBytes,
    ...u2(0),
  ]);
}
