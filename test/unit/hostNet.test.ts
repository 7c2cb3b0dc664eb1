// The host network (NodeNetwork over its network worker) and the VM's pipes, below the Java natives: the
// non-blocking contract (EAGAIN, poll bits, end of stream, errors) and the event count that wakes pollers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NodeNetwork } from '../../src/host/node/nodeNetwork.js';
import { MemoryHost } from '../../src/host/memory/memoryHost.js';
import { FileTable } from '../../src/host/fileTable.js';
import { HostError, POLLHUP, POLLIN, POLLOUT } from '../../src/host/host.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

function isCode(code: string): (e: unknown) => boolean {
  return (e) => e instanceof HostError && e.code === code;
}

/** Polls (as a green thread would, but spinning) until `events` are ready. */
function waitFor(net: NodeNetwork, id: number, events: number): number {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const seen = net.events.count();
    const ready = net.poll(id, events);
    if (ready !== 0) return ready;
    if (Date.now() > deadline) throw new Error('timed out waiting for socket events');
    net.events.waitSync(seen, 1000);
  }
}

test('NodeNetwork: listen, connect, accept, exchange bytes, half-close, close', () => {
  const net = new NodeNetwork();
  const server = net.socket();
  net.bind(server, '127.0.0.1', 0);
  const local = net.localAddress(server);
  assert.ok(local && local.address === '127.0.0.1' && local.port > 0);
  assert.throws(() => net.accept(server), isCode('EAGAIN'));
  assert.equal(net.poll(server, POLLIN), 0);

  const client = net.socket();
  net.connect(client, '127.0.0.1', local.port);
  assert.equal(waitFor(net, server, POLLIN), POLLIN);
  const accepted = net.accept(server);
  assert.equal(accepted.remote.address, '127.0.0.1');
  assert.equal(accepted.local.port, local.port);
  waitFor(net, client, POLLOUT);
  assert.equal(net.connectState(client), 'connected');

  const buf = new Uint8Array(64);
  assert.throws(() => net.read(accepted.id, buf), isCode('EAGAIN'));
  assert.equal(net.write(client, enc.encode('ping')), 4);
  waitFor(net, accepted.id, POLLIN);
  assert.equal(net.available(accepted.id), 4);
  const n = net.read(accepted.id, buf);
  assert.equal(dec.decode(buf.subarray(0, n)), 'ping');

  net.shutdown(client, 1);
  assert.throws(() => net.write(client, enc.encode('x')), isCode('EPIPE'));
  waitFor(net, accepted.id, POLLIN);
  assert.equal(net.read(accepted.id, buf), 0, 'end of stream after the peer shut down its output');
  assert.equal(net.write(accepted.id, enc.encode('pong')), 4);
  waitFor(net, client, POLLIN);
  assert.equal(dec.decode(buf.subarray(0, net.read(client, buf))), 'pong');

  net.close(accepted.id);
  net.close(client);
  net.close(server);
  assert.throws(() => net.poll(server, POLLIN), isCode('EBADF'));
});

test('NodeNetwork: refused connections, ports in use, name lookups', () => {
  const net = new NodeNetwork();
  const probe = net.socket();
  net.bind(probe, '127.0.0.1', 0);
  const port = net.localAddress(probe)!.port;
  const again = net.socket();
  assert.throws(() => net.bind(again, '127.0.0.1', port), isCode('EADDRINUSE'));
  net.close(probe);

  const client = net.socket();
  net.connect(client, '127.0.0.1', port);
  waitFor(net, client, POLLOUT);
  assert.deepEqual(net.connectState(client), { error: 'ECONNREFUSED' });
  net.close(client);

  assert.ok(net.lookup('localhost').some((a) => a.address === '127.0.0.1' && a.family === 4));
  assert.throws(
    () => net.lookup('no-such-host.invalid'),
    (e) => e instanceof HostError,
  );
  assert.ok(net.interfaces().some((i) => i.loopback && i.addresses.some((a) => a.address === '127.0.0.1')));
});

test('FileTable pipes and eventfds: non-blocking reads and writes, poll bits, end of stream, events', () => {
  const table = new FileTable(new MemoryHost(), { write: () => true, read: () => new Uint8Array(0) });
  const [r, w] = table.addPipe();
  const buf = new Uint8Array(8);
  assert.throws(() => table.read(r, buf), isCode('EAGAIN'));
  assert.equal(table.pollReady(r, POLLIN), 0);
  assert.equal(table.pollReady(w, POLLOUT), POLLOUT);
  const before = table.events.count();
  assert.equal(table.write(w, enc.encode('abc')), 3);
  assert.notEqual(table.events.count(), before, 'a write wakes pollers');
  assert.equal(table.pollReady(r, POLLIN), POLLIN);
  assert.equal(table.available(r), 3);
  assert.equal(dec.decode(buf.subarray(0, table.read(r, buf))), 'abc');
  assert.throws(() => table.write(r, buf), isCode('EBADF'));
  table.close(w);
  assert.equal(table.pollReady(r, POLLIN), POLLIN | POLLHUP);
  assert.equal(table.read(r, buf), 0);
  table.close(r);

  const efd = table.addEventFd();
  assert.equal(table.pollReady(efd, POLLIN), 0);
  table.write(efd, new Uint8Array([1]));
  assert.equal(table.pollReady(efd, POLLIN), POLLIN);
  assert.equal(table.read(efd, buf), 1);
  table.close(efd);

  // The in-memory host has no network: sockets fail as unreachable.
  assert.throws(() => table.network(), isCode('ENETUNREACH'));
});
