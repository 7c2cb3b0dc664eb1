// Writing to standard output after its reader has gone (`java Prog | head -1`): the JVM ignores SIGPIPE,
// so write(2) fails with EPIPE; FileOutputStream.write throws IOException "Broken pipe" and PrintStream,
// which catches it, reports it through checkError(). The conformance programs can't close their own
// stdout's reader, so this runs both `java` and `tsjvm` behind `head -n 1` and compares what they say on
// stderr and how they exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jdkTool } from '../harness/jdkTools.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsjvm = path.join(repo, 'bin', 'tsjvm');

const java = jdkTool('java');
const javac = jdkTool('javac');
const skip = java && javac ? false : 'needs java and javac on PATH or in JAVA_HOME';

const PROGRAM = `
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

public class BrokenPipe {
    public static void main(String[] args) throws Exception {
        int i = 0;
        while (!System.out.checkError() && i < 10_000_000) {
            System.out.println("line " + i);
            i++;
        }
        System.err.println("PrintStream.checkError: " + System.out.checkError());
        FileOutputStream raw = new FileOutputStream(FileDescriptor.out);
        try {
            raw.write(new byte[100]);
            System.err.println("no exception");
        } catch (IOException e) {
            System.err.println(e);
        }
        System.err.println("still running");
    }
}
`;

/** Runs `command` with its stdout read by `head -n 1`; stderr and the command's own exit status. */
function behindHead(command: string[]): { stderr: string; status: string } {
  const quoted = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  // bash's PIPESTATUS gives the status of the command rather than of head.
  const r = spawnSync(
    'bash',
    ['-c', `${quoted} | head -n 1 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const lines = r.stderr.trimEnd().split('\n');
  return { stderr: lines.slice(0, -1).join('\n'), status: lines[lines.length - 1] };
}

test(
  'writes to a closed stdout pipe fail as in HotSpot (PrintStream error, IOException: Broken pipe)',
  { skip },
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-pipe-'));
    try {
      fs.writeFileSync(path.join(dir, 'BrokenPipe.java'), PROGRAM);
      const compiled = spawnSync(javac!, ['-d', dir, path.join(dir, 'BrokenPipe.java')], {
        encoding: 'utf8',
      });
      assert.equal(compiled.status, 0, compiled.stderr);
      const expected = behindHead([java!, '-cp', dir, 'BrokenPipe']);
      assert.match(expected.stderr, /Broken pipe/);
      assert.deepEqual(behindHead([tsjvm, '-cp', dir, 'BrokenPipe']), expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);
