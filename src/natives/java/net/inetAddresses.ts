// java.net.InetAddress objects <-> the numeric address strings of the host network (net_util.c's
// NET_SockaddrToInetAddress and NET_InetAddressToSockaddr): IPv4 as Inet4Address, IPv6 as Inet6Address,
// IPv4-mapped IPv6 addresses as the IPv4 address they map.
import type { JavaThread } from '../../../threads/thread.js';
import type { FieldBag, JArray, JavaObject, JValue } from '../../../runtime/object.js';
import { byteArray, bytesOf } from '../../util.js';
import { newObjectWith } from '../io/ioSupport.js';

/** java.net.InetAddress.IPv4 / IPv6 (the holder's `family`). */
export const FAMILY_IPV4 = 1;
export const FAMILY_IPV6 = 2;

const HOLDER = 'holder@java/net/InetAddress';
const HOLDER_ADDRESS = 'address@java/net/InetAddress$InetAddressHolder';
const HOLDER_FAMILY = 'family@java/net/InetAddress$InetAddressHolder';
const HOLDER6 = 'holder6@java/net/Inet6Address';
const HOLDER6_BYTES = 'ipaddress@java/net/Inet6Address$Inet6AddressHolder';

/** The 4 or 16 bytes of a numeric address literal, or null when it is not one. */
export function parseAddress(literal: string): Uint8Array | null {
  const v4 = parseIPv4(literal);
  if (v4) return v4;
  return parseIPv6(literal);
}

function parseIPv4(s: string): Uint8Array | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^\d{1,3}$/.test(parts[i])) return null;
    const n = Number(parts[i]);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

function parseIPv6(literal: string): Uint8Array | null {
  let s = literal;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (text: string): number[] | null => {
    if (text === '') return [];
    const out: number[] = [];
    const parts = text.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseIPv4(p);
        if (!v4) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
        out.push(parseInt(p, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const out = new Uint8Array(16);
  all.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

function isV4Mapped(b: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return false;
  return b[10] === 0xff && b[11] === 0xff;
}

/** The literal the host network takes for address bytes (IPv4-mapped ones as IPv4). */
export function formatAddress(b: Uint8Array): string {
  if (b.length === 4) return Array.from(b).join('.');
  if (isV4Mapped(b)) return Array.from(b.subarray(12)).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i] << 8) | b[i + 1]).toString(16));
  return groups.join(':');
}

/** A new Inet4Address or Inet6Address for a numeric address (hostName as given, may be null). */
export function newInetAddress(t: JavaThread, literal: string, hostName: string | null): JavaObject {
  const bytes = parseAddress(literal);
  if (!bytes) throw new Error(`tsjvm: host network returned a bad address '${literal}'`);
  const name = hostName === null ? null : t.vm.newString(hostName);
  const v4 = bytes.length === 4 ? bytes : isV4Mapped(bytes) ? bytes.slice(12) : null;
  if (v4)
    return newObjectWith(t, 'java/net/Inet4Address', '(Ljava/lang/String;[B)V', [name, byteArray(t, v4)]);
  return newObjectWith(t, 'java/net/Inet6Address', '(Ljava/lang/String;[B)V', [name, byteArray(t, bytes)]);
}

/** The address bytes of a java.net.InetAddress (4 for Inet4Address, 16 for Inet6Address). */
export function inetAddressBytes(ia: JValue): Uint8Array {
  const holder = (ia as unknown as FieldBag)[HOLDER] as unknown as FieldBag;
  if ((holder[HOLDER_FAMILY] as number) === FAMILY_IPV6) {
    const h6 = (ia as unknown as FieldBag)[HOLDER6] as unknown as FieldBag;
    return bytesOf(h6[HOLDER6_BYTES] as unknown as JArray).slice();
  }
  const a = holder[HOLDER_ADDRESS] as number;
  return new Uint8Array([(a >>> 24) & 0xff, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff]);
}

/**
 * The literal to bind or connect a socket to, as NET_InetAddressToSockaddr makes it for a dual-stack
 * (IPv6) socket: the IPv4 wildcard becomes the IPv6 wildcard, so the socket takes both families.
 */
export function socketAddressLiteral(ia: JValue, ipv6: boolean): string {
  const b = inetAddressBytes(ia);
  if (b.length === 4 && ipv6 && b.every((x) => x === 0)) return '::';
  return formatAddress(b);
}
