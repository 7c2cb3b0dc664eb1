// java.net.NetworkInterface natives (NetworkInterface.c): the host's interfaces, their addresses and flags.
// InetAddress.getLoopbackAddress asks for the interface of 127.0.0.1 on first use.
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { FieldBag, JavaObject, JValue } from '../../../runtime/object.js';
import type { HostInterface } from '../../../host/host.js';
import { byteArray, jsStr, refArray } from '../../util.js';
import { newObjectWith } from '../io/ioSupport.js';
import { inetAddressBytes, newInetAddress, parseAddress } from './inetAddresses.js';

const NI = 'java/net/NetworkInterface';

function interfaces(t: JavaThread): HostInterface[] {
  const net = t.vm.host.net;
  return net ? net.interfaces() : [];
}

function sameAddress(a: Uint8Array, b: Uint8Array | null): boolean {
  return b !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

function hasAddress(i: HostInterface, bytes: Uint8Array): boolean {
  return i.addresses.some((a) => sameAddress(bytes, parseAddress(a.address)));
}

function newNetworkInterface(t: JavaThread, i: HostInterface): JavaObject {
  const vm = t.vm;
  const addrs = i.addresses.map((a) => newInetAddress(t, a.address, null));
  const ni = newObjectWith(t, NI, '(Ljava/lang/String;I[Ljava/net/InetAddress;)V', [
    vm.newString(i.name),
    i.index,
    refArray(t, 'java/net/InetAddress', addrs),
  ]);
  const bindings = i.addresses.map((a, k) => {
    const ia = newObjectWith(t, 'java/net/InterfaceAddress', '()V', []);
    const f = ia as unknown as FieldBag;
    f['address@java/net/InterfaceAddress'] = addrs[k];
    f['broadcast@java/net/InterfaceAddress'] =
      a.broadcast === null ? null : newInetAddress(t, a.broadcast, null);
    f['maskLength@java/net/InterfaceAddress'] = a.prefix;
    return ia;
  });
  const f = ni as unknown as FieldBag;
  f[`displayName@${NI}`] = vm.newString(i.name);
  f[`bindings@${NI}`] = refArray(t, 'java/net/InterfaceAddress', bindings);
  f[`childs@${NI}`] = refArray(t, NI, []);
  return ni;
}

/** The interface a (name, index) pair names, as the flag natives get them. */
function byName(t: JavaThread, name: JValue): HostInterface | null {
  const n = jsStr(t, name);
  const found = interfaces(t).find((i) => i.name === n);
  if (!found) throw t.vm.newThrowable(t, 'java/net/SocketException', 'No such device (getFlags() failed)');
  return found;
}

export function register(reg: NativeRegistry): void {
  reg.addAll(NI, {
    'init()V': () => undefined,
    'getAll()[Ljava/net/NetworkInterface;': (t) =>
      refArray(
        t,
        NI,
        interfaces(t).map((i) => newNetworkInterface(t, i)),
      ),
    'getByName0(Ljava/lang/String;)Ljava/net/NetworkInterface;': (t, a) => {
      const name = jsStr(t, a[0]);
      const i = interfaces(t).find((x) => x.name === name);
      return i ? newNetworkInterface(t, i) : null;
    },
    'getByIndex0(I)Ljava/net/NetworkInterface;': (t, a) => {
      const i = interfaces(t).find((x) => x.index === a[0]);
      return i ? newNetworkInterface(t, i) : null;
    },
    'getByInetAddress0(Ljava/net/InetAddress;)Ljava/net/NetworkInterface;': (t, a) => {
      const bytes = inetAddressBytes(a[0]);
      const i = interfaces(t).find((x) => hasAddress(x, bytes));
      return i ? newNetworkInterface(t, i) : null;
    },
    'boundInetAddress0(Ljava/net/InetAddress;)Z': (t, a) => {
      const bytes = inetAddressBytes(a[0]);
      return interfaces(t).some((x) => hasAddress(x, bytes)) ? 1 : 0;
    },
    'isUp0(Ljava/lang/String;I)Z': (t, a) => (byName(t, a[0])?.up ? 1 : 0),
    'isLoopback0(Ljava/lang/String;I)Z': (t, a) => (byName(t, a[0])?.loopback ? 1 : 0),
    'supportsMulticast0(Ljava/lang/String;I)Z': (t, a) => (byName(t, a[0])?.multicast ? 1 : 0),
    'isP2P0(Ljava/lang/String;I)Z': (t, a) => (byName(t, a[0])?.pointToPoint ? 1 : 0),
    'getMacAddr0([BLjava/lang/String;I)[B': (t, a) => {
      const mac = byName(t, a[1])?.mac ?? null;
      return mac ? byteArray(t, mac) : null;
    },
    'getMTU0(Ljava/lang/String;I)I': (t, a) => byName(t, a[0])?.mtu ?? -1,
  });
}
