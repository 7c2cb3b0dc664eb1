// A Java monitor (JVMS §2.11.10): owner and recursion count, the threads waiting to enter, and the wait set.
import type { JavaThread } from './thread.js';
import type { JavaObject, JArray } from '../runtime/object.js';

export class Monitor {
  owner: JavaThread | null = null;
  count = 0;
  /** Threads blocked in monitorenter (or re-acquiring after wait). */
  readonly entrants = new Set<JavaThread>();
  /** Threads in Object.wait, in arrival order (notify wakes the first). */
  readonly waiters: JavaThread[] = [];
  /** The object whose monitor this is (for thread dumps). */
  constructor(readonly object: JavaObject | JArray | null = null) {}
}
