// The block explorer served by the node at / on its RPC port, driven in headless Chromium by playwright-core: each page
// renders what the node's JSON-RPC answers. Needs a devnet where the rest of the suite ran (datasets, a model,
// inferences, proposals: ai.test.mjs and gov.test.mjs); it adds a transfer, a contract creation, two adapters and a
// proposal of its own from dev account 17, so it can run again on the same chain.
//
//   RPC_URL=http://127.0.0.1:8545 CHROMIUM=/usr/bin/chromium node --test explorer.browser.mjs
//
// EXPLORER_SCREENSHOT names where the home page's screenshot goes (default: node/target/explorer-home.png). DevnetClientsIT
// runs this file after the suite, and skips it (or, with CI=true, fails) when Chromium is missing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { Contract, Interface, Wallet, formatEther, keccak256, parseEther, toUtf8Bytes } from "ethers";
import { chromium } from "playwright-core";
import { RPC_URL, devWallet, httpProvider } from "./devnet.mjs";

const EXPLORER_ACCOUNT = 17;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SCREENSHOT = process.env.EXPLORER_SCREENSHOT ?? new URL("../../../target/explorer-home.png", import.meta.url).pathname;
const BASE = RPC_URL.replace(/\/$/, "");
const MODEL_REGISTRY = "0x00000000000000000000000000000000000a7002";
const ATTRIBUTION = "0x00000000000000000000000000000000000a7003";
const GOVERNANCE = "0x00000000000000000000000000000000000a7004";
const abi = (name) => JSON.parse(readFileSync(new URL(`../../../../contracts/abi/${name}.json`, import.meta.url), "utf8"));
const attributionIface = new Interface(abi("IAttribution"));
const LIVE_TIMEOUT = 15_000;

const provider = httpProvider();
const rpc = (method, ...params) => provider.send(method, params);
let browser;
let page;
let wallet;
/** The transfer the first test sends and the later ones look up. */
let transfer;
const problems = [];

/** The explorer's way of writing wei: every significant decimal, thousands grouped, " TRIB". */
function trib(wei) {
  const [whole, frac] = formatEther(BigInt(wei)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return grouped + (frac && frac !== "0" ? "." + frac : "") + " TRIB";
}
const grouped = (n) => BigInt(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

async function open(hash) {
  await page.goto(`${BASE}/${hash}`);
  await page.waitForSelector("#app[data-loaded]", { timeout: LIVE_TIMEOUT });
}

const field = (name, scope = "") => page.locator(`${scope} [data-field="${name}"]`.trim()).first().innerText();

async function send(txPromise) {
  const tx = await txPromise;
  const receipt = await tx.wait();
  assert.equal(receipt.status, 1, `transaction ${tx.hash} reverted`);
  return receipt;
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (set CHROMIUM)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  wallet = devWallet(EXPLORER_ACCOUNT, provider);
  const datasets = await rpc("ai_listDatasets", { limit: 1 });
  assert.ok(Number(datasets.total) >= 2, "the explorer test needs the datasets of ai.test.mjs: run the whole suite first");
});

after(async () => {
  await browser?.close();
  provider.destroy();
});

test("the home page lists the latest blocks and shows a new transfer live, over the WebSocket", async () => {
  await open("");
  await page.waitForSelector("#live.on", { timeout: LIVE_TIMEOUT });
  const shownHead = Number((await field("head")).replace(/,/g, ""));
  const head = await provider.getBlockNumber();
  assert.ok(Math.abs(head - shownHead) <= 4, `home shows head ${shownHead}, the node is at ${head}`);
  const rows = await page.locator("#home-blocks tr").evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.block)));
  assert.equal(rows.length, 10);
  rows.slice(1).forEach((n, i) => assert.equal(n, rows[i] - 1, "consecutive blocks, newest first"));
  const block = await rpc("eth_getBlockByNumber", "0x" + rows[0].toString(16), false);
  const row0 = page.locator(`#home-blocks tr[data-block="${rows[0]}"]`);
  assert.equal((await row0.locator("td").nth(2).innerText()).trim(), String(block.transactions.length));

  // Sent after the page loaded: it can only appear through eth_subscribe("newHeads").
  const to = Wallet.createRandom().address;
  const receipt = await send(wallet.sendTransaction({ to, value: parseEther("1.5") }));
  const row = page.locator(`#home-txs tr[data-tx="${receipt.hash}"]`);
  await row.waitFor({ timeout: LIVE_TIMEOUT });
  assert.match(await row.innerText(), /1\.5 TRIB/);
  await page.locator(`#home-blocks tr[data-block="${receipt.blockNumber}"]`).waitFor({ timeout: LIVE_TIMEOUT });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  transfer = { hash: receipt.hash, to, block: receipt.blockNumber };
});

test("a block page shows the block eth_getBlockByNumber returns", async () => {
  const { hash, block: number } = transfer;
  const block = await rpc("eth_getBlockByNumber", "0x" + number.toString(16), false);
  await open(`#/block/${number}`);
  assert.equal(await field("number"), grouped(number));
  assert.equal(await field("hash"), block.hash);
  assert.equal(await field("parentHash"), block.parentHash);
  assert.equal(await field("txCount"), String(block.transactions.length));
  assert.match(await field("gasUsed"), new RegExp(`^${grouped(block.gasUsed)} `));
  assert.equal(await field("miner"), block.miner.toLowerCase());
  assert.equal(await field("stateRoot"), block.stateRoot);
  assert.ok(await page.locator(`tr[data-tx="${hash}"]`).count(), "the transfer is listed");
  assert.match(await page.locator(`tr[data-tx="${hash}"]`).innerText(), /success/);
});

test("a transfer's page: parties, value, fee and its trace", async () => {
  const { hash, to } = transfer;
  const [tx, receipt] = await Promise.all([rpc("eth_getTransactionByHash", hash), rpc("eth_getTransactionReceipt", hash)]);
  await open(`#/tx/${hash}`);
  assert.equal(await field("hash"), hash);
  assert.equal(await field("status"), "success");
  assert.equal(await field("from"), tx.from.toLowerCase());
  assert.equal(await field("to"), to.toLowerCase());
  assert.equal(await field("value"), "1.5 TRIB");
  assert.match(await field("fee"), new RegExp(`\\(${grouped(BigInt(receipt.gasUsed) * BigInt(receipt.effectiveGasPrice))} wei\\)`));
  assert.equal(await field("nonce"), String(Number(tx.nonce)));
  assert.match(await field("method"), /plain transfer/);
  await page.locator('[data-field="trace-gas"]').waitFor({ timeout: LIVE_TIMEOUT });
  assert.equal(await field("trace-gas"), "21,000");
  assert.match(await field("trace-steps"), /No EVM steps/);
});

test("a contract creation's trace is summarised from debug_traceTransaction's struct logs", async () => {
  // Init code: SSTORE(0, 1); LOG0(0, 0); STOP. It deploys nothing, but runs.
  const receipt = await send(wallet.sendTransaction({ data: "0x600160005560006000a000" }));
  const trace = await rpc("debug_traceTransaction", receipt.hash, { disableStack: true, disableStorage: true });
  await open(`#/tx/${receipt.hash}`);
  assert.match(await field("method"), /Contract creation/);
  await page.locator('[data-field="trace-steps"]').waitFor({ timeout: LIVE_TIMEOUT });
  assert.equal(await field("trace-steps"), grouped(trace.structLogs.length));
  assert.equal(await field("trace-gas"), grouped(trace.gas));
  assert.equal(await field("trace-sstore"), "1");
  assert.equal(await field("trace-logs"), "1");
  assert.equal(await field("trace-failed"), "no");
});

/** The transaction that recorded inference `id`, found through its InferenceRecorded log. */
async function inferenceTx(id, blockNumber) {
  const logs = await rpc("eth_getLogs", {
    fromBlock: blockNumber, toBlock: blockNumber, address: ATTRIBUTION,
    topics: [attributionIface.getEvent("InferenceRecorded").topicHash, "0x" + BigInt(id).toString(16).padStart(64, "0")],
  });
  assert.equal(logs.length, 1);
  return logs[0].transactionHash;
}

test("an inference's transaction shows the decoded module call and its decoded logs", async () => {
  const inference = await rpc("ai_getInference", 1);
  const hash = await inferenceTx(1, inference.blockNumber);
  const [tx, receipt] = await Promise.all([rpc("eth_getTransactionByHash", hash), rpc("eth_getTransactionReceipt", hash)]);
  const call = attributionIface.parseTransaction({ data: tx.input, value: tx.value });
  await open(`#/tx/${hash}`);
  assert.equal(await field("method"), `Attribution.${call.name}`);
  assert.match(await page.locator('[data-arg="modelId"]').first().innerText(), new RegExp(`model #${Number(call.args.modelId)}`));
  assert.match(await page.locator('[data-arg="outputHash"]').first().innerText(), new RegExp(call.args.outputHash));
  const events = await page.locator('[data-field="event"]').allInnerTexts();
  assert.deepEqual(events, receipt.logs.map((l) => `Attribution.${attributionIface.parseLog(l).name}`));
  const paid = receipt.logs.map((l) => attributionIface.parseLog(l)).find((l) => l.name === "RoyaltyPaid");
  const paidLog = page.locator(".log", { hasText: "RoyaltyPaid" }).first();
  assert.match(await paidLog.locator('[data-arg="amount"]').innerText(), new RegExp(`\\(${grouped(paid.args.amount)} wei\\)`));
  // Old enough to be pruned on a 128-state node: then the node's answer is shown instead.
  await page.locator('#trace [data-field="trace-gas"], #trace [data-field="error"]').first().waitFor({ timeout: LIVE_TIMEOUT });
});

test("an account page shows balance, nonce, royalties earned and its recent transactions", async () => {
  const dataset = await rpc("ai_getDataset", 1);
  const owner = dataset.owner;
  const [balance, nonce, royalties] = await Promise.all([
    rpc("eth_getBalance", owner, "latest"), rpc("eth_getTransactionCount", owner, "latest"), rpc("ai_getRoyalties", owner)]);
  await open(`#/address/${owner}`);
  assert.equal(await field("address"), owner.toLowerCase());
  assert.equal(await field("balance"), `${trib(balance)} (${grouped(balance)} wei)`);
  assert.equal(await field("nonce"), grouped(nonce));
  assert.match(await field("royalties"), new RegExp(`^${trib(royalties.total).replace(/\./g, "\\.")} in ${Number(royalties.payments)} payments`));
  assert.ok(await page.locator('tr[data-dataset="1"]').count(), "dataset 1 is listed as owned");

  await open(`#/address/${wallet.address}`);
  await page.locator('[data-field="scan-range"]').filter({ hasText: "blocks" }).waitFor({ timeout: LIVE_TIMEOUT });
  assert.match(await field("scan-range"), /scans 200 blocks at a time/);
  assert.ok(await page.locator(`#account-txs tr[data-tx="${transfer.hash}"]`).count(), "the transfer is among its transactions");
});

test("the datasets list and a dataset's page match ai_listDatasets and ai_getDataset", async () => {
  const list = await rpc("ai_listDatasets", { limit: 50 });
  await open("#/datasets");
  assert.equal(await field("total"), grouped(list.total));
  const names = await page.locator("table.datasets tbody tr td:nth-child(2)").allInnerTexts();
  assert.deepEqual(names, list.datasets.map((d) => d.name));
  const d = list.datasets[0];
  await open(`#/dataset/${Number(d.id)}`);
  assert.equal(await field("name"), d.name);
  assert.equal(await field("owner"), d.owner.toLowerCase());
  assert.equal(await field("licence"), d.licence);
  assert.equal(await field("inferences"), grouped(d.inferences));
  assert.equal(await field("royaltiesPaid"), trib(d.royaltiesPaid));
  assert.equal(await field("commitment"), d.commitment);
});

test("models show their lineage: adapters of adapters, base model and training datasets", async () => {
  const registry = new Contract(MODEL_REGISTRY, abi("IModelRegistry"), wallet);
  const base = (await rpc("ai_listModels", { limit: 1000 })).models.find((m) => m.baseModel === null);
  assert.ok(base, "a base model from ai.test.mjs");
  const datasets = (await rpc("ai_listDatasets", { limit: 2 })).datasets;
  const split = { ownerBps: 5000, lineageBps: 1000, dataBps: 2500, treasuryBps: 1500 };
  const register = async (baseId, name, trained) => {
    const receipt = await send(registry.registerAdapter(baseId, name, "ipfs://adapter", keccak256(toUtf8Bytes(name)),
      trained, parseEther("0.5"), split));
    const registered = receipt.logs.map((l) => registry.interface.parseLog(l)).find((l) => l?.name === "ModelRegistered");
    return registered.args.modelId;
  };
  const stamp = Date.now();
  const adapter = await register(BigInt(base.id), `explorer-adapter-${stamp}`, [BigInt(datasets[1].id)]);
  const child = await register(adapter, `explorer-child-${stamp}`, []);
  const [a, c] = await Promise.all([rpc("ai_getModel", Number(adapter)), rpc("ai_getModel", Number(child))]);

  await open(`#/model/${Number(child)}`);
  assert.equal(await field("name"), c.name);
  assert.match(await field("kind"), new RegExp(`adapter of ${a.name}`));
  const lineage = await page.locator('[data-field="lineage"] a').allInnerTexts();
  assert.deepEqual(lineage, [...c.lineage].reverse().map((id) => (Number(id) === Number(adapter) ? `${a.name} (#${Number(adapter)})` :
    `${base.name} (#${Number(base.id)})`)));
  assert.equal(c.lineage.length, 2);
  assert.equal(await field("inferenceFee"), `0.5 TRIB (${grouped(parseEther("0.5"))} wei)`);
  const candidates = await page.locator('[data-field="candidates"] a').allInnerTexts();
  assert.equal(candidates.length, c.candidates.length);

  await open(`#/model/${Number(adapter)}`);
  const trained = await page.locator('[data-field="trainingDatasets"] a').allInnerTexts();
  assert.deepEqual(trained, [`${datasets[1].name} (#${Number(datasets[1].id)})`]);
  assert.ok(await page.locator(`[data-field="adapters"] tr[data-model="${Number(child)}"]`).count(), "the child adapter is listed");

  const list = await rpc("ai_listModels", { limit: 50 });
  await open("#/models");
  assert.equal(await field("total"), grouped(list.total));
  assert.deepEqual(await page.locator("table.models tbody tr td:nth-child(2)").allInnerTexts(), list.models.map((m) => m.name));
});

test("an inference's page charts hits and royalties per dataset as ai_getInference and its logs say", async () => {
  const total = Number((await rpc("ai_listDatasets", { limit: 1 })).total);
  assert.ok(total >= 2);
  let chosen = null;
  for (let id = 1; id <= 10 && !chosen; id++) {
    const inf = await rpc("ai_getInference", id);
    if (inf && inf.claims.length >= 2) chosen = inf;
  }
  assert.ok(chosen, "ai.test.mjs records an inference quoting two datasets");
  const id = Number(chosen.id);
  const hash = await inferenceTx(id, chosen.blockNumber);
  const receipt = await rpc("eth_getTransactionReceipt", hash);
  const paid = new Map(receipt.logs.map((l) => attributionIface.parseLog(l)).filter((l) => l.name === "RoyaltyPaid")
    .map((l) => [Number(l.args.datasetId), l.args.amount]));
  await open(`#/inference/${id}`);
  assert.equal(await field("transaction"), hash);
  assert.equal(await field("fee"), `${trib(chosen.fee)} (${grouped(chosen.fee)} wei)`);
  assert.equal(await field("wordCount"), grouped(chosen.wordCount));
  for (const claim of chosen.claims) {
    const row = page.locator(`tr[data-claim="${Number(claim.datasetId)}"]`);
    assert.equal(await row.locator('[data-field="hits"]').innerText(), grouped(claim.hits));
    assert.equal(await row.locator('[data-field="royalty"]').innerText(), trib(paid.get(Number(claim.datasetId))));
  }
  const chart = page.locator("svg.chart").first();
  assert.equal(await chart.locator("rect.bar1").count(), chosen.claims.length, "one hits bar per dataset");
  assert.equal(await chart.locator("rect.bar2").count(), chosen.claims.length, "one royalty bar per dataset");
  // The longest hits bar belongs to the dataset with the most hits.
  const widths = await chart.locator("rect.bar1").evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("width"))));
  const most = chosen.claims.reduce((best, c, i) => (Number(c.hits) > Number(chosen.claims[best].hits) ? i : best), 0);
  assert.equal(Math.max(...widths), widths[most]);

  await open("#/inferences");
  assert.ok(await page.locator(`tr[data-inference="${id}"]`).count());
});

test("governance: proposals are listed and a proposal's tally updates live as a vote lands", async () => {
  const gov = new Contract(GOVERNANCE, abi("IGovernance"), wallet);
  const params = await rpc("gov_getParams");
  const title = `Explorer live tally ${Date.now()}`;
  const submitted = await send(gov.submit(0, title, "submitted by explorer.browser.mjs", "0x", { value: BigInt(params.minDeposit) }));
  const id = Number(submitted.logs.map((l) => gov.interface.parseLog(l)).find((l) => l?.name === "ProposalSubmitted")
    .args.proposalId);

  const list = await rpc("gov_listProposals", { limit: 50 });
  await open("#/proposals");
  assert.equal(await field("total"), grouped(list.total));
  assert.deepEqual(await page.locator("table.proposals tbody tr td:nth-child(2)").allInnerTexts(), list.proposals.map((p) => p.title));

  await open(`#/proposal/${id}`);
  assert.equal(await field("title"), title);
  assert.equal(await field("kind"), "text");
  assert.equal(await field("tally-yes"), "0 TRIB");
  await send(gov.vote(id, 1, { value: parseEther("5") }));
  const tally = await rpc("gov_getTally", id);
  assert.equal(tally.yes, "0x" + parseEther("5").toString(16));
  await page.waitForFunction(() => document.querySelector('[data-field="tally-yes"]')?.textContent === "5 TRIB",
    null, { timeout: LIVE_TIMEOUT });
  assert.equal(await field("tally-total"), trib(tally.total));
  assert.equal(await field("quorumReached"), tally.quorumReached ? "yes" : "no");
  assert.ok(await page.locator(`#votes tr`, { hasText: "yes" }).count(), "the vote is listed");
});

test("the validators page shows gov_getValidators and the attribution engine's device", async () => {
  const [validators, engine] = await Promise.all([rpc("gov_getValidators"), rpc("poa_engineInfo")]);
  await open("#/network");
  const shown = await page.locator('[data-field="validators"] li').allInnerTexts();
  assert.deepEqual(shown, validators.validators.map((v) => v.toLowerCase()));
  assert.equal(await field("device"), engine.device);
  assert.equal(await field("backend"), engine.backend);
  assert.equal(await field("minHits"), String(Number(engine.params.minHits)));
});

test("search finds blocks, transactions, addresses, datasets and models", async () => {
  const { hash, block } = transfer;
  const blockHash = (await rpc("eth_getBlockByNumber", "0x" + block.toString(16), false)).hash;
  const search = async (q, expected) => {
    await open("");
    await page.fill("#q", q);
    await page.press("#q", "Enter");
    await page.waitForFunction((e) => location.hash === e, expected, { timeout: LIVE_TIMEOUT });
    await page.waitForSelector("#app[data-loaded]");
  };
  await search(hash, `#/tx/${hash}`);
  await search(blockHash, `#/block/${block}`);
  await search(wallet.address, `#/address/${wallet.address.toLowerCase()}`);
  await search("dataset 1", "#/dataset/1");
  await search("model 1", "#/model/1");
  await search("12345678", "#/search/12345678");
  assert.match(await field("no-results"), /Nothing found/);
  const name = (await rpc("ai_getDataset", 1)).name;
  await search(name.slice(0, 6), `#/search/${encodeURIComponent(name.slice(0, 6))}`);
  assert.match(await field("results"), new RegExp(name));
});

test("unknown pages and files are not found", async () => {
  await open("#/nowhere");
  assert.match(await field("not-found"), /No page/);
  await open("#/block/999999999");
  assert.match(await field("not-found"), /No block/);
  for (const path of ["/nope.js", "/abi/", "/../pom.xml", "/%2e%2e/pom.xml"]) {
    const res = await fetch(BASE + path);
    assert.equal(res.status, 404, path);
  }
  const index = await fetch(BASE + "/");
  assert.equal(index.headers.get("content-type"), "text/html; charset=utf-8");
});

test("on a phone-sized screen no page scrolls sideways", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of ["", `#/tx/${transfer.hash}`, "#/datasets", "#/model/1", "#/inference/1", "#/proposals", "#/network"]) {
    await open(hash);
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= width, `${hash || "home"} is ${scroll}px wide in a ${width}px window`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("no page logged an error", () => {
  assert.deepEqual(problems, []);
});
