// jdk.net.LinuxSocketOptions natives (LinuxSocketOptions.c): Linux's extended TCP options. node:net can't
// set them on its sockets, so the values are remembered per socket and read back (the kernel's
// defaults until set); the connection itself behaves as with the defaults.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';

/** Linux's defaults: tcp_keepalive_probes, tcp_keepalive_time (s), tcp_keepalive_intvl (s), quick ack off. */
const DEFAULTS: Record<string, number> = { probes: 9, time: 7200, interval: 75, quickAck: 0 };

/** The options of a socket descriptor (FileTable.socketOptions); SocketException when it is not one. */
function options(t: JavaThread, fd: number): Map<string, number> {
  const m = t.vm.files.socketOptions(fd);
  if (!m) throw t.vm.newThrowable(t, 'java/net/SocketException', 'Bad file descriptor');
  return m;
}

function getter(name: string) {
  return (t: JavaThread, a: unknown[]): number => {
    return options(t, a[0] as number).get(`linux:${name}`) ?? DEFAULTS[name];
  };
}

function setter(name: string) {
  return (t: JavaThread, a: unknown[]): void => {
    options(t, a[0] as number).set(`linux:${name}`, a[1] as number);
  };
}

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/net/LinuxSocketOptions', {
    'keepAliveOptionsSupported0()Z': () => 1,
    'quickAckSupported0()Z': () => 1,
    'incomingNapiIdSupported0()Z': () => 0,
    'setTcpKeepAliveProbes0(II)V': setter('probes'),
    'setTcpKeepAliveTime0(II)V': setter('time'),
    'setTcpKeepAliveIntvl0(II)V': setter('interval'),
    'getTcpKeepAliveProbes0(I)I': getter('probes'),
    'getTcpKeepAliveTime0(I)I': getter('time'),
    'getTcpKeepAliveIntvl0(I)I': getter('interval'),
    'setQuickAck0(IZ)V': setter('quickAck'),
    'getQuickAck0(I)Z': getter('quickAck'),
    'getSoPeerCred0(I)J': (t) => {
      throw t.vm.newThrowable(t, 'java/net/SocketException', 'Protocol not available');
    },
    'getIncomingNapiId0(I)I': (t) => {
      throw t.vm.newThrowable(
        t,
        'java/lang/UnsupportedOperationException',
        'SO_INCOMING_NAPI_ID not supported',
      );
    },
  });
}
