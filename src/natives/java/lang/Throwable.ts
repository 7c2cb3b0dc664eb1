// Stack traces: Throwable.fillInStackTrace records the thread's frames; StackTraceElement natives turn
// them into elements. Both follow HotSpot's java_lang_Throwable::fill_in_stack_trace.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
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
  let f = t.frame;
  // A native method running with no Java frame above its caller is the innermost frame, as in HotSpot.
  let native: JMethod | null = t.nativeMethod !== null && t.nativeCaller === f ? t.nativeMethod : null;
  // Skip fillInStackTrace and the throwable's own constructors, as HotSpot does.
  if (throwable !== null) {
    if (native && native.name === 'fillInStackTrace') native = null;
    while (f && f.method.name === 'fillInStackTrace') f = f.parent;
    while (f && f.method.name === '<init>' && isAssignable(throwable.$cls, f.method.cls)) f = f.parent;
  }
  let hiddenTop = false;
  if (native !== null) {
    methods.push(native);
    pcs.push(-1);
  }
  for (; f && methods.length < MAX_JAVA_STACK_TRACE_DEPTH; f = f.parent) {
    if (f.method.hidden) {
      if (methods.length === 0) hiddenTop = true;
      continue;
    }
    methods.push(f.method);
    pcs.push(f.pc);
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
