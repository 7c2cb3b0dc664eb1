// Messages between the VM (nodeNetwork.ts) and its network thread (netWorker.ts). The VM posts a request
// and waits on REPLY_SLOT of the shared signal array; the network thread posts exactly one reply and sets
// the slot. EVENT_SLOT counts socket events (HostEvents).

export const REPLY_SLOT = 0;
export const EVENT_SLOT = 1;
export const SIGNAL_SLOTS = 2;

export interface WireAddress {
  address: string;
  port: number;
}

export type NetRequest =
  | { op: 'socket'; id: number }
  | { op: 'bind'; id: number; address: string; port: number; backlog: number }
  | { op: 'connect'; id: number; address: string; port: number }
  | { op: 'connectState'; id: number }
  | { op: 'accept'; id: number; newId: number }
  | { op: 'read'; id: number; max: number }
  | { op: 'write'; id: number; data: Uint8Array }
  | { op: 'poll'; id: number; events: number }
  | { op: 'available'; id: number }
  | { op: 'shutdown'; id: number; how: number }
  | { op: 'preClose'; id: number }
  | { op: 'close'; id: number }
  | { op: 'address'; id: number; remote: boolean }
  | { op: 'option'; id: number; name: 'nodelay' | 'keepalive'; value: boolean }
  | { op: 'lookup'; host: string }
  | { op: 'reverse'; address: string };

/** A reply: `err` (a POSIX or getaddrinfo code) or the fields of the request's result. */
export interface NetReply {
  err?: string;
  n?: number;
  eof?: boolean;
  data?: Uint8Array;
  local?: WireAddress | null;
  remote?: WireAddress | null;
  state?: 'connected' | 'pending';
  addresses?: { address: string; family: 4 | 6 }[];
  name?: string;
}
