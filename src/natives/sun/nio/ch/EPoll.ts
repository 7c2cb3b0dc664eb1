// sun.nio.ch.EPoll natives (EPoll.c): epoll instances over the VM's descriptors, for the JDK's
// EPollSelectorImpl (java.nio.channels.Selector). Level-triggered, as the JDK uses them; epoll_wait waits
// as a green thread (ioWait.ts) so a thread in select() doesn't stop the others.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import { HostError } from '../../../../host/host.js';
import { errnoNumber } from '../../../../host/errno.js';
import { argLongNumber } from '../../../util.js';
import { throwIOWithLastError } from '../../../java/io/ioSupport.js';
import { awaitReady } from './ioWait.js';

// struct epoll_event on x86-64 Linux is packed: uint32_t events, then uint64_t data at offset 4.
const EVENT_SIZE = 12;
const EVENTS_OFFSET = 0;
const DATA_OFFSET = 4;

const EPOLL_CTL_ADD = 1;
const EPOLL_CTL_DEL = 2;
const EPOLL_CTL_MOD = 3;

/** epoll_wait: fills up to `max` events at `address`; the count. */
function epollWait(t: JavaThread, epfd: number, address: number, max: number, timeout: number): number {
  const files = t.vm.files;
  const set = files.epollOf(epfd);
  if (!set) throwIOWithLastError(t, new HostError('EBADF'));
  return awaitReady(t, timeout, () => {
    const view = t.vm.nativeMemory.view;
    let n = 0;
    for (const [fd, interest] of set) {
      if (n >= max) break;
      let ready: number;
      try {
        ready = files.pollReady(fd, interest);
      } catch (e) {
        throwIOWithLastError(t, e);
      }
      if (ready === 0) continue;
      const at = address + n * EVENT_SIZE;
      view.setUint32(at + EVENTS_OFFSET, ready, true);
      view.setBigUint64(at + DATA_OFFSET, BigInt(fd), true);
      n++;
    }
    return n;
  });
}

export function register(reg: NativeRegistry): void {
  reg.addAll('sun/nio/ch/EPoll', {
    'eventSize()I': () => EVENT_SIZE,
    'eventsOffset()I': () => EVENTS_OFFSET,
    'dataOffset()I': () => DATA_OFFSET,
    'create()I': (t) => t.vm.files.addEpoll(),
    // Returns 0 or an errno, as epoll_ctl's caller in EPoll.c does.
    'ctl(IIII)I': (t, a) => {
      const set = t.vm.files.epollOf(a[0] as number);
      if (!set) return errnoNumber('EBADF');
      const op = a[1] as number;
      const fd = a[2] as number;
      const events = a[3] as number;
      if (op === EPOLL_CTL_ADD) {
        if (set.has(fd)) return errnoNumber('EEXIST');
        set.set(fd, events);
      } else if (op === EPOLL_CTL_MOD) {
        if (!set.has(fd)) return errnoNumber('ENOENT');
        set.set(fd, events);
      } else if (op === EPOLL_CTL_DEL) {
        if (!set.delete(fd)) return errnoNumber('ENOENT');
      } else {
        return errnoNumber('EINVAL');
      }
      return 0;
    },
    'wait(IJII)I': (t, a) =>
      epollWait(t, a[0] as number, argLongNumber(a, 1), a[3] as number, a[4] as number),
  });
  // The selector's wake-up descriptor: set0 makes it readable, IOUtil.drain resets it.
  reg.addAll('sun/nio/ch/EventFD', {
    'eventfd0()I': (t) => t.vm.files.addEventFd(),
    'set0(I)I': (t, a) => {
      try {
        return t.vm.files.write(a[0] as number, new Uint8Array([1]));
      } catch (e) {
        throwIOWithLastError(t, e);
      }
    },
  });
}
