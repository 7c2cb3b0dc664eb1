// The table of JDK native methods implemented in TypeScript. Natives are looked up by class, name and
// descriptor when a native method is first called; a missing one throws UnsatisfiedLinkError.
import type { JValue } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';

/**
 * A native method. `args` holds the arguments in the JVM's local-variable layout: `this` first for
 * instance methods, a long as two slots (lo, hi), a double as its value followed by an unused slot.
 * A long result is returned as a bigint; everything else as its slot value; void returns undefined.
 * A native throws a Java exception by throwing the Throwable object.
 */
export type NativeFn = (thread: JavaThread, args: JValue[]) => JValue | bigint | undefined | void;

export class NativeRegistry {
  private readonly table = new Map<string, NativeFn>();

  /** Registers `className.name descriptor`, class name in internal form (`java/lang/Object`). */
  add(className: string, nameAndDescriptor: string, fn: NativeFn): void {
    this.table.set(className + '.' + nameAndDescriptor, fn);
  }

  /** Registers several methods of one class. */
  addAll(className: string, fns: Record<string, NativeFn>): void {
    for (const [key, fn] of Object.entries(fns)) this.add(className, key, fn);
  }

  lookup(className: string, name: string, descriptor: string): NativeFn | undefined {
    return this.table.get(className + '.' + name + descriptor);
  }

  /** The native `className.nameAndDescriptor`, keyed as `add` takes it. */
  lookupKey(className: string, nameAndDescriptor: string): NativeFn | undefined {
    return this.table.get(className + '.' + nameAndDescriptor);
  }
}
