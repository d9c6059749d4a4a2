// The node's own JSON-RPC: HTTP POSTs to the page's origin, and one WebSocket for eth_subscribe("newHeads").

export class RpcError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const ENDPOINT = new URL("/", location.href).href;
let nextId = 1;

async function post(body) {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new RpcError(res.status, `HTTP ${res.status} from the node`);
  return res.json();
}

/** One call; throws RpcError with the node's code and message. */
export async function call(method, ...params) {
  const reply = await post({ jsonrpc: "2.0", id: nextId++, method, params });
  if (reply.error) throw new RpcError(reply.error.code, reply.error.message);
  return reply.result;
}

/** Several calls in one JSON-RPC batch: [[method, ...params], ...] -> results in order, an RpcError where one failed. */
export async function batch(calls) {
  if (calls.length === 0) return [];
  const first = nextId;
  nextId += calls.length;
  const replies = await post(calls.map(([method, ...params], i) => ({ jsonrpc: "2.0", id: first + i, method, params })));
  const byId = new Map((Array.isArray(replies) ? replies : [replies]).map((r) => [r.id, r]));
  return calls.map((_, i) => {
    const r = byId.get(first + i);
    if (!r) return new RpcError(-32603, "no reply in the batch");
    return r.error ? new RpcError(r.error.code, r.error.message) : r.result;
  });
}

/**
 * New heads over a WebSocket to the same port, shared by every page: `onHead(fn)` registers a listener until
 * `clearHeadListeners()` (called on each navigation). Reconnects with backoff; `onStatus` hears "live" or "offline".
 */
class Live {
  constructor() {
    this.listeners = new Set();
    this.statusListeners = new Set();
    this.delay = 500;
    this.status = "connecting";
    this.lastHead = null;
  }

  start() {
    const url = ENDPOINT.replace(/^http/, "ws");
    let ws;
    try {
      ws = new WebSocket(url);
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_subscribe", params: ["newHeads"] }));
    };
    ws.onmessage = (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch {
        return;
      }
      if (msg.id === 1) {
        if (msg.error) {
          this.setStatus("offline");
        } else {
          this.delay = 500;
          this.setStatus("live");
        }
        return;
      }
      if (msg.method === "eth_subscription" && msg.params?.result) {
        this.lastHead = msg.params.result;
        for (const fn of [...this.listeners]) {
          try {
            fn(msg.params.result);
          } catch (e) {
            console.warn("head listener failed", e);
          }
        }
      }
    };
    ws.onclose = () => {
      this.setStatus("offline");
      this.retry();
    };
  }

  retry() {
    setTimeout(() => this.start(), this.delay);
    this.delay = Math.min(this.delay * 2, 10_000);
  }

  setStatus(status) {
    this.status = status;
    for (const fn of this.statusListeners) fn(status);
  }
}

export const live = new Live();

export const onHead = (fn) => live.listeners.add(fn);
export const clearHeadListeners = () => live.listeners.clear();
export const onLiveStatus = (fn) => {
  live.statusListeners.add(fn);
  fn(live.status);
};
