// The LambdaMetafactory intrinsic (src/interpreter/lambda.ts) makes the proxy classes the JDK's
// InnerClassLambdaMetafactory makes. With -Djdk.internal.lambda.dumpProxyClasses both write each proxy's
// class file: for the LambdaProxies conformance program the files tsjvm writes (the intrinsic's, and the
// JDK's own for the sites it leaves to the JDK) must be HotSpot's, name for name and byte for byte. HotSpot
// runs with -Xshare:off, since with its archive it takes some JDK-internal proxies from the archive
// instead of dumping them. With -XX:-UseLambdaMetafactoryIntrinsic every site goes through the JDK's
// bootstrap, and the program's output must still be HotSpot's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/programs.js';

/** Paths of the files under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

test('lambda proxies: the intrinsic writes the class files HotSpot writes, and the JDK path still matches', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-lambda-'));
  try {
    const classes = path.join(dir, 'classes');
    const source = path.join(repoRoot, 'test', 'programs', 'indy', 'LambdaProxies.java');
    const javac = spawnSync('javac', ['-d', classes, source], { encoding: 'utf8' });
    assert.equal(javac.status, 0, javac.stderr);
    const hotspotDump = path.join(dir, 'hotspot');
    const tsjvmDump = path.join(dir, 'tsjvm');
    fs.mkdirSync(hotspotDump);
    fs.mkdirSync(tsjvmDump);
    const dump = (d: string): string => `-Djdk.internal.lambda.dumpProxyClasses=${d}`;
    const expected = spawnSync('java', ['-Xshare:off', dump(hotspotDump), '-cp', classes, 'LambdaProxies'], {
      encoding: 'utf8',
    });
    assert.equal(expected.status, 0, expected.stderr);
    const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');
    const r = spawnSync(tsjvm, [dump(tsjvmDump), '-cp', classes, 'LambdaProxies'], { encoding: 'utf8' });
    assert.equal(r.stderr, expected.stderr);
    assert.equal(r.stdout, expected.stdout);
    assert.equal(r.status, 0);
    const files = filesUnder(hotspotDump);
    // The program's own sites and the JDK's (java/util/...), so both kinds are compared.
    assert.ok(files.filter((f) => f.startsWith('LambdaProxies')).length >= 40, files.join(' '));
    assert.ok(
      files.some((f) => f.startsWith('java')),
      files.join(' '),
    );
    assert.deepEqual(filesUnder(tsjvmDump), files);
    for (const f of files) {
      const ours = fs.readFileSync(path.join(tsjvmDump, f));
      const theirs = fs.readFileSync(path.join(hotspotDump, f));
      assert.ok(ours.equals(theirs), `${f} differs from HotSpot's`);
    }
    const off = spawnSync(tsjvm, ['-XX:-UseLambdaMetafactoryIntrinsic', '-cp', classes, 'LambdaProxies'], {
      encoding: 'utf8',
    });
    const plain = spawnSync('java', ['-cp', classes, 'LambdaProxies'], { encoding: 'utf8' });
    assert.equal(off.stderr, plain.stderr);
    assert.equal(off.stdout, plain.stdout);
    assert.equal(off.status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('lambda proxies: the intrinsic links the sites it covers without the JDK metafactory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsjvm-lambda-'));
  try {
    const source = path.join(dir, 'Covered.java');
    fs.writeFileSync(
      source,
      [
        'import java.util.function.*;',
        'public class Covered {',
        '  public static void main(String[] args) {',
        '    int k = args.length + 2;',
        '    IntUnaryOperator f = x -> x * k;',
        '    Function<String, Integer> g = String::length;',
        '    Supplier<StringBuilder> h = StringBuilder::new;',
        '    System.out.println(f.applyAsInt(21) + g.apply("four") + h.get().append("!").toString());',
        '  }',
        '}',
      ].join('\n'),
    );
    const javac = spawnSync('javac', ['-d', dir, source], { encoding: 'utf8' });
    assert.equal(javac.status, 0, javac.stderr);
    const tsjvm = path.join(repoRoot, 'bin', 'tsjvm');
    const loaded = (flag: string): string => {
      const r = spawnSync(tsjvm, [flag, '-verbose:class', '-cp', dir, 'Covered'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.includes('46!\n'), r.stdout.slice(-200));
      return r.stdout;
    };
    const metafactory = 'java.lang.invoke.InnerClassLambdaMetafactory ';
    assert.ok(!loaded('-XX:+UseLambdaMetafactoryIntrinsic').includes(metafactory));
    assert.ok(loaded('-XX:-UseLambdaMetafactoryIntrinsic').includes(metafactory));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
