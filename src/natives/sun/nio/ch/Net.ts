// sun.nio.ch.Net and SocketDispatcher natives (Net.c, SocketDispatcher.c): TCP sockets over the host
// network, which java.net.Socket/ServerSocket (NioSocketImpl) and the socket channels are built on.
//
// Every host socket is non-blocking. That is all the JDK needs: in blocking mode its Java code treats
// IOS_UNAVAILABLE from connect, accept, read and write by parking the thread in Net.poll and trying again,
// and Net.poll here blocks only the calling green thread (pending operation 'io'), woken when the host
// counts a socket event. So a thread waiting in accept() or read() never stops the others.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import { awaitReady } from './ioWait.js';
import type { JArray, JValue } from '../../../../runtime/object.js';
import {
  HostError,
  POLLERR,
  POLLHUP,
  POLLIN,
  POLLNVAL,
  POLLOUT,
  type HostConnectState,
  type HostNetwork,
  type HostSocketAddress,
} from '../../../../host/host.js';
import { strerror, errnoNumber } from '../../../../host/errno.js';
import { argLongNumber } from '../../../util.js';
import { asHostError, fdValue, nativeBytes, newObjectWith, setFdValue } from '../../../java/io/ioSupport.js';
import { newInetAddress, socketAddressLiteral } from '../../../java/net/inetAddresses.js';
import { IOS_EOF, IOS_UNAVAILABLE, vectored } from './FileDispatcherImpl.js';

// Socket option levels and names (Linux), as sun.nio.ch.SocketOptionRegistry passes them.
const SOL_SOCKET = 1;
const IPPROTO_TCP = 6;
const SO_KEEPALIVE = 9;
const SO_SNDBUF = 7;
const SO_RCVBUF = 8;
const SO_LINGER = 13;
const TCP_NODELAY = 1;

/** What getsockopt(2) reports for options never set: Linux's defaults for a TCP socket. */
function defaultOption(level: number, name: number): number {
  if (level === SOL_SOCKET && name === SO_SNDBUF) return 16384;
  if (level === SOL_SOCKET && name === SO_RCVBUF) return 131072;
  if (level === SOL_SOCKET && name === SO_LINGER) return -1;
  return 0;
}

function network(t: JavaThread): HostNetwork {
  try {
    return t.vm.files.network();
  } catch (e) {
    throwSocketError(t, e);
  }
}

/** The host socket behind a FileDescriptor; EBADF (as a SocketException) when it is not one. */
function socketId(t: JavaThread, fdObj: JValue): number {
  const id = t.vm.files.socketOf(fdValue(fdObj));
  if (id === undefined) throwSocketError(t, new HostError('EBADF'));
  return id;
}

/** Runs `op` on the host socket behind a FileDescriptor; host failures become the java.net exceptions. */
function withSocket<T>(t: JavaThread, fdObj: JValue, op: (net: HostNetwork, id: number) => T): T {
  const net = network(t);
  const id = socketId(t, fdObj);
  try {
    return op(net, id);
  } catch (e) {
    throwSocketError(t, e);
  }
}

/** The options set on a socket (FileTable.socketOptions), for getsockopt/setsockopt. */
function socketOptions(t: JavaThread, fdObj: JValue): Map<string, number> {
  socketId(t, fdObj);
  return t.vm.files.socketOptions(fdValue(fdObj))!;
}

/** Net.c handleSocketError: the java.net exception for an errno, with strerror as its message. */
function throwSocketError(t: JavaThread, e: unknown): never {
  const code = asHostError(e).code;
  let cls = 'java/net/SocketException';
  if (code === 'EPROTO') cls = 'java/net/ProtocolException';
  else if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'ENOTCONN')
    cls = 'java/net/ConnectException';
  else if (code === 'EHOSTUNREACH') cls = 'java/net/NoRouteToHostException';
  else if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES')
    cls = 'java/net/BindException';
  const message =
    code === 'ENETUNREACH' && !t.vm.host.net
      ? 'tsjvm: this host has no network'
      : strerror(errnoNumber(code));
  throw t.vm.newThrowable(t, cls, message);
}

/** Net.poll: waits as a green thread until one of `events` is ready on `fd` or `timeout` ms pass. */
export function pollFd(t: JavaThread, fd: number, events: number, timeout: number): number {
  const files = t.vm.files;
  return awaitReady(t, timeout, () => {
    try {
      return files.pollReady(fd, events);
    } catch (e) {
      throwSocketError(t, e);
    }
  });
}

/** Net.pollConnect: whether the connection is made, waiting up to `timeout` ms; its failure is thrown. */
function pollConnect(t: JavaThread, fdObj: JValue, timeout: number): boolean {
  const fd = fdValue(fdObj);
  const net = network(t);
  socketId(t, fdObj);
  let state = 'pending' as HostConnectState;
  awaitReady(t, timeout, () => {
    const id = t.vm.files.socketOf(fd);
    // Closed by another thread meanwhile: the caller sees that.
    if (id === undefined) return 1;
    state = net.connectState(id);
    return state === 'pending' ? 0 : 1;
  });
  if (state === 'connected') return true;
  if (state === 'pending') return false;
  throwSocketError(t, new HostError(state.error));
}

/** The peer of a connected socket; ENOTCONN (as a java.net exception) when there is none. */
function remoteAddress(t: JavaThread, fdObj: JValue): HostSocketAddress {
  const remote = withSocket(t, fdObj, (net, id) => net.remoteAddress(id));
  if (!remote) throwSocketError(t, new HostError('ENOTCONN'));
  return remote;
}

/** The Java InetSocketAddress for a host address (accept's remote address). */
function newInetSocketAddress(t: JavaThread, address: string, port: number): JValue {
  const ia = newInetAddress(t, address, null);
  return newObjectWith(t, 'java/net/InetSocketAddress', '(Ljava/net/InetAddress;I)V', [ia, port]);
}

function socketRead(t: JavaThread, fdObj: JValue, address: number, len: number): number {
  if (len === 0) return 0;
  const buf = nativeBytes(t, address, len);
  try {
    const n = t.vm.files.read(fdValue(fdObj), buf);
    return n === 0 ? IOS_EOF : n;
  } catch (e) {
    const code = asHostError(e).code;
    if (code === 'EAGAIN') return IOS_UNAVAILABLE;
    if (code === 'ECONNRESET' || code === 'EPIPE')
      throw t.vm.newThrowable(t, 'sun/net/ConnectionResetException', 'Connection reset');
    throw t.vm.newThrowable(t, 'java/io/IOException', strerror(errnoNumber(code)));
  }
}

export function register(reg: NativeRegistry): void {
  reg.addAll('sun/nio/ch/Net', {
    'initIDs()V': () => undefined,
    'isIPv6Available0()Z': (t) => (t.vm.host.net?.ipv6 ? 1 : 0),
    'isReusePortAvailable0()Z': () => 1,
    'isExclusiveBindAvailable()I': () => -1,
    'shouldSetBothIPv4AndIPv6Options0()Z': () => 1,
    'canIPv6SocketJoinIPv4Group0()Z': () => 1,
    'canJoin6WithIPv4Group0()Z': () => 1,
    'canUseIPv6OptionsWithIPv4LocalAddress0()Z': () => 1,
    'pollinValue()S': () => POLLIN,
    'polloutValue()S': () => POLLOUT,
    'pollerrValue()S': () => POLLERR,
    'pollhupValue()S': () => POLLHUP,
    'pollnvalValue()S': () => POLLNVAL,
    'pollconnValue()S': () => POLLOUT,
    'socket0(ZZZZ)I': (t, a) => {
      if (a[1] === 0) {
        // Deviation: no UDP on the host interface yet.
        throw t.vm.newThrowable(t, 'java/net/SocketException', 'tsjvm: datagram sockets are not supported');
      }
      const net = network(t);
      try {
        return t.vm.files.addSocket(net.socket());
      } catch (e) {
        throwSocketError(t, e);
      }
    },
    'bind0(Ljava/io/FileDescriptor;ZZLjava/net/InetAddress;I)V': (t, a) =>
      withSocket(t, a[0], (net, id) => net.bind(id, socketAddressLiteral(a[3], net.ipv6), a[4] as number)),
    'listen(Ljava/io/FileDescriptor;I)V': (t, a) =>
      withSocket(t, a[0], (net, id) => net.listen(id, a[1] as number)),
    'connect0(ZLjava/io/FileDescriptor;Ljava/net/InetAddress;I)I': (t, a) => {
      withSocket(t, a[1], (net, id) => net.connect(id, socketAddressLiteral(a[2], net.ipv6), a[3] as number));
      // In progress (EINPROGRESS): the caller waits with poll and pollConnect.
      return IOS_UNAVAILABLE;
    },
    'pollConnect(Ljava/io/FileDescriptor;J)Z': (t, a) => (pollConnect(t, a[0], argLongNumber(a, 1)) ? 1 : 0),
    'accept(Ljava/io/FileDescriptor;Ljava/io/FileDescriptor;[Ljava/net/InetSocketAddress;)I': (t, a) => {
      const accepted = withSocket(t, a[0], (net, id) => {
        try {
          return net.accept(id);
        } catch (e) {
          if (asHostError(e).code === 'EAGAIN') return null;
          throw e;
        }
      });
      if (accepted === null) return IOS_UNAVAILABLE;
      const fd = t.vm.files.addSocket(accepted.id);
      setFdValue(a[1], fd);
      const isa = newInetSocketAddress(t, accepted.remote.address, accepted.remote.port);
      (a[2] as unknown as JValue[] & JArray)[0] = isa;
      return 1;
    },
    'shutdown(Ljava/io/FileDescriptor;I)V': (t, a) =>
      withSocket(t, a[0], (net, id) => net.shutdown(id, a[1] as number)),
    'localPort(Ljava/io/FileDescriptor;)I': (t, a) =>
      withSocket(t, a[0], (net, id) => net.localAddress(id)?.port ?? 0),
    'localInetAddress(Ljava/io/FileDescriptor;)Ljava/net/InetAddress;': (t, a) => {
      const local = withSocket(
        t,
        a[0],
        (net, id) => net.localAddress(id)?.address ?? (net.ipv6 ? '::' : '0.0.0.0'),
      );
      return newInetAddress(t, local, null);
    },
    'remotePort(Ljava/io/FileDescriptor;)I': (t, a) => remoteAddress(t, a[0]).port,
    'remoteInetAddress(Ljava/io/FileDescriptor;)Ljava/net/InetAddress;': (t, a) =>
      newInetAddress(t, remoteAddress(t, a[0]).address, null),
    'getIntOption0(Ljava/io/FileDescriptor;ZII)I': (t, a) => {
      const level = a[2] as number;
      const name = a[3] as number;
      return socketOptions(t, a[0]).get(`${level}:${name}`) ?? defaultOption(level, name);
    },
    'setIntOption0(Ljava/io/FileDescriptor;ZIIIZ)V': (t, a) => {
      const level = a[2] as number;
      const name = a[3] as number;
      const value = a[4] as number;
      let stored = value;
      if (level === SOL_SOCKET && name === SO_LINGER) stored = value < 0 ? -1 : Math.min(value, 65535);
      // Linux doubles the buffer sizes it is given, with a floor (socket(7)); getsockopt reports that.
      if (level === SOL_SOCKET && name === SO_SNDBUF) stored = Math.max(value * 2, 4608);
      if (level === SOL_SOCKET && name === SO_RCVBUF) stored = Math.max(value * 2, 2304);
      socketOptions(t, a[0]).set(`${level}:${name}`, stored);
      withSocket(t, a[0], (net, id) => {
        if (level === IPPROTO_TCP && name === TCP_NODELAY) net.setOption(id, 'nodelay', value !== 0);
        if (level === SOL_SOCKET && name === SO_KEEPALIVE) net.setOption(id, 'keepalive', value !== 0);
      });
    },
    'poll(Ljava/io/FileDescriptor;IJ)I': (t, a) =>
      pollFd(t, fdValue(a[0]), a[1] as number, argLongNumber(a, 2)),
    'available(Ljava/io/FileDescriptor;)I': (t, a) => withSocket(t, a[0], (net, id) => net.available(id)),
    'sendOOB(Ljava/io/FileDescriptor;B)I': (t) => {
      // Deviation: node:net can't send TCP urgent data.
      throw t.vm.newThrowable(t, 'java/net/SocketException', 'tsjvm: urgent data is not supported');
    },
    'discardOOB(Ljava/io/FileDescriptor;)Z': () => 0,
  });
  reg.addAll('sun/nio/ch/SocketDispatcher', {
    'read0(Ljava/io/FileDescriptor;JI)I': (t, a) => socketRead(t, a[0], argLongNumber(a, 1), a[3] as number),
    'readv0(Ljava/io/FileDescriptor;JI)J': (t, a) =>
      vectored(t, argLongNumber(a, 1), a[3] as number, (base, len) => socketRead(t, a[0], base, len)),
  });
}
