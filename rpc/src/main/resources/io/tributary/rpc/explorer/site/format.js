// Formatting and safe HTML: every value interpolated into `html` is escaped unless it is itself `html` (or `raw`).

class Html {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const esc = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Markup already safe: the output of `html` or of these helpers. */
export const raw = (text) => new Html(text);

function piece(value) {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join("");
  if (value === null || value === undefined || value === false) return "";
  return esc(value);
}

/** A tagged template whose interpolations are escaped; arrays are joined. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
  return new Html(out);
}

// --- numbers ---------------------------------------------------------------------------------------------------

/** A QUANTITY ("0x1f"), a decimal string or a number as a BigInt; null stays null. */
export const big = (q) => (q === null || q === undefined ? null : BigInt(q));

/** A QUANTITY as a JavaScript number (block numbers, counts, ids). */
export const num = (q) => (q === null || q === undefined ? null : Number(BigInt(q)));

/** Thousands separated by commas: 1234567 -> "1,234,567". */
export function grouped(n) {
  const s = BigInt(n).toString();
  const neg = s.startsWith("-");
  const digits = neg ? s.slice(1) : s;
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const WEI_PER_TRIB = 10n ** 18n;

/** Wei as TRIB with every significant decimal: "1.5 TRIB", "0.000000000000000007 TRIB", "10,000 TRIB". */
export function trib(wei) {
  const v = BigInt(wei);
  const neg = v < 0n;
  const a = neg ? -v : v;
  const whole = a / WEI_PER_TRIB;
  const frac = (a % WEI_PER_TRIB).toString().padStart(18, "0").replace(/0+$/, "");
  return (neg ? "-" : "") + grouped(whole) + (frac ? "." + frac : "") + " TRIB";
}

/** Wei as TRIB to at most 6 decimals, for tables: "1.5 TRIB", "≈0.05 TRIB" (the exact amount goes in a title). */
export function tribShort(wei) {
  const v = BigInt(wei);
  const step = 10n ** 12n;
  if (v % step === 0n || v < 0n) return trib(v);
  const rounded = (v / step) * step;
  return rounded === 0n ? "<0.000001 TRIB" : "≈" + trib(rounded);
}

/** Basis points as a percentage: 6000 -> "60%", 3340 -> "33.4%". */
export function bps(value) {
  const v = Number(BigInt(value));
  return (v / 100).toFixed(2).replace(/\.?0+$/, "") + "%";
}

/** Gwei with up to 3 decimals, for gas prices; wei below a millionth of a gwei. */
export function gwei(wei) {
  const v = BigInt(wei);
  if (v < 1_000_000n) return `${grouped(v)} wei`;
  const whole = v / 1_000_000_000n;
  const frac = ((v % 1_000_000_000n) / 1_000_000n).toString().padStart(3, "0").replace(/0+$/, "");
  return grouped(whole) + (frac ? "." + frac : "") + " gwei";
}

// --- time ------------------------------------------------------------------------------------------------------

export function utc(ts) {
  return new Date(num(ts) * 1000).toISOString().replace("T", " ").replace(".000Z", " UTC");
}

export function ago(ts) {
  const s = Math.max(0, Math.round(Date.now() / 1000 - num(ts)));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86400)} d ago`;
}

// --- hashes, addresses and links -------------------------------------------------------------------------------

export const MODULES = {
  "0x00000000000000000000000000000000000a7000": "Treasury",
  "0x00000000000000000000000000000000000a7001": "DatasetRegistry",
  "0x00000000000000000000000000000000000a7002": "ModelRegistry",
  "0x00000000000000000000000000000000000a7003": "Attribution",
  "0x00000000000000000000000000000000000a7004": "Governance",
};

export const isHash = (s) => /^0x[0-9a-fA-F]{64}$/.test(s);
export const isAddress = (s) => /^0x[0-9a-fA-F]{40}$/.test(s);

/** 0x1234…cdef */
export const short = (h) => (h && h.length > 14 ? `${h.slice(0, 8)}…${h.slice(-6)}` : h ?? "");

export const blockLink = (n) => html`<a href="#/block/${num(n)}">${grouped(num(n))}</a>`;
export const txLink = (h, full = false) => html`<a class="mono" href="#/tx/${h}" title="${h}">${full ? h : short(h)}</a>`;
export const datasetLink = (id, name) =>
  html`<a href="#/dataset/${num(id)}">${name ? `${name} (#${num(id)})` : `dataset #${num(id)}`}</a>`;
export const modelLink = (id, name) =>
  html`<a href="#/model/${num(id)}">${name ? `${name} (#${num(id)})` : `model #${num(id)}`}</a>`;
export const inferenceLink = (id) => html`<a href="#/inference/${num(id)}">inference #${num(id)}</a>`;
export const proposalLink = (id, title) =>
  html`<a href="#/proposal/${num(id)}">${title ? `#${num(id)} ${title}` : `proposal #${num(id)}`}</a>`;

/** An address link, named when it is a native module. */
export function addrLink(a, full = false) {
  if (!a) return html`<span class="muted">none</span>`;
  const lower = a.toLowerCase();
  const name = MODULES[lower];
  const text = name ? (full ? `${name} (${lower})` : name) : full ? lower : short(lower);
  return html`<a class="mono" href="#/address/${lower}" title="${lower}">${text}</a>`;
}

/** A definition list from [label, value, field] rows; `field` names the value for tests and styling. */
export function fields(rows) {
  return html`<dl class="fields">${rows
    .filter((r) => r)
    .map(([label, value, field]) => html`<dt>${label}</dt><dd data-field="${field ?? ""}">${value}</dd>`)}</dl>`;
}
