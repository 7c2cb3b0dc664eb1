// A frame for a native method while it calls back into Java, so stack traces and stack walks see the
// native method (`at ...Method.invoke0(Native Method)`) between its caller and the Java code it runs, as
// in HotSpot, where every native method has a frame.
import { Frame } from '../interpreter/frame.js';
import type { JMethod } from '../runtime/jclass.js';
import { NATIVE_FRAMED, type JavaThread } from '../threads/thread.js';

export function withNativeFrame<T>(t: JavaThread, m: JMethod, body: () => T): T {
  const caller = t.frame;
  const f = new Frame(m, caller, caller ? caller.depth + 1 : 0);
  t.frame = f;
  // The frame stands for the native invokeNative recorded: a stack trace shows it once.
  const top = t.nativeCallers.length - 1;
  const recorded = t.nativeCallers[top];
  if (top >= 0 && t.nativeMethods[top] === m) t.nativeCallers[top] = NATIVE_FRAMED;
  try {
    return body();
  } finally {
    t.frame = caller;
    if (top >= 0 && t.nativeMethods[top] === m) t.nativeCallers[top] = recorded;
  }
}
