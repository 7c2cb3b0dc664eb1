// StackWalker support (HotSpot's prims/stackwalk.cpp): StackStreamFactory.AbstractStackWalker's
// callStackWalk/fetchStackFrames fill the Java side's frame buffers in batches, and
// StackTraceElement.initStackTraceElement turns a StackFrameInfo into a StackTraceElement.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JMethod } from '../../../runtime/jclass.js';
import type { JavaObject, JValue, FieldBag } from '../../../runtime/object.js';
import { fromBigInt, L } from '../../../runtime/long.js';
import { fillStackTraceElement } from './Throwable.js';
import { initMethodMemberName, memberTarget } from './invoke/MethodHandleNatives.js';
import {
  REF_invokeInterface,
  REF_invokeStatic,
  REF_invokeVirtual,
} from '../../../classfile/referenceKinds.js';
import { argLong } from '../../util.js';
import { withNativeFrame } from '../../nativeFrames.js';

const ASW = 'java/lang/StackStreamFactory$AbstractStackWalker';

// StackStreamFactory's mode bits (they must match the VM's).
const FILL_CLASS_REFS_ONLY = 0x2;
const GET_CALLER_CLASS = 0x4;
const SHOW_HIDDEN_FRAMES = 0x20;

/** The frames of one walk, captured when it starts, and how far the batches have got. */
interface WalkState {
  anchor: bigint;
  methods: JMethod[];
  pcs: number[];
  /** Index of the next frame to decode. */
  next: number;
}

type Walker = JavaObject & { $walk?: WalkState | null };

/** The frames below the stack walker's own (JavaFrameStream after fetchFirstBatch's skipping). */
function captureFrames(t: JavaThread, skipFrames: number): { methods: JMethod[]; pcs: number[] } {
  const vm = t.vm;
  const stackWalker = vm.bootLoad('java/lang/StackWalker');
  const abstractWalker = vm.bootLoad(ASW);
  let f = t.frame;
  while (f) {
    const c = f.method.cls;
    if (c !== stackWalker && c !== abstractWalker && c.superClass !== abstractWalker) break;
    f = f.parent;
  }
  for (let n = 0; n < skipFrames && f; n++) f = f.parent;
  const methods: JMethod[] = [];
  const pcs: number[] = [];
  for (; f; f = f.parent) {
    methods.push(f.method);
    pcs.push(f.method.isNative ? -1 : f.pc);
  }
  return { methods, pcs };
}

/** StackWalk::fill_in_frames: decodes up to `max` frames into `frames` from `start`; gives the end index. */
function fillInFrames(
  t: JavaThread,
  mode: number,
  state: WalkState,
  max: number,
  start: number,
  frames: JValue[],
): number {
  const vm = t.vm;
  const needMethodInfo = (mode & FILL_CLASS_REFS_ONLY) === 0;
  const skipHidden = (mode & SHOW_HIDDEN_FRAMES) === 0 || (mode & GET_CALLER_CLASS) !== 0;
  let end = start;
  let decoded = 0;
  while (state.next < state.methods.length && decoded < max) {
    const i = state.next++;
    const m = state.methods[i];
    if (skipHidden && m.hidden) continue;
    const index = end++;
    if (!needMethodInfo && (mode & GET_CALLER_CLASS) !== 0 && index === start && m.callerSensitive) {
      throw vm.newThrowable(
        t,
        'java/lang/UnsupportedOperationException',
        `StackWalker::getCallerClass called from @CallerSensitive '${externalName(m)}' method`,
      );
    }
    if (needMethodInfo) {
      const sfi = frames[index] as JavaObject;
      const mn = (sfi as unknown as FieldBag)['memberName@java/lang/StackFrameInfo'] as JavaObject;
      const kind = m.isStatic
        ? REF_invokeStatic
        : m.cls.isInterface
          ? REF_invokeInterface
          : REF_invokeVirtual;
      initMethodMemberName(t, mn, m, kind, m.cls);
      (sfi as unknown as FieldBag)['bci@java/lang/StackFrameInfo'] = state.pcs[i];
    } else {
      frames[index] = vm.mirrorOf(m.cls);
    }
    decoded++;
  }
  return end;
}

/** Method::external_name: `java.lang.Foo.bar(int, java.lang.String)`. */
function externalName(m: JMethod): string {
  const params = m.descriptor.substring(1, m.descriptor.indexOf(')'));
  const names: string[] = [];
  for (let i = 0; i < params.length;) {
    let j = i;
    while (params[j] === '[') j++;
    if (params[j] === 'L') j = params.indexOf(';', j);
    names.push(typeName(params.substring(i, j + 1)));
    i = j + 1;
  }
  return `${m.cls.javaName}.${m.name}(${names.join(', ')})`;
}

function typeName(desc: string): string {
  let dims = 0;
  while (desc[dims] === '[') dims++;
  const base = desc.substring(dims);
  const prim: Record<string, string> = {
    Z: 'boolean',
    B: 'byte',
    C: 'char',
    S: 'short',
    I: 'int',
    J: 'long',
    F: 'float',
    D: 'double',
  };
  const name = prim[base] ?? base.substring(1, base.length - 1).replace(/\//g, '.');
  return name + '[]'.repeat(dims);
}

function longSlots(v: bigint): [number, number] {
  const lo = fromBigInt(v);
  return [lo, L.hi];
}

export function register(reg: NativeRegistry): void {
  reg.add('java/lang/StackStreamFactory', 'checkStackWalkModes()Z', () => 1);
  reg.add(ASW, 'callStackWalk(JIII[Ljava/lang/Object;)Ljava/lang/Object;', (t, a) => {
    const vm = t.vm;
    const walker = a[0] as Walker;
    const mode = Number(argLong(a, 1));
    const skipFrames = a[3] as number;
    const batchSize = a[4] as number;
    const startIndex = a[5] as number;
    const frames = a[6] as JValue[] | null;
    if (frames === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', 'frames_array is NULL');
    const { methods, pcs } = captureFrames(t, skipFrames);
    // The anchor only has to be a non-zero value that identifies this walk while it is open.
    const anchor = 0x7f0000000000n + BigInt((t.frame?.depth ?? 0) * 16);
    const state: WalkState = { anchor, methods, pcs, next: 0 };
    let end = startIndex;
    if (methods.length > 0) {
      end = fillInFrames(t, mode, state, batchSize, startIndex, frames);
      if (end === startIndex)
        throw vm.newThrowable(t, 'java/lang/InternalError', 'stack walk: decode failed');
    }
    const doStackWalk = vm.bootLoad(ASW).findDeclaredMethod('doStackWalk', '(JIIII)Ljava/lang/Object;')!;
    const self = vm
      .bootLoad(ASW)
      .findDeclaredMethod('callStackWalk', '(JIII[Ljava/lang/Object;)Ljava/lang/Object;')!;
    walker.$walk = state;
    try {
      return withNativeFrame(t, self, () =>
        vm.callJava(t, doStackWalk, [walker, ...longSlots(anchor), skipFrames, batchSize, startIndex, end]),
      ) as JValue;
    } finally {
      walker.$walk = null;
    }
  });
  reg.add(ASW, 'fetchStackFrames(JJII[Ljava/lang/Object;)I', (t, a) => {
    const vm = t.vm;
    const walker = a[0] as Walker;
    const mode = Number(argLong(a, 1));
    const anchor = argLong(a, 3);
    const batchSize = a[5] as number;
    const startIndex = a[6] as number;
    const frames = a[7] as JValue[] | null;
    const state = walker.$walk;
    if (!state || state.anchor !== anchor)
      throw vm.newThrowable(t, 'java/lang/InternalError', 'doStackWalk: corrupted buffers');
    if (frames === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', 'frames_array is NULL');
    if (batchSize <= 0) return startIndex;
    return fillInFrames(t, mode, state, batchSize, startIndex, frames);
  });
  // Replaces Throwable.ts's placeholder: a StackFrameInfo's MemberName and bci become a StackTraceElement.
  reg.add(
    'java/lang/StackTraceElement',
    'initStackTraceElement(Ljava/lang/StackTraceElement;Ljava/lang/StackFrameInfo;)V',
    (t, a) => {
      const vm = t.vm;
      if (a[0] === null || a[1] === null) throw vm.newThrowable(t, 'java/lang/NullPointerException', null);
      const sfi = a[1] as unknown as FieldBag;
      const mn = sfi['memberName@java/lang/StackFrameInfo'] as JavaObject;
      fillStackTraceElement(
        t,
        a[0] as JavaObject,
        memberTarget(mn),
        sfi['bci@java/lang/StackFrameInfo'] as number,
      );
    },
  );
}
