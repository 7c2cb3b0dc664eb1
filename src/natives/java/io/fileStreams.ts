// java.io.FileDescriptor, FileInputStream and FileOutputStream natives over the VM's file table.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JavaObject, JValue, FieldBag, JArray } from '../../../runtime/object.js';
import { jsStr, bytesOf } from '../../util.js';

function fdOfStream(stream: JValue, cls: string): number {
  const fdObj = (stream as unknown as FieldBag)[`fd@${cls}`] as unknown as FieldBag | null;
  return fdObj ? (fdObj['fd@java/io/FileDescriptor'] as number) : -1;
}

function checkOpen(t: JavaThread, fd: number): void {
  if (fd < 0 || !t.vm.files.isOpen(fd)) throw t.vm.newThrowable(t, 'java/io/IOException', 'Stream Closed');
}

function checkBounds(t: JavaThread, arr: JArray, off: number, len: number): void {
  if (off < 0 || len < 0 || off + len > arr.length)
    throw t.vm.newThrowable(t, 'java/lang/IndexOutOfBoundsException', null);
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/io/FileDescriptor', {
    'initIDs()V': () => undefined,
    'getHandle(I)J': () => -1n,
    'getAppend(I)Z': () => 0,
    'close0()V': (t, a) => {
      const f = a[0] as unknown as FieldBag;
      const fd = f['fd@java/io/FileDescriptor'] as number;
      if (fd > 2) t.vm.files.close(fd);
      f['fd@java/io/FileDescriptor'] = -1;
    },
    'sync()V': () => undefined,
  });
  const FIS = 'java/io/FileInputStream';
  reg.addAll(FIS, {
    'initIDs()V': () => undefined,
    'open0(Ljava/lang/String;)V': (t, a) => {
      const path = jsStr(t, a[1])!;
      const vm = t.vm;
      const st = vm.host.stat(path);
      if (st === null)
        throw vm.newThrowable(t, 'java/io/FileNotFoundException', `${path} (No such file or directory)`);
      if (st.isDirectory)
        throw vm.newThrowable(t, 'java/io/FileNotFoundException', `${path} (Is a directory)`);
      const fd = vm.files.openForRead(path);
      if (fd === null)
        throw vm.newThrowable(t, 'java/io/FileNotFoundException', `${path} (Permission denied)`);
      const fdObj = (a[0] as unknown as FieldBag)[`fd@${FIS}`] as unknown as FieldBag;
      fdObj['fd@java/io/FileDescriptor'] = fd;
    },
    'read0()I': (t, a) => {
      const fd = fdOfStream(a[0], FIS);
      checkOpen(t, fd);
      const one = new Uint8Array(1);
      const n = t.vm.files.read(fd, one);
      return n <= 0 ? -1 : one[0];
    },
    'readBytes([BII)I': (t, a) => {
      const fd = fdOfStream(a[0], FIS);
      const arr = a[1] as JArray | null;
      if (arr === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      const off = a[2] as number;
      const len = a[3] as number;
      checkBounds(t, arr, off, len);
      if (len === 0) return 0;
      checkOpen(t, fd);
      return t.vm.files.read(fd, bytesOf(arr).subarray(off, off + len));
    },
    'available0()I': (t, a) => {
      const fd = fdOfStream(a[0], FIS);
      checkOpen(t, fd);
      return t.vm.files.available(fd);
    },
    'skip0(J)J': (t, a) => BigInt(t.vm.files.skip(fdOfStream(a[0], FIS), a[1] as number)),
    'isRegularFile0(Ljava/io/FileDescriptor;)Z': (_t, a) =>
      ((a[1] as unknown as FieldBag)['fd@java/io/FileDescriptor'] as number) > 2 ? 1 : 0,
  });
  const FOS = 'java/io/FileOutputStream';
  reg.addAll(FOS, {
    'initIDs()V': () => undefined,
    'writeBytes([BIIZ)V': (t, a) => {
      const fd = fdOfStream(a[0], FOS);
      const arr = a[1] as JArray | null;
      if (arr === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', null);
      const off = a[2] as number;
      const len = a[3] as number;
      checkBounds(t, arr, off, len);
      checkOpen(t, fd);
      if (!t.vm.files.write(fd, bytesOf(arr).slice(off, off + len)))
        throw t.vm.newThrowable(t, 'java/io/IOException', 'Bad file descriptor');
    },
    'write(IZ)V': (t, a) => {
      const fd = fdOfStream(a[0], FOS);
      checkOpen(t, fd);
      t.vm.files.write(fd, new Uint8Array([a[1] as number]));
    },
  });
}

export type { JavaObject };
