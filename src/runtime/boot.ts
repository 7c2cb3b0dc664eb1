// Starting the VM the way HotSpot's Threads::create_vm does (see ../shared/evidence/jdk17-boot.md §2):
// genesis, java.lang initialization, the main thread, then System.initPhase1/2/3 run for real.
import type { VM } from './vm.js';
import type { JavaClass } from './jclass.js';
import type { JavaObject, JValue, FieldBag } from './object.js';

/** JVMTI_THREAD_STATE_ALIVE | JVMTI_THREAD_STATE_RUNNABLE, as java.lang.Thread.threadStatus. */
const THREAD_RUNNABLE = 0x0005;

function initClass(vm: VM, name: string): JavaClass {
  const c = vm.bootLoad(name);
  vm.initialize(vm.mainThread, c);
  return c;
}

function callStatic(vm: VM, cls: JavaClass, name: string, desc: string, args: JValue[]): JValue | undefined {
  const m = cls.findDeclaredMethod(name, desc);
  if (!m) throw new Error(`tsjvm: ${cls.name}.${name}${desc} is missing from the class library`);
  return vm.callJava(vm.mainThread, m, args);
}

function construct(vm: VM, cls: JavaClass, desc: string, args: JValue[]): JavaObject {
  const obj = vm.newObject(cls);
  const init = cls.findDeclaredMethod('<init>', desc);
  if (!init) throw new Error(`tsjvm: ${cls.name}.<init>${desc} is missing from the class library`);
  vm.callJava(vm.mainThread, init, [obj, ...args]);
  return obj;
}

/** Boots the class library; afterwards the system class loader exists and Java code can run. */
export function bootVM(vm: VM): void {
  const t = vm.mainThread;
  vm.genesis();
  initClass(vm, 'java/lang/Object');
  initClass(vm, 'java/lang/String');
  const system = initClass(vm, 'java/lang/System');
  initClass(vm, 'java/lang/Class');

  // The thread groups and the main Thread; currentThread() must work inside the Thread constructor.
  const tg = initClass(vm, 'java/lang/ThreadGroup');
  const systemGroup = construct(vm, tg, '()V', []);
  const mainGroup = construct(vm, tg, '(Ljava/lang/ThreadGroup;Ljava/lang/String;)V', [
    systemGroup,
    vm.newString('main'),
  ]);
  const threadClass = initClass(vm, 'java/lang/Thread');
  const mainThread = vm.newObject(threadClass);
  const tf = mainThread as unknown as FieldBag;
  tf['priority@java/lang/Thread'] = 5;
  tf['eetop@java/lang/Thread'] = 1;
  t.threadObject = mainThread;
  (mainThread as JavaObject & { $vmThread?: unknown }).$vmThread = t;
  const threadInit = threadClass.findDeclaredMethod(
    '<init>',
    '(Ljava/lang/ThreadGroup;Ljava/lang/String;)V',
  )!;
  vm.callJava(t, threadInit, [mainThread, mainGroup, vm.newString('main')]);
  tf['threadStatus@java/lang/Thread'] = THREAD_RUNNABLE;

  initClass(vm, 'java/lang/Module');
  const uc = initClass(vm, 'jdk/internal/misc/UnsafeConstants');
  const K = '@jdk/internal/misc/UnsafeConstants';
  uc.statics['ADDRESS_SIZE0' + K] = 8;
  uc.statics['PAGE_SIZE' + K] = 4096;
  uc.statics['BIG_ENDIAN' + K] = 0;
  uc.statics['UNALIGNED_ACCESS' + K] = 1;
  uc.statics['DATA_CACHE_LINE_FLUSH_SIZE' + K] = 0;
  initClass(vm, 'java/lang/reflect/Method');
  initClass(vm, 'java/lang/ref/Finalizer');

  callStatic(vm, system, 'initPhase1', '()V', []);
  for (const name of [
    'java/lang/OutOfMemoryError',
    'java/lang/NullPointerException',
    'java/lang/ClassCastException',
    'java/lang/ArrayStoreException',
    'java/lang/ArithmeticException',
    'java/lang/StackOverflowError',
    'java/lang/IllegalMonitorStateException',
    'java/lang/IllegalArgumentException',
  ]) {
    initClass(vm, name);
  }
  const status = callStatic(vm, system, 'initPhase2', '(ZZ)I', [1, 1]);
  if (status !== 0)
    throw new Error(`tsjvm: module system boot failed (initPhase2 returned ${String(status)})`);
  callStatic(vm, system, 'initPhase3', '()V', []);
}
