// The EVM benchmark contracts (contracts/*.hex, assembled from contracts/*.asm by asm.mjs) through the JavaScript
// EVMs, for benchmarks/evm/run.sh:
//   ethereumjs  @ethereumjs/evm's runCall (Cancun, SimpleStateManager: in-memory maps with checkpoints) - the same
//               kind of call as the Java side's Evm.execute on an in-memory world, no transaction around it
//   edr         Hardhat's Rust EVM (EDR) through Hardhat's in-process provider: eth_call at a 30M gas limit; each
//               call also pays the provider's request handling (measured with a contract that only STOPs) and
//               runs under the tracing Hardhat sets up for Solidity stack traces (not measurable apart)
// Usage: node bench.mjs --out FILE.json [--warmup N] [--iterations N] [--seconds S] [--targets ethereumjs,edr]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { Common, Hardfork, Mainnet } from "@ethereumjs/common";
import { createEVM } from "@ethereumjs/evm";
import { SimpleStateManager } from "@ethereumjs/statemanager";
import { Account, bytesToHex, createAddressFromString, hexToBytes } from "@ethereumjs/util";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    out: { type: "string" },
    warmup: { type: "string", default: process.env.BENCH_EVM_WARMUP ?? "5" },
    iterations: { type: "string", default: process.env.BENCH_EVM_ITERATIONS ?? "30" },
    seconds: { type: "string", default: process.env.BENCH_EVM_SECONDS ?? "10" },
    targets: { type: "string", default: process.env.BENCH_EVM_TARGETS ?? "ethereumjs,edr" },
  },
});
const WARMUP = Number(args.warmup);
const ITERATIONS = Number(args.iterations);
const SECONDS = Number(args.seconds);
const GAS = 30_000_000n;

// The addresses the Java side uses too (io.tributary.vm.benchmark.BenchmarkContract).
export const SENDER = "0x1000000000000000000000000000000000000001";
export const CONTRACT = "0xb000000000000000000000000000000000000001";
export const CALLEE = "0xb000000000000000000000000000000000000002";
const code = (name) => readFileSync(join(here, "contracts", `${name}.hex`), "utf8").trim();
export const CONTRACTS = ["arithmetic", "memory", "storage", "call"].map((name) => ({
  name,
  accounts: [
    { address: CONTRACT, code: code(name) },
    ...(name === "call" ? [{ address: CALLEE, code: code("callee") }] : []),
  ],
}));

// Warm-up runs, then measured ones: at most WARMUP / ITERATIONS of each, but no more than SECONDS of each once
// 2 warm-up and 3 measured runs are done (ethereumjs takes seconds a run on the call-heavy contract).
async function measure(run) {
  const budgetMs = SECONDS * 1000;
  let t0 = performance.now();
  for (let i = 0; i < WARMUP && (i < 2 || performance.now() - t0 < budgetMs); i++) await run();
  const samples = [];
  t0 = performance.now();
  while (samples.length < ITERATIONS && (samples.length < 3 || performance.now() - t0 < budgetMs)) {
    samples.push(await run());
  }
  return samples;
}

function summary(samples) {
  const gas = samples[0].gas;
  if (samples.some((s) => s.gas !== gas || s.output !== samples[0].output)) {
    throw new Error(`runs differ: ${JSON.stringify(samples.slice(0, 3))}`);
  }
  const totalMs = samples.reduce((a, s) => a + s.ms, 0);
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    gasUsed: gas,
    output: samples[0].output,
    iterations: samples.length,
    msPerRun: totalMs / samples.length,
    msPerRunMedian: sorted[Math.floor(sorted.length / 2)],
    mgasPerSecond: (gas * samples.length) / totalMs / 1000,
  };
}

async function ethereumjs(contract) {
  const common = new Common({ chain: Mainnet, hardfork: Hardfork.Cancun });
  const stateManager = new SimpleStateManager({ common });
  const evm = await createEVM({ common, stateManager });
  await stateManager.putAccount(createAddressFromString(SENDER), new Account(1n, 10n ** 24n));
  for (const a of contract.accounts) {
    const address = createAddressFromString(a.address);
    await stateManager.putAccount(address, new Account(1n, 0n));
    await stateManager.putCode(address, hexToBytes(`0x${a.code}`));
  }
  const run = async () => {
    // What VM.runTx does around a transaction: forget the previous run's warm addresses and slots (EIP-2929) and
    // original storage values (EIP-2200); runCall alone keeps them, and the second run would pay less gas.
    await evm.journal.cleanup();
    stateManager.originalStorageCache.clear();
    const t0 = performance.now();
    const r = await evm.runCall({
      caller: createAddressFromString(SENDER),
      to: createAddressFromString(CONTRACT),
      gasLimit: GAS,
      skipNonceIncrement: true,
    });
    const ms = performance.now() - t0;
    if (r.execResult.exceptionError) throw new Error(`${contract.name}: ${r.execResult.exceptionError.error}`);
    return {
      ms,
      gas: Number(r.execResult.executionGasUsed),
      refund: Number(r.execResult.gasRefund ?? 0n),
      output: bytesToHex(r.execResult.returnValue),
    };
  };
  const samples = await measure(run);
  return { ...summary(samples), gasRefund: samples[0].refund };
}

async function edrProvider() {
  process.chdir(here); // hardhat.config.cjs
  const hre = (await import("hardhat")).default;
  const provider = hre.network.provider;
  const version = JSON.parse(readFileSync(join(here, "node_modules/@nomicfoundation/edr/package.json"), "utf8")).version;
  return { provider, version };
}

async function edr(provider, contract) {
  for (const a of contract.accounts) {
    await provider.request({ method: "hardhat_setCode", params: [a.address, `0x${a.code}`] });
  }
  await provider.request({ method: "hardhat_setBalance", params: [SENDER, "0xd3c21bcecceda1000000"] });
  const call = { from: SENDER, to: CONTRACT, gas: `0x${GAS.toString(16)}`, gasPrice: "0x0" };
  const run = async () => {
    const t0 = performance.now();
    const output = await provider.request({ method: "eth_call", params: [call, "latest"] });
    return { ms: performance.now() - t0, output };
  };
  const samples = await measure(run);
  // Gas: a mined transaction's receipt (21,000 + execution - capped refund), as eth_call does not report it.
  await provider.request({ method: "hardhat_impersonateAccount", params: [SENDER] });
  const hash = await provider.request({ method: "eth_sendTransaction", params: [call] });
  const receipt = await provider.request({ method: "eth_getTransactionReceipt", params: [hash] });
  if (receipt.status !== "0x1") throw new Error(`${contract.name}: EDR transaction failed`);
  const txGasUsed = Number(receipt.gasUsed);
  const totalMs = samples.reduce((a, s) => a + s.ms, 0);
  if (samples.some((s) => s.output !== samples[0].output)) throw new Error(`${contract.name}: EDR runs differ`);
  return { output: samples[0].output, txGasUsed, iterations: samples.length, msPerRun: totalMs / samples.length };
}

const targets = new Set(args.targets.split(","));
const result = { date: new Date().toISOString(), node: process.version, warmup: WARMUP, iterations: ITERATIONS,
  seconds: SECONDS };
if (targets.has("ethereumjs")) {
  const version = JSON.parse(readFileSync(join(here, "node_modules/@ethereumjs/evm/package.json"), "utf8")).version;
  result.ethereumjs = { version, contracts: {} };
  for (const c of CONTRACTS) {
    result.ethereumjs.contracts[c.name] = await ethereumjs(c);
    console.log(`ethereumjs ${c.name}: ${JSON.stringify(result.ethereumjs.contracts[c.name])}`);
  }
}
if (targets.has("edr")) {
  try {
    const { provider, version } = await edrProvider();
    result.edr = { version, contracts: {} };
    // The cost of one eth_call apart from execution: a contract that only STOPs.
    const idle = await edr(provider, { name: "stop", accounts: [{ address: CONTRACT, code: "00" }] });
    result.edr.callOverheadMs = idle.msPerRun;
    for (const c of CONTRACTS) {
      result.edr.contracts[c.name] = await edr(provider, c);
      console.log(`edr ${c.name}: ${JSON.stringify(result.edr.contracts[c.name])}`);
    }
  } catch (e) {
    result.edr = { error: String(e?.stack ?? e) };
    console.error(`EDR: ${e?.stack ?? e}`);
  }
}
if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 2) + "\n");
process.exit(0);
