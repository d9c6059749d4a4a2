// The AI modules (contracts/README.md) driven by ethers.js v6 as a dapp would: sketches built here in JavaScript from
// poa-engine/SPEC.md, datasets registered, uploaded and sealed (one owned by a RoyaltySplitter contract), a model
// registered, inferences recorded and paid with the fee split checked to the wei, bad input refused with the module's
// reasons, and a Solidity contract reading the modules. Run as the rest of the suite is:
// RPC_URL=http://127.0.0.1:8545 node --test ai.test.mjs
// Dev accounts 10 to 14 are this file's alone (DevnetProcess funds 15), so it shares no nonces with client-compat
// (0-7), web3j (8) or solidity.test.mjs (9). Every run registers new datasets and a new model, so it can run again
// against the same chain.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  Contract, ContractFactory, Interface, Wallet, getBytes, keccak256, parseEther, toQuantity, toUtf8Bytes,
} from "ethers";
import { TREASURY, devWallet, httpProvider, isHardhat, rpcErrorOf } from "./devnet.mjs";
import { compileContracts } from "./solc.mjs";

const DATASET_REGISTRY = "0x00000000000000000000000000000000000a7001";
const MODEL_REGISTRY = "0x00000000000000000000000000000000000a7002";
const ATTRIBUTION = "0x00000000000000000000000000000000000a7003";
const CONTRACTS = new URL("../../../../contracts/", import.meta.url);
const abi = (name) => JSON.parse(readFileSync(new URL(`abi/${name}.json`, CONTRACTS), "utf8"));
const DATASETS_ABI = abi("IDatasetRegistry");
const MODELS_ABI = abi("IModelRegistry");
const ATTRIBUTION_ABI = abi("IAttribution");

/**
 * Dev accounts: the inference caller, the model owner, contributor 1 (registrant and owner of dataset 1), contributor
 * 2 (registrant of dataset 2 and deployer of the splitter that owns it), the deployer of ModuleReader.
 */
const CALLER = 10;
const MODEL_OWNER = 11;
const CONTRIBUTOR_1 = 12;
const CONTRIBUTOR_2 = 13;
const READER = 14;

// ---------------------------------------------------------------------------------------------------------------
// poa-engine/SPEC.md in JavaScript: BigInt arithmetic modulo 2^64 stands for Java's long read as uint64.

const MASK64 = (1n << 64n) - 1n;
const SHINGLE_SEED = 0x9e3779b97f4a7c15n;

/** Section 1.1: NFKC, then lower case (JS toLowerCase is locale-independent, as Java's Locale.ROOT). */
const normalize = (text) => text.normalize("NFKC").toLowerCase();

/** Section 1.2: maximal runs of letters and decimal digits (Java's Character.isLetterOrDigit: L* or Nd). */
const wordsOf = (text) => normalize(text).match(/[\p{L}\p{Nd}]+/gu) ?? [];

/** Section 1.3: the first 8 bytes of keccak-256(UTF-8(word)), big-endian. */
const wordHash = (word) => BigInt(keccak256(toUtf8Bytes(word)).slice(0, 18));

const wordHashes = (text) => wordsOf(text).map(wordHash);

/** Section 1.4: the audit hash of an output. */
const outputHash = (text) => keccak256(toUtf8Bytes(normalize(text)));

/** Section 3: murmur3's fmix64. */
function mix(z) {
  z ^= z >> 33n;
  z = (z * 0xff51afd7ed558ccdn) & MASK64;
  z ^= z >> 33n;
  z = (z * 0xc4ceb9fe1a85ec53n) & MASK64;
  z ^= z >> 33n;
  return z;
}

/** Section 3: the distinct shingles of word hashes `w`, n words each, in order of first appearance. */
function shingles(w, n) {
  const set = new Set();
  for (let i = 0; i + n <= w.length; i++) {
    let s = SHINGLE_SEED;
    for (let j = 0; j < n; j++) s = mix(s ^ w[i + j]);
    set.add(s);
  }
  return [...set];
}

/** Section 4: probe j of shingle s in a filter of 2^b bits. */
function position(s, j, b) {
  const h1 = s & 0xffffffffn;
  const h2 = (s >> 32n) | 1n;
  return (h1 + BigInt(j) * h2) & ((1n << BigInt(b)) - 1n);
}

/** A Bloom filter of 2^b bits as 64-bit words (bit i is bit i mod 64 of word i / 64, least significant first). */
class Sketch {
  constructor(b, k, n) {
    Object.assign(this, { b, k, n, words: new Array(2 ** (b - 6)).fill(0n), shingleCount: 0 });
  }

  static of(text, { b, k, n }) {
    const sketch = new Sketch(b, k, n);
    const all = shingles(wordHashes(text), n);
    for (const s of all) sketch.add(s);
    sketch.shingleCount = all.length;
    return sketch;
  }

  add(s) {
    for (let j = 0; j < this.k; j++) {
      const p = position(s, j, this.b);
      this.words[Number(p >> 6n)] |= 1n << (p & 63n);
    }
  }

  has(s) {
    for (let j = 0; j < this.k; j++) {
      const p = position(s, j, this.b);
      if (((this.words[Number(p >> 6n)] >> (p & 63n)) & 1n) === 0n) return false;
    }
    return true;
  }

  /** The bit array, words big-endian: what uploadSketch takes and keccak-256 commits to. */
  bytes() {
    const out = new Uint8Array(this.words.length * 8);
    const view = new DataView(out.buffer);
    this.words.forEach((w, i) => view.setBigUint64(i * 8, w, false));
    return out;
  }

  commitment() {
    return keccak256(this.bytes());
  }

  popcount() {
    return this.words.reduce((sum, w) => sum + w.toString(2).replaceAll("0", "").length, 0);
  }

  /** Section 5: the output's distinct shingles found in this filter. */
  hits(words) {
    return shingles(words, this.n).filter((s) => this.has(s)).length;
  }
}

/** The CLI's rule (SPEC.md section 7): the smallest b from minBits with k * S * 10000 <= 2^b * 6931. */
function bitsFor(shingleCount, { k, minBits, maxBits }) {
  for (let b = minBits; b <= maxBits; b++) {
    if (BigInt(k) * BigInt(shingleCount) * 10000n <= (1n << BigInt(b)) * 6931n) return b;
  }
  throw new Error(`${shingleCount} shingles do not fit a sketch of 2^${maxBits} bits`);
}

// ---------------------------------------------------------------------------------------------------------------
// The two contributors' texts and the outputs that quote them. Plain ASCII English, so NFKC, lower case and the
// word split cannot differ between JavaScript and Java.

const TEXT_1 = "River otters build their dens in the banks of quiet streams, where roots hold the soil together. "
  + "They hunt at dusk for crayfish and small fish, and a family of four can eat nine kilos of food every day "
  + "while the pups learn to swim in the shallow pools.";
const TEXT_2 = "Sourdough bread rises because wild yeast and lactic bacteria ferment the flour for many hours. "
  + "A baker feeds the starter with equal weights of flour and water, keeps it warm, and waits until it doubles "
  + "before mixing the dough with salt and shaping the loaves at night.";
// 22 consecutive words of TEXT_1 (15 shingles), nothing of TEXT_2.
const OUTPUT_1 = "Did you know that they hunt at dusk for crayfish and small fish, and a family of four can eat nine "
  + "kilos of food every day? Amazing animals.";
// 20 consecutive words of TEXT_2 (13 shingles) and 16 of TEXT_1 (9 shingles): both datasets earn, by their hits.
const OUTPUT_2 = "My grandmother said a baker feeds the starter with equal weights of flour and water, keeps it warm, "
  + "and waits until it doubles. She also said river otters build their dens in the banks of quiet streams, "
  + "where roots hold the soil.";

// ---------------------------------------------------------------------------------------------------------------

const provider = httpProvider();
after(() => provider.destroy());

const datasetsIface = new Interface(DATASETS_ABI);
const modelsIface = new Interface(MODELS_ABI);
const attributionIface = new Interface(ATTRIBUTION_ABI);
const wallet = (i) => devWallet(i, provider);
const datasets = (signer = provider) => new Contract(DATASET_REGISTRY, DATASETS_ABI, signer);
const models = (signer = provider) => new Contract(MODEL_REGISTRY, MODELS_ABI, signer);
const attribution = (signer = provider) => new Contract(ATTRIBUTION, ATTRIBUTION_ABI, signer);

let skip = false;
let params; // poa_engineInfo's params as numbers
let compiled;
before(async () => {
  skip = await isHardhat(provider); // the AI modules are Tributary's own
  if (skip) return;
  const info = await provider.send("poa_engineInfo", []);
  params = Object.fromEntries(Object.entries(info.params).map(([k, v]) => [k, Number(v)]));
  // RoyaltySplitter from contracts/, ModuleReader from contracts/ai/ against the repository's interfaces.
  const ai = fileURLToPath(new URL("./contracts/ai/", import.meta.url));
  compiled = { ...compileContracts(), ...compileContracts(ai, { importDirs: [fileURLToPath(CONTRACTS)] }) };
});

/** The events of `receipt` that `iface` knows, by name (each name a list, in log order). */
function eventsOf(receipt, iface, address) {
  const byName = {};
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== address.toLowerCase()) continue;
    const event = iface.parseLog(log);
    if (event) (byName[event.name] ??= []).push(event);
  }
  return byName;
}

async function send(promise) {
  const receipt = await (await promise).wait();
  assert.equal(receipt.status, 1);
  return receipt;
}

/** Waits until the chain's head is at least `height`. */
async function waitForBlock(height) {
  while ((await provider.getBlockNumber()) < height) await new Promise((r) => setTimeout(r, 100));
}

/** The error ethers throws for `promise`. */
async function failure(promise) {
  const e = await promise.then(() => null, (err) => err);
  assert.ok(e, "it fails");
  return e;
}

/** The reason string of a module revert, as ethers decodes Error(string). */
async function revertReason(promise) {
  const e = await failure(promise);
  assert.equal(e.code, "CALL_EXCEPTION", `${e.code}: ${e.shortMessage ?? e.message}`);
  assert.equal(typeof e.reason, "string", `a decoded reason in ${e.shortMessage}`);
  assert.equal(e.revert?.name, "Error");
  // The same message decodes from the revert data with ethers' Interface.
  assert.equal(new Interface(["error Error(string)"]).parseError(e.data).args[0], e.reason);
  return e.reason;
}

/** Registers, uploads and seals a dataset of `text` owned by `owner`; returns its id, sketch and seal receipt. */
async function registerDataset(registrant, text, owner, name) {
  const all = shingles(wordHashes(text), params.n);
  const b = bitsFor(all.length, params);
  const sketch = Sketch.of(text, { b, k: params.k, n: params.n });
  assert.ok(sketch.popcount() <= 2 ** (b - 1), "at most half of the bits set");
  const registry = datasets(registrant);
  const registered = await send(registry.register(name, `ipfs://${name}`, keccak256(toUtf8Bytes(text)), "CC-BY-4.0",
    owner, b));
  const [reg] = eventsOf(registered, datasetsIface, DATASET_REGISTRY).DatasetRegistered;
  const id = reg.args.datasetId;
  assert.equal(reg.args.owner, owner);
  assert.equal(reg.args.registrant, registrant.address);
  assert.equal(reg.args.name, name);

  const uploaded = await send(registry.uploadSketch(id, sketch.bytes()));
  const [chunk] = eventsOf(uploaded, datasetsIface, DATASET_REGISTRY).SketchChunkUploaded;
  assert.deepEqual([...chunk.args], [id, BigInt(2 ** b / 8), BigInt(2 ** b / 8)]);

  const sealedReceipt = await send(registry.seal(id, sketch.commitment(), sketch.shingleCount));
  const [sealed] = eventsOf(sealedReceipt, datasetsIface, DATASET_REGISTRY).DatasetSealed;
  assert.deepEqual([...sealed.args], [id, sketch.commitment(), BigInt(sealedReceipt.blockNumber + 1)]);
  return { id, sketch, sealedAt: sealedReceipt.blockNumber };
}

/** The treasury's income in block `number`: the base fee of its gas plus the treasury shares of its inferences. */
async function treasuryIncome(number) {
  const block = await provider.getBlock(number);
  const logs = await provider.getLogs({ address: ATTRIBUTION, blockHash: block.hash,
    topics: [attributionIface.getEvent("FeeDistributed").topicHash] });
  const shares = logs.reduce((sum, log) => sum + attributionIface.parseLog(log).args.treasuryAmount, 0n);
  return block.gasUsed * block.baseFeePerGas + shares;
}

/** Balances of `addresses` at the end of block `number`. */
const balancesAt = (addresses, number) => Promise.all(addresses.map((a) => provider.getBalance(a, number)));

// ---------------------------------------------------------------------------------------------------------------

test("the JavaScript sketch equals poa-engine/SPEC.md's vectors", (t) => {
  // Vector 1: normalisation and word hashes, with full-width letters, a ligature and the numero sign.
  const v1 = "\uff28\uff45\uff4c\uff4c\uff4f, WORLD! \ufb01ne Caf\u00e9-Stra\u00dfe \u21165";
  assert.equal(normalize(v1), "hello, world! fine caf\u00e9-stra\u00dfe no5");
  assert.deepEqual(wordsOf(v1), ["hello", "world", "fine", "caf\u00e9", "stra\u00dfe", "no5"]);
  assert.deepEqual(wordHashes(v1), [0x1c8aff950685c2edn, 0x8452c9b9140222b0n, 0xfe5fe79c44ff3b4bn,
    0x9513447e2d376aacn, 0x7346ee814558449an, 0xb4962c5570380362n]);

  // Section 3's check values.
  assert.equal(mix(0n), 0n);
  assert.equal(mix(1n), 0xb456bcfc34c2cb2cn);

  // Vector 2 (n = 3, k = 4, b = 8): shingles, probes, filter words, commitment, hits of a changed quote.
  const small = { b: 8, k: 4, n: 3 };
  const data2 = "The quick brown fox jumps over the lazy dog.";
  assert.deepEqual(shingles(wordHashes(data2), 3), [0xc1c616eb92180febn, 0x509a60396d5d068en, 0x99250db46f983882n,
    0x897a4b38315091d4n, 0xcec0ab107f36cc12n, 0x709ecd63918c4118n, 0xd043d51b68b4f7acn]);
  assert.deepEqual([0, 1, 2, 3].map((j) => position(0xc1c616eb92180febn, j, 8)), [235n, 214n, 193n, 172n]);
  const sketch2 = Sketch.of(data2, small);
  assert.deepEqual(sketch2.words,
    [0x0290000801042001n, 0x8800000000000062n, 0x0000100200004004n, 0x2000180440500082n]);
  assert.equal(sketch2.popcount(), 26);
  assert.equal(sketch2.commitment(), "0x52770de25c545c7f649edac928fe26dfb662e02e1cf8c7191ae9e9ad31909d24");
  assert.equal(sketch2.hits(wordHashes("A quick brown fox jumps over the lazy cat!")), 5);

  // Vector 3 (b = 6): duplicate shingles count once.
  const sketch3 = Sketch.of("to be or not to be", { b: 6, k: 4, n: 3 });
  assert.deepEqual(sketch3.words, [0x0c0c000580c13022n]);
  assert.equal(sketch3.hits(wordHashes("To be, or not to be, or not to be: that is the question")), 4);

  // Vector 4: the defaults with b = 10.
  const sketch4 = Sketch.of("Attribution asks which registered datasets the text of a model's output came from, "
    + "the way a chatbot answer quotes a blog post.", { b: 10, k: 16, n: 8 });
  assert.equal(sketch4.shingleCount, 16);
  assert.equal(sketch4.popcount(), 219);
  assert.equal(sketch4.commitment(), "0xfc072766de0e34a89745daf6602f1de2072acad8ed5f812dcddc6803e53d2ebf");
  const out4 = wordHashes("As the blog says, attribution asks which registered datasets the text of a model's "
    + "output came from; nothing else.");
  assert.equal(out4.length, 20);
  assert.equal(shingles(out4, 8).length, 13);
  assert.equal(sketch4.hits(out4), 7);
});

test("the chain's attribution parameters are the ones this file builds sketches with", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  assert.deepEqual({ n: params.n, k: params.k, minHits: params.minHits }, { n: 8, k: 16, minHits: 6 });
  assert.ok(params.minBits <= 10 && params.maxBits >= 10);
  // The paragraphs fit a 2^10-bit sketch at most half full.
  for (const text of [TEXT_1, TEXT_2]) assert.equal(bitsFor(shingles(wordHashes(text), 8).length, params), 10);
});

// State shared by the flow below, in order (node --test runs a file's top-level tests one after another).
const flow = {};

test("two contributors register, upload and seal datasets; a RoyaltySplitter contract owns the second", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  const c1 = wallet(CONTRIBUTOR_1);
  const c2 = wallet(CONTRIBUTOR_2);
  // The splitter's payees are fresh accounts with nothing on them, so their balances are exactly what it pays.
  flow.payees = [Wallet.createRandom().address, Wallet.createRandom().address];
  flow.shares = [6000n, 4000n];
  const { abi: splitterAbi, bytecode } = compiled.RoyaltySplitter;
  const splitter = await new ContractFactory(splitterAbi, bytecode, c2).deploy(flow.payees, flow.shares);
  await splitter.waitForDeployment();
  flow.splitter = splitter;
  flow.splitterAddress = await splitter.getAddress();

  flow.d1 = await registerDataset(c1, TEXT_1, c1.address, `otters-${Date.now()}`);
  flow.d2 = await registerDataset(c2, TEXT_2, flow.splitterAddress, `sourdough-${Date.now()}`);
  assert.equal(flow.d2.id, flow.d1.id + 1n);

  const d2 = await datasets().getDataset(flow.d2.id);
  assert.equal(d2.owner, flow.splitterAddress);
  assert.equal(d2.registrant, c2.address);
  assert.equal(d2.isSealed, true);
  assert.equal(d2.commitment, flow.d2.sketch.commitment());
  assert.equal(d2.shingleCount, BigInt(flow.d2.sketch.shingleCount));
  assert.equal(d2.uploadedBytes, 128n);
});

test("a model trained on both datasets is registered; ModelRegistered names its id", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  // Attributable from the block after sealing.
  await waitForBlock(flow.d2.sealedAt + 1);
  const owner = wallet(MODEL_OWNER);
  flow.fee = parseEther("1") + 7n; // not a round number, so every share rounds down
  flow.split = { ownerBps: 6000, lineageBps: 0, dataBps: 2500, treasuryBps: 1500 };
  const receipt = await send(models(owner).registerModel(`otter-bread-${Date.now()}`, "ipfs://model",
    keccak256(toUtf8Bytes("weights")), [flow.d1.id, flow.d2.id], flow.fee, flow.split));
  const [registered] = eventsOf(receipt, modelsIface, MODEL_REGISTRY).ModelRegistered;
  assert.equal(registered.args.owner, owner.address);
  assert.equal(registered.args.baseModel, 0n);
  flow.modelId = registered.args.modelId;
  const model = await models().getModel(flow.modelId);
  assert.equal(model.owner, owner.address);
  assert.deepEqual([...model.trainingDatasets], [flow.d1.id, flow.d2.id]);
  assert.equal(model.inferenceFee, flow.fee);
  assert.deepEqual(model.split.toObject(), { ownerBps: 6000n, lineageBps: 0n, dataBps: 2500n, treasuryBps: 1500n });
  assert.equal(model.active, true);
});

/** ai_attribute's claims for `text`, checked against this file's own hit computation. */
async function attribute(text) {
  const words = wordHashes(text);
  const dry = await provider.send("ai_attribute", [{ model: toQuantity(flow.modelId), words: words.map(toQuantity) }]);
  const expected = [flow.d1, flow.d2]
    .map((d) => ({ datasetId: d.id, hits: d.sketch.hits(words) }))
    .filter((c) => c.hits > 0);
  const claims = dry.claims.map((c) => ({ datasetId: BigInt(c.datasetId), hits: Number(c.hits) }));
  assert.deepEqual(claims, expected, "the node's hits equal the JavaScript sketch's");
  assert.equal(Number(dry.wordCount), words.length);
  assert.equal(Number(dry.shingles), shingles(words, params.n).length);
  dry.claims.forEach((c) => assert.equal(c.eligible, Number(c.hits) >= params.minHits));
  // The node hashes {text} as this file does.
  const byText = await provider.send("ai_attribute", [{ model: toQuantity(flow.modelId), text }]);
  assert.deepEqual(byText.claims, dry.claims);
  assert.equal(byText.wordCount, dry.wordCount);
  return { words, claims };
}

/** Records an inference of `text` paying `fee`; returns the receipt and its decoded events. */
async function recordInference(text, claims, words, fee) {
  const receipt = await send(attribution(wallet(CALLER)).recordInference(flow.modelId, outputHash(text), words,
    claims, { value: fee }));
  return { receipt, events: eventsOf(receipt, attributionIface, ATTRIBUTION) };
}

test("an inference quoting dataset 1 pays the model owner, the contributor and the treasury exactly", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  const { words, claims } = await attribute(OUTPUT_1);
  assert.deepEqual(claims, [{ datasetId: flow.d1.id, hits: 15 }]);

  const modelOwner = wallet(MODEL_OWNER).address;
  const contributor = wallet(CONTRIBUTOR_1).address;
  const { receipt, events } = await recordInference(OUTPUT_1, claims, words, flow.fee);
  const n = receipt.blockNumber;

  const [recorded] = events.InferenceRecorded;
  const inferenceId = recorded.args.inferenceId;
  assert.deepEqual([...recorded.args], [inferenceId, flow.modelId, wallet(CALLER).address, outputHash(OUTPUT_1),
    BigInt(words.length), flow.fee]);

  const owner = flow.fee * 6000n / 10000n;
  const data = flow.fee * 2500n / 10000n;
  const treasury = flow.fee - owner - data;
  assert.equal(events.RoyaltyPaid.length, 1);
  assert.deepEqual([...events.RoyaltyPaid[0].args], [inferenceId, flow.d1.id, contributor, 15n, data]);
  assert.deepEqual([...events.FeeDistributed[0].args],
    [inferenceId, modelOwner, owner, "0x0000000000000000000000000000000000000000", 0n, data, treasury]);
  assert.equal(owner + data + treasury, flow.fee);

  const [ownerBefore, contributorBefore, treasuryBefore] = await balancesAt([modelOwner, contributor, TREASURY], n - 1);
  const [ownerAfter, contributorAfter, treasuryAfter] = await balancesAt([modelOwner, contributor, TREASURY], n);
  assert.equal(ownerAfter - ownerBefore, owner, "the model owner gets ownerBps of the fee");
  assert.equal(contributorAfter - contributorBefore, data, "the only eligible dataset gets the whole data share");
  // The treasury also earns the base fee of the block's gas (and the treasury share of any other inference in it).
  assert.equal(treasuryAfter - treasuryBefore, await treasuryIncome(n));
  const block = await provider.getBlock(n);
  assert.ok(treasuryAfter - treasuryBefore >= treasury + receipt.gasUsed * block.baseFeePerGas);

  flow.inference1 = { id: inferenceId, words, claims, blockNumber: n };
});

test("an inference quoting both datasets splits the data share by hits; the splitter releases it to its payees",
  async (t) => {
    if (skip) return t.skip("Hardhat has no AI modules");
    const { words, claims } = await attribute(OUTPUT_2);
    assert.deepEqual(claims, [{ datasetId: flow.d1.id, hits: 9 }, { datasetId: flow.d2.id, hits: 13 }]);
    const fee = flow.fee + 12345n; // more than the model's fee is allowed and split the same way
    const { receipt, events } = await recordInference(OUTPUT_2, claims, words, fee);
    const n = receipt.blockNumber;
    const inferenceId = events.InferenceRecorded[0].args.inferenceId;
    assert.equal(inferenceId, flow.inference1.id + 1n);

    const owner = fee * 6000n / 10000n;
    const data = fee * 2500n / 10000n;
    const to1 = data * 9n / 22n;
    const to2 = data * 13n / 22n;
    const treasury = fee - owner - to1 - to2; // the rounding remainder of the data share too
    assert.deepEqual(events.RoyaltyPaid.map((e) => [...e.args]), [
      [inferenceId, flow.d1.id, wallet(CONTRIBUTOR_1).address, 9n, to1],
      [inferenceId, flow.d2.id, flow.splitterAddress, 13n, to2],
    ]);
    const fd = events.FeeDistributed[0].args;
    assert.deepEqual([fd.ownerAmount, fd.lineageAmount, fd.dataAmount, fd.treasuryAmount],
      [owner, 0n, to1 + to2, treasury]);

    const watched = [wallet(MODEL_OWNER).address, wallet(CONTRIBUTOR_1).address, flow.splitterAddress, TREASURY];
    const before = await balancesAt(watched, n - 1);
    const after = await balancesAt(watched, n);
    const delta = after.map((b, i) => b - before[i]);
    assert.deepEqual(delta.slice(0, 3), [owner, to1, to2]);
    assert.equal(delta[3], await treasuryIncome(n));

    // Payouts are balance credits: the splitter's receive() did not run, yet it holds the royalty and pays it out.
    assert.equal(eventsOf(receipt, flow.splitter.interface, flow.splitterAddress).PaymentReceived, undefined);
    const splitter = flow.splitter.connect(wallet(CONTRIBUTOR_2));
    assert.equal(await splitter.totalReceived(), to2);
    for (const [i, payee] of flow.payees.entries()) {
      const due = to2 * flow.shares[i] / 10000n;
      assert.equal(await splitter.releasable(payee), due);
      const released = await send(splitter.release(payee));
      const [paid] = eventsOf(released, splitter.interface, flow.splitterAddress).PaymentReleased;
      assert.deepEqual([...paid.args], [payee, due]);
      assert.equal(await provider.getBalance(payee), due, `payee ${i} holds exactly its share`);
    }
    // 60% and 40% of an amount may leave a wei of rounding in the splitter.
    assert.equal(await provider.getBalance(flow.splitterAddress),
      to2 - to2 * 6000n / 10000n - to2 * 4000n / 10000n);
    flow.inference2 = { id: inferenceId, fee, blockNumber: n, to1, to2, owner };
  });

test("a wrong claim is refused before it is mined, with the node's reason surfaced by ethers", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  const { words, claims } = flow.inference1;
  const wrong = [{ ...claims[0], hits: claims[0].hits + 1 }];
  const caller = wallet(CALLER);
  const contract = attribution(caller);
  const nonce = await provider.getTransactionCount(caller.address, "pending");

  // eth_estimateGas (what ethers sends first).
  const estimated = await failure(contract.recordInference(flow.modelId, outputHash(OUTPUT_1), words, wrong,
    { value: flow.fee }));
  // eth_estimateGas executes the call, so the module's own check reverts with its named reason.
  assert.equal(estimated.code, "CALL_EXCEPTION", estimated.message);
  const want = `dataset ${claims[0].datasetId} claimed ${claims[0].hits + 1} hits, the computation finds ${claims[0].hits}`;
  assert.equal(estimated.reason, `ClaimMismatch: ${want}`);

  // eth_sendRawTransaction, with the gas given so ethers skips the estimate.
  const sent = await failure(contract.recordInference(flow.modelId, outputHash(OUTPUT_1), words, wrong,
    { value: flow.fee, gasLimit: 500_000n }));
  // The pool refuses the transaction (geth's -32000 for an invalid transaction). ethers has no code of its own for
  // this refusal, as for geth's "invalid sender": UNKNOWN_ERROR, with the node's words in the message and e.error.
  assert.equal(sent.code, "UNKNOWN_ERROR", sent.message);
  assert.deepEqual(rpcErrorOf(sent), { code: -32000, message: `attribution claim mismatch: ${want}` });
  assert.ok(sent.message.includes(`attribution claim mismatch: ${want}`), sent.message);
  // Nothing entered the pool: the sender's nonce did not move.
  assert.equal(await provider.getTransactionCount(caller.address, "pending"), nonce);
});

test("module reverts reach ethers as decoded reasons", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  const { words, claims } = flow.inference1;
  const contract = attribution(wallet(CALLER));
  const hash = outputHash(OUTPUT_1);

  assert.match(await revertReason(contract.recordInference(flow.modelId, hash, words, claims, { value: flow.fee - 1n })),
    /^FeeTooLow: /);
  const both = (await attribute(OUTPUT_2));
  assert.match(await revertReason(contract.recordInference(flow.modelId, outputHash(OUTPUT_2), both.words,
    [...both.claims].reverse(), { value: flow.fee })), /^ClaimsOutOfOrder: /);
  assert.match(await revertReason(contract.recordInference(2n ** 63n, hash, words, claims, { value: flow.fee })),
    /^UnknownModel: /);
  // Contributor 2 uploading to contributor 1's dataset.
  assert.match(await revertReason(datasets(wallet(CONTRIBUTOR_2)).uploadSketch(flow.d1.id, "0x00")),
    /^NotRegistrant: /);
  // The same reason through eth_call (staticCall), decoded with the module's Interface.
  const e = await failure(datasets(wallet(CONTRIBUTOR_2)).uploadSketch.staticCall(flow.d1.id, "0x00"));
  assert.match(datasetsIface.parseError(e.data).args[0], /^NotRegistrant: /);
});

/** A QUANTITY or null from the ai_ methods as a BigInt (or null). */
const q = (v) => (v === null || v === undefined ? null : BigInt(v));

test("reads through the contract interfaces equal the ai_ JSON-RPC methods", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  for (const d of [flow.d1, flow.d2]) {
    const viaAbi = await datasets().getDataset(d.id);
    const viaRpc = await provider.send("ai_getDataset", [toQuantity(d.id)]);
    assert.equal(q(viaRpc.id), viaAbi.id);
    assert.equal(viaRpc.owner.toLowerCase(), viaAbi.owner.toLowerCase());
    assert.equal(viaRpc.registrant.toLowerCase(), viaAbi.registrant.toLowerCase());
    for (const f of ["name", "metadataUri", "licence"]) assert.equal(viaRpc[f], viaAbi[f], f);
    for (const f of ["contentRoot", "commitment"]) assert.equal(viaRpc[f], viaAbi[f], f);
    assert.equal(q(viaRpc.sketchBits), viaAbi.sketchBits);
    assert.equal(q(viaRpc.sketchBytes), 128n);
    assert.equal(q(viaRpc.uploadedBytes), viaAbi.uploadedBytes);
    assert.equal(q(viaRpc.shingleCount), viaAbi.shingleCount);
    assert.equal(q(viaRpc.registeredAt), viaAbi.registeredAt);
    assert.equal(viaRpc.sealed, viaAbi.isSealed);
    assert.equal(q(viaRpc.sealedAt), viaAbi.sealedAt);
    assert.equal(q(viaRpc.attributableFrom), viaAbi.sealedAt + 1n);
    assert.equal(viaRpc.active, viaAbi.active);
    assert.equal(q(viaRpc.deactivatedAt), null);
    assert.equal(viaAbi.deactivatedAt, 0n);
    assert.equal(q(viaRpc.royaltiesPaid), viaAbi.royaltiesPaid);
    assert.equal(q(viaRpc.inferences), viaAbi.inferences);
  }
  const d1 = await datasets().getDataset(flow.d1.id);
  assert.equal(d1.royaltiesPaid, flow.fee * 2500n / 10000n + flow.inference2.to1);
  assert.equal(d1.inferences, 2n);

  const model = await models().getModel(flow.modelId);
  const modelRpc = await provider.send("ai_getModel", [toQuantity(flow.modelId)]);
  assert.equal(q(modelRpc.id), model.id);
  assert.equal(modelRpc.owner.toLowerCase(), model.owner.toLowerCase());
  assert.equal(modelRpc.baseModel, null);
  assert.equal(model.baseModel, 0n);
  for (const f of ["name", "metadataUri", "weightsHash"]) assert.equal(modelRpc[f], model[f], f);
  assert.deepEqual(modelRpc.trainingDatasets.map(q), [...model.trainingDatasets]);
  assert.deepEqual(modelRpc.candidates.map(q), [...model.candidates]);
  assert.equal(q(modelRpc.inferenceFee), model.inferenceFee);
  assert.deepEqual(Object.fromEntries(Object.entries(modelRpc.split).map(([k, v]) => [k, q(v)])),
    model.split.toObject());
  assert.equal(q(modelRpc.registeredAt), model.registeredAt);
  assert.equal(modelRpc.active, model.active);

  for (const { id } of [flow.inference1, flow.inference2]) {
    const rec = await attribution().getInference(id);
    const rpc = await provider.send("ai_getInference", [toQuantity(id)]);
    assert.equal(q(rpc.id), rec.id);
    assert.equal(q(rpc.model), rec.modelId);
    assert.equal(rpc.caller.toLowerCase(), rec.caller.toLowerCase());
    assert.equal(rpc.outputHash, rec.outputHash);
    assert.equal(rpc.wordsHash, rec.wordsHash);
    assert.equal(q(rpc.wordCount), rec.wordCount);
    assert.equal(q(rpc.fee), rec.fee);
    assert.equal(q(rpc.blockNumber), rec.blockNumber);
    assert.deepEqual(rpc.claims.map((c) => [q(c.datasetId), q(c.hits)]), rec.claims.map((c) => [c.datasetId, c.hits]));
  }
  const first = await attribution().getInference(flow.inference1.id);
  assert.equal(first.blockNumber, BigInt(flow.inference1.blockNumber));
  assert.equal(first.caller, wallet(CALLER).address);
  // wordsHash commits to the word hashes; check it is keccak-256 of them as uint64 big-endian.
  const packed = getBytes("0x" + flow.inference1.words.map((w) => w.toString(16).padStart(16, "0")).join(""));
  assert.equal(first.wordsHash, keccak256(packed));

  for (const account of [wallet(MODEL_OWNER).address, wallet(CONTRIBUTOR_1).address, flow.splitterAddress]) {
    const viaAbi = await attribution().royaltiesOf(account);
    const viaRpc = await provider.send("ai_getRoyalties", [account]);
    assert.equal(q(viaRpc.total), viaAbi.total);
    assert.equal(q(viaRpc.payments), viaAbi.payments);
  }
  const splitterRoyalties = await attribution().royaltiesOf(flow.splitterAddress);
  assert.deepEqual([...splitterRoyalties], [flow.inference2.to2, 1n]);
});

test("a Solidity contract reads the modules in a view", async (t) => {
  if (skip) return t.skip("Hardhat has no AI modules");
  const { abi: readerAbi, bytecode } = compiled.ModuleReader;
  const reader = await new ContractFactory(readerAbi, bytecode, wallet(READER)).deploy();
  await reader.waitForDeployment();
  for (const account of [flow.splitterAddress, wallet(CONTRIBUTOR_1).address, Wallet.createRandom().address]) {
    const [royalties, payments, count] = await reader.summary(account);
    assert.deepEqual([royalties, payments], [...(await attribution().royaltiesOf(account))]);
    assert.equal(count, await datasets().datasetCount());
  }
  assert.ok((await datasets().datasetCount()) >= flow.d2.id);
  assert.deepEqual([...(await reader.datasetOwner(flow.d2.id))], [flow.splitterAddress, true]);
  // A state-changing function under STATICCALL reverts with the module's reason, which the contract hands back.
  const [ok, result] = await reader.staticRegister();
  assert.equal(ok, false);
  assert.match(new Interface(["error Error(string)"]).parseError(result).args[0], /^StaticCall: /);
});
