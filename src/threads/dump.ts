// Thread dumps in the style of HotSpot's (jstack, SIGQUIT) and its Java-level deadlock report.
import { ThreadState, type JavaThread } from './thread.js';
import type { VM } from '../runtime/vm.js';
import type { FieldBag, JavaObject } from '../runtime/object.js';

function stateName(t: JavaThread): string {
  if (t.state === ThreadState.Terminated) return 'TERMINATED';
  const p = t.pending;
  if (t.state !== ThreadState.Blocked || !p) return 'RUNNABLE';
  switch (p.kind) {
    case 'monitor':
    case 'classinit':
      return 'BLOCKED (on object monitor)';
    case 'wait':
      return p.deadline === Infinity ? 'WAITING (on object monitor)' : 'TIMED_WAITING (on object monitor)';
    case 'sleep':
      return 'TIMED_WAITING (sleeping)';
    default:
      return p.deadline === Infinity ? 'WAITING (parking)' : 'TIMED_WAITING (parking)';
  }
}

function frames(t: JavaThread): string {
  let out = '';
  for (let f = t.frame; f; f = f.parent) {
    const m = f.method;
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
  }
  return out;
}

export function threadDump(vm: VM, threads: JavaThread[]): string {
  let out = 'Full thread dump tsjvm:\n\n';
  for (const t of threads) {
    const o = t.threadObject as unknown as FieldBag | null;
    const prio = o ? (o['priority@java/lang/Thread'] as number) : 5;
    out += `"${t.name}" #${t.id}${t.daemon ? ' daemon' : ''} prio=${prio}\n`;
    out += `   java.lang.Thread.State: ${stateName(t)}\n`;
    out += frames(t) + '\n';
  }
  void vm;
  return out;
}

/** HotSpot's "Found one Java-level deadlock" report when monitor ownership forms a cycle, else "". */
export function findDeadlockCycle(vm: VM, threads: JavaThread[]): string {
  for (const start of threads) {
    const seen: JavaThread[] = [];
    let t: JavaThread | null = start;
    while (t && !seen.includes(t)) {
      seen.push(t);
      const p: JavaThread['pending'] = t.pending;
      t = p && p.kind === 'monitor' && p.monitor ? p.monitor.owner : null;
    }
    if (t === start && seen.length > 1) {
      let out = 'Found one Java-level deadlock:\n=============================\n';
      for (const th of seen) {
        const owner = th.pending!.monitor!.owner!;
        out += `"${th.name}":\n  waiting to lock monitor, which is held by "${owner.name}"\n`;
      }
      out +=
        '\nJava stack information for the threads listed above:\n===================================================\n';
      for (const th of seen) out += `"${th.name}":\n${frames(th)}`;
      return out + '\nFound 1 deadlock.\n\n';
    }
  }
  void vm;
  return 'All Java threads are blocked forever.\n\n';
}

export type { JavaObject };
