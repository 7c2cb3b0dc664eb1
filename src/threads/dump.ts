// Thread dumps in the style of HotSpot's (jstack, SIGQUIT) and its Java-level deadlock report.
import { ThreadState, type JavaThread } from './thread.js';
import type { Monitor } from './monitor.js';
import { monitorToEnter } from './monitors.js';
import type { VM } from '../runtime/vm.js';
import { JavaObject, type FieldBag, type JArray } from '../runtime/object.js';

/** The thread's current name (Thread.setName may have changed it since it started). */
function nameOf(vm: VM, t: JavaThread): string {
  const n = t.threadObject ? (t.threadObject as unknown as FieldBag)['name@java/lang/Thread'] : null;
  return n instanceof JavaObject ? vm.jsString(n) : t.name;
}

/** `<0x…> (a java.lang.Object)`: HotSpot prints the address; the identity hash stands in for it. */
function describe(vm: VM, obj: JavaObject | JArray | null): string {
  if (obj === null) return '<no object reference available>';
  const addr = (vm.identityHash(obj) >>> 0).toString(16).padStart(16, '0');
  return `<0x${addr}> (a ${obj.$cls.javaName})`;
}

function stateName(t: JavaThread): string {
  if (t.state === ThreadState.Terminated) return 'TERMINATED';
  const p = t.pending;
  if (t.state !== ThreadState.Blocked || !p) return 'RUNNABLE';
  switch (p.kind) {
    case 'monitor':
      return 'BLOCKED (on object monitor)';
    case 'classinit':
      return 'RUNNABLE';
    case 'wait':
      if (p.reentering) return 'BLOCKED (on object monitor)';
      return p.deadline === Infinity ? 'WAITING (on object monitor)' : 'TIMED_WAITING (on object monitor)';
    case 'sleep':
      return p.deadline === 0 ? 'RUNNABLE' : 'TIMED_WAITING (sleeping)';
    default:
      return p.deadline === Infinity ? 'WAITING (parking)' : 'TIMED_WAITING (parking)';
  }
}

/** What the header line says the thread is doing. */
function activity(t: JavaThread): string {
  const p = t.pending;
  if (t.state === ThreadState.Terminated) return 'terminated';
  if (t.state !== ThreadState.Blocked || !p) return 'runnable';
  if (p.kind === 'monitor' || (p.kind === 'wait' && p.reentering)) return 'waiting for monitor entry';
  if (p.kind === 'wait' || p.kind === 'classinit') return 'in Object.wait()';
  return 'waiting on condition';
}

/**
 * The Java frames of `t`, innermost first, with HotSpot's lock annotations: what the top frame waits
 * for, and `- locked` under frames holding a monitor (synchronized methods, and `extraLocked`, monitors
 * known to be held whose frame is unknown, under the top frame).
 */
function frames(vm: VM, t: JavaThread, extraLocked: Monitor[] = []): string {
  let out = '';
  const p = t.pending;
  let top = true;
  for (let f = t.frame; f; f = f.parent) {
    const m = f.method;
    if (m.hidden) continue;
    const src = m.cls.classFile?.sourceFile;
    const line = m.lineAt(f.pc);
    const where = m.isNative
      ? 'Native Method'
      : src
        ? line >= 0
          ? `${src}:${line}`
          : src
        : 'Unknown Source';
    out += `\tat ${m.cls.javaName}.${m.name}(${where})\n`;
    if (top && p && t.state === ThreadState.Blocked) {
      const enter = monitorToEnter(t);
      if (enter) {
        out += `\t- ${p.kind === 'wait' ? 'waiting to re-lock in wait()' : 'waiting to lock'} ${describe(vm, enter.object)}\n`;
      } else if (p.kind === 'wait' && p.monitor) {
        out += `\t- waiting on ${describe(vm, p.monitor.object)}\n`;
      } else if (p.kind === 'park' && t.threadObject) {
        const blocker = (t.threadObject as unknown as FieldBag)['parkBlocker@java/lang/Thread'];
        if (blocker instanceof JavaObject) out += `\t- parking to wait for  ${describe(vm, blocker)}\n`;
      }
    }
    if (top) for (const mon of extraLocked) out += `\t- locked ${describe(vm, mon.object)}\n`;
    if (f.lockedObject !== null && !extraLocked.some((mon) => mon.object === f.lockedObject)) {
      const waitingOn = p && p.kind === 'wait' && p.monitor?.object === f.lockedObject;
      if (!waitingOn || !top) out += `\t- locked ${describe(vm, f.lockedObject)}\n`;
    }
    top = false;
  }
  return out;
}

function header(vm: VM, t: JavaThread): string {
  const o = t.threadObject as unknown as FieldBag | null;
  const prio = o ? (o['priority@java/lang/Thread'] as number) : 5;
  return `"${nameOf(vm, t)}" #${t.id}${t.daemon ? ' daemon' : ''} prio=${prio} ${activity(t)}\n`;
}

/** A thread dump like HotSpot's on SIGQUIT: each thread's state and stack. */
export function threadDump(vm: VM, threads: JavaThread[]): string {
  let out = 'Full thread dump tsjvm (green threads):\n\n';
  for (const t of threads) {
    out += header(vm, t);
    out += `   java.lang.Thread.State: ${stateName(t)}\n`;
    out += frames(vm, t) + '\n';
  }
  return out;
}

/**
 * HotSpot's "Found one Java-level deadlock" report for every cycle of threads each waiting to enter a
 * monitor held by the next; "" if there is none.
 */
export function findDeadlockCycle(vm: VM, threads: JavaThread[]): string {
  const reported = new Set<JavaThread>();
  const cycles: JavaThread[][] = [];
  for (const start of threads) {
    if (reported.has(start)) continue;
    const seen: JavaThread[] = [];
    let t: JavaThread | null = start;
    while (t && !seen.includes(t) && !reported.has(t)) {
      seen.push(t);
      t = monitorToEnter(t)?.owner ?? null;
    }
    if (t === null || reported.has(t)) continue;
    const cycle = seen.slice(seen.indexOf(t));
    if (cycle.length < 2 && monitorToEnter(cycle[0])?.owner !== cycle[0]) continue;
    for (const c of cycle) reported.add(c);
    cycles.push(cycle);
  }
  let out = '';
  for (const cycle of cycles) {
    out += '\nFound one Java-level deadlock:\n=============================\n';
    for (const th of cycle) {
      const mon = monitorToEnter(th)!;
      const addr = (vm.identityHash(mon.object ?? th.threadObject!) >>> 0).toString(16).padStart(16, '0');
      out += `"${nameOf(vm, th)}":\n  waiting to lock monitor 0x${addr} (object 0x${addr}, a ${mon.object?.$cls.javaName ?? 'java.lang.Object'}),\n`;
      out += `  which is held by "${nameOf(vm, mon.owner!)}"\n\n`;
    }
    out +=
      'Java stack information for the threads listed above:\n===================================================\n';
    for (const th of cycle) {
      // The monitor the previous thread in the cycle waits for is held by this one.
      const held = cycle.map((c) => monitorToEnter(c)!).filter((m) => m.owner === th);
      out += `"${nameOf(vm, th)}":\n${frames(vm, th, held)}`;
    }
    out += '\n';
  }
  if (cycles.length > 0) out += `Found ${cycles.length} deadlock${cycles.length > 1 ? 's' : ''}.\n\n`;
  return out;
}

/**
 * What the VM prints when every live thread is blocked forever (HotSpot would hang): a thread dump, then
 * the deadlock report, or a note that nothing can wake any thread.
 */
export function deadlockReport(vm: VM, threads: JavaThread[]): string {
  const cycles = findDeadlockCycle(vm, threads);
  let note =
    cycles !== '' ? cycles : '\nNo thread can make progress: every live thread is blocked forever.\n\n';
  // A thread that could go on but is suspended under a nested blocking call of another thread (VM code
  // such as a class initializer or Method.invoke on the JS stack above it) can't be resumed: a green
  // threads limitation, not a deadlock of the program.
  const stuck = threads.filter((t) => t.state === ThreadState.Runnable && t.pinned);
  if (stuck.length > 0) {
    note += `tsjvm: ${stuck.map((t) => `"${nameOf(vm, t)}"`).join(', ')} could run but ${stuck.length > 1 ? 'are' : 'is'} suspended under another thread's blocking call from VM code (class initialization, reflection).\n`;
  }
  return threadDump(vm, threads) + note;
}
