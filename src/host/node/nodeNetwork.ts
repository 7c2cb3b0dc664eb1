// TCP sockets on Node for the VM: a synchronous front to node:net. node:net only works through callbacks
// of the event loop, which never runs while Java code executes (class loading, natives and the scheduler
// are synchronous), so the sockets live in a network thread of their own (netWorker.ts) that keeps their
// state. Each call here posts a request and waits for the reply with Atomics.wait + receiveMessageOnPort;
// the thread started on first use and does not keep the process alive.
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from './builtins.js';
import {
  HostError,
  type HostAccepted,
  type HostConnectState,
  type HostEvents,
  type HostInterface,
  type HostNetwork,
  type HostSocketAddress,
} from '../host.js';
import { CounterEvents } from '../events.js';
import { EVENT_SLOT, REPLY_SLOT, SIGNAL_SLOTS, type NetReply, type NetRequest } from './netProtocol.js';

// Interface flags (/sys/class/net/*/flags, <net/if.h>).
const IFF_UP = 0x1;
const IFF_LOOPBACK = 0x8;
const IFF_POINTOPOINT = 0x10;
const IFF_MULTICAST = 0x1000;

/** The IPv4 broadcast address of a network. */
function broadcastOf(address: string, netmask: string): string {
  const a = address.split('.').map(Number);
  const m = netmask.split('.').map(Number);
  return a.map((x, i) => (x | (~m[i] & 0xff)) & 0xff).join('.');
}

/** How long one request may take (name lookups are the slow ones) before it fails with ETIMEDOUT. */
const REQUEST_TIMEOUT_MS = 60_000;

/** listen(2) backlog for sockets that bind() starts listening (java.net.ServerSocket's default). */
const DEFAULT_BACKLOG = 50;

export class NodeNetwork implements HostNetwork {
  readonly ipv6 = fs.existsSync('/proc/net/if_inet6');
  readonly events: HostEvents;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4 * SIGNAL_SLOTS));
  private port: MessagePort | null = null;
  private worker: Worker | null = null;
  private nextId = 1;

  constructor() {
    this.events = new CounterEvents(this.signal, EVENT_SLOT);
  }

  private channel(): MessagePort {
    if (this.port) return this.port;
    const { MessageChannel, Worker } = nodeWorkerThreads();
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(new URL('./netWorker.js', import.meta.url), {
      workerData: { port: port2, signal: this.signal.buffer },
      transferList: [port2],
    });
    this.worker.unref();
    this.port = port1;
    return port1;
  }

  /** Sends a request and waits for its reply; a reply with `err` is thrown as a HostError. */
  private call(req: NetRequest): NetReply {
    const port = this.channel();
    Atomics.store(this.signal, REPLY_SLOT, 0);
    port.postMessage(req);
    const start = Date.now();
    for (;;) {
      Atomics.wait(this.signal, REPLY_SLOT, 0, 1000);
      const got = nodeWorkerThreads().receiveMessageOnPort(port);
      if (got) {
        const r = got.message as NetReply;
        if (r.err !== undefined) throw new HostError(r.err);
        return r;
      }
      if (Date.now() - start > REQUEST_TIMEOUT_MS) throw new HostError('ETIMEDOUT');
    }
  }

  socket(): number {
    const id = this.nextId++;
    this.call({ op: 'socket', id });
    return id;
  }

  bind(id: number, address: string, port: number): void {
    this.call({ op: 'bind', id, address, port, backlog: DEFAULT_BACKLOG });
  }

  listen(): void {
    // bind() is already listening.
  }

  connect(id: number, address: string, port: number): void {
    this.call({ op: 'connect', id, address, port });
  }

  connectState(id: number): HostConnectState {
    try {
      return this.call({ op: 'connectState', id }).state ?? 'pending';
    } catch (e) {
      if (e instanceof HostError && e.code !== 'EBADF') return { error: e.code };
      throw e;
    }
  }

  accept(id: number): HostAccepted {
    const newId = this.nextId;
    const r = this.call({ op: 'accept', id, newId });
    this.nextId++;
    return { id: newId, local: r.local!, remote: r.remote! };
  }

  read(id: number, buf: Uint8Array): number {
    const r = this.call({ op: 'read', id, max: buf.length });
    if (r.eof || !r.data) return 0;
    buf.set(r.data);
    return r.data.length;
  }

  write(id: number, buf: Uint8Array): number {
    // A copy: the request is cloned for the other thread anyway, and `buf` may be a view of native memory.
    return this.call({ op: 'write', id, data: buf.slice() }).n ?? 0;
  }

  poll(id: number, events: number): number {
    return this.call({ op: 'poll', id, events }).n ?? 0;
  }

  available(id: number): number {
    return this.call({ op: 'available', id }).n ?? 0;
  }

  shutdown(id: number, how: number): void {
    this.call({ op: 'shutdown', id, how });
  }

  preClose(id: number): void {
    this.call({ op: 'preClose', id });
  }

  close(id: number): void {
    this.call({ op: 'close', id });
  }

  localAddress(id: number): HostSocketAddress | null {
    return this.call({ op: 'address', id, remote: false }).local ?? null;
  }

  remoteAddress(id: number): HostSocketAddress | null {
    return this.call({ op: 'address', id, remote: true }).local ?? null;
  }

  setOption(id: number, name: 'nodelay' | 'keepalive', value: boolean): void {
    this.call({ op: 'option', id, name, value });
  }

  lookup(host: string): { address: string; family: 4 | 6 }[] {
    return this.call({ op: 'lookup', host }).addresses ?? [];
  }

  reverseLookup(address: string): string {
    return this.call({ op: 'reverse', address }).name ?? address;
  }

  hostName(): string {
    return os.hostname();
  }

  interfaces(): HostInterface[] {
    const sys = (name: string, file: string): string | null => {
      try {
        return fs.readFileSync(`/sys/class/net/${name}/${file}`, 'utf8').trim();
      } catch {
        return null;
      }
    };
    const out: HostInterface[] = [];
    let fallbackIndex = 1;
    for (const [name, infos] of Object.entries(os.networkInterfaces())) {
      if (!infos) continue;
      const flags = parseInt(sys(name, 'flags') ?? '0x1003', 16);
      const loopback = infos.some((i) => i.internal) || (flags & IFF_LOOPBACK) !== 0;
      const mac = infos[0]?.mac ?? '00:00:00:00:00:00';
      const macBytes = Uint8Array.from(mac.split(':').map((h) => parseInt(h, 16)));
      out.push({
        name,
        index: Number(sys(name, 'ifindex') ?? fallbackIndex++),
        up: (flags & IFF_UP) !== 0,
        loopback,
        pointToPoint: (flags & IFF_POINTOPOINT) !== 0,
        multicast: (flags & IFF_MULTICAST) !== 0,
        mtu: Number(sys(name, 'mtu') ?? 1500),
        mac: loopback || macBytes.every((b) => b === 0) ? null : macBytes,
        addresses: infos.map((i) => ({
          address: i.address,
          prefix: Number(i.cidr?.split('/')[1] ?? 0),
          broadcast: i.family === 'IPv4' && !loopback ? broadcastOf(i.address, i.netmask) : null,
        })),
      });
    }
    return out;
  }
}
