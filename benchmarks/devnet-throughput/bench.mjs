// Transfer throughput and confirmation latency: `tributary dev` against Hardhat's node, same workload, same machine,
// one after the other in the same run. See README.md for what is measured and how to run it.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { HDNodeWallet, Wallet, parseEther, parseUnits } from "ethers";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

const { values: opt } = parseArgs({
  options: {
    targets: { type: "string", default: process.env.BENCH_TARGETS ?? "tributary,hardhat" },
    txs: { type: "string", default: process.env.BENCH_TXS ?? "5000" },
    senders: { type: "string", default: process.env.BENCH_SENDERS ?? "200" },
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS ?? "32" },
    batch: { type: "string", default: process.env.BENCH_BATCH ?? "1" },
    "block-time": { type: "string", default: process.env.BENCH_BLOCK_TIME ?? "1s" },
    "gas-limit": { type: "string", default: process.env.BENCH_GAS_LIMIT ?? "30000000" },
    "hardhat-mining": { type: "string", default: process.env.BENCH_HARDHAT_MINING ?? "interval" },
    out: { type: "string", default: path.join(root, "benchmarks/results/devnet-throughput.md") },
    "confirm-timeout": { type: "string", default: "300" },
  },
});

const MNEMONIC = "test test test test test test test test test test test junk";
const CHAIN_ID = 7357n;
const N = Number(opt.txs);
const SENDERS = Number(opt.senders);
const CONNECTIONS = Number(opt.connections);
// Transactions per HTTP request: 1 sends single requests; more sends JSON-RPC batches, so the client's own cost per
// transaction (one Node.js process on the same machine) stops hiding the node's.
const BATCH = Number(opt.batch);
const BLOCK_MS = parseDuration(opt["block-time"]);
const TIP = parseUnits("1", "gwei");
const MAX_FEE = parseUnits("100", "gwei"); // far above any base fee this load reaches, so no transfer waits on it

function parseDuration(s) {
  const m = /^(\d+)(ms|s)$/.exec(s);
  if (!m) throw new Error(`--block-time ${s}: use e.g. 1s or 500ms`);
  return Number(m[1]) * (m[2] === "s" ? 1000 : 1);
}

const wallet = (i) => HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);

// ---- JSON-RPC over keep-alive HTTP connections ---------------------------------------------------------------------

function rpcClient(url, maxSockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(url);
  let id = 0;
  const post = (payload) => new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = http.request({ hostname, port, method: "POST", path: "/", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        try { resolve(JSON.parse(Buffer.concat(chunks).toString())); } catch (e) { reject(e); }
      });
    });
    // A keep-alive socket the server closed while idle fails on reuse; Node's documented answer is to retry.
    req.on("error", (e) => (req.reusedSocket && e.code === "ECONNRESET" ? post(payload).then(resolve, reject) : reject(e)));
    req.end(body);
  });
  const call = (method, params) => post({ jsonrpc: "2.0", id: ++id, method, params });
  /** A JSON-RPC batch; the answers come back in request order (matched by id). */
  const batch = async (requests) => {
    const sent = requests.map(([method, params]) => ({ jsonrpc: "2.0", id: ++id, method, params }));
    const answers = await post(sent);
    const byId = new Map(answers.map((a) => [a.id, a]));
    return sent.map((r) => byId.get(r.id) ?? { error: { message: "no answer in the batch" } });
  };
  return {
    call,
    batch,
    async result(method, params = []) {
      const r = await call(method, params);
      if (r.error) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.result;
    },
    close: () => agent.destroy(),
  };
}

// ---- the two nodes ------------------------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve) => {
    const srv = http.createServer();
    srv.listen(0, "127.0.0.1", () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function startProcess(cmd, args, env, readyPattern, logFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`${cmd} not ready in 120 s:\n${log}`)); }, 120_000);
    const onData = (d) => {
      log += d.toString();
      if (readyPattern.test(log)) { clearTimeout(timer); resolve(child); }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => { clearTimeout(timer); writeFileSync(logFile, log); reject(new Error(`${cmd} exited ${code}:\n${log}`)); });
  });
}

async function stopProcess(child) {
  if (child.exitCode !== null) return;
  child.removeAllListeners("exit");
  const gone = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const t = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await gone;
  clearTimeout(t);
}

async function startTributary(work) {
  const port = await freePort();
  const datadir = path.join(work, "tributary-data");
  // TRIBUTARY_CMD overrides the launcher (e.g. a private build); by default bin/tributary from `make build`.
  const cmd = process.env.TRIBUTARY_CMD ?? path.join(root, "bin/tributary");
  const args = ["dev", "--rpc-port", String(port), "--datadir", datadir, "--reset", "--block-time", opt["block-time"],
    "--gas-limit", opt["gas-limit"]];
  const child = await startProcess(cmd, args, {}, /JSON-RPC listening on/, path.join(work, "tributary.log"));
  return { name: "tributary dev", mining: `--block-time ${opt["block-time"]} --gas-limit ${opt["gas-limit"]}`, url: `http://127.0.0.1:${port}`, child };
}

async function startHardhat(work) {
  const port = await freePort();
  const interval = opt["hardhat-mining"] === "interval";
  const env = { HARDHAT_GAS_LIMIT: opt["gas-limit"],
    ...(interval ? { HARDHAT_MINING: "interval", HARDHAT_INTERVAL_MS: String(BLOCK_MS) } : { HARDHAT_MINING: "auto" }) };
  const bin = path.join(here, "node_modules/.bin/hardhat");
  const child = await startProcess(bin, ["node", "--port", String(port), "--hostname", "127.0.0.1"],
    env, /Started HTTP and WebSocket JSON-RPC server/, path.join(work, "hardhat.log"));
  const version = JSON.parse(readFileSync(path.join(here, "node_modules/hardhat/package.json"), "utf8")).version;
  return { name: `hardhat node ${version}`, mining: interval ? `interval ${BLOCK_MS} ms, ${opt["gas-limit"]} gas` : "automine",
    url: `http://127.0.0.1:${port}`, child };
}

// ---- workload -----------------------------------------------------------------------------------------------------

/** Funds the senders beyond the 10 dev accounts (10 TRIB each) from the dev accounts; not measured. */
async function fund(rpc, senders) {
  const dev = senders.slice(0, 10);
  const extra = senders.slice(10);
  const nonces = await Promise.all(dev.map((w) => rpc.result("eth_getTransactionCount", [w.address, "pending"])));
  const next = nonces.map((n) => BigInt(n));
  const hashes = [];
  // One dev account per worker, so each account's nonces arrive in order.
  await Promise.all(dev.map(async (from, d) => {
    for (let k = d; k < extra.length; k += dev.length) {
      const raw = await from.signTransaction({ type: 2, chainId: CHAIN_ID, nonce: next[d]++, to: extra[k].address,
        value: parseEther("10"), gasLimit: 21000n, maxFeePerGas: MAX_FEE, maxPriorityFeePerGas: TIP });
      hashes.push(await rpc.result("eth_sendRawTransaction", [raw]));
    }
  }));
  await waitForReceipts(rpc, hashes, 120_000);
}

async function waitForReceipts(rpc, hashes, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let left = hashes;
  const receipts = [];
  while (left.length) {
    if (Date.now() > deadline) throw new Error(`${left.length} receipts missing after ${timeoutMs} ms`);
    const got = await Promise.all(left.map((h) => rpc.result("eth_getTransactionReceipt", [h])));
    receipts.push(...got.filter(Boolean));
    left = left.filter((_, i) => !got[i]);
    if (left.length) await new Promise((r) => setTimeout(r, 200));
  }
  return receipts;
}

/** N signed transfers, round-robin over the senders, each sender's nonces in order. */
async function presign(rpc, senders) {
  const nonces = await Promise.all(senders.map((w) => rpc.result("eth_getTransactionCount", [w.address, "pending"])));
  const perSender = senders.map(() => []);
  const next = nonces.map((n) => BigInt(n));
  const sinks = Array.from({ length: 64 }, () => Wallet.createRandom().address);
  for (let i = 0; i < N; i++) {
    const s = i % senders.length;
    const raw = await senders[s].signTransaction({ type: 2, chainId: CHAIN_ID, nonce: next[s]++,
      to: sinks[i % sinks.length], value: 1n, gasLimit: 21000n, maxFeePerGas: MAX_FEE, maxPriorityFeePerGas: TIP });
    perSender[s].push(raw);
  }
  return perSender;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Sends everything over CONNECTIONS keep-alive connections while a poller watches blocks for inclusion. */
async function measure(rpc, perSender) {
  const sentAt = new Map();
  const includedAt = new Map();
  const rejected = [];
  let lastAccept = 0;
  const poller = rpcClient(rpc.url, 2);
  let polling = true;
  let seenBlock = BigInt(await poller.result("eth_blockNumber"));
  const blocks = [];
  const poll = (async () => {
    while (polling) {
      const head = BigInt(await poller.result("eth_blockNumber"));
      while (seenBlock < head) {
        seenBlock++;
        const b = await poller.result("eth_getBlockByNumber", ["0x" + seenBlock.toString(16), false]);
        const now = performance.now();
        blocks.push({ number: seenBlock, txs: b.transactions.length, gasUsed: BigInt(b.gasUsed), at: now });
        for (const h of b.transactions) if (!includedAt.has(h)) includedAt.set(h, now);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  })();

  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async (_, w) => {
    const mine = perSender.filter((_, s) => s % CONNECTIONS === w);
    const longest = Math.max(0, ...mine.map((q) => q.length));
    // This connection's transactions, round-robin over its senders; each sender's nonces stay in order.
    const order = [];
    for (let k = 0; k < longest; k++) for (const q of mine) if (k < q.length) order.push(q[k]);
    for (let i = 0; i < order.length; i += BATCH) {
      const chunk = order.slice(i, i + BATCH);
      const start = performance.now();
      const answers = BATCH === 1 ? [await rpc.call("eth_sendRawTransaction", [chunk[0]])]
        : await rpc.batch(chunk.map((raw) => ["eth_sendRawTransaction", [raw]]));
      for (const r of answers) {
        if (r.error) { rejected.push(r.error.message); continue; }
        sentAt.set(r.result, start);
      }
      lastAccept = performance.now();
    }
  }));
  const acceptSeconds = (lastAccept - t0) / 1000;

  const deadline = Date.now() + Number(opt["confirm-timeout"]) * 1000;
  while ([...sentAt.keys()].some((h) => !includedAt.has(h)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  polling = false;
  await poll;
  poller.close();
  const confirmed = [...sentAt.keys()].filter((h) => includedAt.has(h));
  const lastIncluded = Math.max(...confirmed.map((h) => includedAt.get(h)));
  const latencies = confirmed.map((h) => includedAt.get(h) - sentAt.get(h)).sort((a, b) => a - b);
  // Receipts for all (not timed): every included transfer must have succeeded.
  const receipts = await waitForReceipts(rpc, confirmed, 120_000);
  const failed = receipts.filter((r) => r.status !== "0x1").length;
  const used = blocks.filter((b) => b.txs > 0);
  return {
    sent: N, accepted: sentAt.size, rejected: rejected.length, rejectedSample: [...new Set(rejected)].slice(0, 3),
    confirmed: confirmed.length, failed,
    acceptedTps: sentAt.size / acceptSeconds,
    confirmedTps: confirmed.length / ((lastIncluded - t0) / 1000),
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies[latencies.length - 1],
    blocks: used.length, maxPerBlock: Math.max(0, ...used.map((b) => b.txs)),
    acceptSeconds, confirmSeconds: (lastIncluded - t0) / 1000,
  };
}

async function runTarget(start, work) {
  const node = await start(work);
  const rpc = rpcClient(node.url, CONNECTIONS);
  rpc.url = node.url;
  try {
    const chainId = BigInt(await rpc.result("eth_chainId"));
    if (chainId !== CHAIN_ID) throw new Error(`${node.name}: chain id ${chainId}`);
    const senders = Array.from({ length: SENDERS }, (_, i) => wallet(i < 10 ? i : 1000 + i));
    console.log(`${node.name} (${node.mining}) at ${node.url}: funding ${SENDERS - 10} senders`);
    await fund(rpc, senders);
    console.log(`${node.name}: signing ${N} transfers`);
    const perSender = await presign(rpc, senders);
    console.log(`${node.name}: sending over ${CONNECTIONS} connections`);
    const r = await measure(rpc, perSender);
    console.log(`${node.name}: ${JSON.stringify(r)}`);
    return { ...node, child: undefined, ...r };
  } finally {
    rpc.close();
    await stopProcess(node.child);
  }
}

function machine() {
  let java = "java: unknown";
  try {
    const home = execFileSync(path.join(root, "bin/java-home")).toString().trim();
    java = execFileSync("bash", ["-c", `"${home}/bin/java" -version 2>&1 | head -n1`]).toString().trim();
  } catch { /* left unknown */ }
  return { cpu: `${os.cpus()[0]?.model ?? "?"} x ${os.cpus().length}`, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version, java };
}

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");

function report(results, m) {
  const lines = [];
  lines.push("# Devnet transfer throughput: tributary dev vs Hardhat node", "");
  lines.push(`Measured ${new Date().toISOString()} by \`benchmarks/devnet-throughput/bench.mjs\` on ${m.cpu}, ${m.memory}; ` +
    `Node ${m.node}; ${m.java}.`, "");
  lines.push(`Workload: ${N} pre-signed EIP-1559 transfers (21,000 gas, 1 wei each) from ${SENDERS} senders ` +
    `(the 10 dev accounts and ${SENDERS - 10} funded in an unmeasured setup phase), sent with eth_sendRawTransaction ` +
    `${BATCH > 1 ? `in JSON-RPC batches of ${BATCH} ` : ""}over ${CONNECTIONS} concurrent keep-alive HTTP connections (each connection sends its senders' transactions in nonce order, ` +
    "one request in flight). Accepted tx/s: accepted transactions / time from the first send to the last accepted response. " +
    "Confirmed tx/s: included transactions / time from the first send until a block poller (every 25 ms) saw the last one " +
    "included; every receipt is then checked for status 1. Latency: send to the poller seeing its block.", "");
  lines.push("| node | block production | accepted | rejected | accepted tx/s | confirmed tx/s | latency p50 (ms) | latency p95 (ms) | latency max (ms) | blocks with txs | max txs/block |");
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    if (r.error) { lines.push(`| ${r.name} | ${r.mining ?? ""} | failed: ${r.error.split("\n")[0]} | | | | | | | | |`); continue; }
    lines.push(`| ${r.name} | ${r.mining} | ${r.accepted}/${r.sent} | ${r.rejected} | ${fmt(r.acceptedTps)} | ${fmt(r.confirmedTps)} | ` +
      `${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${r.blocks} | ${r.maxPerBlock} |`);
  }
  const trib = results.find((r) => r.name.startsWith("tributary") && !r.error);
  const hh = results.find((r) => r.name.startsWith("hardhat") && !r.error);
  if (trib && hh) {
    lines.push("", "| ratio tributary / hardhat | accepted tx/s | confirmed tx/s | latency p50 | latency p95 |", "| --- | ---: | ---: | ---: | ---: |");
    lines.push(`| | ${fmt(trib.acceptedTps / hh.acceptedTps, 2)}x | ${fmt(trib.confirmedTps / hh.confirmedTps, 2)}x | ` +
      `${fmt(trib.p50 / hh.p50, 2)}x | ${fmt(trib.p95 / hh.p95, 2)}x |`);
  }
  for (const r of results) {
    if (r.rejectedSample?.length) lines.push("", `${r.name} rejections (sample): ${r.rejectedSample.map((s) => "`" + s + "`").join(", ")}`);
    if (r.failed) lines.push("", `${r.name}: ${r.failed} receipts with status 0`);
  }
  return lines.join("\n") + "\n";
}

const work = mkdtempSync(path.join(os.tmpdir(), "devnet-bench-"));
const starters = { tributary: startTributary, hardhat: startHardhat };
const results = [];
for (const t of opt.targets.split(",").map((s) => s.trim()).filter(Boolean)) {
  if (!starters[t]) throw new Error(`unknown target ${t}: tributary or hardhat`);
  try {
    results.push(await runTarget(starters[t], work));
  } catch (e) {
    console.error(`${t} failed: ${e.stack ?? e}`);
    results.push({ name: t, error: String(e.message ?? e) });
  }
}
const md = report(results, machine());
mkdirSync(path.dirname(opt.out), { recursive: true });
writeFileSync(opt.out, md);
writeFileSync(opt.out.replace(/\.md$/, ".json"), JSON.stringify({ options: opt, results }, (k, v) =>
  (typeof v === "bigint" ? v.toString() : v), 2));
console.log(md);
console.log(`written to ${opt.out}`);
if (existsSync(work) && !process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
else if (existsSync(work)) console.log(`node logs kept in ${work}`);
process.exit(results.some((r) => r.error) ? 1 : 0);
