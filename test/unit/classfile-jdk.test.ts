import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import { parseClassFile } from '../../src/classfile/reader.js';
import { formatClassFile } from '../../src/classfile/javap.js';
import { instructionLength } from '../../src/classfile/opcodes.js';
import { typeCharsOfMethod, typeCharsOfValidMethod } from '../../src/classfile/descriptors.js';
import { ACC_MODULE, type ClassFile } from '../../src/classfile/types.js';
import { openJImage } from '../../src/classpath/jimage.js';
import { NodeHost } from '../../src/host/node/nodeHost.js';
import { jdkHome } from '../harness/programs.js';

/** Every instruction must have a known opcode and the last must end exactly at the end of the code. */
function checkInstructions(cf: ClassFile): void {
  for (const m of cf.methods) {
    if (m.code === null) continue;
    const code = m.code.code;
    let pc = 0;
    while (pc < code.length) {
      const len = instructionLength(code, pc);
      if (len <= 0) throw new Error(`${m.name}${m.descriptor}: bad instruction ${code[pc]} at ${pc}`);
      pc += len;
    }
  }
}

test('every class in the JDK runtime image parses', (t) => {
  const modules = join(jdkHome(), 'lib', 'modules');
  const image = openJImage(new NodeHost(), modules, { mode: 'memory' });
  try {
    const names = image
      .listResources()
      .filter((n) => n.endsWith('.class') && !n.startsWith('/packages/') && !n.startsWith('/modules/'));
    assert.ok(names.length > 20000, `only ${names.length} classes in ${modules}`);
    const blobs = names.map((n) => image.findResource(n));

    const failures: string[] = [];
    let parsed = 0;
    let bytes = 0;
    let object: ClassFile | null = null;
    let parseMs = 0;
    for (let i = 0; i < names.length; i++) {
      const data = blobs[i];
      if (data === null) {
        failures.push(`${names[i]}: not readable`);
        continue;
      }
      bytes += data.length;
      // "/java.base/java/lang/Object.class" -> "java/lang/Object"
      const name = names[i].slice(names[i].indexOf('/', 1) + 1, -'.class'.length);
      try {
        const start = performance.now();
        const cf = parseClassFile(data, { name });
        parseMs += performance.now() - start;
        parsed++;
        if (cf.thisClass !== name) failures.push(`${names[i]}: this_class is ${cf.thisClass}`);
        checkInstructions(cf);
        // The printer must cope with whatever the JDK contains; a sample keeps this quick.
        if (i % 97 === 0) assert.ok(formatClassFile(cf).length > 0);
        if (name === 'java/lang/Object') object = cf;
      } catch (e) {
        failures.push(`${names[i]}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    t.diagnostic(
      `parsed ${parsed} classes (${(bytes / 1e6).toFixed(1)} MB) in ${parseMs.toFixed(0)} ms, ` +
        `${((parseMs * 1000) / parsed).toFixed(1)} µs per class`,
    );
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures`);

    assert.ok(object);
    assert.equal(object.superClass, null);
    assert.ok(object.methods.some((m) => m.name === 'hashCode' && m.code === null));

    const base = parseClassFile(image.findResource('/java.base/module-info.class') ?? new Uint8Array());
    assert.ok(base.accessFlags & ACC_MODULE);
    assert.ok(base.module !== null);
    assert.ok(base.modulePackages.includes('java/lang'));
  } finally {
    image.close();
  }
});

test('a trusted parse (boot classes from the runtime image) reads what the checked parse reads', () => {
  const image = openJImage(new NodeHost(), join(jdkHome(), 'lib', 'modules'), { mode: 'memory' });
  try {
    const names = image
      .listResources()
      .filter((n) => n.startsWith('/java.base/java/') && n.endsWith('.class'));
    assert.ok(names.length > 1000, `only ${names.length} java.* classes in java.base`);
    let compared = 0;
    for (let i = 0; i < names.length; i += 7) {
      const data = image.findResource(names[i]);
      assert.ok(data !== null, names[i]);
      const checked = parseClassFile(data);
      const trusted = parseClassFile(data, { trusted: true });
      assert.equal(formatClassFile(trusted), formatClassFile(checked), names[i]);
      // Every entry, built on demand from the bytes, as the checked parse built and checked it.
      assert.deepEqual(trusted.constantPool.all(), checked.constantPool.all(), names[i]);
      // The unchecked descriptor scan the VM uses for loaded methods agrees with the checked one.
      for (const m of trusted.methods) {
        assert.deepEqual(typeCharsOfValidMethod(m.descriptor), typeCharsOfMethod(m.descriptor), m.descriptor);
      }
      compared++;
    }
    assert.ok(compared > 100);
    // Skipping format checks must not mean reading past the end: a cut-off class still fails cleanly.
    const object = image.findResource('/java.base/java/lang/Object.class');
    assert.ok(object !== null);
    for (const bad of ['(I', '(Ljava/lang', '()', '(I)']) {
      assert.throws(() => typeCharsOfValidMethod(bad), /Invalid method descriptor/, bad);
    }
    for (const cut of [10, 200, object.length - 40, object.length - 1]) {
      assert.throws(
        () => parseClassFile(object.subarray(0, cut), { trusted: true }),
        (e: unknown) => e instanceof Error && e.constructor.name === 'ClassFormatError',
        `cut at ${cut}`,
      );
    }
  } finally {
    image.close();
  }
});
