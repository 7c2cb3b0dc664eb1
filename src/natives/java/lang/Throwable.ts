// Stack traces: Throwable.fillInStackTrace records the thread's frames; StackTraceElement natives turn
// them into elements. Both follow HotSpot's java_lang_Throwable::fill_in_stack_trace.
import type { NativeRegistry } from '../../registry.js';
import { NATIVE_FRAMED, type JavaThread } from '../../../threads/thread.js';
import type { JMethod } from '../../../runtime/jclass.js';
import type { JavaObject, JValue, FieldBag } from '../../../runtime/object.js';
import { isAssignable } from '../../../runtime/subtype.js';

/** The opaque `backtrace` a Throwable carries: methods and bytecode indexes, innermost first. */
export interface Backtrace {
  methods: JMethod[];
  pcs: number[];
  /** The innermost frame was hidden (a lambda proxy, a LambdaForm): no helpful NPE message then. */
  hiddenTop: boolean;
}

/** HotSpot's -XX:MaxJavaStackTraceDepth default. */
const MAX_JAVA_STACK_TRACE_DEPTH = 1024;

export function captureBacktrace(t: JavaThread, throwable: JavaObject | null): Backtrace {
  const methods: JMethod[] = [];
  const pcs: number[] = [];
  const natives = t.nativeMethods;
  const callers = t.nativeCallers;
  let ni = natives.length - 1;
  // HotSpot's java_lang_Throwable::fill_in_stack_trace skips fillInStackTrace and then the throwable's
  // own constructors at the top of the stack, and hidden frames (lambda proxies, LambdaForms) anywhere.
  let skipFill = throwable !== null;
  let skipInit = throwable !== null;
  let hiddenTop = false;
  const add = (m: JMethod, pc: number): void => {
    if (skipFill) {
      if (m.name === 'fillInStackTrace' && isAssignable(throwable!.$cls, m.cls)) return;
      skipFill = false;
    }
    if (skipInit) {
      if (m.name === '<init>' && isAssignable(throwable!.$cls, m.cls)) return;
      skipInit = false;
    }
    if (m.hidden) {
      if (methods.length === 0) hiddenTop = true;
      return;
    }
    methods.push(m);
    pcs.push(pc);
  };
  for (let f = t.frame; methods.length < MAX_JAVA_STACK_TRACE_DEPTH; f = f.parent) {
    // A native method is above the frame that called it, and below the Java code it called back.
    while (ni >= 0 && (callers[ni] === f || callers[ni] === NATIVE_FRAMED)) {
      if (callers[ni] === f) add(natives[ni], -1);
      ni--;
    }
    if (f === null) break;
    add(f.method, f.pc);
  }
  return { methods, pcs, hiddenTop };
}

/** Fills one StackTraceElement (java_lang_StackTraceElement::fill_in). */
export function fillStackTraceElement(t: JavaThread, e: JavaObject, m: JMethod, pc: number): void {
  const vm = t.vm;
  const o = e as unknown as FieldBag;
  const K = '@java/lang/StackTraceElement';
  const cls = m.cls;
  o['declaringClassObject' + K] = vm.mirrorOf(cls);
  o['declaringClass' + K] = vm.intern(cls.javaName);
  o['methodName' + K] = vm.intern(m.name);
  const src = cls.classFile?.sourceFile;
  o['fileName' + K] = src ? vm.intern(src) : null;
  o['lineNumber' + K] = m.isNative ? -2 : m.lineAt(pc);
  const module = cls.module;
  if (module) {
    const mf = module as unknown as FieldBag;
    const name = mf['name@java/lang/Module'];
    if (name !== null) {
      o['moduleName' + K] = name;
      const version = (module as JavaObject & { $version?: JValue }).$version;
      o['moduleVersion' + K] = version ?? null;
    }
  }
  if (cls.loader !== null) {
    o['classLoaderName' + K] = (cls.loader as unknown as FieldBag)['name@java/lang/ClassLoader'];
  }
}

export function register(reg: NativeRegistry): void {
  reg.add('java/lang/Throwable', 'fillInStackTrace(I)Ljava/lang/Throwable;', (t, a) => {
    const ex = a[0] as JavaObject;
    const bt = captureBacktrace(t, ex);
    const o = ex as unknown as FieldBag;
    o['backtrace@java/lang/Throwable'] = bt as unknown as JValue;
    o['depth@java/lang/Throwable'] = bt.methods.length;
    // A filled-in trace replaces any trace set before (Throwable.stackTrace goes back to UNASSIGNED_STACK).
    return ex;
  });
  reg.add(
    'java/lang/StackTraceElement',
    'initStackTraceElements([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V',
    (t, a) => {
      const elements = a[0] as unknown as JavaObject[];
      const ex = a[1] as unknown as FieldBag;
      const bt = ex['backtrace@java/lang/Throwable'] as unknown as Backtrace | null;
      if (!bt) return;
      for (let i = 0; i < elements.length && i < bt.methods.length; i++)
        fillStackTraceElement(t, elements[i], bt.methods[i], bt.pcs[i]);
    },
  );
  reg.add(
    'java/lang/StackTraceElement',
    'initStackTraceElement(Ljava/lang/StackTraceElement;Ljava/lang/StackFrameInfo;)V',
    (t, a) => {
      void t;
      void a;
      throw t.vm.newThrowable(
        t,
        'java/lang/UnsupportedOperationException',
        'StackWalker arrives with issue 3',
      );
    },
  );
}
