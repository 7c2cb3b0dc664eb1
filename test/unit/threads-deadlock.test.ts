// Deadlocks and thread dumps (src/threads/dump.ts, Scheduler.blockedForever). HotSpot hangs on these
// programs, so they can't be conformance programs: tsjvm must end them with HotSpot's "Found one
// Java-level deadlock" report (or a note that every thread is blocked forever) on stderr, after a thread
// dump, and a non-zero exit status — in every execution mode. Deadlocked daemon threads must not stop a
// normal exit, and SIGQUIT prints a thread dump while the program goes on. Nothing here depends on timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';

const SOURCES: Record<string, string> = {
  // Two threads, two monitors, opposite order; a latch makes sure both hold their first lock.
  'TwoMonitors.java': `
import java.util.concurrent.CountDownLatch;
public class TwoMonitors {
    static final Object a = new Object(), b = new Object();
    static final CountDownLatch bothHoldOne = new CountDownLatch(2);
    static void lockBoth(Object first, Object second, String name) {
        synchronized (first) {
            System.out.println(name + " holds its first lock");
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            synchronized (second) {
                System.out.println(name + " got both locks");
            }
        }
    }
    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread("worker-1") { public void run() { lockBoth(a, b, "worker-1"); } };
        Thread t2 = new Thread("worker-2") { public void run() { lockBoth(b, a, "worker-2"); } };
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("unreachable");
    }
}
`,
  // A cycle of three through synchronized methods, with main in it.
  'ThreeWay.java': `
import java.util.concurrent.CyclicBarrier;
public class ThreeWay {
    static final CyclicBarrier barrier = new CyclicBarrier(3);
    final String name;
    ThreeWay next;
    ThreeWay(String name) { this.name = name; }
    synchronized void first() throws Exception {
        barrier.await();
        next.second();
    }
    synchronized void second() {
        System.out.println("never " + name);
    }
    public static void main(String[] args) throws Exception {
        final ThreeWay x = new ThreeWay("x"), y = new ThreeWay("y"), z = new ThreeWay("z");
        x.next = y;
        y.next = z;
        z.next = x;
        new Thread("thread-y") { public void run() { try { y.first(); } catch (Exception e) { } } }.start();
        new Thread("thread-z") { public void run() { try { z.first(); } catch (Exception e) { } } }.start();
        x.first();
    }
}
`,
  // No monitor cycle: main waits for a notification nobody will send.
  'LostNotify.java': `
public class LostNotify {
    public static void main(String[] args) throws Exception {
        Object lock = new Object();
        System.out.println("waiting");
        synchronized (lock) {
            lock.wait();
        }
    }
}
`,
  // Deadlocked daemon threads don't keep the VM from exiting normally.
  'DaemonDeadlock.java': `
import java.util.concurrent.CountDownLatch;
public class DaemonDeadlock {
    static final Object a = new Object(), b = new Object();
    static final CountDownLatch both = new CountDownLatch(2);
    static final CountDownLatch blocked = new CountDownLatch(1);
    static Thread daemon(final Object first, final Object second) {
        Thread t = new Thread() {
            public void run() {
                synchronized (first) {
                    both.countDown();
                    try { both.await(); } catch (InterruptedException e) { }
                    synchronized (second) { }
                }
            }
        };
        t.setDaemon(true);
        t.start();
        return t;
    }
    public static void main(String[] args) throws Exception {
        Thread t1 = daemon(a, b), t2 = daemon(b, a);
        while (t1.getState() != Thread.State.BLOCKED || t2.getState() != Thread.State.BLOCKED) Thread.sleep(1);
        System.out.println("daemons deadlocked; main ends");
    }
}
`,
  // A deadlock reached inside a class initializer (the blocked thread is nested in VM code).
  'InitDeadlock.java': `
public class InitDeadlock {
    static final Object lock = new Object();
    static volatile boolean holding;
    static final class Slow {
        static int value;
        static {
            while (!holding) Thread.yield();
            synchronized (lock) { value = 1; }
        }
    }
    public static void main(String[] args) throws Exception {
        Thread initializer = new Thread("initializer") { public void run() { System.out.println(Slow.value); } };
        synchronized (lock) {
            initializer.start();
            while (initializer.getState() == Thread.State.NEW) Thread.yield();
            holding = true;
            initializer.join();
        }
    }
}
`,
  // Prints "ready", then sleeps until killed: for SIGQUIT.
  'Sleeper.java': `
public class Sleeper {
    static final Object lock = new Object();
    public static void main(String[] args) throws Exception {
        Thread waiter = new Thread("waiter-thread") {
            public void run() {
                synchronized (lock) {
                    try { lock.wait(); } catch (InterruptedException e) { }
                }
            }
        };
        waiter.setDaemon(true);
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("ready");
        Thread.sleep(600000);
    }
}
`,
};

const MODES: string[][] = [[], ['-Xint'], ['-Xcomp']];

function javaAvailable(): boolean {
  return spawnSync('javac', ['-version'], { encoding: 'utf8' }).status === 0;
}

const skip = javaAvailable() ? false : 'needs javac on PATH';
let classes: string | null = null;

/** Compiles every program once into a temporary directory. */
function compiled(): string {
  if (classes !== null) return classes;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-deadlock-'));
  const files: string[] = [];
  for (const [name, source] of Object.entries(SOURCES)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, source);
    files.push(file);
  }
  const r = spawnSync('javac', ['-XDstringConcat=inline', '-g', '-d', dir, ...files], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  classes = dir;
  return dir;
}

function tsjvm(mode: string[], main: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(path.join(repoRoot, 'bin', 'tsjvm'), [...mode, '-cp', compiled(), main], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const mode of MODES) {
  const label = mode.length ? ` (${mode.join(' ')})` : '';

  test(`two threads deadlocked on two monitors: report and non-zero exit${label}`, { skip }, () => {
    const r = tsjvm(mode, 'TwoMonitors');
    assert.notEqual(r.status, 0);
    assert.notEqual(r.status, null, 'timed out');
    const out = r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .sort();
    assert.deepEqual(out, ['worker-1 holds its first lock', 'worker-2 holds its first lock']);
    assert.match(r.stderr, /^Full thread dump/);
    assert.match(r.stderr, /\nFound one Java-level deadlock:\n=============================\n/);
    assert.match(
      r.stderr,
      /"worker-1":\n {2}waiting to lock monitor 0x[0-9a-f]+ \(object 0x[0-9a-f]+, a java\.lang\.Object\),\n {2}which is held by "worker-2"\n/,
    );
    assert.match(
      r.stderr,
      /"worker-2":\n {2}waiting to lock monitor 0x[0-9a-f]+ \(object 0x[0-9a-f]+, a java\.lang\.Object\),\n {2}which is held by "worker-1"\n/,
    );
    assert.match(
      r.stderr,
      /Java stack information for the threads listed above:\n=+\n"worker-[12]":\n\tat TwoMonitors\.lockBoth\(TwoMonitors\.java:\d+\)\n\t- waiting to lock <0x[0-9a-f]+> \(a java\.lang\.Object\)\n\t- locked <0x[0-9a-f]+> \(a java\.lang\.Object\)\n\tat TwoMonitors\$\d\.run\(TwoMonitors\.java:\d+\)\n/,
    );
    assert.match(r.stderr, /\nFound 1 deadlock\.\n/);
    // The main thread, waiting in join, is in the dump but not in the cycle.
    assert.match(
      r.stderr,
      /"main" #\d+ prio=5 in Object\.wait\(\)\n {3}java\.lang\.Thread\.State: WAITING \(on object monitor\)\n/,
    );
    assert.doesNotMatch(r.stdout, /unreachable/);
  });

  test(`a three-thread cycle through synchronized methods, main included${label}`, { skip }, () => {
    const r = tsjvm(mode, 'ThreeWay');
    assert.notEqual(r.status, 0);
    assert.notEqual(r.status, null, 'timed out');
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Found one Java-level deadlock:/);
    for (const name of ['main', 'thread-y', 'thread-z']) {
      assert.match(
        r.stderr,
        new RegExp(
          `\n"${name}":\n {2}waiting to lock monitor 0x[0-9a-f]+ \\(object 0x[0-9a-f]+, a ThreeWay\\),\n`,
        ),
      );
    }
    // HotSpot shows the frame of the synchronized method being entered; tsjvm blocks before pushing it.
    assert.match(
      r.stderr,
      /\tat ThreeWay\.(first|second)\(ThreeWay\.java:\d+\)\n\t- waiting to lock <0x[0-9a-f]+> \(a ThreeWay\)\n/,
    );
    assert.match(r.stderr, /\nFound 1 deadlock\.\n/);
  });

  test(`every thread blocked forever without a monitor cycle${label}`, { skip }, () => {
    const r = tsjvm(mode, 'LostNotify');
    assert.notEqual(r.status, 0);
    assert.notEqual(r.status, null, 'timed out');
    assert.equal(r.stdout, 'waiting\n');
    assert.match(r.stderr, /^Full thread dump/);
    assert.match(
      r.stderr,
      /"main" #\d+ prio=5 in Object\.wait\(\)\n {3}java\.lang\.Thread\.State: WAITING \(on object monitor\)\n\tat java\.lang\.Object\.wait\(Object\.java:\d+\)\n\t- waiting on <0x[0-9a-f]+> \(a java\.lang\.Object\)\n\tat LostNotify\.main\(LostNotify\.java:\d+\)\n/,
    );
    assert.match(r.stderr, /every live thread is blocked forever/);
    assert.doesNotMatch(r.stderr, /Found one Java-level deadlock/);
  });

  test(`deadlocked daemon threads don't stop a normal exit${label}`, { skip }, () => {
    const r = tsjvm(mode, 'DaemonDeadlock');
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'daemons deadlocked; main ends\n');
    assert.equal(r.status, 0);
  });

  test(`a deadlock reached inside a class initializer${label}`, { skip }, () => {
    const r = tsjvm(mode, 'InitDeadlock');
    assert.notEqual(r.status, 0);
    assert.notEqual(r.status, null, 'timed out');
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Full thread dump/);
    assert.match(
      r.stderr,
      /"initializer" #\d+ prio=5 waiting for monitor entry\n {3}java\.lang\.Thread\.State: BLOCKED \(on object monitor\)\n\tat InitDeadlock\$Slow\.<clinit>\(InitDeadlock\.java:\d+\)\n/,
    );
  });
}

test('SIGQUIT prints a thread dump to stdout and the program goes on', { skip }, async () => {
  const child = spawn(path.join(repoRoot, 'bin', 'tsjvm'), ['-cp', compiled(), 'Sleeper'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await new Promise<void>((resolve, reject) => {
      let signalled = false;
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (!signalled && stdout.includes('ready\n')) {
          signalled = true;
          child.kill('SIGQUIT');
        }
        if (/"waiter-thread"[^\n]*\n(?:[^\n]+\n)*\tat Sleeper\$1\.run\(Sleeper\.java:\d+\)\n/.test(stdout))
          resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${stdout}\n${stderr}`)));
    });
    assert.match(stdout, /Full thread dump/);
    assert.match(
      stdout,
      /"main" #\d+ prio=5 waiting on condition\n {3}java\.lang\.Thread\.State: TIMED_WAITING \(sleeping\)\n/,
    );
    assert.match(
      stdout,
      /"waiter-thread" #\d+ daemon prio=5 in Object\.wait\(\)\n {3}java\.lang\.Thread\.State: WAITING \(on object monitor\)\n/,
    );
    // Still running after the dump.
    assert.equal(child.exitCode, null);
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  assert.equal(stderr, '');
});
