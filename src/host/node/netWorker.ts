// The network thread: a worker that owns every TCP socket of the VM through node:net, whose API only
// works asynchronously, and answers the VM's synchronous requests (see nodeNetwork.ts). It keeps what
// each socket has received and the state of its connection, so the VM can ask "is there data?" at any
// time and never wait for the network itself; whenever anything changes it bumps the shared event count.
import * as dns from 'node:dns';
import * as net from 'node:net';
import { workerData, type MessagePort } from 'node:worker_threads';
import { POLLERR, POLLHUP, POLLIN, POLLOUT } from '../host.js';
import { REPLY_SLOT, EVENT_SLOT, type NetRequest, type NetReply, type WireAddress } from './netProtocol.js';

/** Received bytes held per socket before reading from the host pauses (flow control). */
const RECEIVE_HIGH_WATER = 1 << 20;
/** Bytes queued for sending per socket before write() reports EAGAIN. */
const SEND_HIGH_WATER = 1 << 20;

const { port, signal: signalBuffer } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const signal = new Int32Array(signalBuffer);

/** Something may have become ready: wake the VM's pollers. */
function bump(): void {
  Atomics.add(signal, EVENT_SLOT, 1);
  Atomics.notify(signal, EVENT_SLOT);
}

function reply(r: NetReply): void {
  port.postMessage(r);
  Atomics.store(signal, REPLY_SLOT, 1);
  Atomics.notify(signal, REPLY_SLOT);
}

class Sock {
  server: net.Server | null = null;
  /** Connections accepted by the host, not yet by Java (already receiving, as in a kernel's queue). */
  readonly backlog: Sock[] = [];
  conn: net.Socket | null = null;
  connecting = false;
  connectError: string | null = null;
  /** Received and not yet read. */
  readonly received: Buffer[] = [];
  receivedBytes = 0;
  /** The peer ended its side (FIN): reads see end of stream once `received` is empty. */
  peerEnded = false;
  /** A failure of the connection (ECONNRESET, EPIPE): the next read or write reports it. */
  error: string | null = null;
  inputShut = false;
  outputShut = false;
  /** preClose: reads see end of stream, polls report hang-up. */
  preClosed = false;
  /** Where bind() put a socket that then connects instead of listening. */
  boundAddress: WireAddress | null = null;
}

const sockets = new Map<number, Sock>();

function errorCode(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'EIO';
}

/** Node reports IPv4 peers of a dual-stack socket as '::ffff:a.b.c.d'; Java sees them as IPv4. */
function unmapped(address: string | undefined): string {
  if (!address) return '0.0.0.0';
  return address.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function track(s: Sock, conn: net.Socket): void {
  s.conn = conn;
  conn.on('data', (chunk: Buffer) => {
    s.received.push(chunk);
    s.receivedBytes += chunk.length;
    if (s.receivedBytes >= RECEIVE_HIGH_WATER) conn.pause();
    bump();
  });
  conn.on('end', () => {
    s.peerEnded = true;
    bump();
  });
  conn.on('error', (e) => {
    if (s.connecting) s.connectError = errorCode(e);
    else s.error = errorCode(e);
    s.connecting = false;
    bump();
  });
  conn.on('close', bump);
  conn.on('drain', bump);
}

function sockOf(id: number): Sock {
  const s = sockets.get(id);
  if (!s) throw Object.assign(new Error('EBADF'), { code: 'EBADF' });
  return s;
}

/** poll(2) of a socket, in Linux's terms. */
function poll(s: Sock, events: number): number {
  let ready = 0;
  if (s.preClosed) return (POLLIN | POLLOUT | POLLHUP) & (events | POLLHUP);
  if (s.server) {
    if (s.backlog.length > 0) ready |= POLLIN;
  } else if (s.conn) {
    if (s.connecting) return 0;
    if (s.connectError !== null) return POLLOUT | POLLERR | POLLHUP;
    if (s.receivedBytes > 0 || s.peerEnded || s.inputShut || s.error !== null) ready |= POLLIN;
    if (s.error !== null) ready |= POLLERR;
    if (!s.outputShut && s.conn.writableLength < SEND_HIGH_WATER) ready |= POLLOUT;
    if (s.error !== null || (s.peerEnded && s.outputShut)) ready |= POLLHUP;
  } else {
    // A new socket, neither connected nor listening: Linux reports it writable and hung up.
    ready |= POLLOUT | POLLHUP;
  }
  return ready & (events | POLLERR | POLLHUP);
}

function read(s: Sock, max: number): NetReply {
  if (s.preClosed || s.inputShut) return { eof: true };
  if (s.receivedBytes > 0) {
    const parts: Buffer[] = [];
    let n = 0;
    while (n < max && s.received.length > 0) {
      const first = s.received[0];
      const take = Math.min(first.length, max - n);
      parts.push(first.subarray(0, take));
      if (take === first.length) s.received.shift();
      else s.received[0] = first.subarray(take);
      n += take;
    }
    s.receivedBytes -= n;
    if (s.conn && s.conn.isPaused() && s.receivedBytes < RECEIVE_HIGH_WATER / 2) s.conn.resume();
    const data = new Uint8Array(n);
    let off = 0;
    for (const p of parts) {
      data.set(p, off);
      off += p.length;
    }
    return { data };
  }
  if (s.error !== null) return { err: s.error };
  if (s.peerEnded) return { eof: true };
  return { err: s.conn ? 'EAGAIN' : 'ENOTCONN' };
}

function write(s: Sock, data: Uint8Array): NetReply {
  if (!s.conn || s.connecting) return { err: 'ENOTCONN' };
  if (s.error !== null) return { err: s.error === 'ECONNRESET' ? 'EPIPE' : s.error };
  if (s.outputShut || s.preClosed || s.conn.destroyed) return { err: 'EPIPE' };
  if (s.conn.writableLength >= SEND_HIGH_WATER) return { err: 'EAGAIN' };
  s.conn.write(data);
  return { n: data.length };
}

function addressOf(a: net.AddressInfo | string | null): WireAddress | null {
  if (a === null || typeof a === 'string') return null;
  return { address: unmapped(a.address), port: a.port };
}

function handle(req: NetRequest): void {
  try {
    switch (req.op) {
      case 'socket':
        sockets.set(req.id, new Sock());
        return reply({});
      case 'bind': {
        const s = sockOf(req.id);
        if (s.server || s.conn) return reply({ err: 'EINVAL' });
        const server = net.createServer({ allowHalfOpen: true });
        s.server = server;
        server.on('connection', (c: net.Socket) => {
          const a = new Sock();
          track(a, c);
          s.backlog.push(a);
          bump();
        });
        server.once('error', (e) => {
          s.server = null;
          reply({ err: errorCode(e) });
        });
        server.listen({ host: req.address, port: req.port, backlog: req.backlog, exclusive: true }, () => {
          server.removeAllListeners('error');
          server.on('error', bump);
          reply({ local: addressOf(server.address()) });
        });
        return;
      }
      case 'connect': {
        const s = sockOf(req.id);
        if (s.conn) return reply({ err: 'EISCONN' });
        const options: net.TcpNetConnectOpts = { host: req.address, port: req.port, allowHalfOpen: true };
        if (s.server) {
          // Bound, then connecting: give the address back and connect from it.
          const local = addressOf(s.server.address());
          s.server.close();
          s.server = null;
          if (local) {
            if (local.address !== '::' && local.address !== '0.0.0.0') options.localAddress = local.address;
            options.localPort = local.port;
          }
        }
        s.connecting = true;
        const conn = net.connect(options, () => {
          s.connecting = false;
          bump();
        });
        track(s, conn);
        return reply({});
      }
      case 'connectState': {
        const s = sockOf(req.id);
        if (s.connectError !== null) return reply({ err: s.connectError });
        return reply({ state: s.conn && !s.connecting ? 'connected' : 'pending' });
      }
      case 'accept': {
        const s = sockOf(req.id);
        const a = s.server ? s.backlog.shift() : undefined;
        if (!a || !a.conn) return reply({ err: s.server ? 'EAGAIN' : 'EINVAL' });
        sockets.set(req.newId, a);
        const c = a.conn;
        return reply({
          local: { address: unmapped(c.localAddress), port: c.localPort ?? 0 },
          remote: { address: unmapped(c.remoteAddress), port: c.remotePort ?? 0 },
        });
      }
      case 'read':
        return reply(read(sockOf(req.id), req.max));
      case 'write':
        return reply(write(sockOf(req.id), req.data));
      case 'poll':
        return reply({ n: poll(sockOf(req.id), req.events) });
      case 'available': {
        const s = sockOf(req.id);
        return reply({ n: s.preClosed || s.inputShut ? 0 : s.receivedBytes });
      }
      case 'shutdown': {
        const s = sockOf(req.id);
        if (!s.conn || s.connecting) return reply({ err: 'ENOTCONN' });
        if (req.how !== 1) s.inputShut = true;
        if (req.how !== 0 && !s.outputShut) {
          s.outputShut = true;
          s.conn.end();
        }
        bump();
        return reply({});
      }
      case 'preClose': {
        const s = sockOf(req.id);
        s.preClosed = true;
        bump();
        return reply({});
      }
      case 'close': {
        const s = sockets.get(req.id);
        sockets.delete(req.id);
        if (s) {
          s.server?.close();
          for (const a of s.backlog) a.conn?.destroy();
          s.conn?.destroy();
        }
        bump();
        return reply({});
      }
      case 'address': {
        const s = sockOf(req.id);
        if (s.server) return reply({ local: req.remote ? null : addressOf(s.server.address()) });
        const c = s.conn;
        if (!c || s.connecting) return reply({ local: null });
        const address = req.remote ? c.remoteAddress : c.localAddress;
        const p = req.remote ? c.remotePort : c.localPort;
        return reply({ local: address ? { address: unmapped(address), port: p ?? 0 } : null });
      }
      case 'option': {
        const c = sockOf(req.id).conn;
        if (c && req.name === 'nodelay') c.setNoDelay(req.value);
        if (c && req.name === 'keepalive') c.setKeepAlive(req.value);
        return reply({});
      }
      case 'lookup':
        dns.lookup(req.host, { all: true, verbatim: true }, (e, addresses) => {
          if (e) reply({ err: errorCode(e) });
          else
            reply({
              addresses: addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })),
            });
        });
        return;
      case 'reverse':
        dns.lookupService(req.address, 0, (e, hostname) => {
          if (e || !hostname || net.isIP(hostname) !== 0) reply({ err: e ? errorCode(e) : 'ENOTFOUND' });
          else reply({ name: hostname });
        });
        return;
    }
  } catch (e) {
    reply({ err: errorCode(e) });
  }
}

port.on('message', (req: NetRequest) => handle(req));
