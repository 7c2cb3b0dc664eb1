// Java monitors (JVMS §2.11.10, §6.5 monitorenter). Green threads will block on contention; with one
// running thread, ownership and recursion counts are enough.
import type { JavaThread } from './thread.js';

export class Monitor {
  owner: JavaThread | null = null;
  count = 0;
}
