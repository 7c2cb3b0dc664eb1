// java.net name service natives (InetAddress.c, Inet4AddressImpl.c, Inet6AddressImpl.c): host names and
// addresses through the host's resolver (getaddrinfo, so /etc/hosts applies as it does for HotSpot).
import type { NativeRegistry } from '../../registry.js';
import type { JavaThread } from '../../../threads/thread.js';
import type { JArray, JValue } from '../../../runtime/object.js';
import { HostError } from '../../../host/host.js';
import { jsStr, refArray, bytesOf } from '../../util.js';
import { asHostError } from '../io/ioSupport.js';
import { formatAddress, newInetAddress } from './inetAddresses.js';

/** InetAddress.PREFER_IPV6_VALUE / PREFER_SYSTEM_VALUE (java.net.preferIPv6Addresses). */
const PREFER_IPV6 = 1;
const PREFER_SYSTEM = 2;

/** gai_strerror(3) texts (glibc) for the resolver failures the host reports. */
const GAI_MESSAGES: Record<string, string> = {
  ENOTFOUND: 'Name or service not known',
  EAI_NONAME: 'Name or service not known',
  EAI_NODATA: 'No address associated with hostname',
  EAI_AGAIN: 'Temporary failure in name resolution',
  EAI_FAIL: 'Non-recoverable failure in name resolution',
  EAI_MEMORY: 'Memory allocation failure',
};

function unknownHost(t: JavaThread, message: string | null): never {
  throw t.vm.newThrowable(t, 'java/net/UnknownHostException', message);
}

/** lookupAllHostAddr: every address of `host`, IPv4 first unless IPv6 is preferred, without repeats. */
function lookupAll(t: JavaThread, hostArg: JValue, families: 4 | 6 | 0): JValue {
  const host = jsStr(t, hostArg);
  if (host === null) throw t.vm.newThrowable(t, 'java/lang/NullPointerException', 'host argument is null');
  let found: { address: string; family: 4 | 6 }[];
  try {
    found = t.vm.files.network().lookup(host);
  } catch (e) {
    const code = asHostError(e).code;
    unknownHost(t, `${host}: ${GAI_MESSAGES[code] ?? 'Name or service not known'}`);
  }
  const seen = new Set<string>();
  const unique = found.filter((a) => {
    if ((families !== 0 && a.family !== families) || seen.has(a.address)) return false;
    seen.add(a.address);
    return true;
  });
  if (unique.length === 0) unknownHost(t, `${host}: ${GAI_MESSAGES.ENOTFOUND}`);
  let ordered = unique;
  if (families === 0) {
    const ia = t.vm.bootLoad('java/net/InetAddress');
    const prefer = ia.statics['preferIPv6Address@java/net/InetAddress'] as number;
    if (prefer !== PREFER_SYSTEM) {
      const v4 = unique.filter((a) => a.family === 4);
      const v6 = unique.filter((a) => a.family === 6);
      ordered = prefer === PREFER_IPV6 ? [...v6, ...v4] : [...v4, ...v6];
    }
  }
  const items = ordered.map((a) => newInetAddress(t, a.address, host));
  return refArray(t, 'java/net/InetAddress', items);
}

/** getHostByAddr: the name of an address (reverse lookup), UnknownHostException when it has none. */
function hostByAddr(t: JavaThread, addr: JValue): JValue {
  const literal = formatAddress(bytesOf(addr as JArray));
  try {
    return t.vm.newString(t.vm.files.network().reverseLookup(literal));
  } catch (e) {
    if (e instanceof HostError) unknownHost(t, null);
    throw e;
  }
}

function localHostName(t: JavaThread): JValue {
  const net = t.vm.host.net;
  return t.vm.newString(net ? net.hostName() : 'localhost');
}

export function register(reg: NativeRegistry): void {
  reg.addAll('java/net/InetAddress', { 'init()V': () => undefined });
  reg.addAll('java/net/Inet4Address', { 'init()V': () => undefined });
  reg.addAll('java/net/Inet6Address', { 'init()V': () => undefined });
  reg.addAll('java/net/InetAddressImplFactory', {
    'isIPv6Supported()Z': (t) => (t.vm.host.net?.ipv6 ? 1 : 0),
  });
  reg.addAll('java/net/Inet4AddressImpl', {
    'getLocalHostName()Ljava/lang/String;': (t) => localHostName(t),
    'lookupAllHostAddr(Ljava/lang/String;)[Ljava/net/InetAddress;': (t, a) => lookupAll(t, a[1], 4),
    'getHostByAddr([B)Ljava/lang/String;': (t, a) => hostByAddr(t, a[1]),
  });
  reg.addAll('java/net/Inet6AddressImpl', {
    'getLocalHostName()Ljava/lang/String;': (t) => localHostName(t),
    'lookupAllHostAddr(Ljava/lang/String;)[Ljava/net/InetAddress;': (t, a) => lookupAll(t, a[1], 0),
    'getHostByAddr([B)Ljava/lang/String;': (t, a) => hostByAddr(t, a[1]),
  });
}
