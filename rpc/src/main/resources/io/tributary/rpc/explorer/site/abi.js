// Keccak-256 and a Solidity ABI decoder, just what the explorer needs to name and decode calls and logs of the native
// modules (contracts/abi/*.json, served under abi/).

const MASK = (1n << 64n) - 1n;
const RC = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn,
  0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n,
  0x0000000080008009n, 0x000000008000000an, 0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n,
  0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an,
  0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
// Rotation offsets r[x][y].
const R = [
  [0n, 36n, 3n, 41n, 18n],
  [1n, 44n, 10n, 45n, 2n],
  [62n, 6n, 43n, 15n, 61n],
  [28n, 55n, 25n, 21n, 56n],
  [27n, 20n, 39n, 8n, 14n],
];

const rotl = (v, n) => (n === 0n ? v : ((v << n) | (v >> (64n - n))) & MASK);

function keccakF(s) {
  const b = new Array(25);
  const c = new Array(5);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1n);
      for (let y = 0; y < 25; y += 5) s[x + y] ^= d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(s[x + 5 * y], R[x][y]);
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        s[x + 5 * y] = b[x + 5 * y] ^ (~b[((x + 1) % 5) + 5 * y] & MASK & b[((x + 2) % 5) + 5 * y]);
      }
    }
    s[0] ^= RC[round];
  }
}

/** Keccak-256 (Ethereum's, with the 0x01 padding) of bytes, as 0x-prefixed hex. */
export function keccak256(bytes) {
  const rate = 136;
  const padded = new Uint8Array(Math.floor(bytes.length / rate) * rate + rate);
  padded.set(bytes);
  padded[bytes.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const s = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let j = 7; j >= 0; j--) lane = (lane << 8n) | BigInt(padded[off + i * 8 + j]);
      s[i] ^= lane;
    }
    keccakF(s);
  }
  let out = "0x";
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 8; j++) out += Number((s[i] >> BigInt(8 * j)) & 0xffn).toString(16).padStart(2, "0");
  }
  return out;
}

export const keccakText = (text) => keccak256(new TextEncoder().encode(text));

// --- ABI -------------------------------------------------------------------------------------------------------

/** The canonical type of a parameter: tuples spelled out, "(uint64,uint32)[]". */
export function canonicalType(p) {
  if (p.type.startsWith("tuple")) return `(${p.components.map(canonicalType).join(",")})${p.type.slice(5)}`;
  return p.type;
}

export const signature = (item) => `${item.name}(${item.inputs.map(canonicalType).join(",")})`;

export function hexToBytes(hex) {
  const h = hex.startsWith("0x") ? hex.slice(2) : hex;
  if (h.length % 2 !== 0 || /[^0-9a-fA-F]/.test(h)) throw new Error("not hex");
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}

export const bytesToHex = (b) => "0x" + Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

const arrayOf = (type) => {
  const m = /^(.*)\[(\d*)\]$/.exec(type);
  return m ? { inner: m[1], length: m[2] === "" ? null : Number(m[2]) } : null;
};

function isDynamic(p) {
  if (p.type === "bytes" || p.type === "string") return true;
  const arr = arrayOf(p.type);
  if (arr) return arr.length === null || isDynamic({ ...p, type: arr.inner });
  if (p.type === "tuple") return p.components.some(isDynamic);
  return false;
}

function headSize(p) {
  if (isDynamic(p)) return 32;
  const arr = arrayOf(p.type);
  if (arr) return arr.length * headSize({ ...p, type: arr.inner });
  if (p.type === "tuple") return p.components.reduce((n, c) => n + headSize(c), 0);
  return 32;
}

function word(data, pos) {
  if (pos < 0 || pos + 32 > data.length) throw new Error(`ABI data too short at byte ${pos}`);
  let v = 0n;
  for (let i = 0; i < 32; i++) v = (v << 8n) | BigInt(data[pos + i]);
  return v;
}

function offset(data, pos) {
  const v = word(data, pos);
  if (v > BigInt(data.length)) throw new Error(`ABI offset out of range at byte ${pos}`);
  return Number(v);
}

/**
 * Decodes parameters laid out from `base`: values in order; uint/int as BigInt, address as lower-case hex, bytes as
 * hex, tuples as arrays of {name, type, value}.
 */
export function decodeParams(params, data, base = 0) {
  const out = [];
  let head = base;
  for (const p of params) {
    if (isDynamic(p)) {
      out.push(decodeValue(p, data, base + offset(data, head)));
      head += 32;
    } else {
      out.push(decodeValue(p, data, head));
      head += headSize(p);
    }
  }
  return out;
}

function decodeValue(p, data, pos) {
  const arr = arrayOf(p.type);
  if (arr) {
    const inner = { ...p, type: arr.inner };
    if (arr.length === null) {
      const n = offset(data, pos);
      if (n > 10000) throw new Error("ABI array too long");
      return decodeParams(new Array(n).fill(inner), data, pos + 32);
    }
    return decodeParams(new Array(arr.length).fill(inner), data, pos);
  }
  if (p.type === "tuple") {
    const values = decodeParams(p.components, data, pos);
    return p.components.map((c, i) => ({ name: c.name, type: canonicalType(c), value: values[i] }));
  }
  if (p.type === "bytes" || p.type === "string") {
    const n = offset(data, pos);
    if (pos + 32 + n > data.length) throw new Error("ABI bytes out of range");
    const slice = data.slice(pos + 32, pos + 32 + n);
    return p.type === "string" ? new TextDecoder().decode(slice) : bytesToHex(slice);
  }
  const v = word(data, pos);
  if (p.type === "address") return "0x" + v.toString(16).padStart(64, "0").slice(24);
  if (p.type === "bool") return v !== 0n;
  if (/^uint\d*$/.test(p.type)) return v;
  const int = /^int(\d*)$/.exec(p.type);
  if (int) {
    const bits = BigInt(int[1] || 256);
    const m = v & ((1n << bits) - 1n);
    return m >= 1n << (bits - 1n) ? m - (1n << bits) : m;
  }
  const fixed = /^bytes(\d+)$/.exec(p.type);
  if (fixed) return bytesToHex(data.slice(pos, pos + Number(fixed[1])));
  throw new Error(`unsupported ABI type ${p.type}`);
}

// --- the native modules ----------------------------------------------------------------------------------------

export const MODULE_ABIS = {
  "0x00000000000000000000000000000000000a7001": "IDatasetRegistry",
  "0x00000000000000000000000000000000000a7002": "IModelRegistry",
  "0x00000000000000000000000000000000000a7003": "IAttribution",
  "0x00000000000000000000000000000000000a7004": "IGovernance",
};

const PROPOSAL_KINDS = ["text", "treasurySpend", "parameterChange", "validatorChange", "upgrade"];
const VOTE_OPTIONS = [null, "yes", "no", "abstain", "noWithVeto"];
const PAYLOADS = {
  treasurySpend: [{ name: "recipient", type: "address" }, { name: "amount", type: "uint256" }],
  parameterChange: [{ name: "name", type: "string" }, { name: "value", type: "uint256" }],
  validatorChange: [{ name: "validator", type: "address" }, { name: "add", type: "bool" }],
  upgrade: [{ name: "name", type: "string" }, { name: "height", type: "uint64" }],
};

let modules = null;

/** Loads the module ABIs once: per address, functions by selector and events by topic. */
export async function loadModules() {
  if (modules) return modules;
  const loaded = {};
  await Promise.all(Object.entries(MODULE_ABIS).map(async ([address, file]) => {
    const res = await fetch(`abi/${file}.json`);
    if (!res.ok) throw new Error(`abi/${file}.json: HTTP ${res.status}`);
    const abi = await res.json();
    const entry = { name: file.slice(1), functions: {}, events: {} };
    for (const item of abi) {
      if (item.type === "function") entry.functions[keccakText(signature(item)).slice(0, 10)] = item;
      if (item.type === "event") entry.events[keccakText(signature(item))] = item;
    }
    loaded[address] = entry;
  }));
  modules = loaded;
  return modules;
}

const args = (inputs, values) => inputs.map((p, i) => ({ name: p.name, type: canonicalType(p), value: values[i] }));

/** Adds what a governance call's numbers mean: the proposal kind, its payload, the vote option. */
function annotate(fnName, decoded) {
  for (const a of decoded) {
    if (a.name === "kind" && a.type === "uint8") a.note = PROPOSAL_KINDS[Number(a.value)] ?? "unknown kind";
    if (a.name === "option" && a.type === "uint8") a.note = VOTE_OPTIONS[Number(a.value)] ?? "unknown option";
  }
  if (fnName === "submit") {
    const kind = PROPOSAL_KINDS[Number(decoded.find((a) => a.name === "kind")?.value)];
    const payload = decoded.find((a) => a.name === "payload");
    if (payload && PAYLOADS[kind]) {
      try {
        payload.value = args(PAYLOADS[kind], decodeParams(PAYLOADS[kind], hexToBytes(payload.value)));
        payload.type = `(${PAYLOADS[kind].map((p) => p.type).join(",")})`;
      } catch {
        // left as bytes
      }
    }
  }
  return decoded;
}

/**
 * A call to a native module decoded: {module, name, args: [{name, type, value, note?}]}; null when `to` is not a
 * module; {module, error} when the input does not decode.
 */
export function decodeCall(mods, to, input) {
  const mod = to && mods[to.toLowerCase()];
  if (!mod) return null;
  if (!input || input === "0x") return { module: mod.name, name: "(plain transfer)", args: [] };
  const fn = mod.functions[input.slice(0, 10).toLowerCase()];
  if (!fn) return { module: mod.name, error: `unknown selector ${input.slice(0, 10)}` };
  try {
    return { module: mod.name, name: fn.name, args: annotate(fn.name, args(fn.inputs, decodeParams(fn.inputs,
      hexToBytes(input.slice(10))))) };
  } catch (e) {
    return { module: mod.name, name: fn.name, error: e.message };
  }
}

/** A module's log decoded: {module, name, args}; null when the log is not a module's or its event is unknown. */
export function decodeLog(mods, log) {
  const mod = mods[log.address.toLowerCase()];
  const ev = mod && mod.events[log.topics[0]?.toLowerCase()];
  if (!ev) return null;
  try {
    const plain = ev.inputs.filter((p) => !p.indexed);
    const data = decodeParams(plain, hexToBytes(log.data));
    let t = 1;
    let d = 0;
    const out = ev.inputs.map((p) => {
      if (!p.indexed) return { name: p.name, type: canonicalType(p), value: data[d++] };
      const topic = log.topics[t++];
      // An indexed dynamic value is only its hash.
      const value = isDynamic(p) ? topic : decodeParams([p], hexToBytes(topic))[0];
      return { name: p.name, type: canonicalType(p), value, indexed: true };
    });
    return { module: mod.name, name: ev.name, args: annotate(ev.name, out) };
  } catch (e) {
    return { module: mod.name, name: ev.name, error: e.message };
  }
}

/** The topic of a module event by name, e.g. topicOf(mods, "IAttribution", "RoyaltyPaid"). */
export function topicOf(mods, moduleName, eventName) {
  for (const mod of Object.values(mods)) {
    if (mod.name !== moduleName.replace(/^I/, "")) continue;
    for (const [topic, ev] of Object.entries(mod.events)) if (ev.name === eventName) return topic;
  }
  return null;
}
