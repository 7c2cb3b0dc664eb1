// java.io.RandomAccessFile natives (RandomAccessFile.c over io_util.c).
import type { NativeRegistry } from '../../registry.js';
import { argLongNumber } from '../../util.js';
import {
  HostError,
  O_CREAT,
  O_DSYNC,
  O_RDONLY,
  O_RDWR,
  O_SYNC,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
} from '../../../host/host.js';
import {
  attachFd,
  fileLength,
  openFile,
  readBytes,
  readSingle,
  writeBytes,
  writeSingle,
} from './fileStreams.js';
import { streamFd, throwIO, throwIOWithLastError } from './ioSupport.js';

const RAF = 'java/io/RandomAccessFile';

// RandomAccessFile's own mode bits (its O_RDONLY ... constants).
const JAVA_O_RDONLY = 1;
const JAVA_O_RDWR = 2;
const JAVA_O_SYNC = 4;
const JAVA_O_DSYNC = 8;

export function register(reg: NativeRegistry): void {
  reg.addAll(RAF, {
    'initIDs()V': () => undefined,
    'open0(Ljava/lang/String;I)V': (t, a) => {
      const mode = a[2] as number;
      let flags = 0;
      if (mode & JAVA_O_RDONLY) flags = O_RDONLY;
      else if (mode & JAVA_O_RDWR) {
        flags = O_RDWR | O_CREAT;
        if (mode & JAVA_O_SYNC) flags |= O_SYNC;
        else if (mode & JAVA_O_DSYNC) flags |= O_DSYNC;
      }
      attachFd(a[0], RAF, openFile(t, a[1], flags), flags);
    },
    'read0()I': (t, a) => readSingle(t, streamFd(a[0], RAF)),
    'readBytes([BII)I': (t, a) => readBytes(t, streamFd(a[0], RAF), a[1], a[2] as number, a[3] as number),
    'write0(I)V': (t, a) => writeSingle(t, streamFd(a[0], RAF), a[1] as number),
    'writeBytes([BII)V': (t, a) => writeBytes(t, streamFd(a[0], RAF), a[1], a[2] as number, a[3] as number),
    'getFilePointer()J': (t, a) => {
      const fd = streamFd(a[0], RAF);
      if (fd === -1) throwIO(t, 'Stream Closed');
      try {
        return BigInt(t.vm.files.position(fd));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'seek0(J)V': (t, a) => {
      const fd = streamFd(a[0], RAF);
      if (fd === -1) throwIO(t, 'Stream Closed');
      const pos = argLongNumber(a, 1);
      if (pos < 0) throwIO(t, 'Negative seek offset');
      try {
        t.vm.files.seek(fd, pos, SEEK_SET);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
    'length()J': (t, a) => {
      const fd = streamFd(a[0], RAF);
      if (fd === -1) throwIO(t, 'Stream Closed');
      return fileLength(t, fd);
    },
    'setLength(J)V': (t, a) => {
      const fd = streamFd(a[0], RAF);
      if (fd === -1) throwIO(t, 'Stream Closed');
      const length = argLongNumber(a, 1);
      const files = t.vm.files;
      try {
        const cur = files.seek(fd, 0, SEEK_CUR);
        if (length < 0) throw new HostError('EINVAL');
        files.fs.ftruncate(fd, length);
        if (cur > length) files.seek(fd, 0, SEEK_END);
        else files.seek(fd, cur, SEEK_SET);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
  });
}
