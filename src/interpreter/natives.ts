// Calling a native method: bind it on first use (JVMS §5.6), then call it with the arguments in slot layout.
import type { JMethod } from '../runtime/jclass.js';
import type { JValue } from '../runtime/object.js';
import type { JavaThread } from '../threads/thread.js';
import { methodSignatureForError } from '../runtime/resolve.js';

/** JVMS §5.6 Binding native method implementations; an unbound native throws UnsatisfiedLinkError. */
export function invokeNative(thread: JavaThread, m: JMethod, args: JValue[]): JValue | undefined {
  let fn = m.nativeImpl;
  if (fn === null) {
    const vm = thread.vm;
    if (m.code === null && !m.isNative) {
      throw vm.newThrowable(
        thread,
        'java/lang/AbstractMethodError',
        `${m.cls.javaName}.${m.name}${m.descriptor}`,
      );
    }
    fn = vm.natives.lookup(m.cls.name, m.name, m.descriptor) ?? null;
    if (fn === null) {
      throw vm.newThrowable(thread, 'java/lang/UnsatisfiedLinkError', `'${nativeSignature(m)}'`);
    }
    m.nativeImpl = fn;
  }
  enterNative(thread, m);
  try {
    const r = fn(thread, args);
    return r === undefined ? undefined : (r as JValue);
  } finally {
    leaveNative(thread);
  }
}

/** Native `m` starts running: it shows in stack traces as HotSpot's native frames do ("Native Method"). */
export function enterNative(thread: JavaThread, m: JMethod): void {
  thread.nativeMethods.push(m);
  thread.nativeCallers.push(thread.frame);
}

/** The innermost running native returns (or throws). */
export function leaveNative(thread: JavaThread): void {
  thread.nativeMethods.pop();
  thread.nativeCallers.pop();
}

function nativeSignature(m: JMethod): string {
  return methodSignatureForError(m.cls.name, m.name, m.descriptor).slice(1, -1);
}
