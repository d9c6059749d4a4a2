// The explorer's pages. Each reads the node's JSON-RPC and renders with `html` (which escapes every value); values
// that tests compare with the RPC carry data-field attributes.
import { batch, call, onHead, RpcError } from "./rpc.js";
import { decodeCall, decodeLog, keccakText, loadModules, topicOf } from "./abi.js";
import {
  MODULES, addrLink, ago, big, blockLink, bps, datasetLink, fields, grouped, gwei, html, inferenceLink, isAddress,
  isHash, modelLink, num, proposalLink, short, trib, tribShort, txLink, utc,
} from "./format.js";

const hex = (n) => "0x" + BigInt(n).toString(16);
const ATTRIBUTION = "0x00000000000000000000000000000000000a7003";
/** Blocks the account page scans for an address's transactions, per click. */
export const ACCOUNT_SCAN_BLOCKS = 200;
const HOME_ROWS = 10;
/** Blocks the home page looks through for the latest transactions when the newest ones have fewer. */
const HOME_TX_SCAN = 2000;
const PAGE_SIZE = 50;

export function errorBox(e) {
  const what = e instanceof RpcError ? `The node answered ${e.code}: ${e.message}` : String(e?.message ?? e);
  return html`<div class="error" data-field="error">${what}</div>`;
}

export function notFound(message) {
  return html`<h1>Not found</h1><div class="error" data-field="not-found">${message}</div>`;
}

function ok(value) {
  if (value instanceof Error) throw value;
  return value;
}

const idOf = (s) => {
  if (!/^\d{1,15}$/.test(s ?? "")) throw new Error(`"${s}" is not a number`);
  return Number(s);
};

const yesNo = (b) => (b ? "yes" : "no");

// --- values of decoded calls and logs ------------------------------------------------------------------------

const AMOUNT_NAMES = /amount|fee|total|deposit|weight|^yes$|^no$|^abstain$|^noWithVeto$/i;

function renderValue(arg) {
  const { name = "", type, value } = arg;
  let out;
  if (Array.isArray(value) && type.startsWith("(") && !type.endsWith("]")) {
    out = renderArgs(value);
  } else if (Array.isArray(value)) {
    const inner = type.replace(/\[\d*\]$/, "");
    const items = value.map((v, i) => ({ name: `${name}[${i}]`, type: inner, value: v }));
    if (value.length > 6 && !inner.startsWith("(")) {
      out = html`<details><summary>${value.length} × ${inner}</summary>${renderArgs(items)}</details>`;
    } else {
      out = value.length === 0 ? html`<span class="muted">[]</span>` : renderArgs(items);
    }
  } else if (type === "address") {
    out = addrLink(value, true);
  } else if (typeof value === "bigint") {
    const base = name.replace(/\[\d+\]$/, "");
    if (/^datasetId$/i.test(base) || (/^trainingDatasets$/.test(base))) out = datasetLink(value);
    else if (/^(modelId|baseModel)$/.test(base)) out = value === 0n ? html`none` : modelLink(value);
    else if (/^inferenceId$/.test(base)) out = inferenceLink(value);
    else if (/^proposalId$/.test(base)) out = proposalLink(value);
    else if (type === "uint256" && AMOUNT_NAMES.test(base)) out = html`${trib(value)} <span class="muted">(${grouped(value)} wei)</span>`;
    else out = grouped(value);
  } else if (typeof value === "boolean") {
    out = String(value);
  } else if (type === "string") {
    out = html`“${value}”`;
  } else {
    out = html`<span class="mono">${value}</span>`;
  }
  return arg.note ? html`${out} <span class="pill">${arg.note}</span>` : out;
}

function renderArgs(args) {
  return html`<ul class="args">${args.map((a) => html`<li data-arg="${a.name}"><b>${a.name}</b>
    <span class="type">${a.type}${a.indexed ? " indexed" : ""}</span>: ${renderValue(a)}</li>`)}</ul>`;
}

/** "Attribution.recordInference", "transfer", "contract creation" or a bare selector, for transaction tables. */
function methodOf(mods, tx) {
  if (!tx.to) return "contract creation";
  const d = decodeCall(mods, tx.to, tx.input);
  if (d) return d.name ? `${d.module}.${d.name}` : `${d.module}`;
  if (!tx.input || tx.input === "0x") return "transfer";
  return tx.input.slice(0, 10);
}

function txRows(mods, txs, { withBlock = true, fresh = new Set(), status = null } = {}) {
  return txs.map((tx) => html`<tr class="${fresh.has(tx.hash) ? "fresh" : ""}" data-tx="${tx.hash}">
    <td>${txLink(tx.hash)}</td>
    ${withBlock ? html`<td>${blockLink(tx.blockNumber)}</td>` : ""}
    <td>${addrLink(tx.from)}</td>
    <td>${tx.to ? addrLink(tx.to) : html`<span class="muted">new contract</span>`}</td>
    <td class="num"><span title="${trib(tx.value)}">${tribShort(tx.value)}</span></td>
    <td><span class="mono">${methodOf(mods, tx)}</span></td>
    ${status ? html`<td>${statusPill(status.get(tx.hash))}</td>` : ""}
  </tr>`);
}

function txTable(mods, txs, options = {}) {
  if (txs.length === 0) return html`<p class="muted">No transactions.</p>`;
  return html`<div class="scroll"><table class="txs"><thead><tr><th>Hash</th>${options.withBlock === false ? "" : html`<th>Block</th>`}
    <th>From</th><th>To</th><th class="num">Value</th><th>Method</th>${options.status ? html`<th>Status</th>` : ""}</tr></thead>
    <tbody>${txRows(mods, txs, options)}</tbody></table></div>`;
}

/** The home page's narrow form: hash and block, the parties, value and method. */
function compactTxTable(mods, txs, fresh) {
  if (txs.length === 0) return html`<p class="muted">No transactions.</p>`;
  return html`<div class="scroll"><table class="txs"><thead><tr><th>Transaction</th><th>From → to</th><th class="num">Value</th></tr></thead>
    <tbody>${txs.map((tx) => html`<tr class="${fresh.has(tx.hash) ? "fresh" : ""}" data-tx="${tx.hash}">
      <td>${txLink(tx.hash)}<br><span class="muted">block</span> ${blockLink(tx.blockNumber)}</td>
      <td>${addrLink(tx.from)}<br><span class="nowrap">→ ${tx.to ? addrLink(tx.to) : html`<span class="muted">new contract</span>`}</span></td>
      <td class="num"><span title="${trib(tx.value)}">${tribShort(tx.value)}</span><br><span class="mono muted method">${methodOf(mods, tx).replace(/^\w+\./, "")}</span></td>
    </tr>`)}</tbody></table></div>`;
}

function statusPill(receipt) {
  if (!receipt) return html`<span class="pill warn">pending</span>`;
  return receipt.status === "0x1" ? html`<span class="pill ok">success</span>` : html`<span class="pill bad">failed</span>`;
}

// --- charts ----------------------------------------------------------------------------------------------------

/**
 * Horizontal bars, one group per row and one bar per series, each series scaled to its own largest value:
 * rows [{label, values: [BigInt...], texts: [string...]}], series [{name, cls}].
 */
function barChart(rows, series, { title = "" } = {}) {
  const width = 640;
  const labelH = 18;
  const barH = 16;
  const gap = 4;
  const groupH = labelH + series.length * (barH + gap) + 10;
  const maxes = series.map((_, s) => rows.reduce((m, r) => (r.values[s] > m ? r.values[s] : m), 0n));
  const barW = 420;
  const body = rows.map((r, i) => {
    const y0 = i * groupH;
    const bars = series.map((s, j) => {
      const y = y0 + labelH + j * (barH + gap);
      const w = maxes[j] === 0n ? 0 : Number((r.values[j] * 1000n) / maxes[j]) * barW / 1000;
      return html`<rect class="track" x="0" y="${y}" width="${barW}" height="${barH}" rx="2"></rect>
        <rect class="${s.cls}" x="0" y="${y}" width="${w.toFixed(1)}" height="${barH}" rx="2"><title>${s.name}: ${r.texts[j]}</title></rect>
        <text x="${barW + 8}" y="${y + barH - 3}">${r.texts[j]}</text>`;
    });
    return html`<text x="0" y="${y0 + 13}">${r.label}</text>${bars}`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${Math.max(groupH * rows.length, 20)}" role="img"
    aria-label="${title}">${body}</svg>
    <div class="legend">${series.map((s) => html`<span><i class="${s.cls}"></i>${s.name}</span>`)}</div>`;
}

// --- home ------------------------------------------------------------------------------------------------------

async function home(ctx) {
  ctx.title("Home");
  const mods = await loadModules();
  const head = ok(await call("eth_getBlockByNumber", "latest", true));
  const top = num(head.number);
  const range = (from, count) => {
    const out = [];
    for (let n = from; n >= 0 && out.length < count; n--) out.push(n);
    return out;
  };
  const numbers = range(top - 1, HOME_ROWS - 1);
  const [blocksResult, [datasets, models, proposals, engine, gasPrice, validators]] = await Promise.all([
    batch(numbers.map((n) => ["eth_getBlockByNumber", hex(n), true])),
    batch([
      ["ai_listDatasets", { limit: 1 }], ["ai_listModels", { limit: 1 }], ["gov_listProposals", { limit: 1 }],
      ["poa_engineInfo"], ["eth_gasPrice"], ["gov_getValidators"],
    ]),
  ]);
  const recent = [head, ...blocksResult.filter((b) => b && !(b instanceof Error))];
  const txBlocks = [...recent];
  const txCount = () => txBlocks.reduce((n, b) => n + b.transactions.length, 0);
  // A quiet chain: look further back, by hashes only, for the blocks that hold the latest transactions.
  let next = top - HOME_ROWS;
  while (txCount() < HOME_ROWS && next >= 0 && top - next < HOME_TX_SCAN) {
    const chunk = range(next, Math.min(250, HOME_TX_SCAN - (top - next)));
    next -= chunk.length;
    const light = await batch(chunk.map((n) => ["eth_getBlockByNumber", hex(n), false]));
    const busy = light.filter((b) => b && !(b instanceof Error) && b.transactions.length > 0);
    const full = await batch(busy.map((b) => ["eth_getBlockByHash", b.hash, true]));
    txBlocks.push(...full.filter((b) => b && !(b instanceof Error)));
  }
  const scanned = top - Math.max(next, -1);
  const state = { blocks: recent.slice(0, HOME_ROWS), txs: [], fresh: new Set(), head };
  for (const b of txBlocks) {
    for (const tx of [...b.transactions].reverse()) {
      if (state.txs.length < HOME_ROWS) state.txs.push(tx);
    }
  }
  const stat = (label, value, field) => html`<div class="stat"><b data-field="${field}">${value}</b><span>${label}</span></div>`;
  const count = (page, key) => (page instanceof Error ? "?" : grouped(num(page.total)));
  const statsHtml = () => html`
    ${stat("latest block", html`<a href="#/block/${num(state.head.number)}">${grouped(num(state.head.number))}</a>`, "head")}
    ${stat("base fee", gwei(state.head.baseFeePerGas ?? 0), "baseFee")}
    ${stat("gas price", gasPrice instanceof Error ? "?" : gwei(gasPrice), "gasPrice")}
    ${stat("datasets", html`<a href="#/datasets">${count(datasets)}</a>`, "datasets")}
    ${stat("models", html`<a href="#/models">${count(models)}</a>`, "models")}
    ${stat("proposals", html`<a href="#/proposals">${count(proposals)}</a>`, "proposals")}
    ${stat("validators", html`<a href="#/network">${validators instanceof Error ? "?" : validators.validators.length}</a>`, "validators")}
    ${stat("attribution engine", engine instanceof Error ? "?" : engine.backend, "backend")}`;
  const blockRows = () => state.blocks.map((b) => html`<tr class="${state.fresh.has(b.hash) ? "fresh" : ""}" data-block="${num(b.number)}">
    <td>${blockLink(b.number)}</td><td class="muted" title="${utc(b.timestamp)}">${ago(b.timestamp)}</td>
    <td class="num">${b.transactions.length}</td><td class="num hide-narrow">${grouped(num(b.gasUsed))}</td>
    <td class="hide-narrow">${addrLink(b.miner)}</td></tr>`);
  ctx.render(html`<h1>Overview</h1>
    <div class="stats" id="home-stats">${statsHtml()}</div>
    <div class="grid">
      <section><h2>Latest blocks</h2><div class="scroll"><table><thead><tr><th>Block</th><th>Age</th>
        <th class="num">Txs</th><th class="num hide-narrow">Gas used</th><th class="hide-narrow">Proposer</th></tr></thead>
        <tbody id="home-blocks">${blockRows()}</tbody></table></div></section>
      <section><h2>Latest transactions</h2><p class="muted">The newest ${HOME_ROWS} in the last ${grouped(scanned)} blocks
        and every block since.</p><div id="home-txs">${compactTxTable(mods, state.txs, state.fresh)}</div></section>
    </div>`);

  let busy = Promise.resolve();
  onHead((header) => {
    busy = busy.then(async () => {
      const from = num(state.head.number) + 1;
      const to = num(header.number);
      if (!ctx.isCurrent() || to < from) return;
      // Heads that arrived while the page loaded are fetched too, so no block is skipped.
      const wanted = [];
      for (let n = Math.max(from, to - HOME_ROWS + 1); n <= to; n++) wanted.push(n);
      const blocks = (await batch(wanted.map((n) => ["eth_getBlockByNumber", hex(n), true])))
        .filter((b) => b && !(b instanceof Error)).reverse();
      if (blocks.length === 0 || !ctx.isCurrent()) return;
      const newTxs = blocks.flatMap((b) => [...b.transactions].reverse());
      state.head = blocks[0];
      state.fresh = new Set([...blocks.map((b) => b.hash), ...newTxs.map((t) => t.hash)]);
      state.blocks = [...blocks, ...state.blocks].slice(0, HOME_ROWS);
      state.txs = [...newTxs, ...state.txs].slice(0, HOME_ROWS);
      document.getElementById("home-stats").innerHTML = String(statsHtml());
      document.getElementById("home-blocks").innerHTML = String(html`${blockRows()}`);
      if (newTxs.length > 0) {
        document.getElementById("home-txs").innerHTML = String(compactTxTable(mods, state.txs, state.fresh));
      }
    }).catch((e) => console.warn("live update failed", e));
  });
}

// --- block -----------------------------------------------------------------------------------------------------

async function block(ctx, id) {
  const mods = await loadModules();
  const b = isHash(id) ? await call("eth_getBlockByHash", id, true) : await call("eth_getBlockByNumber", hex(idOf(id)), true);
  if (!b) {
    ctx.render(notFound(`No block ${id} on this node${isHash(id) ? "" : " yet"}.`));
    return;
  }
  const n = num(b.number);
  ctx.title(`Block ${n}`);
  const receipts = await batch(b.transactions.map((t) => ["eth_getTransactionReceipt", t.hash]));
  const status = new Map(b.transactions.map((t, i) => [t.hash, receipts[i] instanceof Error ? null : receipts[i]]));
  const gasPct = Number((big(b.gasUsed) * 10000n) / (big(b.gasLimit) || 1n)) / 100;
  ctx.render(html`<h1>Block <span data-field="number">${grouped(n)}</span></h1>
    <p class="pager">${n > 0 ? html`<a href="#/block/${n - 1}" data-nav="prev">← ${grouped(n - 1)}</a>` : ""}
      <a href="#/block/${n + 1}" data-nav="next">${grouped(n + 1)} →</a></p>
    <section>${fields([
      ["Hash", html`<span class="mono">${b.hash}</span>`, "hash"],
      ["Parent", n > 0 ? html`<a class="mono" href="#/block/${b.parentHash}">${b.parentHash}</a>` : html`<span class="mono">${b.parentHash}</span>`, "parentHash"],
      ["Time", html`${utc(b.timestamp)} <span class="muted">(${ago(b.timestamp)})</span>`, "timestamp"],
      ["Proposer", addrLink(b.miner, true), "miner"],
      ["Transactions", String(b.transactions.length), "txCount"],
      ["Gas used", html`${grouped(num(b.gasUsed))} <span class="muted">(${gasPct}% of ${grouped(num(b.gasLimit))})</span>`, "gasUsed"],
      ["Base fee", b.baseFeePerGas ? html`${gwei(b.baseFeePerGas)} <span class="muted">(${grouped(big(b.baseFeePerGas))} wei)</span>` : "none", "baseFee"],
      ["Size", `${grouped(num(b.size))} bytes`, "size"],
      ["State root", html`<span class="mono">${b.stateRoot}</span>`, "stateRoot"],
      ["Transactions root", html`<span class="mono">${b.transactionsRoot}</span>`, "transactionsRoot"],
      ["Receipts root", html`<span class="mono">${b.receiptsRoot}</span>`, "receiptsRoot"],
      ["Extra data", html`<details><summary>${(b.extraData.length - 2) / 2} bytes (BFT commit seals)</summary><pre class="raw">${b.extraData}</pre></details>`, "extraData"],
    ])}</section>
    <section><h2>Transactions</h2>${txTable(mods, b.transactions, { withBlock: false, status })}</section>`);
}

// --- transaction -----------------------------------------------------------------------------------------------

function traceSummary(trace) {
  const logs = trace.structLogs ?? [];
  if (logs.length === 0) {
    return html`<p data-field="trace-steps">No EVM steps: ${trace.failed ? "the transaction failed before any code ran" :
      "a plain transfer or a native module, which runs in Java rather than bytecode"}.</p>
      ${fields([["Gas", grouped(trace.gas), "trace-gas"], ["Failed", yesNo(trace.failed), "trace-failed"],
        ["Return value", html`<span class="mono">${trace.returnValue ? "0x" + trace.returnValue : "none"}</span>`, "trace-return"]])}`;
  }
  const ops = new Map();
  let depth = 1;
  let calls = 0;
  let creates = 0;
  let stores = 0;
  let events = 0;
  for (const l of logs) {
    ops.set(l.op, (ops.get(l.op) ?? 0) + 1);
    depth = Math.max(depth, l.depth ?? 1);
    if (/^(CALL|CALLCODE|DELEGATECALL|STATICCALL)$/.test(l.op)) calls++;
    if (/^CREATE2?$/.test(l.op)) creates++;
    if (l.op === "SSTORE") stores++;
    if (/^LOG[0-4]$/.test(l.op)) events++;
  }
  const topOps = [...ops.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const last = logs[logs.length - 1];
  return html`${fields([
    ["EVM steps", grouped(logs.length), "trace-steps"],
    ["Gas", grouped(trace.gas), "trace-gas"],
    ["Failed", trace.failed ? html`<span class="bad">yes</span>${last?.error ? ` (${last.error})` : ""}` : "no", "trace-failed"],
    ["Deepest call", String(depth), "trace-depth"],
    ["Calls / creates", `${calls} / ${creates}`, "trace-calls"],
    ["Storage writes", String(stores), "trace-sstore"],
    ["Events", String(events), "trace-logs"],
    ["Return value", html`<span class="mono">${trace.returnValue ? "0x" + trace.returnValue : "none"}</span>`, "trace-return"],
  ])}
  <h3>Most executed opcodes</h3>
  <div class="scroll"><table><thead><tr><th>Opcode</th><th class="num">Count</th></tr></thead>
    <tbody>${topOps.map(([op, c]) => html`<tr><td class="mono">${op}</td><td class="num">${grouped(c)}</td></tr>`)}</tbody></table></div>`;
}

function renderLog(mods, log) {
  const d = decodeLog(mods, log);
  const head = html`<span class="muted">#${num(log.logIndex)}</span> ${addrLink(log.address)}`;
  if (d && !d.error) {
    return html`<div class="log" data-log="${num(log.logIndex)}">${head} <b data-field="event">${d.module}.${d.name}</b>${renderArgs(d.args)}</div>`;
  }
  return html`<div class="log" data-log="${num(log.logIndex)}">${head} ${d ? html`<b>${d.module}.${d.name}</b> <span class="bad">${d.error}</span>` : ""}
    <pre class="raw">${log.topics.map((t, i) => `topic${i} ${t}`).join("\n")}\ndata ${log.data}</pre></div>`;
}

async function transaction(ctx, hash) {
  if (!isHash(hash)) throw new Error(`"${hash}" is not a transaction hash`);
  ctx.title(`Transaction ${short(hash)}`);
  const mods = await loadModules();
  const [tx, receipt] = (await batch([["eth_getTransactionByHash", hash], ["eth_getTransactionReceipt", hash]])).map(ok);
  if (!tx) {
    ctx.render(notFound(`No transaction ${hash} on this node (neither mined nor pending).`));
    return;
  }
  const decoded = decodeCall(mods, tx.to, tx.input);
  const fee = receipt ? big(receipt.gasUsed) * big(receipt.effectiveGasPrice) : null;
  const typeNames = { "0x0": "legacy", "0x1": "EIP-2930", "0x2": "EIP-1559", "0x3": "blob" };
  let callView;
  if (decoded && !decoded.error) {
    callView = html`<p><b data-field="method">${decoded.module}.${decoded.name}</b></p>${renderArgs(decoded.args)}`;
  } else if (decoded) {
    callView = html`<p><b data-field="method">${decoded.module}${decoded.name ? "." + decoded.name : ""}</b> <span class="bad">${decoded.error}</span></p><pre class="raw">${tx.input}</pre>`;
  } else if (tx.input && tx.input !== "0x") {
    callView = html`<p>${tx.to ? html`Call with selector <span class="mono" data-field="method">${tx.input.slice(0, 10)}</span>` :
      html`<span data-field="method">Contract creation</span>`}, ${grouped((tx.input.length - 2) / 2)} bytes of input.</p><pre class="raw">${tx.input}</pre>`;
  } else {
    callView = html`<p data-field="method">A plain transfer: no input.</p>`;
  }
  ctx.render(html`<h1>Transaction</h1>
    <section>${fields([
      ["Hash", html`<span class="mono">${tx.hash}</span>`, "hash"],
      ["Status", statusPill(receipt), "status"],
      ["Block", tx.blockNumber ? html`${blockLink(tx.blockNumber)} <span class="muted">(index ${num(tx.transactionIndex)})</span>` : "pending", "block"],
      ["From", addrLink(tx.from, true), "from"],
      ["To", tx.to ? addrLink(tx.to, true) : html`new contract ${receipt?.contractAddress ? addrLink(receipt.contractAddress, true) : ""}`, "to"],
      ["Value", trib(tx.value), "value"],
      ["Fee", fee === null ? "pending" : html`${trib(fee)} <span class="muted">(${grouped(fee)} wei)</span>`, "fee"],
      ["Gas used / limit", receipt ? `${grouped(num(receipt.gasUsed))} / ${grouped(num(tx.gas))}` : `— / ${grouped(num(tx.gas))}`, "gas"],
      ["Gas price", receipt ? gwei(receipt.effectiveGasPrice) : gwei(tx.gasPrice ?? tx.maxFeePerGas), "gasPrice"],
      tx.maxFeePerGas ? ["Max fee / tip", `${gwei(tx.maxFeePerGas)} / ${gwei(tx.maxPriorityFeePerGas)}`, "maxFee"] : null,
      ["Nonce", String(num(tx.nonce)), "nonce"],
      ["Type", `${typeNames[tx.type] ?? tx.type} (${num(tx.type)})`, "type"],
    ])}</section>
    <section><h2>Call</h2>${callView}</section>
    <section><h2>Logs (${receipt ? receipt.logs.length : 0})</h2>${receipt && receipt.logs.length > 0 ? receipt.logs.map((l) => renderLog(mods, l)) : html`<p class="muted">No logs.</p>`}</section>
    <section id="trace"><h2>Trace</h2><p class="muted">${receipt ? "Tracing…" : "Not mined yet."}</p></section>`);
  if (!receipt) return;
  const traceEl = () => document.getElementById("trace");
  try {
    const trace = await call("debug_traceTransaction", hash, { disableStack: true, disableStorage: true });
    if (ctx.isCurrent()) traceEl().innerHTML = String(html`<h2>Trace</h2>${traceSummary(trace)}`);
  } catch (e) {
    if (ctx.isCurrent()) traceEl().innerHTML = String(html`<h2>Trace</h2>${errorBox(e)}`);
  }
}

// --- account ---------------------------------------------------------------------------------------------------

async function scanBlocks(from, to) {
  const calls = [];
  for (let n = to; n >= from; n--) calls.push(["eth_getBlockByNumber", hex(n), true]);
  return (await batch(calls)).filter((b) => b && !(b instanceof Error));
}

async function account(ctx, address) {
  if (!isAddress(address)) throw new Error(`"${address}" is not an address`);
  const a = address.toLowerCase();
  ctx.title(`Address ${short(a)}`);
  const mods = await loadModules();
  const [balance, nonce, code, royalties, datasets, models, headHex] = await batch([
    ["eth_getBalance", a, "latest"], ["eth_getTransactionCount", a, "latest"], ["eth_getCode", a, "latest"],
    ["ai_getRoyalties", a], ["ai_listDatasets", { limit: 1000 }], ["ai_listModels", { limit: 1000 }], ["eth_blockNumber"],
  ]);
  const head = num(ok(headHex));
  const owned = (page, key) => (page instanceof Error ? [] : page[key].filter((x) => x.owner.toLowerCase() === a));
  const ownedDatasets = owned(datasets, "datasets");
  const ownedModels = owned(models, "models");
  const codeSize = code instanceof Error || !code ? 0 : (code.length - 2) / 2;
  const r = royalties instanceof Error ? null : royalties;
  ctx.render(html`<h1>Address <span class="mono" data-field="address">${a}</span></h1>
    <section>${fields([
      MODULES[a] ? ["Native module", MODULES[a], "module"] : null,
      ["Balance", html`${trib(ok(balance))} <span class="muted">(${grouped(big(balance))} wei)</span>`, "balance"],
      ["Transactions sent", grouped(num(ok(nonce))), "nonce"],
      ["Code", codeSize > 0 ? `${grouped(codeSize)} bytes (a contract)` : "none", "code"],
      ["Royalties earned", r ? html`${trib(r.total)} <span class="muted">in ${grouped(num(r.payments))} payments, as a dataset, model or base-model owner</span>` : "?", "royalties"],
    ])}</section>
    ${ownedDatasets.length ? html`<section><h2>Datasets owned</h2>${datasetTable(ownedDatasets)}</section>` : ""}
    ${ownedModels.length ? html`<section><h2>Models owned</h2>${modelTable(ownedModels)}</section>` : ""}
    <section><h2>Recent transactions</h2><p class="muted" data-field="scan-range"></p><div id="account-txs"></div>
      <button class="secondary" id="scan-more" type="button">Scan ${ACCOUNT_SCAN_BLOCKS} earlier blocks</button></section>`);
  const found = [];
  let lowest = head + 1;
  const scan = async () => {
    const to = lowest - 1;
    const from = Math.max(0, to - ACCOUNT_SCAN_BLOCKS + 1);
    if (to < 0) return;
    const blocks = await scanBlocks(from, to);
    lowest = from;
    for (const b of blocks) {
      for (const tx of [...b.transactions].reverse()) {
        if (tx.from.toLowerCase() === a || tx.to?.toLowerCase() === a) found.push(tx);
      }
    }
    if (!ctx.isCurrent()) return;
    document.querySelector('[data-field="scan-range"]').textContent =
      `Transactions sent or received in blocks ${grouped(lowest)} to ${grouped(head)} (the explorer scans ${ACCOUNT_SCAN_BLOCKS} ` +
      `blocks at a time; earlier ones are not shown until scanned). Calls made by contracts are not listed.`;
    document.getElementById("account-txs").innerHTML = String(txTable(mods, found));
    document.getElementById("scan-more").hidden = lowest === 0;
  };
  document.getElementById("scan-more").addEventListener("click", () => scan().catch((e) => {
    document.getElementById("account-txs").innerHTML = String(errorBox(e));
  }));
  await scan();
}

// --- datasets and models ---------------------------------------------------------------------------------------

function datasetStatus(d) {
  if (!d.active) return html`<span class="pill bad">deactivated</span>`;
  if (d.sealed) return html`<span class="pill ok">sealed</span>`;
  return html`<span class="pill warn">uploading</span>`;
}

function datasetTable(list) {
  return html`<div class="scroll"><table class="datasets"><thead><tr><th>Id</th><th>Name</th><th>Owner</th>
    <th class="hide-narrow">Licence</th><th>Status</th><th class="num">Inferences</th><th class="num">Royalties paid</th></tr></thead>
    <tbody>${list.map((d) => html`<tr data-dataset="${num(d.id)}"><td>${num(d.id)}</td><td><a href="#/dataset/${num(d.id)}">${d.name}</a></td>
      <td>${addrLink(d.owner)}</td><td class="hide-narrow">${d.licence}</td><td>${datasetStatus(d)}</td>
      <td class="num">${grouped(num(d.inferences))}</td><td class="num">${trib(d.royaltiesPaid)}</td></tr>`)}</tbody></table></div>`;
}

function pager(base, from, total) {
  const prev = from > 1 ? html`<a href="#/${base}?from=${Math.max(1, from - PAGE_SIZE)}">← previous</a>` : "";
  const next = from + PAGE_SIZE <= total ? html`<a href="#/${base}?from=${from + PAGE_SIZE}">next →</a>` : "";
  return html`<p class="pager">${prev}${next}</p>`;
}

async function datasets(ctx) {
  ctx.title("Datasets");
  const from = Math.max(1, Number(ctx.params.get("from") ?? 1) || 1);
  const page = await call("ai_listDatasets", { fromId: from, limit: PAGE_SIZE });
  const total = num(page.total);
  ctx.render(html`<h1>Datasets</h1><p class="muted"><span data-field="total">${grouped(total)}</span> registered in the
    DatasetRegistry; a sealed dataset is attributable from the block after its seal.</p>
    <section>${page.datasets.length ? datasetTable(page.datasets) : html`<p class="muted">None yet.</p>`}
    ${pager("datasets", from, total)}</section>`);
}

async function dataset(ctx, idText) {
  const id = idOf(idText);
  ctx.title(`Dataset ${id}`);
  const [d, models] = await batch([["ai_getDataset", id], ["ai_listModels", { limit: 1000 }]]);
  if (!ok(d)) {
    ctx.render(notFound(`No dataset ${id}.`));
    return;
  }
  const trainedOn = models instanceof Error ? [] : models.models.filter((m) => m.trainingDatasets.some((t) => num(t) === id));
  const upload = `${grouped(num(d.uploadedBytes))} of ${grouped(num(d.sketchBytes))} bytes`;
  ctx.render(html`<h1>Dataset #${id}: <span data-field="name">${d.name}</span></h1>
    <section>${fields([
      ["Status", datasetStatus(d), "status"],
      ["Owner", addrLink(d.owner, true), "owner"],
      ["Registrant", addrLink(d.registrant, true), "registrant"],
      ["Licence", d.licence, "licence"],
      ["Metadata", d.metadataUri, "metadataUri"],
      ["Content root", html`<span class="mono">${d.contentRoot}</span>`, "contentRoot"],
      ["Sketch", `2^${num(d.sketchBits)} bits, ${upload} uploaded`, "sketch"],
      ["Shingles", d.shingleCount === null ? "not sealed" : grouped(num(d.shingleCount)), "shingleCount"],
      ["Commitment", d.commitment ? html`<span class="mono">${d.commitment}</span>` : "not sealed", "commitment"],
      ["Registered", blockLink(d.registeredAt), "registeredAt"],
      ["Sealed", d.sealedAt === null ? "not yet" : blockLink(d.sealedAt), "sealedAt"],
      ["Attributable from", d.attributableFrom === null ? "after sealing" : blockLink(d.attributableFrom), "attributableFrom"],
      ["Deactivated", d.deactivatedAt === null ? "no" : blockLink(d.deactivatedAt), "deactivatedAt"],
      ["Inferences quoting it", grouped(num(d.inferences)), "inferences"],
      ["Royalties paid", html`${trib(d.royaltiesPaid)}`, "royaltiesPaid"],
    ])}</section>
    <section><h2>Models trained on it</h2>${trainedOn.length ? modelTable(trainedOn) : html`<p class="muted">None.</p>`}</section>`);
}

function modelTable(list) {
  return html`<div class="scroll"><table class="models"><thead><tr><th>Id</th><th>Name</th><th>Owner</th><th>Base model</th>
    <th class="num">Fee</th><th class="hide-narrow">Training datasets</th><th>Status</th></tr></thead>
    <tbody>${list.map((m) => html`<tr data-model="${num(m.id)}"><td>${num(m.id)}</td><td><a href="#/model/${num(m.id)}">${m.name}</a></td>
      <td>${addrLink(m.owner)}</td><td>${m.baseModel === null ? html`<span class="muted">base</span>` : modelLink(m.baseModel)}</td>
      <td class="num">${trib(m.inferenceFee)}</td>
      <td class="hide-narrow">${m.trainingDatasets.map((t, i) => html`${i ? ", " : ""}<a href="#/dataset/${num(t)}">${num(t)}</a>`)}</td>
      <td>${m.active ? html`<span class="pill ok">active</span>` : html`<span class="pill bad">deactivated</span>`}</td></tr>`)}</tbody></table></div>`;
}

async function models(ctx) {
  ctx.title("Models");
  const from = Math.max(1, Number(ctx.params.get("from") ?? 1) || 1);
  const page = await call("ai_listModels", { fromId: from, limit: PAGE_SIZE });
  const total = num(page.total);
  ctx.render(html`<h1>Models</h1><p class="muted"><span data-field="total">${grouped(total)}</span> registered in the
    ModelRegistry: base models and adapters of them, each with the datasets it was trained on.</p>
    <section>${page.models.length ? modelTable(page.models) : html`<p class="muted">None yet.</p>`}
    ${pager("models", from, total)}</section>`);
}

function splitChart(split) {
  const parts = [["owner", split.ownerBps, "bar1"], ["lineage", split.lineageBps, "abstain"], ["data", split.dataBps, "bar2"],
    ["treasury", split.treasuryBps, "veto"]];
  let x = 0;
  const rects = parts.map(([name, v, cls]) => {
    const w = (num(v) / 10000) * 600;
    const r = html`<rect class="${cls}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="18"><title>${name} ${bps(v)}</title></rect>`;
    x += w;
    return r;
  });
  return html`<svg class="chart" viewBox="0 0 600 18" role="img" aria-label="fee split">${rects}</svg>
    <div class="legend">${parts.map(([name, v, cls]) => html`<span data-split="${name}"><i class="${cls}"></i>${name} ${bps(v)}</span>`)}</div>`;
}

async function model(ctx, idText) {
  const id = idOf(idText);
  ctx.title(`Model ${id}`);
  const [m, all] = await batch([["ai_getModel", id], ["ai_listModels", { limit: 1000 }]]);
  if (!ok(m)) {
    ctx.render(notFound(`No model ${id}.`));
    return;
  }
  const lineageIds = m.lineage.map(num);
  const datasetIds = [...new Set([...m.trainingDatasets, ...m.candidates].map(num))];
  const looked = await batch([...lineageIds.map((l) => ["ai_getModel", l]), ...datasetIds.map((d) => ["ai_getDataset", d])]);
  const lineage = lineageIds.map((l, i) => (looked[i] instanceof Error || !looked[i] ? { id: hex(l), name: null } : looked[i]));
  const names = new Map(datasetIds.map((d, i) => [d, looked[lineageIds.length + i]?.name ?? null]));
  const adapters = all instanceof Error ? [] : all.models.filter((x) => x.baseModel !== null && num(x.baseModel) === id);
  const chain = [...lineage].reverse();
  const dsList = (ids) => ids.length ? html`<ul class="args">${ids.map((t) => html`<li>${datasetLink(t, names.get(num(t)))}</li>`)}</ul>` : html`<span class="muted">none</span>`;
  ctx.render(html`<h1>Model #${id}: <span data-field="name">${m.name}</span></h1>
    <section>${fields([
      ["Kind", m.baseModel === null ? "base model" : html`adapter of ${modelLink(m.baseModel, lineage[0]?.name)}`, "kind"],
      ["Owner", addrLink(m.owner, true), "owner"],
      ["Status", m.active ? "active" : "deactivated", "active"],
      ["Inference fee", html`${trib(m.inferenceFee)} <span class="muted">(${grouped(big(m.inferenceFee))} wei)</span>`, "inferenceFee"],
      ["Fee split", splitChart(m.split), "split"],
      ["Metadata", m.metadataUri, "metadataUri"],
      ["Weights hash", html`<span class="mono">${m.weightsHash}</span>`, "weightsHash"],
      ["Registered", blockLink(m.registeredAt), "registeredAt"],
    ])}</section>
    <section><h2>Lineage</h2>
      <p class="lineage" data-field="lineage">${chain.map((l) => html`${modelLink(l.id, l.name)}<span class="arrow">→</span>`)}<b>${m.name} (#${id})</b></p>
      <p class="muted">${m.baseModel === null ? "A base model: its lineage starts here." :
        "An adapter: the lineage share of each of its fees goes to the owner of its base model."}</p>
      <h3>Adapters built on it</h3>
      <div data-field="adapters">${adapters.length ? modelTable(adapters) : html`<p class="muted">None.</p>`}</div>
    </section>
    <section><h2>Training datasets</h2><div data-field="trainingDatasets">${dsList(m.trainingDatasets)}</div>
      <h3>Attribution candidates</h3><p class="muted">The datasets an output of this model is checked against (its own and its lineage's).</p>
      <div data-field="candidates">${dsList(m.candidates)}</div></section>`);
}

// --- inferences ------------------------------------------------------------------------------------------------

async function inferenceCount() {
  const result = await call("eth_call", { to: ATTRIBUTION, data: keccakText("inferenceCount()").slice(0, 10) }, "latest");
  return num(result);
}

async function inferences(ctx) {
  ctx.title("Inferences");
  const total = await inferenceCount();
  const before = Number(ctx.params.get("before") ?? total + 1) || total + 1;
  const top = Math.min(total, before - 1);
  const ids = [];
  for (let i = top; i >= 1 && ids.length < PAGE_SIZE; i--) ids.push(i);
  const list = (await batch(ids.map((i) => ["ai_getInference", i]))).filter((x) => x && !(x instanceof Error));
  const lowest = ids.length ? ids[ids.length - 1] : 1;
  ctx.render(html`<h1>Inferences</h1><p class="muted"><span data-field="total">${grouped(total)}</span> recorded with the
    Attribution module, newest first; each paid its model's fee, split between the model's owner, its lineage, the
    datasets it quoted and the treasury.</p>
    <section>${list.length ? html`<div class="scroll"><table class="inferences"><thead><tr><th>Id</th><th>Block</th><th>Model</th>
      <th>Caller</th><th class="num">Words</th><th class="num">Fee</th><th>Datasets quoted</th></tr></thead><tbody>
      ${list.map((x) => html`<tr data-inference="${num(x.id)}"><td>${inferenceLink(x.id)}</td><td>${blockLink(x.blockNumber)}</td>
        <td>${modelLink(x.model)}</td><td>${addrLink(x.caller)}</td><td class="num">${grouped(num(x.wordCount))}</td>
        <td class="num">${trib(x.fee)}</td><td>${x.claims.map((c, i) => html`${i ? ", " : ""}<a href="#/dataset/${num(c.datasetId)}">${num(c.datasetId)}</a>`)}</td></tr>`)}
      </tbody></table></div>` : html`<p class="muted">None yet.</p>`}
    <p class="pager">${lowest > 1 ? html`<a href="#/inferences?before=${lowest}">older →</a>` : ""}</p></section>`);
}

async function inference(ctx, idText) {
  const id = idOf(idText);
  ctx.title(`Inference ${id}`);
  const mods = await loadModules();
  const inf = await call("ai_getInference", id);
  if (!inf) {
    ctx.render(notFound(`No inference ${id}.`));
    return;
  }
  const idTopic = "0x" + BigInt(id).toString(16).padStart(64, "0");
  const topics = ["InferenceRecorded", "RoyaltyPaid", "FeeDistributed"].map((e) => topicOf(mods, "IAttribution", e));
  const datasetIds = inf.claims.map((c) => num(c.datasetId));
  const [logs, m, ...ds] = await batch([
    ["eth_getLogs", { fromBlock: inf.blockNumber, toBlock: inf.blockNumber, address: ATTRIBUTION, topics: [topics, idTopic] }],
    ["ai_getModel", num(inf.model)],
    ...datasetIds.map((d) => ["ai_getDataset", d]),
  ]);
  const decoded = (logs instanceof Error ? [] : logs).map((l) => ({ log: l, d: decodeLog(mods, l) })).filter((x) => x.d && !x.d.error);
  const arg = (d, name) => d.args.find((a) => a.name === name)?.value;
  const recorded = decoded.find((x) => x.d.name === "InferenceRecorded");
  const distributed = decoded.find((x) => x.d.name === "FeeDistributed");
  const royalties = new Map();
  for (const x of decoded.filter((y) => y.d.name === "RoyaltyPaid")) {
    royalties.set(num(arg(x.d, "datasetId")), { amount: arg(x.d, "amount"), owner: arg(x.d, "owner") });
  }
  const name = (i) => (ds[i] instanceof Error || !ds[i] ? `dataset #${datasetIds[i]}` : `${ds[i].name} (#${datasetIds[i]})`);
  const rows = inf.claims.map((c, i) => {
    const paid = royalties.get(num(c.datasetId))?.amount ?? 0n;
    return { label: name(i), values: [big(c.hits), paid], texts: [`${grouped(num(c.hits))} hits`, trib(paid)] };
  });
  const modelName = m instanceof Error || !m ? null : m.name;
  ctx.render(html`<h1>Inference #${id}</h1>
    <section>${fields([
      ["Model", modelLink(inf.model, modelName), "model"],
      ["Caller", addrLink(inf.caller, true), "caller"],
      ["Block", blockLink(inf.blockNumber), "blockNumber"],
      ["Transaction", recorded ? txLink(recorded.log.transactionHash, true) : html`<span class="muted">not found in the block's logs</span>`, "transaction"],
      ["Fee paid", html`${trib(inf.fee)} <span class="muted">(${grouped(big(inf.fee))} wei)</span>`, "fee"],
      ["Words", grouped(num(inf.wordCount)), "wordCount"],
      ["Output hash", html`<span class="mono">${inf.outputHash}</span>`, "outputHash"],
      ["Words hash", html`<span class="mono">${inf.wordsHash}</span>`, "wordsHash"],
    ])}</section>
    <section><h2>Attribution</h2>
      ${rows.length ? html`<p class="muted">Hits (shingles of the output found in each dataset's sketch) and the royalty each
        dataset's owner was paid from the fee's data share, in proportion to hits.</p>
        ${barChart(rows, [{ name: "hits", cls: "bar1" }, { name: "royalty", cls: "bar2" }], { title: "hits and royalties per dataset" })}
        <div class="scroll"><table class="claims"><thead><tr><th>Dataset</th><th class="num">Hits</th><th class="num">Royalty</th><th>Paid to</th></tr></thead>
        <tbody>${inf.claims.map((c, i) => html`<tr data-claim="${num(c.datasetId)}"><td>${datasetLink(c.datasetId, ds[i]?.name)}</td>
          <td class="num" data-field="hits">${grouped(num(c.hits))}</td>
          <td class="num" data-field="royalty">${trib(royalties.get(num(c.datasetId))?.amount ?? 0n)}</td>
          <td>${royalties.has(num(c.datasetId)) ? addrLink(royalties.get(num(c.datasetId)).owner) : html`<span class="muted">—</span>`}</td></tr>`)}</tbody></table></div>`
        : html`<p class="muted">The output quoted no dataset: the data share went to the treasury.</p>`}
    </section>
    ${distributed ? html`<section><h2>Fee split</h2>${fields([
      ["Model owner", html`${addrLink(arg(distributed.d, "modelOwner"))} ${trib(arg(distributed.d, "ownerAmount"))}`, "ownerAmount"],
      ["Lineage", html`${big(arg(distributed.d, "lineageAmount")) > 0n ? addrLink(arg(distributed.d, "lineageOwner")) : ""} ${trib(arg(distributed.d, "lineageAmount"))}`, "lineageAmount"],
      ["Datasets", trib(arg(distributed.d, "dataAmount")), "dataAmount"],
      ["Treasury", trib(arg(distributed.d, "treasuryAmount")), "treasuryAmount"],
    ])}</section>` : ""}`);
}

// --- governance ------------------------------------------------------------------------------------------------

function statusLabel(s) {
  const cls = { passed: "ok", rejected: "bad", vetoed: "bad", expired: "muted", failed: "bad" }[s] ?? "warn";
  return html`<span class="pill ${cls}">${s}</span>`;
}

async function proposals(ctx) {
  ctx.title("Governance");
  const from = Math.max(1, Number(ctx.params.get("from") ?? 1) || 1);
  const [page, params, head] = (await batch([["gov_listProposals", { fromId: from, limit: PAGE_SIZE }], ["gov_getParams"], ["eth_blockNumber"]])).map(ok);
  const total = num(page.total);
  ctx.render(html`<h1>Governance</h1>
    <p class="muted"><span data-field="total">${grouped(total)}</span> proposals. A proposal needs ${trib(params.minDeposit)} of deposits
      within ${grouped(num(params.depositPeriod))} blocks, then votes for ${grouped(num(params.votingPeriod))} blocks: quorum
      ${bps(params.quorumBps)} of the supply, threshold ${bps(params.thresholdBps)} yes, veto ${bps(params.vetoBps)}.</p>
    <section>${page.proposals.length ? html`<div class="scroll"><table class="proposals"><thead><tr><th>Id</th><th>Title</th><th>Kind</th>
      <th>Status</th><th class="num">Deposit</th><th class="num hide-narrow">Yes</th><th class="num hide-narrow">No</th><th class="hide-narrow">Voting ends</th></tr></thead>
      <tbody>${page.proposals.map((p) => html`<tr data-proposal="${num(p.id)}"><td>${num(p.id)}</td><td><a href="#/proposal/${num(p.id)}">${p.title}</a></td>
        <td>${p.kind}</td><td>${statusLabel(p.status)}</td><td class="num">${trib(p.totalDeposit)}</td>
        <td class="num hide-narrow">${trib(p.tally.yes)}</td><td class="num hide-narrow">${trib(p.tally.no)}</td>
        <td class="hide-narrow">${p.votingEnd === null ? html`<span class="muted">deposit period</span>` :
          html`${blockLink(p.votingEnd)}${num(p.votingEnd) > num(head) ? html` <span class="muted">(in ${num(p.votingEnd) - num(head)})</span>` : ""}`}</td></tr>`)}
      </tbody></table></div>` : html`<p class="muted">None yet.</p>`}${pager("proposals", from, total)}</section>`);
}

const OPTIONS = [["yes", "yes"], ["no", "no"], ["abstain", "abstain"], ["noWithVeto", "veto"]];

function tallyView(t, p, head) {
  const total = big(t.total);
  const rows = OPTIONS.map(([key, cls]) => ({ key, cls, v: big(t[key]) }));
  const width = 600;
  let x = 0;
  const bars = rows.map((r) => {
    const w = total === 0n ? 0 : Number((r.v * 10000n) / total) * width / 10000;
    const rect = html`<rect class="${r.cls}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="22"><title>${r.key} ${trib(r.v)}</title></rect>`;
    x += w;
    return rect;
  });
  const supply = big(t.totalSupply);
  const turnout = supply === 0n ? 0 : Number((total * 100_000_000n) / supply) / 1_000_000;
  const quorumX = (num(t.quorumBps) / 10000) * width;
  const turnoutW = Math.min(width, (turnout / 100) * width);
  const open = p.status === "votingPeriod" || p.status === "depositPeriod";
  return html`
    <svg class="chart" viewBox="0 0 ${width} 22" role="img" aria-label="votes by option">
      <rect class="track" x="0" y="0" width="${width}" height="22"></rect>${bars}</svg>
    <div class="legend">${rows.map((r) => html`<span><i class="${r.cls}"></i>${r.key}: <b data-field="tally-${r.key}">${trib(r.v)}</b></span>`)}</div>
    <p>Turnout ${turnout < 0.01 && turnout > 0 ? turnout.toPrecision(2) : turnout.toFixed(2)}% of the supply (quorum ${bps(t.quorumBps)}):</p>
    <svg class="chart" viewBox="0 0 ${width} 16" role="img" aria-label="turnout against quorum">
      <rect class="track" x="0" y="2" width="${width}" height="12"></rect>
      <rect class="bar1" x="0" y="2" width="${turnoutW.toFixed(1)}" height="12"></rect>
      <line class="mark" x1="${quorumX.toFixed(1)}" y1="0" x2="${quorumX.toFixed(1)}" y2="16"></line></svg>
    ${fields([
      ["Votes cast", html`<span data-field="tally-total">${trib(t.total)}</span>`, "total"],
      ["Quorum reached", yesNo(t.quorumReached), "quorumReached"],
      ["Threshold reached", html`${yesNo(t.thresholdReached)} <span class="muted">(more than ${bps(t.thresholdBps)} yes among yes, no and veto)</span>`, "thresholdReached"],
      ["Vetoed", html`${yesNo(t.vetoed)} <span class="muted">(more than ${bps(t.vetoBps)} of all votes)</span>`, "vetoed"],
      open ? ["Outcome if finalized now", t.outcome ?? "—", "outcome"] : ["Status", p.status, "outcome"],
      ["Updated at block", blockLink(head), "tally-block"],
    ])}`;
}

function payloadRows(p) {
  switch (p.kind) {
    case "treasurySpend": return [["Recipient", addrLink(p.recipient, true), "recipient"], ["Amount", trib(p.amount), "amount"]];
    case "parameterChange": return [["Parameter", html`<span class="mono">${p.parameter}</span>`, "parameter"], ["New value", grouped(big(p.amount)), "amount"]];
    case "validatorChange": return [["Validator", addrLink(p.validator, true), "validator"], ["Change", p.validatorChange, "validatorChange"]];
    case "upgrade": return [["Upgrade", html`<span class="mono">${p.upgrade}</span>`, "upgrade"], ["Activation height", blockLink(p.activationHeight), "activationHeight"]];
    default: return [];
  }
}

async function proposal(ctx, idText) {
  const id = idOf(idText);
  ctx.title(`Proposal ${id}`);
  const load = async () => {
    const [p, t, votes, head] = await batch([["gov_getProposal", id], ["gov_getTally", id], ["gov_getVotes", id, { limit: 100 }], ["eth_blockNumber"]]);
    return { p: ok(p), t, votes, head: num(ok(head)) };
  };
  const first = await load();
  if (!first.p) {
    ctx.render(notFound(`No proposal ${id}.`));
    return;
  }
  const votesView = (votes) => (votes instanceof Error ? errorBox(votes) : votes.votes.length === 0 ? html`<p class="muted">No votes yet.</p>` :
    html`<div class="scroll"><table class="votes"><thead><tr><th>Voter</th><th>Option</th><th class="num">Weight</th><th>Block</th><th>Tx</th></tr></thead>
    <tbody>${votes.votes.map((v) => html`<tr><td>${addrLink(v.voter)}</td><td>${v.option}</td><td class="num">${trib(v.weight)}</td>
      <td>${blockLink(v.blockNumber)}</td><td>${txLink(v.transactionHash)}</td></tr>`)}</tbody></table></div>
    ${votes.nextOffset !== null ? html`<p class="muted">The first 100 votes.</p>` : ""}`);
  const periodText = ({ p, head }) => {
    if (p.status === "depositPeriod") return `Deposit period until block ${grouped(num(p.depositEnd))} (${Math.max(0, num(p.depositEnd) - head)} blocks left).`;
    if (p.status === "votingPeriod" && num(p.votingEnd) >= head) return `Voting until block ${grouped(num(p.votingEnd))} (${num(p.votingEnd) - head} blocks left).`;
    if (p.status === "votingPeriod") return `Voting ended at block ${grouped(num(p.votingEnd))}; anyone may now finalize it.`;
    return `Ended: ${p.status}.`;
  };
  const { p } = first;
  ctx.render(html`<h1>Proposal #${id}: <span data-field="title">${p.title}</span></h1>
    <section>${fields([
      ["Status", html`<span id="proposal-status">${statusLabel(p.status)}</span> <span class="muted" id="proposal-period">${periodText(first)}</span>`, "status"],
      ["Kind", p.kind, "kind"],
      ...payloadRows(p),
      ["Proposer", addrLink(p.proposer, true), "proposer"],
      ["Description", html`<span class="pre">${p.description}</span>`, "description"],
      ["Submitted", blockLink(p.submittedAt), "submittedAt"],
      ["Deposit", html`${trib(p.totalDeposit)}${p.depositsForfeited ? " (forfeited to the treasury)" : ""}`, "totalDeposit"],
      ["Voting period", p.votingStart === null ? "not started (deposits below the minimum)" : html`${blockLink(p.votingStart)} to ${blockLink(p.votingEnd)}`, "votingPeriod"],
    ])}</section>
    <section><h2>Tally <span class="muted">(live)</span></h2><div id="tally">${first.t instanceof Error ? errorBox(first.t) : tallyView(first.t, p, first.head)}</div></section>
    <section><h2>Votes</h2><div id="votes">${votesView(first.votes)}</div></section>`);
  let inFlight = false;
  onHead(async () => {
    if (inFlight || !ctx.isCurrent()) return;
    inFlight = true;
    try {
      const now = await load();
      if (!ctx.isCurrent()) return;
      document.getElementById("tally").innerHTML = String(now.t instanceof Error ? errorBox(now.t) : tallyView(now.t, now.p, now.head));
      document.getElementById("votes").innerHTML = String(votesView(now.votes));
      document.getElementById("proposal-status").innerHTML = String(statusLabel(now.p.status));
      document.getElementById("proposal-period").textContent = periodText(now);
    } catch (e) {
      console.warn("tally refresh failed", e);
    } finally {
      inFlight = false;
    }
  });
}

// --- validators, the engine and the node -----------------------------------------------------------------------

async function network(ctx) {
  ctx.title("Validators");
  const [validators, engine, params, upgrades, nodeInfo, peers, client, chainId] = await batch([
    ["gov_getValidators"], ["poa_engineInfo"], ["gov_getParams"], ["gov_getUpgrades"], ["admin_nodeInfo"], ["admin_peers"],
    ["web3_clientVersion"], ["eth_chainId"],
  ]);
  const v = ok(validators);
  const e = ok(engine);
  const list = (addrs) => html`<ol class="args" data-field="validator-list">${addrs.map((a) => html`<li>${addrLink(a, true)}</li>`)}</ol>`;
  const sameNext = v.validators.join() === v.nextValidators.join();
  ctx.render(html`<h1>Validators and node</h1>
    <div class="grid">
    <section><h2>Validators</h2>${fields([
      ["Finalised block", blockLink(v.block), "validators-block"],
      ["Set", list(v.validators), "validators"],
      ["Quorum", `${num(v.quorum)} of ${v.validators.length} (ceil(2n/3))`, "quorum"],
      ["Next block's set", sameNext ? "the same" : list(v.nextValidators), "nextValidators"],
      sameNext ? null : ["Next quorum", String(num(v.nextQuorum)), "nextQuorum"],
    ])}</section>
    <section><h2>Proof-of-attribution engine</h2>${fields([
      ["Backend", e.backend, "backend"],
      ["Device", e.device, "device"],
      ["Shingle size n", String(num(e.params.n)), "n"],
      ["Probes k", String(num(e.params.k)), "k"],
      ["Sketch bits", `2^${num(e.params.minBits)} to 2^${num(e.params.maxBits)}`, "bits"],
      ["Min hits", String(num(e.params.minHits)), "minHits"],
      ["Max words", grouped(num(e.params.maxWords)), "maxWords"],
      ["Batches verified", grouped(num(e.counters.batches)), "batches"],
      ["Inferences verified", grouped(num(e.counters.inferences)), "inferences"],
      ["Pairs (shingle × dataset)", grouped(num(e.counters.pairs)), "pairs"],
      ["Time spent", `${grouped(num(e.counters.millis))} ms`, "millis"],
    ])}</section>
    <section><h2>Chain parameters</h2>${params instanceof Error ? errorBox(params) : fields([
      ["Chain id", chainId instanceof Error ? "?" : String(num(chainId)), "chainId"],
      ["Gas limit", grouped(num(params.gasLimit)), "gasLimit"],
      ["Elasticity multiplier", String(num(params.elasticityMultiplier)), "elasticity"],
      ["Base fee change denominator", String(num(params.baseFeeChangeDenominator)), "baseFeeDenominator"],
      ["Total supply", trib(params.totalSupply), "totalSupply"],
      ["Min deposit", trib(params.minDeposit), "minDeposit"],
      ["Deposit / voting period", `${grouped(num(params.depositPeriod))} / ${grouped(num(params.votingPeriod))} blocks`, "periods"],
      ["Quorum / threshold / veto", `${bps(params.quorumBps)} / ${bps(params.thresholdBps)} / ${bps(params.vetoBps)}`, "tallyParams"],
    ])}</section>
    <section><h2>Protocol upgrades</h2>${upgrades instanceof Error ? errorBox(upgrades) : upgrades.length === 0 ? html`<p class="muted">None scheduled.</p>` :
      html`<div class="scroll"><table><thead><tr><th>Name</th><th>Height</th><th>Proposal</th><th>Active</th><th>Known here</th></tr></thead><tbody>
      ${upgrades.map((u) => html`<tr><td class="mono">${u.name}</td><td>${blockLink(u.height)}</td><td>${proposalLink(u.proposal)}</td><td>${yesNo(u.active)}</td>
        <td>${u.known ? "yes" : html`<span class="bad">no: this node halts before it</span>`}</td></tr>`)}</tbody></table></div>`}</section>
    <section><h2>This node</h2>${fields([
      ["Client", client instanceof Error ? "?" : client, "client"],
      ["Enode", nodeInfo instanceof Error ? html`<span class="muted">${nodeInfo.message}</span>` : html`<span class="mono">${nodeInfo.enode ?? JSON.stringify(nodeInfo)}</span>`, "enode"],
      ["Peers", peers instanceof Error ? html`<span class="muted">${peers.message}</span>` : peers.length === 0 ? "none" :
        html`<ul class="args">${peers.map((p) => html`<li class="mono">${p.enode ?? p.id ?? JSON.stringify(p)}</li>`)}</ul>`, "peers"],
    ])}</section>
    </div>`);
}

// --- search ----------------------------------------------------------------------------------------------------

const PREFIXED = [
  [/^(?:block|blk|b)\s*#?\s*(\d+)$/i, "block"],
  [/^(?:dataset|ds|d)\s*#?\s*(\d+)$/i, "dataset"],
  [/^(?:model|m)\s*#?\s*(\d+)$/i, "model"],
  [/^(?:inference|inf|i)\s*#?\s*(\d+)$/i, "inference"],
  [/^(?:proposal|prop|p)\s*#?\s*(\d+)$/i, "proposal"],
];

async function search(ctx, q = "") {
  const query = q.trim();
  ctx.title(`Search ${query}`);
  const go = (target) => location.replace(target);
  for (const [re, page] of PREFIXED) {
    const m = re.exec(query);
    if (m) return go(`#/${page}/${Number(m[1])}`);
  }
  if (isAddress(query)) return go(`#/address/${query.toLowerCase()}`);
  if (isHash(query)) {
    const [tx, b] = await batch([["eth_getTransactionByHash", query], ["eth_getBlockByHash", query, false]]);
    if (tx && !(tx instanceof Error)) return go(`#/tx/${query.toLowerCase()}`);
    if (b && !(b instanceof Error)) return go(`#/block/${num(b.number)}`);
    ctx.render(html`<h1>Search</h1><p data-field="no-results">No transaction or block has the hash <span class="mono">${query}</span>.</p>`);
    return;
  }
  const results = [];
  if (/^#?\d{1,15}$/.test(query)) {
    const n = Number(query.replace("#", ""));
    const [b, d, m, inf, p] = await batch([["eth_getBlockByNumber", hex(n), false], ["ai_getDataset", n], ["ai_getModel", n],
      ["ai_getInference", n], ["gov_getProposal", n]]);
    const has = (x) => x && !(x instanceof Error);
    if (has(b)) results.push(html`<li>Block ${blockLink(n)} <span class="muted">${utc(b.timestamp)}</span></li>`);
    if (has(d)) results.push(html`<li>${datasetLink(n, d.name)}</li>`);
    if (has(m)) results.push(html`<li>${modelLink(n, m.name)}</li>`);
    if (has(inf)) results.push(html`<li>${inferenceLink(n)}</li>`);
    if (has(p)) results.push(html`<li>${proposalLink(n, p.title)}</li>`);
    if (results.length === 1 && has(b)) return go(`#/block/${n}`);
  } else if (query.length >= 2) {
    const [ds, ms, ps] = await batch([["ai_listDatasets", { limit: 1000 }], ["ai_listModels", { limit: 1000 }], ["gov_listProposals", { limit: 1000 }]]);
    const needle = query.toLowerCase();
    if (!(ds instanceof Error)) for (const d of ds.datasets) if (d.name.toLowerCase().includes(needle)) results.push(html`<li>${datasetLink(d.id, d.name)}</li>`);
    if (!(ms instanceof Error)) for (const m of ms.models) if (m.name.toLowerCase().includes(needle)) results.push(html`<li>${modelLink(m.id, m.name)}</li>`);
    if (!(ps instanceof Error)) for (const p of ps.proposals) if (p.title.toLowerCase().includes(needle)) results.push(html`<li>${proposalLink(p.id, p.title)}</li>`);
  }
  ctx.render(html`<h1>Search: <span class="mono">${query}</span></h1>
    <section>${results.length ? html`<ul class="args" data-field="results">${results}</ul>` :
      html`<p data-field="no-results">Nothing found. Search by block number or hash, transaction hash, address,
        <span class="mono">dataset 3</span>, <span class="mono">model 2</span>, <span class="mono">inference 1</span>,
        <span class="mono">proposal 1</span>, or part of a dataset's, model's or proposal's name.</p>`}</section>`);
}

export const routes = {
  "": home,
  block,
  tx: transaction,
  address: account,
  datasets,
  dataset,
  models,
  model,
  inferences,
  inference,
  proposals,
  proposal,
  network,
  search,
};
